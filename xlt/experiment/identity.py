"""What names a run and what determines its result, each declared once; everything that needs them is derived.

`HEADLINE` declares the fields that name a run (backbone, source language, target language, loss, seeds, ...).
Derived from it: `run_name` (conf/config.yaml's `${xlt.run_name:}`), a sweep cell's `seed=<s>` directory level,
the W&B name, tags, group and plain config values of each stage (`stage_labels`), the metrics.json header
(`header`, read back by `recorded`), and the cells and runs of the report and the W&B workspace (`CELL_KEYS`,
`SEED_KEYS`).

`ROLES` declares what determines a result. Every config field has a role, given by the longest prefix of its dotted
path in `ROLES`:

- `teacher`: it changes the trained teacher, hence every result of the cell (zero-shot scores, soft labels,
  the student);
- `teacher_data`: the teacher's training data. It changes the teacher only through the sentences it loads,
  so the teacher's store key holds their content hash, not the spec (a moved file with the same sentences
  trains the same teacher);
- `cell`: it changes the cell's results but not its teacher (target language and data, student, loss);
- `none`: where files go, how a run logs, prints, checkpoints or resumes.

Derived from it: `cell_identity` (a finished cell in a directory is skipped only under the same identity),
`teacher_spec` (the teacher's store key; the zero-shot and soft-label keys name the teacher key and their own
data), `cell_dir_name` (a sweep cell's directory: its overrides that determine something) and `teacher_overrides`
(a sweep's jobs that need the same teacher). A field missing from the declaration is an error, so a new setting
cannot silently stay out of every key. `FORMAT_VERSION` is part of every key (the store's and the cell identity).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from omegaconf import DictConfig, OmegaConf

from xlt.config import CONFIG_DIR, leaves, resolved
from xlt.data.encode import data_fingerprint
from xlt.data.sentence import Sentence
from xlt.errors import ConfigError

# the one version of every key, bumped when the same config would compute other numbers (or a key's layout changes):
# 3: keys derived from ROLES (same numbers, new key layout: older store entries and run dirs are not reused);
# 2: teacher calibration, teacher.seed
FORMAT_VERSION = 3


# --- the headline: the fields that name a run ----------------------------------------------------------------------


@dataclass(frozen=True)
class Headline:
    """A field that names a run: read from the config at `path`, recorded as `key` (metrics.json, W&B tags and plain
    config values, the report's columns)."""

    key: str
    path: str
    cell: bool = False    # names a cell: run_name, the student's W&B tags, a cell of the report and the workspace
    teacher: bool = False  # names a teacher: its W&B name, tags and group (shared by the cells of every target)
    seed: bool = False    # a seed: `s<seed>` ends a name, tagged `seed`; the report's runs of a cell differ in it
    wandb: bool = False   # also a plain W&B config value (a saved workspace cannot address a dotted key)
    fallback: str | None = None  # the key whose value it takes when it is null (or absent from an older record)
    legacy: Any = None    # its value in the metrics.json of an xlt older than the field


HEADLINE: tuple[Headline, ...] = (
    Headline("model", "model.name", cell=True, teacher=True, wandb=True),
    Headline("source", "source.name", teacher=True, wandb=True),
    Headline("benchmark", "benchmark.name", wandb=True),
    Headline("src", "src", cell=True, teacher=True, legacy="en"),
    Headline("lang", "lang.code", cell=True, wandb=True),
    Headline("distill", "distill.name", cell=True, wandb=True),
    Headline("seed", "seed", cell=True, seed=True),
    Headline("teacher_seed", "teacher.seed", teacher=True, seed=True, fallback="seed"),
    Headline("student_seed", "student.seed", seed=True, fallback="seed"),
    Headline("student_model", "student.model", fallback="model"),
    Headline("student_init", "student.init", wandb=True, legacy="pretrained"),
    Headline("until", "until", legacy="student"),
    Headline("metric_mode", "metric.mode", legacy="conlleval"),
)
_BY_KEY = {field.key: field for field in HEADLINE}
CELL_KEYS = [f.key for f in HEADLINE if f.cell and not f.seed]  # a cell of the report and the workspace
SEED_KEYS = [f.key for f in HEADLINE if f.seed]  # the runs of one cell differ in these


def value(cfg: DictConfig, field: Headline) -> Any:
    """A headline field's value in a config: a seed as an int, anything else as a string."""
    found = OmegaConf.select(cfg, field.path)
    if found is None:
        return None if field.fallback is None else value(cfg, _BY_KEY[field.fallback])
    return int(found) if field.seed else str(found)


def header(cfg: DictConfig) -> dict[str, Any]:
    """Every headline field of a run by key (the header of its metrics.json)."""
    return {field.key: value(cfg, field) for field in HEADLINE}


def recorded(metrics: Mapping[str, Any], key: str) -> Any:
    """A headline value of a metrics.json, an older xlt's too: where it is null or absent, its fallback's value or
    what runs did before the field existed."""
    found = metrics.get(key)
    if found is not None:
        return found
    field = _BY_KEY[key]
    return recorded(metrics, field.fallback) if field.fallback else field.legacy


def recorded_header(metrics: Mapping[str, Any]) -> dict[str, Any]:
    """Every headline field of a metrics.json by key (`recorded`)."""
    return {field.key: recorded(metrics, field.key) for field in HEADLINE}


def _naming(cfg: DictConfig, teacher: bool) -> tuple[str, int, dict[str, Any]]:
    """A cell's or a teacher's name without its seed (`<choices joined by ->`), its seed, and its W&B tags."""
    named = [(f, value(cfg, f)) for f in HEADLINE if (f.teacher if teacher else f.cell)]
    stem = "-".join(str(v) for f, v in named if not f.seed)
    (seed,) = (v for f, v in named if f.seed)
    return stem, seed, {("seed" if f.seed else f.key): v for f, v in named}


def run_name(cfg: DictConfig) -> str:
    """A cell's name: `<model>-<src>-<lang>-<distill>-s<seed>` (`${xlt.run_name:}`, conf/config.yaml)."""
    stem, seed, _ = _naming(cfg, teacher=False)
    return f"{stem}-s{seed}"


@dataclass(frozen=True)
class StageLabels:
    """What a stage's W&B run is called and shows (xlt.training.loggers.make_loggers)."""

    name: str
    tags: dict[str, Any]  # key: value (W&B shows `key:value`)
    group: str  # the runs shown side by side: a teacher's seeds; a sweep's cells (a single cell: its own)
    config: dict[str, Any]  # what determines the stage (wandb_config): every segment of a resumed run logs the same


def stage_labels(cfg: DictConfig, stage: str, key: str = "") -> StageLabels:
    """The W&B labels of a stage. The teacher's are the teacher's own (backbone, source, seed, store `key`): not the
    target language or the sweep of whichever cell happened to build it; its config is its `teacher` fields. The
    student's are the cell's: its name, `cell_group`, every field that determines the cell."""
    if stage == "teacher":
        stem, seed, tags = _naming(cfg, teacher=True)
        group = f"teacher-{stem}"
        return StageLabels(f"{group}-s{seed}-{key[:8]}", tags, group, wandb_config(cfg, fields(cfg, ("teacher",))))
    _, _, tags = _naming(cfg, teacher=False)
    return StageLabels(f"{cfg.run_name}/{stage}", tags, cell_group(cfg), wandb_config(cfg, fields(cfg, DETERMINING)))


def cell_group(cfg: DictConfig) -> str:
    """A cell's W&B group: the sweep in a multirun (every cell of it side by side), the cell's name otherwise."""
    from hydra.core.hydra_config import HydraConfig
    from hydra.types import RunMode

    if HydraConfig.initialized() and HydraConfig.get().mode == RunMode.MULTIRUN:
        return str(cfg.sweep_name)
    return str(cfg.run_name)


def wandb_config(cfg: DictConfig, determining: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The run config as W&B's group-by and parallel coordinates want it: fields under their dotted names
    (`student.init`, `teacher.lr`, ...) plus the `wandb` headline values of their sections as plain values (`model`,
    `lang`, ...). `determining`: the fields that determine what the stage computes; what may differ between two
    segments of one run (directories, the time stamp `sweep_name`, how a run logs, prints or resumes: the fields of
    role `none`) stays out. None: every resolved field."""
    flat = dict(leaves(resolved(cfg)))  # resolved: without Hydra's own node
    chosen = flat if determining is None else dict(determining)
    sections = {path.split(".")[0] for path in chosen}
    plain = {f.key: flat.get(f.path) for f in HEADLINE if f.wandb and f.path.split(".")[0] in sections}
    return {**plain, **chosen}


# --- roles: what determines a result ---------------------------------------------------------------------------------

ROLES: dict[str, str] = {
    "model": "teacher",
    "model.lm_head": "none",             # which LM head xlt.analyze loads: no trained weight changes
    "model.lm_objective": "none",
    "teacher": "teacher",
    "source": "teacher_data",
    "source.name": "none",               # a label
    "source.lang": "none",               # a label, checked against `src` (the data's content is in the key)
    "src": "teacher_data",               # the source language: it changes the teacher through its data alone
    "until": "cell",                     # a zero-shot-only cell is not a complete full cell
    "source.also_dev": "cell",           # further dev sets the teacher is scored on: scores, not the teacher
    "source.type_map": "teacher_data",
    "data.max_len": "teacher",
    "data.label_position": "teacher",
    "data.group_by_length": "teacher",
    "data.eval_batch_size": "teacher",   # inference batch shapes: exact in fp32 on a CPU, not under bf16/GPU
    "data.num_workers": "none",
    "data.max_sentences": "teacher_data",  # changes every split; the store keys hold the data's content hash
    "trainer": "teacher",                # precision, devices, accelerator, strategy, determinism
    "trainer.enable_progress_bar": "none",
    "trainer.log_every_n_steps": "none",
    # the fused optimizer rounds differently; compile fuses ops; perf.threads is resolved to the count: CPU sums
    # split by thread round differently
    "perf": "teacher",
    "metric": "teacher",                 # the teacher is selected on source dev in this metric mode
    "seed": "cell",                      # through teacher.seed and student.seed, which default to it
    "lang": "cell",
    "lang.name": "none",                 # the language's name for people
    "benchmark": "cell",
    "benchmark.name": "none",
    "student": "cell",
    "distill": "cell",
    "save_predictions": "none",
    "store": "none",
    "checkpoint": "none",
    "resume": "none",
    "progress": "none",
    "paths": "none",
    "logger": "none",
    "callbacks": "none",                 # resume checkpoint, LR monitor, progress (never the selection checkpoint)
    "run_name": "none",
    "sweep_name": "none",
    "report_after_sweep": "none",
    "objective": "none",                 # what a sweeper is told, not what is computed
    "experiment": "none",
    "debug": "cell",                     # debug=default caps data and steps (its fields are declared themselves)
    "hparams_search": "none",            # an Optuna study's settings; each trial's values are overrides of their own
    "hydra": "none",
}
# fields added after stores were filled, each with the value that computes as xlt did before it: a field at that value
# is left out of keys, so the artifacts built before it stay valid, and any other value keys artifacts of its own
KEYED_UNLESS = {"perf.flush_denormal": False}
TEACHER_ROLES = ("teacher", "teacher_data")
DETERMINING = (*TEACHER_ROLES, "cell")  # every role but `none`: what determines a cell's results


def role(path: str) -> str:
    """The declared role of a dotted config path (its longest declared prefix)."""
    parts = path.split(".")
    for n in range(len(parts), 0, -1):
        found = ROLES.get(".".join(parts[:n]))
        if found is not None:
            return found
    raise ConfigError(f"the config field {path!r} has no declared role: add it (or its section) to ROLES in "
                      "xlt/experiment/identity.py, saying whether it determines a result")


def fields(cfg: DictConfig | Mapping[str, Any], roles: Sequence[str]) -> dict[str, Any]:
    """The resolved leaves of `cfg` whose role is one of `roles` (every leaf must have a declared role), but a field
    of KEYED_UNLESS at the value that computes as before it existed."""
    tree = resolved(cfg) if isinstance(cfg, DictConfig) else dict(cfg)
    return {path: value for path, value in leaves(tree) if role(path) in roles
            and not (path in KEYED_UNLESS and value == KEYED_UNLESS[path])}


def _hash(obj: Any, n: int = 16) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode("utf-8")).hexdigest()[:n]


def cell_identity(cfg: DictConfig | Mapping[str, Any]) -> str:
    """Hash of everything that determines a cell's results (not where it writes or how it logs)."""
    return _hash({"fields": fields(cfg, DETERMINING), "version": FORMAT_VERSION})


def data_spec(sentences: Sequence[Sentence]) -> dict[str, Any]:
    """A dataset by content: its hash and size."""
    return {"sha256": data_fingerprint(sentences), "n": len(sentences)}


def teacher_spec(cfg: DictConfig | Mapping[str, Any], src_train: Sequence[Sentence],
                 src_dev: Sequence[Sentence]) -> dict[str, Any]:
    """Everything that changes the trained teacher, and nothing else: the `teacher` fields and the content of its
    training and selection data."""
    return {"fields": fields(cfg, ("teacher",)), "source_train": data_spec(src_train),
            "source_dev": data_spec(src_dev), "version": FORMAT_VERSION}


def derived_spec(teacher_key: str, sentences: Sequence[Sentence]) -> dict[str, Any]:
    """What the teacher computes on a dataset (zero-shot scores, soft labels): the teacher and the data. Every
    setting that changes inference (max_len, label position, precision, metric mode) is a `teacher` field."""
    return {"teacher": teacher_key, "data": data_spec(sentences), "version": FORMAT_VERSION}


# sweep directories and their order ---------------------------------------------------------------------------------

_CELL_SEED = next(f for f in HEADLINE if f.cell and f.seed)  # a sweep cell's last directory level: `seed=<s>`


def _override_key(line: str) -> str:
    key = line.split("=", 1)[0].lstrip("+~")
    return key.replace("/", ".")  # a group override such as hydra/launcher=joblib


def determining_overrides(overrides: Iterable[str]) -> list[str]:
    """The command-line overrides of a job that determine its results, sorted (Hydra's override_dirname order), but
    the cell's seed: its own directory level (`sweep_subdir`)."""
    kept = []
    for line in overrides:
        key = _override_key(str(line))
        if key == _CELL_SEED.path or key.split(".")[0] == "hydra":
            continue
        if role(key) != "none":
            kept.append(str(line))
    return sorted(kept)


def _reaches_teacher(path: str) -> bool:
    try:
        return role(path) in TEACHER_ROLES
    except ConfigError:  # the job itself reports it (validate); for its place in the queue it may matter
        return True


def _yaml_fields(group: str, option: str) -> list[tuple[str, Any]]:
    """(path, value) of what conf/<group>/<option>.yaml sets at its package (its `defaults` list left out)."""
    path = CONFIG_DIR / group / f"{option}.yaml"
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    tree = dict(yaml.safe_load(text) or {})
    tree.pop("defaults", None)
    package = "" if "# @package _global_" in text else group.replace("/", ".")
    return [(f"{package}.{key}" if package else key, v) for key, v in leaves(tree)]


@functools.cache
def _option_reaches_teacher(group: str, option: str) -> bool:
    return any(_reaches_teacher(path) for path, _ in _yaml_fields(group, option))


@functools.cache
def _interpolated_into_teacher() -> frozenset[str]:
    """The fields a teacher field of the cell's config defaults to (`teacher.seed: ${seed}`): overriding one changes
    the teacher."""
    options = [("", "config")] + [(path.parent.relative_to(CONFIG_DIR).as_posix(), path.stem)
                                  for path in CONFIG_DIR.glob("*/**/*.yaml")
                                  if path.relative_to(CONFIG_DIR).parts[0] != "hydra"]
    found: set[str] = set()
    for group, option in options:
        for key, v in _yaml_fields(group, option):
            if isinstance(v, str) and _reaches_teacher(key):
                found.update(re.findall(r"\$\{([\w.]+)\}", v))
    return frozenset(found)


def teacher_overrides(overrides: Iterable[str]) -> tuple[str, ...]:
    """The overrides of a sweep job that can change its teacher, sorted: jobs that share them need the same teacher
    (a safe over-approximation for scheduling; the store key itself is `teacher_spec`). An override counts if its
    field's role is a teacher's, a teacher field defaults to it (`seed`), or it picks a config group option that
    sets a teacher field (`debug=default`); an undeclared key counts."""
    kept = []
    for line in overrides:
        key, option = _override_key(str(line)), str(line).partition("=")[2]
        if key.split(".")[0] == "hydra":
            continue
        group = key.replace(".", "/")
        if (_reaches_teacher(key) or key in _interpolated_into_teacher()
                or ((CONFIG_DIR / group).is_dir() and _option_reaches_teacher(group, option))):
            kept.append(str(line))
    return tuple(sorted(kept))


def teachers_first(jobs: Sequence[Sequence[str]]) -> list[list[str]]:
    """A sweep's jobs (each a list of overrides) reordered so that the first job of each distinct teacher runs
    first, the rest after them, each part in its given order: parallel workers train different teachers at once
    instead of one training a teacher while the others wait on its store lock."""
    seen: set[tuple[str, ...]] = set()
    first, rest = [], []
    for job in jobs:
        teacher = teacher_overrides(job)
        (rest if teacher in seen else first).append(list(job))
        seen.add(teacher)
    return first + rest


MAX_DIR_NAME = 180


def cell_dir_name(overrides: Iterable[str]) -> str:
    """A sweep job's directory from its determining overrides (`k=v,k2=v2`, sorted): `defaults` when there are
    none, path separators made safe, very long names shortened with a hash so they stay unique."""
    name = ",".join(determining_overrides(overrides)).replace("/", "_").replace("\\", "_") or "defaults"
    if len(name) > MAX_DIR_NAME:
        digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
        name = f"{name[: MAX_DIR_NAME - 13]}~{digest}"
    return name


def sweep_subdir(overrides: Iterable[str], cfg: DictConfig) -> str:
    """A sweep job's directory under the sweep's: `<cell_dir_name>/seed=<seed>` (`${xlt.cell_dir:...}`,
    conf/hydra/default.yaml): the seeds of one cell side by side."""
    return f"{cell_dir_name(overrides)}/{_CELL_SEED.key}={value(cfg, _CELL_SEED)}"


def register_resolvers() -> None:
    """The resolvers of conf/ that name a run: `${xlt.run_name:}` and `${xlt.cell_dir:<overrides>}` (idempotent).
    Registered when this module is first imported: the command line imports it (xlt.cli.run), so does each
    worker of a sweep (it imports the job's function), and so does every test that runs a cell."""
    if not OmegaConf.has_resolver("xlt.run_name"):
        OmegaConf.register_new_resolver("xlt.run_name", lambda *, _root_: run_name(_root_))
    if not OmegaConf.has_resolver("xlt.cell_dir"):
        OmegaConf.register_new_resolver("xlt.cell_dir", lambda overrides, *, _root_: sweep_subdir(overrides, _root_))


register_resolvers()

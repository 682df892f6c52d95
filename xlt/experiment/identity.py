"""What determines a result, declared once; everything that needs it is derived from this declaration.

Every config field has a role, given by the longest prefix of its dotted path in `ROLES`:

- `teacher`: it changes the trained teacher, hence every result of the cell (zero-shot scores, soft labels,
  the student);
- `teacher_data`: the teacher's training data. It changes the teacher only through the sentences it loads,
  so the teacher's store key holds their content hash, not the spec (a moved file with the same sentences
  trains the same teacher);
- `cell`: it changes the cell's results but not its teacher (target language and data, student, loss);
- `none`: where files go, how a run logs, prints, checkpoints or resumes.

Derived from it: `cell_identity` (a finished cell in a directory is skipped only under the same identity),
`teacher_spec` (the teacher's store key; the zero-shot and soft-label keys name the teacher key and their own
data), and `cell_dir_name` (a sweep cell's directory: its overrides that determine something). A field
missing from the declaration is an error, so a new setting cannot silently stay out of every key.
`FORMAT_VERSION` is part of every key: bumped when the same config would compute other numbers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from omegaconf import DictConfig

from xlt.config import leaves, resolved
from xlt.data.encode import data_fingerprint
from xlt.data.sentence import Sentence
from xlt.errors import ConfigError

# 3: keys derived from ROLES (same numbers, new key layout: older store entries and run dirs are not reused);
# 2: teacher calibration, teacher.seed
FORMAT_VERSION = 3

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
    "perf": "teacher",                   # the fused optimizer rounds differently; compile fuses ops
    "perf.threads": "teacher",           # resolved to the count: CPU sums split by thread round differently
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
    """The resolved leaves of `cfg` whose role is one of `roles` (every leaf must have a declared role)."""
    tree = resolved(cfg) if isinstance(cfg, DictConfig) else dict(cfg)
    return {path: value for path, value in leaves(tree) if role(path) in roles}


def _hash(obj: Any, n: int = 16) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode("utf-8")).hexdigest()[:n]


def cell_identity(cfg: DictConfig | Mapping[str, Any]) -> str:
    """Hash of everything that determines a cell's results (not where it writes or how it logs)."""
    return _hash({"fields": fields(cfg, ("teacher", "teacher_data", "cell")), "version": FORMAT_VERSION})


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


# sweep directories -------------------------------------------------------------------------------------------

IN_PATH_ALREADY = ("seed",)  # `.../seed=<s>/` is the last path component of a sweep cell


def _override_key(line: str) -> str:
    key = line.split("=", 1)[0].lstrip("+~")
    return key.replace("/", ".")  # a group override such as hydra/launcher=joblib


def determining_overrides(overrides: Iterable[str]) -> list[str]:
    """The command-line overrides of a job that determine its results, sorted (Hydra's override_dirname order)."""
    kept = []
    for line in overrides:
        key = _override_key(str(line))
        if key in IN_PATH_ALREADY or key.split(".")[0] == "hydra":
            continue
        if role(key) != "none":
            kept.append(str(line))
    return sorted(kept)


# overrides outside the teacher roles that still change a teacher: the cell's seed is teacher.seed's default, and
# debug presets set teacher fields of their own
TEACHER_VIA = ("seed", "debug")


def teacher_overrides(overrides: Iterable[str]) -> tuple[str, ...]:
    """The overrides of a sweep job that can change its teacher, sorted: jobs that share them need the same teacher
    (a safe over-approximation for scheduling; the store key itself is `teacher_spec`). An undeclared key counts."""
    kept = []
    for line in overrides:
        key = _override_key(str(line))
        if key.split(".")[0] == "hydra":
            continue
        try:
            if key in TEACHER_VIA or role(key) in ("teacher", "teacher_data"):
                kept.append(str(line))
        except ConfigError:  # the job itself reports it (validate); for its place in the queue it may matter
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

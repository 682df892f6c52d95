"""Config helpers: where conf/ lives, named model configs, and checks made before any work starts."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from omegaconf import DictConfig, OmegaConf

from xlt.errors import ConfigError
from xlt.runtime import PRECISIONS
from xlt.targets import check_targets, instantiate

CONFIG_DIR = Path(__file__).resolve().parent.parent / "conf"


def register_resolvers() -> None:
    """The resolvers of conf/ that need nothing above this floor (idempotent; done on import so Hydra jobs in any
    launcher have them). Those that name a run (`xlt.run_name`, `xlt.cell_dir`) are registered by
    xlt.experiment.identity, where the fields that name one are declared."""
    if not OmegaConf.has_resolver("xlt.isatty"):
        from xlt.runtime import stderr_is_tty

        OmegaConf.register_new_resolver("xlt.isatty", stderr_is_tty)


register_resolvers()


def options(group: str) -> list[str]:
    """The names available in a config group (the YAML files of conf/<group>/)."""
    return sorted(p.stem for p in (CONFIG_DIR / group).glob("*.yaml"))


def load_model_config(name: str) -> DictConfig:
    """The `model` node of conf/model/<name>.yaml, e.g. for `student.model=xlmr`."""
    path = CONFIG_DIR / "model" / f"{name}.yaml"
    if not path.is_file():
        raise ConfigError(f"student.model={name!r} is unknown; valid: {', '.join(options('model'))}")
    node = OmegaConf.load(path).get("model")
    if node is None:
        raise ConfigError(f"{path} has no `model:` node")
    return node


UNTIL = ("student", "student_dev", "zero_shot", "teacher")  # the last stage a cell runs (`until`)
TRAINS_STUDENT = ("student", "student_dev")  # the `until` values whose cells train a student

# key -> (expected type, check or None, what the check demands). Checked before any data or model is touched.
Check = tuple[type | tuple[type, ...], Any, str]
_POS = (lambda v: v > 0, "> 0")
_NONNEG = (lambda v: v >= 0, ">= 0")
_UNIT = (lambda v: 0.0 <= v <= 1.0, "in [0, 1]")
_RECIPE: dict[str, Check] = {
    "epochs": (int, *_NONNEG), "max_steps": (int, lambda v: v == -1 or v > 0, "-1 (off) or > 0"),
    "batch_size": (int, *_POS), "lr": (float, *_POS), "head_lr": ((float, type(None)), lambda v: v is None or v > 0,
                                                                    "null or > 0"),
    "weight_decay": (float, *_NONNEG), "warmup_ratio": (float, lambda v: 0.0 <= v < 1.0, "in [0, 1)"),
    "grad_clip": ((float, type(None)), lambda v: v is None or v > 0, "null or > 0"), "dropout": (float, *_UNIT),
    "freeze_embeddings": (bool, None, ""), "freeze_layers": (int, *_NONNEG),
    "val_check_interval": (float, *_POS), "seed": (int, None, ""),
}
_STUDENT_ONLY: dict[str, Check] = {
    "model": ((str, type(None)), None, ""),
    "init": (str, lambda v: v in ("pretrained", "teacher"), "pretrained or teacher"),
    "select": (str, lambda v: v in ("last", "target_dev"), "last or target_dev"),
}
SCHEMA: dict[str, Check] = {
    **{f"teacher.{k}": v for k, v in _RECIPE.items()},
    **{f"student.{k}": v for k, v in {**_RECIPE, **_STUDENT_ONLY}.items()},
    "seed": (int, None, ""),
    "src": (str, lambda v: bool(v.strip()), "a language code such as en or de"),
    "until": (str, lambda v: v in UNTIL, " or ".join(UNTIL)),
    "data.max_len": (int, lambda v: v >= 8, ">= 8"),
    "data.eval_batch_size": (int, *_POS),
    "data.num_workers": (int, *_NONNEG),
    "data.label_position": (str, lambda v: v in ("first", "last"), "first or last"),
    "data.group_by_length": (bool, None, ""),
    "data.max_sentences": ((int, type(None)), lambda v: v is None or v > 0, "null or > 0"),
    "metric.mode": (str, lambda v: v in ("conlleval", "strict"), "conlleval or strict"),
    "checkpoint.every_n_steps": (int, *_NONNEG),
    "checkpoint.keep_student": (bool, None, ""),
    "store.shared": (bool, None, ""),
    "store.lock_timeout_s": (float, lambda v: v == -1 or v >= 0, "-1 (wait forever) or >= 0"),
    "resume": (bool, None, ""),
    "save_predictions": (bool, None, ""),
    "progress.log_every_s": (float, *_POS),
    "perf.fused_optimizer": (bool, None, ""),
    "perf.flush_denormal": (bool, None, ""),
    "perf.compile": (bool, None, ""),
    "perf.threads": ((int, str, type(None)), lambda v: v is None or v == "auto" or (isinstance(v, int) and v >= 1),
                     "auto, null or an int >= 1"),
    # Lightning also takes 32 or "bf16"; one spelling per precision keeps it one value in every key
    "trainer.precision": ((str, int), lambda v: v in PRECISIONS, f"one of {', '.join(PRECISIONS)}"),
}


# sections whose keys are all known: anything else there is a typo that would otherwise be silently ignored
CLOSED_SECTIONS: dict[str, tuple[str, ...]] = {
    "teacher": (), "student": (), "data": (), "metric": (), "checkpoint": (), "progress": ("bar",),
    "store": ("root",), "perf": (),
}


def _typed(key: str, value: Any, expected: type | tuple[type, ...]) -> Any:
    types = expected if isinstance(expected, tuple) else (expected,)
    if value is None and type(None) in types:
        return None
    if float in types and isinstance(value, int) and not isinstance(value, bool):
        return float(value)  # 1 is a fine learning-rate spelling... of 1.0
    if isinstance(value, tuple(t for t in types if t is not type(None))) and not (
        isinstance(value, bool) and bool not in types
    ):
        return value
    names = " or ".join("null" if t is type(None) else t.__name__ for t in types)
    raise ConfigError(f"{key}={value!r} has type {type(value).__name__}, expected {names}")


def target_entries(node: Any, where: str) -> list[tuple[str, DictConfig]]:
    """The non-null entries of a section of `_target_` objects (conf/callbacks/, conf/logger/), in order; anything
    else there is a ConfigError naming it."""
    if node is None:
        return []
    if not isinstance(node, DictConfig):
        raise ConfigError(f"{where} must be a mapping of named `_target_` entries (or null), not {node!r}")
    out = []
    for name, entry in node.items():
        if entry is None:  # switched off (`{where}.{name}=null`)
            continue
        if not isinstance(entry, DictConfig) or "_target_" not in entry:
            raise ConfigError(f"{where}.{name} has no `_target_`: each entry of `{where}` names the class or "
                              f"function that builds it (see conf/{where}/), or is null to switch it off")
        out.append((str(name), entry))
    return out


def build_entries(node: Any, where: str, expected: type, **stage: Any) -> list[Any]:
    """The objects of a section of `_target_` entries, built with hydra.utils.instantiate. An entry with
    `_partial_: true` is a function of the stage, called with `stage`'s keyword arguments; it gives one object,
    a list of them, or None (nothing for this stage). Every object must be an `expected`."""
    from hydra.errors import InstantiationException

    out = []
    for name, entry in target_entries(node, where):
        try:
            built = instantiate(entry, f"{where}.{name}")
        except InstantiationException as err:
            raise ConfigError(f"{where}.{name} cannot be built: {err}") from err
        if isinstance(built, functools.partial):
            built = built(**stage)
        for obj in built if isinstance(built, list) else [built]:
            if obj is None:
                continue
            if not isinstance(obj, expected):
                raise ConfigError(f"{where}.{name} built a {type(obj).__name__}, not a {expected.__name__}")
            out.append(obj)
    return out


def check_schema(cfg: DictConfig, schema: dict[str, Check]) -> None:
    """Each key of `schema` present in `cfg`: of the expected type, and possible (else a ConfigError naming it)."""
    for key, (expected, check, demand) in schema.items():
        if OmegaConf.select(cfg, key, default=_MISSING) is _MISSING:
            continue  # e.g. distill.temperature outside distill=kl
        value = _typed(key, OmegaConf.select(cfg, key), expected)
        if check is not None and not check(value):
            raise ConfigError(f"{key}={value!r} is impossible: it must be {demand}")


def validate(cfg: DictConfig) -> Any:
    """Reject callables outside the allow-list, unknown recipe keys, wrong types and impossible values with a
    message naming the key, before data or models are touched."""
    check_targets(cfg)
    from hydra.core.hydra_config import HydraConfig

    if HydraConfig.initialized():  # Hydra's own node: its callbacks, sweeper, sampler and launcher
        check_targets(HydraConfig.get(), "hydra")
    for section, extra in CLOSED_SECTIONS.items():
        allowed = {k.split(".", 1)[1] for k in SCHEMA if k.startswith(f"{section}.")} | set(extra)
        unknown = sorted(set(cfg.get(section) or ()) - allowed)
        if unknown:
            raise ConfigError(
                f"{section}.{unknown[0]} is not a setting of `{section}` (a typo, or a `+` override?); "
                f"valid: {', '.join(sorted(allowed))}"
            )
    check_schema(cfg, SCHEMA)
    for section in ("callbacks", "logger"):
        target_entries(cfg.get(section), section)
    for stage in ("teacher", "student"):
        epochs, steps = cfg[stage].epochs, cfg[stage].max_steps
        if int(epochs) < 1 and int(steps) < 1:
            raise ConfigError(f"{stage}.epochs={epochs} and {stage}.max_steps={steps}: one must be >= 1")
    if cfg.student.init == "teacher" and cfg.student.model not in (None, cfg.model.name):
        raise ConfigError(
            f"student.init=teacher copies the teacher's weights, so student.model={cfg.student.model!r} must be "
            f"null (the teacher's backbone {cfg.model.name!r})"
        )
    source_lang = cfg.source.get("lang")
    if source_lang is not None and str(source_lang) != str(cfg.src):
        raise ConfigError(
            f"src={cfg.src!r} but source={cfg.source.name} holds {source_lang!r} data (source.lang): use src="
            f"{source_lang}, or a source with data in {cfg.src!r} (source=synth: generated, 10 languages; "
            "source=wikiann: the hub)"
        )
    if cfg.until == "student_dev" and not cfg.benchmark.get("dev"):
        raise ConfigError(
            f"until=student_dev scores the declared target dev split only, but benchmark={cfg.benchmark.name} "
            "declares none (benchmark.dev is null): use until=student, or a benchmark with a dev split "
            "(benchmark=synth)"
        )
    if cfg.student.get("select") == "target_dev" and not cfg.benchmark.get("dev"):
        raise ConfigError(
            f"student.select=target_dev needs a target dev split, but benchmark={cfg.benchmark.name} declares none "
            "(benchmark.dev is null): use student.select=last, or a benchmark with a dev split (benchmark=synth)"
        )
    from xlt.models.losses import build_loss

    # the loss's own parameters, checked against its function by building it: the cell trains with this one
    # (xlt.models.losses.DistillLoss), built once
    return build_loss(to_dict(cfg.distill))


_MISSING = object()


def resolved(cfg: DictConfig) -> dict[str, Any]:
    """The whole run config, interpolations resolved, without Hydra's own node (as saved and logged)."""
    return {k: to_dict(cfg[k]) if isinstance(cfg[k], DictConfig) else cfg[k] for k in cfg if k != "hydra"}


def leaves(node: Any, prefix: str = "") -> Iterable[tuple[str, Any]]:
    """(dotted path, value) of every leaf of a plain nested mapping (lists are leaves)."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield from leaves(value, f"{prefix}.{key}" if prefix else str(key))
    else:
        yield prefix, node


def to_dict(node: Any) -> dict[str, Any]:
    """A resolved plain dict of a config node (for hyper-parameters saved in checkpoints)."""
    return OmegaConf.to_container(node, resolve=True) if isinstance(node, DictConfig) else dict(node)

"""Config helpers: where conf/ lives, named model configs, and checks made before any work starts."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from omegaconf import DictConfig, OmegaConf

from xlt.errors import ConfigError

CONFIG_DIR = Path(__file__).resolve().parent.parent / "conf"
MAX_DIR_NAME = 180


def cell_dir_name(override_dirname: str) -> str:
    """A sweep job's directory name from its overrides (`hydra.job.override_dirname`): `defaults` when there
    are none, path separators made safe, very long names shortened with a hash so they stay unique."""
    name = str(override_dirname).replace("/", "_").replace("\\", "_") or "defaults"
    if len(name) > MAX_DIR_NAME:
        digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
        name = f"{name[: MAX_DIR_NAME - 13]}~{digest}"
    return name


def register_resolvers() -> None:
    """Resolvers used by conf/ (idempotent; done on import so Hydra jobs in any launcher have them)."""
    if not OmegaConf.has_resolver("xlt.cell_dir"):
        OmegaConf.register_new_resolver("xlt.cell_dir", cell_dir_name)
    if not OmegaConf.has_resolver("xlt.isatty"):
        from xlt.progress import stderr_is_tty

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


def _positive(cfg: DictConfig, key: str) -> None:
    value = OmegaConf.select(cfg, key)
    if value is not None and not float(value) > 0:
        raise ConfigError(f"{key}={value} must be > 0")


def validate(cfg: DictConfig) -> None:
    """Reject impossible values with a message naming the key, before data or models are touched."""
    for stage in ("teacher", "student"):
        for key in ("lr", "batch_size"):
            _positive(cfg, f"{stage}.{key}")
        if OmegaConf.select(cfg, f"{stage}.head_lr") is not None:
            _positive(cfg, f"{stage}.head_lr")
        epochs, steps = cfg[stage].epochs, cfg[stage].max_steps
        if int(epochs) < 1 and int(steps) < 1:
            raise ConfigError(f"{stage}.epochs={epochs} and {stage}.max_steps={steps}: one must be >= 1")
    if cfg.student.init not in ("pretrained", "teacher"):
        raise ConfigError(f"student.init={cfg.student.init!r}; valid: pretrained, teacher")
    if cfg.student.init == "teacher" and cfg.student.model not in (None, cfg.model.name):
        raise ConfigError(
            f"student.init=teacher copies the teacher's weights, so student.model={cfg.student.model!r} must be "
            f"null (the teacher's backbone {cfg.model.name!r})"
        )
    if int(cfg.data.max_len) < 8:
        raise ConfigError(f"data.max_len={cfg.data.max_len} must be >= 8")
    if cfg.distill.name not in options("distill"):
        raise ConfigError(f"distill.name={cfg.distill.name!r}; valid: {', '.join(options('distill'))}")
    if cfg.distill.name == "kl":
        _positive(cfg, "distill.temperature")
    if cfg.distill.name == "hard" and not 0.0 <= float(cfg.distill.threshold) <= 1.0:
        raise ConfigError(f"distill.threshold={cfg.distill.threshold} must lie in [0, 1]")


def resolved(cfg: DictConfig) -> dict[str, Any]:
    """The whole run config, interpolations resolved, without Hydra's own node (as saved and logged)."""
    return {k: to_dict(cfg[k]) if isinstance(cfg[k], DictConfig) else cfg[k] for k in cfg if k != "hydra"}


def to_dict(node: Any) -> dict[str, Any]:
    """A resolved plain dict of a config node (for hyper-parameters saved in checkpoints)."""
    return OmegaConf.to_container(node, resolve=True) if isinstance(node, DictConfig) else dict(node)

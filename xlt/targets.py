"""Which callables a config may name in `_target_`, checked before anything is built.

A YAML file or a command-line override can name any importable callable (`distill._target_=os.system`), and
hydra.utils.instantiate would call it. xlt therefore builds every configured object through `instantiate` below,
checks the whole config (Hydra's node included) when a job starts (xlt.config.validate) and the command line's
composed config before Hydra builds its own callbacks (xlt.cli.run); a target outside the allow-list is a
ConfigError naming the key, the target and the allow-list.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from omegaconf import DictConfig, ListConfig, OmegaConf

from xlt.errors import ConfigError

# `_target_`: what a config may make Python call. A YAML or an override can name any importable callable
# (`distill._target_=os.system`), so only the modules xlt's own configs use are allowed, each for a reason:
TARGET_PREFIXES: dict[str, str] = {
    "xlt.": "xlt's own factories: losses, callbacks, loggers, the report and correlation after a sweep",
    "pytorch_lightning.": "the Trainer (conf/trainer/) and Lightning's own callbacks and loggers",
    "optuna.samplers.": "the sampler of an Optuna study (conf/hparams_search/)",
    "hydra_plugins.": "Hydra's sweepers and launchers (Hydra loads plugins only from this package)",
    "hydra._internal.core_plugins.": "Hydra's built-in basic sweeper and launcher",
}
# prefixes a user trusts beyond these (their own package, `mylab.losses.`), from the environment, never a config
TRUSTED_TARGETS_ENV = "XLT_TRUSTED_TARGETS"


def allowed_target_prefixes() -> tuple[str, ...]:
    """TARGET_PREFIXES and the comma-separated prefixes of $XLT_TRUSTED_TARGETS."""
    extra = [p.strip() for p in os.environ.get(TRUSTED_TARGETS_ENV, "").split(",") if p.strip()]
    return (*TARGET_PREFIXES, *extra)


def check_target(key: str, target: Any) -> None:
    """A ConfigError unless `target` (the value of `key`, a `_target_`) lies under an allowed prefix."""
    prefixes = allowed_target_prefixes()
    name = (target if isinstance(target, str)
            else f"{getattr(target, '__module__', '')}.{getattr(target, '__name__', '')}")
    if not any(name.startswith(p) for p in prefixes):
        raise ConfigError(
            f"{key}={name!r} is not allowed: a config may only name callables under {', '.join(prefixes)} "
            f"(xlt/targets.py says why each). Name a function of one of these, or trust your own "
            f"package's prefix with {TRUSTED_TARGETS_ENV}=mypackage. in the environment"
        )


def _targets(node: Any, path: str) -> Iterable[tuple[str, Any]]:
    """(path, value) of every `_target_` in a plain nested container, lists included (`a[0]._target_`)."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            sub = f"{path}.{key}" if path else str(key)
            if key == "_target_":
                yield sub, value
            else:
                yield from _targets(value, sub)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _targets(value, f"{path}[{i}]")


def check_targets(node: Any, where: str = "") -> None:
    """Every `_target_` anywhere under `node` (a whole config, Hydra's node included) checked by `check_target`
    before anything is built. Values are read as written; a `_target_` given by interpolation is resolved."""
    plain = OmegaConf.to_container(node, resolve=False) if isinstance(node, (DictConfig, ListConfig)) else node
    for path, value in _targets(plain, ""):
        if isinstance(value, str) and "${" in value and isinstance(node, DictConfig):
            value = OmegaConf.select(node, path)
        check_target(f"{where}.{path}" if where else path, value)


def instantiate(node: Any, where: str, **kwargs: Any) -> Any:
    """hydra.utils.instantiate of a config node whose `_target_`s (at `where`) are checked against the allow-list
    first: the one way xlt builds an object a config names."""
    from hydra.utils import instantiate as hydra_instantiate

    check_targets(node, where)
    return hydra_instantiate(node, **kwargs)

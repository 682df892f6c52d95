"""Which saved teacher or student the checkpoint command lines (`xlt.evaluate`, `xlt.predict`) load, and loading it.

A checkpoint is named directly (`ckpt_path=...`) or by the run directory of a cell (`run=<cell dir>`, the
student; `stage=teacher` for its teacher). Sweep cell directories contain `=` and `,`
(`outputs/multirun/grid/lang=de,model=xlmr/seed=1`), which Hydra's override grammar reads as syntax; the
command lines quote such path values themselves before Hydra parses them (`quote_path_overrides`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from omegaconf import DictConfig

from xlt.errors import ConfigError
from xlt.models.loading import load_tagger_module
from xlt.models.module import TaggerModule
from xlt.runtime import resolve_device

# overrides whose values are file system paths
PATH_KEYS = ("ckpt_path", "run", "input.path", "output", "hydra.run.dir", "paths.cache_dir")
STAGES = ("student", "teacher")


def quote_path_overrides(argv: Sequence[str], keys: Sequence[str] = PATH_KEYS) -> list[str]:
    """`run=outputs/multirun/g/lang=de,model=x/seed=1` -> `run="outputs/multirun/g/lang=de,model=x/seed=1"`: a
    path value with `=` or `,` quoted for Hydra (a comma would otherwise make a sweep, an `=` a parse error).
    Values already quoted, and all arguments of a multirun (`-m`, where commas mean sweeps), stay as they are."""
    if "-m" in argv or "--multirun" in argv:
        return list(argv)
    out = []
    for arg in argv:
        key, sep, value = arg.partition("=")
        if sep and key.lstrip("+~") in keys and value and value[0] not in "'\"" and any(c in value for c in ",="):
            escaped = value.replace("\\", "\\\\").replace('"', '\\"')
            arg = f'{key}="{escaped}"'
        out.append(arg)
    return out


def with_quoted_paths(main: Callable[[], Any]) -> Callable[[], None]:
    """The console script / `python -m` entry of a Hydra main: path values with `=` or `,` (sweep cell
    directories) quoted for Hydra's grammar first."""

    def cli() -> None:
        sys.argv = quote_path_overrides(sys.argv)
        main()

    return cli


def checkpoint_path(cfg: DictConfig) -> Path:
    """The checkpoint `ckpt_path` names, or the `stage`'s checkpoint of the cell in `run` (from its metrics.json)."""
    if cfg.get("ckpt_path"):
        return Path(str(cfg.ckpt_path))
    if not cfg.get("run"):
        raise ConfigError("no checkpoint given: pass ckpt_path=<file.ckpt>, or run=<a cell's run directory> "
                          "(its student; stage=teacher for its teacher)")
    stage = str(cfg.stage)
    if stage not in STAGES:
        raise ConfigError(f"stage={stage!r} is unknown; valid: {', '.join(STAGES)}")
    run = Path(str(cfg.run))
    metrics_file = run / "metrics.json"
    if not metrics_file.is_file():
        raise ConfigError(f"run={run}: no metrics.json there; give the directory of one cell (for a sweep: "
                          "outputs/multirun/<sweep>/<overrides>/seed=<s>)")
    metrics = json.loads(metrics_file.read_text(encoding="utf-8"))
    path = metrics.get(f"{stage}_checkpoint")
    if removed := metrics.get(f"{stage}_checkpoint_removed"):
        raise ConfigError(f"run={run}: its {stage} checkpoints were removed once it was complete ({removed}, the "
                          "setting of the student studies); to train them again, rerun the cell with "
                          "checkpoint.keep_student=true resume=false (or in a new directory), or pass ckpt_path=...")
    if not path or not Path(path).is_file():
        if metrics.get("status") == "complete":
            where = (metrics.get("machine") or {}).get("cpu") or "another machine"
            raise ConfigError(f"run={run}: the {stage} checkpoint {path or '(none recorded)'} does not exist: the "
                              f"cell completed elsewhere ({where}) and its record was carried here (python -m "
                              "xlt.sweep import), or the file was deleted; rerun the cell with resume=false in a "
                              "new directory to train it here, or pass ckpt_path=...")
        raise ConfigError(f"run={run}: the {stage} checkpoint {path or '(none recorded)'} does not exist "
                          f"(status {metrics.get('status')!r}: finish the cell first, or pass ckpt_path=...)")
    return Path(path)


def load_for_inference(cfg: DictConfig) -> tuple[TaggerModule, Path]:
    """The checkpoint's module on the configured device, and the checkpoint's path."""
    path = checkpoint_path(cfg)
    return load_tagger_module(path, cfg.paths.cache_dir).to(resolve_device(str(cfg.device))), path

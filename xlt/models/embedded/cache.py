"""Convert an offline asset once into a folder of the xlt cache: locked, atomic, reused by later runs."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path

from omegaconf import OmegaConf

from xlt.errors import ConfigError
from xlt.io import publish_once

log = logging.getLogger(__name__)


# The one definition of the cache directory is `cache_dir` in conf/paths/default.yaml ($XLT_CACHE_DIR, else
# ~/.cache/xlt); a composed config carries it as paths.cache_dir, code without one reads the same node here.
PATHS_YAML = Path(__file__).resolve().parents[3] / "conf" / "paths" / "default.yaml"


def default_cache_dir() -> Path:
    """The xlt cache for code that runs without a composed config: conf/paths/default.yaml's `cache_dir`."""
    return Path(OmegaConf.load(PATHS_YAML).cache_dir).expanduser()  # resolves that node alone (oc.env)


def source_key(format_version: int, *paths: Path) -> str:
    """Short hash of the sources' size and mtime, the format version and the transformers major version:
    cheap, and it changes on a reinstall (tokenizer_config.json names a class of the transformers that saved it)."""
    stats = [f"{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in paths]
    major = importlib.metadata.version("transformers").split(".")[0]
    return hashlib.sha256(":".join([str(format_version), major, *stats]).encode()).hexdigest()[:12]


def ensure_converted(target: Path, marker: str, convert: Callable[[Path], dict], what: str, space: str) -> Path:
    """Return `target`, first filling it with `convert(tmp_folder)` if no complete copy exists.

    The folder appears whole with `marker` written last (xlt.io.publish_once: a lock, a temporary folder, one
    atomic rename): concurrent converters wait and reuse the winner's folder, temporary folders of killed
    converters are removed. `convert` returns facts recorded in the marker.
    """
    if (target / marker).is_file():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ConfigError(f"cannot create the xlt cache {target.parent}: {err}. Fix: set XLT_CACHE_DIR "
                          f"(or pass cache_dir) to a writable folder with {space} free.") from err

    def build(tmp: Path) -> None:
        start = time.perf_counter()
        info = convert(tmp)
        seconds = time.perf_counter() - start
        for path in [tmp, *tmp.rglob("*")]:  # a shared cache must stay readable by others
            path.chmod(0o755 if path.is_dir() else 0o644)
        (tmp / marker).write_text(json.dumps({**info, "seconds": round(seconds, 2)}, indent=2) + "\n")
        log.info("converted %s into %s in %.1f s", what, target, seconds)

    publish_once(target, lambda p: (p / marker).is_file(), build)
    return target

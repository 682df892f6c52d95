"""Convert an offline asset once into a folder of the xlt cache: locked, atomic, reused by later runs."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock

from xlt.errors import ConfigError

log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """The xlt cache: ``$XLT_CACHE_DIR`` if set, else ``~/.cache/xlt`` (outside the repository)."""
    env = os.environ.get("XLT_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "xlt"


def source_key(format_version: int, *paths: Path) -> str:
    """Short hash of the sources' size and mtime, the format version and the transformers major version:
    cheap, and it changes on a reinstall (tokenizer_config.json names a class of the transformers that saved it)."""
    stats = [f"{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in paths]
    major = importlib.metadata.version("transformers").split(".")[0]
    return hashlib.sha256(":".join([str(format_version), major, *stats]).encode()).hexdigest()[:12]


def ensure_converted(target: Path, marker: str, convert: Callable[[Path], dict], what: str, space: str) -> Path:
    """Return `target`, first filling it with `convert(tmp_folder)` if no complete copy exists.

    The folder appears whole (an atomic rename of a finished temporary folder) with `marker` written last,
    so readers need no lock; concurrent converters wait on a file lock and reuse the winner's folder;
    temporary folders of killed converters are removed. `convert` returns facts recorded in the marker.
    """
    if (target / marker).is_file():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ConfigError(f"cannot create the xlt cache {target.parent}: {err}. Fix: set XLT_CACHE_DIR "
                          f"(or pass cache_dir) to a writable folder with {space} free.") from err
    with FileLock(str(target) + ".lock"):
        if (target / marker).is_file():  # another process finished while we waited
            return target
        for stale in [target, *target.parent.glob(f"{target.name}.tmp-*")]:  # left by a killed process
            shutil.rmtree(stale, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=f"{target.name}.tmp-", dir=target.parent))
        tmp.chmod(0o755)  # mkdtemp makes it 0700; a shared cache must stay readable by others
        try:
            start = time.perf_counter()
            info = convert(tmp)
            seconds = time.perf_counter() - start
            for path in tmp.rglob("*"):  # a shared cache must stay readable by others
                path.chmod(0o755 if path.is_dir() else 0o644)
            (tmp / marker).write_text(json.dumps({**info, "seconds": round(seconds, 2)}, indent=2) + "\n")
            os.replace(tmp, target)  # atomic: readers see no folder or a complete one
            log.info("converted %s into %s in %.1f s", what, target, seconds)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return target

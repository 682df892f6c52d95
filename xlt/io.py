"""Crash-safe writing: every file the framework produces is written to a temp name, then renamed; every shared
folder (a stored artifact, a converted backbone) is built once across processes and appears whole."""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from filelock import FileLock

log = logging.getLogger(__name__)


PARTIAL_PREFIX, PARTIAL_SUFFIX = ".", ".tmp"  # atomic_write_bytes' temporary file: `.<name>.<random>.tmp`


def is_partial_write(path: Path) -> bool:
    """A temporary file of atomic_write_bytes that a kill left behind: never part of a result."""
    return path.name.startswith(PARTIAL_PREFIX) and path.name.endswith(PARTIAL_SUFFIX)


def atomic_write_bytes(path: str | os.PathLike, data: bytes, durable: bool = True) -> Path:
    """Write `data` so that readers see either the old file or the complete new one, never a part. `durable`: also
    on the disk before the rename (fsync), so a power loss keeps it; false for a file rewritten on a hot path that
    only has to survive the process being killed (the page cache outlives it)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{PARTIAL_PREFIX}{path.name}.", suffix=PARTIAL_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; results are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | os.PathLike, text: str, durable: bool = True) -> Path:
    """Text version of atomic_write_bytes (UTF-8)."""
    return atomic_write_bytes(path, text.encode("utf-8"), durable)


def write_json(path: str | os.PathLike, obj: Any, durable: bool = True) -> Path:
    """Pretty, key-sorted JSON, written atomically."""
    return atomic_write_text(path, json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n", durable)


def publish_once(final: Path, is_complete: Callable[[Path], bool], build: Callable[[Path], None], *,
                 lock_timeout_s: float = -1) -> bool:
    """Create the folder `final` once across processes; True if this process built it.

    Under an exclusive lock (`<final>.lock`: an OS lock, released when its holder dies), `build(tmp)` fills a
    fresh temporary sibling, which then replaces `final` in one atomic rename: readers need no lock, they see
    no folder or a complete one. Temporary siblings and an incomplete `final` that a killed builder left are
    removed first. Raises filelock.Timeout after `lock_timeout_s` (-1: wait for the other builder).
    """
    if is_complete(final):
        return False
    final.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(final.parent / f"{final.name}.lock"), timeout=lock_timeout_s):
        if is_complete(final):  # another process finished it while we waited
            return False
        for stale in [*final.parent.glob(f".{final.name}.tmp-*"), *([final] if final.exists() else [])]:
            log.warning("removing %s left by an interrupted build", stale)
            shutil.rmtree(stale, ignore_errors=True)
        tmp = final.parent / f".{final.name}.tmp-{os.getpid()}"
        tmp.mkdir()
        try:
            build(tmp)
            os.replace(tmp, final)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return True

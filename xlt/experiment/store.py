"""Content-addressed store of artifacts shared between the cells of a sweep.

An artifact (a trained teacher, its soft labels on a language's text, its zero-shot evaluation) is a
directory `<root>/<kind>/<key>/` where `key` is a hash of its kind and exactly the config that determines it (its
spec, which carries the version of every key: xlt.experiment.identity.FORMAT_VERSION). It is
built once: the builder works in a private temporary directory under an exclusive file lock, and the
finished directory appears with one atomic rename, so concurrent jobs of a sweep (joblib workers,
SLURM array tasks on a shared file system) never build the same artifact twice and never read a half
written one. A job's time on another's lock is recorded (`Artifact.wait_s`, metrics.json
`timings_s.store_wait`). A job killed while building leaves its temporary directory and lock file behind: the
lock is an OS lock (flock), released when the process dies, and the next builder removes the stale
temporary directory. Builders that can resume (teacher training) keep their checkpoints in a
per-key work directory that survives a kill.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import Timeout

from xlt.errors import DataError
from xlt.io import publish_once, write_json
from xlt.runtime import launched_rank, world_size

log = logging.getLogger(__name__)

SPEC_FILE = "spec.json"


def spec_key(kind: str, spec: Mapping[str, Any]) -> str:
    """Hash of the kind and the canonical JSON of its determining config (keys sorted)."""
    canon = json.dumps({"kind": kind, "spec": spec}, sort_keys=True, default=str)
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class Artifact:
    kind: str
    key: str
    path: Path
    reused: bool        # True: found complete in the store; False: built by this process
    build_s: float      # seconds this process spent building (0 when reused)
    wait_s: float = 0.0  # seconds it waited on the lock of another job building the same artifact

    def record(self) -> dict[str, Any]:
        return {"key": self.key, "path": str(self.path), "reused": self.reused, "build_s": round(self.build_s, 2),
                "wait_s": round(self.wait_s, 2)}


class ArtifactStore:
    """`get_or_build(kind, spec, build)`: the artifact for `spec`, built at most once across processes."""

    def __init__(self, root: str | os.PathLike, lock_timeout_s: float = -1) -> None:
        self.root = Path(root)
        self.lock_timeout_s = lock_timeout_s  # -1: wait as long as another job is building it

    def path(self, kind: str, key: str) -> Path:
        return self.root / kind / key

    def work_dir(self, kind: str, key: str) -> Path:
        """Scratch space that survives a killed build (checkpoints to resume from); removed on success."""
        return self.root / kind / f".{key}.work"

    def find(self, kind: str, spec: Mapping[str, Any]) -> Path | None:
        path = self.path(kind, spec_key(kind, spec))
        return path if (path / SPEC_FILE).is_file() else None

    def get_or_build(self, kind: str, spec: Mapping[str, Any], build: Callable[[Path, Path], None]) -> Artifact:
        """Return the artifact, building it with `build(tmp_dir, work_dir)` if no process has yet.

        `build` writes the artifact's files into `tmp_dir`; `work_dir` persists across a kill.
        """
        key = spec_key(kind, spec)
        final = self.path(kind, key)
        if (final / SPEC_FILE).is_file():
            return Artifact(kind, key, final, True, 0.0)
        if launched_rank() > 0:
            final.parent.mkdir(parents=True, exist_ok=True)
            return self._build_as_follower(kind, key, final, build)
        work = self.work_dir(kind, key)
        t0 = time.perf_counter()
        started: list[float] = []  # when this process got the lock and began to build

        def build_into(tmp: Path) -> None:
            started.append(time.perf_counter())
            work.mkdir(parents=True, exist_ok=True)
            build(tmp, work)
            write_json(tmp / SPEC_FILE, {"kind": kind, "key": key, "spec": spec})

        try:
            built = publish_once(final, lambda p: (p / SPEC_FILE).is_file(), build_into,
                                 lock_timeout_s=self.lock_timeout_s)
        except Timeout as err:
            raise DataError(
                f"store: waited {self.lock_timeout_s} s for {final}.lock: another job is building {kind} {key}; "
                "rerun when it has finished"
            ) from err
        except PermissionError as err:
            raise DataError(
                f"store: cannot write under {self.root} ({err.strerror}); set paths.cache_dir to a writable directory"
            ) from err
        if not built:
            waited = time.perf_counter() - t0
            log.info("store: %s %s built by another job (waited %.1f s for it), reusing", kind, key, waited)
            return Artifact(kind, key, final, True, 0.0, waited)
        if world_size() == 1:  # DDP followers may still read its checkpoints
            shutil.rmtree(work, ignore_errors=True)
        seconds = time.perf_counter() - started[0]
        log.info("store: built %s %s in %.1f s", kind, key, seconds)
        return Artifact(kind, key, final, False, seconds, started[0] - t0)

    def _build_as_follower(self, kind: str, key: str, final: Path, build: Callable[[Path, Path], None]) -> Artifact:
        """DDP rank > 0: training is collective, so build beside rank 0 (which holds the lock and publishes);
        this rank's copy is thrown away once rank 0's artifact has appeared."""
        tmp = final.parent / f".{key}.rank{launched_rank()}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        t0 = time.perf_counter()
        try:
            build(tmp, self.work_dir(kind, key))
            deadline = time.monotonic() + 600
            while not (final / SPEC_FILE).is_file():
                if time.monotonic() > deadline:
                    raise DataError(f"store: rank 0 did not publish {kind} {key} under {final} within 600 s")
                time.sleep(0.5)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return Artifact(kind, key, final, False, time.perf_counter() - t0)

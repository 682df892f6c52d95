"""What the artifact store holds, who uses it, and removing entries safely (`python -m xlt.store ls|du|gc`).

An entry is `<root>/<kind>/<key>/` with its `spec.json` (what determines it). Its users are the run
directories whose `metrics.json` names it under `artifacts`. `gc` removes only entries that no running cell
uses and whose build lock nobody holds; each removal is a rename out of the way first (readers see the entry
or nothing), then the delete.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from xlt.experiment.identity import HEADLINE
from xlt.experiment.record import run_metrics_files
from xlt.experiment.store import SPEC_FILE


@dataclass
class Entry:
    kind: str
    key: str
    path: Path
    bytes: int
    age_days: float
    what: str                               # a one-line description from spec.json
    users: list[str] = field(default_factory=list)    # run directories that name it (complete or killed)
    running: list[str] = field(default_factory=list)  # ... of those, the ones still running


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _describe(kind: str, spec: dict[str, Any]) -> str:
    """One line on what an entry is; entries of older xlt versions (other spec layouts) as far as they say."""
    inner = spec.get("spec", {})
    if kind == "teacher":
        fields, path = inner.get("fields", {}), {f.key: f.path for f in HEADLINE}
        model = fields.get(path["model"]) or (inner.get("model") or {}).get("name")
        seed = fields.get(path["teacher_seed"], inner.get("seed"))
        n = (inner.get("source_train") or inner.get("train") or {}).get("n")
        return f"{model} on {n} source sentences, seed {seed}"
    data = next((inner[k] for k in ("data", "text", "test") if isinstance(inner.get(k), dict)), {})
    return f"teacher {str(inner.get('teacher'))[:8]} on {data.get('n')} sentences"


def artifact_users(run_roots: Iterable[str | Path]) -> dict[str, list[tuple[str, str]]]:
    """Artifact path -> [(run directory, its status)] for every run under `run_roots`, each run once (its
    metrics.json, not the copy in its W&B run files; once also when two roots hold it or two of its records name
    the same entry)."""
    runs = {f.resolve(): f for root in map(Path, run_roots) if root.exists() for f in run_metrics_files(root)}
    users: dict[str, list[tuple[str, str]]] = {}
    for metrics_file in runs.values():
        try:
            metrics = json.loads(metrics_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        paths = {str(Path(r["path"]).resolve()) for r in (metrics.get("artifacts") or {}).values()
                 if isinstance(r, dict) and r.get("path")}
        for path in sorted(paths):
            users.setdefault(path, []).append((str(metrics_file.parent), str(metrics.get("status"))))
    return users


def entries(store_root: str | Path, run_roots: Sequence[str | Path] = ()) -> list[Entry]:
    """Every complete entry of the store, with its size, age and users, sorted by kind and age."""
    users = artifact_users(run_roots)
    out = []
    now = time.time()
    for spec_file in sorted(Path(store_root).glob(f"*/*/{SPEC_FILE}")):
        path = spec_file.parent
        if path.name.startswith("."):
            continue
        try:
            spec = json.loads(spec_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            spec = {}
        runs = users.get(str(path.resolve()), [])
        out.append(Entry(path.parent.name, path.name, path, _size(path), (now - spec_file.stat().st_mtime) / 86400,
                         _describe(path.parent.name, spec), [r for r, _ in runs],
                         [r for r, status in runs if status == "running"]))
    return sorted(out, key=lambda e: (e.kind, -e.age_days))


def removable(entry: Entry, *, older_than_days: float | None, unused_only: bool, kind: str | None) -> bool:
    """Whether `gc` may remove the entry under these filters: never one that a running cell uses."""
    return (not entry.running and (kind is None or entry.kind == kind) and not (unused_only and entry.users)
            and (older_than_days is None or entry.age_days >= older_than_days))


def remove(entry: Entry) -> bool:
    """Remove one entry unless a job holds its build lock now; True if removed."""
    lock = FileLock(str(entry.path.parent / f"{entry.path.name}.lock"), timeout=0)
    try:
        with lock:
            trash = entry.path.parent / f".{entry.key}.trash-{os.getpid()}"
            os.replace(entry.path, trash)  # atomic: readers see the entry or nothing
        shutil.rmtree(trash, ignore_errors=True)
        return True
    except Timeout:
        return False

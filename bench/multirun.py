"""Shared by the sweep benchmarks (sweep_store.py, sweep_parallel.py, precision.py): their common flags, a work folder,
the converted model linked into every sweep, one `xlt.run -m` sweep run in a fresh cache as a subprocess, timed, with
its cells read back, and the results written."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlt.analysis.report import find_runs  # noqa: E402


def timed_sweep(name: str, overrides: list[str], work: Path, models: Path | None) -> tuple[float, list[dict[str, Any]]]:
    """Run the sweep `name` with `overrides` in its own cache under `work` (`models`: an already converted model
    folder, linked in so no conversion is timed); its wall time and, per cell, (run dir, metrics.json)."""
    cache = work / f"cache-{name}"
    cache.mkdir(parents=True)
    if models is not None:
        os.symlink(models, cache / "models")
    cmd = [sys.executable, "-m", "xlt.run", "-m", *overrides, f"sweep_name={name}", f"paths.cache_dir={cache}",
           f"paths.log_dir={work / 'outputs'}", "logger=none"]
    print("$", " ".join(cmd), flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env={**os.environ, "WANDB_MODE": "disabled"}, text=True,
                          capture_output=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"sweep {name} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return wall, [{"run": run, "metrics": json.loads((run / "metrics.json").read_text())}
                  for run in find_runs([work / "outputs" / "multirun" / name])]


def grid_parser(doc: str, langs: str, losses: str) -> argparse.ArgumentParser:
    """The flags of a sweep benchmark's grid: the backbone, the target languages and the losses (defaults given)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--model", default="e5small")
    parser.add_argument("--langs", default=langs)
    parser.add_argument("--losses", default=losses)
    return parser


def converted_e5small() -> Path:
    """The folder of converted models holding e5small, converted once outside any measurement; linked into the fresh
    cache of every sweep."""
    from xlt.models.embedded.e5small import default_cache_dir, ensure_e5small

    return ensure_e5small(default_cache_dir()).parent


@contextmanager
def work_folder(prefix: str, keep: str | None = None) -> Iterator[Path]:
    """Where the sweeps' caches and outputs go: `keep` (left in place) or a temporary folder, removed afterwards."""
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield work
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def write_results(out: Path, stem: str, result: dict[str, Any], markdown: str, indent: int = 2) -> None:
    """`<out>/<stem>.json` (the numbers) and `<out>/<stem>.md` (the table the docs cite)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{stem}.json").write_text(json.dumps(result, indent=indent) + "\n")
    (out / f"{stem}.md").write_text(markdown)

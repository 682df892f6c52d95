"""Shared by the sweep benchmarks (sweep_store.py, sweep_parallel.py): run one `xlt.run -m` sweep in a fresh cache
as a subprocess, time it, and read back its cells."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
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

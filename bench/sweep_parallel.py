"""Benchmark: one sweep run with 1 and with 2 parallel jobs on the same machine.

    python bench/sweep_parallel.py            # e5small x {de, sw} x {mse, kl} x seeds {1, 2}: 8 cells, twice
    python bench/sweep_parallel.py --quick    # the tiny random model on a few sentences: checks the script

The same 8-cell grid (2 teachers: one per seed) runs under hydra/launcher=joblib with n_jobs=1 and n_jobs=2, each
in a fresh cache and store (the converted e5small model is linked in, so neither pays the conversion), so both
train their teachers. Each job gets `perf.threads=auto` (the CPUs over the jobs running at once) and the sweeper
`teachers_first` (xlt's default) unless `--sweeper basic`. The seeds are given first on the command line, the order
in which the basic sweeper would start both jobs of a pair on the same teacher. Reported per run: wall time, cells
per hour, the idle time cells spent waiting on another job's store lock (metrics.json `timings_s.store_wait`),
teachers trained, threads per job. Writes bench/results/sweep_parallel.{json,md} (--quick: prints only).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import yaml
from multirun import ROOT, converted_e5small, grid_parser, timed_sweep, work_folder, write_results

from xlt.runtime import machine  # noqa: E402

# the tiny random backbone on the generated data, a few optimizer steps per stage (as tests/test_sweep.py)
QUICK = ["model=tiny", "source.train.n=40", "source.dev.n=10", "benchmark.test.n=12", "benchmark.dev.n=8",
         "benchmark.unlabeled.n=16", "teacher.max_steps=3", "student.max_steps=2"]


def run_sweep(n_jobs: int, args: argparse.Namespace, work: Path, models: Path | None) -> dict:
    name = f"jobs{n_jobs}"
    wall, runs = timed_sweep(name, [f"seed={args.seeds}", f"lang={args.langs}", f"distill={args.losses}",
                                    *([f"model={args.model}"] if not args.quick else QUICK), "hydra/launcher=joblib",
                                    f"hydra.launcher.n_jobs={n_jobs}", f"hydra/sweeper={args.sweeper}",
                                    "report_after_sweep=false", "trainer.enable_progress_bar=false", *args.extra],
                             work, models)
    cells = []
    for run in runs:
        m = run["metrics"]
        config = yaml.safe_load((run["run"] / "config.yaml").read_text())
        cells.append({"lang": m["lang"], "distill": m["distill"], "seed": config["seed"],
                      "threads": config["perf"]["threads"], "student_f1": m["student"]["f1"],
                      "teacher_built": not m["artifacts"]["teacher"]["reused"], "timings_s": m["timings_s"]})
    waits = sum(c["timings_s"].get("store_wait", 0.0) for c in cells)
    result = {"n_jobs": n_jobs, "wall_s": wall, "cells": cells, "cells_per_hour": 3600 * len(cells) / wall,
              "store_wait_s": waits, "teachers_trained": sum(c["teacher_built"] for c in cells),
              "threads_per_job": sorted({c["threads"] for c in cells})}
    print(f"  n_jobs={n_jobs}: {wall:.0f} s, {len(cells)} cells, {result['cells_per_hour']:.1f} cells/h, "
          f"{waits:.0f} s waiting on store locks", flush=True)
    return result


def main() -> None:
    parser = grid_parser(__doc__, langs="de,sw", losses="mse,kl")
    parser.add_argument("--seeds", default="1,2")
    parser.add_argument("--jobs", default="1,2", help="parallel jobs of each run (hydra.launcher.n_jobs)")
    parser.add_argument("--sweeper", default="teachers_first", choices=["teachers_first", "basic"])
    parser.add_argument("--quick", action="store_true", help="the tiny random model, a few steps (seconds a cell)")
    parser.add_argument("--out", default=None, help="results folder (default bench/results; --quick: none)")
    parser.add_argument("extra", nargs="*", help="more overrides for every run")
    args = parser.parse_args()
    models = converted_e5small() if not args.quick and args.model == "e5small" else None
    with work_folder("xlt-bench-parallel-") as work:
        runs = [run_sweep(int(n), args, work, models) for n in args.jobs.split(",")]
    base = runs[0]
    result = {"grid": {"model": "tiny (--quick)" if args.quick else args.model, "langs": args.langs,
                       "losses": args.losses, "seeds": args.seeds, "sweeper": args.sweeper, "extra": args.extra},
              "machine": machine(), "runs": runs,
              "speedup": {str(r["n_jobs"]): base["wall_s"] / r["wall_s"] for r in runs}}
    name = "sweep_parallel_quick" if args.quick else "sweep_parallel"
    out = Path(args.out) if args.out else None if args.quick else ROOT / "bench" / "results"
    n = len(base["cells"])
    md = [f"# One sweep with {' and '.join(str(r['n_jobs']) for r in runs)} parallel jobs", "",
          f"{result['grid']['model']} x lang {{{args.langs}}} x distill {{{args.losses}}} x seed {{{args.seeds}}} = "
          f"{n} cells, hydra/launcher=joblib, hydra/sweeper={args.sweeper}, perf.threads=auto, {os.cpu_count()} CPUs; "
          "each run in a fresh cache and store.", "",
          "| n_jobs | threads per job | wall s | cells per hour | waiting on store locks, s (all cells) | "
          "teachers trained | speed-up |", "|---|---|---|---|---|---|---|"]
    for r in runs:
        md.append(f"| {r['n_jobs']} | {', '.join(map(str, r['threads_per_job']))} | {r['wall_s']:.0f} | "
                  f"{r['cells_per_hour']:.1f} | {r['store_wait_s']:.0f} | {r['teachers_trained']} | "
                  f"{result['speedup'][str(r['n_jobs'])]:.2f} |")
    md += ["", "Mean student F1: " + ", ".join(
        f"n_jobs={r['n_jobs']} {100 * sum(c['student_f1'] for c in r['cells']) / len(r['cells']):.2f}" for r in runs)
        + " (the thread count is part of every key: 1 and 2 threads round CPU sums differently, so the runs train "
        "teachers of their own and their numbers may differ slightly)."]
    print("\n".join(md))
    if out is not None:
        write_results(out, name, result, "\n".join(md) + "\n")


if __name__ == "__main__":
    main()

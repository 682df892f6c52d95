"""Benchmark: a sweep with the shared artifact store against the same cells without it.

    python bench/sweep_store.py                      # e5small x {de, es, sw} x {mse, kl, hard} x seed 42
    python bench/sweep_store.py --langs de --losses mse,kl   # smaller

Runs the same multirun twice, sequentially, each with a fresh cache (the converted e5small model is
linked in, so neither pays the conversion): once with `store.shared=false` (every cell trains its own
teacher and computes its own soft labels, as without the store) and once with the shared store (one
teacher per model and seed, one soft-label pass per language). Writes bench/results/sweep_store.json and
.md and prints the wall-time ratio shared / unshared last.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from multirun import converted_e5small, grid_parser, timed_sweep, work_folder, write_results  # noqa: E402

from xlt.runtime import machine  # noqa: E402


def run_sweep(name: str, shared: bool, args: argparse.Namespace, work: Path, models: Path) -> dict:
    wall, runs = timed_sweep(name, [f"model={args.model}", f"lang={args.langs}", f"distill={args.losses}",
                                    f"seed={args.seed}", f"store.shared={str(shared).lower()}", *args.extra],
                             work, models)
    cells = []
    for run in runs:
        m = run["metrics"]
        cells.append({
            "lang": m["lang"], "distill": m["distill"], "source_dev_f1": m["source_dev"]["f1"],
            "zero_shot_f1": m["zero_shot"]["f1"], "student_f1": m["student"]["f1"], "timings_s": m["timings_s"],
            "peak_rss_mib": m["peak_rss_mib"],
            "reused": {k: v["reused"] for k, v in m.get("artifacts", {}).items()},
        })
    teachers = sum(not c["reused"].get("teacher", False) for c in cells)
    soft = sum(not c["reused"].get("soft", False) for c in cells)
    print(f"  {name}: {wall:.0f} s, {len(cells)} cells, {teachers} teachers trained, {soft} soft-label passes",
          flush=True)
    return {"name": name, "shared": shared, "wall_s": wall, "cells": cells, "teachers_trained": teachers,
            "soft_label_passes": soft}


def main() -> None:
    parser = grid_parser(__doc__, langs="de,es,sw", losses="mse,kl,hard")
    parser.add_argument("--seed", default="42")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    parser.add_argument("extra", nargs="*", help="more overrides for both sweeps")
    args = parser.parse_args()
    models = converted_e5small()
    with work_folder("xlt-bench-store-") as work:
        unshared = run_sweep("unshared", False, args, work, models)
        shared = run_sweep("shared", True, args, work, models)
    ratio = shared["wall_s"] / unshared["wall_s"]
    result = {"grid": {"model": args.model, "langs": args.langs, "losses": args.losses, "seed": args.seed,
                       "extra": args.extra},
              "machine": machine(), "unshared": unshared, "shared": shared, "ratio": ratio}
    n = len(shared["cells"])
    md = [
        "# Sweep with and without the shared artifact store",
        "",
        f"{args.model} x lang {{{args.langs}}} x distill {{{args.losses}}} x seed {args.seed} = {n} cells, "
        f"sequential, {os.cpu_count()} CPUs.",
        "",
        "| sweep | wall s | teachers trained | soft-label passes |",
        "|---|---|---|---|",
        f"| without store | {unshared['wall_s']:.0f} | {unshared['teachers_trained']} | "
        f"{unshared['soft_label_passes']} |",
        f"| shared store | {shared['wall_s']:.0f} | {shared['teachers_trained']} | {shared['soft_label_passes']} |",
        "",
        f"ratio shared / without: **{ratio:.2f}** (bar: <= 0.60)",
        "",
        "| lang | distill | zero-shot F1 | student F1 (without) | student F1 (shared) |",
        "|---|---|---|---|---|",
    ]
    for a, b in zip(unshared["cells"], shared["cells"], strict=True):
        md.append(f"| {a['lang']} | {a['distill']} | {100 * a['zero_shot_f1']:.2f} | {100 * a['student_f1']:.2f} | "
                  f"{100 * b['student_f1']:.2f} |")
    write_results(Path(args.out), "sweep_store", result, "\n".join(md) + "\n")
    print("\n".join(md))
    print(f"ratio shared / unshared wall time: {ratio:.3f}")


if __name__ == "__main__":
    main()

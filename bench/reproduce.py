"""Rerun a README table from scratch and check every number against the interval the README states for it.

    python bench/reproduce.py --table transfer_embedded               # the whole sweep, 2 jobs, in a new folder
    python bench/reproduce.py --table transfer_embedded --work DIR    # the same in DIR; the same command resumes
    python bench/reproduce.py --table transfer_embedded --rerun DIR   # only check: a finished rerun's sweep folder

A table is an experiment config whose report is committed under bench/results/<table>/ (summary.csv and
significance.csv: the README's table is rendered from them, xlt.analysis.reproduce.readme_table). The rerun runs
`python -m xlt.run -m experiment=<table>` in a fresh cache (a fresh artifact store, the embedded model converted
again) and fresh outputs, its log in <work>/sweep.log; a killed rerun continues where it stopped when started again
with the same --work. Then, for every published number (zero-shot F1, student F1 and gain, per student, language
and test set), it prints the README's mean, its reproduction interval (where the mean of as many new seeds lands
with 95 % probability: xlt.analysis.reproduce), the rerun's mean and whether it lies inside, and writes
bench/results/<table>/reproduce.{md,json} with the machine, the commit and the wall time. Each number is counted
once (the students of a teacher share its zero-shot scores). With 95 % intervals about 1 number in 20 lies outside
by chance, so the rerun reproduces the table when every number is there and no more lie outside than a binomial
allows (xlt.analysis.reproduce.allowed_outside); exit status 0 then, 1 where it does not, 2 where the sweep failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from multirun import write_results  # noqa: E402

from xlt.analysis.report import write_report  # noqa: E402
from xlt.analysis.reproduce import (  # noqa: E402
    check,
    check_markdown,
    read_published,
    read_runs,
    reproduced,
    same_cells,
    verdict_line,
)
from xlt.runtime import machine  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", required=True,
                        help="the README table: an experiment config (conf/experiment/<table>.yaml) whose report is "
                             "committed in bench/results/<table>/")
    parser.add_argument("--jobs", type=int, default=2, help="cells run side by side (joblib workers; default 2)")
    parser.add_argument("--work", default=None,
                        help="folder for the rerun's cache and outputs (the same --work resumes a killed rerun); "
                             "default: a new outputs/reproduce/<table>-<UTC time>/")
    parser.add_argument("--rerun", default=None,
                        help="a finished rerun's sweep folder (outputs/multirun/<table>): check it, run nothing")
    parser.add_argument("--published", default=None,
                        help="the published report folder to check against (default bench/results/<table>/)")
    parser.add_argument("--out", default=None, help="where reproduce.{md,json} go (default: the published folder)")
    parser.add_argument("--note", default="", help="how this rerun went (where it ran from, interruptions), printed "
                                                        "under the check")
    parser.add_argument("overrides", nargs="*",
                        help="further overrides of the rerun's sweep (a smaller or tiny table: the tests use them); "
                             "the published table must have been made with the same ones")
    return parser.parse_args()


def rerun_sweep(table: str, work: Path, jobs: int, overrides: list[str]) -> tuple[Path, float]:
    """The table's sweep from scratch in `work` (its own cache and outputs); its sweep folder and wall time."""
    cmd = [sys.executable, "-m", "xlt.run", "-m", f"experiment={table}", f"paths.cache_dir={work / 'cache'}",
           f"paths.log_dir={work / 'outputs'}", "hydra/launcher=joblib", f"hydra.launcher.n_jobs={jobs}",
           "logger=none", *overrides]
    work.mkdir(parents=True, exist_ok=True)
    print("$", " ".join(cmd), f"> {work / 'sweep.log'}", flush=True)
    t0 = time.perf_counter()
    with (work / "sweep.log").open("a") as log:
        proc = subprocess.run(cmd, cwd=ROOT, env={**os.environ, "WANDB_MODE": "disabled"}, stdout=log,
                              stderr=subprocess.STDOUT)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        print(f"the rerun of {table} failed (exit {proc.returncode}): see {work / 'sweep.log'}; the same command "
              f"with --work {work} resumes it", file=sys.stderr)
        sys.exit(2)
    return work / "outputs" / "multirun" / table, wall


def rerun_machine() -> dict[str, object]:
    """What checked the rerun: the machine (xlt.runtime.machine), the commit and any uncommitted changes."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout

    commit = git("rev-parse", "HEAD").strip()
    # porcelain lines are "XY path": not stripped, or a leading " M" loses the path's first letter
    changed = [line[3:] for line in git("status", "--porcelain", "--untracked-files=no").splitlines()]
    return {**machine(), "commit": commit,
            "uncommitted_changes": changed,  # tracked files that differ from the commit (empty: a clean tree)
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}


def main() -> int:
    args = parse_args()
    published_dir = Path(args.published) if args.published else RESULTS / args.table
    numbers = read_published(published_dir)  # before hours of training: a missing table fails now
    published_runs = read_runs(published_dir)  # likewise its cells, compared one by one below
    wall = None
    if args.rerun:
        sweep = Path(args.rerun)
    else:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        work = Path(args.work or ROOT / "outputs" / "reproduce" / f"{args.table}-{stamp}")
        sweep, wall = rerun_sweep(args.table, work, args.jobs, args.overrides)
    if not (sweep / "report" / "summary.csv").is_file():  # a sweep run with report_after_sweep=false
        write_report([sweep], sweep / "report")
    table = check(numbers, read_published(sweep / "report"))
    identical, cells, differ = same_cells(published_runs, read_runs(sweep / "report"))
    markdown = (f"# Reproduce `{args.table}`\n\n`python bench/reproduce.py --table {args.table}` against "
                f"`bench/results/{args.table}/` (the README's table).\n\n" + check_markdown(table)
                + f"\nCells whose every F1 and gain equals the published one (4 decimals): {identical} of {cells}"
                + (f" (not: {', '.join(differ)})" if differ else "") + ". Bit-identical cells are expected only on "
                "the machine kind, torch build and thread count that made the table (bench/results/determinism.md); "
                "elsewhere the interval check above is the test.\n" + (f"\n{args.note}\n" if args.note else ""))
    result = {"table": args.table, "overrides": args.overrides, "machine": rerun_machine(), "wall_s": wall,
              "rerun": str(sweep),
              "inside": int((table.inside == True).sum()), "numbers": len(table),  # noqa: E712
              "reproduced": reproduced(table), "identical_cells": identical, "cells": cells,
              "differing_cells": differ, "note": args.note,
              "rows": json.loads(table.to_json(orient="records"))}
    write_results(Path(args.out) if args.out else published_dir, "reproduce", result, markdown)
    print(markdown)
    print(verdict_line(table))
    return 0 if reproduced(table) else 1


if __name__ == "__main__":
    sys.exit(main())

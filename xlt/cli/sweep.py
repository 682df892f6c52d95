"""`python -m xlt.sweep export|import` (console script `xlt-sweep`): a sweep's finished cells carried between machines.

    python -m xlt.sweep export outputs/multirun/<sweep> <folder>   # the complete cells' records (no weights)
    python -m xlt.sweep import <folder> outputs/multirun/<sweep>   # on the next machine; then rerun the sweep's
                                                                   # command: it skips them and trains the rest

A record is a cell's metrics.json, config.yaml, .hydra/, predictions/ and run.log (xlt.experiment.sweep_records):
enough for the report and for the skip, never a checkpoint or a cache. Copying is idempotent; a record never
replaces another config's cell, a complete cell (other results are refused), nor an unfinished run that trained
a student of its own. Pin perf.threads and trainer.precision on every machine (`auto` resolves per machine and is
part of a cell's identity).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from xlt.cli.errors import fail
from xlt.errors import XltError
from xlt.experiment.sweep_records import export_records, import_records


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xlt.sweep",
                                     description="carry a sweep's complete cells to another machine")
    parser.add_argument("command", choices=("export", "import"),
                        help="export: sweep -> folder; import: folder -> sweep")
    parser.add_argument("src", help="export: the sweep directory; import: the folder an export wrote")
    parser.add_argument("dst", help="export: the folder to write; import: the sweep directory to resume in")
    args = parser.parse_args(argv)
    try:
        done = (export_records if args.command == "export" else import_records)(args.src, args.dst)
    except XltError as err:
        fail(str(err))
    for name in done.copied:
        print(f"copied    {name}")
    for name in done.left_out:
        print(f"left out  {name}: not complete, its command reruns it")
    print(f"cell records: {len(done.copied)} copied, {len(done.unchanged)} already there, {len(done.left_out)} "
          f"left out ({args.src} -> {args.dst})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m xlt.store ls|du|gc` (console script `xlt-store`): what the artifact store holds, and removing entries.

    python -m xlt.store ls [--runs outputs]           # kind, key, size, age, what it is, which runs use it
    python -m xlt.store du                            # size per kind
    python -m xlt.store gc --unused [--older-than 30] [--kind teacher] [--yes]

`gc` lists what it would remove and removes it only with `--yes`; it never removes an entry that a running
cell uses or whose build lock a job holds. The store is `$XLT_CACHE_DIR/store` (default `~/.cache/xlt/store`)
unless `--store` names another (the `store.root` of your runs).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from xlt.cli.errors import fail
from xlt.experiment.store_admin import Entry, entries, removable, remove
from xlt.models.embedded.cache import default_cache_dir


def _mib(n: int) -> str:
    return f"{n / 2**20:9.1f} MiB"


def _line(e: Entry) -> str:
    used = f"{len(e.users)} run(s)" + (f", {len(e.running)} running" if e.running else "")
    return f"{e.kind:9s} {e.key}  {_mib(e.bytes)}  {e.age_days:6.1f} d  {used:22s} {e.what}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xlt.store", description="the shared artifact store")
    parser.add_argument("command", choices=("ls", "du", "gc"))
    parser.add_argument("--store", default=None, help="store directory (default: $XLT_CACHE_DIR/store)")
    parser.add_argument("--runs", nargs="*", default=["outputs"],
                        help="run or sweep directories whose metrics.json name the entries they use (default: outputs)")
    parser.add_argument("--unused", action="store_true", help="gc: only entries that no run under --runs uses")
    parser.add_argument("--older-than", type=float, default=None, metavar="DAYS", help="gc: only entries built "
                        "more than DAYS days ago")
    parser.add_argument("--kind", choices=("teacher", "zero_shot", "soft"), default=None, help="gc: only this kind")
    parser.add_argument("--yes", action="store_true", help="gc: really remove (without it: list what would go)")
    args = parser.parse_args(argv)
    root = args.store or default_cache_dir() / "store"
    found = entries(root, args.runs)
    if args.command == "ls":
        print(f"{len(found)} entries in {root}")
        for e in found:
            print(_line(e))
    elif args.command == "du":
        kinds = sorted({e.kind for e in found})
        for kind in kinds:
            part = [e for e in found if e.kind == kind]
            print(f"{kind:9s} {len(part):5d} entries {_mib(sum(e.bytes for e in part))}")
        print(f"{'total':9s} {len(found):5d} entries {_mib(sum(e.bytes for e in found))}  ({root})")
    else:
        if not args.unused and args.older_than is None:
            fail("gc needs a rule: --unused (no run under --runs names it) and/or --older-than DAYS")
        chosen = [e for e in found if removable(e, older_than_days=args.older_than, unused_only=args.unused,
                                                kind=args.kind)]
        freed = 0
        for e in chosen:
            if not args.yes:
                print(f"would remove {_line(e)}")
            elif remove(e):
                freed += e.bytes
                print(f"removed {_line(e)}")
            else:
                print(f"kept (a job holds its lock) {_line(e)}")
        print(f"{len(chosen)} of {len(found)} entries {'removed' if args.yes else 'would go'}"
              + (f", {_mib(freed).strip()} freed" if args.yes else "; add --yes to remove them"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

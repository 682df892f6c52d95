"""`python -m xlt.wandb_workspace --entity E --project P` (console script `xlt-wandb-workspace`): the comparison
matrix as a saved W&B workspace.

Online (an API key and a reachable server, as for the runs: xlt.training.loggers.resolve_wandb_mode) it is saved
to the project and its URL printed; the spec (the workspace as W&B stores it) is written to `--out` either way,
and only there with `--offline`, without a key or without a network.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from xlt.analysis.wandb_workspace import build_workspace, workspace_spec
from xlt.cli.errors import run_cli
from xlt.errors import XltError
from xlt.io import write_json

DEFAULT_OUT = Path("outputs") / "wandb_workspace.json"


def make(args: argparse.Namespace) -> str:
    """Build the workspace, write its spec, save it when online; what to print."""
    from xlt.training.loggers import resolve_wandb_mode

    workspace = build_workspace(args.entity, args.project, args.name, args.group)
    out = Path(args.out)
    write_json(out, workspace_spec(workspace))
    if resolve_wandb_mode("offline" if args.offline else "auto") != "online":
        return (f"workspace spec written to {out} (offline: no W&B API key, no server, or --offline); run this "
                "command again online (`wandb login`) to save it to the project")
    _save(workspace)
    return f"workspace saved: {workspace.url} (spec in {out})"


def _save(workspace: Any) -> None:
    import requests
    import wandb

    try:
        workspace.save()
    except (wandb.errors.Error, requests.RequestException) as err:
        raise XltError(f"saving the workspace to W&B {workspace.entity}/{workspace.project} failed ({err}): check "
                       "that the project exists and that your API key may write to it, or pass --offline") from err


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xlt.wandb_workspace",
                                     description="the comparison matrix of a project's student runs as a W&B workspace")
    parser.add_argument("--entity", required=True, help="the W&B user or team that owns the project")
    parser.add_argument("--project", required=True,
                        help="the W&B project of the runs (logger.wandb.project, default xlt)")
    parser.add_argument("--group", default=None, help="only the runs of this W&B group (a sweep's sweep_name)")
    parser.add_argument("--name", default="xlt comparison matrix", help="the workspace's name in the W&B app")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help=f"where the spec is written (default {DEFAULT_OUT})")
    parser.add_argument("--offline", action="store_true", help="only write the spec, even with an API key")
    args = parser.parse_args(argv)
    print(run_cli(make, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())

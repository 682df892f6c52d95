"""`python -m xlt.report <sweep or run dirs> [--out DIR]` (console script `xlt-report`): the comparison report."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hydra.experimental.callback import Callback
from omegaconf import DictConfig

from xlt.analysis.report import write_report
from xlt.cli.errors import run_cli
from xlt.errors import XltError

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xlt.report", description="the comparison report of finished cells")
    parser.add_argument("dirs", nargs="+", help="sweep directories (outputs/multirun/<sweep>) or run directories")
    parser.add_argument("--out", default=None, help="output directory (default: <first dir>/report)")
    parser.add_argument("--bootstrap", type=int, default=2000, help="hierarchical bootstrap resamples (default 2000)")
    parser.add_argument("--permutations", type=int, default=9999,
                        help="approximate randomisation permutations (default 9999)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the bootstrap and the permutations")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    path = run_cli(lambda a: write_report(a.dirs, a.out or Path(a.dirs[0]) / "report", a.bootstrap, a.seed,
                                          a.permutations), args)
    print(path.read_text(encoding="utf-8").split("## Seen and unseen")[0])
    print(f"report written to {path.parent}")
    return 0


class ReportAfterSweep(Callback):
    """Hydra callback of `xlt.run -m`: the comparison report of the sweep's directory once its last job finished
    (`report_after_sweep: false` skips it). A report that cannot be made (no complete cell yet) is a warning,
    never a failure of the sweep: every cell's results are already on disk."""

    def on_multirun_end(self, config: DictConfig, **kwargs: Any) -> None:
        if not config.report_after_sweep:
            return
        sweep = Path(str(config.hydra.sweep.dir))
        try:
            path = write_report([sweep], sweep / "report")
        except XltError as err:
            log.warning("no report for %s: %s (run `python -m xlt.report %s` later)", sweep, err, sweep)
            return
        print(f"report: {path}", flush=True)


if __name__ == "__main__":
    sys.exit(main())

"""`python -m xlt.run [overrides]`: one transfer cell; `-m` sweeps the matrix. Returns the student's F1."""

from __future__ import annotations

import logging
import sys

import hydra
from omegaconf import DictConfig

from xlt.errors import XltError
from xlt.pipeline import summary_lines, train

log = logging.getLogger("xlt")


@hydra.main(version_base="1.3", config_path="../conf", config_name="config")
def main(cfg: DictConfig) -> float:
    """Hydra entry point: runs `train(cfg)`, prints the cell's summary, returns student target F1."""
    try:
        metrics = train(cfg)
    except XltError as err:
        # a user-fixable problem: one clear line, no traceback, non-zero exit
        log.error("%s", err)
        print(f"xlt: error: {err}", file=sys.stderr)
        sys.exit(2)
    for line in summary_lines(metrics):
        print(line)
    return float(metrics["student"]["f1"])


if __name__ == "__main__":
    main()

"""`python -m xlt.run [overrides]`: one transfer cell; `-m` sweeps the matrix. Returns the student's F1."""

from __future__ import annotations

import logging
import sys

import hydra
from hydra.core.hydra_config import HydraConfig
from hydra.types import RunMode
from omegaconf import DictConfig

from xlt.errors import ConfigError, XltError
from xlt.pipeline import one_line, summary_lines, train

log = logging.getLogger("xlt")


def check_launcher(cfg: DictConfig) -> None:
    """Lightning's DDP starts one process per device by re-running the command (with the job's saved config);
    inside a joblib worker there is no command to re-run, so the combination cannot work."""
    hc = HydraConfig.get()
    strategy = str(cfg.trainer.get("strategy", "auto"))
    if hc.mode == RunMode.MULTIRUN and "ddp" in strategy and "joblib" in str(hc.launcher.get("_target_", "")).lower():
        raise ConfigError(
            f"trainer.strategy={strategy} cannot run inside hydra/launcher=joblib workers: use the basic launcher "
            "(sequential cells, each with all GPUs), or hydra/launcher=submitit_slurm with "
            "hydra.launcher.tasks_per_node=<GPUs> (SLURM starts the ranks), or trainer=gpu with joblib"
        )


@hydra.main(version_base="1.3", config_path="../conf", config_name="config")
def main(cfg: DictConfig) -> float:
    """Hydra entry point: runs `train(cfg)`, prints the cell's summary, returns student target F1."""
    try:
        check_launcher(cfg)
        metrics = train(cfg)
    except XltError as err:
        # a user-fixable problem: one clear line, no traceback, non-zero exit
        log.error("%s", err)
        print(f"xlt: error: {err}", file=sys.stderr)
        sys.exit(2)
    if HydraConfig.get().mode == RunMode.MULTIRUN:
        print(one_line(metrics), flush=True)  # one line per cell: sweep logs stay readable
    else:
        for line in summary_lines(metrics):
            print(line)
    return float(metrics["student"]["f1"])


if __name__ == "__main__":
    main()

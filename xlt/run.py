"""`python -m xlt.run [overrides]`: one transfer cell; `-m` sweeps the matrix. Returns the student's F1."""

from __future__ import annotations

import errno
import logging
import sys
from typing import Any, NoReturn

import hydra
from hydra.core.hydra_config import HydraConfig
from hydra.types import RunMode
from omegaconf import DictConfig

from xlt.errors import ConfigError, XltError
from xlt.pipeline import one_line, summary_lines, train

log = logging.getLogger("xlt")


# the environment, not the code: a full disk, a read-only or foreign-owned directory, a quota
ENVIRONMENT_ERRNOS = {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EDQUOT}


def fail(message: str) -> NoReturn:
    """A user-fixable problem: one clear line, no traceback, exit status 2."""
    log.error("%s", message)
    print(f"xlt: error: {message}", file=sys.stderr)
    sys.exit(2)


def run_cell(cfg: DictConfig) -> dict[str, Any]:
    """`train(cfg)`, turning user-fixable failures into one line; whatever finished stays on disk."""
    try:
        return train(cfg)
    except XltError as err:
        fail(str(err))
    except OSError as err:
        if err.errno not in ENVIRONMENT_ERRNOS:
            raise
        where = f" {err.filename}" if err.filename else ""
        fail(f"cannot write{where}: {err.strerror}. Free space or fix permissions, or point paths.cache_dir / "
             f"hydra.run.dir (paths.log_dir) elsewhere. Kept: {cfg.paths.output_dir}/metrics.json (the stages "
             "finished so far) and every complete artifact in the store; rerun with hydra.run.dir="
             f"{cfg.paths.output_dir} (or the same sweep_name) to resume.")


def check_launcher_or_exit(cfg: DictConfig) -> None:
    try:
        check_launcher(cfg)
    except ConfigError as err:
        fail(str(err))


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
    check_launcher_or_exit(cfg)
    metrics = run_cell(cfg)
    if HydraConfig.get().mode == RunMode.MULTIRUN:
        print(one_line(metrics), flush=True)  # one line per cell: sweep logs stay readable
    else:
        for line in summary_lines(metrics):
            print(line)
    return float(metrics["student"]["f1"])


if __name__ == "__main__":
    main()

"""Experiment loggers per stage, built from conf/logger/: W&B (offline unless a key is configured, never a prompt),
CSV and TensorBoard."""

from __future__ import annotations

import json
import logging
import netrc
import os
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from omegaconf import DictConfig
from pytorch_lightning.loggers import CSVLogger, Logger, TensorBoardLogger, WandbLogger
from pytorch_lightning.utilities.rank_zero import rank_zero_only

from xlt.config import build_entries
from xlt.errors import ConfigError
from xlt.io import write_json
from xlt.models.hub import unreachable
from xlt.runtime import launched_rank

log = logging.getLogger(__name__)

WANDB_MODES = ("auto", "online", "offline", "disabled")


def wandb_key_configured() -> bool:
    """An API key in WANDB_API_KEY or in ~/.netrc (where `wandb login` puts it)."""
    if os.environ.get("WANDB_API_KEY"):
        return True
    host = urlparse(os.environ.get("WANDB_BASE_URL", "https://api.wandb.ai")).hostname or "api.wandb.ai"
    try:
        return netrc.netrc().authenticators(host) is not None
    except (OSError, netrc.NetrcParseError):
        return False


def resolve_wandb_mode(setting: str) -> str:
    """`auto` -> online with a key, else offline; WANDB_MODE in the environment wins."""
    if setting not in WANDB_MODES:
        raise ConfigError(f"logger.wandb.mode={setting!r} is unknown; valid: {', '.join(WANDB_MODES)}")
    env = os.environ.get("WANDB_MODE")
    if env in ("online", "offline", "disabled"):
        return env
    mode = ("online" if wandb_key_configured() else "offline") if setting == "auto" else setting
    if mode == "online":
        url = os.environ.get("WANDB_BASE_URL", "https://api.wandb.ai").rstrip("/") + "/"
        reason = unreachable(url)
        if reason is not None:  # a key but no network: never hang a cell on it, never lose its logs
            log.warning("W&B server unreachable (%s): logging offline; upload later with `wandb sync <run dir>/wandb/"
                        "offline-run-*`", reason)
            return "offline"
    return mode


STEPS_FILE = "wandb_steps.json"  # beside a stage's last.ckpt: the last step its W&B run holds


class ConfigOnceWandbLogger(WandbLogger):
    """A WandbLogger whose run config is the one it is built with, given once when the run opens (Lightning would
    merge the LightningModule's hyper-parameters into it at fit start, overwriting keys: a student with
    `student.model=mbert` would show `model.name: mbert` in a run of `model=xlmr`), and whose history is keyed by
    the trainer's step (`_step` is the global step). A stage resumed from last.ckpt (`continue_from`) continues
    its run where the killed segment stopped: the steps that segment logged after its last checkpoint, which the
    resumed one trains again, are not logged twice, and `_step` does not restart at 0."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Lightning passes `anonymous` to wandb.init always (None when not asked for), and wandb warns on any value
        # of that deprecated setting; leaving it out is what not asking for it means
        if self._wandb_init.get("anonymous") is None:
            self._wandb_init.pop("anonymous", None)
        self._steps_file: Path | None = None
        self._floor = -1  # steps up to this one are in the run already (logged by an earlier segment)
        self._last = -1

    def log_hyperparams(self, params: Any, *args: Any, **kwargs: Any) -> None:
        pass

    @rank_zero_only
    def continue_from(self, ckpt_dir: Path, resuming: bool) -> None:
        """Keep the run's last logged step beside the stage's checkpoints in `ckpt_dir`; `resuming` (from its
        last.ckpt): skip the steps an earlier segment of this same run logged. W&B's own step count covers a run
        resumed online; offline it restarts at 0, so the step file tells."""
        self._steps_file = ckpt_dir / STEPS_FILE
        saved: dict[str, Any] = {}
        if resuming and self._steps_file.is_file():
            try:
                saved = json.loads(self._steps_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):  # unreadable: W&B's own count is all there is
                saved = {}
        logged = int(saved["step"]) if saved.get("run_id") == self._id else -1
        self._floor = max(logged, int(self.experiment.step) - 1)

    @rank_zero_only
    def log_metrics(self, metrics: Mapping[str, float], step: int | None = None) -> None:
        """A row at the trainer's `step` (this logger is built without a key prefix); one an earlier segment of the
        run logged is skipped (the resumed training computes it again, to the same numbers)."""
        if step is None:  # the final numbers and tables: at the run's current step
            super().log_metrics(metrics)
            return
        if step <= self._floor:
            return
        self.experiment.log({**metrics, "trainer/global_step": step}, step=int(step))
        if step > self._last and self._steps_file is not None:
            self._last = int(step)
            # rewritten at every logged step (the LR monitor logs each one): no fsync on the training loop's path; a
            # killed process leaves it in the page cache
            write_json(self._steps_file, {"run_id": self._id, "step": self._last}, durable=False)


def continue_runs(loggers: Sequence[Logger], ckpt_dir: Path, resuming: bool) -> None:
    """Tell the stage's W&B runs where its checkpoints are and whether it resumes from them
    (ConfigOnceWandbLogger.continue_from); other loggers keep no steps."""
    for lg in loggers:
        if isinstance(lg, ConfigOnceWandbLogger):
            lg.continue_from(ckpt_dir, resuming)


# the resolved config and metrics.json travel with each W&B run under these names (W&B's own files/config.yaml
# holds the run config in its own format and must not be overwritten)
RUN_FILE_NAMES = {"config.yaml": "xlt_config.yaml"}


@dataclass(frozen=True)
class StageRun:
    """What a logger factory of conf/logger/ (a `_partial_: true` entry) is given: the stage and its names (a stage's
    names, tags, group and config come from xlt.experiment.identity.stage_labels)."""

    name: str  # teacher | student: the W&B job type, the CSV/TensorBoard version folder
    run_dir: Path  # where the loggers write
    run_name: str  # the W&B run name
    run_id: str  # stable for what the stage computes: a resumed stage continues its own W&B run
    tags: Mapping[str, Any]  # key: value (the student's: model, src, lang, distill, seed; the teacher's: its own)
    group: str | None  # the default W&B group (a teacher's seeds; a sweep's cells)
    config: Mapping[str, Any]  # the run config as W&B shows it


def make_loggers(cfg: DictConfig, stage: str, run_dir: Path, tags: Mapping[str, Any], run_name: str,
                 run_id: str, config: Mapping[str, Any] | None = None, group: str | None = None) -> list[Logger]:
    """The loggers a stage (teacher/student) writes to: every entry of `cfg.logger` (conf/logger/), built for this
    stage. `run_id` is stable for what the stage computes (xlt.training.stages), so a killed and resumed stage
    continues its own W&B run (Lightning's WandbLogger resumes with `resume="allow"`) instead of starting a
    second one; `config` is its W&B run config, `group` its default W&B group (both from
    xlt.experiment.identity.stage_labels; none: an empty config, no group)."""
    run = StageRun(stage, run_dir, run_name, run_id, tags, group, dict(config or {}))
    return build_entries(cfg.get("logger"), "logger", Logger, stage=run)


def wandb_logger(stage: StageRun, project: str, entity: str | None, mode: str, group: str | None,
                 tags: Sequence[str]) -> WandbLogger | None:
    """The stage's W&B run (`mode` as resolve_wandb_mode; none when disabled), carrying the resolved config."""
    resolved_mode = resolve_wandb_mode(str(mode))
    if resolved_mode == "disabled":
        return None
    os.environ.setdefault("WANDB_SILENT", "true")
    logger = ConfigOnceWandbLogger(
        project=project,
        entity=entity,
        name=stage.run_name,
        id=stage.run_id,
        group=group or stage.group,
        job_type=stage.name,
        tags=[f"{k}:{v}" for k, v in stage.tags.items()] + list(tags or []),
        save_dir=str(stage.run_dir),
        offline=resolved_mode == "offline",
        config=dict(stage.config),
        settings=_wandb_settings(),
    )
    if launched_rank() == 0:  # the selection metric's summary is its best value, not its last
        logger.experiment.define_metric("val/f1", summary="max")
    log.info("W&B %s run %s (id %s) in %s", resolved_mode, stage.run_name, stage.run_id, stage.run_dir / "wandb")
    return logger


def csv_logger(stage: StageRun, name: str) -> CSVLogger:
    """Metric curves in <run dir>/<name>/<stage>/metrics.csv."""
    return CSVLogger(save_dir=str(stage.run_dir), name=name, version=stage.name)


def tensorboard_logger(stage: StageRun, name: str) -> TensorBoardLogger:
    """TensorBoard event files in <run dir>/<name>/<stage>/ (`tensorboard --logdir <run or sweep dir>`)."""
    return TensorBoardLogger(save_dir=str(stage.run_dir), name=name, version=stage.name, default_hp_metric=False)


def _wandb_settings() -> Any:
    import wandb

    # no interactive login prompt, no console capture wrapping Lightning's progress bar
    return wandb.Settings(silent=True, console="off")


def log_summary(loggers: list[Logger], metrics: Mapping[str, float], run_files: Sequence[Path] = ()) -> None:
    """Final numbers of a stage into every logger (W&B summary and history, CSV rows); `run_files`
    (the resolved config, metrics.json) are copied into each W&B run so `wandb sync` uploads them."""
    if launched_rank() > 0:  # DDP: Lightning's loggers only write on rank 0
        return
    for lg in loggers:
        lg.log_metrics(dict(metrics))
        if isinstance(lg, WandbLogger):
            lg.experiment.summary.update(dict(metrics))
            for path in run_files:
                shutil.copyfile(path, Path(lg.experiment.dir) / RUN_FILE_NAMES.get(path.name, path.name))
        lg.save()


def log_tables(loggers: list[Logger], tables: Mapping[str, tuple[list[str], list[list[Any]]]]) -> None:
    """Tables (columns, rows) into every W&B run as `wandb.Table`s (other loggers have no tables)."""
    if launched_rank() > 0:
        return
    for lg in loggers:
        if isinstance(lg, WandbLogger):
            for key, (columns, rows) in tables.items():
                lg.log_table(key, columns=columns, data=rows)


def finish(loggers: list[Logger], status: str = "success") -> None:
    """Close every logger after a stage, also when it failed (`status` "failed"), so that each stage, even in a
    multirun, is its own W&B run and none is left open."""
    for lg in loggers:
        lg.finalize(status)
    if any(isinstance(lg, WandbLogger) for lg in loggers):
        import wandb

        wandb.finish(exit_code=0 if status == "success" else 1)

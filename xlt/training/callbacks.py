"""The Lightning callbacks of a stage.

- `ResumeState`: what a killed training needs to continue exactly as an uninterrupted one, besides weights,
  optimizer and schedule (which Lightning keeps): the position inside the epoch's batches and the random
  state (dropout). Always on (xlt.training.fit), as are, in a validated stage, `ValidationF1` (`val/f1`, with
  its precision and recall) and the `best` checkpoint it selects.
- conf/callbacks/: the factories below, built per stage from `_target_` entries (`_partial_: true`: called with
  the `StageFit`). `resume_checkpoint`: last.ckpt, what a killed stage resumes from; `lr_monitor`: the learning
  rates as curves of the experiment loggers; `progress`: Rich's progress bar on a terminal (`progress.bar`,
  true by default only when stderr is a terminal), elsewhere (SLURM logs, CI, files, joblib workers, where
  bars would flood the log) `PlainProgress`: one line every `every_s` seconds and one at the end of each stage.
"""

from __future__ import annotations

import importlib.util
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytorch_lightning as pl
from pytorch_lightning.callbacks import Callback, LearningRateMonitor, ModelCheckpoint

from xlt import rng
from xlt.evaluation.metrics import EntityF1

log = logging.getLogger("xlt.training.callbacks")


@dataclass(frozen=True)
class StageFit:
    """What a callback factory of conf/callbacks/ is given: the stage being fitted."""

    name: str  # teacher | student
    ckpt_dir: Path  # its checkpoints: last.ckpt (resume), best.ckpt (selection, with validation data)
    logged: bool  # an experiment logger is active
    progress_bar: bool  # the trainer shows progress bars (trainer.enable_progress_bar)


def resume_checkpoint(stage: StageFit, every_n_steps: int) -> ModelCheckpoint:
    """last.ckpt in the stage's checkpoint directory: the latest state every `every_n_steps` optimizer steps (0:
    every epoch) and at the end of training; what a killed stage resumes from, and the weights of a stage
    without validation data."""
    return ModelCheckpoint(dirpath=str(stage.ckpt_dir), monitor=None, save_top_k=0, save_last=True,
                           every_n_train_steps=int(every_n_steps) or None, enable_version_counter=False)


def saves_resume_point(callback: Callback, ckpt_dir: Path) -> bool:
    """True for a checkpoint callback that keeps last.ckpt in `ckpt_dir` up to date."""
    return (isinstance(callback, ModelCheckpoint) and bool(callback.save_last) and callback.dirpath is not None
            and Path(callback.dirpath).resolve() == Path(ckpt_dir).resolve())


def lr_monitor(stage: StageFit, logging_interval: str) -> LearningRateMonitor | None:
    """The learning rate of every parameter group (`lr-AdamW/pg1`, ...) in the stage's loggers; nothing when
    none is active (Lightning's monitor refuses a trainer without one)."""
    return LearningRateMonitor(logging_interval=logging_interval) if stage.logged else None


def rich_available() -> bool:
    return importlib.util.find_spec("rich") is not None


def progress(stage: StageFit, every_s: float) -> Callback | None:
    """Rich's progress bar when the trainer shows bars (None, Lightning's own bar, without `rich`); plain log
    lines otherwise."""
    if not stage.progress_bar:
        return PlainProgress(stage.name, every_s)
    if rich_available():
        from pytorch_lightning.callbacks import RichProgressBar

        return RichProgressBar()
    return None


class ResumeState(Callback):
    """Saves and restores the data loader's position inside its epoch and the random state with each checkpoint."""

    def __init__(self) -> None:
        self._loader_state: dict[str, int] | None = None

    @staticmethod
    def _sampler(trainer: pl.Trainer) -> Any:
        return getattr(trainer.train_dataloader, "batch_sampler", None)

    def on_train_batch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule, outputs: Any, batch: Any,
                           batch_idx: int) -> None:
        # the loader's resume position counts trained batches only (prefetching runs the sampler ahead); this runs
        # before the checkpoint callbacks (Lightning calls those last), so a saved position includes this batch
        sampler = self._sampler(trainer)
        if hasattr(sampler, "mark_consumed"):
            sampler.mark_consumed()

    def on_train_start(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        state, self._loader_state = self._loader_state, None
        sampler = self._sampler(trainer)
        if state and hasattr(sampler, "load_state_dict"):
            sampler.load_state_dict(state)

    def on_save_checkpoint(self, trainer: pl.Trainer, pl_module: pl.LightningModule,
                           checkpoint: dict[str, Any]) -> None:
        checkpoint["xlt_rng"] = rng.capture()

    def on_load_checkpoint(self, trainer: pl.Trainer, pl_module: pl.LightningModule,
                           checkpoint: dict[str, Any]) -> None:
        # Lightning restores loader states only if the loader did not exist yet, but configure_optimizers
        # (estimated_stepping_batches) creates it first: kept here and applied in on_train_start
        states = checkpoint.get("loops", {}).get("fit_loop", {}).get("state_dict", {}).get("combined_loader")
        self._loader_state = states[0] if states else None
        if state := checkpoint.get("xlt_rng"):
            rng.restore(state)


class ValidationF1(Callback):
    """`val/f1`, `val/precision` and `val/recall` of each validation: entity scores of the module's argmax tags on
    the validation windows, counted as the module's `metric_mode` says (what a validated stage is selected by)."""

    def __init__(self) -> None:
        self.metric: EntityF1 | None = None

    def setup(self, trainer: pl.Trainer, pl_module: pl.LightningModule, stage: str) -> None:
        self.metric = EntityF1(pl_module.metric_mode)

    def on_validation_batch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule, outputs: Any, batch: Any,
                                batch_idx: int, dataloader_idx: int = 0) -> None:
        self.metric.update(outputs, batch["labels"])  # outputs: the batch's logits (validation_step)

    def on_validation_epoch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        scores = self.metric.compute()
        self.metric.reset()
        for key in ("f1", "precision", "recall"):
            pl_module.log(f"val/{key}", scores[key], prog_bar=key == "f1", sync_dist=False)


class PlainProgress(Callback):
    def __init__(self, stage: str, every_s: float) -> None:
        self.stage = stage
        self.every_s = float(every_s)
        self._t0 = self._last = 0.0

    def on_train_start(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        self._t0 = self._last = time.monotonic()
        log.info("%s: training %s optimizer steps", self.stage, self._total(trainer))

    def on_train_batch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule, outputs: Any, batch: Any,
                           batch_idx: int) -> None:
        now = time.monotonic()
        if now - self._last < self.every_s:
            return
        self._last = now
        step, total = trainer.global_step, self._total(trainer)
        loss = trainer.callback_metrics.get("train/loss")
        rate = step / max(now - self._t0, 1e-9)
        eta = (total - step) / rate if isinstance(total, int) and rate > 0 else float("nan")
        log.info("%s: step %d/%s (%.0f%%) loss %s, %.2f steps/s, ~%.0f s left", self.stage, step, total,
                 100 * step / total if isinstance(total, int) and total else 0,
                 f"{float(loss):.4f}" if loss is not None else "n/a", rate, eta)

    def on_validation_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        f1 = trainer.callback_metrics.get("val/f1")
        if f1 is not None and not trainer.sanity_checking:
            log.info("%s: step %d, val/f1 %.4f", self.stage, trainer.global_step, float(f1))

    def on_train_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        log.info("%s: %d steps in %.0f s", self.stage, trainer.global_step, time.monotonic() - self._t0)

    @staticmethod
    def _total(trainer: pl.Trainer) -> int | str:
        total = trainer.estimated_stepping_batches
        return int(total) if total != float("inf") else "?"

"""Progress without a terminal: a few plain log lines per stage instead of tqdm's carriage returns.

On a TTY the trainer shows Lightning's progress bars (`progress.bar`, true by default only when stderr is
a terminal). Elsewhere (SLURM logs, CI, files, joblib workers) bars would flood the log, so this callback
logs one line every `every_s` seconds and one at the end of each stage.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

import pytorch_lightning as pl
from pytorch_lightning.callbacks import Callback

log = logging.getLogger("xlt.progress")


def stderr_is_tty() -> bool:
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


class PlainProgress(Callback):
    def __init__(self, stage: str, every_s: float = 30.0) -> None:
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

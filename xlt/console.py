"""What a run prints: xlt's log lines and results, not third-party chatter.

Warnings are mended at their cause in xlt's code (an explicit `weights_only`, a logging interval that fits the
epoch, a validation that runs before `max_steps` ends it). What cannot be mended from here is silenced below,
each message exactly and with the reason; `quiet()` is called where a process starts work (every command line
and every Hydra job, joblib workers included).
"""

from __future__ import annotations

import logging
import warnings

# (category, message regex, why it cannot be mended in xlt)
SILENCED_WARNINGS: tuple[tuple[type[Warning], str, str], ...] = (
    (FutureWarning, r"`isinstance\(treespec, LeafSpec\)` is deprecated",
     "Lightning 2.6's own utilities/_pytree.py builds torch's deprecated LeafSpec on every batch it moves; "
     "no argument of ours selects it"),
    (UserWarning, r"You defined a `validation_step` but have no `val_dataloader`",
     "one TaggerModule serves the teacher (validated on source dev) and the student, which has no validation "
     "data unless student.select=target_dev: training it without validation is the protocol, not a mistake"),
)

# Lightning's INFO lines on every fit (GPU/TPU available, tips to install its cloud products, `Trainer.fit`
# stopped, "Loading `train_dataloader`..."): they say nothing about the cell and bury its table. Its warnings are
# Python warnings and still show; its errors still raise.
CHATTY_LOGGERS = ("pytorch_lightning.utilities.rank_zero", "lightning_fabric.utilities.rank_zero")


def quiet() -> None:
    """Silence exactly the third-party messages above in this process (idempotent)."""
    for category, message, _why in SILENCED_WARNINGS:
        warnings.filterwarnings("ignore", message=message, category=category)
    for name in CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    # transformers 5 draws a "Loading weights" tqdm bar for every from_pretrained (a teacher, a student, each
    # reload): a bar per load on a terminal, a garbled line in a log file; the cell's own lines say what loads
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

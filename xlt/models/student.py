"""The student: a tagger trained on the target language's unlabeled text to match the frozen teacher's outputs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch

from xlt.models.losses import build_loss
from xlt.models.module import TaggerModule


class Student(TaggerModule):
    """Learns the target language from the frozen teacher's logits on first sub-tokens (distill/)."""

    def __init__(self, *args: Any, distill: Mapping[str, Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # saves `distill` too: Lightning collects the subclass's init args
        self.distill_loss = build_loss(distill)  # conf/distill/*.yaml: a function and its parameters

    def training_loss(self, logits: torch.Tensor, batch: Mapping[str, torch.Tensor]) -> torch.Tensor:
        student = logits[batch["word_mask"]]
        return self.distill_loss(student, batch["teacher_logits"].to(student.dtype))

"""The teacher: the backbone + tag head fine-tuned on the labeled source language."""

from __future__ import annotations

from collections.abc import Mapping

import torch
import torch.nn.functional as F

from xlt.models.module import TaggerModule


class Teacher(TaggerModule):
    """Learns the source language from gold labels on first sub-tokens (cross-entropy, -100 ignored)."""

    stage = "teacher"

    def training_loss(self, logits: torch.Tensor, batch: Mapping[str, torch.Tensor]) -> torch.Tensor:
        return F.cross_entropy(logits.flatten(0, 1), batch["labels"].flatten(), ignore_index=-100)

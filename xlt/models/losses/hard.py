"""Cross-entropy on the teacher's argmax where its confidence reaches a threshold (CoLaDa-style hard labels;
UniTrans filters hard labels the same way)."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from xlt.errors import ConfigError


def hard_loss(student_logits: torch.Tensor, teacher_logits: torch.Tensor, threshold: float) -> torch.Tensor:
    """Cross-entropy on the teacher's argmax, only where the teacher's top probability >= threshold.

    Averaged over the kept positions; zero (with a gradient path) when none is kept.
    """
    if not 0.0 <= float(threshold) <= 1.0:
        raise ConfigError(f"distill.threshold must lie in [0, 1], got {threshold}")
    probs = F.softmax(teacher_logits, dim=-1)
    confidence, pseudo = probs.max(-1)
    keep = confidence >= threshold
    if not bool(keep.any()):
        return student_logits.sum() * 0.0
    return F.cross_entropy(student_logits[keep], pseudo[keep])

"""Softmax MSE (TSL, UniTrans, AdvPicker): the default distillation loss."""

from __future__ import annotations

import torch
import torch.nn.functional as F


def mse_loss(student_logits: torch.Tensor, teacher_logits: torch.Tensor) -> torch.Tensor:
    """Squared error between the two softmax distributions, averaged over positions AND classes, exactly as
    their `nn.MSELoss(reduction="mean")` on (N, C) probabilities."""
    return F.mse_loss(F.softmax(student_logits, dim=-1), F.softmax(teacher_logits, dim=-1))

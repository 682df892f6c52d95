"""Distillation losses: the student's logits against the frozen teacher's, on first sub-tokens only.

Each function takes the logits of the N word positions of a batch, shape (N, C), and returns the mean
over those positions. The names are the `distill.name` values of conf/distill/.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
import torch.nn.functional as F

from xlt.errors import ConfigError


def mse_loss(student_logits: torch.Tensor, teacher_logits: torch.Tensor) -> torch.Tensor:
    """TSL/UniTrans/AdvPicker: squared error between the two softmax distributions, averaged over
    positions AND classes, exactly as their `nn.MSELoss(reduction="mean")` on (N, C) probabilities."""
    return F.mse_loss(F.softmax(student_logits, dim=-1), F.softmax(teacher_logits, dim=-1))


def kl_loss(student_logits: torch.Tensor, teacher_logits: torch.Tensor, temperature: float = 1.0) -> torch.Tensor:
    """Hinton et al.: KL(teacher_T || student_T) scaled by T^2 so gradients keep their size as T grows."""
    t = float(temperature)
    log_p_teacher = F.log_softmax(teacher_logits / t, dim=-1)
    log_p_student = F.log_softmax(student_logits / t, dim=-1)
    kl = (log_p_teacher.exp() * (log_p_teacher - log_p_student)).sum(-1)
    return kl.mean() * t * t


def hard_loss(student_logits: torch.Tensor, teacher_logits: torch.Tensor, threshold: float = 0.0) -> torch.Tensor:
    """Cross-entropy on the teacher's argmax, only where the teacher's top probability >= threshold.

    Averaged over the kept positions; zero (with a gradient path) when none is kept.
    """
    probs = F.softmax(teacher_logits, dim=-1)
    confidence, pseudo = probs.max(-1)
    keep = confidence >= threshold
    if not bool(keep.any()):
        return student_logits.sum() * 0.0
    return F.cross_entropy(student_logits[keep], pseudo[keep])


DistillLoss = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


def make_distill_loss(name: str, temperature: float = 1.0, threshold: float = 0.0) -> DistillLoss:
    """The loss a `distill/` config names, with its hyper-parameter bound."""
    if name == "mse":
        return mse_loss
    if name == "kl":
        if temperature <= 0:
            raise ConfigError(f"distill.temperature must be > 0, got {temperature}")
        return lambda s, t: kl_loss(s, t, temperature)
    if name == "hard":
        if not 0.0 <= threshold <= 1.0:
            raise ConfigError(f"distill.threshold must lie in [0, 1], got {threshold}")
        return lambda s, t: hard_loss(s, t, threshold)
    raise ConfigError(f"distill.name={name!r} is unknown; valid: hard, kl, mse")

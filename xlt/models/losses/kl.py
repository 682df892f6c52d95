"""KL(teacher_T || student_T) at temperature T, scaled by T^2 (Hinton et al. 2015)."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from xlt.errors import ConfigError


def kl_loss(student_logits: torch.Tensor, teacher_logits: torch.Tensor, temperature: float) -> torch.Tensor:
    """Mean over positions of KL(teacher_T || student_T), times T^2 so gradients keep their size as T grows."""
    t = float(temperature)
    if not t > 0:
        raise ConfigError(f"distill.temperature must be > 0, got {temperature}")
    log_p_teacher = F.log_softmax(teacher_logits / t, dim=-1)
    log_p_student = F.log_softmax(student_logits / t, dim=-1)
    kl = (log_p_teacher.exp() * (log_p_teacher - log_p_student)).sum(-1)
    return kl.mean() * t * t

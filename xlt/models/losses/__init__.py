"""Distillation losses: the student's logits against the frozen teacher's, on first sub-tokens only.

One loss per module of this package. A loss is a plain function `loss(student_logits, teacher_logits, **params)`
on the (N, C) logits of the N word positions of a batch that returns the mean over those positions.
`conf/distill/<name>.yaml` names it with `_target_` (and `_partial_: true`) and holds its parameters, so adding a
loss is one function and one YAML; the YAML files are the list of losses. `build_loss` builds it once, at the
cell's start (xlt.config.validate): it checks the parameters against the function's signature and calls it once
on a tiny input, so that a misspelt or impossible setting fails before any training; the student receives the
callable.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any

import torch
from hydra.utils import get_method

from xlt.errors import ConfigError, XltError
from xlt.targets import check_target, instantiate

DistillLoss = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


def build_loss(distill: Mapping[str, Any]) -> DistillLoss:
    """The loss a `distill` config describes, with its parameters bound (checked before any training)."""
    spec = {k: v for k, v in dict(distill).items() if k != "name"}
    spec.setdefault("_partial_", True)
    if not spec.get("_target_"):
        raise ConfigError(f"distill={distill.get('name')!r} names no loss: conf/distill/<name>.yaml needs "
                          "`_target_: <module>.<function>` and `_partial_: true`")
    check_target("distill._target_", spec["_target_"])  # before its module is even imported
    try:
        fn = get_method(str(spec["_target_"]))
    except Exception as err:  # hydra raises its own ImportError subclasses
        raise ConfigError(f"distill._target_={spec['_target_']!r} cannot be imported: {err}") from None
    names = list(inspect.signature(fn).parameters)[2:]  # after (student_logits, teacher_logits)
    unknown = sorted(k for k in spec if not k.startswith("_") and k not in names)
    if unknown:
        raise ConfigError(f"distill.{unknown[0]} is not a parameter of the {distill.get('name')} loss "
                          f"({spec['_target_']}); valid: {', '.join(names) or 'none'}")
    loss = instantiate(spec, "distill")
    try:  # one call on a tiny input: an impossible value (temperature <= 0, threshold > 1) fails now
        loss(torch.zeros(1, 2), torch.zeros(1, 2))
    except XltError:
        raise
    except (TypeError, ValueError) as err:
        raise ConfigError(f"distill ({distill.get('name')}): {err}; check distill.{', distill.'.join(names)}") from None
    return loss

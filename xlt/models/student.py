"""The student: a tagger trained on the target language's unlabeled text to match the frozen teacher's outputs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch

from xlt.models.losses import DistillLoss
from xlt.models.module import TaggerModule


class Student(TaggerModule):
    """Learns the target language from the frozen teacher's logits on first sub-tokens, with a loss of distill/."""

    stage = "student"

    def __init__(self, model: Mapping[str, Any], recipe: Mapping[str, Any], metric_mode: str = "conlleval",
                 cache_dir: str | None = None, *, distill: Mapping[str, Any],
                 loss: DistillLoss | None = None) -> None:
        """`loss`: the distillation loss, built once from `distill` (xlt.models.losses.build_loss), what training
        needs; `distill`: its config, which checkpoints record (which loss trained the student). A student loaded
        for inference has no loss."""
        super().__init__(model, recipe, metric_mode, cache_dir)  # `distill` is saved with the hyper-parameters
        self.distill_loss = loss

    def init_from_teacher(self, teacher: TaggerModule) -> None:
        """`student.init=teacher`: the teacher's weights. Checkpoints may still leave out the weights the student
        keeps frozen if the teacher kept them frozen too, at their pretrained values."""
        own, theirs = self.tagger.state_dict(), teacher.tagger.state_dict()
        frozen = [n for n, p in self.tagger.named_parameters() if not p.requires_grad]
        unchanged = all(torch.equal(own[n], theirs[n]) for n in frozen)
        self.tagger.load_state_dict(theirs)
        self._set_slim_checkpoints(frozen_pretrained=unchanged)

    def training_loss(self, logits: torch.Tensor, batch: Mapping[str, torch.Tensor]) -> torch.Tensor:
        if self.distill_loss is None:
            raise RuntimeError("this student was built without its distillation loss (loaded for inference): "
                               "training needs Student(..., loss=build_loss(distill))")
        student = logits[batch["word_mask"]]
        return self.distill_loss(student, batch["teacher_logits"].to(student.dtype))

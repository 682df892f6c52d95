"""The LightningModule the teacher and the student share: backbone + tag head, optimiser and schedule, slim
checkpoints that record their stage. They differ only in `training_loss` (xlt.models.teacher, xlt.models.student).
The validation F1 (`val/f1`) is the training's (xlt.training.callbacks.ValidationF1): this module hands it the
logits of each validation batch."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytorch_lightning as pl
import torch
from torch import nn
from transformers import get_linear_schedule_with_warmup

from xlt.models.backbones import build_backbone, freeze
from xlt.models.labels import NUM_LABELS
from xlt.models.tagger import TokenTagger

NO_DECAY = ("bias", "LayerNorm.weight", "layer_norm.weight", "layernorm.weight", "ln_f.weight", "norm.weight")
# the checkpoint entries xlt adds to Lightning's: the names of the frozen weights a slim checkpoint leaves out, and
# which stage's module it holds (teacher | student)
FROZEN_KEY = "xlt_frozen_from_pretrained"
STAGE_KEY = "xlt_stage"


class TaggerModule(pl.LightningModule):
    """A backbone + tag head with AdamW and linear warmup/decay, validated by entity F1 counted as `metric_mode`
    says."""

    stage: str  # teacher | student: recorded in its checkpoints (STAGE_KEY), how loading tells them apart
    fused_optimizer = True  # `perf.fused_optimizer` (use_perf_options)

    def __init__(
        self,
        model: Mapping[str, Any],
        recipe: Mapping[str, Any],
        metric_mode: str = "conlleval",
        cache_dir: str | None = None,
    ) -> None:
        super().__init__()
        self.save_hyperparameters(ignore=["loss"])  # a student's loss callable: its config (`distill`) is saved
        backbone = build_backbone(model, cache_dir or ".")
        self.tokenizer = backbone.tokenizer
        self.causal = backbone.causal
        freeze(backbone.encoder, bool(recipe["freeze_embeddings"]), int(recipe["freeze_layers"]))
        self.tagger = TokenTagger(backbone, NUM_LABELS, float(recipe["dropout"]))
        self.metric_mode = metric_mode  # how the validation F1 counts entities (conlleval | strict)
        self._set_slim_checkpoints(frozen_pretrained=recipe.get("init") in (None, "pretrained"))
        self._loss_sum, self._loss_n = 0.0, 0  # train/loss since it was last logged (see _log_train_loss)
        self.train()  # from_pretrained returns eval mode; Lightning keeps whatever mode it finds

    @property
    def pad_id(self) -> int:
        return int(self.tokenizer.pad_token_id)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.tagger(input_ids, attention_mask)

    def training_loss(self, logits: torch.Tensor, batch: Mapping[str, torch.Tensor]) -> torch.Tensor:
        raise NotImplementedError

    def training_step(self, batch: Mapping[str, torch.Tensor], batch_idx: int) -> torch.Tensor:
        logits = self(batch["input_ids"], batch["attention_mask"])
        loss = self.training_loss(logits, batch)
        self._log_train_loss(loss)
        return loss

    def _log_train_loss(self, loss: torch.Tensor) -> None:
        """`train/loss`: the mean over the last `log_every_n_steps` steps, logged once per interval.

        The running sum stays on the device (no host-device sync per step); Lightning only reads it when
        it writes the loggers, so a GPU step never waits for the loss to reach the host.
        """
        self._loss_sum = self._loss_sum + loss.detach()
        self._loss_n += 1
        if (self.global_step + 1) % max(int(self.trainer.log_every_n_steps), 1) == 0:
            self.log("train/loss", self._loss_sum / self._loss_n, on_step=True, on_epoch=False, prog_bar=True,
                     batch_size=1)
            self._loss_sum, self._loss_n = 0.0, 0

    def validation_step(self, batch: Mapping[str, torch.Tensor], batch_idx: int) -> torch.Tensor:
        """The batch's logits, for the validation F1 (xlt.training.callbacks.ValidationF1)."""
        return self(batch["input_ids"], batch["attention_mask"])

    def configure_optimizers(self) -> dict[str, Any]:
        recipe = self.hparams["recipe"]
        lr = float(recipe["lr"])
        head_lr = float(recipe["head_lr"] or lr)
        wd = float(recipe["weight_decay"])
        decay, no_decay = [], []
        for name, p in self.tagger.encoder.named_parameters():
            if p.requires_grad:
                (no_decay if name.endswith(NO_DECAY) or p.ndim == 1 else decay).append(p)
        groups = [
            {"params": decay, "lr": lr, "weight_decay": wd},
            {"params": no_decay, "lr": lr, "weight_decay": 0.0},
            {"params": list(self.tagger.head.parameters()), "lr": head_lr, "weight_decay": 0.0},
        ]
        optimizer = torch.optim.AdamW([g for g in groups if g["params"]], lr=lr,
                                      **(_fast_adamw(self.parameters()) if self.fused_optimizer else {}))
        total = int(self.trainer.estimated_stepping_batches)
        warmup = int(float(recipe["warmup_ratio"]) * total)
        scheduler = get_linear_schedule_with_warmup(optimizer, warmup, total)
        return {"optimizer": optimizer, "lr_scheduler": {"scheduler": scheduler, "interval": "step"}}

    def configure_gradient_clipping(self, optimizer: torch.optim.Optimizer, gradient_clip_val: float | None = None,
                                    gradient_clip_algorithm: str | None = None) -> None:
        """Norm clipping with one multi-tensor norm (Lightning's default loops over the ~200 tensors on CPU)."""
        if not gradient_clip_val:
            return
        if gradient_clip_algorithm not in (None, "norm"):
            return self.clip_gradients(optimizer, gradient_clip_val, gradient_clip_algorithm)
        params = [p for group in optimizer.param_groups for p in group["params"] if p.grad is not None]
        torch.nn.utils.clip_grad_norm_(params, float(gradient_clip_val), foreach=True)

    def use_perf_options(self, fused_optimizer: bool, compile_encoder: bool) -> None:
        """`perf.*`: AdamW's fused kernel, torch.compile of the encoder; neither changes the recipe."""
        self.fused_optimizer = fused_optimizer
        if compile_encoder and not getattr(self.tagger.encoder, "_compiled_call_impl", None):
            # in place (nn.Module.compile): parameter names, hence checkpoints, stay those of the plain model
            self.tagger.encoder.compile(dynamic=True)

    def _set_slim_checkpoints(self, frozen_pretrained: bool) -> None:
        """Which weights a checkpoint may leave out: the frozen ones, when they are the pretrained weights a fresh
        build of the backbone loads again (`frozen_pretrained`: not copied from a teacher that changed them; never
        for a randomly initialised backbone). For e5small that is 96M of its 118M parameters; loading refills them
        (fill_frozen)."""
        self.slim_checkpoints = frozen_pretrained and not self.hparams["model"].get("random_init")

    def on_save_checkpoint(self, checkpoint: dict[str, Any]) -> None:
        if self.slim_checkpoints:
            frozen = [n for n, p in self.named_parameters() if not p.requires_grad]
            for name in frozen:
                checkpoint["state_dict"].pop(name, None)
            checkpoint[FROZEN_KEY] = frozen
        checkpoint[STAGE_KEY] = self.stage

    def on_load_checkpoint(self, checkpoint: dict[str, Any]) -> None:
        fill_frozen(self, checkpoint)

    def load_weights(self, ckpt_path: str | Path) -> None:
        """Load the weights of one of this module's Lightning checkpoints (slim or full)."""
        checkpoint = torch.load(ckpt_path, map_location="cpu", weights_only=False)
        fill_frozen(self, checkpoint)
        self.load_state_dict(checkpoint["state_dict"])


def _fast_adamw(params: Any) -> dict[str, bool]:
    """AdamW's fused kernel (one pass over each tensor instead of ~10 elementwise ops) where torch has one:
    CPU and CUDA float parameters; otherwise torch's default (foreach)."""
    params = [p for p in params if p.requires_grad]
    ok = bool(params) and all(p.device.type in ("cpu", "cuda") and p.is_floating_point() for p in params)
    return {"fused": True} if ok else {}


def fill_frozen(module: nn.Module, checkpoint: dict[str, Any]) -> None:
    """Put the frozen pretrained weights a slim checkpoint left out back from the freshly built module."""
    names = checkpoint.get(FROZEN_KEY) or ()
    if names:
        own = module.state_dict()
        for name in names:
            checkpoint["state_dict"].setdefault(name, own[name])

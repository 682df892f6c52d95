"""What a finished fit keeps in memory: its trained weights, nothing of training. Gradients and the optimizer's
moments are dead weight for every later evaluation, soft-label pass and the student's training (for BLOOM-560m
~3 GB: bench/results/throughput_arch.md measured the evaluation peak 1.6 GB above the training peak while they
stayed alive)."""

from __future__ import annotations

import gc
import weakref

import torch


def test_a_finished_fit_keeps_no_gradients_no_optimizer_and_no_trainer(make_cfg, tmp_path):
    import pytorch_lightning as pl

    from tests.conftest import CELL, TINY_FILES
    from xlt.config import to_dict
    from xlt.data.conll import read_conll
    from xlt.models.teacher import Teacher
    from xlt.training.fit import fit_stage
    from xlt.training.stages import windows_for

    optimizers: list[weakref.ref] = []

    class Watched(Teacher):
        def configure_optimizers(self):
            built = super().configure_optimizers()
            optimizers.append(weakref.ref(built["optimizer"]))
            return built

    cfg = make_cfg(TINY_FILES + ["logger=none", "teacher.epochs=1", "teacher.batch_size=2"])
    pl.seed_everything(0)
    teacher = Watched(to_dict(cfg.model), to_dict(cfg.teacher), cfg.metric.mode, str(cfg.paths.cache_dir))
    before = {n: p.detach().clone() for n, p in teacher.named_parameters() if p.requires_grad}
    fit_stage(teacher, cfg, to_dict(cfg.teacher), windows_for(teacher, read_conll(CELL / "en.train.conll"), cfg),
              None, tmp_path / "ckpt", [], tmp_path)
    gc.collect()
    assert any(not torch.equal(before[n], p) for n, p in teacher.named_parameters() if n in before)  # it trained
    assert [n for n, p in teacher.named_parameters() if p.grad is not None] == []
    assert teacher._trainer is None
    assert len(optimizers) == 1 and optimizers[0]() is None, "the AdamW state outlived the fit"

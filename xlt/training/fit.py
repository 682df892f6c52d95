"""Fit one stage (teacher or student) with Lightning: checkpoints to select from and to resume from."""

from __future__ import annotations

import gc
import logging
import os
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytorch_lightning as pl
import torch
from omegaconf import DictConfig
from pytorch_lightning.callbacks import Callback, ModelCheckpoint

from xlt.config import build_entries
from xlt.data.batching import make_eval_loader, make_train_loader, pad_multiple
from xlt.data.encode import Window
from xlt.errors import ConfigError
from xlt.evaluation.scoring import predict_kwargs
from xlt.models.module import TaggerModule
from xlt.runtime import resolve_device
from xlt.targets import instantiate
from xlt.training.callbacks import ResumeState, StageFit, ValidationF1, saves_resume_point
from xlt.training.loggers import continue_runs

log = logging.getLogger(__name__)

RESUME_NAME = ModelCheckpoint.CHECKPOINT_NAME_LAST  # "last"


def best_checkpoint(ckpt_dir: Path) -> ModelCheckpoint:
    """best.ckpt: the highest `val/f1` of a stage with validation data, the weights it is selected by. Part of the
    recipe, not of conf/callbacks/ (whose options change no result): always on."""
    return ModelCheckpoint(dirpath=str(ckpt_dir), filename="best", monitor="val/f1", mode="max", save_top_k=1,
                           enable_version_counter=False)


def configured_callbacks(cfg: DictConfig, name: str, ckpt_dir: Path, logged: bool) -> list[Callback]:
    """The callbacks of conf/callbacks/ (`cfg.callbacks`) for a stage; when runs resume (`resume: true`) one of
    them must keep last.ckpt in the stage's checkpoint directory."""
    stage = StageFit(name, ckpt_dir, logged, bool(cfg.trainer.enable_progress_bar))
    callbacks = build_entries(cfg.get("callbacks"), "callbacks", Callback, stage=stage)
    if cfg.resume and not any(saves_resume_point(c, ckpt_dir) for c in callbacks):
        raise ConfigError("no entry of `callbacks` keeps last.ckpt, so a killed stage could not resume: keep "
                          "callbacks.resume_checkpoint (every option of conf/callbacks/ has it) or set resume=false")
    return callbacks


def readable_checkpoint(path: Path) -> bool:
    """True if `path` holds a loadable checkpoint; a damaged one (e.g. copied half-way) is set aside, so the
    stage starts afresh with a warning instead of failing on every rerun."""
    if not path.is_file():
        return False
    try:
        torch.load(path, map_location="cpu", weights_only=False, mmap=True)
        return True
    except Exception as err:  # truncated zip, foreign pickle...
        broken = path.with_name(path.name + ".broken")
        os.replace(path, broken)
        log.warning("%s is unreadable (%s): moved to %s, training this stage from the start", path, err, broken)
        return False


def inference_device(cfg: DictConfig) -> str:
    """Where a run's evaluations and soft-label passes go: its trainer's accelerator (Lightning hands the trained
    module back on the CPU, which would otherwise run every evaluation of a GPU run on the CPU)."""
    return resolve_device(str(cfg.trainer.accelerator))


def trainer_precision(cfg: DictConfig) -> str:
    """The Lightning precision of the run: it changes trained weights and inference outputs alike."""
    return str(cfg.trainer.precision)


def run_predict_kwargs(cfg: DictConfig) -> dict[str, Any]:
    """`predict_sentences` keyword arguments of a run: its data settings, cache, precision and device."""
    return predict_kwargs(cfg, trainer_precision(cfg), inference_device(cfg))


def fit_stage(
    module: TaggerModule,
    cfg: DictConfig,
    recipe: Mapping[str, Any],
    train_windows: Sequence[Window],
    val_windows: Sequence[Window] | None,
    ckpt_dir: Path,
    loggers: list,
    default_root_dir: Path,
) -> str:
    """Train `module` (resuming from `ckpt_dir/last.ckpt` if a killed run left one), restore the selected
    weights (best `val/f1` when there is validation data, else the last) and return their checkpoint path."""
    select = bool(val_windows)
    module.use_perf_options(bool(cfg.perf.fused_optimizer), bool(cfg.perf.compile))
    best = best_checkpoint(ckpt_dir) if select else None
    callbacks = [ResumeState(), *([ValidationF1(), best] if best else []),
                 *configured_callbacks(cfg, type(module).__name__.lower(), ckpt_dir, bool(loggers))]
    gpu = inference_device(cfg) == "cuda"  # pinned batches (asynchronous copies), shapes in multiples of 8
    train_loader = make_train_loader(train_windows, int(recipe["batch_size"]), module.pad_id, seed=int(recipe["seed"]),
                                     group_by_length=bool(cfg.data.group_by_length),
                                     num_workers=int(cfg.data.num_workers), pin_memory=gpu,
                                     pad_multiple=pad_multiple(gpu))
    val_loader = (make_eval_loader(val_windows, int(cfg.data.eval_batch_size), module.pad_id, pin_memory=gpu,
                                   pad_multiple=pad_multiple(gpu)) if select else None)
    trainer: pl.Trainer = instantiate(
        cfg.trainer,
        "trainer",
        **schedule(recipe, len(train_loader), select, int(cfg.trainer.log_every_n_steps)),
        gradient_clip_val=recipe.get("grad_clip"),
        callbacks=callbacks,
        logger=loggers or False,
        default_root_dir=str(default_root_dir),
    )
    resume = ckpt_dir / f"{RESUME_NAME}.ckpt"
    ckpt_path = str(resume) if cfg.resume and readable_checkpoint(resume) else None
    if ckpt_path:
        log.info("resuming %s from %s", type(module).__name__.lower(), ckpt_path)
    continue_runs(loggers, ckpt_dir, resuming=ckpt_path is not None)
    with warnings.catch_warnings():
        if ckpt_path:  # the directory holds this stage's own last.ckpt (and best.ckpt): what resuming continues
            warnings.filterwarnings("ignore", message=r"Checkpoint directory .* exists and is not empty",
                                    category=UserWarning)
        trainer.fit(module, train_dataloaders=train_loader, val_dataloaders=val_loader, ckpt_path=ckpt_path)
    # the final state, always: Lightning's save_last skips it when an earlier periodic save already happened
    trainer.save_checkpoint(str(resume), weights_only=False)  # the whole state: what a resume needs
    path = best.best_model_path if best and Path(best.best_model_path).is_file() else str(resume)
    module.load_weights(path)
    release_training_state(module, trainer)
    return path


def schedule(recipe: Mapping[str, Any], batches: int, select: bool, log_every: int) -> dict[str, Any]:
    """The Trainer's length, validation and logging intervals for a recipe on an epoch of `batches` batches.
    A validated stage that `max_steps` ends inside its first validation interval validates at its last step (else
    nothing would select it); logging happens at least once per epoch."""
    max_steps = int(recipe["max_steps"])
    interval = recipe["val_check_interval"] if select else None
    if select and 0 < max_steps < float(interval) * batches:
        interval = max_steps  # an int: every `max_steps` batches, i.e. once, at the end
    return {"max_epochs": int(recipe["epochs"]) if int(recipe["epochs"]) > 0 else -1, "max_steps": max_steps,
            "val_check_interval": interval, "log_every_n_steps": max(1, min(log_every, batches))}


def release_training_state(module: TaggerModule, trainer: pl.Trainer) -> None:
    """Drop what only training needs once a fit ends: the gradients, and the optimizer and scheduler, which the module
    would otherwise keep alive through its `trainer` link. Every later evaluation, soft-label pass and the student's
    training then run without them (BLOOM-560m: ~1 GB of gradients and ~2 GB of AdamW moments)."""
    module.zero_grad(set_to_none=True)
    trainer.strategy.optimizers = []
    trainer.strategy.lr_scheduler_configs = []
    module.trainer = None
    gc.collect()

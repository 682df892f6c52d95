"""Loading a saved teacher or student checkpoint (either kind, slim or full) for inference, and the part of a
training checkpoint that loading needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from xlt.errors import ConfigError
from xlt.models.module import FROZEN_KEY, STAGE_KEY, TaggerModule
from xlt.models.student import Student
from xlt.models.teacher import Teacher
from xlt.rng import rng_untouched

STAGES: dict[str, type[TaggerModule]] = {cls.stage: cls for cls in (Teacher, Student)}
# what a checkpoint kept for inference holds of a Lightning checkpoint: weights (slim) and what loading needs
INFERENCE_KEYS = ("state_dict", "hyper_parameters", "pytorch-lightning_version", FROZEN_KEY, STAGE_KEY)


def load_tagger_module(ckpt_path: str | Path, cache_dir: str | None = None) -> TaggerModule:
    """A teacher or student from a Lightning checkpoint of xlt, on CPU, in eval mode. Loading draws no random
    number the caller sees (rng_untouched): a student initialised from its teacher trains the same whether the
    teacher was loaded just now or earlier in the process (a cell whose zero-shot and soft labels came from the
    store loads it only then)."""
    path = Path(ckpt_path).expanduser()
    if not path.is_file():
        raise ConfigError(f"ckpt_path={str(path)!r} does not exist: point it at a run's checkpoints/*/*.ckpt")
    try:
        checkpoint = torch.load(path, map_location="cpu", weights_only=False)
    except Exception as err:  # a truncated or foreign file
        raise ConfigError(f"ckpt_path={str(path)!r} is not a readable checkpoint: {err}") from err
    if "model" not in checkpoint.get("hyper_parameters", {}):
        raise ConfigError(f"{path} is not an xlt teacher/student checkpoint (no model hyper-parameters)")
    stage = stage_of(checkpoint)
    if stage not in STAGES:
        raise ConfigError(f"{path} holds a module of stage {stage!r}; xlt loads {' and '.join(STAGES)} checkpoints")
    extra = {"cache_dir": str(cache_dir)} if cache_dir else {}
    with rng_untouched():  # the fresh module's random initialisation is overwritten by the checkpoint anyway
        module = STAGES[stage].load_from_checkpoint(str(path), map_location="cpu", **extra)
    return module.eval()


def stage_of(checkpoint: dict[str, Any]) -> str:
    """The stage whose module a checkpoint holds, as it records it; a checkpoint written before checkpoints recorded
    their stage is a student's when its hyper-parameters name a distillation loss."""
    return checkpoint.get(STAGE_KEY) or ("student" if "distill" in checkpoint["hyper_parameters"] else "teacher")


def save_for_inference(ckpt_path: str | Path, out: Path) -> None:
    """Write to `out` what loading needs of a training checkpoint: no optimizer or loop state."""
    checkpoint = torch.load(ckpt_path, map_location="cpu", weights_only=False)
    torch.save({k: checkpoint[k] for k in INFERENCE_KEYS if k in checkpoint}, out)

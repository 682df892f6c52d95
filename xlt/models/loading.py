"""Loading a saved teacher or student checkpoint (either kind, slim or full) for inference."""

from __future__ import annotations

from pathlib import Path

import torch

from xlt.errors import ConfigError
from xlt.models.module import TaggerModule
from xlt.models.student import Student
from xlt.models.teacher import Teacher


def load_tagger_module(ckpt_path: str | Path, cache_dir: str | None = None) -> TaggerModule:
    """A teacher or student from a Lightning checkpoint of xlt, on CPU, in eval mode."""
    path = Path(ckpt_path).expanduser()
    if not path.is_file():
        raise ConfigError(f"ckpt_path={str(path)!r} does not exist: point it at a run's checkpoints/*/*.ckpt")
    try:
        hparams = torch.load(path, map_location="cpu", weights_only=False).get("hyper_parameters", {})
    except Exception as err:  # a truncated or foreign file
        raise ConfigError(f"ckpt_path={str(path)!r} is not a readable checkpoint: {err}") from err
    if "model" not in hparams:
        raise ConfigError(f"{path} is not an xlt teacher/student checkpoint (no model hyper-parameters)")
    cls = Student if "distill" in hparams else Teacher
    extra = {"cache_dir": str(cache_dir)} if cache_dir else {}
    module = cls.load_from_checkpoint(str(path), map_location="cpu", **extra)
    return module.eval()

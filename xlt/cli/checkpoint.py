"""Loading a saved teacher or student for the checkpoint command lines (`xlt.evaluate`, `xlt.predict`)."""

from __future__ import annotations

from omegaconf import DictConfig

from xlt.models.loading import load_tagger_module
from xlt.models.module import TaggerModule
from xlt.runtime import resolve_device


def load_for_inference(cfg: DictConfig) -> TaggerModule:
    """The checkpoint's module on the configured device."""
    module = load_tagger_module(cfg.ckpt_path, cfg.paths.cache_dir)
    return module.to(resolve_device(str(cfg.device)))

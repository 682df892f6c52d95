"""Shared plumbing of the checkpoint CLIs (`xlt.evaluate`, `xlt.predict`)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

import torch
from omegaconf import DictConfig

from xlt.errors import XltError
from xlt.modules import TaggerModule, load_tagger_module

log = logging.getLogger("xlt")


def run_cli(fn: Callable[[DictConfig], Any], cfg: DictConfig) -> Any:
    """Run `fn(cfg)`; a user-fixable error becomes one line on stderr and exit status 2."""
    try:
        return fn(cfg)
    except XltError as err:
        log.error("%s", err)
        print(f"xlt: error: {err}", file=sys.stderr)
        sys.exit(2)


def resolve_device(name: str) -> str:
    """`auto`: cuda if available, else cpu; any other name as given."""
    return ("cuda" if torch.cuda.is_available() else "cpu") if name == "auto" else name


def load_for_inference(cfg: DictConfig) -> TaggerModule:
    """The checkpoint's module on the configured device."""
    module = load_tagger_module(cfg.ckpt_path, cfg.paths.cache_dir)
    return module.to(resolve_device(str(cfg.get("device", "auto"))))

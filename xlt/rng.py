"""The random generators a run draws from, listed once: torch's CPU generator, each initialised CUDA device's, NumPy's
and Python's global states. `capture` writes them as plain types (Lightning's weights_only loading of a checkpoint
accepts them) and `restore` sets them back: a resumed stage continues the same random streams
(training.callbacks.ResumeState), and loading a checkpoint leaves them as it found them (`rng_untouched`)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import torch


def capture() -> dict[str, Any]:
    """Every generator's state now; the CUDA ones only if this process has used CUDA (asking would start it)."""
    name, keys, pos, has_gauss, gauss = np.random.get_state()
    return {"torch": torch.get_rng_state(), "python": random.getstate(),
            "numpy": (str(name), keys.tolist(), int(pos), int(has_gauss), float(gauss)),
            "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_initialized() else []}


def restore(state: dict[str, Any]) -> None:
    """Set the generators to a `capture`d state. CUDA states are set only onto as many devices as were captured
    (a checkpoint resumed on another machine keeps that machine's CUDA streams; a CPU-only capture has none)."""
    torch.set_rng_state(state["torch"])
    name, keys, pos, has_gauss, gauss = state["numpy"]
    np.random.set_state((name, np.asarray(keys, dtype=np.uint32), pos, has_gauss, gauss))
    random.setstate(state["python"])
    cuda = state.get("cuda") or []
    if cuda and torch.cuda.is_available() and torch.cuda.device_count() == len(cuda):
        torch.cuda.set_rng_state_all(cuda)


@contextmanager
def rng_untouched() -> Iterator[None]:
    """Run the block and put every generator back as it was: what the block draws, no caller sees."""
    state = capture()
    try:
        yield
    finally:
        restore(state)

"""xlt.rng: the one list of random generators a run draws from, captured and restored (what a resumed stage and a
checkpoint load rely on)."""

from __future__ import annotations

import random

import numpy as np
import torch

from xlt import rng


def _draws() -> tuple[float, float, float]:
    return torch.rand(1).item(), float(np.random.rand()), random.random()


def test_a_captured_state_survives_a_weights_only_checkpoint_and_replays_every_stream(tmp_path):
    """Saved as Lightning saves it, loaded as Lightning's weights_only loading does: the same draws follow."""
    torch.manual_seed(3), np.random.seed(3), random.seed(3)
    _draws()
    torch.save({"xlt_rng": rng.capture()}, tmp_path / "state.ckpt")
    expected = _draws()
    _draws()  # move every stream on
    rng.restore(torch.load(tmp_path / "state.ckpt", weights_only=True)["xlt_rng"])
    assert _draws() == expected


def test_what_a_block_draws_no_caller_sees():
    torch.manual_seed(4), np.random.seed(4), random.seed(4)
    expected = _draws()
    torch.manual_seed(4), np.random.seed(4), random.seed(4)
    with rng.rng_untouched():
        _draws(), torch.nn.Linear(8, 8)  # a module's initialisation draws too
    assert _draws() == expected

"""Training batches: seeded, length-grouped, resumable mid-epoch, sharded per rank."""

from __future__ import annotations

import numpy as np
import pytest

from xlt.data import batching
from xlt.data.batching import EpochBatchSampler

LENGTHS = list(np.random.default_rng(0).integers(3, 60, size=103))


def _batches(sampler, epoch):
    sampler.set_epoch(epoch)
    return [tuple(b) for b in sampler]


def test_every_window_once_per_epoch_and_epochs_differ():
    s = EpochBatchSampler(LENGTHS, 8, seed=1)
    e0, e1 = _batches(s, 0), _batches(s, 1)
    assert sorted(i for b in e0 for i in b) == list(range(103)) == sorted(i for b in e1 for i in b)
    assert len(e0) == len(s) == 13 and e0 != e1


def test_same_seed_and_epoch_same_batches_however_often_iterated():
    a, b = EpochBatchSampler(LENGTHS, 8, seed=1), EpochBatchSampler(LENGTHS, 8, seed=1)
    _batches(a, 0), _batches(a, 1)
    assert _batches(a, 1) == _batches(b, 1)
    assert _batches(EpochBatchSampler(LENGTHS, 8, seed=2), 1) != _batches(b, 1)


def test_length_grouping_cuts_padding():
    def padding(sampler):
        batches = _batches(sampler, 0)
        return sum(max(LENGTHS[i] for i in b) * len(b) - sum(LENGTHS[i] for i in b) for b in batches)

    grouped = padding(EpochBatchSampler(LENGTHS, 8, seed=1, group_by_length=True))
    plain = padding(EpochBatchSampler(LENGTHS, 8, seed=1, group_by_length=False))
    assert grouped < plain / 3


def test_resume_skips_exactly_the_consumed_batches():
    full = _batches(EpochBatchSampler(LENGTHS, 8, seed=3), 2)
    s = EpochBatchSampler(LENGTHS, 8, seed=3)
    s.set_epoch(2)
    it = iter(s)
    for _ in range(6):  # the loader prefetches: the sampler yields more than training consumed
        next(it)
    for _ in range(4):
        s.mark_consumed()
    state = s.state_dict()
    assert state == {"epoch": 2, "consumed": 4, "seed": 3}
    again = EpochBatchSampler(LENGTHS, 8, seed=3)
    again.load_state_dict(state)
    assert _batches(again, 2) == full[4:]
    assert _batches(again, 3) == _batches(EpochBatchSampler(LENGTHS, 8, seed=3), 3)  # later epochs whole
    with pytest.raises(ValueError, match="seed"):
        EpochBatchSampler(LENGTHS, 8, seed=4).load_state_dict(state)


def test_ranks_get_disjoint_equal_shares(monkeypatch):
    full = _batches(EpochBatchSampler(LENGTHS, 8, seed=1), 0)  # 13 batches
    shares = []
    for rank in range(2):
        monkeypatch.setattr(batching, "process_group", lambda r=rank: (r, 2))
        s = EpochBatchSampler(LENGTHS, 8, seed=1)
        shares.append(_batches(s, 0))
        assert len(s) == 7
    assert len(shares[0]) == len(shares[1]) == 7
    assert set(shares[0]) | set(shares[1]) == set(full)  # one batch repeated to even the count


def test_lightning_advances_the_epoch_of_the_loader():
    """Lightning's own epoch hook must reach the sampler, or every epoch would repeat epoch 0's order."""
    from lightning_fabric.utilities.data import _set_sampler_epoch

    from xlt.data.encode import Window

    windows = [Window(np.arange(n), np.array([1]), None, i, 0) for i, n in enumerate(LENGTHS)]
    loader = batching.make_train_loader(windows, 8, pad_id=0, seed=1)
    _set_sampler_epoch(loader, 3)
    assert loader.batch_sampler.epoch == 3
    assert [tuple(b) for b in loader.batch_sampler] == _batches(EpochBatchSampler(LENGTHS, 8, seed=1), 3)

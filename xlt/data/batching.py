"""Dynamic padding of windows into batches, and the DataLoaders built on it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import torch
from torch.utils.data import DataLoader

from xlt.data.encode import Window
from xlt.runtime import process_group


class Collator:
    """Pads a list of windows to the longest one (rounded up to a multiple of `multiple`: 8 on a GPU gives
    tensor-core shapes and far fewer distinct shapes for the kernels to be picked for); labels are -100 off
    word positions."""

    def __init__(self, pad_id: int, multiple: int = 1) -> None:
        self.pad_id = int(pad_id)
        self.multiple = max(int(multiple), 1)

    def __call__(self, windows: Sequence[Window]) -> dict[str, Any]:
        n, width = len(windows), max(len(w.input_ids) for w in windows)
        width = -(-width // self.multiple) * self.multiple
        input_ids = torch.full((n, width), self.pad_id, dtype=torch.long)
        attention_mask = torch.zeros((n, width), dtype=torch.long)
        labels = torch.full((n, width), -100, dtype=torch.long)
        word_mask = torch.zeros((n, width), dtype=torch.bool)
        for i, w in enumerate(windows):
            t = len(w.input_ids)
            input_ids[i, :t] = torch.from_numpy(w.input_ids)
            attention_mask[i, :t] = 1
            pos = torch.from_numpy(w.word_pos)
            word_mask[i, pos] = True
            if w.labels is not None:
                labels[i, pos] = torch.from_numpy(w.labels)
        batch: dict[str, Any] = {
            "input_ids": input_ids,
            "attention_mask": attention_mask,
            "labels": labels,
            "word_mask": word_mask,
        }
        if windows[0].soft is not None:
            # row-major order of word_mask == concatenation order of the windows' words
            batch["teacher_logits"] = torch.from_numpy(np.concatenate([w.soft for w in windows])).float()
        return batch


def pad_multiple(gpu: bool) -> int:
    """Batch widths rounded up to a multiple of 8 on a GPU (as run_ner.py does for fp16); exact on a CPU, where
    every padded position costs compute."""
    return 8 if gpu else 1


class EpochBatchSampler:
    """Training batches: a fresh seeded permutation per epoch, optionally grouped by length, sharded per rank.

    - Deterministic: the batches of epoch e depend only on (seed, e), not on how often it was iterated,
      so a resumed run sees exactly the batches an uninterrupted one would.
    - `group_by_length`: the permutation is cut into mega-batches of `group_factor` batches; each is sorted
      by length and cut into batches, and the batch order is shuffled (HF's LengthGroupedSampler idea):
      little padding, still random across groups.
    - Resumable: `state_dict()` holds the epoch and how many of its batches were trained on (the
      `ResumeState` callback calls `mark_consumed()` after each trained batch; Lightning's prefetching makes
      the sampler's own count run ahead); after `load_state_dict()` the next iteration of that epoch skips
      the consumed batches.
    - Distributed: sharded at iteration time by the process group's rank (use with
      `use_distributed_sampler=False`); every rank gets the same number of batches.
    """

    def __init__(self, lengths: Sequence[int], batch_size: int, seed: int = 0, group_by_length: bool = True,
                 group_factor: int = 50) -> None:
        self.lengths = np.asarray(lengths, dtype=np.int64)
        self.batch_size = int(batch_size)
        self.seed = int(seed)
        self.group_by_length = bool(group_by_length)
        self.group_factor = int(group_factor)
        self.epoch = 0
        self.consumed = 0
        self._skip: dict[int, int] = {}
        # Lightning calls set_epoch on `loader.sampler` and `loader.batch_sampler.sampler`, never on the batch
        # sampler itself: exposing ourselves there is how every epoch gets its own permutation
        self.sampler = self

    def set_epoch(self, epoch: int) -> None:  # called by Lightning before every epoch
        self.epoch = int(epoch)

    def epoch_batches(self, epoch: int) -> list[np.ndarray]:
        """All batches of `epoch` before sharding (each an array of dataset indices)."""
        rng = np.random.default_rng([self.seed, epoch])
        perm = rng.permutation(len(self.lengths))
        if not self.group_by_length:
            return [perm[i : i + self.batch_size] for i in range(0, len(perm), self.batch_size)]
        mega = self.batch_size * self.group_factor
        batches = []
        for start in range(0, len(perm), mega):
            chunk = perm[start : start + mega]
            chunk = chunk[np.argsort(-self.lengths[chunk], kind="stable")]
            batches.extend(chunk[i : i + self.batch_size] for i in range(0, len(chunk), self.batch_size))
        order = rng.permutation(len(batches))
        return [batches[i] for i in order]

    def _shard(self, batches: list[np.ndarray]) -> list[np.ndarray]:
        rank, world = process_group()
        if world == 1:
            return batches
        per_rank = -(-len(batches) // world)
        padded = batches + batches[: per_rank * world - len(batches)]  # equal count on every rank
        return padded[rank::world]

    def __len__(self) -> int:
        _, world = process_group()
        n_batches = -(-len(self.lengths) // self.batch_size)
        return -(-n_batches // world)

    def __iter__(self) -> Iterator[list[int]]:
        batches = self._shard(self.epoch_batches(self.epoch))
        start = self._skip.pop(self.epoch, 0)
        self.consumed = start
        for batch in batches[start:]:
            yield batch.tolist()

    def mark_consumed(self) -> None:
        self.consumed += 1

    def state_dict(self) -> dict[str, int]:
        return {"epoch": self.epoch, "consumed": self.consumed, "seed": self.seed}

    def load_state_dict(self, state: Mapping[str, int]) -> None:
        if int(state.get("seed", self.seed)) != self.seed:
            raise ValueError(f"checkpoint batches were drawn with seed {state['seed']}, this run uses {self.seed}")
        self.epoch = int(state["epoch"])  # Lightning sets it again before iterating; same value on a resume
        self._skip = {int(state["epoch"]): int(state["consumed"])}


class ResumableLoader(DataLoader):
    """A DataLoader whose position inside an epoch is saved in Lightning checkpoints (`_Stateful`)."""

    def state_dict(self) -> dict[str, int]:
        return self.batch_sampler.state_dict()

    def load_state_dict(self, state: Mapping[str, int]) -> None:
        self.batch_sampler.load_state_dict(state)


def make_train_loader(windows: Sequence[Window], batch_size: int, pad_id: int, *, seed: int = 0,
                      group_by_length: bool = True, num_workers: int = 0,
                      pin_memory: bool = False, pad_multiple: int = 1) -> ResumableLoader:
    """Shuffled, length-grouped, resumable training batches with dynamic padding (`pin_memory` for a GPU:
    page-locked batches let the host-to-device copy run asynchronously)."""
    sampler = EpochBatchSampler([len(w.input_ids) for w in windows], batch_size, seed, group_by_length)
    # its own generator: creating an iterator draws a worker base seed, and drawing it from the global RNG
    # would shift the dropout stream of a run resumed mid-epoch against an uninterrupted one
    return ResumableLoader(list(windows), batch_sampler=sampler, collate_fn=Collator(pad_id, pad_multiple),
                           num_workers=num_workers, persistent_workers=num_workers > 0, pin_memory=pin_memory,
                           generator=torch.Generator().manual_seed(int(seed)))


def make_eval_loader(windows: Sequence[Window], batch_size: int, pad_id: int, pin_memory: bool = False,
                     pad_multiple: int = 1) -> DataLoader:
    """Validation batches, sorted by length (little padding; entity counts are per window, so the order
    does not change the score)."""
    ordered = sorted(windows, key=lambda w: len(w.input_ids))
    return DataLoader(ordered, batch_size=batch_size, shuffle=False, collate_fn=Collator(pad_id, pad_multiple),
                      pin_memory=pin_memory)

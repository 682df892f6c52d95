"""Dynamic padding of windows into batches, and the DataLoaders built on it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
from torch.utils.data import DataLoader

from xlt.data.encode import Window


class Collator:
    """Pads a list of windows to the longest one; labels are -100 off word positions."""

    def __init__(self, pad_id: int) -> None:
        self.pad_id = int(pad_id)

    def __call__(self, windows: Sequence[Window]) -> dict[str, Any]:
        n, width = len(windows), max(len(w.input_ids) for w in windows)
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


def make_loader(
    windows: Sequence[Window],
    batch_size: int,
    pad_id: int,
    shuffle: bool,
    num_workers: int = 0,
    seed: int = 0,
) -> DataLoader:
    """A DataLoader over windows with dynamic padding; shuffling is seeded for reproducibility."""
    generator = torch.Generator().manual_seed(seed) if shuffle else None
    return DataLoader(
        list(windows),
        batch_size=batch_size,
        shuffle=shuffle,
        collate_fn=Collator(pad_id),
        num_workers=num_workers,
        generator=generator,
        persistent_workers=num_workers > 0,
    )

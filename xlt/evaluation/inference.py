"""Batched inference shared by evaluation, zero-shot transfer, soft labels for the student and prediction."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch

from xlt.data.batching import Collator, pad_multiple
from xlt.data.encode import Window
from xlt.data.tags import LABELS
from xlt.models.tagger import TokenTagger
from xlt.runtime import resolve_precision


def _autocast(device: torch.device, precision: str):
    """bf16 autocast for `bf16-mixed` (GPU; and CPU, where AVX512-BF16/AMX make it ~1.7x faster), else fp32."""
    if precision.startswith("bf16") and device.type in ("cuda", "cpu"):
        return torch.autocast(device.type, dtype=torch.bfloat16)
    return torch.autocast(device.type, enabled=False)


@torch.inference_mode()
def window_logits(
    tagger: TokenTagger,
    windows: Sequence[Window],
    pad_id: int,
    batch_size: int = 64,
    precision: str = "32-true",
) -> list[np.ndarray]:
    """(W, C) float32 logits at each window's word positions, in the order of `windows`; `precision` as the
    trainer's (`auto` resolved for the tagger's device, as a cell resolves it)."""
    device = next(tagger.parameters()).device
    precision = resolve_precision(precision, device.type)
    was_training = tagger.training
    tagger.eval()
    order = sorted(range(len(windows)), key=lambda i: len(windows[i].input_ids))  # less padding
    collate = Collator(pad_id, pad_multiple(device.type == "cuda"))
    out: list[np.ndarray | None] = [None] * len(windows)
    try:
        for b0 in range(0, len(order), batch_size):
            idx = order[b0 : b0 + batch_size]
            batch = collate([windows[i] for i in idx])
            with _autocast(device, precision):
                logits = tagger(batch["input_ids"].to(device), batch["attention_mask"].to(device))
            words = logits.float()[batch["word_mask"].to(device)].cpu().numpy()
            start = 0
            for i in idx:
                n = windows[i].n_words
                out[i] = words[start : start + n]
                start += n
    finally:
        tagger.train(was_training)
    return out  # type: ignore[return-value]


def sentence_logits(windows: Sequence[Window], per_window: Sequence[np.ndarray], n_sentences: int) -> list[np.ndarray]:
    """Stitch windows back into whole sentences: (n_words, C) per sentence, every word exactly once."""
    parts: list[list[tuple[int, np.ndarray]]] = [[] for _ in range(n_sentences)]
    for w, logits in zip(windows, per_window, strict=True):
        parts[w.sentence].append((w.first_word, logits))
    n_classes = len(LABELS)
    return [
        np.concatenate([p for _, p in sorted(ps, key=lambda x: x[0])]) if ps else np.zeros((0, n_classes), np.float32)
        for ps in parts
    ]


def logits_to_tags(logits: Sequence[np.ndarray]) -> list[list[str]]:
    """Argmax tag strings per sentence."""
    return [[LABELS[i] for i in s.argmax(-1).tolist()] for s in logits]

"""Entity-level precision/recall/F1 (seqeval), as a function on tag strings and as a torchmetrics Metric."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
from seqeval.metrics import classification_report
from seqeval.metrics.sequence_labeling import get_entities
from seqeval.scheme import IOB2, Entities
from torchmetrics import Metric

# the chunking lives in data/ (the generator counts entities too); experiment/record.py still imports two names here
from xlt.data.spans import entity_chunks
from xlt.data.spans import entity_spans as entity_spans
from xlt.data.spans import iob2_entities as iob2_entities
from xlt.data.tags import ENTITY_TYPES, LABELS
from xlt.errors import ConfigError

MODES = ("conlleval", "strict")


def entity_scores(
    gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]], mode: str = "conlleval"
) -> dict[str, Any]:
    """Micro P/R/F1 over entities plus per-type scores and supports.

    `conlleval` is seqeval's default mode (an I-X after O opens an entity, as conlleval.pl and the
    published papers count); `strict` only counts well-formed IOB2 chunks.
    """
    if mode not in MODES:
        raise ConfigError(f"metric.mode={mode!r} is unknown; valid: {', '.join(MODES)}")
    if len(gold) != len(pred) or any(len(g) != len(p) for g, p in zip(gold, pred, strict=True)):
        raise ValueError("gold and predicted tag sequences differ in number or length")
    kwargs: dict[str, Any] = {"mode": "strict", "scheme": IOB2} if mode == "strict" else {}
    gold_l, pred_l = [list(s) for s in gold], [list(s) for s in pred]
    with warnings.catch_warnings():  # seqeval averages over no entities at all with numpy: "Mean of empty slice"
        warnings.simplefilter("ignore", RuntimeWarning)
        report = classification_report(gold_l, pred_l, output_dict=True, zero_division=0, **kwargs)
    micro = report.get("micro avg", {"precision": 0.0, "recall": 0.0, "f1-score": 0.0, "support": 0})
    n_pred = _count_predicted(pred_l, kwargs)
    per_type = {
        t: {
            "precision": float(report[t]["precision"]),
            "recall": float(report[t]["recall"]),
            "f1": float(report[t]["f1-score"]),
            "support": int(report[t]["support"]),
        }
        for t in ENTITY_TYPES
        if t in report
    }
    return {
        "precision": float(micro["precision"]),
        "recall": float(micro["recall"]),
        "f1": float(micro["f1-score"]),
        "n_gold": int(micro["support"]),
        "n_pred": n_pred,
        "n_sentences": len(gold_l),
        "per_type": per_type,
        "mode": mode,
    }


def _count_predicted(pred: list[list[str]], kwargs: dict[str, Any]) -> int:
    """Number of predicted entities, counted the way the chosen mode chunks them."""
    if kwargs:
        return sum(len(sentence) for sentence in Entities(pred, IOB2).entities)
    return len(get_entities(pred))


def sentence_counts(
    gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]], mode: str = "conlleval"
) -> np.ndarray:
    """Per sentence (true positives, predicted entities, gold entities), chunked as `entity_scores` does.

    Entities never cross sentences, so summing rows over any subset of sentences gives that subset's
    micro scores exactly: what a paired bootstrap over test sentences needs.
    """
    if mode not in MODES:
        raise ConfigError(f"metric.mode={mode!r} is unknown; valid: {', '.join(MODES)}")
    counts = np.zeros((len(gold), 3), dtype=np.int64)
    for i, (g, p) in enumerate(zip(gold, pred, strict=True)):
        gs, ps = entity_chunks(g, mode), entity_chunks(p, mode)
        counts[i] = (len(gs & ps), len(ps), len(gs))
    return counts


def f1_from_counts(tp: np.ndarray, n_pred: np.ndarray, n_gold: np.ndarray) -> np.ndarray:
    """Micro F1 = 2 tp / (n_pred + n_gold), 0 where there is nothing to count (element-wise)."""
    denom = n_pred + n_gold
    return np.divide(2.0 * tp, denom, out=np.zeros(np.shape(denom), dtype=float), where=denom > 0)


class EntityF1(Metric):
    """Entity F1 from padded label-id tensors (-100 = not a word position); gathers under DDP.

    States are flat concatenations plus per-sentence lengths, reduced with `cat`, so sentences of
    different lengths on different ranks are reassembled exactly.
    """

    full_state_update = False

    def __init__(self, mode: str = "conlleval", labels: Sequence[str] = LABELS, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if mode not in MODES:
            raise ConfigError(f"metric.mode={mode!r} is unknown; valid: {', '.join(MODES)}")
        self.mode = mode
        self.labels = tuple(labels)
        self.add_state("preds", default=[], dist_reduce_fx="cat")
        self.add_state("target", default=[], dist_reduce_fx="cat")
        self.add_state("lengths", default=[], dist_reduce_fx="cat")

    def update(self, preds: torch.Tensor, target: torch.Tensor) -> None:
        """preds: (B, L) predicted ids or (B, L, C) logits; target: (B, L) gold ids with -100 elsewhere."""
        if preds.dim() == 3:
            preds = preds.argmax(-1)
        mask = target != -100
        self.preds.append(preds[mask].long())
        self.target.append(target[mask].long())
        self.lengths.append(mask.sum(1).long())

    def compute(self) -> dict[str, Any]:
        preds, target, lengths = (_flat(x) for x in (self.preds, self.target, self.lengths))
        gold, pred = [], []
        start = 0
        for n in lengths.tolist():
            gold.append([self.labels[i] for i in target[start : start + n].tolist()])
            pred.append([self.labels[i] for i in preds[start : start + n].tolist()])
            start += n
        return entity_scores(gold, pred, self.mode)


def _flat(state: torch.Tensor | list[torch.Tensor]) -> torch.Tensor:
    if isinstance(state, torch.Tensor):
        return state
    return torch.cat(state) if state else torch.zeros(0, dtype=torch.long)

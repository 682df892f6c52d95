"""Score a tagger on labeled sentences and write its predictions: shared by the pipeline and the CLIs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from xlt.data.conll import write_conll
from xlt.data.encode import encode_cached
from xlt.data.sentence import Sentence
from xlt.evaluation.inference import logits_to_tags, sentence_logits, window_logits
from xlt.evaluation.metrics import entity_scores
from xlt.models.module import TaggerModule


def predict_kwargs(cfg: Any, precision: str, device: str | None = None) -> dict[str, Any]:
    """Keyword arguments of `predict_sentences` from a run or CLI config (`data`, `paths`)."""
    return {
        "device": device,
        "max_len": int(cfg.data.max_len),
        "label_position": str(cfg.data.label_position),
        "batch_size": int(cfg.data.eval_batch_size),
        "precision": str(precision),
        "cache_dir": Path(cfg.paths.cache_dir),
    }


def predict_sentences(
    module: TaggerModule,
    sentences: Sequence[Sentence],
    *,
    max_len: int,
    label_position: str = "first",
    batch_size: int = 64,
    precision: str = "32-true",
    cache_dir: str | Path | None = None,
    device: str | None = None,
) -> list[np.ndarray]:
    """(n_words, C) logits for every word of every sentence, long sentences stitched from windows;
    on `device` if given (the module moves there), else wherever the module is."""
    if device is not None:
        module.to(device)
    windows = encode_cached(sentences, module.tokenizer, max_len, label_position, cache_dir)
    per_window = window_logits(module.tagger, windows, module.pad_id, batch_size, precision)
    return sentence_logits(windows, per_window, len(sentences))


def score_tags(
    sentences: Sequence[Sentence],
    tags: Sequence[Sequence[str]],
    *,
    metric_mode: str = "conlleval",
    predictions_path: str | Path | None = None,
) -> dict[str, Any]:
    """Entity P/R/F1 (+ per type) of predicted `tags` on gold `sentences`; optionally writes token/gold/pred CoNLL."""
    gold = [list(s.tags or ()) for s in sentences]
    scores = entity_scores(gold, [list(t) for t in tags], metric_mode)
    if predictions_path is not None:
        write_conll(predictions_path, sentences, tags)
        scores["predictions"] = str(predictions_path)
    return scores


def evaluate_sentences(
    module: TaggerModule,
    sentences: Sequence[Sentence],
    *,
    metric_mode: str = "conlleval",
    predictions_path: str | Path | None = None,
    **predict_kwargs: Any,
) -> dict[str, Any]:
    """Entity P/R/F1 (+ per type) of `module` on gold `sentences`; optionally writes token/gold/pred CoNLL."""
    tags = logits_to_tags(predict_sentences(module, sentences, **predict_kwargs))
    return score_tags(sentences, tags, metric_mode=metric_mode, predictions_path=predictions_path)

"""LML (language-modelling loss) and LMEM (exact match) of a model on a text, per pre-training objective.

The statistics of 'Languages You Know Influence Those You Learn' (arXiv 2212.01757): how well a
pre-trained model still solves its own pre-training task on a (target-language) text. Each text is
corrupted the way the model was pre-trained (`xlt.analysis.lm.masking`) and scored teacher-forced:

- "mlm"    BERT/XLM-R masking; items are the selected sub-word positions.
- "span"   T5/mT5 span corruption; the loss is over all target tokens (T5's training loss) and the
           exact match is per noise span (all of its tokens predicted correctly).
- "causal" next-token prediction; items are the predicted positions.

LML is token-weighted (sum of cross-entropies / number of predicted tokens over all texts), never a
mean of per-text means. The corruption of text i is drawn from `numpy.random.default_rng([seed, i])`,
so it does not depend on the batch size and the statistic is reproducible.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from xlt.analysis.lm.masking import IGNORE_INDEX, mlm_mask, span_corrupt

OBJECTIVES = ("mlm", "span", "causal")
NUM_SENTINELS = 100  # T5/mT5 ship <extra_id_0> .. <extra_id_99>


@dataclass
class _Example:
    """One corrupted text: model inputs, labels aligned with the logits, and span positions."""

    inputs: list[int]
    labels: list[int]  # label of each logit position, -100 where nothing is predicted
    n_tokens: int  # non-special sub-word tokens of the text (after truncation)
    spans: list[tuple[int, int]] = field(default_factory=list)  # [start, end) label positions of noise spans


@dataclass
class _Tally:
    """Running sums over all scored texts."""

    loss_sum: float = 0.0
    n_targets: int = 0  # positions the loss is averaged over
    n_items: int = 0  # units of the exact match (tokens or spans)
    n_hits: int = 0
    chars: int = 0  # characters the predicted pieces spell (markers such as "▁" left out)
    chars_hit: int = 0  # of those, the characters of pieces predicted exactly


def perplexity(lml: float) -> float:
    """exp(LML): the perplexity that corresponds to a mean cross-entropy in nats."""
    return math.exp(lml)


def lm_statistics(
    model: Any,
    tokenizer: Any,
    texts: Sequence[str],
    objective: str,
    seed: int = 0,
    batch_size: int = 16,
    max_len: int = 128,
    rate: float = 0.15,
    mean_span: float = 3.0,
    random_roll: bool = False,
) -> dict[str, Any]:
    """LML and LMEM of `model` (with its LM head) on `texts` under its pre-training `objective`.

    Returns lml, lmem, n_items (masked tokens, spans or predicted tokens), n_texts (all texts given),
    lml_char (the summed loss over the characters the predicted pieces spell: nats per character, comparable
    across tokenizers, which per-token LML is not), lmem_char (the share of those characters whose piece was
    predicted exactly; a byte-level piece of a multi-byte character counts the characters it decodes to),
    n_skipped (texts that yielded nothing to score), n_tokens (non-special sub-words scored over),
    objective and item ("token" or "span"). With no item at all, lml and lmem are NaN.
    The model runs as loaded (load it in fp32: no autocast here); the scored logits are upcast to
    fp32 for the loss. Texts are scored in consecutive right-padded batches of `batch_size`.
    `random_roll` (span only) rotates T5's noise mask by a random offset: without it a text short
    enough for one span (< ~30 tokens at the defaults) always has its last tokens corrupted.
    """
    if objective not in OBJECTIVES:
        raise ValueError(f"objective={objective!r} is unknown; valid: {', '.join(OBJECTIVES)}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if max_len < 2:
        raise ValueError(f"max_len must be >= 2 (a context and a prediction), got {max_len}")
    examples = _prepare(model, tokenizer, texts, objective, seed, max_len, rate, mean_span, random_roll)
    # texts with nothing to predict (too short, no content) are skipped before they cost a forward pass
    scored = [e for e in examples if e is not None and any(label != IGNORE_INDEX for label in e.labels)]
    tally = _Tally()
    piece_chars = _piece_char_counter(tokenizer)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            for batch in _batches(scored, batch_size):
                _score_batch(model, batch, objective, pad_id, tally, piece_chars)
    finally:
        model.train(was_training)
    return {
        "lml": tally.loss_sum / tally.n_targets if tally.n_targets else float("nan"),
        "lmem": tally.n_hits / tally.n_items if tally.n_items else float("nan"),
        "n_items": tally.n_items,
        "lml_char": tally.loss_sum / tally.chars if tally.chars else float("nan"),
        "lmem_char": tally.chars_hit / tally.chars if tally.chars else float("nan"),
        "n_chars": tally.chars,
        "n_texts": len(texts),
        "n_skipped": len(texts) - len(scored),
        "n_tokens": sum(e.n_tokens for e in scored),
        "objective": objective,
        "item": "span" if objective == "span" else "token",
    }


def _prepare(
    model: Any,
    tokenizer: Any,
    texts: Sequence[str],
    objective: str,
    seed: int,
    max_len: int,
    rate: float,
    mean_span: float,
    random_roll: bool,
) -> list[_Example | None]:
    """Tokenise and corrupt every text (None for a text the objective cannot use)."""
    if objective == "mlm":
        if tokenizer.mask_token_id is None:
            raise ValueError("the MLM objective needs a tokenizer with a mask token")
        vocab_size = _output_vocab_size(model)
        forbidden = frozenset(tokenizer.all_special_ids)
        return [
            _prepare_mlm(tokenizer, text, _text_rng(seed, i), max_len, rate, vocab_size, forbidden)
            for i, text in enumerate(texts)
        ]
    if objective == "span":
        sentinels = _sentinel_ids(tokenizer)
        return [
            _prepare_span(tokenizer, text, _text_rng(seed, i), max_len, rate, mean_span, sentinels, random_roll)
            for i, text in enumerate(texts)
        ]
    return [_prepare_causal(tokenizer, text, max_len) for text in texts]


def _text_rng(seed: int, index: int) -> np.random.Generator:
    """The generator of text `index`: depends on the seed and the text's index only."""
    return np.random.default_rng([seed, index])


def _prepare_mlm(
    tokenizer: Any,
    text: str,
    rng: np.random.Generator,
    max_len: int,
    rate: float,
    vocab_size: int,
    forbidden: frozenset[int],
) -> _Example:
    """Tokenise with the special tokens and mask like BERT/XLM-R pre-training."""
    enc = tokenizer(text, truncation=True, max_length=max_len, return_special_tokens_mask=True)
    special = [bool(s) for s in enc["special_tokens_mask"]]
    inputs, labels = mlm_mask(
        enc["input_ids"], special, rng, rate, mask_id=tokenizer.mask_token_id, vocab_size=vocab_size,
        forbidden=forbidden,
    )
    return _Example(inputs=inputs, labels=labels, n_tokens=special.count(False))


def _prepare_span(
    tokenizer: Any,
    text: str,
    rng: np.random.Generator,
    max_len: int,
    rate: float,
    mean_span: float,
    sentinels: list[int],
    random_roll: bool,
) -> _Example | None:
    """Tokenise without specials (room left for eos) and apply T5 span corruption; None if < 2 tokens."""
    ids = tokenizer(text, add_special_tokens=False, truncation=True, max_length=max_len - 1)["input_ids"]
    if len(ids) < 2:
        return None
    inputs, targets, spans = span_corrupt(
        ids, rng, sentinels, tokenizer.eos_token_id, rate, mean_span, random_roll=random_roll
    )
    positions, start = [], 0
    for span in spans:
        start += 1  # the sentinel that announces the span
        positions.append((start, start + len(span)))
        start += len(span)
    return _Example(inputs=inputs, labels=targets, n_tokens=len(ids), spans=positions)


def _prepare_causal(tokenizer: Any, text: str, max_len: int) -> _Example:
    """Tokenise with the tokenizer's defaults, BOS prepended if it adds none, labels = next token."""
    enc = tokenizer(text, truncation=True, max_length=max_len, return_special_tokens_mask=True)
    ids, special = list(enc["input_ids"]), list(enc["special_tokens_mask"])
    bos = tokenizer.bos_token_id
    if bos is not None and (not ids or ids[0] != bos):
        # without a BOS the first word would only be context; give it one, as LM evaluation does
        enc = tokenizer(text, truncation=True, max_length=max_len - 1, return_special_tokens_mask=True)
        ids, special = [bos, *enc["input_ids"]], [1, *enc["special_tokens_mask"]]
    labels = [*ids[1:], IGNORE_INDEX] if ids else []
    return _Example(inputs=ids, labels=labels, n_tokens=special.count(0))


def _sentinel_ids(tokenizer: Any) -> list[int]:
    """The ids of <extra_id_0>, <extra_id_1>, ... that the tokenizer has (in the order of k)."""
    tokens = [f"<extra_id_{k}>" for k in range(NUM_SENTINELS)]
    ids = tokenizer.convert_tokens_to_ids(tokens)
    sentinels: list[int] = []
    for token_id in ids:
        if token_id is None or token_id == tokenizer.unk_token_id:
            break
        sentinels.append(int(token_id))
    if not sentinels:
        raise ValueError("span corruption needs T5 sentinel tokens (<extra_id_0>, ...); the tokenizer has none")
    return sentinels


def _output_vocab_size(model: Any) -> int:
    """The number of logits the LM head produces (random replacement tokens are drawn below it)."""
    head = model.get_output_embeddings() if hasattr(model, "get_output_embeddings") else None
    if head is not None and getattr(head, "weight", None) is not None:
        return int(head.weight.shape[0])
    return int(model.config.vocab_size)


def _batches(examples: list[_Example], batch_size: int) -> Iterator[list[_Example]]:
    """Fixed-size consecutive batches, in the order of the texts."""
    for start in range(0, len(examples), batch_size):
        yield examples[start : start + batch_size]


def _pad(rows: Sequence[Sequence[int]], value: int, device: torch.device) -> torch.Tensor:
    """Right-pad integer rows to one LongTensor."""
    width = max((len(r) for r in rows), default=0)
    out = torch.full((len(rows), max(width, 1)), value, dtype=torch.long)
    for i, row in enumerate(rows):
        out[i, : len(row)] = torch.tensor(row, dtype=torch.long)
    return out.to(device)


def _piece_char_counter(tokenizer: Any) -> Any:
    """id -> number of characters the piece spells on its own (word markers and special pieces: 0), cached."""
    special = set(getattr(tokenizer, "all_special_ids", ()) or ())

    @functools.cache
    def chars(piece_id: int) -> int:
        if piece_id in special:
            return 0
        return len(tokenizer.decode([piece_id], skip_special_tokens=True).strip())

    return chars


def _score_batch(model: Any, batch: list[_Example], objective: str, pad_id: int, tally: _Tally,
                 piece_chars: Any = lambda piece_id: 1) -> None:
    """Run one right-padded batch and add its loss sum, item count, hits and characters to `tally`."""
    device = next(model.parameters()).device
    input_ids = _pad([e.inputs for e in batch], pad_id, device)
    attention_mask = _pad([[1] * len(e.inputs) for e in batch], 0, device)
    labels = _pad([e.labels for e in batch], IGNORE_INDEX, device)
    if objective == "span":
        # HF seq2seq models build decoder_input_ids by shifting the labels right (-100 -> pad)
        logits = model(input_ids=input_ids, attention_mask=attention_mask, labels=labels).logits
    else:
        logits = model(input_ids=input_ids, attention_mask=attention_mask).logits
    scored = labels != IGNORE_INDEX
    # only the scored rows are upcast: a full fp32 copy of (batch, length, 250k) logits would not fit
    picked = logits[:, : labels.shape[1]][scored].float()
    tally.loss_sum += float(F.cross_entropy(picked, labels[scored], reduction="sum"))
    tally.n_targets += int(scored.sum())
    correct = torch.zeros_like(scored)
    correct[scored] = picked.argmax(dim=-1) == labels[scored]
    for piece_id, hit in zip(labels[scored].tolist(), correct[scored].tolist(), strict=True):
        n = piece_chars(int(piece_id))
        tally.chars += n
        tally.chars_hit += n if hit else 0
    if objective == "span":
        for row, example in enumerate(batch):
            for start, end in example.spans:
                tally.n_items += 1
                tally.n_hits += int(bool(correct[row, start:end].all()))
    else:
        tally.n_items += int(scored.sum())
        tally.n_hits += int(correct.sum())

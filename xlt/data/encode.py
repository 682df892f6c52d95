"""Sub-word encoding with first-sub-token label alignment, windows for long sentences, and a disk cache.

Every word gets exactly one labelled sub-token (the first by default, as run_ner.py and the papers;
`last` is an option for decoders, whose first sub-token has not yet seen the rest of the word). A
sentence longer than `max_len` is split at word boundaries into windows, so no word is ever dropped.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from transformers import PreTrainedTokenizerBase

from xlt.data.sentence import Sentence
from xlt.data.tags import LABEL2ID
from xlt.errors import ConfigError
from xlt.io import atomic_write_bytes

log = logging.getLogger(__name__)

ENCODING_VERSION = 2  # bump when the encoding logic or a pickled class (Window) changes: old caches are rebuilt
LABEL_POSITIONS = ("first", "last")


@dataclass
class Window:
    """One model input: a run of consecutive words of one sentence."""

    input_ids: np.ndarray  # (T,) int64 sub-token ids, specials included
    word_pos: np.ndarray  # (W,) int64 position in input_ids of each word's labelled sub-token
    labels: np.ndarray | None  # (W,) int64 gold label ids, None for unlabeled text
    sentence: int  # index of the sentence in its dataset
    first_word: int  # index in the sentence of this window's first word
    soft: np.ndarray | None = field(default=None)  # (W, C) teacher logits, for the student only

    @property
    def n_words(self) -> int:
        return len(self.word_pos)


def _special_affixes(tokenizer: PreTrainedTokenizerBase) -> tuple[list[int], list[int]]:
    """The special ids the tokenizer puts before and after a sequence (<s> ... </s>, [CLS] ... [SEP], none)."""
    with_sp = tokenizer(["a"], is_split_into_words=True)["input_ids"]
    bare = tokenizer(["a"], is_split_into_words=True, add_special_tokens=False)["input_ids"]
    for i in range(len(with_sp) - len(bare) + 1):
        if with_sp[i : i + len(bare)] == bare:
            return list(with_sp[:i]), list(with_sp[i + len(bare) :])
    raise ConfigError(f"cannot locate the special tokens of tokenizer {tokenizer.name_or_path!r}")


def word_pieces(ids: Sequence[int], word_ids: Sequence[int | None], n_words: int) -> list[list[int]]:
    """The piece ids of each word of one tokenised sentence (`word_ids()` of a fast tokenizer); a word the
    tokenizer maps to nothing (e.g. a zero-width character) gets no piece."""
    pieces: list[list[int]] = [[] for _ in range(n_words)]
    for piece, w in zip(ids, word_ids, strict=True):
        if w is not None:
            pieces[w].append(int(piece))
    return pieces


def _windows(pieces: list[list[int]], budget: int) -> list[tuple[int, int]]:
    """Greedy word-boundary split: [start, end) word ranges whose pieces fit in `budget`."""
    spans, start, used = [], 0, 0
    for w, p in enumerate(pieces):
        size = min(len(p), budget)
        if used + size > budget and w > start:
            spans.append((start, w))
            start, used = w, 0
        used += size
    spans.append((start, len(pieces)))
    return spans


def encode(
    sentences: Sequence[Sentence],
    tokenizer: PreTrainedTokenizerBase,
    max_len: int,
    label_position: str = "first",
) -> list[Window]:
    """Tokenise pre-split sentences into windows of at most `max_len` sub-tokens, labels on one sub-token per word."""
    if label_position not in LABEL_POSITIONS:
        raise ConfigError(f"data.label_position={label_position!r}; valid: {', '.join(LABEL_POSITIONS)}")
    prefix, suffix = _special_affixes(tokenizer)
    budget = max_len - len(prefix) - len(suffix)
    if budget < 1:
        raise ConfigError(f"data.max_len={max_len} leaves no room next to {len(prefix) + len(suffix)} special tokens")
    unk = tokenizer.unk_token_id if tokenizer.unk_token_id is not None else tokenizer.pad_token_id
    windows: list[Window] = []
    batch = 512
    for b0 in range(0, len(sentences), batch):
        chunk = sentences[b0 : b0 + batch]
        enc = tokenizer([list(s.tokens) for s in chunk], is_split_into_words=True, add_special_tokens=False)
        for i, sent in enumerate(chunk):
            # a word without pieces still needs a position: the unknown piece stands in for it
            pieces = [p or [unk] for p in word_pieces(enc["input_ids"][i], enc.word_ids(i), len(sent.tokens))]
            gold = None if sent.tags is None else np.array([LABEL2ID[t] for t in sent.tags], dtype=np.int64)
            for start, end in _windows(pieces, budget):
                ids, pos = list(prefix), []
                for p in pieces[start:end]:
                    p = p[:budget]
                    pos.append(len(ids) + (0 if label_position == "first" else len(p) - 1))
                    ids.extend(p)
                ids.extend(suffix)
                windows.append(
                    Window(
                        input_ids=np.array(ids, dtype=np.int64),
                        word_pos=np.array(pos, dtype=np.int64),
                        labels=None if gold is None else gold[start:end],
                        sentence=b0 + i,
                        first_word=start,
                    )
                )
    return windows


def tokenizer_fingerprint(tokenizer: PreTrainedTokenizerBase) -> str:
    """A hash of everything in the tokenizer that changes its output (vocab, normaliser, pre-tokeniser...)."""
    cached = getattr(tokenizer, "_xlt_fingerprint", None)
    if cached is None:
        backend = tokenizer.backend_tokenizer.to_str()
        cached = hashlib.sha256(backend.encode("utf-8")).hexdigest()
        tokenizer._xlt_fingerprint = cached
    return cached


def data_fingerprint(sentences: Sequence[Sentence]) -> str:
    """A hash of the tokens and tags of a dataset, in order."""
    h = hashlib.sha256()
    for s in sentences:
        h.update("\x1f".join(s.tokens).encode("utf-8"))
        h.update(b"\x1e" + ("\x1f".join(s.tags).encode("utf-8") if s.tags is not None else b"\x00"))
    return h.hexdigest()


def encode_cached(
    sentences: Sequence[Sentence],
    tokenizer: PreTrainedTokenizerBase,
    max_len: int,
    label_position: str,
    cache_dir: str | Path | None,
) -> list[Window]:
    """`encode`, memoised on disk by (tokenizer, max_len, label position, data, encoding version)."""
    if cache_dir is None:
        return encode(sentences, tokenizer, max_len, label_position)
    key = hashlib.sha256(
        "|".join(
            [tokenizer_fingerprint(tokenizer), str(max_len), label_position, data_fingerprint(sentences),
             str(ENCODING_VERSION)]
        ).encode()
    ).hexdigest()[:32]
    path = Path(cache_dir) / "tokenized" / f"{key}.pkl"
    if path.is_file():
        try:
            with path.open("rb") as fh:
                windows = pickle.load(fh)
            log.debug("tokenised data from cache %s", path)
            return windows
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError) as err:  # foreign, stale, or
            # pickled under classes that moved (ModuleNotFoundError is an ImportError): rebuilt below
            log.warning("ignoring unreadable tokenisation cache %s (%s)", path, err)
    windows = encode(sentences, tokenizer, max_len, label_position)
    atomic_write_bytes(path, pickle.dumps(windows, protocol=pickle.HIGHEST_PROTOCOL))
    return windows

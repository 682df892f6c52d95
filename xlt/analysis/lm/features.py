"""Model-agnostic text features that need only a tokenizer: fertility, unknown rate, overlaps.

The covariates 'Languages You Know Influence Those You Learn' (arXiv 2212.01757) sets beside the
LM statistics: how finely a tokenizer splits the target language, how much of the target's sub-word
vocabulary (and of its entity names) the source language already covers.

Sentences are pre-split words (lists of str) or `xlt.data.sentence.Sentence` objects (their
`.tokens` are used). Every word is tokenised on its own, without special tokens, through the fast
tokenizer's `is_split_into_words=True` path: sub-word pieces are attributed to words via `word_ids`,
so a SentencePiece tokenizer sees each word with its word-initial marker, as in running text.
Byte-level BPE tokenizers (GPT-2 style) must be loaded with `add_prefix_space=True` for this path.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from xlt.data.encode import word_pieces
from xlt.data.sentence import Sentence
from xlt.evaluation.diagnostics import mention_strings

SentenceLike = Sequence[str] | Sentence


def _words(sentence: SentenceLike) -> list[str]:
    """The words of a sentence, whether a Sentence or a plain sequence of strings."""
    return list(sentence.tokens) if isinstance(sentence, Sentence) else list(sentence)


def _pieces_per_word(tokenizer: Any, sentences: Sequence[SentenceLike]) -> list[list[int]]:
    """Per word (over all sentences, in order), the sub-word piece ids the tokenizer gives it (as the tagger's
    encoding groups them: xlt.data.encode.word_pieces)."""
    word_lists = [w for w in (_words(s) for s in sentences) if w]
    if not word_lists:
        return []
    enc = tokenizer(word_lists, is_split_into_words=True, add_special_tokens=False)
    per_word: list[list[int]] = []
    for row, words in enumerate(word_lists):
        per_word.extend(word_pieces(enc["input_ids"][row], enc.word_ids(row), len(words)))
    return per_word


def _piece_ids(tokenizer: Any, sentences: Sequence[SentenceLike]) -> list[int]:
    """All piece ids of the sentences, in order."""
    return [p for pieces in _pieces_per_word(tokenizer, sentences) for p in pieces]


def fertility(tokenizer: Any, sentences: Sequence[SentenceLike]) -> float:
    """Sub-word pieces per word: total pieces / total words (NaN for no words).

    A word the tokenizer maps to nothing (e.g. a lone zero-width character) counts with 0 pieces.
    """
    per_word = _pieces_per_word(tokenizer, sentences)
    if not per_word:
        return float("nan")
    return sum(len(p) for p in per_word) / len(per_word)


def unknown_rate(tokenizer: Any, sentences: Sequence[SentenceLike]) -> float:
    """Fraction of pieces that are the unknown token (0.0 without an unk token; NaN for no pieces).

    Byte-fallback tokenizers legitimately give 0: they can spell every character.
    """
    pieces = _piece_ids(tokenizer, sentences)
    if not pieces:
        return float("nan")
    unk = tokenizer.unk_token_id
    if unk is None:
        return 0.0
    return sum(p == unk for p in pieces) / len(pieces)


def subword_overlap(
    tokenizer: Any, target_sentences: Sequence[SentenceLike], source_sentences: Sequence[SentenceLike]
) -> dict[str, float]:
    """How much of the target text's sub-word vocabulary the source text uses too.

    type_overlap = |V_t & V_s| / |V_t|; token_overlap = fraction of the target's piece tokens whose
    id is in V_s, where V_x is the set of piece ids of text x. Special ids -- the unknown token
    included, since two unknown pieces need not be the same string -- are left out of both the sets
    and the token count. NaN when the target has no (non-special) pieces.
    """
    special = set(tokenizer.all_special_ids)
    target = [p for p in _piece_ids(tokenizer, target_sentences) if p not in special]
    source_types = {p for p in _piece_ids(tokenizer, source_sentences) if p not in special}
    if not target:
        return {"type_overlap": float("nan"), "token_overlap": float("nan")}
    target_types = set(target)
    return {
        "type_overlap": len(target_types & source_types) / len(target_types),
        "token_overlap": sum(p in source_types for p in target) / len(target),
    }


def piece_counts(tokenizer: Any, sentences: Sequence[SentenceLike]) -> Counter[int]:
    """How often each (non-special) piece id occurs in the sentences: a language's sub-word distribution, from
    which the overlap of any two languages follows (xlt.analysis.correlate, pair features)."""
    special = set(tokenizer.all_special_ids)
    return Counter(p for p in _piece_ids(tokenizer, sentences) if p not in special)


def counts_overlap(target: Counter[int], source: Counter[int]) -> dict[str, float]:
    """:func:`subword_overlap` from two piece counts: the share of the target's piece types the source has, and
    the share of its piece tokens whose type the source has (NaN for an empty target)."""
    total = sum(target.values())
    if not total:
        return {"type_overlap": float("nan"), "token_overlap": float("nan")}
    shared = [p for p in target if p in source]
    return {"type_overlap": len(shared) / len(target), "token_overlap": sum(target[p] for p in shared) / total}


def script_of(sentences: Sequence[SentenceLike]) -> str:
    """The Unicode script most letters of the text are written in (LATIN, ARABIC, BENGALI, CYRILLIC, ...): the
    first word of each letter's Unicode name; "" for a text without letters."""
    scripts = Counter(unicodedata.name(ch, "UNKNOWN").split()[0] for s in sentences for w in _words(s) for ch in w
                      if ch.isalpha())
    return scripts.most_common(1)[0][0] if scripts else ""


def entity_strings(sentences_with_tags: Iterable[Sentence]) -> set[str]:
    """The surface strings ("Angela Merkel") of the strict-IOB2 entities of tagged sentences (untagged ones are
    skipped; words joined with one space): xlt.evaluation.diagnostics.mention_strings."""
    return mention_strings(sentences_with_tags, "strict")


def entity_overlap(target_entities: Iterable[str], source_entities: Iterable[str]) -> float:
    """Fraction of the unique target entity strings that occur among the source ones (exact, case-sensitive).

    NaN when there are no target entities: the overlap is undefined, not 0, and a caller averaging
    over languages should skip it rather than count it as no overlap.
    """
    target, source = set(target_entities), set(source_entities)
    if not target:
        return float("nan")
    return len(target & source) / len(target)


def text_features(
    tokenizer: Any,
    target_sentences: Sequence[SentenceLike],
    source_sentences: Sequence[SentenceLike],
    target_entities: Iterable[str],
    source_entities: Iterable[str],
) -> dict[str, float]:
    """All features in one flat dict; fertility and unk rate are of the target sentences."""
    overlap = subword_overlap(tokenizer, target_sentences, source_sentences)
    return {
        "fertility": fertility(tokenizer, target_sentences),
        "unk_rate": unknown_rate(tokenizer, target_sentences),
        "subword_type_overlap": overlap["type_overlap"],
        "subword_token_overlap": overlap["token_overlap"],
        "entity_overlap": entity_overlap(target_entities, source_entities),
    }

"""Tokenizer-only text features of xlt.analysis.lm.features on inputs whose pieces are known by hand."""

from __future__ import annotations

import math

import pytest
from tokenizers import Tokenizer
from tokenizers.models import WordPiece
from tokenizers.pre_tokenizers import Whitespace
from transformers import PreTrainedTokenizerFast

from xlt.analysis.lm.features import (
    entity_overlap,
    entity_strings,
    fertility,
    subword_overlap,
    text_features,
    unknown_rate,
)
from xlt.data.sentence import Sentence

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "play", "##ing", "##ed", "run", "Paris"]

# the: 1 piece; playing: play ##ing; xyz: [UNK]; played: play ##ed; run: 1 -> 7 pieces for 5 words
TARGET = [["the", "playing", "xyz"], ["played", "run"]]
SOURCE = [["play", "the", "the"]]


@pytest.fixture(scope="module")
def tokenizer() -> PreTrainedTokenizerFast:
    tok = Tokenizer(WordPiece({t: i for i, t in enumerate(VOCAB)}, unk_token="[UNK]"))
    tok.pre_tokenizer = Whitespace()
    return PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
                                   sep_token="[SEP]")


def test_pieces_are_as_the_hand_computations_assume(tokenizer: PreTrainedTokenizerFast) -> None:
    assert tokenizer.tokenize("the playing xyz played run") == ["the", "play", "##ing", "[UNK]", "play", "##ed", "run"]


def test_fertility_and_unknown_rate(tokenizer: PreTrainedTokenizerFast) -> None:
    assert fertility(tokenizer, TARGET) == pytest.approx(7 / 5)
    assert unknown_rate(tokenizer, TARGET) == pytest.approx(1 / 7)
    assert fertility(tokenizer, SOURCE) == 1.0 and unknown_rate(tokenizer, SOURCE) == 0.0
    # Sentence objects are read through their tokens; empty sentences contribute nothing
    sentences = [Sentence(tuple(s)) for s in TARGET] + [Sentence(())]
    assert fertility(tokenizer, sentences) == pytest.approx(7 / 5)
    assert math.isnan(fertility(tokenizer, [])) and math.isnan(unknown_rate(tokenizer, [[]]))


def test_subword_overlap_excludes_specials(tokenizer: PreTrainedTokenizerFast) -> None:
    # target types without [UNK]: the play ##ing ##ed run; the source uses play and the
    overlap = subword_overlap(tokenizer, TARGET, SOURCE)
    assert overlap["type_overlap"] == pytest.approx(2 / 5)
    # target tokens without [UNK]: the play ##ing play ##ed run -> the, play, play are in the source
    assert overlap["token_overlap"] == pytest.approx(3 / 6)
    assert subword_overlap(tokenizer, TARGET, TARGET) == {"type_overlap": 1.0, "token_overlap": 1.0}
    assert all(math.isnan(v) for v in subword_overlap(tokenizer, [["xyz"]], SOURCE).values())


def test_entity_strings_follow_iob2() -> None:
    sentences = [
        Sentence(("Angela", "Merkel", "met", "Barack", "Obama", "in", "Paris"),
                 ("B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC")),
        # adjacent B- tags are two entities; I- of another type closes and is ignored; a stray I- is ignored
        Sentence(("Bonn", "Berlin", "Main", "and", "Rhein", "Köln"),
                 ("B-LOC", "B-LOC", "I-ORG", "O", "I-LOC", "B-ORG")),
        Sentence(("unlabeled", "Paris"), None),
    ]
    assert entity_strings(sentences) == {"Angela Merkel", "Barack Obama", "Paris", "Bonn", "Berlin", "Köln"}
    assert entity_strings([]) == set()


def test_entity_overlap_is_over_unique_target_strings() -> None:
    assert entity_overlap(["Paris", "Paris", "Berlin", "Rome"], ["Paris", "paris", "Madrid"]) == pytest.approx(1 / 3)
    assert entity_overlap(["Paris"], []) == 0.0
    assert math.isnan(entity_overlap([], ["Paris"]))


def test_text_features_returns_everything_flat(tokenizer: PreTrainedTokenizerFast) -> None:
    features = text_features(tokenizer, TARGET, SOURCE, ["Paris", "Rome"], ["Paris"])
    assert features == pytest.approx({
        "fertility": 7 / 5,
        "unk_rate": 1 / 7,
        "subword_type_overlap": 2 / 5,
        "subword_token_overlap": 3 / 6,
        "entity_overlap": 1 / 2,
    })


def test_fertility_on_the_offline_xlmr_tokenizer_counts_pieces_per_word() -> None:
    from xlt.models.tokenizers import load_tokenizer

    tok = load_tokenizer({"tokenizer": "embedded:xlmr", "name": "xlmr"})
    words = ["Angela", "Merkel", "besuchte", "gestern", "Donaudampfschifffahrt", "."]
    per_word = [len(tok(w, add_special_tokens=False)["input_ids"]) for w in words]
    assert fertility(tok, [words]) == pytest.approx(sum(per_word) / len(words))
    assert fertility(tok, [words]) > 1.0
    assert unknown_rate(tok, [words]) == 0.0

"""First-sub-token label alignment, windows for long sentences, padding and the tokenisation cache."""

import pytest

from xlt.data import encode as enc
from xlt.data.batching import Collator
from xlt.data.encode import encode, encode_cached
from xlt.data.sentence import Sentence
from xlt.data.tags import LABEL2ID
from xlt.errors import ConfigError
from xlt.evaluation.inference import sentence_logits
from xlt.models.tokenizers import load_tokenizer


@pytest.fixture(scope="module")
def tok():
    return load_tokenizer({"name": "xlmr-offline", "tokenizer": "embedded:xlmr"})


SENT = Sentence(("Wolfgang", "Amadeus", "visited", "Dar", "es", "Salaam", "."),
                ("B-PER", "I-PER", "O", "B-LOC", "I-LOC", "I-LOC", "O"))


def test_labels_sit_on_the_first_sub_token_of_each_word(tok):
    (w,) = encode([SENT], tok, 128)
    pieces = tok.convert_ids_to_tokens(w.input_ids.tolist())
    assert pieces[0] == "<s>" and pieces[-1] == "</s>"
    # every labelled position starts a word ("▁" prefix) and carries that word's tag
    assert [pieces[p] for p in w.word_pos][:2] == ["▁Wolfgang", "▁Ama"]
    assert all(pieces[p].startswith("▁") for p in w.word_pos[:-1])
    assert w.labels.tolist() == [LABEL2ID[t] for t in SENT.tags]
    batch = Collator(tok.pad_token_id)([w])
    labels = batch["labels"][0].tolist()
    assert sum(label != -100 for label in labels) == len(SENT.tokens)  # continuation pieces and specials: -100
    assert labels[0] == -100 and labels[len(w.input_ids) - 1] == -100


def test_last_sub_token_option(tok):
    (first,) = encode([SENT], tok, 128, "first")
    (last,) = encode([SENT], tok, 128, "last")
    pieces = tok.convert_ids_to_tokens(first.input_ids.tolist())
    assert pieces[last.word_pos[1]] != pieces[first.word_pos[1]]  # "Amadeus" has several pieces
    assert (last.word_pos >= first.word_pos).all()
    with pytest.raises(ConfigError, match="label_position"):
        encode([SENT], tok, 128, "middle")


def test_long_sentences_are_windowed_without_losing_a_word(tok):
    words = tuple(f"Wort{i}" for i in range(300))
    sents = [Sentence(words, ("O",) * 300), SENT]
    windows = encode(sents, tok, 16)
    assert all(len(w.input_ids) <= 16 for w in windows)
    first = [w for w in windows if w.sentence == 0]
    assert len(first) > 10
    assert sum(w.n_words for w in first) == 300
    assert [w.first_word for w in first] == sorted(w.first_word for w in first)
    import numpy as np

    logits = [np.full((w.n_words, 9), float(w.sentence)) for w in windows]
    stitched = sentence_logits(windows, logits, 2)
    assert [len(s) for s in stitched] == [300, len(SENT.tokens)]


def test_word_without_pieces_still_gets_a_position(tok):
    (w,) = encode([Sentence(("a", "", "b"), ("O", "B-PER", "O"))], tok, 32)
    assert w.n_words == 3
    assert w.input_ids[w.word_pos[1]] == tok.unk_token_id


def test_max_len_must_leave_room_for_a_word(tok):
    with pytest.raises(ConfigError, match="max_len"):
        encode([SENT], tok, 2)


def test_padding_is_dynamic(tok):
    windows = encode([SENT, Sentence(("Hi",), ("O",))], tok, 128)
    batch = Collator(tok.pad_token_id)(windows)
    assert batch["input_ids"].shape[1] == max(len(w.input_ids) for w in windows)
    assert batch["attention_mask"][1].sum() == len(windows[1].input_ids)
    assert (batch["input_ids"][1][len(windows[1].input_ids):] == tok.pad_token_id).all()


def test_unlabeled_sentences_keep_word_positions(tok):
    (w,) = encode([Sentence(SENT.tokens, None)], tok, 128)
    batch = Collator(tok.pad_token_id)([w])
    assert w.labels is None and (batch["labels"] == -100).all()
    assert batch["word_mask"].sum() == len(SENT.tokens)


def test_cache_is_reused_and_keyed_by_max_len(tok, tmp_path, monkeypatch):
    first = encode_cached([SENT], tok, 128, "first", tmp_path)
    assert len(list((tmp_path / "tokenized").glob("*.pkl"))) == 1
    calls = []
    monkeypatch.setattr(enc, "encode", lambda *a, **k: calls.append(a) or [])
    again = encode_cached([SENT], tok, 128, "first", tmp_path)
    assert not calls and again[0].input_ids.tolist() == first[0].input_ids.tolist()
    encode_cached([SENT], tok, 64, "first", tmp_path)  # another max_len is another entry
    assert len(calls) == 1


def test_gpu_padding_to_a_multiple_of_eight_changes_only_the_padding(tok):
    windows = encode([SENT, Sentence(("Hallo", "Welt"), ("O", "O"))], tok, 128)
    exact, padded = Collator(tok.pad_token_id)(windows), Collator(tok.pad_token_id, 8)(windows)
    width = max(len(w.input_ids) for w in windows)
    assert exact["input_ids"].shape[1] == width and padded["input_ids"].shape[1] == -(-width // 8) * 8
    n = width
    for key in ("input_ids", "attention_mask", "labels", "word_mask"):
        assert (padded[key][:, :n] == exact[key]).all()
    assert (padded["attention_mask"][:, n:] == 0).all() and (padded["labels"][:, n:] == -100).all()
    assert not padded["word_mask"][:, n:].any()

"""Sentences far longer than max_len: every word gets exactly one prediction and every gold entity is counted."""

from __future__ import annotations

from xlt.config import to_dict
from xlt.data.conll import read_conll
from xlt.data.sentence import Sentence
from xlt.evaluation.scoring import evaluate_sentences
from xlt.models.teacher import Teacher


def _long_sentence(i: int, n_words: int) -> Sentence:
    tokens, tags = [], []
    for w in range(n_words):
        if w % 17 == 0:  # a two-word PER every 17 words, some straddling window borders
            tokens += [f"Anna{i}", f"Schmidt{w}"]
            tags += ["B-PER", "I-PER"]
        else:
            tokens.append(f"wort{w}ungewöhnlich")  # several sub-tokens per word
            tags.append("O")
    return Sentence(tuple(tokens), tuple(tags))


def test_predictions_cover_every_word_of_long_sentences(make_cfg, cache_dir, tmp_path):
    cfg = make_cfg(["model=tiny"])
    teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), "conlleval", str(cache_dir)).eval()
    sentences = [_long_sentence(i, n) for i, n in enumerate((5, 400, 1000, 37))]
    out = tmp_path / "pred.conll"
    scores = evaluate_sentences(teacher, sentences, metric_mode="conlleval", predictions_path=out, max_len=16,
                                label_position="first", batch_size=8, precision="32-true", cache_dir=cache_dir)
    back = read_conll(out, tag_column=1)
    assert [s.tokens for s in back] == [s.tokens for s in sentences]  # one line per word, in order
    assert [s.tags for s in back] == [s.tags for s in sentences]
    n_entities = sum(t == "B-PER" for s in sentences for t in s.tags)
    assert scores["n_gold"] == n_entities and scores["n_sentences"] == 4
    assert sum(len(line.split()) == 3 for line in out.read_text().splitlines()) == sum(len(s.tokens) for s in sentences)

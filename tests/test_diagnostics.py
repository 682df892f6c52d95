"""The diagnostics of a cell on fixtures whose numbers were worked out by hand (xlt.evaluation.diagnostics)."""

from __future__ import annotations

import numpy as np
import pytest

from xlt.data.sentence import Sentence
from xlt.data.tags import LABEL2ID, LABELS
from xlt.evaluation.diagnostics import (
    agreement,
    by_position,
    calibration,
    expected_calibration_error,
    flat,
    mention_strings,
    seen_split_scores,
    seen_unseen,
    token_sequences,
)

# the test set: 5 gold mentions
TEST = [
    Sentence(["Angela", "Merkel", "visited", "Paris", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
    Sentence(["Acme", "Corp", "hired", "Bob", "in", "Oslo"], ["B-ORG", "I-ORG", "O", "B-PER", "O", "B-LOC"]),
]
# seen in the unlabeled text (as token sequences): "Angela Merkel", "Paris", "Acme Corp" (not "Bob", not "Oslo")
TEXT = [Sentence(["Yesterday", "Angela", "Merkel", "met", "Acme", "Corp", "in", "Paris"])]
# seen as gold mentions of the source: only "Paris"
SOURCE = [Sentence(["Paris", "is", "big"], ["B-LOC", "O", "O"]), Sentence(["Merkel", "spoke"], ["B-PER", "O"])]
# predictions: Merkel right, Paris missed, "Acme Corp" as LOC (wrong type), Bob right, Oslo right, plus a
# spurious "visited" (PER) -> predicted mentions: Angela Merkel, visited, Acme Corp(LOC), Bob, Oslo
PRED = [["B-PER", "I-PER", "B-PER", "O", "O"], ["B-LOC", "I-LOC", "O", "B-PER", "O", "B-LOC"]]


def test_mention_strings_and_token_sequences():
    assert mention_strings(SOURCE) == {"Paris", "Merkel"}
    ngrams = token_sequences(TEXT)
    assert all(x in ngrams for x in ("Angela Merkel", "Acme Corp", "Paris", "Yesterday Angela Merkel met"))
    assert "Bob" not in ngrams and "Merkel Paris" not in ngrams and "Corp in Paris ." not in ngrams
    assert "Yesterday Angela Merkel met Acme Corp in Paris" in ngrams  # any length, not only short n-grams


def test_seen_unseen_split_by_the_unlabeled_text_by_hand():
    res = seen_split_scores(TEST, PRED, token_sequences(TEXT).__contains__)
    # seen gold: Angela Merkel, Paris, Acme Corp (3); predicted with a seen string: Angela Merkel, Acme Corp (2);
    # correct among them: Angela Merkel (1) -> P 1/2, R 1/3, F1 2*1/(2+3) = 0.4
    assert (res["seen"]["tp"], res["seen"]["n_pred"], res["seen"]["n_gold"]) == (1, 2, 3)
    assert res["seen"]["precision"] == pytest.approx(0.5) and res["seen"]["recall"] == pytest.approx(1 / 3)
    assert res["seen"]["f1"] == pytest.approx(0.4)
    # unseen gold: Bob, Oslo (2); predicted unseen: visited, Bob, Oslo (3); correct: Bob, Oslo (2) -> F1 4/5
    assert (res["unseen"]["tp"], res["unseen"]["n_pred"], res["unseen"]["n_gold"]) == (2, 3, 2)
    assert res["unseen"]["f1"] == pytest.approx(0.8)
    assert res["seen_share"] == pytest.approx(3 / 5)


def test_mentions_split_by_whether_they_start_the_sentence_by_hand():
    res = by_position(TEST, PRED)
    # initial gold: Angela Merkel, Acme Corp (ORG); predicted: Angela Merkel, Acme Corp (LOC); correct: Angela Merkel
    # -> P 1/2, R 1/2, F1 0.5
    assert (res["initial"]["tp"], res["initial"]["n_pred"], res["initial"]["n_gold"]) == (1, 2, 2)
    assert res["initial"]["f1"] == pytest.approx(0.5)
    # inside gold: Paris, Bob, Oslo; predicted: visited, Bob, Oslo; correct: Bob, Oslo -> F1 2*2/(3+3)
    assert (res["inside"]["tp"], res["inside"]["n_pred"], res["inside"]["n_gold"]) == (2, 3, 3)
    assert res["inside"]["f1"] == pytest.approx(2 / 3)
    assert res["initial_share"] == pytest.approx(2 / 5)


def test_seen_unseen_by_source_mentions_and_both_at_once():
    both = seen_unseen(TEST, PRED, mention_strings(SOURCE), token_sequences(TEXT))
    src = both["source"]
    # only "Paris" is a source mention string ("Merkel" alone is not "Angela Merkel"): gold seen 1, never predicted
    assert (src["seen"]["tp"], src["seen"]["n_pred"], src["seen"]["n_gold"]) == (0, 0, 1)
    assert src["seen"]["f1"] == 0.0 and src["seen_share"] == pytest.approx(1 / 5)
    assert (src["unseen"]["tp"], src["unseen"]["n_pred"], src["unseen"]["n_gold"]) == (3, 5, 4)
    assert both["target_text"]["seen"]["f1"] == pytest.approx(0.4)


def _logits(tags: list[str], confident: float = 5.0) -> np.ndarray:
    x = np.zeros((len(tags), len(LABELS)), dtype=np.float32)
    for i, t in enumerate(tags):
        x[i, LABEL2ID[t]] = confident
    return x


def test_agreement_by_hand():
    teacher = [_logits(["B-PER", "I-PER", "O", "B-LOC"]), _logits(["O", "B-ORG"])]
    student = [_logits(["B-PER", "O", "O", "B-LOC"]), _logits(["O", "B-LOC"])]
    res = agreement(student, teacher)
    # 6 words, 4 equal (B-PER, O, B-LOC, O); teacher entity words 4 (B-PER, I-PER, B-LOC, B-ORG), 2 equal
    assert res["token"] == pytest.approx(4 / 6) and res["entity_token"] == pytest.approx(2 / 4)
    assert res["n_words"] == 6
    # entities vs the teacher's: teacher {PER 0-1, LOC 3, ORG 1'}, student {PER 0, LOC 3, LOC 1'}: 1 of 3 each
    assert res["entity_f1_vs_teacher"] == pytest.approx(1 / 3)
    same = agreement(teacher, teacher)
    assert same["token"] == 1.0 and same["entity_f1_vs_teacher"] == 1.0
    assert agreement([_logits(["O"])], [_logits(["O"])])["entity_token"] is None  # no teacher entity word


def test_expected_calibration_error_by_hand():
    # 15 bins of width 1/15: 0.95 and 0.99 share the last bin (14/15, 1]; 0.5 sits in (7/15, 8/15]
    conf = np.array([0.95, 0.99, 0.5, 0.5])
    correct = np.array([1, 0, 1, 1])
    # last bin: |acc 0.5 - conf 0.97| * 2/4 = 0.235; middle bin: |1 - 0.5| * 2/4 = 0.25 -> 0.485
    assert expected_calibration_error(conf, correct) == pytest.approx(0.235 + 0.25)
    assert expected_calibration_error(np.array([0.8, 0.8]), np.array([1, 1]), n_bins=10) == pytest.approx(0.2)
    assert expected_calibration_error(np.array([]), np.array([])) == 0.0
    perfect = np.array([1.0, 1.0, 1.0])
    assert expected_calibration_error(perfect, np.array([1, 1, 1])) == 0.0


def test_calibration_of_logits_against_gold():
    gold = [Sentence(["a", "b"], ["B-PER", "O"])]
    # word 1: softmax puts p on B-PER and (1-p)/8 on the others; word 2: predicts B-LOC although gold is O
    logits = [np.stack([_logits(["B-PER"], np.log(9 * 8.0))[0], _logits(["B-LOC"], np.log(9 * 8.0))[0]])]
    res = calibration(logits, gold)
    # each top probability is 72 / (72 + 8) = 0.9; word 1 right, word 2 wrong -> one bin, |0.5 - 0.9| = 0.4
    assert res["confidence"] == pytest.approx(0.9) and res["accuracy"] == pytest.approx(0.5)
    assert res["ece"] == pytest.approx(0.4) and res["n_words"] == 2
    assert res["ece_entity_words"] == pytest.approx(0.4)  # both words are gold or predicted entities


def test_flat_keeps_numbers_only():
    tree = {"f1": 0.5, "per_type": {"PER": {"f1": 1.0, "support": 3}}, "mode": "conlleval", "ok": True, "x": None}
    assert flat("student", tree) == {"student/f1": 0.5, "student/per_type/PER/f1": 1.0,
                                     "student/per_type/PER/support": 3.0}
    assert flat("s", tree, lambda k: not k.endswith("support")) == {"s/f1": 0.5, "s/per_type/PER/f1": 1.0}

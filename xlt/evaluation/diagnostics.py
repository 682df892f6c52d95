"""Why a student beats (or does not beat) zero-shot: the diagnostics every cell records.

- **Seen / unseen mentions** (Augenstein et al. 2017, arXiv 1701.02877; Tu and Lignos 2021, TMR): the test
  mentions split by whether their string was seen (a) as a gold mention in the labeled *source* training
  data, (b) anywhere in the *unlabeled target text* the student trains on (as a token sequence: that text
  has no labels). Scores per part: a gold mention belongs to the part of its string; a predicted mention to
  the part of *its* string, so precision and recall of each part count the same mentions (a correct
  prediction has the gold span, hence the gold string).
- **Position**: the test mentions split by whether they start the sentence. A decoder (Gemma, BLOOM) labels a
  word from its left context only, so a sentence-initial mention is labelled from the mention alone (with
  `data.label_position=first`, from its first piece alone); an encoder sees the words after it as well. The gap
  between the two parts, compared across backbones, shows where left-to-right context costs.
- **Agreement**: how often the student's argmax equals the teacher's on the student's own training text
  (all words, and words the teacher tags as entities), and the student's entity F1 against the teacher's
  tags. High agreement with a low test score points at the teacher's errors or at the text; low agreement
  points at the student's training.
- **Calibration**: the teacher's expected calibration error (ECE, 15 equal-width bins of the top
  probability, over words) on source dev: soft labels from an over-confident teacher are hard labels.

All functions take plain tag strings / logits, so they are checked on hand-worked fixtures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from xlt.data.sentence import Sentence
from xlt.data.spans import entity_chunks
from xlt.data.tags import LABEL2ID, LABELS
from xlt.evaluation.metrics import entity_scores


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0
    return {"precision": p, "recall": r, "f1": f1, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def mention_strings(sentences: Iterable[Sentence], mode: str = "strict") -> set[str]:
    """The surface strings (words joined by one space) of the gold mentions of labeled sentences."""
    out: set[str] = set()
    for s in sentences:
        if s.tags is None:
            continue
        for _, start, end in entity_chunks(s.tags, mode):
            out.add(" ".join(s.tokens[start:end]))
    return out


class TokenSequences:
    """Which token sequences occur in a text: `"Angela Merkel" in index`. Indexed by first token (memory linear in
    the text, not in its n-grams), so it answers for sequences of any length."""

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self._sentences = [tuple(s.tokens) for s in sentences]
        self._starts: dict[str, list[tuple[int, int]]] = {}
        for k, toks in enumerate(self._sentences):
            for i, tok in enumerate(toks):
                self._starts.setdefault(tok, []).append((k, i))

    def __contains__(self, surface: object) -> bool:
        words = tuple(str(surface).split(" "))
        for k, i in self._starts.get(words[0], ()):
            if self._sentences[k][i : i + len(words)] == words:
                return True
        return False


def token_sequences(sentences: Iterable[Sentence]) -> TokenSequences:
    """The token sequences of the sentences, to test "seen in the text" (xlt.evaluation.diagnostics.TokenSequences)."""
    return TokenSequences(sentences)


def split_scores(gold: Sequence[Sentence], pred_tags: Sequence[Sequence[str]],
                 in_first: Callable[[Sequence[str], int, int], bool], parts: tuple[str, str],
                 mode: str = "conlleval") -> dict[str, Any]:
    """P/R/F1 on the mentions (words `start:end` of a sentence's `tokens`) for which `in_first` holds, under
    parts[0], and on the others, under parts[1]; plus the share of gold mentions in the first part. A gold mention
    and a predicted one each count in the part of their own span, so a correct prediction counts where its gold does."""
    counts = {part: [0, 0, 0] for part in parts}  # tp, n_pred, n_gold
    for sentence, pred in zip(gold, pred_tags, strict=True):
        toks = sentence.tokens
        g = entity_chunks(sentence.tags or (), mode)
        p = entity_chunks(pred, mode)
        for chunks, slot in ((g, 2), (p, 1), (g & p, 0)):
            for _, start, end in chunks:
                counts[parts[0] if in_first(toks, start, end) else parts[1]][slot] += 1
    n_gold = sum(c[2] for c in counts.values())
    out: dict[str, Any] = {part: _prf(*c) for part, c in counts.items()}
    out[f"{parts[0]}_share"] = counts[parts[0]][2] / n_gold if n_gold else 0.0
    return out


def seen_split_scores(
    gold: Sequence[Sentence], pred_tags: Sequence[Sequence[str]], is_seen: Callable[[str], bool],
    mode: str = "conlleval",
) -> dict[str, Any]:
    """P/R/F1 on the mentions whose string `is_seen` and on the others, plus the seen share of gold mentions."""
    return split_scores(gold, pred_tags, lambda toks, start, end: is_seen(" ".join(toks[start:end])),
                        ("seen", "unseen"), mode)


def seen_unseen(gold: Sequence[Sentence], pred_tags: Sequence[Sequence[str]], source_mentions: set[str],
                target_ngrams: TokenSequences | set[str], mode: str = "conlleval") -> dict[str, Any]:
    """Both splits a cell reports: by the source training mentions and by the unlabeled target text."""
    return {
        "source": seen_split_scores(gold, pred_tags, source_mentions.__contains__, mode),
        "target_text": seen_split_scores(gold, pred_tags, target_ngrams.__contains__, mode),
    }


def by_position(gold: Sequence[Sentence], pred_tags: Sequence[Sequence[str]],
                mode: str = "conlleval") -> dict[str, Any]:
    """P/R/F1 on the mentions that start the sentence (`initial`: no word of left context, so a decoder labels them
    from the mention alone) and on the others (`inside`), plus the share of gold mentions that start it."""
    return split_scores(gold, pred_tags, lambda toks, start, end: start == 0, ("initial", "inside"), mode)


def argmax_tags(logits: Sequence[np.ndarray]) -> list[list[str]]:
    return [[LABELS[i] for i in np.asarray(x).argmax(-1).tolist()] for x in logits]


def agreement(student_logits: Sequence[np.ndarray], teacher_logits: Sequence[np.ndarray],
              mode: str = "conlleval") -> dict[str, Any]:
    """Student vs teacher on the same words: argmax agreement over all words and over the words the teacher
    tags as entities, and the student's entity P/R/F1 taking the teacher's tags as the reference."""
    s_tags, t_tags = argmax_tags(student_logits), argmax_tags(teacher_logits)
    same = total = same_ent = n_ent = 0
    for s, t in zip(s_tags, t_tags, strict=True):
        for a, b in zip(s, t, strict=True):
            total += 1
            same += a == b
            if b != "O":
                n_ent += 1
                same_ent += a == b
    vs_teacher = entity_scores(t_tags, s_tags, mode)
    return {"token": same / total if total else None, "entity_token": same_ent / n_ent if n_ent else None,
            "n_words": total, "entity_f1_vs_teacher": vs_teacher["f1"],
            "entity_precision_vs_teacher": vs_teacher["precision"], "entity_recall_vs_teacher": vs_teacher["recall"]}


def calibration(logits: Sequence[np.ndarray], gold: Sequence[Sentence], n_bins: int = 15) -> dict[str, Any]:
    """Expected calibration error of the top probability over words (15 equal-width bins, as Guo et al.
    2017), the mean top probability and the word accuracy; also over the words gold or predicted as entities."""
    conf, correct, entity = [], [], []
    for x, sentence in zip(logits, gold, strict=True):
        x = np.asarray(x, dtype=np.float64)
        probs = np.exp(x - x.max(-1, keepdims=True))
        probs /= probs.sum(-1, keepdims=True)
        pred = probs.argmax(-1)
        gold_ids = np.array([LABEL2ID[t] for t in sentence.tags or ()], dtype=np.int64)
        conf.append(probs.max(-1))
        correct.append(pred == gold_ids)
        entity.append((gold_ids != 0) | (pred != 0))
    c, ok, ent = (np.concatenate(v) if v else np.zeros(0) for v in (conf, correct, entity))
    ent = ent.astype(bool)
    return {"ece": expected_calibration_error(c, ok, n_bins), "confidence": float(c.mean()) if len(c) else 0.0,
            "accuracy": float(ok.mean()) if len(ok) else 0.0,
            "ece_entity_words": expected_calibration_error(c[ent], ok[ent], n_bins), "n_words": int(len(c)),
            "n_bins": n_bins}


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, n_bins: int = 15) -> float:
    """sum_b |B_b| / N * |accuracy(B_b) - confidence(B_b)| over equal-width bins of (0, 1]."""
    confidence = np.asarray(confidence, dtype=np.float64)
    correct = np.asarray(correct, dtype=np.float64)
    if len(confidence) == 0:
        return 0.0
    bins = np.clip(np.ceil(confidence * n_bins).astype(int) - 1, 0, n_bins - 1)  # (k/n, (k+1)/n] -> k
    ece = 0.0
    for b in range(n_bins):
        sel = bins == b
        if sel.any():
            ece += sel.mean() * abs(correct[sel].mean() - confidence[sel].mean())
    return float(ece)


def flat(prefix: str, tree: Mapping[str, Any], keep: Callable[[str], bool] = lambda k: True) -> dict[str, float]:
    """`{"a": {"b": 1}}` -> `{"prefix/a/b": 1}` for numbers only (W&B summaries, report columns)."""
    out: dict[str, float] = {}
    for key, value in tree.items():
        name = f"{prefix}/{key}"
        if isinstance(value, Mapping):
            out.update(flat(name, value, keep))
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and keep(name):
            out[name] = float(value)
    return out

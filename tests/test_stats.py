"""Seed-aware significance (xlt.analysis.stats) against hand enumerations and scipy."""

from __future__ import annotations

from itertools import product

import numpy as np
import pytest
from scipy import stats as sps

from xlt.analysis.stats import hierarchical_bootstrap, holm, mean_f1, randomisation_test, sign_flip_test
from xlt.errors import DataError
from xlt.evaluation.metrics import f1_from_counts, sentence_counts

GOLD = [["B-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"], ["O", "B-MISC", "O"]]
ALL_RIGHT = GOLD
MISS_LOC = [["B-PER", "O", "O"], ["B-ORG", "I-ORG", "O"], ["O", "B-MISC", "O"]]
MISS_ORG = [["B-PER", "O", "B-LOC"], ["O", "O", "O"], ["O", "B-MISC", "O"]]
ORG_AS_LOC = [["B-PER", "O", "B-LOC"], ["B-LOC", "I-LOC", "O"], ["O", "O", "O"]]


def counts(pred, n=3):
    return sentence_counts(GOLD[:n], pred[:n])


def f1_on(c: np.ndarray, idx) -> float:
    return 100 * float(f1_from_counts(*c[list(idx)].sum(0)))


def test_mean_f1_is_the_mean_of_the_runs_f1():
    # MISS_LOC finds 3 of the 4 gold entities and predicts nothing else: F1 = 2*3 / (3 + 4) = 6/7
    assert mean_f1([counts(ALL_RIGHT), counts(MISS_LOC)]) == pytest.approx((100 + 100 * 6 / 7) / 2)


def test_hierarchical_bootstrap_paired_seeds_matches_the_enumerated_distribution():
    """2 seeds x 2 sentences: 4 seed draws x 4 sentence draws, all equally likely; enumerate them by hand."""
    a = [counts(ALL_RIGHT, 2), counts(ORG_AS_LOC, 2)]
    b = [counts(MISS_LOC, 2), counts(MISS_ORG, 2)]
    exact = []
    for seeds in product(range(2), repeat=2):
        for idx in product(range(2), repeat=2):
            exact.append(np.mean([f1_on(a[s], idx) for s in seeds]) - np.mean([f1_on(b[s], idx) for s in seeds]))
    res = hierarchical_bootstrap(a, b, paired_seeds=True, n_resamples=6000, seed=3)
    observed = np.mean([f1_on(x, [0, 1]) for x in a]) - np.mean([f1_on(x, [0, 1]) for x in b])
    assert res["delta"] == pytest.approx(observed)
    assert res["ci_low"] == pytest.approx(min(exact)) and res["ci_high"] == pytest.approx(max(exact))
    assert (res["n_seeds_a"], res["n_seeds_b"], res["n_sentences"]) == (2, 2, 2)


def test_hierarchical_bootstrap_unpaired_draws_each_systems_seeds_on_its_own():
    a = [counts(ALL_RIGHT, 2), counts(ORG_AS_LOC, 2)]
    b = [counts(MISS_LOC, 2)]
    exact = []
    for sa in product(range(2), repeat=2):
        for idx in product(range(2), repeat=2):
            exact.append(np.mean([f1_on(a[s], idx) for s in sa]) - f1_on(b[0], idx))
    res = hierarchical_bootstrap(a, b, paired_seeds=False, n_resamples=6000, seed=0)
    assert res["ci_low"] == pytest.approx(min(exact)) and res["ci_high"] == pytest.approx(max(exact))
    with pytest.raises(DataError, match="paired seeds"):
        hierarchical_bootstrap(a, b, paired_seeds=True)


def test_seed_variance_widens_the_interval():
    """The same sentences, but two seeds that disagree: wider than a single seed's sentence-only interval."""
    rng = np.random.default_rng(0)
    gold = [["B-PER", "O"]] * 200
    good = [["B-PER", "O"] if rng.random() < 0.9 else ["O", "O"] for _ in gold]
    bad = [["B-PER", "O"] if rng.random() < 0.6 else ["O", "O"] for _ in gold]
    base = [["B-PER", "O"] if rng.random() < 0.75 else ["O", "O"] for _ in gold]
    c = lambda p: sentence_counts(gold, p)  # noqa: E731
    one = hierarchical_bootstrap([c(good)], [c(base)], paired_seeds=True, n_resamples=2000)
    two = hierarchical_bootstrap([c(good), c(bad)], [c(base), c(base)], paired_seeds=True, n_resamples=2000)
    assert (two["ci_high"] - two["ci_low"]) > 1.5 * (one["ci_high"] - one["ci_low"])


def test_one_seed_bootstrap_agrees_with_scipy_bootstrap():
    """With a single seed the hierarchical bootstrap is the paired sentence bootstrap scipy implements."""
    rng = np.random.default_rng(1)
    gold = [["B-PER", "O", "B-LOC"]] * 300
    pa = [[t if rng.random() < 0.85 else "O" for t in g] for g in gold]
    pb = [[t if rng.random() < 0.7 else "O" for t in g] for g in gold]
    ca, cb = sentence_counts(gold, pa), sentence_counts(gold, pb)
    ours = hierarchical_bootstrap([ca], [cb], paired_seeds=True, n_resamples=4000, seed=2)

    def stat(i, axis=-1):
        i = np.asarray(i)
        sa, sb = ca[i].sum(-2), cb[i].sum(-2)
        return 100 * (f1_from_counts(sa[..., 0], sa[..., 1], sa[..., 2]) - f1_from_counts(sb[..., 0], sb[..., 1],
                                                                                              sb[..., 2]))

    ref = sps.bootstrap((np.arange(len(gold)),), stat, vectorized=True, n_resamples=4000, method="percentile",
                        rng=np.random.default_rng(5))
    assert ours["delta"] == pytest.approx(float(stat(np.arange(len(gold)))))
    assert ours["ci_low"] == pytest.approx(ref.confidence_interval.low, abs=1.0)
    assert ours["ci_high"] == pytest.approx(ref.confidence_interval.high, abs=1.0)


def test_randomisation_test_is_the_exact_enumeration_for_few_sentences():
    """3 sentences, 2 seeds per system: all 2^3 sentence swaps, counted by hand."""
    a = [counts(ALL_RIGHT), counts(MISS_ORG)]
    b = [counts(MISS_LOC), counts(ORG_AS_LOC)]

    def stat(swap):
        xa = [np.where(np.array(swap)[:, None], y, x) for x, y in zip(a, b, strict=True)]
        xb = [np.where(np.array(swap)[:, None], x, y) for x, y in zip(a, b, strict=True)]
        return mean_f1(xa) - mean_f1(xb)

    observed = stat([False] * 3)
    null = np.array([stat(list(s)) for s in product([False, True], repeat=3)])
    eps = 1e-9
    p_hand = min(1.0, 2 * min(np.mean(null >= observed - eps), np.mean(null <= observed + eps)))
    res = randomisation_test(a, b, n_resamples=9999)
    assert res["exact"] and res["n_permutations"] == 8
    assert res["delta"] == pytest.approx(observed)
    assert res["p_value"] == pytest.approx(p_hand)


def test_randomisation_test_identical_systems_and_clear_differences():
    c = [counts(MISS_LOC)]
    assert randomisation_test(c, c)["p_value"] == pytest.approx(1.0)
    gold = [["B-PER", "O"]] * 60
    right = sentence_counts(gold, gold)
    wrong = sentence_counts(gold, [["O", "O"]] * 60)
    res = randomisation_test([right], [wrong], n_resamples=999, seed=1)
    assert not res["exact"] and res["p_value"] <= 2 / 1000 + 1e-12  # nothing as extreme in 999 permutations
    with pytest.raises(DataError, match="same runs x sentences"):
        randomisation_test([right, right], [wrong])


def test_holm_by_hand():
    # sorted 0.005, 0.01, 0.03, 0.04 -> x4, x3, x2, x1 = 0.02, 0.03, 0.06, 0.04 -> running max 0.02, 0.03, 0.06, 0.06
    assert holm([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert holm([0.5, 0.9]) == pytest.approx([1.0, 1.0])  # capped at 1
    assert holm([0.2]) == pytest.approx([0.2]) and len(holm([])) == 0


def test_sign_flip_test_over_seeds_by_hand():
    # differences 1, 2, 3: of the 8 sign patterns only (+,+,+) reaches the observed mean 2 -> p = 2 * 1/8
    assert sign_flip_test([2, 4, 6], [1, 2, 3]) == pytest.approx(0.25)
    # differences 1, -1, 2 (mean 2/3): (+,+,+), (+,-,+) and (-,-,+) reach it, 3 of 8 -> p = 2 * 3/8
    assert sign_flip_test([1, -1, 2], [0, 0, 0]) == pytest.approx(min(1.0, 2 * 3 / 8))
    assert sign_flip_test([1, 1], [1, 1]) == 1.0


def test_randomisation_test_memory_stays_small_on_a_large_test_set():
    """10,000 sentences x 3 seeds (a WikiANN-sized test set): permutations in batches, totals updated linearly."""
    rng = np.random.default_rng(0)
    a = [rng.integers(0, 3, size=(10_000, 3)) for _ in range(3)]
    b = [rng.integers(0, 3, size=(10_000, 3)) for _ in range(3)]
    res = randomisation_test(a, b, n_resamples=999)
    assert 0.0 < res["p_value"] <= 1.0 and res["n_sentences"] == 10_000

"""Seed-aware significance (xlt.analysis.stats) against hand enumerations and scipy."""

from __future__ import annotations

from itertools import product

import numpy as np
import pytest
from scipy import stats as sps

from xlt.analysis.stats import (
    SEEDS_TO_REJECT,
    cluster_sums,
    gain_contrast_bootstrap,
    gain_randomisation_test,
    hierarchical_bootstrap,
    holm,
    mean_f1,
    minimum_detectable_effect,
    paired_t_interval,
    randomisation_test,
    seed_permutation_test,
    seeds_to_reject,
    sign_flip_test,
    smallest_seed_p,
    two_level_mde,
)
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


def test_paired_t_interval_over_seeds_by_hand():
    # differences 2, 3, 4: mean 3, sd 1, se 1/sqrt(3); t(0.975, 2 df) = 4.3027 -> 3 -+ 2.4841
    mean, low, high = paired_t_interval([3, 5, 7], [1, 2, 3])
    assert (mean, low, high) == pytest.approx((3.0, 0.5159, 5.4841), abs=1e-4)
    mean, low, high = paired_t_interval([2.0], [1.0])  # one seed: a difference, no interval
    assert mean == 1.0 and np.isnan(low) and np.isnan(high)
    with pytest.raises(DataError, match="equally long"):
        paired_t_interval([1.0, 2.0], [1.0])  # never broadcast one seed against several


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


# 4 sentences in 2 clusters (sentences 0, 1 and 2, 3), one run per system; (tp, predicted, gold) per sentence
CLUSTERS = [7, 7, 3, 3]  # any ids: clusters are taken in the order of their sorted ids (3, then 7)
A4 = np.array([[1, 1, 1], [1, 1, 2], [2, 2, 2], [0, 1, 1]])  # cluster 7: (2, 2, 3), cluster 3: (2, 3, 3)
B4 = np.array([[0, 0, 1], [1, 1, 2], [1, 2, 2], [0, 0, 1]])  # cluster 7: (1, 1, 3), cluster 3: (1, 2, 3)


def f1(tp, pred, gold):
    return 100 * 2 * tp / (pred + gold)


def test_cluster_sums_by_hand():
    assert cluster_sums(A4, CLUSTERS).tolist() == [[2, 3, 3], [2, 2, 3]]
    assert cluster_sums(np.stack([A4, B4]), CLUSTERS).tolist() == [[[2, 3, 3], [2, 2, 3]], [[1, 2, 3], [1, 1, 3]]]
    assert cluster_sums(A4, None) is not None and (cluster_sums(A4, None) == A4).all()
    with pytest.raises(DataError, match="one cluster id per test sentence"):
        cluster_sums(A4, [0, 1])


def test_randomisation_test_over_clusters_enumerated_by_hand():
    """2 clusters: 2^2 swaps. a = (4, 5, 6) -> F1 8/11, b = (2, 3, 6) -> 4/9. Swapping either cluster gives both
    systems (3, 4, 6) -> delta 0; swapping both gives -delta. Null {+d, 0, 0, -d}: p = 2 * 1/4 = 0.5."""
    observed = f1(4, 5, 6) - f1(2, 3, 6)
    res = randomisation_test([A4], [B4], clusters=CLUSTERS)
    assert res["delta"] == pytest.approx(observed) and res["delta"] == pytest.approx(100 * (8 / 11 - 4 / 9))
    assert res["exact"] and res["n_permutations"] == 4 and (res["n_units"], res["n_sentences"]) == (2, 4)
    assert res["p_value"] == pytest.approx(0.5)
    sentences = randomisation_test([A4], [B4])  # sentences as units: 2^4 swaps, another null distribution
    assert sentences["n_permutations"] == 16 and sentences["n_units"] == 4


def test_bootstrap_over_clusters_enumerated_by_hand():
    """One seed, 2 clusters: the resamples are (7, 7), (7, 3), (3, 7), (3, 3), each with probability 1/4.
    (7, 7): a (4, 4, 6) 80, b (2, 2, 6) 50 -> 30; (3, 3): a (4, 6, 6) 66.67, b (2, 4, 6) 40 -> 26.67; mixed: the
    observed 28.28. The interval spans [26.67, 30]; the standard error is that distribution's."""
    values = np.array([f1(4, 4, 6) - f1(2, 2, 6), *[f1(4, 5, 6) - f1(2, 3, 6)] * 2, f1(4, 6, 6) - f1(2, 4, 6)])
    assert values.tolist() == pytest.approx([30, 100 * (8 / 11 - 4 / 9), 100 * (8 / 11 - 4 / 9), 80 / 3])
    res = hierarchical_bootstrap([A4], [B4], paired_seeds=True, clusters=CLUSTERS, n_resamples=4000, seed=1)
    assert res["delta"] == pytest.approx(values[1])
    assert (res["ci_low"], res["ci_high"]) == (pytest.approx(80 / 3), pytest.approx(30))
    assert (res["n_units"], res["n_sentences"]) == (2, 4)
    assert res["se"] == pytest.approx(values.std(), rel=0.05)  # the population sd of the 4 equally likely values
    assert res["se_units"] == pytest.approx(values.std(), rel=0.05)  # one seed: the units are all the variance
    assert np.isnan(res["se_seeds"]) and np.isnan(res["mde"])  # ... and one run says nothing of other seeds


def test_the_mdes_unit_part_keeps_every_seed():
    """3 paired seeds: a = (A4, B4, A4) against b = B4 each time. Seed 2's difference is 0 on any resample of the
    2 clusters, so the mean over seeds moves with the units as 2/3 of one seed's enumerated values above (seeds
    kept: `se_units`); the seed part is the spread of (28.28, 0, 28.28); the bootstrap that also draws the seeds
    varies far more than the units alone."""
    values = np.array([30, *[f1(4, 5, 6) - f1(2, 3, 6)] * 2, 80 / 3])
    d = f1(4, 5, 6) - f1(2, 3, 6)
    res = hierarchical_bootstrap([A4, B4, A4], [B4, B4, B4], paired_seeds=True, clusters=CLUSTERS, n_resamples=4000,
                                 seed=1)
    assert res["se_units"] == pytest.approx(2 / 3 * values.std(), rel=0.05)
    assert res["se_seeds"] == pytest.approx(np.std([d, 0, d], ddof=1) / np.sqrt(3))
    assert res["se"] > 5 * res["se_units"]
    v_s, v_u = res["se_seeds"] ** 2, res["se_units"] ** 2  # Welch-Satterthwaite on 2 (seeds) and 1 (units) df
    assert res["mde_df"] == pytest.approx((v_s + v_u) ** 2 / (v_s**2 / 2 + v_u**2 / 1))


def test_clusters_widen_the_interval_of_correlated_sentences():
    """200 sentences from 10 templates on which the systems differ template by template: resampling sentences
    treats them as 200 independent draws and gives a far narrower interval than resampling the 10 templates."""
    rng = np.random.default_rng(0)
    clusters = np.repeat(np.arange(10), 20)
    good = rng.random(10) < 0.5  # a template the student handles well or badly, whatever the sentence
    a = np.array([[1, 1, 1] if good[c] else [0, 0, 1] for c in clusters])
    b = np.array([[1, 1, 1] if rng.random() < 0.5 else [0, 0, 1] for _ in clusters])
    width = lambda r: r["ci_high"] - r["ci_low"]  # noqa: E731
    by_template = hierarchical_bootstrap([a], [b], paired_seeds=True, clusters=clusters, n_resamples=2000)
    by_sentence = hierarchical_bootstrap([a], [b], paired_seeds=True, n_resamples=2000)
    assert width(by_template) > 2 * width(by_sentence) and by_template["se_units"] > 2 * by_sentence["se_units"]


def test_minimum_detectable_effect_is_2_8_standard_errors_and_more_on_few_degrees_of_freedom():
    # z_0.975 + z_0.8 = 1.95996 + 0.84162
    assert minimum_detectable_effect(1.0) == pytest.approx(2.80158, abs=1e-5)
    assert minimum_detectable_effect(2.5, alpha=0.05, power=0.5) == pytest.approx(2.5 * 1.95996, abs=1e-4)
    # t_0.975 + t_0.8 (tables): 2 df 4.3027 + 1.0607, 4 df 2.7764 + 0.9410
    assert minimum_detectable_effect(1.0, df=2) == pytest.approx(5.3634, abs=1e-3)
    assert minimum_detectable_effect(1.0, df=4) == pytest.approx(3.7174, abs=1e-3)


def test_two_level_mde_by_hand():
    """Paired seeds: per-seed differences 5, 7, 9 (variance 4 on 2 df) give a seed part 4/3; unit deltas -1, 1, -1,
    1 (variance 4/3, k = 5 units: 4 df) the unit part 4/3. se = sqrt(8/3); Welch-Satterthwaite df = (8/3)^2 /
    ((4/3)^2/2 + (4/3)^2/4) = 16/3."""
    units = np.array([-1.0, 1.0, -1.0, 1.0])
    res = two_level_mde(np.array([10.0, 12, 14]), np.array([5.0, 5, 5]), units, paired=True, n_units=5)
    assert res["se_seeds"] == pytest.approx(np.sqrt(4 / 3)) and res["se_units"] == pytest.approx(np.sqrt(4 / 3))
    assert res["mde_df"] == pytest.approx(16 / 3)
    t = sps.t.ppf(0.975, 16 / 3) + sps.t.ppf(0.8, 16 / 3)
    assert res["mde"] == pytest.approx(t * np.sqrt(8 / 3)) and res["mde"] > 2.80158 * np.sqrt(8 / 3)
    # unpaired, 3 seeds against 1: the pooled variance (2 x 4 + 0) / 2 = 4 on 2 df, times 1/3 + 1/1
    free = two_level_mde(np.array([10.0, 12, 14]), np.array([5.0]), units, paired=False, n_units=5)
    assert free["se_seeds"] == pytest.approx(np.sqrt(16 / 3))
    # one seed each: no seed variance, no MDE; identical seeds and units: nothing to miss
    assert np.isnan(two_level_mde(np.array([1.0]), np.array([0.0]), units, paired=True, n_units=5)["mde"])
    assert two_level_mde(np.array([1.0, 1]), np.array([0.0, 0]), np.zeros(4), paired=True, n_units=5)["mde"] == 0


def test_the_bootstraps_seed_part_is_the_spread_of_the_per_seed_differences():
    """3 paired seeds whose differences are 100 - 0, 100 - 100 and 0 - 0 F1 (one sentence, one entity): the seed
    part is sd(100, 0, 0) / sqrt(3); the units, a single sentence, add nothing."""
    res = hierarchical_bootstrap([HIT, HIT, MISS], [MISS, HIT, MISS], paired_seeds=True, n_resamples=500)
    assert res["se_seeds"] == pytest.approx(np.std([100, 0, 0], ddof=1) / np.sqrt(3)) and res["se_units"] == 0
    assert res["mde_df"] == pytest.approx(2) and res["mde"] == pytest.approx(5.3634 * res["se_seeds"], rel=1e-4)


def test_seed_level_tests_need_six_paired_seeds_to_reject():
    """The exact sign-flip test's smallest p is 2 / 2^S: 0.25, 0.125, 0.0625 with 3, 4, 5 seeds, 0.03125 with 6."""
    assert SEEDS_TO_REJECT == 6 == seeds_to_reject(1)
    # after Holm over a family: the smallest p is multiplied by the family's size, 2 / 2^S < 0.05 / m
    assert [seeds_to_reject(m) for m in (2, 10, 24, 120)] == [7, 9, 10, 13]
    assert [smallest_seed_p(s) for s in (3, 5, 6)] == pytest.approx([0.25, 0.0625, 0.03125])
    assert sign_flip_test([5] * 5, [1] * 5) == pytest.approx(0.0625)  # every seed gains: still not < 0.05
    assert sign_flip_test([5] * 6, [1] * 6) == pytest.approx(0.03125)
    # unpaired: 2 / C(n_a + n_b, n_a): 3 + 3 seeds: 2/20; a clean split (every a above every b) reaches it
    assert smallest_seed_p(3, 3) == pytest.approx(0.1) and smallest_seed_p(4, 4) == pytest.approx(2 / 70)
    assert seed_permutation_test([7, 8, 9], [1, 2, 3]) == pytest.approx(0.1)
    # scores 2, 0 (a) and 1 (b): the 3 relabellings give a-b = 1 - 1 = 0 (observed), 1.5 - 0 = 1.5, 0.5 - 2 = -1.5;
    # each tail holds 2 of 3 -> p = min(1, 2 * 2/3) = 1
    assert seed_permutation_test([2, 0], [1]) == pytest.approx(1.0)


# one sentence with one gold entity: (tp, predicted, gold) -> F1 100 (found) or 0 (missed)
HIT, MISS = np.array([[1, 1, 1]]), np.array([[0, 1, 1]])


def test_gain_contrast_bootstrap_pairs_seeds_by_hand():
    # seed 1: student 100, zero-shot 0 (gain 100); seed 2: student 0, zero-shot 0 (gain 0), on both backbones
    st, zs = [HIT, MISS], [MISS, MISS]
    # paired seeds: every resample draws the same seed ids for a and b, so gain(a) - gain(b) is 0 in each
    paired = gain_contrast_bootstrap(st, zs, st, zs, paired_seeds=True, n_resamples=2000, seed=1)
    assert (paired["delta"], paired["ci_low"], paired["ci_high"], paired["se"]) == (0, 0, 0, 0)
    # unpaired: a draws both seed 1 (gain 100) and b both seed 2 (gain 0) with probability 1/4 * 1/4 = 6.25 % > 2.5 %,
    # and the other way round: the interval reaches both extremes, -100 and +100
    free = gain_contrast_bootstrap(st, zs, st, zs, paired_seeds=False, n_resamples=2000, seed=1)
    assert (free["delta"], free["ci_low"], free["ci_high"]) == (0, -100, 100) and free["mde"] > 0
    # the MDE's seed part, unpaired: gains (100, 0) on each side, pooled variance 5000 on 2 + 2 - 2 df, times
    # 1/2 + 1/2; one sentence, so no unit part: 2 df in all (and paired: every per-seed difference 0, MDE 0)
    assert free["se_seeds"] == pytest.approx(np.sqrt(5000)) and free["se_units"] == 0 and free["mde_df"] == 2
    assert paired["mde"] == 0
    # a student is drawn with its own teacher's zero-shot run: a's gain is 100 in seed 1 and 0 in seed 2, so with b's
    # gain 0 every resample's contrast is the mean of two drawn gains of a: 0, 50 or 100
    one = gain_contrast_bootstrap(st, zs, [MISS, MISS], [MISS, MISS], paired_seeds=True, n_resamples=2000, seed=1)
    assert one["delta"] == 50 and (one["ci_low"], one["ci_high"]) == (0, 100)


def test_gain_contrast_bootstrap_is_the_difference_of_the_two_rows_deltas():
    rng = np.random.default_rng(3)
    runs = [[rng.integers(0, 3, size=(20, 3)) for _ in range(3)] for _ in range(4)]
    st_a, zs_a, st_b, zs_b = runs
    gain = gain_contrast_bootstrap(st_a, zs_a, st_b, zs_b, paired_seeds=True, n_resamples=10)["delta"]
    student = hierarchical_bootstrap(st_a, st_b, paired_seeds=True, n_resamples=10)["delta"]
    zero_shot = hierarchical_bootstrap(zs_a, zs_b, paired_seeds=True, n_resamples=10)["delta"]
    assert gain == pytest.approx(student - zero_shot)


def test_gain_randomisation_test_enumerated_by_hand():
    # 3 one-sentence clusters; a: student 100, zero-shot 0 (gain 100); b: student 0, zero-shot 100 (gain -100).
    # Swapping j clusters gives a student F1 100 (3 - j) / 3 and zero-shot 100 j / 3, b the opposite: the statistic
    # is 200 (3 - 2j) / 3: 200 once, 66.7 three times, -66.7 three times, -200 once. The observed 200 is the top of
    # the 8 permutations: p = 2 * 1/8
    sents = lambda x: [np.concatenate([x] * 3)]  # noqa: E731
    res = gain_randomisation_test(sents(HIT), sents(MISS), sents(MISS), sents(HIT), n_resamples=9999)
    assert res["exact"] and res["n_permutations"] == 8
    assert res["delta"] == pytest.approx(200) and res["p_value"] == pytest.approx(0.25)
    # the first two sentences one cluster: swapping it gives a's student 100/3 and zero-shot 200/3 (b the opposite),
    # -66.7; swapping the other 66.7; both -200: the null is {200, -66.7, 66.7, -200}, p = 2 * 1/4
    two = gain_randomisation_test(sents(HIT), sents(MISS), sents(MISS), sents(HIT), clusters=[7, 7, 9])
    assert two["n_units"] == 2 and two["p_value"] == pytest.approx(0.5)


def test_gain_contrast_refuses_a_student_without_its_zero_shot():
    with pytest.raises(DataError, match="its own zero-shot run"):
        gain_contrast_bootstrap([HIT, HIT], [HIT], [HIT], [HIT], paired_seeds=False)
    with pytest.raises(DataError, match="same test sentences"):
        gain_randomisation_test([HIT], [HIT], [np.concatenate([HIT, HIT])], [HIT])

"""Significance of F1 differences when runs differ by seed AND by the test units they happen to meet.

Each run is given as per-sentence entity counts, an (n_sentences, 3) array of (true positives, predicted,
gold) from `xlt.evaluation.metrics.sentence_counts`: summing rows over any subset of sentences gives that subset's
micro scores exactly, so F1 can be recomputed on resampled or permuted test sets.

The resampled unit is the cluster (`clusters`: one id per sentence; None: each sentence its own cluster, as for
independent sentences): the base template of a generated sentence, the document of a CoNLL file with `-DOCSTART-`
lines (xlt.data.units). Sentences of one cluster are not independent draws; resampling them one by one would
understate the variance (the design effect of cluster sampling, Kish 1965), so the counts are first summed within
clusters (`cluster_sums`: F1 of any resample of clusters is exact from them) and the clusters are resampled
(the cluster bootstrap, Field and Welsh 2007; Davison and Hinkley 1997, sec. 3.8).

- `hierarchical_bootstrap`: the 95 % interval of mean-over-seeds F1(A) - F1(B). Each resample draws the
  seeds with replacement (the same seed indices for both systems when they are paired by seed, e.g. a
  student and the zero-shot teacher it was distilled from; independently otherwise), then the test
  clusters with replacement (the same for both systems: they were scored on the same sentences). Seed
  variance and cluster sampling both widen the interval (Efron and Tibshirani 1993; for NLP: Dror et al.
  2018, Ulmer et al. 2022). Its `mde` is the design's minimum detectable effect (`two_level_mde`: the seed and
  unit variance parts on their own degrees of freedom, not the bootstrap's standard error, which with 3 seeds
  holds only 2/3 of the seed variance).
- `randomisation_test`: the two-sided p-value of a paired approximate randomisation test over test
  clusters (Noreen 1989; Riezler and Maxwell 2005) with `scipy.stats.permutation_test`: under the null
  hypothesis the two systems' outputs on a cluster are exchangeable, so each permutation swaps, cluster by
  cluster, all of A's runs with all of B's runs; the statistic is the same mean-over-seeds difference.
- `sign_flip_test` (paired seeds) and `seed_permutation_test` (unpaired): the exact tests whose unit is the
  seed, on per-seed F1. `smallest_seed_p` is the lowest p-value they can reach: 2 / 2^S with S paired seeds, so
  p < 0.05 takes at least 6 seeds (`SEEDS_TO_REJECT`; 5 seeds give at best 0.0625, 3 seeds 0.25), and more once
  Holm adjusts it over a family of comparisons (`seeds_to_reject`).
- `holm`: Holm-Bonferroni adjusted p-values over all the comparisons of one report.
- `gain_contrast_bootstrap` and `gain_randomisation_test`: the same two levels for a difference of gains, [F1(student
  A) - F1(zero-shot A)] - [F1(student B) - F1(zero-shot B)] (two backbones' gains from their teacher-student
  transfer): a gain is not the F1 of one set of counts, so it has its own resampling (a student is drawn with its
  own teacher's zero-shot run; every resample and swap moves the four systems' clusters together).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import combinations, product
from math import comb
from typing import Any

import numpy as np
from scipy import stats as sps

from xlt.errors import DataError
from xlt.evaluation.metrics import f1_from_counts


def _stack(runs: Sequence[np.ndarray], what: str) -> np.ndarray:
    if not runs:
        raise DataError(f"{what}: no runs to compare")
    n = len(runs[0])
    if any(len(r) != n for r in runs):
        raise DataError(f"{what}: every run must be scored on the same test sentences")
    return np.stack([np.asarray(r, dtype=np.int64) for r in runs])  # (S, n, 3)


ALPHA = 0.05  # two-sided level of every test
POWER = 0.8  # the power a minimum detectable effect is stated at


def _smallest_paired_p(n_seeds: int) -> float:
    return min(1.0, 2 / 2**n_seeds)


def seeds_to_reject(n_comparisons: int = 1) -> int:
    """The fewest paired seeds with which the exact sign-flip test can reject at all once Holm adjusts it over
    `n_comparisons`: Holm multiplies the smallest p of the family by their number, so the floor 2 / 2^S must fall
    below ALPHA / n_comparisons (1 comparison: 6 seeds; 24: 10; 120: 13)."""
    return next(s for s in range(1, 64) if n_comparisons * _smallest_paired_p(s) < ALPHA)


#: the fewest paired seeds with which the exact sign-flip test can reach p < ALPHA alone (2 / 2^6 = 0.031)
SEEDS_TO_REJECT = seeds_to_reject(1)


def smallest_seed_p(n_a: int, n_b: int | None = None) -> float:
    """The smallest two-sided p-value the exact seed-level test can give: 2 / 2^S for S paired seeds
    (`sign_flip_test`), 2 / C(n_a + n_b, n_a) for unpaired ones (`seed_permutation_test`); at most 1."""
    return _smallest_paired_p(n_a) if n_b is None else min(1.0, 2 / comb(n_a + n_b, n_a))


def cluster_sums(counts: np.ndarray, clusters: Sequence[int] | np.ndarray | None) -> np.ndarray:
    """(..., n, 3) per-sentence counts -> (..., k, 3) per-cluster sums, clusters in the order of their sorted ids;
    `clusters` holds one id per sentence (None: every sentence its own cluster, the counts returned as they are)."""
    counts = np.asarray(counts, dtype=np.int64)
    if clusters is None:
        return counts
    ids = np.asarray(clusters)
    if ids.shape != (counts.shape[-2],):
        raise DataError(f"clusters: {ids.shape[0] if ids.ndim else 0} ids for {counts.shape[-2]} sentences: give one "
                        "cluster id per test sentence")
    _, inverse = np.unique(ids, return_inverse=True)
    out = np.zeros((*counts.shape[:-2], int(inverse.max()) + 1 if len(ids) else 0, 3), dtype=np.int64)
    np.add.at(np.moveaxis(out, -2, 0), inverse, np.moveaxis(counts, -2, 0))
    return out


def minimum_detectable_effect(se: float, alpha: float = ALPHA, power: float = POWER, df: float = math.inf) -> float:
    """The smallest true difference a two-sided level-`alpha` test detects with probability `power` when its estimate
    has standard error `se` estimated on `df` degrees of freedom: (t_{1-alpha/2, df} + t_{power, df}) * se (Bloom
    1995; for NLP test sets: Card et al. 2020). With df infinite the normal approximation, 2.80 se at alpha 0.05 and
    80 % power; few degrees of freedom make it larger (2 df: 5.36 se, 4 df: 3.72 se)."""
    if math.isinf(df):
        return float((sps.norm.ppf(1 - alpha / 2) + sps.norm.ppf(power)) * se)
    return float((sps.t.ppf(1 - alpha / 2, df) + sps.t.ppf(power, df)) * se)


def two_level_mde(per_seed_a: np.ndarray, per_seed_b: np.ndarray, unit_deltas: np.ndarray, *, paired: bool,
                  n_units: int) -> dict[str, float]:
    """The design's minimum detectable effect from its two variance parts, each estimated on its own degrees of
    freedom. Seeds: the spread of the per-seed values on this test set (paired: of the per-seed differences, S - 1
    df; unpaired: the pooled variance of both sides, S_a + S_b - 2 df). Units: the variance of the difference over
    resampled test units with every seed kept (k - 1 df for k units). The standard error is the root of their sum,
    its degrees of freedom Welch-Satterthwaite's (Satterthwaite 1946), and the MDE `minimum_detectable_effect`'s
    t-form: with few seeds it is several times 2.80 standard errors (which a bootstrap over 3 seeds also
    understates: resampling S seeds gives (S - 1) / S of their variance). It is the MDE of a t-test at unadjusted
    level `ALPHA`, not of a report's verdict, which also needs the exact seed-level test after Holm. The parts
    overlap a little: the seed x unit interaction is in both, so where it dominates the MDE is up to sqrt(2) too
    large (conservative). NaN where no seed variance can be estimated (one seed each, or one paired seed): one run
    says nothing of other seeds; unpaired, one side's single seed borrows the other side's spread (pooled)."""
    a, b = np.asarray(per_seed_a, dtype=float), np.asarray(per_seed_b, dtype=float)
    if paired:
        df_seeds = len(a) - 1
        v_seeds = float(np.var(a - b, ddof=1) / len(a)) if df_seeds > 0 else math.nan
    else:
        df_seeds = len(a) + len(b) - 2
        squares = sum(float(((x - x.mean()) ** 2).sum()) for x in (a, b))  # each side about its own mean
        v_seeds = squares / df_seeds * (1 / len(a) + 1 / len(b)) if df_seeds > 0 else math.nan
    if n_units < 2:  # one unit: every resample draws it, nothing varies (rounding aside)
        v_units = 0.0
    else:
        v_units = float(np.var(unit_deltas, ddof=1)) if len(unit_deltas) > 1 else math.nan
    out = {"se_seeds": math.sqrt(v_seeds) if v_seeds >= 0 else math.nan,
           "se_units": math.sqrt(v_units) if v_units >= 0 else math.nan, "mde": math.nan, "mde_df": math.nan}
    if not (math.isfinite(v_seeds) and math.isfinite(v_units)):
        return out
    total = v_seeds + v_units
    parts = [v**2 / df for v, df in ((v_seeds, df_seeds), (v_units, n_units - 1)) if v > 0]
    df = total**2 / sum(parts) if parts else math.inf
    return {**out, "mde": minimum_detectable_effect(math.sqrt(total), df=df), "mde_df": df}


def _mean_f1(counts: np.ndarray) -> np.ndarray:
    """counts (..., S, 3) summed over sentences -> mean over the S runs of their F1, in points."""
    return 100 * f1_from_counts(counts[..., 0], counts[..., 1], counts[..., 2]).mean(-1)


def mean_f1(runs: Sequence[np.ndarray]) -> float:
    """Mean over runs of each run's micro F1 on all its sentences (points)."""
    return float(_mean_f1(_stack(runs, "mean_f1").sum(1)))


def _pair(a: Sequence[np.ndarray], b: Sequence[np.ndarray], clusters: Sequence[int] | np.ndarray | None,
          what: str) -> tuple[np.ndarray, np.ndarray]:
    """a's and b's runs as (S, k, 3) per-cluster counts, after checking they were scored on the same sentences."""
    A, B = _stack(a, f"{what} (a)"), _stack(b, f"{what} (b)")
    if A.shape[1] != B.shape[1]:
        raise DataError(f"{what}: a and b must be scored on the same test sentences")
    return cluster_sums(A, clusters), cluster_sums(B, clusters)


def hierarchical_bootstrap(a: Sequence[np.ndarray], b: Sequence[np.ndarray], *, paired_seeds: bool,
                           clusters: Sequence[int] | np.ndarray | None = None, n_resamples: int = 1000,
                           seed: int = 0, level: float = 0.95) -> dict[str, Any]:
    """Observed mean-over-seeds F1(a) - F1(b) and its percentile interval from resampling seeds, then clusters.

    `a`, `b`: per-seed (n, 3) count arrays on the same n sentences; with `paired_seeds` the i-th runs of a and b
    belong together (same seed) and are drawn together. `clusters`: the cluster id of each sentence (None: each
    sentence its own). `se` is the standard deviation of the bootstrap distribution, the estimate's standard error
    under this design (seeds x clusters; with few seeds too small, see `two_level_mde`), and `se_seeds`, `se_units`,
    `mde` and `mde_df` the design's minimum detectable effect and its parts (`two_level_mde`).
    """
    A, B = _pair(a, b, clusters, "hierarchical bootstrap")
    if paired_seeds and len(A) != len(B):
        raise DataError(f"hierarchical bootstrap: paired seeds need as many runs in a ({len(A)}) as in b ({len(B)})")
    return _seeds_then_clusters(A, B, _mean_f1, 1, paired_seeds=paired_seeds, n_resamples=n_resamples, seed=seed,
                                level=level, n_sentences=len(a[0]))


def _seeds_then_clusters(A: np.ndarray, B: np.ndarray, statistic: Any, axis: int, *, paired_seeds: bool,
                         n_resamples: int, seed: int, level: float, n_sentences: int) -> dict[str, Any]:
    """The resampling both bootstraps share: every resample draws the seeds (a's and b's together when paired), then
    the clusters on `axis` of the per-cluster counts (the same for a and b), and takes statistic(a) - statistic(b),
    `statistic` mapping (..., S, [...,] 3) counts to their mean over the S runs. The observed value, the percentile
    interval, the standard error and the MDE."""
    k = A.shape[axis]
    observed = float(statistic(A.sum(axis)) - statistic(B.sum(axis)))
    rng = np.random.default_rng(seed)
    deltas = np.empty(n_resamples)
    units = np.empty(n_resamples)  # the same resampled units with every seed kept: the MDE's unit part
    for start in range(0, n_resamples, 100):  # chunks bound memory: (chunk, S, [...,] 3)
        m = min(100, n_resamples - start)
        seeds_a = rng.integers(0, len(A), size=(m, len(A)))
        seeds_b = seeds_a if paired_seeds else rng.integers(0, len(B), size=(m, len(B)))
        idx = rng.integers(0, k, size=(m, k))
        # counts of every run on each resample's clusters
        ca = np.stack([np.take(A, row, axis=axis).sum(axis) for row in idx])
        cb = np.stack([np.take(B, row, axis=axis).sum(axis) for row in idx])
        rows = np.arange(m)[:, None]
        deltas[start : start + m] = statistic(ca[rows, seeds_a]) - statistic(cb[rows, seeds_b])
        units[start : start + m] = statistic(ca) - statistic(cb)
    tail = (1 - level) / 2
    lo, hi = np.quantile(deltas, [tail, 1 - tail])
    se = float(deltas.std(ddof=1)) if n_resamples > 1 else float("nan")
    per_seed = [statistic(X.sum(axis)[:, None]) for X in (A, B)]  # each run's own value: (S,) per side
    return {"delta": observed, "ci_low": float(lo), "ci_high": float(hi), "se": se,
            **two_level_mde(*per_seed, units, paired=paired_seeds, n_units=k), "n_resamples": n_resamples,
            "n_sentences": n_sentences, "n_units": k, "n_seeds_a": len(A), "n_seeds_b": len(B)}


def randomisation_test(a: Sequence[np.ndarray], b: Sequence[np.ndarray], *,
                       clusters: Sequence[int] | np.ndarray | None = None, n_resamples: int = 9999,
                       seed: int = 0) -> dict[str, Any]:
    """Two-sided p-value of the paired approximate randomisation test over clusters (scipy permutation_test).

    a and b need the same number of runs (each permutation swaps a cluster's block of runs between the
    systems); with 2^k <= n_resamples for k clusters scipy enumerates every permutation (exact test).
    The p-value is conditional on the runs (clusters are the resampled unit); `hierarchical_bootstrap`'s
    interval is the one that includes the variance over seeds.
    """
    A, B = _pair(a, b, clusters, "randomisation test")
    if A.shape != B.shape:
        raise DataError(f"randomisation test: a {A.shape[:2]} and b {B.shape[:2]} must have the same runs x sentences")
    return _swap_clusters(A, B, _mean_f1, 1, n_resamples=n_resamples, seed=seed, n_sentences=len(a[0]))


def _swap_clusters(A: np.ndarray, B: np.ndarray, statistic: Any, axis: int, *, n_resamples: int, seed: int,
                   n_sentences: int) -> dict[str, Any]:
    """The randomisation both tests share: a permutation swaps, cluster by cluster (on `axis`), a's runs with b's,
    and recomputes statistic(a) - statistic(b). The counts are sums over clusters, so a permutation's totals are
    linear in its swap mask, A' = sum(A) + mask @ (B - A), B' = sum(B) - mask @ (B - A): memory stays one row of
    totals per permutation, not every cluster's."""
    k, S = A.shape[axis], A.shape[0]
    total_a, total_b = A.sum(axis), B.sum(axis)  # (S, [...,] 3)
    diff = np.moveaxis(B - A, axis, 0).reshape(k, total_a.size)  # per cluster: what a swap moves from b to a

    def permuted(x: np.ndarray, y: np.ndarray, axis: int = -1) -> np.ndarray:
        swapped = (np.moveaxis(x, axis, -1) >= k).astype(np.int64)  # x holds b's cluster ids where swapped
        moved = (swapped @ diff).reshape(*swapped.shape[:-1], *total_a.shape)
        return statistic(total_a + moved) - statistic(total_b - moved)

    res = sps.permutation_test((np.arange(k), np.arange(k) + k), permuted, permutation_type="samples",
                               vectorized=True, n_resamples=n_resamples, alternative="two-sided",
                               batch=1000, rng=np.random.default_rng(seed))
    exact = 2**k <= n_resamples
    return {"delta": float(res.statistic), "p_value": float(res.pvalue), "exact": exact,
            "n_permutations": 2**k if exact else n_resamples, "n_sentences": n_sentences, "n_units": k,
            "n_seeds": S}


def _two_sided(null: np.ndarray, observed: float) -> float:
    """Two-sided p-value of an exact test: twice the smaller tail of its enumerated null distribution (ties count)."""
    eps = 1e-9 * max(1.0, abs(observed))
    return float(min(1.0, 2 * min(np.mean(null >= observed - eps), np.mean(null <= observed + eps))))


def sign_flip_test(a: Sequence[float], b: Sequence[float]) -> float:
    """Exact two-sided p-value of the paired sign-flip (permutation) test over seeds on per-seed scores (Fisher
    1935; Good 2005): the test whose unit is the seed. With S seeds the smallest possible p-value is 2 / 2^S
    (0.25 with 3 seeds, 0.0625 with 5, 0.031 with 6: `SEEDS_TO_REJECT`)."""
    if np.shape(a) != np.shape(b):
        raise DataError(f"sign-flip test: paired per-seed scores needed, not {np.shape(a)} and {np.shape(b)}")
    d = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
    if len(d) == 0:
        raise DataError("sign-flip test: no paired runs")
    signs = np.array(list(product((1.0, -1.0), repeat=len(d))))
    return _two_sided((signs * d).mean(1), float(d.mean()))


def paired_t_interval(a: Sequence[float], b: Sequence[float], level: float = 0.95) -> tuple[float, float, float]:
    """The mean of the per-seed differences a - b and its two-sided t-interval over seeds (`level`): (mean, low,
    high); with one seed the interval is (nan, nan)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape or a.ndim != 1 or len(a) == 0:
        raise DataError(f"paired t-interval: two equally long series of per-seed scores needed, not {a.shape} and "
                        f"{b.shape}")
    d = a - b
    if len(d) < 2:
        return float(d.mean()), float("nan"), float("nan")
    half = float(sps.t.ppf(0.5 + level / 2, len(d) - 1) * d.std(ddof=1) / np.sqrt(len(d)))
    return float(d.mean()), float(d.mean() - half), float(d.mean() + half)


def seed_permutation_test(a: Sequence[float], b: Sequence[float]) -> float:
    """Exact two-sided p-value of the two-sample permutation test over seeds (unpaired runs; Good 2005) on the
    difference of mean per-seed scores, every one of the C(n_a + n_b, n_a) relabellings enumerated. Its smallest
    possible p-value is 2 / C(n_a + n_b, n_a): 0.1 with 3 seeds a side, 0.029 with 4."""
    x = np.concatenate([np.asarray(a, dtype=float), np.asarray(b, dtype=float)])
    if len(a) == 0 or len(b) == 0:
        raise DataError("seed permutation test: each system needs at least one run")
    null = np.array([x[list(g)].mean() - np.delete(x, list(g)).mean() for g in combinations(range(len(x)), len(a))])
    return _two_sided(null, float(np.mean(a) - np.mean(b)))


def holm(p_values: Sequence[float]) -> np.ndarray:
    """Holm-Bonferroni adjusted p-values (step-down; monotone; at most 1), in the input order."""
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    adjusted = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adjusted[i] = running
    return adjusted


def _gain_quads(st_a: Sequence[np.ndarray], zs_a: Sequence[np.ndarray], st_b: Sequence[np.ndarray],
                zs_b: Sequence[np.ndarray], clusters: Sequence[int] | np.ndarray | None,
                what: str) -> tuple[np.ndarray, np.ndarray]:
    """A's and B's runs as (S, 2, k, 3) per-cluster counts (student, zero-shot), all on the same sentences; a
    student's i-th run is paired with the i-th zero-shot run (its own teacher's)."""
    four = [_stack(x, f"{what} ({n})") for x, n in ((st_a, "student a"), (zs_a, "zero-shot a"), (st_b, "student b"),
                                                      (zs_b, "zero-shot b"))]
    if len({x.shape[1] for x in four}) > 1:
        raise DataError(f"{what}: every run must be scored on the same test sentences")
    if len(four[0]) != len(four[1]) or len(four[2]) != len(four[3]):
        raise DataError(f"{what}: each student run needs its own zero-shot run (as many of each per backbone)")
    A, B = (cluster_sums(np.stack(pair, axis=1), clusters) for pair in (four[:2], four[2:]))
    return A, B


def _gain(counts: np.ndarray) -> np.ndarray:
    """(..., S, 2, 3) counts (student, zero-shot) -> mean over the S runs of F1(student) - F1(zero-shot)."""
    return _mean_f1(counts[..., 0, :]) - _mean_f1(counts[..., 1, :])


def gain_contrast_bootstrap(st_a: Sequence[np.ndarray], zs_a: Sequence[np.ndarray], st_b: Sequence[np.ndarray],
                            zs_b: Sequence[np.ndarray], *, paired_seeds: bool,
                            clusters: Sequence[int] | np.ndarray | None = None, n_resamples: int = 1000,
                            seed: int = 0, level: float = 0.95) -> dict[str, Any]:
    """Observed difference of mean gains, gain(A) - gain(B) with gain = F1(student) - F1(zero-shot), and its
    percentile interval from resampling seeds, then clusters (as `hierarchical_bootstrap`, with the same keys).

    A student is always drawn with the zero-shot run of its own teacher (seed index i of st_x with i of zs_x); with
    `paired_seeds` A's and B's i-th runs are drawn together too (same seed id), otherwise independently. The test
    clusters are drawn once per resample for all four systems (the same sentences)."""
    A, B = _gain_quads(st_a, zs_a, st_b, zs_b, clusters, "gain contrast bootstrap")
    if paired_seeds and len(A) != len(B):
        raise DataError(f"gain contrast bootstrap: paired seeds need as many runs in a ({len(A)}) as in b ({len(B)})")
    return _seeds_then_clusters(A, B, _gain, 2, paired_seeds=paired_seeds, n_resamples=n_resamples, seed=seed,
                                level=level, n_sentences=len(st_a[0]))


def gain_randomisation_test(st_a: Sequence[np.ndarray], zs_a: Sequence[np.ndarray], st_b: Sequence[np.ndarray],
                            zs_b: Sequence[np.ndarray], *, clusters: Sequence[int] | np.ndarray | None = None,
                            n_resamples: int = 9999, seed: int = 0) -> dict[str, Any]:
    """Two-sided p-value of gain(A) - gain(B) under the approximate randomisation test over clusters: under the null
    hypothesis the backbones' outputs on a cluster are exchangeable, so a permutation swaps, cluster by cluster,
    A's (student, zero-shot) runs with B's. A and B need as many runs (`randomisation_test`, whose conventions hold:
    exact where 2^k <= n_resamples)."""
    A, B = _gain_quads(st_a, zs_a, st_b, zs_b, clusters, "gain randomisation test")
    if A.shape != B.shape:
        raise DataError(f"gain randomisation test: a and b must have the same runs x sentences ({A.shape[0]} and "
                        f"{B.shape[0]} runs)")
    return _swap_clusters(A, B, _gain, 2, n_resamples=n_resamples, seed=seed, n_sentences=len(st_a[0]))

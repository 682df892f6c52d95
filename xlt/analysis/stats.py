"""Significance of F1 differences when runs differ by seed AND by the test sentences they happen to meet.

Each run is given as per-sentence entity counts, an (n_sentences, 3) array of (true positives, predicted,
gold) from `xlt.evaluation.metrics.sentence_counts`: summing rows over any subset of sentences gives that subset's
micro scores exactly, so F1 can be recomputed on resampled or permuted test sets.

- `hierarchical_bootstrap`: the 95 % interval of mean-over-seeds F1(A) - F1(B). Each resample draws the
  seeds with replacement (the same seed indices for both systems when they are paired by seed, e.g. a
  student and the zero-shot teacher it was distilled from; independently otherwise), then the test
  sentences with replacement (the same for both systems: they were scored on the same sentences). Seed
  variance and sentence sampling both widen the interval (Efron and Tibshirani 1993; for NLP: Dror et al.
  2018, Ulmer et al. 2022).
- `randomisation_test`: the two-sided p-value of a paired approximate randomisation test over test
  sentences (Noreen 1989; Riezler and Maxwell 2005) with `scipy.stats.permutation_test`: under the null
  hypothesis the two systems' outputs on a sentence are exchangeable, so each permutation swaps, sentence by
  sentence, all of A's runs with all of B's runs; the statistic is the same mean-over-seeds difference.
- `sign_flip_test`: the exact paired test whose unit is the seed (per-seed F1 differences, signs flipped).
  With 3 seeds it cannot go below p = 0.25: a reminder of how little 3 seeds can establish on their own.
- `holm`: Holm-Bonferroni adjusted p-values over all the comparisons of one report.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product
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


def _mean_f1(counts: np.ndarray) -> np.ndarray:
    """counts (..., S, 3) summed over sentences -> mean over the S runs of their F1, in points."""
    return 100 * f1_from_counts(counts[..., 0], counts[..., 1], counts[..., 2]).mean(-1)


def mean_f1(runs: Sequence[np.ndarray]) -> float:
    """Mean over runs of each run's micro F1 on all its sentences (points)."""
    return float(_mean_f1(_stack(runs, "mean_f1").sum(1)))


def hierarchical_bootstrap(a: Sequence[np.ndarray], b: Sequence[np.ndarray], *, paired_seeds: bool,
                           n_resamples: int = 1000, seed: int = 0, level: float = 0.95) -> dict[str, Any]:
    """Observed mean-over-seeds F1(a) - F1(b) and its percentile interval from resampling seeds, then sentences.

    `a`, `b`: per-seed (n, 3) count arrays on the same n sentences; with `paired_seeds` the i-th runs of a and b
    belong together (same seed) and are drawn together.
    """
    A, B = _stack(a, "hierarchical bootstrap (a)"), _stack(b, "hierarchical bootstrap (b)")
    if A.shape[1] != B.shape[1]:
        raise DataError("hierarchical bootstrap: a and b must be scored on the same test sentences")
    if paired_seeds and len(A) != len(B):
        raise DataError(f"hierarchical bootstrap: paired seeds need as many runs in a ({len(A)}) as in b ({len(B)})")
    n = A.shape[1]
    observed = float(_mean_f1(A.sum(1)) - _mean_f1(B.sum(1)))
    rng = np.random.default_rng(seed)
    deltas = np.empty(n_resamples)
    for start in range(0, n_resamples, 100):  # chunks bound memory: (chunk, S, n, 3)
        k = min(100, n_resamples - start)
        seeds_a = rng.integers(0, len(A), size=(k, len(A)))
        seeds_b = seeds_a if paired_seeds else rng.integers(0, len(B), size=(k, len(B)))
        idx = rng.integers(0, n, size=(k, n))
        # counts of every run on each resample's sentences: (k, S, 3)
        ca = np.stack([A[:, row].sum(1) for row in idx])
        cb = np.stack([B[:, row].sum(1) for row in idx])
        rows = np.arange(k)[:, None]
        deltas[start : start + k] = _mean_f1(ca[rows, seeds_a]) - _mean_f1(cb[rows, seeds_b])
    tail = (1 - level) / 2
    lo, hi = np.quantile(deltas, [tail, 1 - tail])
    return {"delta": observed, "ci_low": float(lo), "ci_high": float(hi), "n_resamples": n_resamples,
            "n_sentences": n, "n_seeds_a": len(A), "n_seeds_b": len(B)}


def randomisation_test(a: Sequence[np.ndarray], b: Sequence[np.ndarray], *, n_resamples: int = 9999,
                       seed: int = 0) -> dict[str, Any]:
    """Two-sided p-value of the paired approximate randomisation test over sentences (scipy permutation_test).

    a and b need the same number of runs (each permutation swaps a sentence's block of runs between the
    systems); with fewer than log2(n_resamples) sentences scipy enumerates every permutation (exact test).
    The p-value is conditional on the runs (sentences are the resampled unit); `hierarchical_bootstrap`'s
    interval is the one that includes the variance over seeds.
    """
    A, B = _stack(a, "randomisation test (a)"), _stack(b, "randomisation test (b)")
    if A.shape != B.shape:
        raise DataError(f"randomisation test: a {A.shape[:2]} and b {B.shape[:2]} must have the same runs x sentences")
    n, S = A.shape[1], A.shape[0]
    # the counts are sums over sentences, so a permutation's totals are linear in its swap mask:
    # A' = sum(A) + mask @ (B - A), B' = sum(B) - mask @ (B - A); memory stays (batch, S, 3), not (batch, n, S, 3)
    total_a, total_b = A.sum(1), B.sum(1)  # (S, 3)
    diff = (B - A).transpose(1, 0, 2).reshape(n, S * 3)  # per sentence: what a swap moves from b to a

    def statistic(x: np.ndarray, y: np.ndarray, axis: int = -1) -> np.ndarray:
        swapped = (np.moveaxis(x, axis, -1) >= n).astype(np.int64)  # x holds b's sentence ids where swapped
        moved = (swapped @ diff).reshape(*swapped.shape[:-1], S, 3)
        return _mean_f1(total_a + moved) - _mean_f1(total_b - moved)

    res = sps.permutation_test((np.arange(n), np.arange(n) + n), statistic, permutation_type="samples",
                               vectorized=True, n_resamples=n_resamples, alternative="two-sided",
                               batch=1000, rng=np.random.default_rng(seed))
    exact = 2 ** n <= n_resamples
    return {"delta": float(res.statistic), "p_value": float(res.pvalue), "exact": exact,
            "n_permutations": 2 ** n if exact else n_resamples, "n_sentences": n, "n_seeds": S}


def sign_flip_test(a: Sequence[float], b: Sequence[float]) -> float:
    """Exact two-sided p-value of the paired sign-flip (permutation) test over seeds on per-seed scores: the
    test whose unit is the seed. With S seeds the smallest possible p-value is 2 / 2^S (0.25 with 3 seeds)."""
    d = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
    if len(d) == 0:
        raise DataError("sign-flip test: no paired runs")
    signs = np.array(list(product((1.0, -1.0), repeat=len(d))))
    null = (signs * d).mean(1)
    observed = d.mean()
    eps = 1e-9 * max(1.0, abs(observed))
    return float(min(1.0, 2 * min(np.mean(null >= observed - eps), np.mean(null <= observed + eps))))


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

"""Significance of F1 differences when runs differ by seed AND by the test sentences they happen to meet.

Each run is given as per-sentence entity counts, an (n_sentences, 3) array of (true positives, predicted,
gold) from `xlt.metrics.sentence_counts`: summing rows over any subset of sentences gives that subset's
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
- `holm`: Holm-Bonferroni adjusted p-values over all the comparisons of one report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import stats as sps

from xlt.errors import DataError
from xlt.metrics import f1_from_counts


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
    """
    A, B = _stack(a, "randomisation test (a)"), _stack(b, "randomisation test (b)")
    if A.shape != B.shape:
        raise DataError(f"randomisation test: a {A.shape[:2]} and b {B.shape[:2]} must have the same runs x sentences")
    n = A.shape[1]
    table = np.concatenate([A, B], axis=1).transpose(1, 0, 2)  # (2n, S, 3): sentence id -> its runs' counts

    def statistic(x: np.ndarray, y: np.ndarray, axis: int = -1) -> np.ndarray:
        x, y = np.moveaxis(x, axis, -1), np.moveaxis(y, axis, -1)
        return _mean_f1(table[x].sum(-3)) - _mean_f1(table[y].sum(-3))

    res = sps.permutation_test((np.arange(n), np.arange(n) + n), statistic, permutation_type="samples",
                               vectorized=True, n_resamples=n_resamples, alternative="two-sided",
                               rng=np.random.default_rng(seed))
    exact = 2 ** n <= n_resamples
    return {"delta": float(res.statistic), "p_value": float(res.pvalue), "exact": exact,
            "n_permutations": 2 ** n if exact else n_resamples, "n_sentences": n, "n_seeds": len(A)}


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

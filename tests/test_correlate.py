"""Correlation of language features with transfer: numbers against scipy and hand formulas, the table, plots."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from xlt.analysis.correlate import (
    FEATURES,
    collect_features,
    correlation,
    correlation_table,
    transfer_targets,
    write_correlation,
)
from xlt.errors import DataError

X = [1.0, 2.0, 3.0, 4.0, 6.0]
Y = [2.0, 1.0, 4.0, 3.0, 7.0]


def _pearson_by_hand(x, y):
    x, y = np.asarray(x), np.asarray(y)
    dx, dy = x - x.mean(), y - y.mean()
    return float((dx * dy).sum() / math.sqrt((dx**2).sum() * (dy**2).sum()))


def test_pearson_and_spearman_match_scipy_and_the_formula():
    res = correlation(X, Y)
    assert res["n"] == 5
    assert res["pearson_r"] == pytest.approx(_pearson_by_hand(X, Y), abs=1e-12)
    # by hand: deviations from the means 3.2 and 3.4 give 15.6 / sqrt(14.8 * 21.2)
    assert res["pearson_r"] == pytest.approx(15.6 / math.sqrt(14.8 * 21.2), abs=1e-12)
    assert res["pearson_p"] == pytest.approx(stats.pearsonr(X, Y).pvalue, abs=1e-12)
    # Spearman = Pearson of the ranks: ranks of X 1..5, of Y (2,1,4,3,5) -> rho = 1 - 6*4/(5*24) = 0.8
    assert res["spearman_rho"] == pytest.approx(0.8, abs=1e-12)
    # exact p by hand: |rho| >= 0.8 <=> sum d^2 <= 4 (identity 1, one adjacent swap 4, two disjoint adjacent
    # swaps 3) or the mirror images (>= 36): 16 of the 120 orderings
    assert res["spearman_p"] == pytest.approx(16 / 120, abs=1e-12)
    many_x, many_y = np.arange(12.0), np.array([2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 12, 11.0])
    big = correlation(many_x, many_y)  # beyond 8 points: scipy's p-value
    assert big["spearman_p"] == pytest.approx(stats.spearmanr(many_x, many_y).pvalue, abs=1e-12)
    assert correlation([1, 2, 3, 4, 5.0], [2, 4, 6, 8, 11.0])["spearman_p"] == pytest.approx(2 / 120)
    assert "indicative" in res["note"]  # five points are flagged, not hidden


def test_missing_values_drop_points_and_too_few_points_give_no_number():
    res = correlation([1.0, None, 3.0, np.nan], [1.0, 2.0, 2.5, 4.0], min_points=3)
    assert res["n"] == 2 and math.isnan(res["pearson_r"]) and "too few points" in res["note"]
    const = correlation([1.0, 1.0, 1.0, 1.0], [1.0, 2.0, 3.0, 4.0])
    assert math.isnan(const["pearson_r"]) and "constant" in const["note"]


def _features_tree(root: Path, rows: dict) -> Path:
    for (model, lang), feats in rows.items():
        d = root / model / lang
        d.mkdir(parents=True)
        (d / "features.json").write_text(json.dumps({"model": model, "lang": lang, "features": feats}))
    return root


def _sweep(root: Path, f1: dict) -> Path:
    """metrics.json of complete cells: (model, lang, seed) -> (zero-shot F1, student F1), fractions."""
    for (model, lang, seed), (zs, st) in f1.items():
        run = root / f"distill=mse,lang={lang},model={model}" / f"seed={seed}"
        run.mkdir(parents=True)
        metrics = {"status": "complete", "model": model, "lang": lang, "distill": "mse", "seed": seed,
                   "source_dev": {"f1": 0.9}, "zero_shot": {"f1": zs, "per_type": {}},
                   "student": {"f1": st, "per_type": {}}}
        (run / "metrics.json").write_text(json.dumps(metrics))
    return root


def _feats(lml, fert):
    return {"lml": lml, "lmem": None if lml is None else 1 / lml, "fertility": fert, "unk_rate": 0.0,
            "subword_type_overlap": fert / 3, "subword_token_overlap": 0.5, "entity_overlap": None}


LANGS = ["de", "es", "nl", "sw", "en"]


def test_the_table_joins_features_with_mean_transfer_and_states_what_is_missing(tmp_path):
    feats = {("lm", lg): _feats(x, y) for lg, x, y in zip(LANGS, X, Y, strict=True)}
    feats.update({("noLM", lg): _feats(None, y) for lg, y in zip(LANGS, Y, strict=True)})
    root = _features_tree(tmp_path / "analysis", feats)
    # zero-shot F1 of the LM model: two seeds whose mean is Y (+-0.01); student = X
    f1 = {}
    for lg, x, y in zip(LANGS, X, Y, strict=True):
        f1[("lm", lg, 1)] = ((y + 0.01) / 10, x / 10)
        f1[("lm", lg, 2)] = ((y - 0.01) / 10, x / 10)
        f1[("noLM", lg, 1)] = (y / 10, x / 10)
    sweep = _sweep(tmp_path / "sweep", f1)
    targets = transfer_targets([sweep])
    lm_de = targets[(targets["model"] == "lm") & (targets["lang"] == "de")].iloc[0]
    assert lm_de["zero-shot F1"] == pytest.approx(20.0) and lm_de["n_runs"] == 2  # mean of seeds, in %
    md = write_correlation(root, [sweep], tmp_path / "out")
    table = pd.read_csv(tmp_path / "out" / "correlation.csv")
    row = table[(table["scope"] == "lm") & (table["feature"] == "LML") & (table["target"] == "zero-shot F1")].iloc[0]
    assert row["pearson_r"] == pytest.approx(_pearson_by_hand(X, Y), abs=1e-9) and row["n"] == 5
    no_lm = table[(table["scope"] == "noLM") & (table["feature"] == "LML")].iloc[0]
    assert math.isnan(no_lm["pearson_r"]) and "no LM head" in no_lm["note"]
    text = md.read_text()
    assert "With 5 points per model (10 in all) no correlation here means much" in text
    assert "### all models" in text and "| LML |" in text
    assert (tmp_path / "out" / "scatter.png").stat().st_size > 10_000
    points = pd.read_csv(tmp_path / "out" / "points.csv")
    assert len(points) == 10 and set(points.columns) >= {"model", "lang", *FEATURES, "zero-shot F1"}


def test_features_without_results_or_results_without_features_fail_clearly(tmp_path):
    with pytest.raises(DataError, match="xlt.analyze"):
        collect_features(tmp_path)
    root = _features_tree(tmp_path / "a", {("m", "de"): _feats(1.0, 1.0)})
    sweep = _sweep(tmp_path / "s", {("other", "de", 1): (0.5, 0.5)})
    with pytest.raises(DataError, match="same models and languages"):
        write_correlation(root, [sweep], tmp_path / "o")


def test_correlation_table_scopes(tmp_path):
    pts = pd.DataFrame({"model": ["a"] * 3 + ["b"] * 3, "lang": ["de", "es", "nl"] * 2,
                        **{k: [1.0, 2.0, 3.0, 1.0, 2.0, 4.0] for k in FEATURES}, "zero-shot F1": [1, 2, 3, 3, 2, 1]})
    table = correlation_table(pts, ["zero-shot F1"])
    assert set(table["scope"]) == {"a", "b", "all models"}
    a = table[(table["scope"] == "a") & (table["feature"] == "fertility")].iloc[0]
    assert a["pearson_r"] == pytest.approx(1.0)
    assert len(table) == 3 * len(FEATURES)

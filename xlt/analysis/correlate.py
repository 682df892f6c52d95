"""Correlate language characteristics (xlt.analyze) with transfer results (xlt.run sweeps): a Table-1 of
arXiv 2212.01757 for this framework's models and languages, plus labelled scatter plots.

With one source language (English, the protocol), a point is one (model, target language): its features
(features.json of the analysis) and its transfer scores from the sweep (zero-shot F1 and student F1 per
distillation loss, each the mean over seeds). With several source languages (`src`, experiment=pairs_embedded)
a point is one (model, source, target) pair, source != target, as in the paper: the pair's features
(xlt.analysis.pair_features: the target's and source's LM statistics, sub-word and entity overlap, same script,
URIEL distances), Holm-corrected over the features, and partial correlations controlling for same script.
"per model" scopes are one backbone's points; "all models" pools every point (model effects included: read it
with care). Pearson (p under bivariate normality) and Spearman (exact permutation p up to 8 points),
each with the number of points; fewer than
`min_points` points or a constant column give no number but a sentence saying why.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from xlt.errors import DataError
from xlt.io import atomic_write_text

log = logging.getLogger("xlt.analysis.correlate")

FEATURES = {
    "lml": "LML", "lmem": "LMEM", "lml_char": "LML per character", "lmem_char": "LMEM per character",
    "fertility": "fertility", "unk_rate": "unknown-piece rate",
    "subword_type_overlap": "sub-word overlap (types)", "subword_token_overlap": "sub-word overlap (tokens)",
    "entity_overlap": "entity overlap",
}
FEW_POINTS = 8  # below this many points a p-value is indicative only (and said so)
EXACT_MAX = 8  # up to this many points Spearman's p-value is exact (8! = 40320 permutations)


def collect_features(root: str | Path) -> pd.DataFrame:
    """One row per features.json under `root` (an analysis tree): model, lang and every feature."""
    rows = []
    for path in sorted(Path(root).expanduser().rglob("features.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            rows.append({"model": data["model"], "lang": data["lang"],
                         **{k: data["features"].get(k) for k in FEATURES}, "features_file": str(path)})
        except (OSError, ValueError, KeyError) as err:
            log.warning("skipping %s: %s", path, err)
    if not rows:
        raise DataError(f"no features.json under {root}: run `python -m xlt.analyze model=... lang=...` first")
    frame = pd.DataFrame(rows)
    for k in FEATURES:
        frame[k] = pd.to_numeric(frame[k], errors="coerce")  # None (not available) -> NaN
    dup = frame.duplicated(["model", "lang"], keep=False)
    if dup.any():
        raise DataError(f"several features.json for the same (model, lang) under {root}: "
                        f"{', '.join(frame.loc[dup, 'features_file'].head(4))}")
    return frame


def transfer_targets(results: Sequence[str | Path]) -> pd.DataFrame:
    """Per (model, src, lang): mean zero-shot F1 and mean student F1 per distillation loss over the sweep's runs
    (zero-shot-only cells, until=zero_shot, give no student column)."""
    from xlt.analysis.report import collect_runs

    runs = collect_runs(results)
    runs = runs[runs["model"] == runs["student_model"]]  # the student shares the teacher's backbone
    keys = ["model", "src", "lang"]
    # the zero-shot scores do not depend on the loss: one value per teacher and target, over the seeds
    teachers = runs.drop_duplicates([*keys, "teacher_seed"])
    parts = [teachers.groupby(keys)["zero_shot_f1"].mean().rename("zero-shot F1")]
    if "zero_shot_natural_f1" in runs and runs["zero_shot_natural_f1"].notna().any():  # the hand-written sentences
        parts.append(teachers.groupby(keys)["zero_shot_natural_f1"].mean().rename("zero-shot F1 (natural)"))
    for distill, group in runs.groupby("distill"):
        if group["student_f1"].notna().any():
            parts.append(group.groupby(keys)["student_f1"].mean().rename(f"student F1 ({distill})"))
    n = runs.groupby(keys).size().rename("n_runs")
    return pd.concat([*parts, n], axis=1).reset_index()


def join_points(features: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
    points = features.merge(targets, on=["model", "lang"], how="inner")
    missing = set(map(tuple, features[["model", "lang"]].values)) - set(map(tuple, points[["model", "lang"]].values))
    if missing:
        log.warning("no transfer results for %s: left out", ", ".join(f"{m}/{lg}" for m, lg in sorted(missing)))
    if points.empty:
        raise DataError("no (model, language) has both features and transfer results: do the analysis and the "
                        "sweep cover the same models and languages?")
    return points.sort_values(["model", "lang"]).reset_index(drop=True)


def correlation(x: Sequence[float], y: Sequence[float], min_points: int = 3) -> dict[str, Any]:
    """Pearson r and Spearman rho with two-sided p-values over the points where both are finite."""
    xa, ya = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    ok = np.isfinite(xa) & np.isfinite(ya)
    xa, ya = xa[ok], ya[ok]
    n = int(len(xa))
    if n < min_points:
        return _no_correlation(n, f"too few points (n={n} < {min_points}): no correlation")
    if np.ptp(xa) == 0 or np.ptp(ya) == 0:
        return _no_correlation(n, "a constant column: correlation undefined")
    out = _no_correlation(n, "")
    pr = stats.pearsonr(xa, ya)
    sr = stats.spearmanr(xa, ya)
    # scipy's Spearman p-value is a t approximation, far off for a handful of points (rho = 1 with 5 points
    # gives 1e-24 instead of 2/120): up to EXACT_MAX points the p-value comes from all permutations
    sp = exact_spearman_p(xa, ya) if n <= EXACT_MAX else float(sr.pvalue)
    out.update(pearson_r=float(pr.statistic), pearson_p=float(pr.pvalue), spearman_rho=float(sr.statistic),
               spearman_p=sp)
    if n < FEW_POINTS:
        out["note"] = f"only {n} points: indicative, not evidence"
    return out


def partial_correlation(x: Sequence[float], y: Sequence[float], covariates: Sequence[Sequence[float]],
                        rank: bool = False, min_points: int = 4) -> dict[str, Any]:
    """Pearson (or, rank=True, Spearman) correlation of x and y after removing what the covariates explain
    linearly from each (least-squares residuals, intercept included), over the points where all are finite; the
    p-value from Student's t with n - 2 - k degrees of freedom (k: covariates that vary). A covariate constant
    over the points (every pair in one script) is dropped: the partial equals the plain correlation then."""
    cols = [np.asarray(x, dtype=float), np.asarray(y, dtype=float), *(np.asarray(c, dtype=float) for c in covariates)]
    ok = np.all([np.isfinite(c) for c in cols], axis=0)
    xa, ya, *zs = (c[ok] for c in cols)
    n = int(ok.sum())
    zs = [z for z in zs if n and np.ptp(z) > 0]
    if n < min_points + len(zs):
        return {"n": n, "r": math.nan, "p": math.nan, "k": len(zs), "note": f"too few points (n={n})"}
    if rank:
        xa, ya, zs = stats.rankdata(xa), stats.rankdata(ya), [stats.rankdata(z) for z in zs]
    design = np.column_stack([np.ones(n), *zs])
    rx = xa - design @ np.linalg.lstsq(design, xa, rcond=None)[0]
    ry = ya - design @ np.linalg.lstsq(design, ya, rcond=None)[0]
    if np.ptp(rx) < 1e-12 or np.ptp(ry) < 1e-12:
        return {"n": n, "r": math.nan, "p": math.nan, "k": len(zs),
                "note": "nothing left once the covariates are removed"}
    r = float(np.clip(np.corrcoef(rx, ry)[0, 1], -1.0, 1.0))
    df = n - 2 - len(zs)
    t = r * math.sqrt(df / max(1e-300, 1.0 - r * r))
    return {"n": n, "r": r, "p": float(2 * stats.t.sf(abs(t), df)), "k": len(zs), "note": ""}


def _no_correlation(n: int, note: str) -> dict[str, Any]:
    return {"n": n, "pearson_r": math.nan, "pearson_p": math.nan, "spearman_rho": math.nan, "spearman_p": math.nan,
            "note": note}


def exact_spearman_p(x: np.ndarray, y: np.ndarray) -> float:
    """Two-sided permutation p-value of Spearman's rho over all n! orderings of y (ties: average ranks)."""
    cx, cy = stats.rankdata(x), stats.rankdata(y)
    cx, cy = cx - cx.mean(), cy - cy.mean()  # a permutation of y's ranks keeps their mean and spread
    perms = np.array(list(itertools.permutations(range(len(cy)))))
    rhos = (cy[perms] @ cx) / np.sqrt((cx**2).sum() * (cy**2).sum())  # (n!,): rho of every ordering
    observed = abs(float(cy @ cx) / np.sqrt((cx**2).sum() * (cy**2).sum()))
    return float(np.mean(np.abs(rhos) >= observed - 1e-12))


def correlation_table(points: pd.DataFrame, targets: Sequence[str], min_points: int = 3) -> pd.DataFrame:
    """Every feature x target, per model and over all models."""
    rows = []
    scopes = [(m, points[points["model"] == m]) for m in sorted(points["model"].unique())]
    if points["model"].nunique() > 1:
        scopes.append(("all models", points))
    for scope, frame in scopes:
        for feature, label in FEATURES.items():
            for target in targets:
                if frame[feature].isna().all():
                    res = _no_correlation(0, "not available for this backbone (no LM head)"
                                          if feature in ("lml", "lmem") else "not available")
                else:
                    res = correlation(frame[feature], frame[target], min_points)
                rows.append({"scope": scope, "feature": label, "target": target, **res})
    return pd.DataFrame(rows)


def _cell(r: float, p: float) -> str:
    return "n/a" if not math.isfinite(r) else f"{r:+.2f} (p={p:.2g})"


def table1_markdown(table: pd.DataFrame, targets: Sequence[str]) -> list[str]:
    """Paper-style: one block per scope, features as rows, transfer targets as columns, Pearson r (p)."""
    lines: list[str] = []
    for scope, frame in table.groupby("scope", sort=False):
        n = int(frame["n"].max())
        header = " | ".join(f"{t}: Pearson r (p) | Spearman ρ (p)" for t in targets)
        lines += [f"### {scope} (up to {n} points)", "", f"| feature | {header} | n | note |",
                  "|---|" + "---|---|" * len(targets) + "---|---|"]
        for feature, rows in frame.groupby("feature", sort=False):
            cells = []
            for t in targets:
                r = rows[rows["target"] == t].iloc[0]
                cells += [_cell(r["pearson_r"], r["pearson_p"]), _cell(r["spearman_rho"], r["spearman_p"])]
            notes = sorted({x for x in rows["note"] if x})
            lines.append(f"| {feature} | " + " | ".join(cells) + f" | {int(rows['n'].max())} | {'; '.join(notes)} |")
        lines.append("")
    return lines


def plot_scatter(points: pd.DataFrame, targets: Sequence[str], path: Path) -> Path:
    """Feature (x) against transfer F1 (y): one panel per pair, one labelled point per (model, language)."""
    plt = _pyplot()
    feats = [f for f in FEATURES if points[f].notna().any()]
    fig, axes = plt.subplots(len(feats), len(targets), figsize=(4.2 * len(targets), 3.2 * len(feats)),
                             squeeze=False)
    models, colors = _model_colors(points, plt)
    for i, f in enumerate(feats):
        for j, t in enumerate(targets):
            ax = axes[i][j]
            for m in models:
                sub = points[(points["model"] == m) & points[f].notna() & points[t].notna()]
                ax.scatter(sub[f], sub[t], color=colors[m], label=m, s=28)
                for _, row in sub.iterrows():
                    ax.annotate(f"{m}/{row['lang']}", (row[f], row[t]), fontsize=7, xytext=(3, 3),
                                textcoords="offset points")
            _label_panel(ax, points[f], points[t], FEATURES[f], t)
    axes[0][0].legend(fontsize=7)
    return _save_figure(fig, path, plt)


def _pyplot() -> Any:
    """matplotlib.pyplot on the file-only Agg backend (no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _model_colors(points: pd.DataFrame, plt: Any) -> tuple[list[str], dict[str, Any]]:
    """The backbones of the points, sorted, and one colour each."""
    models = sorted(points["model"].unique())
    return models, {m: plt.cm.tab10(i % 10) for i, m in enumerate(models)}


def _label_panel(ax: Any, x: pd.Series, y: pd.Series, xlabel: str, ylabel: str) -> None:
    """A scatter panel's title (Pearson's r of its points and their number) and axis labels."""
    res = correlation(x, y)
    ax.set_title(f"r={res['pearson_r']:+.2f} (n={res['n']})" if math.isfinite(res["pearson_r"])
                 else f"n={res['n']}: no r", fontsize=9)
    ax.set_xlabel(xlabel, fontsize=8)
    ax.set_ylabel(ylabel, fontsize=8)
    ax.tick_params(labelsize=7)


def _save_figure(fig: Any, path: Path, plt: Any) -> Path:
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_correlation(root: str | Path, results: Sequence[str | Path], out: str | Path,
                      min_points: int = 3) -> Path:
    """correlation.md / .csv (the table), points.csv (the joined data) and scatter.png under `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    features = collect_features(root)
    targets_frame = transfer_targets(results)
    if targets_frame["src"].nunique() > 1:  # the seed paper's design: every language as a source too
        return write_pair_correlation(features, targets_frame, root, results, out, min_points)
    targets_frame = targets_frame.drop(columns="src")
    points = join_points(features, targets_frame)
    targets = [c for c in targets_frame.columns if c.endswith("F1") or "F1 (" in c]
    table = correlation_table(points, targets, min_points)
    points.drop(columns=["features_file"]).to_csv(out / "points.csv", index=False)
    table.to_csv(out / "correlation.csv", index=False)
    plot_scatter(points, targets, out / "scatter.png")
    n_models, n_points = points["model"].nunique(), len(points)
    md = ["# Language characteristics vs transfer (arXiv 2212.01757, Table 1 style)", "",
          f"{n_points} (model, target language) points from {n_models} model(s); features from {root}, transfer "
          f"results (mean over seeds) from {', '.join(map(str, results))}. One source language.", ""]
    per_model = int(points.groupby("model").size().min())
    if per_model < FEW_POINTS:
        md += [f"**With {per_model} points per model ({n_points} in all) no correlation here means much**: a "
               "p-value from so few points is indicative at best; run more languages (and models) before reading "
               "anything into it.", ""]
    md += ["## Correlation with transfer", "", *table1_markdown(table, targets),
           "## Points", "", _points_markdown(points, targets), "", "![scatter](scatter.png)", ""]
    atomic_write_text(out / "correlation.md", "\n".join(md))
    return out / "correlation.md"


def _points_markdown(points: pd.DataFrame, targets: Sequence[str]) -> str:
    cols = ["model", "lang", *FEATURES, *targets]
    head = "| " + " | ".join(FEATURES.get(c, c) for c in cols) + " |"
    body = []
    for _, row in points.iterrows():
        vals = []
        for c in cols:
            v = row[c]
            vals.append(str(v) if isinstance(v, str) else ("n/a" if not np.isfinite(v) else f"{v:.4g}"))
        body.append("| " + " | ".join(vals) + " |")
    return "\n".join([head, "|" + "---|" * len(cols), *body])


# --- the seed paper's design: (source, target) pairs ---------------------------------------------------------------


def pair_correlation_table(points: pd.DataFrame, targets: Sequence[str], min_points: int = 3) -> pd.DataFrame:
    """Every pair feature x transfer target, per model and pooled over models: Pearson and Spearman with their
    p-values, Holm-corrected over the features of one (scope, target) (`pearson_p_holm`, `spearman_p_holm`), and
    the partial Pearson / Spearman correlation controlling for same script."""
    from xlt.analysis.pair_features import LM_FEATURES, PAIR_FEATURES
    from xlt.analysis.stats import holm

    rows = []
    scopes = [(m, points[points["model"] == m]) for m in sorted(points["model"].unique())]
    if points["model"].nunique() > 1:
        scopes.append(("all models", points))
    for scope, frame in scopes:
        for target in targets:
            block = []
            for feature, label in PAIR_FEATURES.items():
                if frame[feature].isna().all():
                    res = _no_correlation(0, "not available for this backbone (no LM head)" if feature in LM_FEATURES
                                          else "not available")
                    part = {"n": 0, "r": math.nan, "p": math.nan}
                    part_rank = dict(part)
                else:
                    res = correlation(frame[feature], frame[target], min_points)
                    if feature == "same_script":  # the covariate itself: nothing to partial out
                        part = {"n": 0, "r": math.nan, "p": math.nan}
                        part_rank = dict(part)
                    else:
                        part = partial_correlation(frame[feature], frame[target], [frame["same_script"]])
                        part_rank = partial_correlation(frame[feature], frame[target], [frame["same_script"]],
                                                        rank=True)
                block.append({"scope": scope, "feature": label, "target": target, **res,
                              "partial_pearson_r": part["r"], "partial_pearson_p": part["p"],
                              "partial_spearman_rho": part_rank["r"], "partial_spearman_p": part_rank["p"]})
            for test in ("pearson_p", "spearman_p", "partial_pearson_p", "partial_spearman_p"):
                ps = np.array([b[test] for b in block], dtype=float)
                adjusted = np.full(len(ps), math.nan)
                finite = np.isfinite(ps)
                adjusted[finite] = holm(ps[finite])
                for b, a in zip(block, adjusted, strict=True):
                    b[f"{test}_holm"] = float(a)
            rows += block
    return pd.DataFrame(rows)


def _rp(r: float, p: float, p_holm: float | None = None) -> str:
    if not math.isfinite(r):
        return "n/a"
    star = "*" if p_holm is not None and math.isfinite(p_holm) and p_holm < 0.05 else ""
    holm_part = f", Holm {p_holm:.2g}" if p_holm is not None and math.isfinite(p_holm) else ""
    return f"{r:+.2f}{star} (p={p:.2g}{holm_part})"


def pair_table_markdown(table: pd.DataFrame, targets: Sequence[str]) -> list[str]:
    """Table 1 of the paper, one block per scope and transfer target: features as rows; Pearson r and Spearman
    rho with p and Holm-corrected p (* : Holm p < 0.05), the partial correlations given same script, n."""
    lines: list[str] = []
    for (scope, target), frame in table.groupby(["scope", "target"], sort=False):
        lines += [f"### {scope}: {target} ({int(frame['n'].max())} pairs)", "",
                  "| feature | Pearson r (p, Holm) | Spearman ρ (p, Holm) | partial r given script (p) | "
                  "partial ρ given script (p) | n | note |", "|---|---|---|---|---|---|---|"]
        for _, r in frame.iterrows():
            lines.append(f"| {r['feature']} | {_rp(r['pearson_r'], r['pearson_p'], r['pearson_p_holm'])} | "
                         f"{_rp(r['spearman_rho'], r['spearman_p'], r['spearman_p_holm'])} | "
                         f"{_rp(r['partial_pearson_r'], r['partial_pearson_p'])} | "
                         f"{_rp(r['partial_spearman_rho'], r['partial_spearman_p'])} | {int(r['n'])} | {r['note']} |")
        lines.append("")
    return lines


def plot_pair_scatter(points: pd.DataFrame, target: str, path: Path) -> Path:
    """Every available pair feature (x) against `target` (y): one panel per feature, one point per pair, coloured by
    backbone, filled for same-script pairs and hollow otherwise."""
    from xlt.analysis.pair_features import PAIR_FEATURES

    plt = _pyplot()
    feats = [f for f in PAIR_FEATURES if f != "same_script" and points[f].notna().any()
             and points[f].max() > points[f].min()]  # a constant feature has nothing to show
    ncols = 4
    nrows = max(1, math.ceil(len(feats) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(4.0 * ncols, 3.1 * nrows), squeeze=False)
    models, colors = _model_colors(points, plt)
    for ax, f in zip(axes.flat, feats, strict=False):
        for m in models:
            for same, face in ((1.0, None), (0.0, "none")):
                sub = points[(points["model"] == m) & (points["same_script"] == same)]
                ax.scatter(sub[f], sub[target], s=16, edgecolors=colors[m], facecolors=face or colors[m],
                           label=f"{m}, {'same' if same else 'other'} script")
        _label_panel(ax, points[f], points[target], PAIR_FEATURES[f], target)
    for ax in list(axes.flat)[len(feats):]:
        ax.axis("off")
    axes[0][0].legend(fontsize=6)
    return _save_figure(fig, path, plt)


def write_pair_correlation(features: pd.DataFrame, targets_frame: pd.DataFrame, root: str | Path,
                           results: Sequence[str | Path], out: Path, min_points: int) -> Path:
    """The (source, target) version of :func:`write_correlation` (several source languages in the results)."""
    from xlt.analysis.pair_features import PAIR_FEATURES, pair_points
    from xlt.analysis.typology import unavailable_reason

    points = pair_points(features, targets_frame)
    targets = [c for c in targets_frame.columns if c.endswith("F1") or "F1 (" in c]
    table = pair_correlation_table(points, targets, min_points)
    points.to_csv(out / "pairs.csv", index=False)
    table.to_csv(out / "correlation.csv", index=False)
    plots = [plot_pair_scatter(points, t, out / f"scatter_{_slug(t)}.png") for t in targets]
    per_model = points.groupby("model").size()
    md = ["# Language pairs vs transfer (arXiv 2212.01757, Table 1 style)", "",
          f"{len(points)} (backbone, source, target) pairs, source != target (in-language cells left out), from "
          f"{points['model'].nunique()} backbone(s): "
          + ", ".join(f"{m} {n} pairs over {points[points.model == m].src.nunique()} sources" for m, n in
                      per_model.items())
          + f". Features from {root}; transfer results (mean over seeds) from {', '.join(map(str, results))}.", "",
          "Pearson r (p under bivariate normality) and Spearman ρ (t approximation beyond "
          f"{EXACT_MAX} points); Holm: Holm-Bonferroni over the {len(PAIR_FEATURES)} features of one backbone and "
          "target (* : Holm p < 0.05); partial: the correlation once same-script membership is regressed out of "
          "both (Student t, n - 3 degrees of freedom). The pairs of one backbone share languages (each language "
          "appears in 18 of 90 pairs), so they are not independent: the p-values are optimistic, as in the "
          "paper's own table.", ""]
    reason = unavailable_reason()
    if reason:
        md += [f"URIEL distances: not available ({reason}).", ""]
    else:
        md += ["URIEL distances: urielplus (offline, its bundled URIEL databases, angular distance over the features "
               "both languages have).", ""]
    if int(per_model.min()) < FEW_POINTS:
        md += [f"**Only {int(per_model.min())} pairs for a backbone**: indicative at best.", ""]
    md += ["## Correlation with transfer", "", *pair_table_markdown(table, targets),
           *(f"![scatter]({p.name})" for p in plots), ""]
    atomic_write_text(out / "correlation.md", "\n".join(md))
    return out / "correlation.md"


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text.lower()).strip("_")

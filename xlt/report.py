"""`python -m xlt.report <sweep or run dirs> [--out DIR]`: the comparison report of finished cells.

Collects every complete `metrics.json` under the given directories and writes, as Markdown + CSV + PNG:

(a) model x language, per distillation loss: student F1 mean +- std over seeds, the zero-shot baseline
    (same teachers) mean +- std, and the student's gain over it;
(b) per-entity-type F1 of student and zero-shot;
(c) paired bootstrap over test sentences: 95 % confidence intervals and p-values for the student
    vs. its zero-shot baseline and for every pair of models on the same test set (same loss);
(d) a heatmap (model x language) of student F1 and a bar chart with seed std, per loss.

Every number comes from the runs' metrics.json and prediction files; nothing is re-trained. F1 values
are entity-level micro F1 in %, counted in the metric mode the runs used (conlleval by default).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from xlt.data.conll import read_conll
from xlt.data.tags import ENTITY_TYPES
from xlt.errors import DataError, XltError
from xlt.io import atomic_write_text
from xlt.metrics import f1_from_counts, sentence_counts

log = logging.getLogger(__name__)

CELL_KEYS = ["model", "lang", "distill"]


# --- collection --------------------------------------------------------------------------------------------------


def find_runs(roots: Iterable[str | Path]) -> list[Path]:
    """Every run directory (holding a metrics.json) under the given directories, sorted."""
    runs: set[Path] = set()
    for root in map(Path, roots):
        if not root.exists():
            raise DataError(f"{root} does not exist: pass sweep directories (outputs/multirun/<sweep>) or run dirs")
        if (root / "metrics.json").is_file():
            runs.add(root)
        runs.update(p.parent for p in root.rglob("metrics.json") if p.parent.name != "artifacts")
    return sorted(runs)


def collect_runs(roots: Iterable[str | Path]) -> pd.DataFrame:
    """One row per complete run: identity, F1s (in %), per-type F1s, prediction files. Incomplete runs are
    skipped with a warning (a sweep still running, or a killed cell)."""
    rows = []
    for run in find_runs(roots):
        try:
            m = json.loads((run / "metrics.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            log.warning("skipping %s: unreadable metrics.json (%s)", run, err)
            continue
        if m.get("status") != "complete":
            log.warning("skipping %s: status %r (not finished)", run, m.get("status"))
            continue
        row = {
            "run_dir": str(run),
            "model": m["model"],
            "student_model": m.get("student_model", m["model"]),
            "lang": m["lang"],
            "distill": m["distill"],
            "seed": int(m["seed"]),
            "source": m.get("source"),
            "benchmark": m.get("benchmark"),
            "metric_mode": m.get("metric_mode", "conlleval"),
            "source_dev_f1": 100 * m["source_dev"]["f1"],
            "zero_shot_f1": 100 * m["zero_shot"]["f1"],
            "student_f1": 100 * m["student"]["f1"],
            "gain": 100 * (m["student"]["f1"] - m["zero_shot"]["f1"]),
            "n_test_sentences": m["zero_shot"].get("n_sentences"),
            "zero_shot_predictions": _predictions(run, m, "zero_shot"),
            "student_predictions": _predictions(run, m, "student"),
            "teacher_reused": bool(m.get("artifacts", {}).get("teacher", {}).get("reused", False)),
            "cell_s": m.get("timings_s", {}).get("cell"),
        }
        for stage in ("zero_shot", "student"):
            for t in ENTITY_TYPES:
                score = m[stage].get("per_type", {}).get(t)
                row[f"{stage}_{t}_f1"] = 100 * score["f1"] if score else np.nan
        rows.append(row)
    if not rows:
        raise DataError(f"no complete runs (metrics.json with status complete) under {', '.join(map(str, roots))}")
    frame = pd.DataFrame(rows)
    dup = frame.duplicated(CELL_KEYS + ["seed", "benchmark", "student_model"], keep=False)
    if dup.any():
        names = ", ".join(frame.loc[dup, "run_dir"].head(4))
        raise DataError(f"the same cell and seed appears in several runs ({names}...): report one sweep at a time "
                        "or remove the duplicates")
    return frame.sort_values(CELL_KEYS + ["seed"]).reset_index(drop=True)


def _predictions(run: Path, metrics: dict[str, Any], stage: str) -> str | None:
    recorded = metrics[stage].get("predictions")
    if recorded and Path(recorded).is_file():
        return str(recorded)
    local = run / "predictions" / f"{stage}.{metrics['lang']}.test.conll"  # a moved or copied sweep directory
    return str(local) if local.is_file() else None


# --- (a) and (b): tables -----------------------------------------------------------------------------------------


def summary_table(runs: pd.DataFrame) -> pd.DataFrame:
    """Per (distill, model, language): student and zero-shot F1 mean and std over seeds, gain, seed count."""
    g = runs.groupby(["distill", "model", "lang"], sort=True)
    out = g.agg(
        student_mean=("student_f1", "mean"), student_std=("student_f1", "std"),
        zero_shot_mean=("zero_shot_f1", "mean"), zero_shot_std=("zero_shot_f1", "std"),
        gain_mean=("gain", "mean"), gain_std=("gain", "std"),
        source_dev_mean=("source_dev_f1", "mean"), n_seeds=("seed", "nunique"),
    ).reset_index()
    return out  # std is NaN for a single seed: shown as "n/a", never as 0


def per_type_table(runs: pd.DataFrame) -> pd.DataFrame:
    cols = {f"{stage}_{t}_f1": "mean" for stage in ("zero_shot", "student") for t in ENTITY_TYPES}
    return runs.groupby(["distill", "model", "lang"], sort=True).agg(cols).reset_index()


def _pm(mean: float, std: float) -> str:
    return f"{mean:.2f} ± {std:.2f}" if np.isfinite(std) else f"{mean:.2f} ± n/a"


def matrix_markdown(summary: pd.DataFrame, distill: str) -> str:
    """model x language table for one loss: 'student mean ± std (zero-shot mean, gain)' per cell."""
    part = summary[summary.distill == distill]
    langs = sorted(part.lang.unique())
    lines = ["| model | " + " | ".join(langs) + " | mean |", "|---|" + "---|" * (len(langs) + 1)]
    for model, rows in part.groupby("model", sort=True):
        cells = []
        for lang in langs:
            r = rows[rows.lang == lang]
            if r.empty:
                cells.append("")
                continue
            r = r.iloc[0]
            cells.append(f"{_pm(r.student_mean, r.student_std)} (zs {r.zero_shot_mean:.2f}, {r.gain_mean:+.2f})")
        lines.append(f"| {model} | " + " | ".join(cells) + f" | {rows.student_mean.mean():.2f} |")
    return "\n".join(lines)


# --- (c): paired bootstrap ---------------------------------------------------------------------------------------


@dataclass
class Predictions:
    tokens: list[tuple[str, ...]]
    counts: np.ndarray  # (n_sentences, 3): tp, n_pred, n_gold


def load_counts(path: str | Path, mode: str) -> Predictions:
    """Per-sentence entity counts from a `token gold pred` predictions file."""
    gold = read_conll(path, tag_column=1)
    pred = read_conll(path, tag_column=2)
    return Predictions([tuple(s.tokens) for s in gold],
                       sentence_counts([s.tags for s in gold], [s.tags for s in pred], mode))


def paired_bootstrap(a: Sequence[np.ndarray], b: Sequence[np.ndarray], n_resamples: int = 1000,
                     seed: int = 0) -> dict[str, float]:
    """Paired bootstrap over test sentences of mean-over-seeds F1(a) - F1(b) (in points).

    `a` and `b` are lists (one per seed) of per-sentence count arrays on the SAME sentences. Each resample
    draws sentence indices with replacement once and scores every run on them, so seed noise and sentence
    sampling are both in the interval. Returns the observed difference, the 95 % percentile interval and
    a two-sided p-value (twice the share of resampled differences on the other side of zero, at most 1).
    """
    n = len(a[0])
    if any(len(x) != n for x in (*a, *b)):
        raise DataError("paired bootstrap needs every run scored on the same test sentences")

    def mean_f1(runs: Sequence[np.ndarray], idx: np.ndarray | None) -> np.ndarray:
        scores = []
        for c in runs:
            s = c.sum(0) if idx is None else c[idx].sum(1)  # idx: (R, n) -> (R, 3)
            scores.append(f1_from_counts(s[..., 0], s[..., 1], s[..., 2]))
        return 100 * np.mean(scores, axis=0)

    observed = float(mean_f1(a, None) - mean_f1(b, None))
    rng = np.random.default_rng(seed)
    deltas = np.empty(n_resamples)
    for start in range(0, n_resamples, 200):  # chunks bound memory: (chunk, n, 3) per run
        idx = rng.integers(0, n, size=(min(200, n_resamples - start), n))
        deltas[start : start + len(idx)] = mean_f1(a, idx) - mean_f1(b, idx)
    lo, hi = np.percentile(deltas, [2.5, 97.5])
    if observed > 0:
        p = 2 * np.mean(deltas <= 0)
    elif observed < 0:
        p = 2 * np.mean(deltas >= 0)
    else:
        p = 1.0
    return {"delta": observed, "ci_low": float(lo), "ci_high": float(hi), "p_value": float(min(1.0, p)),
            "n_sentences": n, "n_resamples": n_resamples}


def significance_table(runs: pd.DataFrame, n_resamples: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Student vs zero-shot per (distill, model, lang), and model vs model per (distill, lang)."""
    cache: dict[str, Predictions] = {}

    def counts(path: str | None, mode: str) -> Predictions | None:
        if not path:
            return None
        if path not in cache:
            cache[path] = load_counts(path, mode)
        return cache[path]

    def stage_counts(rows: pd.DataFrame, stage: str) -> list[Predictions] | None:
        got = [counts(path, mode) for path, mode in zip(rows[f"{stage}_predictions"], rows.metric_mode, strict=True)]
        return None if any(x is None for x in got) else got  # type: ignore[return-value]

    out = []
    for (distill, model, lang), rows in runs.groupby(["distill", "model", "lang"], sort=True):
        st, zs = stage_counts(rows, "student"), stage_counts(rows, "zero_shot")
        if st is None or zs is None:
            log.warning("no prediction files for %s/%s/%s: no significance test", distill, model, lang)
            continue
        res = paired_bootstrap([x.counts for x in st], [x.counts for x in zs], n_resamples, seed)
        out.append({"comparison": "student vs zero-shot", "distill": distill, "lang": lang, "a": model,
                    "b": f"{model} zero-shot", "n_seeds": len(rows), **res})
    for (distill, lang), rows in runs.groupby(["distill", "lang"], sort=True):
        by_model = {m: stage_counts(r, "student") for m, r in rows.groupby("model", sort=True)}
        for ma, mb in combinations(sorted(k for k, v in by_model.items() if v), 2):
            pa, pb = by_model[ma], by_model[mb]
            if pa[0].tokens != pb[0].tokens:
                log.warning("%s and %s were tested on different %s sentences: not compared", ma, mb, lang)
                continue
            res = paired_bootstrap([x.counts for x in pa], [x.counts for x in pb], n_resamples, seed)
            out.append({"comparison": "model vs model (student)", "distill": distill, "lang": lang, "a": ma,
                        "b": mb, "n_seeds": f"{len(pa)}/{len(pb)}", **res})
    return pd.DataFrame(out)


# --- (d): plots --------------------------------------------------------------------------------------------------


def plot_heatmap(summary: pd.DataFrame, distill: str, path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    part = summary[summary.distill == distill].pivot(index="model", columns="lang", values="student_mean")
    fig, ax = plt.subplots(figsize=(1.2 + 0.9 * part.shape[1], 1.0 + 0.6 * part.shape[0]))
    im = ax.imshow(part.values, cmap="viridis", vmin=0, vmax=100, aspect="auto")
    ax.set_xticks(range(part.shape[1]), part.columns)
    ax.set_yticks(range(part.shape[0]), part.index)
    for i in range(part.shape[0]):
        for j in range(part.shape[1]):
            v = part.values[i, j]
            if np.isfinite(v):
                ax.text(j, i, f"{v:.1f}", ha="center", va="center", color="white" if v < 60 else "black", fontsize=8)
    ax.set_title(f"student entity F1 (%), distill={distill}")
    fig.colorbar(im, ax=ax, fraction=0.046)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def plot_bars(summary: pd.DataFrame, distill: str, path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    part = summary[summary.distill == distill]
    langs, models = sorted(part.lang.unique()), sorted(part.model.unique())
    width = 0.8 / max(1, len(models))
    fig, ax = plt.subplots(figsize=(2 + 1.2 * len(langs), 3.5))
    for k, model in enumerate(models):
        rows = part[part.model == model].set_index("lang").reindex(langs)
        x = np.arange(len(langs)) + (k - (len(models) - 1) / 2) * width
        ax.bar(x, rows.student_mean, width, yerr=rows.student_std.fillna(0), capsize=2, label=f"{model} student")
        ax.scatter(x, rows.zero_shot_mean, marker="_", s=200, color="black", zorder=3,
                   label="zero-shot" if k == 0 else None)
    ax.set_xticks(range(len(langs)), langs)
    ax.set_ylabel("entity F1 (%)")
    ax.set_ylim(0, 100)
    ax.set_title(f"student (bars, ± seed std) vs zero-shot (—), distill={distill}")
    ax.legend(fontsize=7, ncol=2)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


# --- the report --------------------------------------------------------------------------------------------------


def write_report(roots: Sequence[str | Path], out: str | Path, n_resamples: int = 1000, seed: int = 0) -> Path:
    """Write report.md, runs.csv, summary.csv, per_type.csv, significance.csv and the PNGs into `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    runs = collect_runs(roots)
    summary = summary_table(runs)
    per_type = per_type_table(runs)
    sig = significance_table(runs, n_resamples, seed)
    for name, frame in (("runs", runs), ("summary", summary), ("per_type", per_type), ("significance", sig)):
        atomic_write_text(out / f"{name}.csv", frame.to_csv(index=False, float_format="%.4f"))
    modes = ", ".join(sorted(runs.metric_mode.unique()))
    md = [
        "# xlt comparison report",
        "",
        f"{len(runs)} complete runs from {', '.join(map(str, roots))}; entity-level micro F1 in % ({modes}); "
        f"mean ± std over seeds (sample std; n/a with one seed). Sources: "
        f"{', '.join(sorted(map(str, runs.source.unique())))}; target test data: "
        f"{', '.join(sorted(map(str, runs.benchmark.unique())))}.",
        "",
    ]
    for distill in sorted(summary.distill.unique()):
        heat = plot_heatmap(summary, distill, out / f"heatmap_{distill}.png")
        bars = plot_bars(summary, distill, out / f"bars_{distill}.png")
        md += [f"## distill = {distill}", "", "Student F1 (zero-shot baseline of the same teachers, gain):", "",
               matrix_markdown(summary, distill), "", f"![heatmap]({heat.name}) ![bars]({bars.name})", ""]
    md += ["## Per entity type (mean over seeds)", "", _frame_md(per_type), ""]
    md += ["## Paired bootstrap over test sentences", "",
           f"{n_resamples} resamples (seed {seed}); delta = a - b in F1 points, mean over seeds; 95 % percentile "
           "interval; two-sided p-value.", "", _frame_md(sig) if len(sig) else "(no prediction files found)", ""]
    atomic_write_text(out / "report.md", "\n".join(md))
    return out / "report.md"


def _num(v: float) -> str:
    if not np.isfinite(v):
        return ""
    return f"{v:.3f}" if abs(v) < 1 else f"{v:.2f}"


def _frame_md(frame: pd.DataFrame) -> str:
    shown = frame.copy()
    for col in shown.columns:
        if shown[col].dtype.kind == "f":
            shown[col] = shown[col].map(_num)
    head = "| " + " | ".join(shown.columns) + " |"
    sep = "|" + "---|" * len(shown.columns)
    body = ["| " + " | ".join(str(v) for v in row) + " |" for row in shown.itertuples(index=False)]
    return "\n".join([head, sep, *body])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xlt.report", description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", help="sweep directories (outputs/multirun/<sweep>) or run directories")
    parser.add_argument("--out", default=None, help="output directory (default: <first dir>/report)")
    parser.add_argument("--bootstrap", type=int, default=1000, help="paired bootstrap resamples (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    try:
        path = write_report(args.dirs, args.out or Path(args.dirs[0]) / "report", args.bootstrap, args.seed)
    except XltError as err:
        print(f"xlt: error: {err}", file=sys.stderr)
        return 2
    print(path.read_text(encoding="utf-8").split("## Per entity type")[0])
    print(f"report written to {path.parent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

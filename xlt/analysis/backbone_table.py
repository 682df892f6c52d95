"""The README's backbone table: the committed report of experiment=backbone_comparison as one table per student arm.

Per target and test set, for one student arm (a setting whose swept `student` choice is `arm`): each backbone's
zero-shot and student F1 (mean ± sd over seeds), and the backbone contrast a - b (the report's pair, in name order)
in zero-shot F1, in student F1 and in gain, each with the report's hierarchical 95 % interval, and the design's
minimum detectable effect of each (xlt.analysis.stats.two_level_mde). The target dev split is left out by default:
German's chose the searched student's recipe, so its scores are in-sample there. Every number comes from the report
folder's summary.csv and significance.csv (`python -m xlt.report <sweep> --out <folder>`), as the headline table's do
(xlt.analysis.reproduce.readme_table), and, like it, the README holds the rendering of the committed report
(bench/results/backbone_comparison, arm searched_for_model) verbatim: tests/test_readme.py checks it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from xlt.analysis.report import BACKBONE, SWEPT, colname, md_head, md_row
from xlt.analysis.reproduce import SET_NAMES, report_files
from xlt.analysis.stats import seeds_to_reject
from xlt.errors import DataError

log = logging.getLogger(__name__)

CONTRASTS = dict(zip(("zero_shot", "student", "gain"), BACKBONE, strict=True))  # quantity -> significance row


def in_arm(setting: str, arm: str) -> bool:
    """A report setting (`<data> | <swept fields>`; a shared zero-shot row joins several with ' & ') of the arm."""
    return any(f"student={arm}" in part.partition(SWEPT)[2].split(", ") for part in setting.split(" & "))


def backbone_table(summary: pd.DataFrame, significance: pd.DataFrame, arm: str,
                   sets: Sequence[str] = ("test", "natural")) -> str:
    """The markdown table of one student arm (see the module docstring) under a caption naming the arm, the
    direction, the seeds and the verdicts of its contrasts; a DataError where the report holds no cell of the arm,
    other than two backbones, or one cell twice (several sweeps of other data or losses in one report)."""
    cells = summary[summary.setting.map(lambda s: in_arm(s, arm))]
    models = sorted(cells.model.unique())
    if len(models) != 2:
        raise DataError(f"student={arm}: the report holds {len(models)} backbone(s) {models} under this arm, not two "
                        f"(its settings: {sorted(summary.setting.unique())}): the table contrasts a pair of one "
                        "experiment=backbone_comparison sweep's report")
    if cells.duplicated(["lang", "model"]).any():
        raise DataError(f"student={arm}: a (target, backbone) cell appears in several settings, losses or sources: "
                        "report one experiment=backbone_comparison sweep alone")
    a, b = models
    of_arm = significance.setting.map(lambda s: in_arm(s, arm))
    contrast = significance[significance.comparison.isin(BACKBONE) & (significance.a == a) & (significance.b == b)
                            & of_arm]
    head = ["target", "test set (unit)", f"zero-shot {a}", f"zero-shot {b}", "Δ zero-shot [95 % CI]", f"student {a}",
            f"student {b}", "Δ student [95 % CI]", "Δ gain [95 % CI]", "MDE: zero-shot / student / gain"]
    lines = md_head(head)
    shown = []
    for lang in sorted(cells.lang.unique()):
        by_model = cells[cells.lang == lang].set_index("model")
        for name in sets:
            rows = {q: contrast[(contrast.lang == lang) & (contrast.test_set == name)
                                & (contrast.comparison == c)] for q, c in CONTRASTS.items()}
            if any(len(r) > 1 for r in rows.values()):
                raise DataError(f"student={arm}, {lang}, {name}: several backbone contrasts of {a} and {b}: report "
                                "one experiment=backbone_comparison sweep alone")
            if any(len(r) == 0 for r in rows.values()):
                log.warning("student=%s, %s: no backbone contrast on %s (not scored, or no prediction files)", arm,
                            lang, name)
                continue
            rows = {q: r.iloc[0] for q, r in rows.items()}
            shown += rows.values()
            delta = {q: f"{r.delta:+.2f} [{r.ci_low:+.2f}, {r.ci_high:+.2f}]" for q, r in rows.items()}
            lines.append(md_row([
                lang, f"{SET_NAMES[name]} ({rows['gain'].unit})", _pm(by_model, a, "zero_shot", name),
                _pm(by_model, b, "zero_shot", name), delta["zero_shot"], _pm(by_model, a, "student", name),
                _pm(by_model, b, "student", name), delta["student"], delta["gain"],
                " / ".join(f"{rows[q].mde:.1f}".replace("nan", "n/a") for q in CONTRASTS)]))
    if not shown:
        raise DataError(f"student={arm}: no backbone contrast of {a} and {b} on {', '.join(sets)} in the report")
    seeds = sorted({f"{r.n_seeds} {r.seeds}" for r in shown})
    verdicts = sorted({r.verdict for r in shown})
    floor = min(r.p_seeds_min for r in shown)  # no row's seed-level test goes below it
    family = len(significance)  # Holm adjusts every row of the report, these contrasts among them
    seeds_say = ("" if "not enough seeds" not in verdicts else
                 f" (with these seeds the exact seed-level test cannot go below p = {floor:.3g}; after Holm over the "
                 f"report's {family} comparisons no contrast can be called significant below "
                 f"{seeds_to_reject(family)} paired seeds)")
    caption = (f"student={arm}; entity F1 in %, mean ± sd over seeds ({', '.join(seeds)}); Δ = {a} − {b} in F1 "
               "points, gain = student − its own teacher's zero-shot; 95 % CI: hierarchical bootstrap over seeds, "
               "then test units; MDE: the smallest |Δ| a two-sided test at α 0.05 detects with 80 % power before any "
               "multiplicity adjustment, (t_0.975 + t_0.8) standard errors of seeds and test units, each part on its "
               "own degrees of freedom (xlt.analysis.stats.two_level_mde), in F1 points; n/a: no seed variance to "
               "estimate. "
               f"Verdict of every contrast shown: {', '.join(verdicts)}{seeds_say}.")
    return caption + "\n\n" + "\n".join(lines) + "\n"


def _pm(by_model: pd.DataFrame, model: str, stage: str, name: str) -> str:
    """A backbone's F1 of `stage` on test set `name`: mean ± sd over seeds, from the summary."""
    row = by_model.loc[model]
    mean, std = (row[f"{stage}_{colname(name, stat)}"] for stat in ("mean", "std"))
    return f"{mean:.2f} ± {std:.2f}".replace("nan", "n/a")  # one seed: no sd, never 0


def read_backbone_table(folder: str | Path, arm: str = "searched_for_model") -> str:
    """`backbone_table` of a committed report folder (its summary.csv and significance.csv)."""
    return backbone_table(*report_files(folder, "summary.csv", "significance.csv"), arm)

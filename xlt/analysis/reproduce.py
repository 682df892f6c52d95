"""A published table and its rerun: what the README states, where a rerun's means must land, and the check.

The published numbers of a sweep are its report's `summary.csv` (per cell: zero-shot and student F1 and the gain,
mean and standard deviation over seeds, for every test set) and `significance.csv` (the gain's cluster-level 95 %
interval, its minimum detectable effect and verdict), committed under `bench/results/<table>/`. The README's table is
rendered from them (`readme_table`), and `bench/reproduce.py` reruns the sweep from scratch and checks every number
against its **reproduction interval**: the 95 % prediction interval of the mean of n new seeds,

    mean +- t(0.975, n - 1) * sd * sqrt(2 / n)

where sd is the published seed-to-seed standard deviation. A rerun scores the same test sentences, so only the seeds
(and the training numerics of another machine, which act like other seeds: docs/embedded_default.md) can move its
mean; the cluster-level interval of the gain answers another question (how the gain would vary over other sentences
of the same kind) and is shown beside it, not used for the check.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd
from scipy import stats as sps

from xlt.analysis.report import colname
from xlt.errors import DataError
from xlt.experiment.identity import CELL_KEYS, SEED_KEYS

# the test sets of a table, in the order shown, with the README's name of each
SET_NAMES = {"test": "generated test", "natural": "natural", "dev": "target dev"}
QUANTITIES = ("zero_shot", "student", "gain")  # the published numbers of one cell and test set
KEYS = ["setting", "distill", "model", "src", "lang", "test_set", "quantity"]  # one published number
CONFIDENCE = 0.95


def _stat(summary: pd.DataFrame, quantity: str, name: str, stat: str) -> pd.Series | None:
    """The summary's column of `quantity` (`zero_shot`, `student`, `gain`) on test set `name`: `mean` or `std`."""
    column = colname(name, f"gain_{stat}") if quantity == "gain" else f"{quantity}_{colname(name, stat)}"
    return summary[column] if column in summary else None


def published(summary: pd.DataFrame, significance: pd.DataFrame) -> pd.DataFrame:
    """One row per published number (KEYS): its mean, std and seed count from the summary, the reproduction
    interval (`low`, `high`), and for a gain the cluster-level interval, unit, MDE and verdict of the report."""
    rows: list[dict[str, Any]] = []
    for name in SET_NAMES:
        for quantity in QUANTITIES:
            mean, std = _stat(summary, quantity, name, "mean"), _stat(summary, quantity, name, "std")
            if mean is None:
                continue
            for i, cell in summary.iterrows():
                low, high = reproduction_interval(float(mean[i]), float(std[i]), int(cell.n_seeds))
                rows.append({"setting": cell.setting, "distill": cell.distill, "model": cell.model,
                             "src": getattr(cell, "src", "en"), "lang": cell.lang,
                             "test_set": name, "quantity": quantity, "mean": float(mean[i]), "std": float(std[i]),
                             "n_seeds": int(cell.n_seeds), "low": low, "high": high})
    frame = pd.DataFrame(rows)
    gains = significance[significance.comparison == "student vs zero-shot"].rename(columns={"a": "model"})
    if "src" not in gains:  # a report written before `src` was a column
        gains = gains.assign(src="en")
    gains = gains.assign(quantity="gain")[[*KEYS, "ci_low", "ci_high", "unit", "mde", "verdict", "p_holm",
                                           "seeds_a_better"]]
    return frame.merge(gains, on=KEYS, how="left")


def reproduction_interval(mean: float, std: float, n: int, m: int | None = None) -> tuple[float, float]:
    """Where the mean of m new seeds (default m = n) lands with 95 % probability, given n published seeds with
    this mean and std: mean +- t(0.975, n - 1) * std * sqrt(1/n + 1/m). It assumes the per-seed values are
    independent normal draws and that the rerun draws from the same distribution (another machine's numerics act
    like other seeds: no shift of their own). NaN bounds where n < 2 (no std)."""
    m = n if m is None else m
    if n < 2 or m < 1 or not math.isfinite(std):
        return math.nan, math.nan
    half = float(sps.t.ppf(0.5 + CONFIDENCE / 2, n - 1)) * std * math.sqrt(1 / n + 1 / m)
    return mean - half, mean + half


def report_files(folder: str | Path, *names: str) -> list[pd.DataFrame]:
    """The named CSV files of a report folder, read; a missing one is a DataError naming the command that writes it."""
    folder = Path(folder)
    for path in (folder / name for name in names):
        if not path.is_file():
            raise DataError(f"{path}: no such file; a published table is a report folder written by "
                            f"`python -m xlt.report <sweep> --out {folder}`")
    return [pd.read_csv(folder / name) for name in names]


def read_published(folder: str | Path) -> pd.DataFrame:
    """The published numbers of a committed report folder (its summary.csv and significance.csv)."""
    return published(*report_files(folder, "summary.csv", "significance.csv"))


def read_runs(folder: str | Path) -> pd.DataFrame:
    """The per-seed runs of a report folder (its runs.csv), for `same_cells`."""
    return report_files(folder, "runs.csv")[0]


def distinct(numbers: pd.DataFrame) -> pd.DataFrame:
    """The published numbers counted once: the students of one teacher share its zero-shot scores, so a zero-shot
    number is kept for its first setting only."""
    zero = numbers.quantity == "zero_shot"
    shared = numbers[zero].duplicated([k for k in KEYS if k != "setting"] + ["mean", "std"])
    return numbers.drop(index=shared[shared].index)


def check(published_numbers: pd.DataFrame, rerun: pd.DataFrame) -> pd.DataFrame:
    """Every distinct published number beside the rerun's (its mean, std and seeds). `low`/`high`: the reproduction
    interval for as many seeds as the rerun has; `inside`: the rerun mean lies in it (False where the rerun lacks
    the number; NaN where one seed gives no interval)."""
    theirs = rerun[KEYS + ["mean", "std", "n_seeds"]].rename(
        columns={"mean": "rerun", "std": "rerun_std", "n_seeds": "rerun_seeds"})
    table = distinct(published_numbers).merge(theirs, on=KEYS, how="left").reset_index(drop=True)
    for i, r in table.iterrows():
        if pd.notna(r.rerun_seeds):
            table.loc[i, ["low", "high"]] = reproduction_interval(r["mean"], r["std"], r.n_seeds, int(r.rerun_seeds))
    table["inside"] = ((table.rerun >= table.low) & (table.rerun <= table.high)).astype(object)
    table.loc[table.low.isna() & table.rerun.notna(), "inside"] = math.nan  # no interval to be inside of
    table["shift_in_sd"] = (table.rerun - table["mean"]) / table["std"]
    return table


def same_cells(published_runs: pd.DataFrame, rerun_runs: pd.DataFrame) -> tuple[int, int, list[str]]:
    """Cell by cell (a row of runs.csv, named by its setting, cell and seeds as the report keys it), are the
    rerun's F1s and gains the published ones, to the 4 decimals runs.csv keeps? (n identical, n published, what
    differs: a cell whose numbers moved, one missing from either side, a number column only one side has.) On the
    machine kind, torch build and thread count that made the table a rerun is bit-identical
    (bench/results/determinism.md); elsewhere last-bit differences grow into other draws and only the interval
    check applies."""
    ident = [c for c in ("setting", *CELL_KEYS, *SEED_KEYS) if c in published_runs or c in rerun_runs]
    for side, frame in (("published", published_runs), ("rerun", rerun_runs)):
        lacking = [c for c in ident if c not in frame]
        if lacking:
            raise DataError(f"the {side} runs.csv has no column {', '.join(lacking)}: write both with the same "
                            "xlt.report")
        if frame.duplicated(ident).any():
            raise DataError(f"the {side} runs.csv holds a cell and seed twice: one sweep's runs only")

    def numbers_of(frame: pd.DataFrame) -> set[str]:  # an all-empty column (a split newer than the cells) is none
        return {c for c in frame.columns if (c.endswith("_f1") or c.endswith("gain")) and frame[c].notna().any()}

    mine_cols, their_cols = numbers_of(published_runs), numbers_of(rerun_runs)
    differ = [f"column {c} ({'published' if c in mine_cols else 'rerun'} only)"
              for c in sorted(mine_cols ^ their_cols)]
    numbers = sorted(mine_cols & their_cols)

    def keyed(frame: pd.DataFrame) -> dict[str, Any]:
        return {"-".join(str(r[c]) for c in ident): r[numbers].astype(float).round(4) for _, r in frame.iterrows()}

    mine, theirs = keyed(published_runs), keyed(rerun_runs)
    identical = 0
    for name, values in mine.items():
        if name not in theirs:
            differ.append(f"{name} (missing from the rerun)")
        elif ((values == theirs[name]) | (values.isna() & theirs[name].isna())).all():
            identical += 1
        else:
            differ.append(name)
    differ += [f"{name} (only in the rerun)" for name in theirs if name not in mine]
    return identical, len(mine), differ


def allowed_outside(m: int, rate: float = 1 - CONFIDENCE, level: float = 0.05) -> int:
    """How many of m numbers may fall outside their 95 % intervals by chance alone: the largest k that m
    independent numbers exceed with probability at most `level` (binomial, each outside with 5 %); a rerun with
    more outside is not the published table's. Correlated numbers (one teacher's scores) make it conservative."""
    return int(sps.binom.ppf(1 - level, m, rate))


def reproduced(table: pd.DataFrame) -> bool:
    """The rerun reproduces the table: every number is there, and no more lie outside than chance allows."""
    checked = table[table.inside.notna()]
    outside = int((checked.inside == False).sum())  # noqa: E712 (object column: True, False or NaN)
    return bool(table.rerun.notna().all()) and outside <= allowed_outside(len(checked))


def check_markdown(table: pd.DataFrame) -> str:
    """The check as a markdown table, a row per published number, and its one-line verdict."""
    lines = ["| setting | lang | test set | number | README mean ± sd (seeds) | reproduction interval | rerun "
             "mean ± sd (seeds) | inside |", "|---|---|---|---|---|---|---|---|"]
    for r in table.itertuples():
        rerun = "missing" if pd.isna(r.rerun) else f"{r.rerun:.2f} ± {r.rerun_std:.2f} ({int(r.rerun_seeds)})"
        who = "(shared)" if r.quantity == "zero_shot" else student_label(r.setting)
        inside = "n/a" if pd.isna(r.inside) else ("yes" if r.inside else "**no**")
        lines.append(f"| {who} | {r.lang} | {SET_NAMES[r.test_set]} | {r.quantity} | "
                     f"{r.mean:.2f} ± {r.std:.2f} ({r.n_seeds}) | [{r.low:.2f}, {r.high:.2f}] | {rerun} | {inside} |")
    return "\n".join(lines) + "\n\n" + verdict_line(table) + "\n"


def verdict_line(table: pd.DataFrame) -> str:
    """One line: how many rerun means lie inside, which do not, and whether the rerun reproduces the table."""
    checked = table[table.inside.notna()]
    outside = checked[checked.inside == False]  # noqa: E712
    head = (f"{len(checked) - len(outside)} of {len(checked)} rerun means lie inside the README's reproduction "
            f"interval (chance alone leaves up to {allowed_outside(len(checked))} outside)")
    if len(outside):
        head += "; outside: " + ", ".join(f"{student_label(r.setting)} {r.lang} {SET_NAMES[r.test_set]} "
                                          f"{r.quantity}" for r in outside.itertuples())
    return head + (": reproduced." if reproduced(table) else ": NOT reproduced.")


def student_label(setting: str) -> str:
    """A setting as the README names it: the student a swept `student.init` selects, else the setting itself."""
    swept = setting.split(" | ", 1)[1] if " | " in setting else ""
    names = {"student.init=teacher": "default student", "student.init=pretrained": "TSL student"}
    return names.get(swept, setting)


def readme_table(numbers: pd.DataFrame, students: Iterable[str] = ("default student", "TSL student")) -> str:
    """The README's table: a row per (target, test set); zero-shot and each student's F1 as mean ± sd over seeds;
    each gain with its cluster-level 95 % interval; the smallest gain the design detects (MDE) per student."""
    students = list(students)
    by = {(student_label(r.setting), r.lang, r.test_set, r.quantity): r for r in numbers.itertuples()}
    head = ["target", "test set (unit)", "zero-shot"]
    for student in students:
        head += [student, "gain [95 % CI]"]
    lines = ["| " + " | ".join(head + ["MDE (" + " / ".join(s.split()[0] for s in students) + ")"]) + " |",
             "|" + "---|" * (len(head) + 1)]
    for lang in sorted(numbers.lang.unique()):
        for name in [n for n in SET_NAMES if n in set(numbers.test_set)]:
            zero = by.get((students[0], lang, name, "zero_shot"))
            if zero is None:
                continue
            gains = [by[(s, lang, name, "gain")] for s in students]
            cells = [lang, f"{SET_NAMES[name]} ({gains[0].unit})", _pm(zero)]
            for student, gain in zip(students, gains, strict=True):
                cells += [_pm(by[(student, lang, name, "student")]),
                          f"{gain.mean:+.2f} [{gain.ci_low:+.2f}, {gain.ci_high:+.2f}]"]
            cells.append(" / ".join(f"{g.mde:.1f}" for g in gains))
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _pm(row: Any) -> str:
    return f"{row.mean:.2f} ± {row.std:.2f}"

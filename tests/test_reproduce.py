"""A published table and its rerun (xlt.analysis.reproduce, bench/reproduce.py): the reproduction interval by hand,
the published numbers read from a report's two files, the check, the README's table, and a tiny table rerun from
scratch that lands on its published numbers."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from xlt.analysis.reproduce import (
    allowed_outside,
    check,
    published,
    read_published,
    read_runs,
    readme_table,
    reproduced,
    reproduction_interval,
    same_cells,
    student_label,
)
from xlt.errors import DataError

ROOT = Path(__file__).resolve().parent.parent
SETTING = "synth_en -> synth | student.init="


def test_reproduction_interval_by_hand():
    # 5 seeds, sd 2: t(0.975, 4) = 2.776445; half width 2.776445 * 2 * sqrt(2 / 5) = 3.511947
    low, high = reproduction_interval(80.0, 2.0, 5)
    assert low == pytest.approx(76.488053, abs=1e-5) and high == pytest.approx(83.511947, abs=1e-5)
    # 3 seeds, sd 1: t(0.975, 2) = 4.302653; 4.302653 * sqrt(2 / 3) = 3.513101
    assert reproduction_interval(0.0, 1.0, 3)[1] == pytest.approx(3.513101, abs=1e-5)
    assert all(math.isnan(x) for x in reproduction_interval(1.0, float("nan"), 1))  # one seed: no interval
    # a rerun of 3 seeds against 5 published: 2.776445 * 2 * sqrt(1/5 + 1/3) = 4.055258
    assert reproduction_interval(0.0, 2.0, 5, 3)[1] == pytest.approx(4.055258, abs=1e-5)


def test_chance_allows_a_few_numbers_outside_their_95_percent_intervals():
    # Binomial(20, 0.05): P(X <= 2) = 0.9245 < 0.95 <= P(X <= 3) = 0.9841; Binomial(60, 0.05): P(X <= 5) = 0.9161,
    # P(X <= 6) = 0.9658
    assert allowed_outside(20) == 3 and allowed_outside(60) == 6 and allowed_outside(1) == 0


def _summary() -> pd.DataFrame:
    """Two students of one language: a report's summary.csv columns for the generated test and the natural set."""
    rows = []
    for init, student, gain in (("teacher", 85.0, 3.0), ("pretrained", 80.0, -2.0)):
        rows.append({"setting": SETTING + init, "distill": "mse", "model": "e5small", "lang": "de",
                     "zero_shot_mean": 82.0, "zero_shot_std": 1.0, "student_mean": student, "student_std": 1.5,
                     "gain_mean": gain, "gain_std": 0.5, "zero_shot_natural_mean": 70.0, "zero_shot_natural_std": 2.0,
                     "student_natural_mean": 70.0 + gain, "student_natural_std": 2.5, "natural_gain_mean": gain,
                     "natural_gain_std": 1.0, "n_seeds": 5})
    return pd.DataFrame(rows)


def _significance() -> pd.DataFrame:
    rows = []
    for init, gain in (("teacher", 3.0), ("pretrained", -2.0)):
        for name, unit in (("test", "template"), ("natural", "sentence")):
            rows.append({"setting": SETTING + init, "test_set": name, "comparison": "student vs zero-shot",
                         "distill": "mse", "lang": "de", "a": "e5small", "b": "e5small zero-shot",
                         "ci_low": gain - 4, "ci_high": gain + 4, "unit": unit, "mde": 5.5,
                         "verdict": "not enough seeds", "p_holm": 0.01, "seeds_a_better": "5/5"})
    return pd.DataFrame(rows)


def test_same_cells_compares_every_f1_and_gain_of_every_cell_to_four_decimals():
    cells = pd.DataFrame({"setting": "s", "model": "m", "src": "en", "lang": ["de", "de", "sw"], "distill": "mse",
                          "seed": [1, 2, 1], "teacher_seed": [1, 2, 1], "student_seed": [1, 2, 1],
                          "zero_shot_f1": [80.0, 81.0, 70.0], "student_f1": [83.12341, 84.0, float("nan")],
                          "gain": [3.12341, 3.0, float("nan")],
                          "cell_s": [100.0, 90.0, 80.0]})  # the wall time is not a number of the table
    rerun = cells.assign(student_f1=[83.12344, 84.0, float("nan")], gain=[3.12344, 3.0, float("nan")],
                         cell_s=[1.0, 2.0, 3.0])  # equal to 4 decimals; a student missing in both is no difference
    assert same_cells(cells, rerun) == (3, 3, [])
    moved = rerun.assign(student_f1=[83.1236, 84.0, float("nan")])
    assert same_cells(cells, moved) == (2, 3, ["s-m-en-de-mse-1-1-1"])
    assert same_cells(cells, rerun.iloc[:2]) == (2, 3, ["s-m-en-sw-mse-1-1-1 (missing from the rerun)"])
    assert same_cells(cells.iloc[:2], rerun) == (2, 2, ["s-m-en-sw-mse-1-1-1 (only in the rerun)"])
    assert same_cells(cells, rerun.drop(columns="gain")) == (3, 3, ["column gain (published only)"])
    # a column a newer report writes but these cells never recorded (all empty) is no number of either side
    assert same_cells(cells.assign(student_initial_f1=float("nan")), rerun) == (3, 3, [])
    # two students of one teacher seed are two cells: the seeds are part of the name
    students = pd.concat([cells.iloc[:1], cells.iloc[:1].assign(student_seed=7)], ignore_index=True)
    assert same_cells(students, students) == (2, 2, [])
    with pytest.raises(DataError, match="twice"):
        same_cells(pd.concat([cells, cells.iloc[:1]]), rerun)
    with pytest.raises(DataError, match="no column student_seed"):
        same_cells(cells, rerun.drop(columns="student_seed"))


def test_a_folder_without_a_report_says_which_file_and_how_to_write_it(tmp_path):
    with pytest.raises(DataError, match=r"summary\.csv: no such file.*python -m xlt\.report"):
        read_published(tmp_path)
    with pytest.raises(DataError, match=r"runs\.csv: no such file.*python -m xlt\.report"):
        read_runs(tmp_path)


def test_published_numbers_carry_the_interval_and_the_gains_statistics():
    numbers = published(_summary(), _significance())
    assert len(numbers) == 2 * 2 * 3  # students x test sets x (zero-shot, student, gain)
    gain = numbers[(numbers.setting == SETTING + "teacher") & (numbers.test_set == "test")
                   & (numbers.quantity == "gain")].iloc[0]
    assert (gain["mean"], gain.ci_low, gain.ci_high, gain.unit, gain.mde) == (3.0, -1.0, 7.0, "template", 5.5)
    assert (gain.low, gain.high) == pytest.approx(reproduction_interval(3.0, 0.5, 5))
    zero = numbers[(numbers.quantity == "zero_shot") & (numbers.test_set == "natural")]
    assert set(zero["mean"]) == {70.0} and zero.ci_low.isna().all()  # no gain statistics on an F1


def test_check_says_which_rerun_means_leave_their_interval():
    numbers = published(_summary(), _significance())
    rerun = numbers[["setting", "distill", "model", "src", "lang", "test_set", "quantity", "mean", "std",
                     "n_seeds"]].copy()
    moved = (rerun.quantity == "student") & (rerun.test_set == "test") & (rerun.setting == SETTING + "teacher")
    rerun.loc[moved, "mean"] += 2.0  # half width for sd 1.5 over 5 seeds: 2.634: still inside
    rerun.loc[(rerun.quantity == "gain") & (rerun.test_set == "natural"), "mean"] += 2.0  # sd 1: 1.756: outside
    table = check(numbers, rerun.drop(index=rerun.index[(rerun.quantity == "zero_shot")
                                                        & (rerun.test_set == "test")][:1]))
    row = table[(table.quantity == "student") & (table.test_set == "test") & (table.setting == SETTING + "teacher")]
    assert row.inside.iloc[0] is True
    outside = table[table.inside == False]  # noqa: E712 (True, False or NaN)
    assert sorted(zip(outside.quantity, outside.test_set, strict=True)) == [
        ("gain", "natural"), ("gain", "natural"), ("zero_shot", "test")]  # 2 students + 1 missing
    assert outside.rerun.isna().sum() == 1
    assert len(table) == 2 * 2 * 2 + 2  # the two students' shared zero-shot numbers counted once
    assert not reproduced(table)  # a number is missing
    assert reproduced(check(numbers, rerun))  # 2 of 10 outside: chance allows 2 (Binomial(10, 0.05))


def test_readme_table_rows_are_target_and_test_set():
    text = readme_table(published(_summary(), _significance()))
    lines = text.strip().splitlines()
    assert lines[0].startswith("| target | test set (unit) | zero-shot | default student | gain [95 % CI] | TSL")
    assert lines[2] == ("| de | generated test (template) | 82.00 ± 1.00 | 85.00 ± 1.50 | "
                        "+3.00 [-1.00, +7.00] | 80.00 ± 1.50 | -2.00 [-6.00, +2.00] | 5.5 / 5.5 |")
    assert lines[3].startswith("| de | natural (sentence) | 70.00 ± 2.00 | 73.00 ± 2.50 | +3.00 [-1.00, +7.00] |")
    assert student_label("synth_en -> synth") == "synth_en -> synth"


TINY = ["model=tiny", "trainer.enable_progress_bar=false", "source.train.n=40", "source.dev.n=10",
        "benchmark.test.n=12", "benchmark.dev.n=8", "benchmark.unlabeled.n=16", "teacher.max_steps=3",
        "student.max_steps=2", "lang=de", "seed=1,2"]


@pytest.mark.slow  # two tiny sweeps in subprocesses
def test_a_tiny_table_rerun_from_scratch_lands_on_its_published_numbers(tmp_path):
    first = subprocess.run(
        [sys.executable, "-m", "xlt.run", "-m", "experiment=transfer_embedded", *TINY, "logger=none",
         f"paths.log_dir={tmp_path / 'first'}", f"paths.cache_dir={tmp_path / 'first-cache'}"],
        cwd=ROOT, capture_output=True, text=True)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    report = tmp_path / "first" / "multirun" / "transfer_embedded" / "report"
    proc = subprocess.run(
        [sys.executable, "bench/reproduce.py", "--table", "transfer_embedded", "--published", str(report),
         "--work", str(tmp_path / "rerun"), "--out", str(tmp_path / "result"), "--jobs", "1", *TINY],
        cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    result = json.loads((tmp_path / "result" / "reproduce.json").read_text())
    assert result["inside"] == result["numbers"] > 0
    assert result["identical_cells"] == result["cells"] > 0 and result["differing_cells"] == []
    # the same machine and thread count: the rerun is the published table, number for number
    assert all(row["rerun"] == pytest.approx(row["mean"], abs=1e-9) for row in result["rows"])
    assert not (tmp_path / "rerun" / "cache" / "store").samefile(tmp_path / "first-cache" / "store")
    assert "lie inside the README's reproduction interval" in proc.stdout

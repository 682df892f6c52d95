"""bench/precision.py's comparison, by hand: bf16 - fp32 paired by seed, the teacher counted once, and the rule that
decides the default (no 95 % interval excludes 0 and every mean |diff| is below the fp32 seed sd)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from precision import paired, speedups, verdict  # noqa: E402

METRICS = ("source_dev", "zero_shot_test", "zero_shot_natural", "student_test", "student_natural")


def cell(lang: str, seed: int, f1: dict[str, float], teacher_s: float = 0.0) -> dict:
    return {"lang": lang, "seed": seed, "f1": {m: f1.get(m, 80.0) for m in METRICS},
            "timings_s": {"teacher_train": teacher_s, "student_train": 10.0, "soft_labels": 4.0, "cell": 20.0}}


def test_paired_differences_by_hand_and_the_teacher_once():
    fp32 = [cell(lang, s, {"source_dev": 90.0 + s, "student_test": v}) for lang in ("de", "sw")
            for s, v in ((1, 80.0), (2, 82.0), (3, 84.0))]
    bf16 = [cell(lang, s, {"source_dev": 90.5 + s, "student_test": v}) for lang in ("de", "sw")
            for s, v in ((1, 81.0), (2, 82.0), (3, 86.0))]
    rows = paired({"32-true": fp32, "bf16-mixed": bf16})
    assert list(rows) == ["source", "de", "sw"] and list(rows["source"]) == ["source_dev"]  # one teacher per seed
    assert "source_dev" not in rows["de"]
    source = rows["source"]["source_dev"]  # 91, 92, 93 against 91.5, 92.5, 93.5
    assert source["diff"] == [0.5, 0.5, 0.5] and source["fp32_seed_sd"] == pytest.approx(1.0)
    r = rows["de"]["student_test"]
    # differences +1, 0, +2: mean 1, sd 1, t(0.975, 2) = 4.302653, half width 4.302653 / sqrt(3) = 2.484138
    assert r["diff"] == [1.0, 0.0, 2.0] and r["mean_diff"] == pytest.approx(1.0)
    assert r["ci_low"] == pytest.approx(-1.484138, abs=1e-5) and r["ci_high"] == pytest.approx(3.484138, abs=1e-5)
    assert r["mean_abs_diff"] == pytest.approx(1.0) and r["fp32_seed_sd"] == pytest.approx(2.0)  # sd of 80, 82, 84
    assert not r["interval_excludes_0"] and r["below_seed_sd"]
    assert r["p_sign_flip"] == pytest.approx(0.5)  # signs of (+1, +2) flipped: 2 of the 4 sums reach |3| (the 0 is
    # 0 either way)
    # a constant difference: sd 0, so the interval is [0.5, 0.5] and excludes 0 (the teacher is 0.5 better)
    assert source["interval_excludes_0"]
    ok, text = verdict(rows)
    assert not ok and "source/source_dev (bf16 higher)" in text and "bf16 higher on average in 3 of" in text


def test_a_mean_absolute_difference_equal_to_the_seed_sd_is_not_below_it():
    fp32 = [cell("sw", s, {"student_test": v}) for s, v in ((1, 80.0), (2, 82.0), (3, 84.0))]  # sd 2
    bf16 = [cell("sw", s, {"student_test": v}) for s, v in ((1, 82.0), (2, 80.0), (3, 86.0))]  # +2, -2, +2
    r = paired({"32-true": fp32, "bf16-mixed": bf16})["sw"]["student_test"]
    assert r["mean_abs_diff"] == pytest.approx(2.0) == r["fp32_seed_sd"] and not r["below_seed_sd"]
    same = paired({"32-true": fp32, "bf16-mixed": fp32})["sw"]["student_test"]  # no difference at all: below
    assert same["below_seed_sd"] and not same["interval_excludes_0"]


def test_the_teacher_must_be_the_same_in_every_language():
    fp32 = [cell("de", 1, {"source_dev": 90.0}), cell("sw", 1, {"source_dev": 91.0})]
    with pytest.raises(ValueError, match="not one teacher per seed"):
        paired({"32-true": fp32, "bf16-mixed": fp32})


def test_no_parity_when_an_interval_excludes_zero_or_a_difference_reaches_the_seed_sd():
    fp32 = [cell("sw", s, {"student_test": v}) for s, v in ((1, 80.0), (2, 81.0), (3, 82.0))]
    bf16 = [cell("sw", s, {"student_test": v}) for s, v in ((1, 83.0), (2, 84.1), (3, 84.9))]  # +3.0, +3.1, +2.9
    rows = paired({"32-true": fp32, "bf16-mixed": bf16})
    assert rows["sw"]["student_test"]["interval_excludes_0"] and not rows["sw"]["student_test"]["below_seed_sd"]
    ok, text = verdict(rows)
    assert not ok and "sw/student_test (bf16 higher)" in text


def test_speedups_are_fp32_time_over_bf16_time_with_a_reused_teacher_counted_once():
    fp32 = [cell("de", 1, {}, teacher_s=30.0), cell("sw", 1, {})]  # the second cell reused the teacher: 0 s
    bf16 = [cell("de", 1, {}, teacher_s=20.0), cell("sw", 1, {})]
    for c in bf16:
        c["timings_s"].update(student_train=5.0, soft_labels=1.0, cell=10.0)
    s = speedups({"32-true": fp32, "bf16-mixed": bf16})
    assert s["train_speedup"] == pytest.approx((30 + 10 + 10) / (20 + 5 + 5))
    assert s["eval_speedup"] == pytest.approx(8 / 2) and s["cell_speedup"] == pytest.approx(2.0)

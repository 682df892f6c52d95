"""bench/teacher_recipes.py by hand: searched - embedded teacher recipe, paired by seed, on source dev and on the
natural English sentences; "clearly higher" needs every seed higher and the t-interval above 0."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from teacher_recipes import main, paired_rows, teacher_scores  # noqa: E402

# model -> recipe -> source dev F1 (%) at seeds 1, 2, 3 (natural: 10 points lower)
F1 = {"e5small": {"embedded": (97.0, 96.0, 97.5), "searched_for_model": (98.0, 98.5, 99.0)},
      "gemma270m": {"embedded": (84.0, 85.0, 83.0), "searched_for_model": (90.0, 91.0, 89.5)}}


def _sweep(root: Path) -> Path:
    """A sweep laid out as Hydra writes experiment=teacher_recipes: one teacher-only cell per model, recipe, seed."""
    for model, recipes in F1.items():
        for recipe, values in recipes.items():
            for seed, f1 in enumerate(values, start=1):
                run = root / f"model={model},teacher={recipe}" / f"seed={seed}"
                (run / ".hydra").mkdir(parents=True)
                (run / ".hydra" / "hydra.yaml").write_text(yaml.safe_dump(
                    {"hydra": {"runtime": {"choices": {"teacher": recipe, "model": model}}}}))
                (run / "metrics.json").write_text(json.dumps(
                    {"status": "complete", "model": model, "seed": seed, "until": "teacher",
                     "source_dev": {"f1": f1 / 100, "natural": {"f1": (f1 - 10) / 100}}}))
    return root


def test_searched_minus_embedded_by_hand(tmp_path):
    rows = {(r["model"], r["set"]): r for r in paired_rows(teacher_scores(_sweep(tmp_path / "sweep")))}
    assert set(rows) == {(m, s) for m in F1 for s in ("generated", "natural")}
    e5 = rows["e5small", "generated"]
    # differences 1.0, 2.5, 1.5: mean 1.667, sd 0.764, t(0.975, 2) * sd / sqrt(3) = 1.897 -> [-0.23, +3.56]
    assert e5["mean_diff"] == pytest.approx(5 / 3) and e5["ci_low"] == pytest.approx(-0.231, abs=1e-3)
    assert e5["every_seed_higher"] and not e5["clearly_higher"]  # every seed higher, the interval still reaches 0
    gemma = rows["gemma270m", "generated"]
    # differences 6.0, 6.0, 6.5: mean 6.167, sd 0.289 -> half-width 0.717 -> [+5.45, +6.88]; sign-flip p 2/8
    assert gemma["mean_diff"] == pytest.approx(37 / 6) and gemma["ci_low"] == pytest.approx(5.450, abs=1e-3)
    assert gemma["clearly_higher"] and gemma["p_sign_flip"] == pytest.approx(0.25)
    assert rows["gemma270m", "natural"]["mean_diff"] == pytest.approx(37 / 6)  # the natural scores: the same shifts


def test_the_table_is_written_and_a_missing_sweep_names_the_command(tmp_path, capsys):
    main(["--sweep", str(_sweep(tmp_path / "sweep")), "--out", str(tmp_path / "out")])
    md = (tmp_path / "out" / "teacher_recipes.md").read_text()
    assert "| gemma270m | source dev (generated, where the recipes were chosen) | 1, 2, 3 | 84.00, 85.00, 83.00 | " \
           "90.00, 91.00, 89.50 | +6.17 [+5.45, +6.88] | 0.250 | yes |" in md
    assert json.loads((tmp_path / "out" / "teacher_recipes.json").read_text())["rows"][0]["model"] == "e5small"
    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit, match="experiment=teacher_recipes"):
        main(["--sweep", str(tmp_path / "empty"), "--out", str(tmp_path / "out")])

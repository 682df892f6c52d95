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
                     "source_dev": {"f1": f1 / 100, "natural": {"f1": (f1 - 10) / 100}},
                     # the searched teachers come from the store (another sweep trained them), as after the comparison
                     "artifacts": {"teacher": {"key": f"{model}.{recipe}.{seed}",
                                               "reused": recipe == "searched_for_model"}},
                     "machine": {"cpu": "AMD EPYC", "cores": 2}}))
                searched_decoder = model == "gemma270m" and recipe == "searched_for_model"
                (run / "config.yaml").write_text(yaml.safe_dump(
                    {"data": {"label_position": "last" if searched_decoder else "first"},
                     "perf": {"flush_denormal": True}}))
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
    assert gemma["label_position"] == {"embedded": "first", "searched_for_model": "last"}
    # which teachers: their store keys (the comparison's records name the same keys), reuse, CPU and flushing
    assert [t["key"] for t in gemma["teachers"]["searched_for_model"]] == [f"gemma270m.searched_for_model.{s}"
                                                                          for s in (1, 2, 3)]
    assert gemma["teachers"]["embedded"][0] == {"key": "gemma270m.embedded.1", "reused": False,
                                                "cell_cpu": "AMD EPYC", "flush_denormal": True}


def test_unfinished_cells_and_a_model_with_one_recipe_are_left_out(tmp_path, capsys):
    sweep = _sweep(tmp_path / "sweep")
    killed = sweep / "model=gemma270m,teacher=embedded" / "seed=3" / "metrics.json"
    killed.write_text(json.dumps({**json.loads(killed.read_text()), "status": "running"}))
    old = sweep / "model=gemma270m,teacher=embedded" / "seed=1"  # a record from before the provenance fields
    (old / "metrics.json").write_text(json.dumps({k: v for k, v in json.loads((old / "metrics.json").read_text())
                                                  .items() if k not in ("artifacts", "machine")}))
    (old / "config.yaml").write_text(yaml.safe_dump({"data": {"label_position": "first"}}))
    for run in (sweep / "model=e5small,teacher=embedded").glob("seed=*"):  # e5small: the searched recipe alone
        (run / "metrics.json").unlink()
    rows = paired_rows(teacher_scores(sweep))
    assert {r["model"] for r in rows} == {"gemma270m"} and all(r["seeds"] == [1, 2] for r in rows)
    assert not any(r["clearly_higher"] for r in rows)  # 2 seeds: never "clearly"
    assert rows[0]["teachers"]["embedded"][0] == dict.fromkeys(("key", "reused", "cell_cpu", "flush_denormal"))
    err = capsys.readouterr().err
    assert "status 'running'" in err and "e5small: no seed with both recipes" in err


def test_the_table_is_written_and_a_missing_sweep_names_the_command(tmp_path, capsys):
    main(["--sweep", str(_sweep(tmp_path / "sweep")), "--out", str(tmp_path / "out")])
    md = (tmp_path / "out" / "teacher_recipes.md").read_text()
    assert "| gemma270m | source dev (generated, where the recipes were chosen) | 1, 2, 3 | first / last | 84.00, " \
           "85.00, 83.00 | 90.00, 91.00, 89.50 | +6.17 [+5.45, +6.88] | 0.250 | yes |" in md
    assert "Cells computed on: AMD EPYC; perf.flush_denormal: True; 6 of 12 teachers handed out by the store" in md
    assert json.loads((tmp_path / "out" / "teacher_recipes.json").read_text())["rows"][0]["model"] == "e5small"
    (tmp_path / "empty").mkdir()
    for sweep in (tmp_path / "empty", tmp_path / "never_run"):  # no cells, or no sweep directory at all
        with pytest.raises(SystemExit, match="experiment=teacher_recipes"):
            main(["--sweep", str(sweep), "--out", str(tmp_path / "out")])

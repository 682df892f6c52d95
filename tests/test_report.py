"""The comparison report on fixture run directories whose numbers were worked out by hand."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from xlt.analysis.report import collect_runs, gain_frame, summary_table, write_report
from xlt.analysis.stats import hierarchical_bootstrap
from xlt.cli.report import main
from xlt.data.conll import write_conll
from xlt.data.sources import load_split
from xlt.data.units import document_ids, spec_units
from xlt.errors import DataError
from xlt.evaluation.metrics import entity_scores, f1_from_counts, sentence_counts

TOKENS = [["Anna", "visits", "Berlin"], ["Acme", "Corp", "hires"]]
GOLD = [["B-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
# predictions, and by hand: (tp, predicted, gold) per sentence -> micro F1 = 2tp / (pred + gold)
ALL_RIGHT = GOLD                                                   # (2,2,2) (1,1,1) -> 6/6  = 100
MISS_LOC = [["B-PER", "O", "O"], ["B-ORG", "I-ORG", "O"]]          # (1,1,2) (1,1,1) -> 4/5  = 80
MISS_ORG = [["B-PER", "O", "B-LOC"], ["O", "O", "O"]]              # (2,2,2) (0,0,1) -> 4/5  = 80
ORG_AS_LOC = [["B-PER", "O", "B-LOC"], ["B-LOC", "I-LOC", "O"]]    # (2,2,2) (0,1,1) -> 4/6  = 66.67

# (model, seed): (zero-shot predictions, student predictions)
RUNS = {
    ("mbert", 1): (MISS_LOC, ALL_RIGHT),     # zs 80, student 100
    ("mbert", 2): (MISS_ORG, ORG_AS_LOC),    # zs 80, student 66.67
    ("xlmr", 1): (MISS_ORG, MISS_LOC),       # zs 80, student 80
}
HAND_F1 = {"ALL_RIGHT": 1.0, "MISS_LOC": 0.8, "MISS_ORG": 0.8, "ORG_AS_LOC": 4 / 6}


def _name(pred):
    return next(k for k, v in {"ALL_RIGHT": ALL_RIGHT, "MISS_LOC": MISS_LOC, "MISS_ORG": MISS_ORG,
                               "ORG_AS_LOC": ORG_AS_LOC}.items() if v is pred)


def _write_predictions(path: Path, pred) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for toks, gold, tags in zip(TOKENS, GOLD, pred, strict=True):
        lines += [f"{t} {g} {p}" for t, g, p in zip(toks, gold, tags, strict=True)] + [""]
    path.write_text("\n".join(lines))
    return str(path)


def _scores(pred) -> dict:
    f1 = HAND_F1[_name(pred)]
    return {"precision": f1, "recall": f1, "f1": f1, "n_sentences": 2, "per_type": {"PER": {"f1": 1.0}}}


def make_sweep(root: Path, distill: str = "mse", benchmark: str = "synth", runs: dict | None = None,
               config: dict | None = None) -> Path:
    """A sweep directory laid out like Hydra's: <overrides>/seed=<s>/ with metrics.json and predictions (of `runs`,
    RUNS by default), and a config.yaml holding `config` where one is given."""
    for (model, seed), (zs, st) in (runs or RUNS).items():
        run = root / f"distill={distill},lang=de,model={model}" / f"seed={seed}"
        zs_s, st_s = _scores(zs), _scores(st)
        zs_s["predictions"] = _write_predictions(run / "predictions" / "zero_shot.de.test.conll", zs)
        st_s["predictions"] = _write_predictions(run / "predictions" / "student.de.test.conll", st)
        metrics = {"status": "complete", "model": model, "lang": "de", "distill": distill, "seed": seed,
                   "source": "synth", "benchmark": benchmark, "metric_mode": "conlleval",
                   "source_dev": {"f1": 0.9}, "zero_shot": zs_s, "student": st_s}
        (run / "metrics.json").write_text(json.dumps(metrics))
        if config is not None:
            (run / "config.yaml").write_text(yaml.safe_dump(config))
    return root


def test_hand_counts_agree_with_seqeval():
    for pred, f1 in HAND_F1.items():
        tags = globals()[pred]
        counts = sentence_counts(GOLD, tags).sum(0)
        assert f1_from_counts(*counts) == pytest.approx(f1)
        assert entity_scores(GOLD, tags)["f1"] == pytest.approx(f1)


def test_summary_holds_mean_std_and_gain_over_seeds(tmp_path):
    runs = collect_runs([make_sweep(tmp_path / "sweep")])
    assert len(runs) == 3
    s = summary_table(runs).set_index("model")
    assert s.loc["mbert", "student_mean"] == pytest.approx((100 + 200 / 3) / 2)          # 83.33
    assert s.loc["mbert", "student_std"] == pytest.approx(np.std([100, 200 / 3], ddof=1))  # 23.57
    assert s.loc["mbert", "zero_shot_mean"] == pytest.approx(80) and s.loc["mbert", "zero_shot_std"] == 0
    assert s.loc["mbert", "gain_mean"] == pytest.approx(10 / 3)
    assert s.loc["xlmr", "n_seeds"] == 1 and np.isnan(s.loc["xlmr", "student_std"])  # one seed: no std, not 0


def test_bootstrap_refuses_different_test_sets():
    with pytest.raises(DataError, match="same test sentences"):
        hierarchical_bootstrap([np.ones((2, 3))], [np.ones((3, 3))], paired_seeds=True)


def test_report_writes_markdown_csv_and_plots(tmp_path):
    sweep = make_sweep(tmp_path / "sweep")
    make_sweep(tmp_path / "sweep", distill="kl")
    md = write_report([sweep], tmp_path / "report", n_resamples=300).read_text()
    assert "## distill = kl" in md and "## distill = mse" in md
    assert "83.33 ± 23.57 (zs 80.00 ± 0.00, +3.33)" in md and "80.00 ± n/a" in md
    for name in ("runs", "summary", "per_type", "significance"):
        assert (tmp_path / "report" / f"{name}.csv").is_file()
    for distill in ("mse", "kl"):
        for kind in ("heatmap", "bars"):
            png = tmp_path / "report" / f"{kind}_{distill}.png"
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    sig = pd.read_csv(tmp_path / "report" / "significance.csv")
    assert set(sig.comparison) == {"student vs zero-shot", "backbone contrast (zero-shot)",
                                   "backbone contrast (student)", "backbone contrast (gain)"}
    vs = sig[(sig.comparison == "backbone contrast (student)") & (sig.distill == "mse")].iloc[0]
    assert (vs.a, vs.b) == ("mbert", "xlmr") and vs.delta == pytest.approx((100 + 200 / 3) / 2 - 80, abs=1e-4)
    # no config.yaml in these runs: the test set's file is unknown, each sentence its own unit
    assert (vs.unit, vs.seeds, vs.n_seeds) == ("sentence", "unpaired", "2/1")
    st = sig[(sig.comparison == "student vs zero-shot") & (sig.distill == "mse") & (sig.a == "mbert")].iloc[0]
    assert (st.unit, st.seeds, st.seeds_a_better, str(st.n_seeds)) == ("sentence", "paired", "1/2", "2")
    assert st.mde > 0 and st.verdict == "not enough seeds" and "- `test`: resampled by sentence (2 units" in md
    assert st.ci_low <= st.delta <= st.ci_high and 0 <= st.p_value <= 1
    # Holm over all 9 comparisons of the report: 2 losses x (2 student-vs-zero-shot + the student and gain contrasts),
    # and one zero-shot contrast, which both losses' students share (the same teachers' outputs: counted once)
    zs = sig[sig.comparison == "backbone contrast (zero-shot)"]
    assert len(zs) == 1 and zs.distill.iloc[0] == "kl & mse" and zs.delta.iloc[0] == pytest.approx(0, abs=1e-9)
    assert len(sig) == 9 and (sig.p_holm >= sig.p_value - 1e-12).all()
    smallest = sig.p_value.idxmin()
    assert sig.p_holm[smallest] == pytest.approx(min(1.0, 9 * sig.p_value[smallest]))
    assert "hierarchical bootstrap" in md and "Holm-Bonferroni over all 9 comparisons" in md


def test_incomplete_runs_are_skipped_and_empty_sweeps_fail_clearly(tmp_path, capsys):
    sweep = make_sweep(tmp_path / "sweep")
    killed = sweep / "distill=mse,lang=de,model=bloom" / "seed=1"
    killed.mkdir(parents=True)
    (killed / "metrics.json").write_text(json.dumps({"status": "running", "model": "bloom"}))
    assert "bloom" not in set(collect_runs([sweep]).model)
    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit) as exit_info:  # the one error wrapper of the command lines: exit status 2
        main([str(tmp_path / "empty")])
    assert exit_info.value.code == 2
    assert "no complete runs" in capsys.readouterr().err


def test_runs_of_other_data_are_never_averaged_together(tmp_path):
    """Two sweeps on different benchmarks: separate rows, separate sections, no cross-benchmark comparison."""
    a = make_sweep(tmp_path / "a")
    b = make_sweep(tmp_path / "b", benchmark="natural")
    runs = collect_runs([a, b])
    summary = summary_table(runs)
    mbert = summary[(summary.model == "mbert") & (summary.distill == "mse")]
    assert sorted(mbert.setting) == ["synth -> natural", "synth -> synth"] and (mbert.n_seeds == 2).all()
    md = write_report([a, b], tmp_path / "report", n_resamples=100, n_permutations=99).read_text()
    assert "(data: synth -> natural)" in md and "(data: synth -> synth)" in md
    sig = pd.read_csv(tmp_path / "report" / "significance.csv")
    assert set(sig.setting) == {"synth -> natural", "synth -> synth"}
    assert {"significant", "p_seeds", "p_holm"} <= set(sig.columns)
    paired = sig[sig.comparison == "student vs zero-shot"]
    assert paired.p_seeds.between(0.25, 1.0).all()  # 1-2 seeds: an exact test over seeds cannot go lower
    assert not sig.significant.any()  # 2 sentences, 1-2 seeds: nothing can be established


def test_a_swept_config_field_is_its_own_setting_never_averaged_as_seeds(tmp_path):
    """Two runs of one cell and seed that differ only in a swept field (teacher.lr) are two settings; seeds and
    fields that do not determine a result (paths, loggers) never split a cell."""
    sweep = make_sweep(tmp_path / "sweep")
    for run in sorted(sweep.glob("*/seed=*")):
        lr = 1e-4 if "model=mbert" in str(run) else 2e-4
        for value, where in ((lr, run), (5e-4, None)):
            target = run if where is not None else sweep / f"teacher.lr={value}" / run.relative_to(sweep)
            if where is None:
                shutil.copytree(run, target)
            cfg = {"seed": int(run.name.split("=")[1]), "teacher": {"lr": value, "seed": 7},
                   "paths": {"output_dir": str(target)}, "logger": {"wandb": {"project": str(target)}}}
            (target / "config.yaml").write_text(yaml.safe_dump(cfg))
    runs = collect_runs([sweep])
    assert len(runs) == 6 and "cfg.teacher.lr" in runs  # the swept field is a column of runs.csv
    assert sorted(set(runs.setting)) == [f"synth -> synth | teacher.lr={lr}" for lr in (0.0001, 0.0002, 0.0005)]
    s = summary_table(runs)
    mbert = s[s.model == "mbert"].set_index("setting")
    assert mbert.loc["synth -> synth | teacher.lr=0.0001", "n_seeds"] == 2  # its two seeds, not four runs
    assert mbert.loc["synth -> synth | teacher.lr=0.0005", "n_seeds"] == 2
    # in the markdown the setting's `|` is escaped: every row of every table has its header's number of cells
    for metrics in sweep.rglob("metrics.json"):  # with the mention splits, so their tables are written too
        m = json.loads(metrics.read_text())
        for stage in ("zero_shot", "student"):
            half = {"f1": 0.5}
            m[stage]["position"] = {"initial": half, "inside": half, "initial_share": 0.4}
            m[stage]["seen_unseen"] = {key: {"seen": half, "unseen": half, "seen_share": 0.5}
                                       for key in ("target_text", "source")}
        metrics.write_text(json.dumps(m))
    md = write_report([sweep], tmp_path / "report", n_resamples=50).read_text()
    assert "synth -> synth \\| teacher.lr=0.0001" in md
    tables = [block for block in md.split("\n\n") if block.startswith("|")]
    assert len(tables) >= 6  # the per-setting tables, seen/unseen, initial/inside, diagnostics, per type, significance
    assert any(t.startswith("| setting | distill | model | src | lang | seen in text %") for t in tables)
    assert any(t.startswith("| setting | distill | model | src | lang | initial %") for t in tables)
    for table in tables:
        widths = {len(re.split(r"(?<!\\)\|", row)) for row in table.splitlines()}
        assert len(widths) == 1, table


def test_sentence_initial_and_inside_mentions_are_averaged_over_seeds_and_tabled(tmp_path):
    """The position split of a cell's scores (diagnostics.by_position): per cell the mean over seeds of F1 on
    sentence-initial and on inside mentions and their difference; a cell recorded without the split is left out."""
    sweep = make_sweep(tmp_path / "sweep")
    split = {1: (0.5, 0.9, 0.7, 0.95), 2: (0.3, 0.9, 0.5, 0.85)}  # seed: zero-shot initial, inside; student's
    for run in sweep.glob("distill=mse,lang=de,model=mbert/seed=*"):
        m = json.loads((run / "metrics.json").read_text())
        f = split[m["seed"]]
        for stage, (first, rest) in (("zero_shot", f[:2]), ("student", f[2:])):
            m[stage]["position"] = {"initial": {"f1": first}, "inside": {"f1": rest}, "initial_share": 0.4}
        (run / "metrics.json").write_text(json.dumps(m))
    s = summary_table(collect_runs([sweep])).set_index("model")
    assert s.loc["mbert", "zero_shot_initial_f1"] == pytest.approx(40) and s.loc["mbert", "student_inside_f1"] == 90
    assert s.loc["mbert", "initial_share"] == pytest.approx(40) and np.isnan(s.loc["xlmr", "initial_share"])
    md = write_report([sweep], tmp_path / "report", n_resamples=50).read_text()
    assert "## Sentence-initial and inside test mentions (`test`)" in md
    assert "| mbert | en | de | 40 | 40.00 / 90.00 (-50.00) | 60.00 / 90.00 (-30.00) |" in md
    assert "| xlmr | en | de |" not in md.split("## Sentence-initial")[1].split("##")[0]  # recorded no split

    for run in sweep.glob("distill=mse,lang=de,model=mbert/seed=*"):  # zero-shot only (until=zero_shot)
        m = json.loads((run / "metrics.json").read_text())
        for key in ("student", *(k for k in m if k.startswith("gain_over"))):
            m.pop(key, None)
        (run / "metrics.json").write_text(json.dumps(m))
    md = write_report([sweep], tmp_path / "report_zs", n_resamples=50).read_text()
    assert "| mbert | en | de | 40 | 40.00 / 90.00 (-50.00) | - |" in md  # no student: a dash, never nan


@pytest.mark.parametrize("name", ["initial", "seen_text", "position"])
def test_a_further_test_set_may_not_take_the_name_of_a_split_whose_columns_it_would_shadow(name):
    from xlt.errors import ConfigError
    from xlt.experiment.datasets import check_set_name

    check_set_name("natural", "benchmark.also_test")
    with pytest.raises(ConfigError, match=rf"benchmark.also_test.{name}: .* rename it"):
        check_set_name(name, "benchmark.also_test")


def test_a_recipe_studys_trial_that_scored_dev_only_is_skipped_with_a_warning(tmp_path, caplog):
    """until=student_dev (hparams_search=student_recipe) scores no test set: such a run is no cell of a report."""
    sweep = make_sweep(tmp_path / "sweep")
    trial = next(sweep.glob("*/seed=*"))
    m = json.loads((trial / "metrics.json").read_text())
    dev = {"f1": 0.5, "precision": 0.5, "recall": 0.5}
    m.update(until="student_dev", zero_shot={"dev": dev}, student={"dev": dev})
    (trial / "metrics.json").write_text(json.dumps(m))
    with caplog.at_level("WARNING", logger="xlt.analysis.report"):
        runs = collect_runs([sweep])
    assert str(trial) not in set(runs.run_dir) and len(runs) == len(list(sweep.glob("*/seed=*"))) - 1
    assert f"skipping {trial}: until=student_dev scored no target test set" in caplog.text


OWN_LR = {"mbert": 1e-4, "xlmr": 3e-5}  # each backbone's own searched student lr (student=searched_for_model)


def _arm_sweeps(root: Path, arms: dict[str, dict]) -> Path:
    """experiment=backbone_comparison's layout: a sweep per student arm (`student=<arm>`) of `arms[arm]`'s runs, each
    run with the fields its arm gives it (searched_for_model: its model's own lr, teacher-initialised; else one lr,
    a fresh copy) and its `student` choice in .hydra/hydra.yaml."""
    for arm, runs in arms.items():
        sweep = make_sweep(root / f"student={arm}", runs=runs)
        for run in sorted(sweep.glob("*/seed=*")):
            model = run.parent.name.rpartition("model=")[2]
            lr = OWN_LR[model] if arm == "searched_for_model" else 1e-4
            init = "teacher" if arm == "searched_for_model" else "pretrained"
            (run / "config.yaml").write_text(yaml.safe_dump({"student": {"lr": lr, "init": init}}))
            (run / ".hydra").mkdir()
            (run / ".hydra" / "hydra.yaml").write_text(yaml.safe_dump(
                {"hydra": {"runtime": {"choices": {"student": arm, "model": model}}}}))
    return root


def test_the_backbone_table_renders_each_arms_contrast_from_the_report(tmp_path):
    """xlt.analysis.backbone_table on a written report of two arms, paired seeds: per target and test set each
    backbone's zero-shot and student F1 (mean ± sd) and the a - b contrasts, by hand (zero-shot shared by the arms).
    mbert: zs 80, 80; searched students 100, 66.67. xlmr: zs 80, 100; searched students 80, 100."""
    from xlt.analysis.backbone_table import backbone_table, read_backbone_table

    zs = {("mbert", 1): MISS_LOC, ("mbert", 2): MISS_ORG, ("xlmr", 1): MISS_ORG, ("xlmr", 2): ALL_RIGHT}
    searched = dict(zip(zs, (ALL_RIGHT, ORG_AS_LOC, MISS_LOC, ALL_RIGHT), strict=True))
    tsl = dict(zip(zs, (MISS_ORG, ALL_RIGHT, ORG_AS_LOC, MISS_LOC), strict=True))
    _arm_sweeps(tmp_path / "sweep", {arm: {k: (zs[k], st[k]) for k in zs}
                                     for arm, st in (("searched_for_model", searched), ("tsl", tsl))})
    write_report([tmp_path / "sweep"], tmp_path / "report", n_resamples=50, n_permutations=9)
    caption, _, head, _, *rows = read_backbone_table(tmp_path / "report", "searched_for_model").splitlines()
    assert caption.startswith("student=searched_for_model; entity F1 in %, mean ± sd over seeds (2 paired); Δ = "
                              "mbert − xlmr in F1 points")
    # 2 paired seeds: 2 sign flips of 4 are as extreme, p >= 0.5, and the caption says what it would take: Holm
    # over the report's 9 rows (2 x 2 students vs zero-shot, 2 x 2 student and gain contrasts, 1 zero-shot contrast
    # the arms share), so 2 / 2^S < 0.05 / 9: 2^S > 360
    assert caption.endswith("Verdict of every contrast shown: not enough seeds (with these seeds the exact "
                            "seed-level test cannot go below p = 0.5; after Holm over the report's 9 comparisons no "
                            "contrast can be called significant below 9 paired seeds).")
    assert head.startswith("| target | test set (unit) | zero-shot mbert | zero-shot xlmr | Δ zero-shot")
    # zero-shot 80 ± 0 and 90 ± 14.14: -10; students 83.33 ± 23.57 and 90 ± 14.14: -6.67; gains +3.33 and 0: +3.33
    (row,) = rows
    assert row.startswith("| de | generated test (sentence) | 80.00 ± 0.00 | 90.00 ± 14.14 | -10.00 [")
    assert "| 83.33 ± 23.57 | 90.00 ± 14.14 | -6.67 [" in row and "] | +3.33 [" in row
    (tsl_row,) = read_backbone_table(tmp_path / "report", "tsl").splitlines()[4:]
    # the same zero-shot contrast; TSL students mbert 80, 100 (90) and xlmr 66.67, 80 (73.33): +16.67; gains +10, -16.67
    assert tsl_row.startswith(row[:row.index("-10.00 [")]) and "| -10.00 [" in tsl_row
    assert "| 90.00 ± 14.14 | 73.33 ± 9.43 | +16.67 [" in tsl_row and "] | +26.67 [" in tsl_row
    with pytest.raises(DataError, match="student=embedded: the report holds 0 backbone.*student=tsl"):
        read_backbone_table(tmp_path / "report", "embedded")  # the error lists the settings there are
    summary, sig = (pd.read_csv(tmp_path / "report" / f"{name}.csv") for name in ("summary", "significance"))
    with pytest.raises(DataError, match="appears in several settings"):  # two sweeps' reports in one
        backbone_table(pd.concat([summary, summary.assign(distill="kl")]), sig, "tsl")


def test_an_arm_whose_recipe_is_each_backbones_own_is_one_setting_across_backbones(tmp_path, caplog):
    """experiment=backbone_comparison's arms: student=searched_for_model (each model its own searched recipe: the
    fields differ between models) and student=tsl (one recipe for all). Named by their fields, the searched arm would
    be a setting per model and never compared across them; it is named by its choice, and the backbone contrast
    pairs the models under each arm. Where the choice fixes the fields for every model, the fields name it."""
    from xlt.analysis.report import significance_table

    _arm_sweeps(tmp_path / "sweep", {"searched_for_model": RUNS, "tsl": TSL_RUNS})
    runs = collect_runs([tmp_path / "sweep"])
    assert sorted(set(runs.setting)) == ["synth -> synth | student=searched_for_model", "synth -> synth | student=tsl"]
    assert {"cfg.student.lr", "cfg.student.init"} <= set(runs)  # the fields stay columns of runs.csv
    sig = significance_table(runs, n_resamples=50, n_permutations=9)
    contrast = sig[sig.comparison == "backbone contrast (student)"]
    assert sorted(zip(contrast.setting, contrast.a, contrast.b, strict=True)) == [
        ("synth -> synth | student=searched_for_model", "mbert", "xlmr"),
        ("synth -> synth | student=tsl", "mbert", "xlmr")]

    lost = next((tmp_path / "sweep" / "student=searched_for_model").glob("*/seed=*")) / ".hydra"
    shutil.move(lost, tmp_path / "lost")  # a run that records no choice: the fields name it, and the report says so
    with caplog.at_level("WARNING", logger="xlt.analysis.report"):
        assert len(set(collect_runs([tmp_path / "sweep"]).setting)) == 3  # the searched arm: one per model
    assert "record no `student` choice" in caplog.text
    shutil.move(tmp_path / "lost", lost)

    for run in (tmp_path / "sweep" / "student=tsl").glob("*/seed=*"):  # tsl's recipe now the models' own as well
        model = run.parent.name.rpartition("model=")[2]
        (run / "config.yaml").write_text(yaml.safe_dump({"student": {"lr": OWN_LR[model] / 2, "init": "pretrained"}}))
    assert len(set(collect_runs([tmp_path / "sweep"]).setting)) == 2  # still one setting per arm
    shutil.rmtree(tmp_path / "sweep" / "student=tsl")  # one arm: its fields differ by model only, none is swept
    assert set(collect_runs([tmp_path / "sweep"]).setting) == {"synth -> synth"}


# the faithful TSL-style student of the same teachers: gains mbert 20, 20 and xlmr 66.67 - 80
TSL_RUNS = {("mbert", 1): (MISS_LOC, ALL_RIGHT), ("mbert", 2): (MISS_ORG, ALL_RIGHT),
            ("xlmr", 1): (MISS_ORG, ORG_AS_LOC)}


def test_the_gain_picture_draws_the_significance_tables_gains_of_both_students(tmp_path):
    """experiment=transfer_embedded's two students (student.init swept) are two settings drawn side by side in
    gains_<distill>.png, under readable labels, at the gains and intervals of the significance table."""
    make_sweep(tmp_path / "sweep" / "student=embedded_from_teacher", config={"student": {"init": "teacher"}})
    make_sweep(tmp_path / "sweep" / "student=embedded", runs=TSL_RUNS, config={"student": {"init": "pretrained"}})
    md = write_report([tmp_path / "sweep"], tmp_path / "report", n_resamples=200, n_permutations=99).read_text()
    assert "![gains, distill=mse](gains_mse.png)" in md
    assert (tmp_path / "report" / "gains_mse.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    sig = pd.read_csv(tmp_path / "report" / "significance.csv")
    gains = gain_frame(sig, collect_runs([tmp_path / "sweep"]), "mse")
    by_hand = {("mbert, teacher-initialised student", "de"): (20, -40 / 3),      # 100 - 80, 66.67 - 80
               ("mbert, TSL student (fresh pretrained copy)", "de"): (20, 20),   # 100 - 80, 100 - 80
               ("xlmr, teacher-initialised student", "de"): (0,),              # 80 - 80
               ("xlmr, TSL student (fresh pretrained copy)", "de"): (-40 / 3,)}  # 66.67 - 80
    assert set(gains.test_set) == {"test"} and set(zip(gains.series, gains.lang, strict=True)) == set(by_hand)
    table = sig[sig.comparison == "student vs zero-shot"].rename(columns={"a": "model"})
    drawn = gains.merge(table, on=["test_set", "setting", "distill", "model", "src", "lang"], suffixes=("", "_sig"))
    assert len(drawn) == len(gains) == 4
    for r in drawn.itertuples():
        assert r.seed_gains == pytest.approx(by_hand[(r.series, r.lang)], abs=1e-9)
        assert r.delta == pytest.approx(np.mean(r.seed_gains), abs=1e-4)  # the CSV keeps 4 decimals
        assert (r.delta, r.ci_low, r.ci_high) == (r.delta_sig, r.ci_low_sig, r.ci_high_sig)
        assert r.ci_low <= r.delta <= r.ci_high


def test_a_multirun_ends_with_its_report_unless_switched_off(tmp_path, caplog):
    from omegaconf import OmegaConf

    from xlt.cli.report import ReportAfterSweep

    def end(sweep: Path, on: bool) -> None:
        ReportAfterSweep().on_multirun_end(OmegaConf.create({"report_after_sweep": on,
                                                             "hydra": {"sweep": {"dir": str(sweep)}}}))

    sweep = make_sweep(tmp_path / "sweep")
    end(sweep, False)
    assert not (sweep / "report").exists()
    end(sweep, True)
    assert "student vs zero-shot" in (sweep / "report" / "report.md").read_text()
    (tmp_path / "empty").mkdir()
    end(tmp_path / "empty", True)  # nothing complete yet: a warning, the sweep itself does not fail
    assert "no report for" in caplog.text


def test_find_runs_skips_the_copies_in_wandb_run_files_and_store_artifacts(tmp_path):
    from xlt.analysis.report import find_runs

    cell = tmp_path / "lang=de" / "seed=1"
    for where in (cell, cell / "wandb" / "offline-run-x" / "files", cell / "artifacts"):
        where.mkdir(parents=True, exist_ok=True)
        (where / "metrics.json").write_text("{}")
    assert find_runs([tmp_path]) == [cell]


def make_cell(root: Path, lang: str, seeds: range, sets: dict[str, tuple[dict, list]], cache: Path) -> Path:
    """Runs of one cell (mbert, mse) whose config.yaml declares each test set's data spec; the zero-shot stage tags
    nothing, the student every gold entity. `sets`: name -> (data spec, its sentences as the run read them)."""
    bench = {"test": sets["test"][0], "also_test": {k: spec for k, (spec, _) in sets.items() if k != "test"}}
    for seed in seeds:
        run = root / f"lang={lang}" / f"seed={seed}"
        scores: dict[str, dict] = {"zero_shot": {}, "student": {}}
        for name, (_, sentences) in sets.items():
            for stage, tags in (("zero_shot", [["O"] * len(s.tags) for s in sentences]),
                                ("student", [list(s.tags) for s in sentences])):
                path = run / "predictions" / f"{stage}.{lang}.{name}.conll"
                write_conll(path, sentences, tags)
                sc = {**entity_scores([s.tags for s in sentences], tags), "predictions": str(path)}
                scores[stage].update(sc if name == "test" else {name: sc})
        metrics = {"status": "complete", "model": "mbert", "lang": lang, "distill": "mse", "seed": seed,
                   "source": "synth", "benchmark": "synth", "metric_mode": "conlleval", "source_dev": {"f1": 0.9},
                   **scores}
        (run / "metrics.json").write_text(json.dumps(metrics))
        config = {"seed": seed, "benchmark": bench, "paths": {"cache_dir": str(cache)}}
        (run / "config.yaml").write_text(yaml.safe_dump(config))
    return root


def generated_and_natural(cache: Path) -> dict[str, tuple[dict, list]]:
    synth = {"kind": "synth", "lang": "de", "split": "test", "n": 30, "seed": 0, "seen_train": 0.4,
             "seen_source": 0.15, "clauses": True, "max_templates": None}
    natural = {"kind": "natural", "lang": "de"}
    return {"test": (synth, load_split(synth, cache, "t")), "natural": (natural, load_split(natural, cache, "n"))}


@pytest.mark.parametrize(("n_seeds", "verdict"), [(3, "not enough seeds"), (6, "not enough seeds"),
                                               (7, "significant")])
def test_units_are_templates_for_generated_sets_and_sentences_for_natural(tmp_path, n_seeds, verdict):
    """A generated test set is resampled by template cluster (its side index), the natural sentences one by one.
    The student beats zero-shot on every sentence of every seed: with 3 seeds the unit-level p is tiny, yet the
    seed-level test cannot go below 0.25, so nothing is significant. With 6 seeds p_seeds is 2/64 = 0.031, below
    0.05 alone but not after Holm over the report's 2 rows (0.0625); with 7 (2/128, Holm 0.031) both sets are."""
    cache = tmp_path / "cache"
    sets = generated_and_natural(cache)
    n_templates = len(set(spec_units(sets["test"][0], cache, "t").ids))
    make_cell(tmp_path / "sweep", "de", range(1, n_seeds + 1), sets, cache)
    md = write_report([tmp_path / "sweep"], tmp_path / "report", n_resamples=200, n_permutations=999).read_text()
    sig = pd.read_csv(tmp_path / "report" / "significance.csv").set_index("test_set")
    gen, nat = sig.loc["test"], sig.loc["natural"]
    assert (gen.unit, gen.n_units, gen.n_sentences) == ("template", n_templates, 30) and 1 < n_templates < 30
    assert (nat.unit, nat.n_units) == ("sentence", len(sets["natural"][1])) and nat.seeds == "paired"
    for row in (gen, nat):
        assert row.p_value < 0.01 and row.ci_low > 0 and np.isfinite(row.mde) and row.mde >= 0
        p_min = pytest.approx(2 / 2**n_seeds, abs=1e-4)  # the CSV keeps 4 decimals
        assert row.p_seeds == p_min and row.p_seeds_min == p_min
        assert row.verdict == verdict and bool(row.significant) == (verdict == "significant")
        assert row.p_verdict == pytest.approx(min(1.0, 2 * max(row.p_value, row.p_seeds)), abs=1e-4)  # 2 rows, tied
    assert f"- `test`: resampled by template ({n_templates} units of 30 sentences)" in md
    assert "- `natural`: resampled by sentence" in md and "not enough seeds" in md
    runs = collect_runs([tmp_path / "sweep"])
    gains = gain_frame(pd.read_csv(tmp_path / "report" / "significance.csv"), runs, "mse")
    assert list(gains.test_set) == ["test", "natural"] and "![gains, distill=mse](gains_mse.png)" in md  # 2 panels


def test_a_user_file_with_documents_is_resampled_by_document(tmp_path):
    path = tmp_path / "user.conll"
    path.write_text("-DOCSTART- O\n\nAnna B-PER\n\nBerlin B-LOC\nliegt O\n\n-DOCSTART- O\nAcme B-ORG\n\n\n"
                    "Paris B-LOC\n")
    assert document_ids(path) == [0, 0, 1, 1]
    spec = {"kind": "conll", "path": str(path), "max_sentences": 3}
    units = spec_units(spec, tmp_path, "benchmark.test")
    assert (units.unit, units.ids, units.lengths) == ("document", (0, 0, 1), (1, 2, 1))
    (tmp_path / "plain.conll").write_text("Anna B-PER\n\nParis B-LOC\n")
    assert document_ids(tmp_path / "plain.conll") is None
    plain = spec_units({"kind": "conll", "path": str(tmp_path / "plain.conll")}, tmp_path, "benchmark.test")
    assert (plain.unit, plain.ids) == ("sentence", (0, 1))


# two backbones on the same seeds: (model, seed): (zero-shot, student), F1 by hand as above
BACKBONES = {
    ("mbert", 1): (MISS_LOC, ALL_RIGHT),     # zs 80,    student 100,   gain 20
    ("mbert", 2): (MISS_ORG, ORG_AS_LOC),    # zs 80,    student 66.67, gain -13.33
    ("xlmr", 1): (MISS_ORG, MISS_LOC),       # zs 80,    student 80,    gain 0
    ("xlmr", 2): (ORG_AS_LOC, ALL_RIGHT),    # zs 66.67, student 100,   gain 33.33
}


def test_backbone_contrast_by_hand(tmp_path):
    sweep = make_sweep(tmp_path / "sweep", runs=BACKBONES)
    md = write_report([sweep], tmp_path / "report", n_resamples=300, n_permutations=99).read_text()
    sig = pd.read_csv(tmp_path / "report" / "significance.csv")
    rows = sig[sig.comparison.str.startswith("backbone contrast")].set_index("comparison")
    assert len(rows) == 3 and set(rows.a) == {"mbert"} and set(rows.b) == {"xlmr"}
    # mbert - xlmr: zero-shot 80 - 73.33, student 83.33 - 90, gain 3.33 - 16.67 (= the student row minus the zero-shot)
    assert rows.loc["backbone contrast (zero-shot)", "delta"] == pytest.approx(20 / 3, abs=1e-4)
    assert rows.loc["backbone contrast (student)", "delta"] == pytest.approx(-20 / 3, abs=1e-4)
    assert rows.loc["backbone contrast (gain)", "delta"] == pytest.approx(-40 / 3, abs=1e-4)
    # both ran seeds 1 and 2: paired by seed id; per seed, mbert's gain beats xlmr's in seed 1 (20 > 0) only
    assert set(rows.seeds) == {"paired"} and set(rows.n_seeds.astype(str)) == {"2"}
    assert rows.loc["backbone contrast (gain)", "seeds_a_better"] == "1/2"
    assert rows.loc["backbone contrast (zero-shot)", "seeds_a_better"] == "1/2"  # 80 = 80, then 80 > 66.67
    # seed-level sign flips of the gain differences (20, -46.67): means -13.33, -33.33, 33.33, 13.33 -> p = 2 * 2/4
    assert rows.loc["backbone contrast (gain)", "p_seeds"] == pytest.approx(1.0)
    for _, r in rows.iterrows():
        assert r.ci_low <= r.delta + 1e-9 and r.delta - 1e-9 <= r.ci_high and r.mde > 0 and 0 <= r.p_value <= 1
        assert r.p_holm >= r.p_value - 1e-12 and r.verdict == "not enough seeds"
    # Holm over the report: 2 student-vs-zero-shot rows and the 3 contrasts
    assert len(sig) == 5 and "Holm-Bonferroni over all 5 comparisons" in md
    assert "## Backbone contrast" in md and "| mbert - xlmr | gain | -13.33 [" in md


def test_a_backbone_without_prediction_files_leaves_the_contrast_with_a_warning(tmp_path, caplog):
    sweep = make_sweep(tmp_path / "sweep", runs=BACKBONES)
    for path in sweep.glob("*model=xlmr/seed=*/predictions/student.de.test.conll"):
        path.unlink()  # xlmr's students scored, their files gone: no per-sentence counts to pair
    with caplog.at_level("WARNING", logger="xlt.analysis.report"):
        write_report([sweep], tmp_path / "report", n_resamples=50, n_permutations=9)
    sig = pd.read_csv(tmp_path / "report" / "significance.csv")
    assert not sig.comparison.str.startswith("backbone contrast").any()
    assert "xlmr has no test prediction files of its student: left out of the backbone contrast" in caplog.text


def test_backbone_contrast_unpaired_where_the_seeds_differ(tmp_path):
    runs = {(m, 3 if (m, s) == ("xlmr", 2) else s): v for (m, s), v in BACKBONES.items()}
    sig = pd.read_csv(write_report([make_sweep(tmp_path / "sweep", runs=runs)], tmp_path / "report",
                                   n_resamples=100, n_permutations=99).parent / "significance.csv")
    rows = sig[sig.comparison.str.startswith("backbone contrast")]
    # seeds 1, 2 against 1, 3: the same numbers, but no seed is paired with another
    assert set(rows.seeds) == {"unpaired"} and set(rows.n_seeds) == {"2/2"}
    gain = rows[rows.comparison == "backbone contrast (gain)"].iloc[0]
    assert gain.delta == pytest.approx(-40 / 3, abs=1e-4) and pd.isna(gain.seeds_a_better)


def test_the_report_says_which_device_models_computed_its_runs():
    """A sweep finished on several machines (python -m xlt.sweep export|import) mixes CPU models, whose last bits
    differ: report.md says which and how many (the GPU where one computed the run); runs.csv which ran which run."""
    from xlt.analysis.report import machines_line

    one = pd.DataFrame({"cpu": ["AMD EPYC", "AMD EPYC"], "gpu": [None, None]})
    assert machines_line(one) == "Computed on one device model: AMD EPYC (2 runs)."
    mixed = pd.DataFrame({"cpu": ["AMD EPYC", "Intel Xeon", None, "AMD EPYC"],
                          "gpu": [None, "NVIDIA H100", None, None]})
    assert machines_line(mixed).startswith(
        "Computed on 3 device models: AMD EPYC (2 runs), NVIDIA H100 (1 run), not recorded (1 run); each model")


def test_not_enough_seeds_means_holm_over_every_rows_floor_cannot_reach_the_level():
    """Three rows whose units reject outright (p 0, the interval above 0), each at its seed-level floor: 7 paired
    seeds (2/128) and twice 6 (2/64). Holm over max(p_value, p_seeds): 3 x 0.0078 = 0.023, then 2 x 0.031 = 0.0625,
    then max(0.0625, 0.031) = 0.0625. The 7-seed row is significant; the 6-seed rows could not be on any outcome,
    so they lack seeds (which one comparison alone would not have said: 0.031 < 0.05)."""
    from xlt.analysis.report import _verdicts

    floors = [2 / 2**7, 2 / 2**6, 2 / 2**6]
    table = pd.DataFrame({"ci_low": [1.0] * 3, "ci_high": [5.0] * 3, "p_value": [0.0] * 3, "p_seeds": floors,
                          "p_seeds_min": floors})
    out = _verdicts(table)
    assert out.p_verdict.tolist() == pytest.approx([3 * floors[0], 0.0625, 0.0625])
    assert out.verdict.tolist() == ["significant", "not enough seeds", "not enough seeds"]
    assert out.p_holm.tolist() == [0.0] * 3  # the unit level alone rejects everywhere

"""The seed paper's design: every language as source and as target (`src=`, experiment=pairs_embedded), the pair
features, the Table-1-style correlation over pairs (Holm, partial correlation) and the source x target report."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hydra import compose, initialize_config_dir
from hydra.core.global_hydra import GlobalHydra
from scipy import stats

from xlt.analysis.correlate import pair_correlation_table, partial_correlation, write_correlation
from xlt.analysis.lm.features import counts_overlap, script_of
from xlt.analysis.pair_features import PAIR_FEATURES, pair_points
from xlt.analysis.report import pair_matrix_markdown
from xlt.analysis.stats import holm
from xlt.analysis.typology import distances
from xlt.config import CONFIG_DIR, validate
from xlt.data import synth
from xlt.errors import ConfigError
from xlt.experiment.record import one_line, summary_lines

ROOT = Path(__file__).resolve().parent.parent


def _compose(overrides: list[str], hydra: bool = False):
    GlobalHydra.instance().clear()
    with initialize_config_dir(str(CONFIG_DIR), version_base="1.3"):
        cfg = compose("config", overrides=overrides, return_hydra_config=hydra)
    GlobalHydra.instance().clear()
    return cfg


# --- the source axis -------------------------------------------------------------------------------------------


def test_src_picks_the_language_of_the_labeled_source_train_and_dev():
    cfg = _compose(["src=de", "lang=sw"])
    assert cfg.source.train.lang == cfg.source.dev.lang == cfg.source.also_dev.natural.lang == "de"
    assert cfg.benchmark.test.lang == "sw" and cfg.run_name == "e5small-de-sw-mse-s42"
    validate(cfg)
    assert _compose([]).source.train.lang == "en"  # the protocol's English source stays the default


def test_an_english_only_source_refuses_another_source_language():
    cfg = _compose(["source=conll2003", "src=de"])
    with pytest.raises(ConfigError, match=r"src='de' but source=conll2003 holds 'en'.*source=synth"):
        validate(cfg)
    validate(_compose(["source=conll2003"]))
    wikiann = _compose(["source=wikiann", "src=fi"])
    assert (wikiann.source.train.name, wikiann.source.dev.split) == ("fi", "validation")


def test_the_pairs_experiment_is_every_language_as_source_and_target_zero_shot_only():
    cfg = _compose(["experiment=pairs_embedded"], hydra=True)
    params = cfg.hydra.sweeper.params
    srcs, langs = str(params.src).split(","), str(params.lang).split(",")
    assert sorted(srcs) == sorted(langs) == sorted(synth.SYNTH_LANGS) and len(srcs) == 10
    assert len(srcs) * len(langs) - len(srcs) == 90  # transfer pairs, beside the 10 in-language cells
    assert cfg.until == "zero_shot" and cfg.benchmark.dev is None and cfg.sweep_name == "pairs_embedded"


def test_the_pair_students_experiment_trains_students_on_transfer_pairs_only():
    cfg = _compose(["experiment=pairs_students_embedded"], hydra=True)
    params = cfg.hydra.sweeper.params
    srcs, langs = str(params.src).split(","), str(params.lang).split(",")
    assert set(srcs) | set(langs) <= set(synth.SYNTH_LANGS) and "en" not in srcs  # English: the main table
    assert not set(srcs) & set(langs)  # every cell a transfer pair: no in-language upper bound to pay a student for
    assert cfg.until == "student" and cfg.student.select == "last"  # no dev or test score picks the checkpoint
    validate(_compose(["experiment=pairs_students_embedded", f"src={srcs[0]}", f"lang={langs[0]}"]))


def _zero_shot_only_metrics() -> dict:
    return {"run_name": "tiny-de-de-mse-s1", "model": "tiny", "src": "de", "lang": "de", "in_language": True,
            "distill": "mse", "seed": 1, "metric_mode": "conlleval", "source": "synth", "benchmark": "synth",
            "source_dev": {"f1": 0.9, "precision": 0.9, "recall": 0.9},
            "zero_shot": {"f1": 0.5, "precision": 0.5, "recall": 0.5,
                          "natural": {"f1": 0.25, "precision": 0.25, "recall": 0.25}},
            "timings_s": {"cell": 3.0}}


def test_a_zero_shot_only_cell_summarises_without_a_student():
    m = _zero_shot_only_metrics()
    assert "zero-shot 50.00 | natural 25.00 (no student: until=zero_shot)" in one_line(m)
    lines = summary_lines(m)
    assert "in-language" in lines[0] and not any("student" in line for line in lines)
    assert any("(   natural)" in line and "F1  25.00" in line for line in lines)


@pytest.mark.slow  # a subprocess sweep: the slow tier
def test_a_pair_sweep_shares_one_teacher_per_source_and_reports_the_matrix(tmp_path):
    """2 sources x 2 targets on the tiny model, zero-shot only: 2 teachers, 4 cells, in-language cells marked; a
    rerun skips every cell; the report is a source x target matrix."""
    args = [sys.executable, "-m", "xlt.run", "-m", "experiment=pairs_embedded", "model=tiny", "src=de,en",
            "lang=de,en", "logger=none", "sweep_name=p", "source.train.n=40", "source.dev.n=10",
            "benchmark.test.n=12", "benchmark.unlabeled.n=16", "teacher.max_steps=3",
            f"paths.log_dir={tmp_path / 'outputs'}", f"paths.cache_dir={tmp_path / 'cache'}"]
    run = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    sweep = tmp_path / "outputs" / "multirun" / "p"
    cells = {p.parent.parent.name: json.loads(p.read_text()) for p in sweep.glob("*/seed=1/metrics.json")}
    assert len(cells) == 4 and all(m["status"] == "complete" and "student" not in m for m in cells.values())
    assert {(m["src"], m["lang"], m["in_language"]) for m in cells.values()} == {
        ("de", "de", True), ("de", "en", False), ("en", "de", False), ("en", "en", True)}
    assert len(list((tmp_path / "cache" / "store" / "teacher").glob("*/spec.json"))) == 2  # one per source
    teacher = {m["src"]: m["artifacts"]["teacher"]["key"] for m in cells.values()}
    assert len(set(teacher.values())) == 2
    assert all(m["artifacts"]["teacher"]["key"] == teacher[m["src"]] for m in cells.values())
    again = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and (again.stdout + again.stderr).count("skipped") == 4
    report = (sweep / "report" / "report.md").read_text()
    assert "## tiny: zero-shot transfer, source x target" in report and "| source \\ target | de | en |" in report
    assert (sweep / "report" / "pairs_zero_shot_tiny.png").stat().st_size > 5_000


# --- the report's matrix ----------------------------------------------------------------------------------------


def test_the_pair_matrix_marks_the_diagonal_and_averages_the_transfer_pairs_only():
    rows = [{"src": s, "lang": t, "zero_shot_mean": v, "zero_shot_std": np.nan}
            for (s, t), v in {("de", "de"): 90.0, ("de", "sw"): 40.0, ("sw", "de"): 60.0, ("sw", "sw"): 80.0}.items()]
    md = pair_matrix_markdown(pd.DataFrame(rows), "zero_shot")
    lines = md.split("\n")
    assert lines[0] == "| source \\ target | de | sw | mean over targets |"
    assert lines[2] == "| de | *90.00* | 40.00 | 40.00 |"  # one run per cell: no std; the mean leaves the diagonal out
    assert lines[3] == "| sw | 60.00 | *80.00* | 60.00 |"
    assert lines[4] == "| mean over sources | 60.00 | 40.00 |  |"


# --- pair features ---------------------------------------------------------------------------------------------


def test_sub_word_overlap_from_piece_counts_by_hand():
    target, source = Counter({1: 3, 2: 1, 3: 4}), Counter({1: 10, 3: 1, 9: 2})
    got = counts_overlap(target, source)
    assert got["type_overlap"] == pytest.approx(2 / 3)  # types 1 and 3 of {1, 2, 3}
    assert got["token_overlap"] == pytest.approx(7 / 8)  # 3 + 4 of 8 target tokens
    assert math.isnan(counts_overlap(Counter(), source)["type_overlap"])


def test_the_script_is_that_of_most_letters():
    assert script_of([["Москва", "и", "Berlin"]]) == "CYRILLIC"
    assert script_of([["القاهرة", "2024", "."]]) == "ARABIC"
    assert script_of([["ঢাকা"]]) == "BENGALI" and script_of([["12", "."]]) == ""


def test_uriel_distances_offline():
    en_de, de_en, en_sw = distances("en", "de"), distances("de", "en"), distances("en", "sw")
    assert set(en_de) == {"syntactic", "genetic", "geographic", "featural"}
    assert all(v is not None and 0.0 <= v <= 1.0 for v in en_de.values())
    assert en_de == de_en  # a distance is symmetric
    assert en_de["genetic"] < en_sw["genetic"] == 1.0  # Germanic siblings vs no shared family
    assert en_de["geographic"] < en_sw["geographic"]
    assert distances("en", "xx") == dict.fromkeys(en_de)  # a language URIEL is not asked about: no number


def _analysis(root: Path, model: str, lang: str, script: str, pieces: dict, test: list, train: list, **feats):
    d = root / model / lang
    d.mkdir(parents=True)
    base = {"lml": None, "lmem": None, "lml_char": None, "lmem_char": None, "fertility": 1.5, "unk_rate": 0.0,
            "subword_type_overlap": 0.5, "subword_token_overlap": 0.5, "entity_overlap": 0.1, **feats}
    (d / "features.json").write_text(json.dumps({"model": model, "lang": lang, "features": base}))
    (d / "pairs.json").write_text(json.dumps({"model": model, "lang": lang, "script": script,
                                              "pieces": {str(k): v for k, v in pieces.items()},
                                              "test_entities": test, "train_entities": train}))


def _pair_sweep(root: Path, f1: dict) -> Path:
    for (model, src, lang), zs in f1.items():
        run = root / f"lang={lang},model={model},src={src}" / "seed=1"
        run.mkdir(parents=True)
        (run / "metrics.json").write_text(json.dumps({
            "status": "complete", "model": model, "src": src, "lang": lang, "distill": "mse", "seed": 1,
            "source": "synth", "benchmark": "synth", "source_dev": {"f1": 0.9},
            "zero_shot": {"f1": zs, "natural": {"f1": zs / 2}}}))
    return root


def test_pair_points_join_two_analyses_into_the_pair_features(tmp_path):
    root = tmp_path / "analysis"
    _analysis(root, "m", "de", "LATIN", {1: 2, 2: 2}, ["Berlin", "Hans Meier"], ["Berlin", "Paris"], lml=2.0)
    _analysis(root, "m", "en", "LATIN", {1: 5, 3: 1}, ["London", "Paris"], ["London", "Berlin"], lml=1.0)
    _analysis(root, "m", "ru", "CYRILLIC", {4: 3}, ["Москва"], ["Москва"], lml=3.0)
    sweep = _pair_sweep(tmp_path / "sweep", {("m", s, t): 0.1 * (i + 1) for i, (s, t) in enumerate(
        [(s, t) for s in ("de", "en", "ru") for t in ("de", "en", "ru")])})
    from xlt.analysis.correlate import collect_features, transfer_targets

    points = pair_points(collect_features(root), transfer_targets([sweep]))
    assert len(points) == 6 and not (points.src == points.lang).any()  # the 3 in-language cells left out
    en_de = points[(points.src == "en") & (points.lang == "de")].iloc[0]
    assert en_de["pair_subword_type_overlap"] == pytest.approx(1 / 2)  # de's types {1, 2}; en has 1
    assert en_de["pair_subword_token_overlap"] == pytest.approx(2 / 4)
    assert en_de["pair_entity_overlap"] == pytest.approx(1 / 2)  # "Berlin" of de's test is an en train entity
    assert en_de["same_script"] == 1.0 and en_de["lml"] == 2.0 and en_de["src_lml"] == 1.0
    assert en_de["zero-shot F1"] == pytest.approx(40.0)  # (en, de) is the 4th cell: 0.4
    de_ru = points[(points.src == "de") & (points.lang == "ru")].iloc[0]
    assert de_ru["same_script"] == 0.0 and de_ru["pair_subword_type_overlap"] == 0.0
    assert de_ru["dist_genetic"] is not None and 0 < de_ru["dist_genetic"] <= 1


# --- statistics over pairs -------------------------------------------------------------------------------------


def test_partial_correlation_matches_the_first_order_formula():
    rng = np.random.default_rng(0)
    z = rng.integers(0, 2, 40).astype(float)
    x = z + rng.normal(size=40)
    y = 0.5 * x + 2 * z + rng.normal(size=40)
    rxy, rxz, ryz = (stats.pearsonr(a, b).statistic for a, b in ((x, y), (x, z), (y, z)))
    by_hand = (rxy - rxz * ryz) / math.sqrt((1 - rxz**2) * (1 - ryz**2))
    got = partial_correlation(x, y, [z])
    assert got["r"] == pytest.approx(by_hand, abs=1e-10) and got["n"] == 40 and got["k"] == 1
    t = by_hand * math.sqrt(37 / (1 - by_hand**2))  # n - 2 - 1 degrees of freedom
    assert got["p"] == pytest.approx(2 * stats.t.sf(abs(t), 37), rel=1e-9)
    # a covariate that does not vary is dropped: the plain correlation and its p-value
    same = partial_correlation(x, y, [np.ones(40)])
    assert same["k"] == 0 and same["r"] == pytest.approx(rxy)
    assert same["p"] == pytest.approx(stats.pearsonr(x, y).pvalue)
    # rank=True: the partial Spearman is the partial Pearson of the ranks
    ranks = partial_correlation(stats.rankdata(x), stats.rankdata(y), [stats.rankdata(z)])
    assert partial_correlation(x, y, [z], rank=True)["r"] == pytest.approx(ranks["r"])


def test_the_pair_table_holm_corrects_over_the_features_of_one_backbone_and_target():
    rng = np.random.default_rng(1)
    n = 30
    frame = pd.DataFrame({"model": ["m"] * n, **{f: rng.normal(size=n) for f in PAIR_FEATURES},
                          "same_script": rng.integers(0, 2, n).astype(float)})
    frame["zero-shot F1"] = 5 * frame["pair_subword_type_overlap"] + rng.normal(size=n)
    frame["lml"] = np.nan  # no LM head
    table = pair_correlation_table(frame, ["zero-shot F1"])
    assert len(table) == len(PAIR_FEATURES)
    finite = table["pearson_p"].notna()
    assert table.loc[finite, "pearson_p_holm"].to_numpy() == pytest.approx(holm(table.loc[finite, "pearson_p"]))
    lml = table[table.feature == PAIR_FEATURES["lml"]].iloc[0]
    assert lml["n"] == 0 and "no LM head" in lml["note"] and math.isnan(lml["pearson_p_holm"])
    top = table[table.feature == PAIR_FEATURES["pair_subword_type_overlap"]].iloc[0]
    assert top["pearson_r"] > 0.8 and top["pearson_p_holm"] < 0.05


def test_write_correlation_switches_to_pairs_with_several_sources(tmp_path):
    root = tmp_path / "analysis"
    langs = {"de": "LATIN", "en": "LATIN", "nl": "LATIN", "ru": "CYRILLIC"}
    for i, (lang, script) in enumerate(langs.items()):
        _analysis(root, "m", lang, script, {i: 1, 10 + i: 1, 99: 1}, [f"E{i}"], [f"E{(i + 1) % 4}"], fertility=1 + i)
    f1 = {("m", s, t): (0.2 if langs[s] != langs[t] else 0.6) + 0.01 * j
          for j, (s, t) in enumerate((s, t) for s in langs for t in langs)}
    md = write_correlation(root, [_pair_sweep(tmp_path / "sweep", f1)], tmp_path / "out")
    text = md.read_text()
    assert "12 (backbone, source, target) pairs" in text and "### m: zero-shot F1 (12 pairs)" in text
    assert "same script (1/0)" in text and "partial r given script" in text
    assert "### m: zero-shot F1 (natural) (12 pairs)" in text  # the hand-written sentences are a target too
    table = pd.read_csv(tmp_path / "out" / "correlation.csv")
    same = table[table.feature == "same script (1/0)"].iloc[0]
    assert same["pearson_r"] > 0.9 and same["n"] == 12
    assert (tmp_path / "out" / "scatter_zero_shot_f1.png").stat().st_size > 10_000

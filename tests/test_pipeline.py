"""The real config composed with overrides and run end to end on a tiny model: every output of a cell."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import yaml

from tests.conftest import CELL, TINY_FILES
from xlt.data.conll import read_conll, read_text
from xlt.experiment.cell import train
from xlt.experiment.record import summary_lines

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def finished_cell(tmp_path_factory):
    """One tiny cell with W&B offline, shared by the assertions below (it is the slow part)."""
    from tests.conftest import compose_config
    from xlt.console import quiet

    quiet()  # a module-scoped fixture runs before the per-test autouse one (tests/conftest.py's _quiet)
    out = tmp_path_factory.mktemp("cell")
    cfg = compose_config(TINY_FILES + ["logger=wandb", "seed=0"], out / "run", out / "cache")
    metrics = train(cfg)
    return cfg, metrics, out / "run"


def test_metrics_json_holds_every_number_of_the_cell(finished_cell):
    cfg, metrics, run = finished_cell
    on_disk = json.loads((run / "metrics.json").read_text())
    assert on_disk == json.loads(json.dumps(metrics, default=str))
    assert on_disk["status"] == "complete"
    assert on_disk["seed"] == 0 and on_disk["run_name"].endswith("-s0")
    assert on_disk["precision"] == cfg.trainer.precision == "32-true"  # conf/trainer/cpu.yaml's, as given
    for stage in ("source_dev", "zero_shot", "student"):
        s = on_disk[stage]
        assert {"precision", "recall", "f1", "per_type", "n_gold", "n_pred"} <= set(s)
        assert 0.0 <= s["f1"] <= 1.0
    assert on_disk["zero_shot"]["n_gold"] == 4 and on_disk["zero_shot"]["n_sentences"] == 3
    assert on_disk["gain_over_zero_shot"] == pytest.approx(on_disk["student"]["f1"] - on_disk["zero_shot"]["f1"])
    assert {"teacher_train", "student_train", "cell", "soft_labels"} <= set(on_disk["timings_s"])
    assert on_disk["peak_rss_mib"] > 0
    # which machine computed it: another CPU model computes other last bits (a sweep finished on several says so)
    assert on_disk["machine"]["cpu"] and on_disk["machine"]["torch"] == torch.__version__
    assert on_disk["machine"]["cores"] >= 1 and on_disk["machine"]["cpu_kernels"]
    assert any("student" in line for line in summary_lines(on_disk))


def test_resolved_config_and_checkpoints_are_saved(finished_cell):
    cfg, metrics, run = finished_cell
    saved = yaml.safe_load((run / "config.yaml").read_text())
    assert saved["model"]["name"] == "tiny" and saved["lang"]["code"] == "de"
    assert "${" not in (run / "config.yaml").read_text()  # interpolations resolved
    # the teacher lives in the artifact store (shared by cells), the student in the run directory
    assert Path(metrics["teacher_checkpoint"]).name == "teacher.ckpt"
    assert Path(metrics["teacher_checkpoint"]).parent.parent.name == "teacher"
    assert Path(metrics["student_checkpoint"]) == run / "checkpoints" / "student" / "last.ckpt"
    link = run / "checkpoints" / "teacher.ckpt"  # the stored teacher, reachable from the run directory
    assert link.is_symlink() and link.resolve() == Path(metrics["teacher_checkpoint"]).resolve()
    assert Path(metrics["teacher_checkpoint"]).is_file() and Path(metrics["student_checkpoint"]).is_file()


def test_predictions_have_one_line_per_gold_word(finished_cell):
    _, metrics, run = finished_cell
    gold = read_conll(CELL / "de.test.conll")
    for name in ("zero_shot", "student"):
        path = Path(metrics[name]["predictions"])
        back = read_conll(path, tag_column=1)  # token gold pred: column 1 is the gold tag
        assert [s.tokens for s in back] == [s.tokens for s in gold]
        assert [s.tags for s in back] == [s.tags for s in gold]
        assert all(len(line.split()) == 3 for line in path.read_text().splitlines() if line)


def test_wandb_offline_runs_hold_config_and_metrics(finished_cell):
    cfg, metrics, run = finished_cell
    runs = sorted((run / "wandb").glob("offline-run-*"))
    assert len(runs) == 2  # one W&B run per stage: teacher and student
    for r in runs:
        assert list(r.glob("run-*.wandb")), r
        files = r / "files"
        assert yaml.safe_load((files / "xlt_config.yaml").read_text())["run_name"] == cfg.run_name
        assert json.loads((files / "metrics.json").read_text())["run_name"] == cfg.run_name
    student_run = max(runs, key=lambda r: (r / "files" / "metrics.json").stat().st_mtime)
    assert json.loads((student_run / "files" / "metrics.json").read_text())["status"] == "complete"


def _cli(module: str, *args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "WANDB_MODE": "offline", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_evaluate_cli_scores_a_checkpoint_like_the_pipeline(finished_cell, tmp_path):
    _, metrics, _ = finished_cell
    res = _cli("xlt.evaluate", f"ckpt_path={metrics['teacher_checkpoint']}", f"input.path={CELL / 'de.test.conll'}",
               f"hydra.run.dir={tmp_path}", f"paths.cache_dir={tmp_path / 'cache'}")
    assert res.returncode == 0, res.stderr[-2000:]
    scores = json.loads((tmp_path / "metrics.json").read_text())
    assert scores["f1"] == pytest.approx(metrics["zero_shot"]["f1"])
    assert (tmp_path / "predictions.conll").is_file()


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_predict_cli_tags_raw_text(finished_cell, tmp_path):
    _, metrics, _ = finished_cell
    out = tmp_path / "tagged.conll"
    res = _cli("xlt.predict", f"ckpt_path={metrics['student_checkpoint']}", f"input.path={CELL / 'de.text.txt'}",
               f"output={out}", f"hydra.run.dir={tmp_path}", f"paths.cache_dir={tmp_path / 'cache'}")
    assert res.returncode == 0, res.stderr[-2000:]
    tagged = read_conll(out, tag_column=1)
    assert [s.tokens for s in tagged] == [s.tokens for s in read_text(CELL / "de.text.txt")]


def test_missing_data_file_fails_before_training_and_names_the_path(make_cfg, tmp_path):
    from xlt.errors import DataError

    missing = tmp_path / "nowhere" / "test.conll"
    cfg = make_cfg(TINY_FILES + ["logger=none", f"benchmark.test.path={missing}"])
    with pytest.raises(DataError, match="nowhere/test.conll") as info:
        train(cfg)
    assert "benchmark.test" in str(info.value)
    assert not (Path(cfg.paths.output_dir) / "checkpoints").exists()  # nothing was trained


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_cli_reports_user_errors_in_one_line_with_exit_code_2(tmp_path):
    res = _cli("xlt.run", *TINY_FILES, "logger=none", "benchmark.test.path=/no/such/file.conll",
               f"hydra.run.dir={tmp_path}", f"paths.cache_dir={tmp_path / 'cache'}")
    assert res.returncode == 2
    assert res.stderr.count("xlt: error:") == 1 and res.stderr.count("/no/such/file.conll") == 1
    assert "Traceback" not in res.stderr and "/no/such/file.conll" not in res.stdout  # printed once, on stderr
    assert "/no/such/file.conll" in (tmp_path / "run.log").read_text()  # and kept in the job's log file


def test_an_error_is_printed_once_on_stderr_and_logged_to_files_only(tmp_path, capsys):
    """`fail`: one line on stderr; a console handler of the logging setup (Hydra's, on stdout) does not repeat
    it, a file handler (the job's log file) keeps it."""
    import logging

    from xlt.cli.errors import fail

    root = logging.getLogger()
    console, file = logging.StreamHandler(sys.stdout), logging.FileHandler(tmp_path / "job.log")
    root.addHandler(console), root.addHandler(file)
    try:
        with pytest.raises(SystemExit) as info:
            fail("file not found: x.conll (set by benchmark.test)")
    finally:
        root.removeHandler(console), root.removeHandler(file)
        file.close()
    out, err = capsys.readouterr()
    assert info.value.code == 2 and err == "xlt: error: file not found: x.conll (set by benchmark.test)\n"
    assert "x.conll" not in out and "x.conll" in (tmp_path / "job.log").read_text()


def test_the_closing_table_labels_each_row_with_its_split_and_data_set():
    """Source dev sets, then per target set the teacher zero-shot and the student: the benchmark's test and dev
    splits under its name, a further test set (natural) under its own; columns aligned."""
    prf = lambda f: {"precision": f, "recall": f, "f1": f}  # noqa: E731
    metrics = {"run_name": "tiny-en-sw-mse-s1", "model": "tiny", "src": "en", "lang": "sw", "distill": "mse",
               "seed": 1, "metric_mode": "conlleval", "source": "synth", "benchmark": "synth",
               "source_dev": {**prf(0.9), "natural": prf(0.8), "calibration": {"ece": 0.05}},
               "zero_shot": {**prf(0.5), "natural": prf(0.4), "dev": prf(0.45)},
               "student": {**prf(0.6), "natural": prf(0.5), "dev": prf(0.55)}, "gain_over_zero_shot": 0.1,
               "gain_over_zero_shot_natural": 0.1, "gain_over_zero_shot_dev": 0.1,
               "timings_s": {"cell": 3.0}, "peak_rss_mib": 100.0}
    assert summary_lines(metrics) == [
        "run tiny-en-sw-mse-s1: model=tiny src=en lang=sw distill=mse seed=1 (entity F1 in %, conlleval)",
        "  teacher  source     en  dev   (     synth)  P  90.00  R  90.00  F1  90.00",
        "  teacher  source     en  dev   (   natural)  P  80.00  R  80.00  F1  80.00",
        "  teacher  zero-shot  sw  test  (     synth)  P  50.00  R  50.00  F1  50.00",
        "  student  distilled  sw  test  (     synth)  P  60.00  R  60.00  F1  60.00   gain +10.00",
        "  teacher  zero-shot  sw  test  (   natural)  P  40.00  R  40.00  F1  40.00",
        "  student  distilled  sw  test  (   natural)  P  50.00  R  50.00  F1  50.00   gain +10.00",
        "  teacher  zero-shot  sw  dev   (     synth)  P  45.00  R  45.00  F1  45.00",
        "  student  distilled  sw  dev   (     synth)  P  55.00  R  55.00  F1  55.00   gain +10.00",
        "  wall time 3 s, peak RSS 100 MiB",
        "  one run (one seed): a single seed's gain is not a result; sweep seeds (-m seed=1,2,3,4,5) and read "
        "xlt.report's intervals",
    ]


def test_a_cell_scored_on_dev_only_shows_no_test_line():
    """until=student_dev (a student study's trial): the dev split is the only target set, at both stages; its
    lines and its one-line summary name no test score."""
    from xlt.experiment.record import one_line

    prf = lambda f: {"precision": f, "recall": f, "f1": f}  # noqa: E731
    metrics = {"run_name": "tiny-en-de-mse-s1", "model": "tiny", "src": "en", "lang": "de", "distill": "mse",
               "seed": 1, "metric_mode": "conlleval", "source": "synth", "benchmark": "synth",
               "source_dev": prf(0.9), "zero_shot": {"dev": prf(0.45)}, "student": {"dev": prf(0.55)},
               "gain_over_zero_shot_dev": 0.1, "diagnostics": {}, "timings_s": {"cell": 3.0}, "peak_rss_mib": 100.0}
    assert summary_lines(metrics) == [  # no seen/unseen line and no seed spread: both are the test's
        "run tiny-en-de-mse-s1: model=tiny src=en lang=de distill=mse seed=1 (entity F1 in %, conlleval)",
        "  teacher  source     en  dev  (     synth)  P  90.00  R  90.00  F1  90.00",
        "  teacher  zero-shot  de  dev  (     synth)  P  45.00  R  45.00  F1  45.00",
        "  student  distilled  de  dev  (     synth)  P  55.00  R  55.00  F1  55.00   gain +10.00",
        "  wall time 3 s, peak RSS 100 MiB"]
    assert one_line(metrics) == ("done tiny-en-de-mse-s1: source dev 90.00 (no test set: until=student_dev) | "
                                 "dev 45.00 -> 55.00 | 3 s")


def test_a_single_cell_says_how_much_its_gain_moves_over_the_seeds_of_the_committed_table(tmp_path):
    """The spread comes from the results file (mean +- sd over its seeds, by hand: gains 1, 2, 6 -> 3.00 +- 2.65),
    only from rows of the same cell; without such rows the line says how to measure it."""
    from xlt.experiment.record import one_draw_line

    table = tmp_path / "transfer_embedded" / "runs.csv"
    table.parent.mkdir()
    head = "model,lang,distill,student_init,source,benchmark,seed,gain\n"
    rows = ["e5small,sw,mse,teacher,synth_en,synth,1,1.0", "e5small,sw,mse,teacher,synth_en,synth,2,2.0",
            "e5small,sw,mse,teacher,synth_en,synth,3,6.0", "e5small,de,mse,teacher,synth_en,synth,1,-9.0",
            "e5small,sw,kl,teacher,synth_en,synth,1,-9.0"]
    table.write_text(head + "\n".join(rows) + "\n")
    cell = {"model": "e5small", "lang": "sw", "distill": "mse", "student_init": "teacher", "source": "synth",
            "src": "en", "benchmark": "synth"}
    assert one_draw_line(cell, table) == (
        "  one run (one seed): over seeds 1, 2, 3 of the same cell the gain on the synth test was +3.00 +- 2.65 "
        "(from +1.00 to +6.00; transfer_embedded/runs.csv): cite that table, not this draw")
    assert "sweep seeds" in one_draw_line({**cell, "lang": "fi"}, table)
    assert "sweep seeds" in one_draw_line(cell, tmp_path / "absent.csv")


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_hub_model_offline_fails_fast_naming_the_embedded_alternative(tmp_path):
    res = _cli("xlt.run", "model=xlmr", "logger=none", f"hydra.run.dir={tmp_path}",
               f"paths.cache_dir={tmp_path / 'cache'}", "source.train.n=20", "source.dev.n=10",
               env_extra={"HF_HUB_OFFLINE": "1"})
    assert res.returncode == 2
    assert "FacebookAI/xlm-roberta-base" in res.stderr and "model=e5small" in res.stderr


def test_default_generated_data_runs_through_the_cell(make_cfg):
    """The default sources (generated en source, generated sw target, its dev split and the natural sentences)
    with the tiny backbone: every test set is scored for both stages, with seen/unseen splits and diagnostics."""
    cfg = make_cfg(["model=tiny", "logger=none", "source.train.n=40", "source.dev.n=10", "benchmark.test.n=12",
                    "benchmark.dev.n=8", "benchmark.unlabeled.n=16", "teacher.max_steps=3", "student.max_steps=2",
                    "trainer.enable_progress_bar=false"])
    metrics = train(cfg)
    natural = len(read_conll(ROOT / "xlt" / "data" / "natural" / "sw.conll"))
    assert metrics["sizes"] == {"source_train": 40, "source_dev": 10, "target_test": 12, "target_unlabeled": 16,
                                "target_dev": 8, "target_natural": natural}
    assert metrics["lang"] == "sw" and metrics["status"] == "complete"
    generated = Path(cfg.paths.cache_dir) / "data" / "synth"
    assert any(generated.rglob("sw.test.n12.seed0*.conll"))  # written as CoNLL users can open
    for stage in ("zero_shot", "student"):
        scores = metrics[stage]
        assert scores["n_sentences"] == 12 and scores["natural"]["n_sentences"] == natural
        assert scores["dev"]["n_sentences"] == 8
        for name in (None, "natural", "dev"):
            s = scores if name is None else scores[name]
            assert {"precision", "recall", "f1", "per_type", "seen_unseen"} <= set(s)
            split = s["seen_unseen"]
            assert split["target_text"]["seen"]["n_gold"] + split["target_text"]["unseen"]["n_gold"] == s["n_gold"]
            assert split["source"]["seen"]["n_gold"] + split["source"]["unseen"]["n_gold"] == s["n_gold"]
            assert 0.0 <= split["target_text"]["seen_share"] <= 1.0
    for name in ("natural", "dev"):
        assert metrics[f"gain_over_zero_shot_{name}"] == pytest.approx(
            metrics["student"][name]["f1"] - metrics["zero_shot"][name]["f1"])
    diag = metrics["diagnostics"]
    assert diag["agreement"]["n_words"] == sum(len(s.tokens) for s in read_conll(next(
        generated.rglob("sw.train.n16.seed0.conll"))))
    assert {"f1", "precision", "recall"} <= set(diag["teacher_on_unlabeled"]) <= set(diag["student_on_unlabeled"])
    assert 0.0 <= diag["teacher_calibration"]["ece"] <= 1.0
    assert metrics["source_dev"]["calibration"] == diag["teacher_calibration"]
    # the teacher is also scored on the natural English sentences (source.also_dev), a zero-shot-like artifact
    assert metrics["source_dev"]["natural"]["n_sentences"] == len(read_conll(ROOT / "xlt/data/natural/en.conll"))
    lines = "\n".join(summary_lines(metrics))
    assert "natural" in lines and "seen in the unlabeled text" in lines and "teacher ECE" in lines
    for stage in ("zero_shot", "student"):  # predictions of every test set, for the report's significance tests
        for name in ("test", "natural", "dev"):
            assert (Path(cfg.paths.output_dir) / "predictions" / f"{stage}.sw.{name}.conll").is_file()


@pytest.mark.parametrize("chooses", ["student.select=target_dev", "objective=target_dev"])
def test_a_target_dev_split_that_shares_test_sentences_cannot_choose_anything(make_cfg, chooses):
    """A checkpoint (student.select) or a study's recipe (objective, hparams_search=student_recipe) chosen on
    benchmark.dev = the test split: refused before any training."""
    from xlt.errors import ConfigError

    cfg = make_cfg(["model=tiny", "logger=none", "source.train.n=20", "source.dev.n=5", "benchmark.test.n=12",
                    "benchmark.unlabeled.n=8", "benchmark.dev.split=test", "benchmark.dev.n=12",
                    "benchmark.dev.seen_train=0.4", "benchmark.dev.seen_source=0.15", chooses])
    with pytest.raises(ConfigError, match=f"{chooses}: benchmark.dev shares 12 sentence"):
        train(cfg)
    assert not (Path(cfg.paths.output_dir) / "checkpoints").exists()


@pytest.mark.parametrize("name", ["f1", "dev", "per_type", "seen_unseen"])
def test_further_test_sets_need_names_that_cannot_overwrite_scores(make_cfg, name):
    from xlt.errors import ConfigError

    cfg = make_cfg(["model=tiny", "logger=none", f"+benchmark.also_test.{name}={{kind: natural, lang: sw}}"])
    with pytest.raises(ConfigError, match="plain name"):
        train(cfg)


def test_student_from_the_teacher_copies_its_weights_and_stays_slim_when_frozen_weights_are_pretrained(make_cfg):
    import torch

    from xlt.config import to_dict
    from xlt.models.student import Student
    from xlt.models.teacher import Teacher

    cfg = make_cfg(["model=tiny", "student.init=teacher", "student.freeze_embeddings=true"])
    model, cache = to_dict(cfg.model), str(cfg.paths.cache_dir)
    torch.manual_seed(0)
    teacher = Teacher(model, to_dict(cfg.teacher), cfg.metric.mode, cache)
    student = Student(model, to_dict(cfg.student), cfg.metric.mode, cache, distill=to_dict(cfg.distill))
    student.hparams["model"]["random_init"] = False  # as for a pretrained backbone: its frozen weights are shared
    frozen = [n for n, p in student.tagger.named_parameters() if not p.requires_grad]
    assert frozen  # the embeddings
    with torch.no_grad():  # a teacher that kept the same (pretrained) frozen weights, trained the rest
        for n, p in teacher.tagger.named_parameters():
            p.copy_(dict(student.tagger.named_parameters())[n] if n in frozen else torch.randn_like(p))
    student.init_from_teacher(teacher)
    assert all(torch.equal(a, b) for a, b in zip(student.tagger.state_dict().values(),
                                                  teacher.tagger.state_dict().values(), strict=True))
    assert student.slim_checkpoints
    with torch.no_grad():  # a teacher whose "frozen" weights moved: the student must save them in full
        next(p for n, p in teacher.tagger.named_parameters() if n in frozen).add_(1.0)
    student.init_from_teacher(teacher)
    assert not student.slim_checkpoints


def test_a_student_initialised_from_the_teacher_trains_the_same_whatever_the_store_held(make_cfg, tmp_path):
    """The cell runs; run again in a new directory on the same store, it reuses the teacher, its zero-shot scores
    and soft labels, so the teacher is first loaded by the student's stage; loading draws no random number, so the
    student's dropout sees the same stream and ends on the same weights (before, a resumed or raced cell trained
    another student: sw seed 5 of transfer_embedded came back 82.17 for 80.22)."""
    import torch

    cfg = make_cfg(TINY_FILES + ["logger=none", "student.init=teacher", "student.dropout=0.3",
                                 f"store.root={tmp_path / 'store'}"])  # a store of its own: the first run builds
    first = train(cfg)
    assert first["status"] == "complete" and first["student_init"] == "teacher"
    assert {a["reused"] for a in first["artifacts"].values()} == {False}  # the teacher in memory from its training
    again = cfg.copy()
    again.paths.output_dir = str(tmp_path / "again")
    second = train(again)
    assert {a["reused"] for a in second["artifacts"].values()} == {True}  # the teacher loaded only for the student
    weights = [torch.load(m["student_checkpoint"], map_location="cpu", weights_only=False)["state_dict"]
               for m in (first, second)]
    assert all(torch.equal(weights[0][k], weights[1][k]) for k in weights[0])
    assert second["student"]["f1"] == first["student"]["f1"]


def test_loading_a_checkpoint_draws_no_random_number(make_cfg, tmp_path):
    """Building the module to load into initialises a head; the random streams the caller sees stay where they were
    (torch's CPU generator, NumPy's and Python's)."""
    import random

    import numpy as np
    import pytorch_lightning as pl
    import torch

    from xlt.config import to_dict
    from xlt.models.loading import load_tagger_module
    from xlt.models.teacher import Teacher

    cfg = make_cfg(["model=tiny"])
    teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), cfg.metric.mode, str(cfg.paths.cache_dir))
    torch.save({"state_dict": teacher.state_dict(), "hyper_parameters": dict(teacher.hparams),
                "pytorch-lightning_version": pl.__version__, "xlt_stage": "teacher"}, tmp_path / "t.ckpt")

    def draws() -> tuple[float, float, float]:
        return torch.rand(1).item(), float(np.random.rand()), random.random()

    pl.seed_everything(5, verbose=False)
    expected = draws()
    pl.seed_everything(5, verbose=False)
    load_tagger_module(tmp_path / "t.ckpt", cfg.paths.cache_dir)
    assert draws() == expected


def test_quoting_makes_sweep_cell_paths_safe_for_hydra():
    from xlt.cli.checkpoint import quote_path_overrides

    argv = ["xlt-evaluate", "run=out/g/lang=de,model=x/seed=1", "input.path=a.conll", "stage=teacher",
            "ckpt_path='already,quoted'", "hydra.run.dir=o/x=1"]
    assert quote_path_overrides(argv) == ["xlt-evaluate", 'run="out/g/lang=de,model=x/seed=1"', "input.path=a.conll",
                                          "stage=teacher", "ckpt_path='already,quoted'", 'hydra.run.dir="o/x=1"']
    assert quote_path_overrides(["x", "-m", "run=a,b"]) == ["x", "-m", "run=a,b"]  # a multirun's commas are sweeps
    # Hydra's own parser: the raw path is a syntax error, the quoted one parses back to the path itself
    from hydra.core.override_parser.overrides_parser import OverridesParser
    from hydra.errors import OverrideParseException

    parser = OverridesParser.create()
    with pytest.raises(OverrideParseException):
        parser.parse_overrides(["run=out/g/lang=de,model=x/seed=1"])
    assert parser.parse_overrides([quote_path_overrides(["run=out/g/lang=de,model=x/seed=1"])[0]])[0].value() == \
        "out/g/lang=de,model=x/seed=1"


def test_evaluate_takes_a_sweep_cell_directory(finished_cell, tmp_path):
    """`run=<cell dir>` picks the cell's student (`stage=teacher`: its teacher), also from a directory named like
    a sweep cell, whose `=` and `,` Hydra would otherwise read as syntax."""
    import shutil

    from tests.conftest import compose_config
    from xlt.cli.checkpoint import quote_path_overrides
    from xlt.cli.evaluate import evaluate

    _, metrics, run = finished_cell
    cell = tmp_path / "multirun" / "grid" / "distill=mse,lang=de" / "seed=0"
    shutil.copytree(run, cell, symlinks=True)
    scores = {}
    for stage in ("student", "teacher"):
        overrides = quote_path_overrides([f"run={cell}", f"stage={stage}", f"input.path={CELL / 'de.test.conll'}"])
        cfg = compose_config(overrides, tmp_path / f"eval_{stage}", tmp_path / "cache", name="evaluate")
        scores[stage] = evaluate(cfg)
    assert scores["student"]["checkpoint"] == metrics["student_checkpoint"]
    assert scores["teacher"]["checkpoint"] == metrics["teacher_checkpoint"]
    assert scores["student"]["f1"] == pytest.approx(metrics["student"]["f1"], abs=1e-9)
    assert scores["teacher"]["f1"] == pytest.approx(metrics["zero_shot"]["f1"], abs=1e-9)


def test_evaluate_without_a_checkpoint_names_both_ways_to_give_one(tmp_path):
    from tests.conftest import compose_config
    from xlt.cli.evaluate import evaluate
    from xlt.errors import ConfigError

    cfg = compose_config([f"input.path={CELL / 'de.test.conll'}"], tmp_path / "e", tmp_path / "c", name="evaluate")
    with pytest.raises(ConfigError, match="ckpt_path=.*run="):
        evaluate(cfg)
    cfg = compose_config([f"run={tmp_path}", f"input.path={CELL / 'de.test.conll'}"], tmp_path / "e", tmp_path / "c",
                         name="evaluate")
    with pytest.raises(ConfigError, match="no metrics.json"):
        evaluate(cfg)


def test_max_sentences_caps_every_split_and_keeps_a_smaller_own_cap(make_cfg):
    from xlt.experiment.datasets import load_cell_data

    cfg = make_cfg(TINY_FILES + ["data.max_sentences=2", "+source.train.max_sentences=1"])
    sizes = load_cell_data(cfg, Path(cfg.paths.cache_dir)).sizes()
    assert sizes["source_train"] == 1  # its own cap is smaller
    assert sizes["source_dev"] == sizes["target_test"] == sizes["target_unlabeled"] == 2

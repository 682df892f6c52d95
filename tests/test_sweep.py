"""Multirun from the shell: shared teachers and soft labels, directory naming, kill and resume, the report."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest
import torch
from hydra import compose, initialize_config_dir
from hydra.core.global_hydra import GlobalHydra
from nbclient import NotebookClient

from xlt.config import CONFIG_DIR, options

ROOT = Path(__file__).resolve().parent.parent

# the tiny random backbone on the default generated data, a few optimizer steps per stage
TINY_GRID = [
    "model=tiny", "logger=none", "trainer.enable_progress_bar=false",
    "source.train.n=40", "source.dev.n=10", "benchmark.test.n=12", "benchmark.dev.n=8", "benchmark.unlabeled.n=16",
    "teacher.max_steps=3", "student.max_steps=2",
]


def _xlt_run(args: list[str], tmp: Path, **popen) -> subprocess.Popen:
    env = {**os.environ, "WANDB_MODE": "offline", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "xlt.run", "-m", *args, f"paths.log_dir={tmp / 'outputs'}",
         f"paths.cache_dir={tmp / 'cache'}"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **popen,
    )


def _finish(proc: subprocess.Popen, timeout: float = 600) -> str:
    out, _ = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, out[-4000:]
    return out


def _cells(sweep: Path) -> dict[str, dict]:
    return {str(p.parent.relative_to(sweep)): json.loads(p.read_text()) for p in sweep.rglob("metrics.json")
            if "artifacts" not in p.parts}


# the recipe configs an experiment selects that only a recipe search writes (bench/search_recipe.py)
SEARCHED = {"backbone_comparison": [f"{stage}/searched/{model}" for stage in ("teacher", "student")
                                    for model in ("e5small", "gemma270m")],
            "teacher_recipes": [f"teacher/searched/{model}" for model in ("e5small", "gemma270m")]}


@pytest.mark.parametrize("name", ["matrix", "matrix_embedded", "transfer_embedded", "backbone_comparison",
                                  "teacher_recipes"])
def test_experiment_configs_hold_a_valid_grid(name):
    missing = [m for m in SEARCHED.get(name, []) if not (CONFIG_DIR / f"{m}.yaml").is_file()]
    if missing:
        pytest.skip(f"experiment={name} composes once the recipe searches wrote {', '.join(missing)} "
                    "(hparams_search=teacher_recipe and student_recipe, then bench/search_recipe.py)")
    GlobalHydra.instance().clear()
    with initialize_config_dir(str(CONFIG_DIR), version_base="1.3"):
        cfg = compose("config", overrides=[f"experiment={name}"], return_hydra_config=True)
    params = cfg.hydra.sweeper.params
    assert cfg.sweep_name == name
    for group in ("model", "lang", "distill"):
        if group not in params:  # a grid may keep a group at the default (transfer_embedded: the default loss)
            continue
        values = str(params[group]).split(",")
        assert len(values) >= 1 and set(values) <= set(options(group)), (group, values)
    assert len(str(params.seed).split(",")) >= 3  # mean and std need seeds
    with initialize_config_dir(str(CONFIG_DIR), version_base="1.3"):  # every swept recipe composes for every model
        for model in str(params.get("model", cfg.model.name)).split(","):
            for group in ("teacher", "student"):
                for choice in str(params.get(group, cfg.hydra.runtime.choices[group])).split(","):
                    cell = compose("config", overrides=[f"experiment={name}", f"model={model}", f"{group}={choice}"])
                    assert cell.model.name == model and cell[group].lr > 0, (model, group, choice)
    GlobalHydra.instance().clear()


def test_backbone_comparison_gives_each_backbone_its_own_searched_teacher_and_student(tmp_path):
    """One sweep over both models: `override /teacher: searched/${model}` picks each cell's teacher by its model, and
    student=searched_for_model its default student's recipe (stand-in searched configs in a copy of conf/, each
    with its own lr, until the searches write the real ones); the other arm is TSL's published student."""
    import shutil

    conf = tmp_path / "conf"
    shutil.copytree(CONFIG_DIR, conf)
    (conf / "teacher" / "searched").mkdir(exist_ok=True)
    (conf / "student" / "searched").mkdir(exist_ok=True)
    lrs = {"e5small": 1.5e-4, "gemma270m": 3.5e-5}
    for model, lr in lrs.items():
        (conf / "teacher" / "searched" / f"{model}.yaml").write_text(
            f"# @package teacher\ndefaults:\n  - /teacher/embedded@_here_\n  - _self_\nlr: {lr}\n")
        (conf / "student" / "searched" / f"{model}.yaml").write_text(  # as bench/search_recipe.py writes it
            f"# @package _global_\nstudent:\n  lr: {lr / 2}\n  init: teacher\n  epochs: 2\n")
    GlobalHydra.instance().clear()
    with initialize_config_dir(str(conf), version_base="1.3"):
        grid = compose("config", overrides=["experiment=backbone_comparison"], return_hydra_config=True)
        params = grid.hydra.sweeper.params
        assert str(params.model).split(",") == list(lrs) and str(params.lang).split(",") == ["de", "sw", "ar", "fi"]
        assert str(params.seed).split(",") == ["1", "2", "3"] and grid.perf.threads == 1
        assert str(params.student).split(",") == ["searched_for_model", "tsl"]
        for model, lr in lrs.items():
            cfg = compose("config", overrides=["experiment=backbone_comparison", f"model={model}",
                                               "student=searched_for_model"], return_hydra_config=True)
            assert cfg.hydra.runtime.choices.teacher == f"searched/{model}" and cfg.teacher.lr == lr
            assert (cfg.student.lr, cfg.student.init, cfg.student.epochs) == (lr / 2, "teacher", 2)
            tsl = compose("config", overrides=["experiment=backbone_comparison", f"model={model}", "student=tsl"])
            assert (tsl.student.lr, tsl.student.init, tsl.student.epochs) == (1e-4, "pretrained", 3)
    GlobalHydra.instance().clear()


def test_teacher_recipes_pairs_each_backbones_searched_teacher_with_the_embedded_one_and_reuses_the_comparisons(
        tmp_path):
    """experiment=teacher_recipes: per model, teacher=embedded and teacher=searched_for_model (the model's searched
    file, in the form bench/search_recipe.py writes: a `teacher:` node, and for the decoder the searched
    data.label_position beside it), teachers only; a searched teacher has exactly the fields (hence the store key)
    of the same model's and seed's teacher in experiment=backbone_comparison, so that sweep's teachers are reused."""
    import shutil

    from hydra.core.hydra_config import HydraConfig
    from omegaconf import open_dict

    from xlt.experiment.identity import TEACHER_ROLES, fields

    conf = tmp_path / "conf"
    shutil.copytree(CONFIG_DIR, conf)
    real = (CONFIG_DIR / "teacher" / "searched" / "e5small.yaml").read_text()
    lrs = {"e5small": 1.5e-4, "gemma270m": 3.5e-5}
    for model, lr in lrs.items():
        text = real.replace("lr: 8.056867849846669e-05", f"lr: {lr}")
        if model == "gemma270m":
            text += "data:                            # searched outside the teacher's node\n  label_position: last\n"
        (conf / "teacher" / "searched" / f"{model}.yaml").write_text(text)
        (conf / "student" / "searched" / f"{model}.yaml").write_text(
            "# @package _global_\nstudent:\n  lr: 1e-4\n  init: teacher\n")
    GlobalHydra.instance().clear()
    try:
        with initialize_config_dir(str(conf), version_base="1.3"):
            grid = compose("config", overrides=["experiment=teacher_recipes"], return_hydra_config=True)
            params = grid.hydra.sweeper.params
            assert str(params.teacher).split(",") == ["embedded", "searched_for_model"]
            assert str(params.model).split(",") == list(lrs) and str(params.seed).split(",") == ["1", "2", "3"]
            assert (grid.until, grid.perf.threads, grid.report_after_sweep) == ("teacher", 1, False)
            def cell(*overrides: str):  # as a job of the sweep composes it (its paths resolved)
                cfg = compose("config", overrides=list(overrides), return_hydra_config=True)
                HydraConfig().set_config(cfg)
                with open_dict(cfg):
                    cfg.paths.output_dir, cfg.paths.cache_dir = str(tmp_path / "run"), str(tmp_path / "cache")
                return cfg

            for model, lr in lrs.items():
                tuned = cell("experiment=teacher_recipes", f"model={model}", "seed=2", "teacher=searched_for_model")
                ref = cell("experiment=teacher_recipes", f"model={model}", "seed=2", "teacher=embedded")
                assert tuned.teacher.lr == lr and ref.teacher.lr != lr
                assert tuned.data.label_position == ("last" if model == "gemma270m" else "first")
                assert ref.data.label_position == "first"
                comparison = cell("experiment=backbone_comparison", f"model={model}", "seed=2", "lang=sw",
                                  "student=tsl")
                assert fields(tuned, TEACHER_ROLES) == fields(comparison, TEACHER_ROLES)  # one store key
                assert fields(ref, TEACHER_ROLES) != fields(comparison, TEACHER_ROLES)
    finally:
        GlobalHydra.instance().clear()


def _without_paths(scores: dict) -> dict:
    """Scores without the prediction files' paths (they name the run directory), at every level."""
    return {k: _without_paths(v) if isinstance(v, dict) else v for k, v in scores.items() if k != "predictions"}


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_joblib_sweep_trains_one_teacher_and_one_soft_pass_per_language(tmp_path):
    """2 languages x 2 losses, two parallel workers: 1 teacher, 2 soft-label passes, 4 students."""
    out = _finish(_xlt_run(["hydra/launcher=joblib", "hydra.launcher.n_jobs=2", "sweep_name=grid",
                            "lang=de,nl", "distill=mse,kl", "seed=1", *TINY_GRID], tmp_path))
    sweep = tmp_path / "outputs" / "multirun" / "grid"
    cells = _cells(sweep)
    assert len(cells) == 4 and all(m["status"] == "complete" for m in cells.values()), out[-3000:]
    # directories named from the overrides, seed as a subfolder
    assert all(name.endswith("/seed=1") and "lang=" in name and "distill=" in name for name in cells)
    store = tmp_path / "cache" / "store"
    assert len(list((store / "teacher").glob("*/spec.json"))) == 1
    assert len(list((store / "soft").glob("*/spec.json"))) == 2
    # zero-shot scores per language and test set (the generated test, the natural sentences, the dev split),
    # plus the teacher on the natural English sentences (source.also_dev), shared by both languages
    assert len(list((store / "zero_shot").glob("*/spec.json"))) == 2 * 3 + 1
    built = [m for m in cells.values() if not m["artifacts"]["teacher"]["reused"]]
    assert len(built) == 1  # exactly one job trained it; the other three found it (or waited on its lock)
    soft_built = sorted(m["lang"] for m in cells.values() if not m["artifacts"]["soft"]["reused"])
    assert soft_built == ["de", "nl"]
    keys = {m["artifacts"]["teacher"]["key"] for m in cells.values()}
    assert len(keys) == 1
    # the same teacher means the same zero-shot numbers for both losses of a language
    for lang in ("de", "nl"):
        zs = {m["zero_shot"]["f1"] for m in cells.values() if m["lang"] == lang}
        assert len(zs) == 1

    # and the report reads the sweep
    res = subprocess.run([sys.executable, "-m", "xlt.report", str(sweep), "--bootstrap", "200"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    assert (sweep / "report" / "report.md").is_file() and (sweep / "report" / "heatmap_kl.png").is_file()

    # the exploration notebook runs headless on the same sweep
    nb = nbformat.read(ROOT / "notebooks" / "explore_sweep.ipynb", as_version=4)
    os.environ["XLT_SWEEP"] = str(sweep)
    try:
        NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    finally:
        del os.environ["XLT_SWEEP"]
    text = json.dumps([c.get("outputs", []) for c in nb.cells])
    assert "4 complete runs" in text and "student_mean" in text and "image/png" in text


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_submitit_local_executor_runs_the_sweep_as_separate_jobs(tmp_path):
    """The SLURM launcher's local twin: each cell a submitted job (own process), the store shared by both."""
    _finish(_xlt_run(["hydra/launcher=submitit_local", "hydra.launcher.timeout_min=10", "sweep_name=sub",
                      "lang=de,nl", "seed=1", *TINY_GRID], tmp_path))
    sweep = tmp_path / "outputs" / "multirun" / "sub"
    cells = _cells(sweep)
    assert sorted(m["lang"] for m in cells.values() if m["status"] == "complete") == ["de", "nl"]
    assert len(list((tmp_path / "cache" / "store" / "teacher").glob("*/spec.json"))) == 1
    assert sum(not m["artifacts"]["teacher"]["reused"] for m in cells.values()) == 1
    assert list((sweep / ".submitit").glob("*/*_result.pkl"))  # really went through submitit


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_ddp_inside_joblib_workers_is_refused_with_the_alternatives(tmp_path):
    out, _ = _xlt_run(["hydra/launcher=joblib", "hydra.launcher.n_jobs=1", "trainer=ddp", "trainer.accelerator=cpu",
                       "lang=de", *TINY_GRID], tmp_path).communicate(timeout=300)
    assert "cannot run inside hydra/launcher=joblib" in out and "submitit_slurm" in out


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_killed_sweep_resumes_and_matches_an_uninterrupted_one(tmp_path):
    """SIGKILL the sweep while the second cell's student trains; the rerun skips the first cell, resumes the
    second from its last checkpoint and ends with exactly the numbers of a sweep that was never killed."""
    grid = ["sweep_name=s", "lang=de", "distill=kl,mse", "seed=1", *TINY_GRID,
            "student.max_steps=150", "student.epochs=100", "checkpoint.every_n_steps=5", "trainer.deterministic=true"]
    reference = _finish(_xlt_run(grid, tmp_path / "ref"))
    ref_cells = _cells(tmp_path / "ref" / "outputs" / "multirun" / "s")
    assert len(ref_cells) == 2, reference[-2000:]

    work = tmp_path / "killed"
    sweep = work / "outputs" / "multirun" / "s"
    proc = _xlt_run(grid, work, start_new_session=True)
    deadline = time.monotonic() + 300
    killed = False
    while time.monotonic() < deadline and proc.poll() is None:
        cells = _cells(sweep) if sweep.exists() else {}
        running = [name for name, m in cells.items() if m.get("status") == "running"]
        if len(cells) == 2 and len(running) == 1 and (sweep / running[0] / "checkpoints/student/last.ckpt").is_file():
            os.killpg(proc.pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.02)
    proc.communicate(timeout=60)
    assert killed, "the sweep finished before it could be killed mid-training"
    before = {k: m.get("status") for k, m in _cells(sweep).items()}
    assert sorted(before.values()) == ["complete", "running"]

    out = _finish(_xlt_run(grid, work))
    assert "skipped" in out, out[-5000:]
    assert "resuming student" in out, out[-5000:]
    after = _cells(sweep)
    assert all(m["status"] == "complete" for m in after.values())
    ref_sweep = tmp_path / "ref" / "outputs" / "multirun" / "s"
    for name, ref in ref_cells.items():
        resumed = torch.load(sweep / name / "checkpoints/student/last.ckpt", weights_only=False)
        uninterrupted = torch.load(ref_sweep / name / "checkpoints/student/last.ckpt", weights_only=False)
        assert resumed["global_step"] == uninterrupted["global_step"] == 150
        for key, tensor in uninterrupted["state_dict"].items():
            assert torch.equal(resumed["state_dict"][key], tensor), (name, key)
        assert after[name]["student"]["f1"] == ref["student"]["f1"], name
        assert after[name]["student"]["precision"] == ref["student"]["precision"], name
        assert _without_paths(after[name]["zero_shot"]) == _without_paths(ref["zero_shot"])
        assert _without_paths(after[name]["student"]) == _without_paths(ref["student"])


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_unknown_launcher_lists_the_available_ones(tmp_path):
    out, _ = _xlt_run(["hydra/launcher=slurm", *TINY_GRID], tmp_path).communicate(timeout=120)
    assert "Could not find 'hydra/launcher/slurm'" in out
    assert "joblib" in out and "submitit_slurm" in out and "submitit_local" in out


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_complete_cells_carried_to_a_fresh_machine_are_skipped_there_and_reported_with_the_rest(tmp_path):
    """A sweep finished in two pieces on two machines: the first runs German and exports its record; the second,
    with an empty cache and outputs, imports it and reruns the whole grid: German is skipped with the first
    machine's numbers, Dutch trains, and the report reads both after the first machine is gone."""
    grid = ["sweep_name=c", "seed=1", *TINY_GRID]
    first, second, carried = tmp_path / "first", tmp_path / "second", tmp_path / "carried"
    _finish(_xlt_run([*grid, "lang=de"], first))
    res = subprocess.run([sys.executable, "-m", "xlt.sweep", "export", str(first / "outputs/multirun/c"),
                          str(carried)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and "cell records: 1 copied" in res.stdout, res.stdout + res.stderr
    files = sorted(str(p.relative_to(carried)) for p in carried.rglob("*") if p.is_file())
    assert files and not [f for f in files if f.endswith((".ckpt", ".safetensors", ".pt", ".npy"))], files
    assert {Path(f).name for f in files} >= {"metrics.json", "config.yaml", "overrides.yaml",
                                            "student.de.test.conll", "zero_shot.de.test.conll"}
    de = {name: m for name, m in _cells(first / "outputs/multirun/c").items()}
    shutil.rmtree(first)  # the first machine is gone

    sweep = second / "outputs" / "multirun" / "c"
    res = subprocess.run([sys.executable, "-m", "xlt.sweep", "import", str(carried), str(sweep)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and "cell records: 1 copied" in res.stdout, res.stdout + res.stderr
    out = _finish(_xlt_run([*grid, "lang=de,nl"], second))
    assert out.count("skipped (resume=false recomputes it)") == 1, out[-4000:]
    cells = _cells(sweep)
    assert sorted(m["lang"] for m in cells.values() if m["status"] == "complete") == ["de", "nl"]
    for name, m in de.items():
        assert cells[name] == m  # the carried record, untouched by the rerun
    # Dutch trained its teacher on the second machine (no weights travel with a record)
    assert next(m for m in cells.values() if m["lang"] == "nl")["artifacts"]["teacher"]["reused"] is False

    res = subprocess.run([sys.executable, "-m", "xlt.report", str(sweep), "--bootstrap", "50"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    runs = pd.read_csv(sweep / "report" / "runs.csv")
    assert sorted(runs["lang"]) == ["de", "nl"]
    # each run's own predictions: the carried files under the second machine's sweep, not the paths recorded
    assert runs["student_predictions"].map(lambda p: Path(p).is_relative_to(sweep) and Path(p).is_file()).all()
    assert "Computed on one device model" in (sweep / "report" / "report.md").read_text()

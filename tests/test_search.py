"""Every launcher and sweeper the README names runs a tiny sweep on the installed Hydra: the Optuna studies
(hparams_search=teacher_optuna|student_optuna), the basic grid sweeper, and submitit_slurm up to its sbatch script.
The joblib and submitit_local launchers and the default teachers_first sweeper run in tests/test_sweep.py. The
teacher recipe search (hparams_search=teacher_recipe): source dev only, resumable, written as teacher=searched/<m>;
the student's (student_recipe): a target's declared dev split, with the backbone's searched teacher."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import json
import os
import re
from pathlib import Path

import pytest
import submitit
import yaml
from hydra import compose, initialize_config_dir
from hydra.core.global_hydra import GlobalHydra
from hydra.core.plugins import Plugins
from hydra.types import HydraContext

from hydra_plugins.xlt_sweeper.resumable_optuna import requeue_killed
from tests.test_sweep import ROOT, TINY_GRID, _cells, _finish, _xlt_run
from xlt.analysis.searched_recipe import write_searched_recipe
from xlt.cli.run import check_command_line_targets
from xlt.config import CONFIG_DIR
from xlt.errors import ConfigError
from xlt.experiment.study_storage import STUDY_FILE, StudyFile

# what runs each launcher and sweeper the README names (hparams_search=... selects the optuna sweeper)
COVERED = {
    "hydra/launcher=basic": "tests.test_search::test_the_basic_sweeper_runs_the_grid",  # Hydra's default launcher
    "hydra/launcher=joblib": "tests.test_sweep::test_joblib_sweep_trains_one_teacher_and_one_soft_pass_per_language",
    "hydra/launcher=submitit_local":
        "tests.test_sweep::test_submitit_local_executor_runs_the_sweep_as_separate_jobs",
    "hydra/launcher=submitit_slurm": "tests.test_search::test_submitit_slurm_builds_the_readme_sbatch_array",
    "hydra/sweeper=basic": "tests.test_search::test_the_basic_sweeper_runs_the_grid",
    "hydra/sweeper=teachers_first": "tests.test_sweep::test_killed_sweep_resumes_and_matches_an_uninterrupted_one",
    "hydra/sweeper=optuna": "tests.test_search::test_an_optuna_study_runs_its_trials_and_writes_the_best_one",
}


def test_every_launcher_and_sweeper_the_readme_names_has_a_test_that_runs_it():
    readme = (ROOT / "README.md").read_text()
    named = set(re.findall(r"hydra/(?:launcher|sweeper)=\w+", readme))
    if "hparams_search" in readme:  # its studies override the sweeper with optuna
        named.add("hydra/sweeper=optuna")
    assert named - set(COVERED) == set(), "add a test for it and list it in COVERED"
    for target in COVERED.values():
        module, name = target.split("::")
        assert callable(getattr(importlib.import_module(module), name, None)), target


def _hydra_targets(cell: Path) -> tuple[str, str]:
    """The launcher and sweeper that ran a cell, from the Hydra config it saved."""
    hydra = yaml.safe_load((cell / ".hydra" / "hydra.yaml").read_text())["hydra"]
    return hydra["launcher"]["_target_"], hydra["sweeper"]["_target_"]


def _compose(overrides: list[str], conf: Path = CONFIG_DIR, hydra: bool = False):
    """The config `overrides` compose to from `conf` (conf/ or a copy), Hydra's own node included if `hydra`."""
    GlobalHydra.instance().clear()
    with initialize_config_dir(str(conf), version_base="1.3"):
        cfg = compose("config", overrides=overrides, return_hydra_config=hydra)
    GlobalHydra.instance().clear()
    return cfg


def _comment(text: str) -> str:
    """A searched config's opening comment (and body) as one line, without its '#' markers: the wrap undone."""
    return " ".join(w for w in text.split() if w != "#")


def _trial_params(cell: Path, names: list[str]) -> dict[str, float]:
    """The values an Optuna trial chose, from the overrides the cell saved."""
    overrides = dict(o.split("=", 1) for o in yaml.safe_load((cell / ".hydra" / "overrides.yaml").read_text()))
    return {name: float(overrides[name]) for name in names}


@pytest.mark.slow  # subprocesses or several processes: the slow tier
@pytest.mark.parametrize("search, launcher, score, teachers", [
    # teacher trials (until=zero_shot) one after another; each trains its own teacher
    pytest.param("teacher_optuna", "hydra._internal.core_plugins.basic_launcher.BasicLauncher",
                 ("source_dev", "f1"), 2, id="teacher_optuna"),
    # student trials side by side in joblib workers; both reuse one teacher from the shared store
    pytest.param("student_optuna", "hydra_plugins.hydra_joblib_launcher.joblib_launcher.JoblibLauncher",
                 ("student", "dev", "f1"), 1, id="student_optuna"),
])
def test_an_optuna_study_runs_its_trials_and_writes_the_best_one(tmp_path, search, launcher, score, teachers):
    """A 2-trial study exits 0 with 2 complete cells, and optimization_results.yaml holds the best trial's values
    and its objective (source dev F1 for the teacher, target dev F1 for the student: never a test score)."""
    parallel = ["hydra/launcher=joblib", "hydra.launcher.n_jobs=2", "hydra.sweeper.n_jobs=2"]
    out = _finish(_xlt_run([f"hparams_search={search}", "hydra.sweeper.n_trials=2",
                            *(parallel if search == "student_optuna" else []), *TINY_GRID], tmp_path))
    assert "setup plugin alembic" not in out  # optuna's import of alembic logs nothing (conf/hparams_search/)
    sweep = tmp_path / "outputs" / "multirun" / "hparams" / search
    cells = _cells(sweep)
    assert [m["status"] for m in cells.values()] == ["complete", "complete"]
    assert {_hydra_targets(sweep / name) for name in cells} == {
        (launcher, "hydra_plugins.hydra_optuna_sweeper.optuna_sweeper.OptunaSweeper")}

    results = yaml.safe_load((sweep / "optimization_results.yaml").read_text())
    assert results["name"] == "optuna" and set(results) == {"name", "best_params", "best_value"}
    stage = search.removesuffix("_optuna")
    names = [f"{stage}.lr", f"{stage}.head_lr"]
    assert sorted(results["best_params"]) == sorted(names)
    assert isinstance(results["best_value"], float)
    trials = []
    for name, metrics in cells.items():
        value = metrics
        for key in score:
            value = value[key]
        trials.append((value, _trial_params(sweep / name, names)))
    assert len({tuple(params.values()) for _, params in trials}) == 2  # two distinct trials
    assert results["best_value"] == max(value for value, _ in trials)
    assert results["best_params"] in [params for value, params in trials if value == results["best_value"]]
    assert len(list((tmp_path / "cache" / "store" / "teacher").glob("*/spec.json"))) == teachers


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_the_basic_sweeper_runs_the_grid(tmp_path):
    """Hydra's own grid sweeper in place of teachers_first, on Hydra's default (basic) launcher."""
    _finish(_xlt_run(["hydra/sweeper=basic", "sweep_name=basic", "lang=de,nl", "seed=1", *TINY_GRID], tmp_path))
    sweep = tmp_path / "outputs" / "multirun" / "basic"
    cells = _cells(sweep)
    assert sorted((m["lang"], m["status"]) for m in cells.values()) == [("de", "complete"), ("nl", "complete")]
    assert {_hydra_targets(sweep / name) for name in cells} == {
        ("hydra._internal.core_plugins.basic_launcher.BasicLauncher",
         "hydra._internal.core_plugins.basic_sweeper.BasicSweeper")}
    assert sum(not m["artifacts"]["teacher"]["reused"] for m in cells.values()) == 1  # one teacher for both


def test_submitit_slurm_builds_the_readme_sbatch_array(tmp_path, monkeypatch):
    """No SLURM here: the README's submitit_slurm command composes, Hydra instantiates its launcher, and the launcher
    builds submitit's SLURM executor with the README's resources, up to the array it would submit with sbatch."""
    cfg = _compose(["hydra/launcher=submitit_slurm", "hydra.launcher.partition=gpu", "hydra.launcher.gpus_per_node=1",
                    "hydra.launcher.timeout_min=240", "trainer=gpu", "sweep_name=slurm", f"paths.log_dir={tmp_path}"],
                   hydra=True)
    launcher = Plugins.instance().instantiate_launcher(
        hydra_context=HydraContext(config_loader=None, callbacks=None), task_function=lambda _: None, config=cfg)
    assert type(launcher).__name__ == "SlurmLauncher"

    # submitit's SLURM executor refuses to start where no `srun` is on PATH: a stand-in that never runs
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "srun").write_text("#!/bin/sh\nexit 1\n")
    (bin_dir / "srun").chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir), prepend=os.pathsep)
    submitted = {}

    def map_array(executor, fn, *args):  # where sbatch would be called: keep what would be submitted
        submitted.update(executor=executor, jobs=list(zip(*args, strict=True)))
        return []

    monkeypatch.setattr(submitit.AutoExecutor, "map_array", map_array)
    assert launcher.launch([["lang=de"], ["lang=nl"]], initial_job_idx=0) == []

    assert [job[:3] for job in submitted["jobs"]] == [(["lang=de"], "hydra.sweep.dir", 0),
                                                      (["lang=nl"], "hydra.sweep.dir", 1)]
    executor = submitted["executor"]
    assert executor.cluster == "slurm"
    script = executor._executor._make_submission_file_text("python -m submitit.core._submit", "uid")
    sbatch = {line for line in script.splitlines() if line.startswith("#SBATCH")}
    assert {"#SBATCH --partition=gpu", "#SBATCH --gpus-per-node=1", "#SBATCH --time=240"} <= sbatch
    assert f"#SBATCH --output={tmp_path}/multirun/slurm/.submitit/%j/%j_0_log.out" in sbatch


# --- hparams_search=teacher_recipe: the teacher's recipe on source dev, resumable, written as teacher=searched/<m> ---

# freeze_layers up to the tiny backbone's 2 layers (the search's own space goes to 3, for 12- and 18-layer backbones)
RECIPE_SEARCH = ["hparams_search=teacher_recipe", "teacher.freeze_layers=choice(0,1,2)", *TINY_GRID]


def _study(sweep: Path) -> list[dict]:
    (study,) = json.loads((sweep / STUDY_FILE).read_text())["studies"]
    return study["trials"]


@pytest.fixture(scope="module")
def recipe_study(tmp_path_factory) -> tuple[Path, str, str]:
    """A 2-trial teacher recipe study on the tiny backbone, run as 1 trial and then continued to 2."""
    tmp = tmp_path_factory.mktemp("recipe")
    first = _finish(_xlt_run([*RECIPE_SEARCH, "hydra.sweeper.n_trials=1"], tmp))
    second = _finish(_xlt_run([*RECIPE_SEARCH, "hydra.sweeper.n_trials=2"], tmp))
    return tmp, first, second


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_a_recipe_trial_trains_and_scores_the_teacher_on_source_dev_only(recipe_study):
    """Every trial ends after the teacher (until=teacher): its objective is the source dev F1; no target set is
    scored, no student trained; the study's best value is its best source dev F1."""
    tmp, _, _ = recipe_study
    sweep = tmp / "outputs" / "multirun" / "hparams" / "teacher_recipe" / "tiny"
    cells = _cells(sweep)
    assert len(cells) == 2 and all(m["status"] == "complete" and m["until"] == "teacher" for m in cells.values())
    assert not any({"zero_shot", "student", "soft"} & (set(m) | set(m["artifacts"])) for m in cells.values())
    assert {t["values"][0] for t in _study(sweep)} == {m["source_dev"]["f1"] for m in cells.values()}
    results = yaml.safe_load((sweep / "optimization_results.yaml").read_text())
    assert results["best_value"] == max(m["source_dev"]["f1"] for m in cells.values())
    assert len(list((tmp / "cache" / "store" / "teacher").glob("*/spec.json"))) == 2  # a stored teacher per trial


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_a_rerun_continues_the_study_instead_of_starting_over(recipe_study):
    """n_trials=1, then n_trials=2 in the same sweep directory: the study file ends with 2 complete trials (not
    1 + 2 = 3), the second drawn past the first run's draws (not TPE's first draw again)."""
    tmp, first, second = recipe_study
    sweep = tmp / "outputs" / "multirun" / "hparams" / "teacher_recipe" / "tiny"
    trials = _study(sweep)
    assert [t["state"] for t in trials] == ["COMPLETE", "COMPLETE"]
    assert trials[0]["params"] != trials[1]["params"]
    assert "Continuing study" not in first and "A new study teacher_recipe_tiny in" in first
    assert "Continuing study teacher_recipe_tiny: 1 of 2 trials complete" in second
    assert second.count("Launching 1 jobs") == 1


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_the_best_recipe_is_written_as_a_config_that_reuses_the_trials_teacher(recipe_study):
    """bench/search_recipe.py writes teacher/searched/tiny.yaml (its comment names the study, objective, budget,
    sampler seed and date) and the trials table; teacher=searched/tiny composes to the best trial's teacher, and a
    cell that selects it takes that teacher from the store instead of training it again."""
    tmp, _, _ = recipe_study
    sweep = tmp / "outputs" / "multirun" / "hparams" / "teacher_recipe" / "tiny"
    config, table = write_searched_recipe(sweep, tmp / "conf", tmp / "results", dt.date(2026, 1, 2))
    assert config == tmp / "conf" / "teacher" / "searched" / "tiny.yaml"
    text = config.read_text()
    for named in ("study teacher_recipe_tiny", "objective source_dev", "the 2 complete trials", "TPESampler seed 1234",
                  "Written 2026-01-02"):
        assert named in _comment(text), named
    assert all("#" in line for line in text.splitlines())  # every line commented
    trials = _study(sweep)
    best = max(trials, key=lambda t: t["values"][0])
    with open(table, newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["trial"], r["state"], r["best"]) for r in rows] == [
        (str(t["number"]), "COMPLETE", str(t is best)) for t in trials]

    cfg = _compose(["model=tiny", "teacher=searched/tiny", f"hydra.searchpath=[file://{tmp / 'conf'}]"])
    assert {k: cfg.teacher[k.removeprefix("teacher.")] for k in best["params"]} == best["params"]
    assert cfg.teacher.seed == cfg.seed  # `${seed}` kept: one recipe for every seed

    cell = [a for a in TINY_GRID if not a.startswith("teacher.")]  # the recipe is the searched config's
    _finish(_xlt_run(["teacher=searched/tiny", f"hydra.searchpath=[file://{tmp / 'conf'}]", "until=teacher",
                      "sweep_name=reuse", *cell], tmp))
    (metrics,) = _cells(tmp / "outputs" / "multirun" / "reuse").values()
    assert metrics["artifacts"]["teacher"]["reused"]
    assert metrics["source_dev"]["f1"] == best["values"][0]


@pytest.mark.parametrize("objective", ["target_dev", "target_test"])
def test_the_recipe_search_refuses_a_target_objective_before_anything_runs(objective):
    """A target set as the objective fails on the command line, before a study is opened or a teacher trained."""
    with pytest.raises(ConfigError, match=rf"objective='?{objective}'? is (refused|unknown).*source_dev"):
        check_command_line_targets(["-m", "hparams_search=teacher_recipe", "model=tiny", f"objective={objective}"])


@pytest.mark.parametrize("model, space", [("tiny", "first"), ("e5small", "first"),
                                          ("gemma270m", "choice(first, last)"), ("bloom", "choice(first, last)")])
def test_the_label_position_is_searched_for_decoders_only(model, space):
    cfg = _compose(["hparams_search=teacher_recipe", f"model={model}"], hydra=True)
    assert cfg.hydra.sweeper.params["data.label_position"] == space
    assert cfg.until == "teacher" and cfg.sweep_name == f"hparams/teacher_recipe/{model}"


def test_a_killed_trial_is_rerun_first_with_its_values(tmp_path):
    """The study file a killed sweep left holds its last trial as running: reopened, that trial is marked failed
    and the next trial asked gets its values (its cell resumes), the other trials read back as they were."""
    import optuna

    space = {"lr": optuna.distributions.LogUniformDistribution(1e-5, 1e-3),
             "bs": optuna.distributions.CategoricalDistribution([8, 16, 32])}
    study = optuna.create_study(study_name="s", storage=StudyFile(tmp_path), direction="maximize")
    done = study.ask(space)
    study.tell(done, 0.5)
    killed = study.ask(space)  # drawn, launched, never told: the process died

    reopened = optuna.load_study(study_name="s", storage=StudyFile(tmp_path))
    assert requeue_killed(reopened) == 1
    assert [t.state.name for t in reopened.trials] == ["COMPLETE", "FAIL", "WAITING"]
    assert reopened.trials[0].params == done.params and reopened.trials[0].value == 0.5
    rerun = reopened.ask(space)
    assert rerun.params == killed.params
    assert [t["state"] for t in _study(tmp_path)] == ["COMPLETE", "FAIL", "RUNNING"]  # every change is on disk


# --- hparams_search=student_recipe: the student's recipe on a target's declared dev split, written as
# student=searched/<m>; each backbone's study uses its own searched teacher ---

STUDENT_SEARCH = ["hparams_search=student_recipe", "student.freeze_layers=choice(0,1,2)", *TINY_GRID]


def _stand_in_teacher(tmp: Path, lr: float = 1e-3) -> Path:
    """A conf/ copy with a stand-in teacher/searched/tiny.yaml (until a tiny teacher study writes one)."""
    import shutil

    conf = tmp / "conf"
    shutil.copytree(CONFIG_DIR, conf, dirs_exist_ok=True)
    (conf / "teacher" / "searched").mkdir(exist_ok=True)
    (conf / "teacher" / "searched" / "tiny.yaml").write_text(
        f"# @package teacher\ndefaults:\n  - /teacher/embedded@_here_\n  - _self_\nlr: {lr}\n")
    return conf


@pytest.mark.parametrize("model", ["tiny", "gemma270m"])
def test_the_student_study_scores_the_target_dev_split_with_the_backbones_own_searched_teacher(tmp_path, model):
    conf = _stand_in_teacher(tmp_path)
    (conf / "teacher" / "searched" / "gemma270m.yaml").write_text((conf / "teacher" / "searched" / "tiny.yaml")
                                                                   .read_text().replace("lr: 0.001", "lr: 2e-5"))
    cfg = _compose(["hparams_search=student_recipe", f"model={model}"], conf, hydra=True)
    choices = cfg.hydra.runtime.choices
    assert (choices.teacher, choices.student, choices.lang) == (f"searched/{model}", "embedded_from_teacher", "de")
    assert cfg.teacher.lr == {"tiny": 1e-3, "gemma270m": 2e-5}[model]
    assert (cfg.objective, cfg.until, cfg.benchmark.dev.split) == ("target_dev", "student_dev", "dev")
    assert cfg.sweep_name == f"hparams/student_recipe/{model}/de"
    assert cfg.hydra.sweeper.study_name == f"student_recipe_{model}_de"
    assert set(cfg.hydra.sweeper.params) == {f"student.{k}" for k in ("lr", "head_lr", "epochs", "warmup_ratio",
                                                                        "batch_size", "freeze_layers")}


@pytest.mark.parametrize("objective", ["source_dev", "target_test"])
def test_the_student_study_refuses_any_objective_but_the_target_dev_split(tmp_path, objective):
    conf = _stand_in_teacher(tmp_path)
    with pytest.raises(ConfigError, match=rf"objective='?{objective}'? is (refused|unknown).*target_dev"):
        check_command_line_targets(["-m", "hparams_search=student_recipe", "model=tiny", f"objective={objective}",
                                    f"hydra.searchpath=[file://{conf}]"])


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_a_student_study_reuses_the_searched_teacher_and_is_written_as_a_student_config(recipe_study):
    """After the teacher study: its best recipe as teacher=searched/tiny; a 2-trial student study on German dev
    takes that very teacher (and its soft labels) from the store in every trial, trains only students, scores each
    on the dev split (never the test), and bench/search_recipe.py writes student=searched/tiny from it."""
    tmp, _, _ = recipe_study
    write_searched_recipe(tmp / "outputs" / "multirun" / "hparams" / "teacher_recipe" / "tiny", tmp / "conf",
                          tmp / "results", dt.date(2026, 1, 2))
    cell = [a for a in STUDENT_SEARCH if not a.startswith("teacher.")]  # the teacher is the searched config's
    _finish(_xlt_run([*cell, "hydra.sweeper.n_trials=2", f"hydra.searchpath=[file://{tmp / 'conf'}]"], tmp))
    sweep = tmp / "outputs" / "multirun" / "hparams" / "student_recipe" / "tiny" / "de"
    cells = _cells(sweep)
    assert len(cells) == 2 and all(m["status"] == "complete" and m["lang"] == "de" for m in cells.values())
    assert all(m["artifacts"]["teacher"]["reused"] for m in cells.values())  # the teacher study's stored teacher
    assert {t["values"][0] for t in _study(sweep)} == {m["student"]["dev"]["f1"] for m in cells.values()}
    for m in cells.values():  # until=student_dev: the dev split is the only target set scored, at either stage
        assert set(m["zero_shot"]) == set(m["student"]) == {"dev"}, (m["zero_shot"].keys(), m["student"].keys())
        assert [k for k in m if k.startswith("gain_over")] == ["gain_over_zero_shot_dev"]
        assert not {"agreement", "student_on_unlabeled"} & set(m["diagnostics"])  # nor the student's diagnostics
        assert "target_natural" not in m["sizes"]  # the further test sets are not even read

    config, table = write_searched_recipe(sweep, tmp / "conf", tmp / "results", dt.date(2026, 1, 3))
    assert (config, table) == (tmp / "conf" / "student" / "searched" / "tiny.yaml",
                               tmp / "results" / "search_tiny" / "student_trials.csv")
    assert all("#" in line for line in config.read_text().splitlines())  # every line commented
    text = _comment(config.read_text())
    for named in ("student's recipe", "study student_recipe_tiny_de", "hparams_search=student_recipe",
                  "objective target_dev", "declared de dev split", "with teacher=searched/tiny",
                  "the 2 complete trials", "Written 2026-01-03"):
        assert named in text, named
    best_cell = max(cells.values(), key=lambda m: m["student"]["dev"]["f1"])
    assert f"(its teacher zero-shot there: {100 * best_cell['zero_shot']['dev']['f1']:.2f})" in text
    best = max(_study(sweep), key=lambda t: t["values"][0])
    cfg = _compose(["model=tiny", "student=searched/tiny", f"hydra.searchpath=[file://{tmp / 'conf'}]"])
    assert {k: cfg.student[k.removeprefix("student.")] for k in best["params"]} == best["params"]
    assert cfg.student.init == "teacher" and cfg.student.seed == cfg.seed


@pytest.mark.parametrize("config", sorted(CONFIG_DIR.glob("*/searched/*.yaml")), ids=lambda p: f"{p.parent.parent.name}"
                         f"/{p.stem}")
def test_every_committed_searched_config_is_its_studys_best_trial(config):
    """conf/<stage>/searched/<model>.yaml as the study wrote it: every line commented, the trials table its comment
    names exists, and the config's searched values are that table's best complete trial, the best value in it."""
    stage, model = config.parent.parent.name, config.stem
    text = config.read_text()
    assert all("#" in line for line in text.splitlines())
    comment = _comment(text)
    table = re.search(r"every trial: (\S+\.csv)", comment).group(1)
    assert table == f"bench/results/search_{model}/{stage}_trials.csv"
    with open(ROOT / table, newline="") as f:
        rows = list(csv.DictReader(f))
    (best,) = [r for r in rows if r["best"] == "True"]
    assert float(best["value"]) == max(float(r["value"]) for r in rows if r["state"] == "COMPLETE")
    assert f"trial {best['trial']}, {100 * float(best['value']):.2f} F1" in comment
    cfg = _compose([f"model={model}", f"{stage}=searched/{model}"])
    for name in (k for k in best if k.startswith(("teacher.", "student.", "data."))):
        section, _, key = name.partition(".")
        want = yaml.safe_load(best[name])
        assert cfg[section][key] == want, name

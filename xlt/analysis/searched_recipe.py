"""A finished teacher recipe study (hparams_search=teacher_recipe) as a config a cell selects,
`teacher=searched/<model>`, and its trials as a table.

The config is the best trial's whole `teacher` node as the trial composed it (`seed: ${seed}` included), plus every
searched value outside it (`data.label_position` for decoders): a cell that selects it trains the trial's very
teacher, so with the same data, seed and thread count it is the trial's stored teacher, reused. Its opening comment
names the study, its objective, its budget (complete trials), its sampler seed and the date it was written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from xlt.config import CONFIG_DIR
from xlt.errors import ConfigError
from xlt.experiment.study_storage import STUDY_FILE, StudyFile
from xlt.io import atomic_write_text

if TYPE_CHECKING:
    import optuna
    from optuna.trial import FrozenTrial

RESULTS_DIR = CONFIG_DIR.parent / "bench" / "results"  # bench/results/search_<model>/trials.csv


def open_study(sweep_dir: Path) -> optuna.Study:
    """The one study a search's sweep directory holds (its study.json)."""
    import optuna

    if not (sweep_dir / STUDY_FILE).is_file():
        raise ConfigError(f"{sweep_dir} holds no {STUDY_FILE}: give the sweep directory of a finished study "
                          "(outputs/multirun/hparams/teacher_recipe/<model> after python -m xlt.run -m "
                          "hparams_search=teacher_recipe model=<model>)")
    storage = StudyFile(sweep_dir)
    (summary,) = storage.get_all_study_summaries()  # one study per sweep directory (the search's storage)
    return optuna.load_study(study_name=summary.study_name, storage=storage)


def trial_cell(sweep_dir: Path, trial: FrozenTrial) -> Path:
    """The cell directory of a trial: the one whose command-line overrides hold its searched values (the sweeper
    passes each as `<name>=<value>`)."""
    wanted = {f"{name}={value}" for name, value in trial.params.items()}
    for overrides in sorted(sweep_dir.glob("**/.hydra/overrides.yaml")):
        if wanted <= set(yaml.safe_load(overrides.read_text(encoding="utf-8"))):
            return overrides.parent.parent
    raise ConfigError(f"no cell of trial {trial.number} ({', '.join(sorted(wanted))}) under {sweep_dir}: its "
                      "directory was moved or deleted; rerun the study's command to redo it")


def _scalar(value: Any) -> str:
    """A YAML scalar as it reads back to the same value (a float's shortest exact form)."""
    return yaml.safe_dump(value, default_flow_style=True, width=1_000).splitlines()[0]


def recipe_lines(teacher: dict[str, Any], searched: dict[str, Any]) -> list[str]:
    """The config's body: the trial's `teacher` node, and each searched value outside it under its section, every
    line saying whether the study searched it or held it fixed."""
    lines = [f"{'teacher:':<32} # the recipe (conf/teacher/tsl.yaml says what each field does)"]
    for key, value in teacher.items():
        how = "searched" if f"teacher.{key}" in searched else "fixed in the study"
        lines.append(f"  {f'{key}: {_scalar(value)}':<30} # {how}")
    outside: dict[str, dict[str, Any]] = {}
    for name, value in searched.items():
        section, _, key = name.rpartition(".")
        if section != "teacher":
            outside.setdefault(section, {})[key] = value
    for section, values in outside.items():
        lines.append(f"{f'{section}:':<32} # searched outside the teacher's node")
        lines += [f"  {f'{key}: {_scalar(value)}':<30} # searched" for key, value in values.items()]
    return lines


def header_lines(study: optuna.Study, best: FrozenTrial, cfg: dict[str, Any], sampler: dict[str, Any], table: Path,
                 when: dt.date) -> list[str]:
    """The opening comment: which study chose it, on what, with which budget and sampler seed, and when."""
    from optuna.trial import TrialState

    complete = len(study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,)))
    model, sampler_name = cfg["model"]["name"], sampler["_target_"].rpartition(".")[2]
    text = (f"The teacher's recipe searched for model={model} (select it: teacher=searched/{model}): the best of the "
            f"{complete} complete trials of Optuna study {study.study_name} (hparams_search=teacher_recipe, "
            f"{sampler_name} seed {sampler.get('seed')}), objective {cfg['objective']} on source {cfg['src']}: trial "
            f"{best.number}, {100 * best.value:.2f} F1. Written {when.isoformat()} by bench/search_recipe.py; every "
            f"trial: {table}")
    return ["# @package _global_", *textwrap.wrap(text, 118, initial_indent="# ", subsequent_indent="# ")]


def write_trials(study: optuna.Study, best: FrozenTrial, path: Path) -> Path:
    """Every trial of the study, one row each: its state, objective value, searched values and times."""
    names = sorted({name for trial in study.trials for name in trial.params})
    text = io.StringIO()
    out = csv.writer(text, lineterminator="\n")
    out.writerow(["trial", "state", "value", *names, "best", "started", "duration_s"])
    for t in study.trials:
        took = (t.datetime_complete - t.datetime_start).total_seconds() if t.datetime_complete else None
        out.writerow([t.number, t.state.name, t.value, *(t.params.get(n) for n in names), t.number == best.number,
                      t.datetime_start and t.datetime_start.isoformat(timespec="seconds"),
                      None if took is None else round(took, 1)])
    return atomic_write_text(path, text.getvalue())


def write_searched_recipe(sweep_dir: Path, conf_dir: Path = CONFIG_DIR, results_dir: Path = RESULTS_DIR,
                          when: dt.date | None = None) -> tuple[Path, Path]:
    """conf/teacher/searched/<model>.yaml from the study in `sweep_dir`, and its trials in
    <results_dir>/search_<model>/trials.csv; returns both paths."""
    study = open_study(sweep_dir)
    best = study.best_trial
    cell = trial_cell(sweep_dir, best)
    saved = lambda name: yaml.safe_load((cell / ".hydra" / name).read_text(encoding="utf-8"))  # noqa: E731
    cfg = saved("config.yaml")  # as the trial composed it: `${seed}` kept
    sampler = saved("hydra.yaml")["hydra"]["sweeper"]["sampler"]
    model = cfg["model"]["name"]
    table = write_trials(study, best, results_dir / f"search_{model}" / "trials.csv")
    shown = table.relative_to(CONFIG_DIR.parent) if table.is_relative_to(CONFIG_DIR.parent) else table
    lines = [*header_lines(study, best, cfg, sampler, shown, when or dt.date.today()),
             *recipe_lines(cfg["teacher"], best.params)]
    target = atomic_write_text(conf_dir / "teacher" / "searched" / f"{model}.yaml", "\n".join(lines) + "\n")
    return target, table

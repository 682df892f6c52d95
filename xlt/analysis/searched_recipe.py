"""A finished recipe study (hparams_search=teacher_recipe or student_recipe) as a config a cell selects,
`teacher=searched/<model>` or `student=searched/<model>`, and its trials as a table.

The config is the best trial's whole stage node (`teacher` or `student`) as the trial composed it (`seed: ${seed}`
included), plus every searched value outside it (`data.label_position` for decoders): a cell that selects it trains
the trial's very teacher (student), so with the same data, seed and thread count it is the trial's stored one,
reused. Its opening comment names the study, its objective and the split it was scored on, its budget (complete
trials), its sampler seed and the date it was written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
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

RESULTS_DIR = CONFIG_DIR.parent / "bench" / "results"  # bench/results/search_<model>/<stage>_trials.csv
STUDIES = {"teacher_recipe": "teacher", "student_recipe": "student"}  # hparams_search=<study> -> the stage it searches


def open_study(sweep_dir: Path) -> optuna.Study:
    """The one study a search's sweep directory holds (its study.json)."""
    import optuna

    if not (sweep_dir / STUDY_FILE).is_file():
        raise ConfigError(f"{sweep_dir} holds no {STUDY_FILE}: give the sweep directory of a finished study "
                          "(outputs/multirun/hparams/teacher_recipe/<model> after python -m xlt.run -m "
                          "hparams_search=teacher_recipe model=<model>; student_recipe/<model>/<lang> for the "
                          "student's)")
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


def recipe_lines(stage: str, node: dict[str, Any], searched: dict[str, Any]) -> list[str]:
    """The config's body: the trial's `stage` node, and each searched value outside it under its section, every
    line saying whether the study searched it or held it fixed."""
    lines = [f"{f'{stage}:':<32} # the recipe (conf/{stage}/tsl.yaml says what each field does)"]
    for key, value in node.items():
        how = "searched" if f"{stage}.{key}" in searched else "fixed in the study"
        lines.append(f"  {f'{key}: {_scalar(value)}':<30} # {how}")
    outside: dict[str, dict[str, Any]] = {}
    for name, value in searched.items():
        section, _, key = name.rpartition(".")
        if section != stage:
            outside.setdefault(section, {})[key] = value
    for section, values in outside.items():
        lines.append(f"{f'{section}:':<32} # searched outside the {stage}'s node")
        lines += [f"  {f'{key}: {_scalar(value)}':<30} # searched" for key, value in values.items()]
    return lines


def scored_on(cfg: dict[str, Any]) -> str:
    """The split a study's objective scored, in words: source dev, or the named target's declared dev split."""
    if cfg["objective"] == "source_dev":
        return f"source {cfg['src']} dev"
    return f"the declared {cfg['lang']['code']} dev split of benchmark {cfg['benchmark']['name']} (not its test)"


def header_lines(name: str, study: optuna.Study, best: FrozenTrial, cfg: dict[str, Any], hydra: dict[str, Any],
                 table: Path, when: dt.date, zero_shot: float | None = None) -> list[str]:
    """The opening comment: which study chose it, on what, with which budget, sampler seed and teacher, and when;
    for a student, its teacher's zero-shot F1 on the same split (`zero_shot`, 0-1), the scale of the trial's value."""
    from optuna.trial import TrialState

    stage, choices, sampler = STUDIES[name], hydra["runtime"]["choices"], hydra["sweeper"]["sampler"]
    complete = len(study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,)))
    model, sampler_name = cfg["model"]["name"], sampler["_target_"].rpartition(".")[2]
    teacher = f", with teacher={choices.get('teacher')}" if stage == "student" else ""
    scale = "" if zero_shot is None else f" (its teacher zero-shot there: {100 * zero_shot:.2f})"
    text = (f"The {stage}'s recipe searched for model={model} (select it: {stage}=searched/{model}): the best of the "
            f"{complete} complete trials of Optuna study {study.study_name} (hparams_search={name}, "
            f"{sampler_name} seed {sampler.get('seed')}{teacher}), objective {cfg['objective']} on {scored_on(cfg)}: "
            f"trial {best.number}, {100 * best.value:.2f} F1{scale}. Written {when.isoformat()} by "
            f"bench/search_recipe.py; every trial: {table}")
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
    """conf/<stage>/searched/<model>.yaml from the study in `sweep_dir` (the stage its hparams_search choice searches:
    STUDIES), and its trials in <results_dir>/search_<model>/<stage>_trials.csv; returns both paths."""
    study = open_study(sweep_dir)
    best = study.best_trial
    cell = trial_cell(sweep_dir, best)
    saved = lambda name: yaml.safe_load((cell / ".hydra" / name).read_text(encoding="utf-8"))  # noqa: E731
    cfg = saved("config.yaml")  # as the trial composed it: `${seed}` kept
    hydra = saved("hydra.yaml")["hydra"]
    model, name = cfg["model"]["name"], hydra["runtime"]["choices"].get("hparams_search")
    if name not in STUDIES:
        raise ConfigError(f"the study in {sweep_dir} is hparams_search={name}: a config is written from a recipe "
                          f"study only ({', '.join(f'hparams_search={s}' for s in STUDIES)})")
    stage = STUDIES[name]
    table = write_trials(study, best, results_dir / f"search_{model}" / f"{stage}_trials.csv")
    shown = table.relative_to(CONFIG_DIR.parent) if table.is_relative_to(CONFIG_DIR.parent) else table
    metrics = json.loads((cell / "metrics.json").read_text(encoding="utf-8")) if stage == "student" else {}
    zero_shot = metrics.get("zero_shot", {}).get("dev", {}).get("f1")  # the teacher on the student's objective split
    lines = [*header_lines(name, study, best, cfg, hydra, shown, when or dt.date.today(), zero_shot),
             *recipe_lines(stage, cfg[stage], best.params)]
    target = atomic_write_text(conf_dir / stage / "searched" / f"{model}.yaml", "\n".join(lines) + "\n")
    return target, table

"""An Optuna study kept in its sweep directory (`<sweep>/study.json`), so that a killed or shorter search continues.

Optuna's own sqlite storage cannot serve: optuna 2.10 (the last release hydra-optuna-sweeper 1.2 accepts) predates
SQLAlchemy 2, which the lock holds (alembic 1.20 needs it), and its RDB storage fails on it at the first
connection. `StudyFile` is Optuna's in-memory storage that rewrites the file, atomically, after every change and
reads it back when it is opened: `hydra.sweeper.storage` names it (conf/hparams_search/teacher_recipe.yaml), and
hydra_plugins.xlt_sweeper.resumable_optuna continues the study it holds.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import json
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import optuna
from optuna.distributions import distribution_to_json, json_to_distribution
from optuna.storages import InMemoryStorage
from optuna.study import StudyDirection
from optuna.trial import FrozenTrial, TrialState

from xlt.io import atomic_write_text

log = logging.getLogger(__name__)

STUDY_FILE = "study.json"  # in the sweep directory, beside the trials' cell directories
FORMAT = 1  # the file's layout


def trial_record(trial: FrozenTrial) -> dict[str, Any]:
    """A trial as plain JSON: its state, values, parameters with their distributions, attributes and times."""
    when = lambda t: None if t is None else t.isoformat()  # noqa: E731
    return {"number": trial.number, "state": trial.state.name, "values": trial.values, "params": trial.params,
            "distributions": {k: json.loads(distribution_to_json(d)) for k, d in trial.distributions.items()},
            "user_attrs": trial.user_attrs, "system_attrs": trial.system_attrs,
            "intermediate_values": {str(k): v for k, v in trial.intermediate_values.items()},
            "datetime_start": when(trial.datetime_start), "datetime_complete": when(trial.datetime_complete)}


def frozen_trial(record: dict[str, Any]) -> FrozenTrial:
    """The trial a `trial_record` describes (its number and id are given anew by the storage it is added to)."""
    when = lambda t: None if t is None else datetime.datetime.fromisoformat(t)  # noqa: E731
    values = record["values"]
    return FrozenTrial(
        number=record["number"], state=TrialState[record["state"]], value=None, values=values,
        datetime_start=when(record["datetime_start"]), datetime_complete=when(record["datetime_complete"]),
        params=record["params"], user_attrs=record["user_attrs"], system_attrs=record["system_attrs"],
        distributions={k: json_to_distribution(json.dumps(d)) for k, d in record["distributions"].items()},
        intermediate_values={int(k): v for k, v in record["intermediate_values"].items()}, trial_id=-1)


class StudyFile(InMemoryStorage):
    """Optuna's in-memory storage, written to `<sweep_dir>/study.json` after every change and read back on opening."""

    def __init__(self, sweep_dir: str | os.PathLike) -> None:
        super().__init__()
        self.path = Path(sweep_dir) / STUDY_FILE
        if self.path.is_file():
            with _quiet_optuna():  # not "A new study created in memory" for each study read back
                self._load(json.loads(self.path.read_text(encoding="utf-8")))

    def __repr__(self) -> str:  # the sweeper's "Storage:" log line
        return f"{type(self).__name__}({str(self.path)!r})"

    def _load(self, saved: dict[str, Any]) -> None:
        for study in saved["studies"]:  # through the in-memory storage's own methods: nothing is rewritten
            study_id = InMemoryStorage.create_new_study(self, study["name"])
            InMemoryStorage.set_study_directions(self, study_id, [StudyDirection[d] for d in study["directions"]])
            for key, value in study["user_attrs"].items():
                InMemoryStorage.set_study_user_attr(self, study_id, key, value)
            for key, value in study["system_attrs"].items():
                InMemoryStorage.set_study_system_attr(self, study_id, key, value)
            for trial in study["trials"]:
                InMemoryStorage.create_new_trial(self, study_id, template_trial=frozen_trial(trial))

    def create_new_study(self, study_name: str | None = None) -> int:
        with _quiet_optuna():  # optuna would say "in memory"
            study_id = InMemoryStorage.create_new_study(self, study_name)
        self.save()
        log.info("A new study %s in %s", self.get_study_name_from_id(study_id), self.path)
        return study_id

    def save(self) -> None:
        studies = [{"name": self.get_study_name_from_id(study_id),
                    "directions": [d.name for d in self.get_study_directions(study_id)],
                    "user_attrs": self.get_study_user_attrs(study_id),
                    "system_attrs": self.get_study_system_attrs(study_id),
                    "trials": [trial_record(t) for t in self.get_all_trials(study_id, deepcopy=False)]}
                   for study_id in list(self._studies)]
        atomic_write_text(self.path, json.dumps({"format": FORMAT, "studies": studies}, indent=1) + "\n")


@contextlib.contextmanager
def _quiet_optuna() -> Iterator[None]:
    verbosity = optuna.logging.get_verbosity()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    try:
        yield
    finally:
        optuna.logging.set_verbosity(verbosity)


def _saving(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def changed(self: StudyFile, *args: Any, **kwargs: Any) -> Any:
        out = method(self, *args, **kwargs)
        self.save()
        return out

    return changed


# every method of the storage that changes a study: each one is followed by a rewrite of the file
for _name in ("delete_study", "set_study_directions", "set_study_user_attr",
              "set_study_system_attr", "create_new_trial", "set_trial_state", "set_trial_param", "set_trial_values",
              "set_trial_intermediate_value", "set_trial_user_attr", "set_trial_system_attr"):
    setattr(StudyFile, _name, _saving(getattr(InMemoryStorage, _name)))

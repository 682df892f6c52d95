"""The sweeper of `hparams_search=teacher_recipe` and `student_recipe`: Hydra's Optuna sweeper, resumable. Its
`n_trials` is the study's total of complete trials, so a rerun on the same storage (xlt.experiment.study_storage:
the sweep directory's study.json) runs only the trials the study still lacks instead of starting over. Optuna is
imported only when a study runs: Hydra imports every plugin module to discover it, at the start of every command."""

from __future__ import annotations

import logging
import warnings
from typing import TYPE_CHECKING, Any

from hydra_plugins.hydra_optuna_sweeper.optuna_sweeper import OptunaSweeper
from omegaconf import DictConfig

from xlt.targets import instantiate

if TYPE_CHECKING:
    import optuna

log = logging.getLogger(__name__)


def stored_study(name: str | None, storage: Any) -> optuna.Study | None:
    """The study `name` as `storage` holds it from an earlier run, or None (a new study, or one kept in memory)."""
    import optuna

    if storage is None:
        return None
    try:
        return optuna.load_study(study_name=name, storage=storage)
    except KeyError:  # optuna's "Record does not exist": the first run of this study
        return None


def requeue_killed(study: optuna.Study) -> int:
    """A trial still `running` in the storage was killed with its sweep (one process runs a study at a time): it is
    marked failed and its values are queued to run first, so its cell resumes what it had finished. Returns how
    many."""
    import optuna
    from optuna.trial import TrialState

    killed = study.get_trials(deepcopy=False, states=(TrialState.RUNNING,))
    for trial in killed:
        study.tell(trial.number, state=TrialState.FAIL)
        if trial.params:  # killed before its values were drawn: nothing to rerun
            with warnings.catch_warnings():
                # experimental in the pinned optuna 2.10 (stable since 3.0); tests/test_search.py runs it
                warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
                study.enqueue_trial(trial.params)
    return len(killed)


def reseeded_sampler(sampler_cfg: DictConfig, drawn: int) -> Any:
    """The configured sampler seeded with its seed plus the trials the study already drew: a continued study never
    repeats the draws of its first run (the same seed would restart TPE's random start-up sequence)."""
    return instantiate(sampler_cfg, "hydra.sweeper.sampler", seed=int(sampler_cfg.seed) + drawn)


class ResumableOptunaSweeper(OptunaSweeper):
    """Hydra's Optuna sweeper that continues the study its storage holds: killed trials rerun first, only the missing
    complete trials are drawn, with a sampler seeded past the draws already made."""

    def sweep(self, arguments: list[str]) -> None:
        from optuna.trial import TrialState

        impl = self.sweeper
        study = stored_study(impl.study_name, impl.storage)
        if study is not None:
            killed = requeue_killed(study)
            complete = len(study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,)))
            if impl.config.hydra.sweeper.sampler.get("seed") is not None:
                impl.sampler = reseeded_sampler(impl.config.hydra.sweeper.sampler, len(study.trials))
            log.info(f"Continuing study {impl.study_name}: {complete} of {impl.n_trials} trials complete, "
                     f"{killed} killed trial(s) queued to rerun first")
            impl.n_trials = max(0, impl.n_trials - complete)
        return impl.sweep(arguments)

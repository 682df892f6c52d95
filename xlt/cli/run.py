"""`python -m xlt.run [overrides]`: one transfer cell; `-m` sweeps the matrix. Returns the `objective` (source dev
F1, or the student's F1 on a declared target dev split) to a sweeper that optimises: never a test score."""

from __future__ import annotations

import os
import sys
from typing import Any

import hydra
from hydra.core.hydra_config import HydraConfig
from hydra.types import RunMode
from omegaconf import DictConfig, OmegaConf

from xlt.cli.errors import fail, run_cli
from xlt.config import CONFIG_DIR, TRAINS_STUDENT
from xlt.console import quiet
from xlt.errors import ConfigError
from xlt.experiment.cell import train
from xlt.experiment.identity import register_resolvers
from xlt.experiment.record import one_line, summary_lines
from xlt.targets import check_targets

# conf/'s names of a run (`${xlt.run_name:}`, a sweep cell's `${xlt.cell_dir:...}`): before Hydra composes the
# config, and in every worker of a sweep (it imports this module for the job's function)
register_resolvers()


def run_cell(cfg: DictConfig) -> dict[str, Any]:
    """`train(cfg)`, turning user-fixable failures into one line; whatever finished stays on disk."""
    return run_cli(train, cfg, kept=f"Kept: {cfg.paths.output_dir}/metrics.json (the stages finished so far) and "
                   "every complete artifact in the store; rerun with hydra.run.dir="
                   f"{cfg.paths.output_dir} (or the same sweep_name) to resume.")


def check_launcher_or_exit(cfg: DictConfig) -> None:
    try:
        check_launcher(cfg)
    except ConfigError as err:
        fail(str(err))


def check_launcher(cfg: DictConfig) -> None:
    """Lightning's DDP starts one process per device by re-running the command (with the job's saved config);
    inside a joblib worker there is no command to re-run, so the combination cannot work."""
    hc = HydraConfig.get()
    strategy = str(cfg.trainer.get("strategy", "auto"))
    if hc.mode == RunMode.MULTIRUN and "ddp" in strategy and "joblib" in str(hc.launcher.get("_target_", "")).lower():
        raise ConfigError(
            f"trainer.strategy={strategy} cannot run inside hydra/launcher=joblib workers: use the basic launcher "
            "(sequential cells, each with all GPUs), or hydra/launcher=submitit_slurm with "
            "hydra.launcher.tasks_per_node=<GPUs> (SLURM starts the ranks), or trainer=gpu with joblib"
        )


OBJECTIVES = ("source_dev", "target_dev")


def check_objective(cfg: DictConfig) -> None:
    """Before any training: the objective exists and its data does (zero-resource: no target test objective)."""
    name = str(cfg.objective)
    if name not in OBJECTIVES:
        raise ConfigError(f"objective={name!r} is unknown; valid: {', '.join(OBJECTIVES)} (a target test score is "
                          "never an objective: nothing may be chosen on the test)")
    if name == "target_dev" and not cfg.benchmark.get("dev"):
        raise ConfigError("objective=target_dev needs a benchmark that declares a dev split disjoint from its test "
                          "(benchmark.dev, as benchmark=synth does); otherwise use objective=source_dev")
    allowed = OmegaConf.select(cfg, "hparams_search.objectives")
    if allowed is not None and name not in allowed:  # a study that may only be scored on some (conf/hparams_search/)
        raise ConfigError(f"objective={name} is refused by this study: it chooses on {', '.join(allowed)} only "
                          f"(hparams_search.objectives: a teacher's recipe is never chosen on a target set; a "
                          f"student's only on the target's declared dev split): drop the override or use "
                          f"objective={allowed[0]}")
    if name == "target_dev" and str(cfg.until) not in TRAINS_STUDENT:
        raise ConfigError(f"objective=target_dev scores the student, but until={cfg.until} trains none: use "
                          "until=student_dev (dev scores only, as hparams_search=student_recipe) or "
                          "objective=source_dev")


def objective_value(cfg: DictConfig, metrics: dict[str, Any]) -> float:
    """The number a sweeper maximises: the teacher's source dev F1, or the student's F1 on the target dev split."""
    if str(cfg.objective) == "target_dev":
        return float(metrics["student"]["dev"]["f1"])
    return float(metrics["source_dev"]["f1"])


def check_command_line_targets(argv: list[str]) -> None:
    """Compose the config the command line asks for, as Hydra will, and check its every `_target_` (Hydra's
    callbacks, sweeper and sampler included) against the allow-list (xlt.targets): Hydra builds its callbacks
    before any job starts, so a job's own check would come too late for them; and its objective
    (`check_objective`), before an Optuna sweeper opens its study. A sweep's per-job values are checked again by
    each job (xlt.config.validate)."""
    from hydra._internal.hydra import Hydra
    from hydra._internal.utils import create_config_search_path, get_args_parser
    from hydra.core.global_hydra import GlobalHydra

    args, _ = get_args_parser().parse_known_args(argv)
    if args.help or args.hydra_help or args.shell_completion or args.info or args.cfg:
        return  # nothing is built
    search_path = create_config_search_path(str(CONFIG_DIR))
    if args.config_dir:
        search_path.prepend("command-line", f"file://{os.path.abspath(args.config_dir)}")
    hydra_app = Hydra.create_main_hydra2(task_name="xlt", config_search_path=search_path)
    try:
        cfg = hydra_app.compose_config(args.config_name or "config", args.overrides,
                                       run_mode=RunMode.MULTIRUN if args.multirun else RunMode.RUN)
    except Exception:  # noqa: BLE001 - an override Hydra rejects: Hydra itself reports it, as it always did
        return
    finally:
        GlobalHydra.instance().clear()
    check_targets(cfg)
    check_objective(cfg)  # before a sweeper opens a study: a refused objective leaves nothing behind


def main() -> Any:
    """`xlt-run` / `python -m xlt.run`: the allow-list checked first (one line and exit 2 if it refuses), then
    Hydra's command line."""
    quiet()
    try:
        check_command_line_targets(sys.argv[1:])
    except ConfigError as err:
        fail(str(err))
    return hydra_main()


@hydra.main(version_base="1.3", config_path=str(CONFIG_DIR), config_name="config")
def hydra_main(cfg: DictConfig) -> float:
    """Hydra entry point: runs `train(cfg)`, prints the cell's summary, returns the objective (never a test F1)."""
    quiet()  # again: a joblib worker is a process of its own
    check_launcher_or_exit(cfg)
    try:
        check_objective(cfg)
    except ConfigError as err:
        fail(str(err))
    metrics = run_cell(cfg)
    if HydraConfig.get().mode == RunMode.MULTIRUN:
        print(one_line(metrics), flush=True)  # one line per cell: sweep logs stay readable
    else:
        for line in summary_lines(metrics):
            print(line)
    return objective_value(cfg, metrics)


if __name__ == "__main__":
    main()

"""conf/callbacks/: the Lightning callbacks of a stage as `_target_` entries. Every option builds, always keeps the
resume point (last.ckpt), and a bad entry is a ConfigError naming it; on a tiny fit the learning-rate monitor
and TensorBoard (logger=tensorboard) write into the run directory."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytorch_lightning.callbacks import LearningRateMonitor, ModelCheckpoint, RichProgressBar

from xlt.config import options, validate
from xlt.errors import ConfigError
from xlt.training.callbacks import PlainProgress, saves_resume_point
from xlt.training.fit import configured_callbacks


@pytest.mark.parametrize("option", options("callbacks"))
def test_every_option_builds_and_keeps_the_resume_point(make_cfg, tmp_path, option):
    cfg = make_cfg([f"callbacks={option}", "checkpoint.every_n_steps=7"])
    validate(cfg)
    built = configured_callbacks(cfg, "teacher", tmp_path / "ckpt", logged=True)
    last = [c for c in built if saves_resume_point(c, tmp_path / "ckpt")]
    assert len(last) == 1 and last[0]._every_n_train_steps == 7 and last[0].monitor is None
    assert not any(isinstance(c, ModelCheckpoint) and c.monitor for c in built)  # selection is fit's, not an option


def test_the_default_monitors_the_learning_rate_only_with_a_logger(make_cfg, tmp_path):
    cfg = make_cfg([])
    kinds = lambda logged: {type(c) for c in configured_callbacks(cfg, "student", tmp_path, logged)}  # noqa: E731
    assert LearningRateMonitor in kinds(True) and LearningRateMonitor not in kinds(False)
    assert {type(c) for c in configured_callbacks(make_cfg(["callbacks=none"]), "student", tmp_path, True)} == {
        ModelCheckpoint}


def test_progress_is_a_rich_bar_on_a_terminal_and_plain_lines_elsewhere(make_cfg, tmp_path):
    on_tty = configured_callbacks(make_cfg(["progress.bar=true"]), "teacher", tmp_path, False)
    elsewhere = configured_callbacks(make_cfg(["progress.bar=false", "progress.log_every_s=5"]), "teacher", tmp_path,
                                     False)
    assert any(isinstance(c, RichProgressBar) for c in on_tty)
    plain = [c for c in elsewhere if isinstance(c, PlainProgress)]
    assert len(plain) == 1 and plain[0].stage == "teacher" and plain[0].every_s == 5.0
    assert not any(isinstance(c, RichProgressBar) for c in elsewhere)


def test_without_the_resume_point_a_resuming_run_is_refused(make_cfg, tmp_path):
    cfg = make_cfg(["callbacks.resume_checkpoint=null"])
    with pytest.raises(ConfigError, match="callbacks.resume_checkpoint.*resume=false"):
        configured_callbacks(cfg, "teacher", tmp_path, logged=False)
    assert configured_callbacks(make_cfg(["callbacks.resume_checkpoint=null", "resume=false"]), "teacher", tmp_path,
                                logged=False)


@pytest.mark.parametrize("override, message", [
    ("+callbacks.mine={every_s: 3}", "callbacks.mine has no `_target_`"),
    ("+callbacks.mine={_target_: pytorch_lightning.loggers.CSVLogger, save_dir: .}",
     "callbacks.mine built a CSVLogger, not a Callback"),
    ("+callbacks.mine={_target_: xlt.no.such.Thing}", "callbacks.mine cannot be built"),
    ("+callbacks.mine={_target_: collections.OrderedDict}",
     r"callbacks.mine._target_='collections.OrderedDict' is not allowed"),
])
def test_a_bad_entry_is_an_error_naming_it(make_cfg, tmp_path, override, message):
    cfg = make_cfg([override])
    with pytest.raises(ConfigError, match=message):
        validate(cfg)
        configured_callbacks(cfg, "teacher", tmp_path, logged=False)


def test_a_stock_lightning_callback_is_one_entry(make_cfg, tmp_path):
    cfg = make_cfg(["+callbacks.timer={_target_: pytorch_lightning.callbacks.Timer, duration: '00:01:00:00'}"])
    from pytorch_lightning.callbacks import Timer

    assert any(isinstance(c, Timer) for c in configured_callbacks(cfg, "teacher", tmp_path, logged=False))


def test_a_tiny_fit_writes_tensorboard_events_and_learning_rates_into_the_run_directory(make_cfg, tmp_path):
    import pytorch_lightning as pl
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    from tests.conftest import CELL, TINY_FILES
    from xlt.config import to_dict
    from xlt.data.conll import read_conll
    from xlt.models.teacher import Teacher
    from xlt.training.fit import fit_stage
    from xlt.training.loggers import finish, make_loggers
    from xlt.training.stages import windows_for

    cfg = make_cfg(TINY_FILES + ["logger=[csv,tensorboard]", "teacher.epochs=1", "teacher.batch_size=2"])
    run_dir = tmp_path / "run"
    pl.seed_everything(0)
    teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), cfg.metric.mode, str(cfg.paths.cache_dir))
    loggers = make_loggers(cfg, "teacher", run_dir, {"model": "tiny"}, "tiny-run", "teacher-0")
    fit_stage(teacher, cfg, to_dict(cfg.teacher), windows_for(teacher, read_conll(CELL / "en.train.conll"), cfg),
              None, run_dir / "ckpt", loggers, run_dir)
    finish(loggers)
    events = list((run_dir / "tensorboard" / "teacher").glob("events.out.tfevents.*"))
    assert events, sorted(p.relative_to(run_dir) for p in run_dir.rglob("*"))
    scalars = EventAccumulator(str(events[0].parent)).Reload().Tags()["scalars"]
    assert "train/loss" in scalars and any(tag.startswith("lr-AdamW") for tag in scalars), scalars
    with (run_dir / "csv" / "teacher" / "metrics.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    lr = [float(r[k]) for r in rows for k in r if k.startswith("lr-AdamW") and r[k]]
    peak = max(float(cfg.teacher.lr), float(cfg.teacher.head_lr or cfg.teacher.lr))
    assert lr and all(0 <= v <= peak for v in lr)  # warm-up and decay: never above the recipe's peak rates
    assert Path(run_dir / "ckpt" / "last.ckpt").is_file()

"""The loggers of conf/logger/, built per stage: W&B offline without a key (never a hang or a prompt when the server
cannot be reached), its run id, names and tags; CSV and TensorBoard in the run directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from xlt.errors import ConfigError
from xlt.training.loggers import resolve_wandb_mode


@pytest.fixture
def no_wandb_env(monkeypatch, tmp_path):
    for var in ("WANDB_MODE", "WANDB_API_KEY", "WANDB_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.netrc with a key
    monkeypatch.setenv("NETRC", str(tmp_path / "netrc"))


def test_auto_without_a_key_is_offline(no_wandb_env):
    assert resolve_wandb_mode("auto") == "offline"


def test_a_key_but_an_unreachable_server_falls_back_to_offline(no_wandb_env, monkeypatch, caplog):
    monkeypatch.setenv("WANDB_API_KEY", "x" * 40)
    monkeypatch.setenv("WANDB_BASE_URL", "http://127.0.0.1:9")  # nothing listens on the discard port
    assert resolve_wandb_mode("auto") == "offline"
    assert resolve_wandb_mode("online") == "offline"
    assert "wandb sync" in caplog.text and "127.0.0.1:9" in caplog.text


def test_environment_wins_and_unknown_modes_are_refused(no_wandb_env, monkeypatch):
    monkeypatch.setenv("WANDB_MODE", "disabled")
    assert resolve_wandb_mode("auto") == "disabled"
    with pytest.raises(ConfigError, match="logger.wandb.mode='sometimes'"):
        resolve_wandb_mode("sometimes")


def test_wandb_config_is_the_resolved_config_flat_with_the_headline_choices(make_cfg):
    from xlt.experiment.identity import wandb_config

    cfg = make_cfg(["model=tiny", "lang=de", "distill=kl", "student.init=teacher"])
    config = wandb_config(cfg)
    assert (config["model"], config["lang"], config["distill"]) == ("tiny", "de", "kl")
    assert config["student.init"] == config["student_init"] == "teacher" and config["distill.temperature"] == 2.0
    assert config["seed"] == 42 and not any(isinstance(v, dict) for v in config.values())
    assert not any(key.startswith("hydra") for key in config)


def test_errors_table_lists_the_sentences_whose_entities_differ():
    from xlt.data.sentence import Sentence
    from xlt.experiment.record import errors_table

    right = Sentence(["Anna", "lives", "in", "Rome"], ["B-PER", "O", "O", "B-LOC"])
    wrong = Sentence(["New", "York", "Times"], ["B-ORG", "I-ORG", "I-ORG"])
    columns, rows = errors_table({"test": [right, wrong]},
                                 {"test": [list(right.tags), ["B-LOC", "I-LOC", "O"]]})
    assert columns == ["test_set", "sentence", "gold", "student"]
    assert rows == [["test", "New York Times", "ORG New York Times", "LOC New York"]]


@pytest.mark.parametrize("option, kinds", [("none", []), ("csv", ["CSVLogger"]), ("tensorboard", ["TensorBoardLogger"]),
                                           ("wandb", ["ConfigOnceWandbLogger"]),
                                           ("many", ["ConfigOnceWandbLogger", "CSVLogger"])])
def test_every_logger_option_builds_its_loggers_in_the_run_directory(make_cfg, tmp_path, option, kinds):
    from xlt.config import options
    from xlt.training.loggers import finish, make_loggers

    assert option in options("logger")
    loggers = make_loggers(make_cfg([f"logger={option}"]), "student", tmp_path, {"lang": "de"}, "cell/student",
                           "student-abc")
    try:
        assert [type(lg).__name__ for lg in loggers] == kinds
        folders = {"CSVLogger": "csv", "TensorBoardLogger": "tensorboard"}  # <run dir>/<name>/<stage>
        for lg in loggers:
            if type(lg).__name__ in folders:
                assert Path(lg.log_dir) == tmp_path / folders[type(lg).__name__] / "student"
    finally:
        finish(loggers)


def test_the_wandb_logger_keeps_its_stable_id_names_and_tags(make_cfg, tmp_path, capfd):
    """logger=wandb: the stage's W&B run resumes by id (`resume="allow"`), offline without a key, its job type the
    stage, its group the cell, its tags the cell's choices and the configured ones, its config the flat one. It
    opens without wandb's warning on the deprecated `anonymous` setting (Lightning passes it, as None)."""
    from xlt.experiment.identity import stage_labels
    from xlt.training.loggers import finish, make_loggers

    cfg = make_cfg(["logger=wandb", "lang=de", "logger.wandb.tags=[paper]"])
    labels = stage_labels(cfg, "student", "")
    (lg,) = make_loggers(cfg, "student", tmp_path, {"lang": "de", "seed": 42}, "cell/student", "student-abc",
                         labels.config, labels.group)
    try:
        init = lg._wandb_init
        assert (init["id"], init["resume"], init["name"], init["job_type"]) == ("student-abc", "allow", "cell/student",
                                                                                 "student")
        assert init["group"] == cfg.run_name and init["tags"] == ["lang:de", "seed:42", "paper"]
        assert lg._offline and init["dir"] == str(tmp_path) and init["config"]["lang"] == "de"
        assert "anonymous" not in init
    finally:
        finish([lg])
    assert "anonymous" not in capfd.readouterr().err


def test_a_stage_run_config_holds_what_determines_the_stage(make_cfg):
    """With the fields that determine a stage (xlt.experiment.identity), the run config holds them and the headline
    values of their sections only: the teacher's has no target language, loss or student, no stage's has what may
    differ between two segments of one run (directories, the time stamp sweep_name, logging)."""
    from xlt.experiment.identity import fields, wandb_config

    cfg = make_cfg(["model=tiny", "lang=de", "distill=kl", "sweep_name=2024-01-01_10-00-00"])
    teacher = wandb_config(cfg, fields(cfg, ("teacher",)))
    assert teacher["model"] == "tiny" and teacher["teacher.lr"] == cfg.teacher.lr and "model.name" in teacher
    cell_only = {"lang", "distill", "student", "student_init", "benchmark", "src"}
    assert not {key.split(".")[0] for key in teacher} & cell_only
    student = wandb_config(cfg, fields(cfg, ("teacher", "teacher_data", "cell")))
    headline = (student["lang"], student["distill"], student["benchmark"], student["source"])
    assert headline == ("de", "kl", "synth", "synth")
    assert student["distill.temperature"] == 2.0 and student["src"] == "en" and student["teacher.lr"] == cfg.teacher.lr
    for config in (teacher, student):
        assert not {key.split(".")[0] for key in config} & {"sweep_name", "paths", "run_name", "logger", "progress"}


def test_a_disabled_wandb_logger_opens_no_run(make_cfg, tmp_path, monkeypatch):
    from xlt.training.loggers import make_loggers

    monkeypatch.setenv("WANDB_MODE", "disabled")
    loggers = make_loggers(make_cfg(["logger=many"]), "teacher", tmp_path, {}, "t", "teacher-1")
    assert [type(lg).__name__ for lg in loggers] == ["CSVLogger"] and not (tmp_path / "wandb").exists()

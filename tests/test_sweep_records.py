"""Carrying a sweep's finished cells between machines (xlt.experiment.sweep_records, `python -m xlt.sweep`): what a
record holds, what is left out, and what it never overwrites. The whole round trip through a real sweep, its skip
on rerun and its report: tests/test_sweep.py::test_complete_cells_carried_to_a_fresh_machine_are_skipped_there_..."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from xlt.cli.sweep import main
from xlt.errors import ConfigError, DataError
from xlt.experiment.sweep_records import export_records, import_records


def _cell(run: Path, status: str = "complete", identity: str = "abc", f1: float = 0.5, student: bool = True) -> Path:
    """A cell folder as a sweep leaves it: its record, plus the teacher's link into the store and (once a student
    trained) the student's checkpoints, which a record never carries."""
    (run / ".hydra").mkdir(parents=True)
    (run / "predictions").mkdir()
    (run / "checkpoints").mkdir()
    (run / "metrics.json").write_text(json.dumps({
        "status": status, "config_identity": identity, "lang": "de", "source_dev": {"f1": 0.9},
        "zero_shot": {"f1": 0.4}, "student": {"f1": f1} if student else None, "timings_s": {"cell": 10.0}}))
    (run / "config.yaml").write_text("seed: 1\n")
    (run / "run.log").write_text("log\n")
    (run / ".hydra" / "overrides.yaml").write_text("- lang=de\n")
    (run / "predictions" / "student.de.test.conll").write_text("Berlin B-LOC B-LOC\n")
    (run / "checkpoints" / "teacher.ckpt").write_bytes(b"a link into the store")
    if student:
        (run / "checkpoints" / "student").mkdir()
        (run / "checkpoints" / "student" / "last.ckpt").write_bytes(b"weights")
    return run


def test_an_export_holds_the_complete_cells_records_and_no_weights(tmp_path):
    sweep, dest = tmp_path / "sweep", tmp_path / "dest"
    _cell(sweep / "lang=de" / "seed=1")
    _cell(sweep / "lang=de" / "seed=2", status="running")
    _cell(sweep / "lang=de" / "seed=3", status="failed")
    done = export_records(sweep, dest)
    assert done.copied == ["lang=de/seed=1"]
    assert done.left_out == ["lang=de/seed=2 (running)", "lang=de/seed=3 (failed)"]
    files = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
    assert files == [f"lang=de/seed=1/{f}" for f in (".hydra/overrides.yaml", "config.yaml", "metrics.json",
                                                     "predictions/student.de.test.conll", "run.log")]
    again = export_records(sweep, dest)  # idempotent
    assert again.copied == [] and again.unchanged == ["lang=de/seed=1"]


def test_an_import_fills_a_fresh_sweep_and_never_overwrites_another_configs_cell(tmp_path):
    carried, sweep = tmp_path / "carried", tmp_path / "sweep"
    _cell(carried / "lang=de" / "seed=1")
    assert import_records(carried, sweep).copied == ["lang=de/seed=1"]
    assert json.loads((sweep / "lang=de/seed=1/metrics.json").read_text())["status"] == "complete"
    assert not (sweep / "lang=de/seed=1/checkpoints").exists()

    other = tmp_path / "other"
    _cell(other / "lang=de" / "seed=1", identity="xyz")
    with pytest.raises(ConfigError, match="another config .*identity abc.* has xyz"):
        import_records(other, sweep)
    rescored = tmp_path / "rescored"
    _cell(rescored / "lang=de" / "seed=1", f1=0.6)
    with pytest.raises(ConfigError, match="same config with other results"):
        import_records(rescored, sweep)
    assert json.loads((sweep / "lang=de/seed=1/metrics.json").read_text())["student"]["f1"] == 0.5


def test_an_unfinished_run_is_completed_by_its_carried_record_unless_it_trained_a_student_of_its_own(tmp_path):
    carried, sweep = tmp_path / "carried", tmp_path / "sweep"
    _cell(carried / "lang=de" / "seed=1")
    _cell(sweep / "lang=de" / "seed=1", status="running")  # killed here mid-training; another machine finished it
    with pytest.raises(ConfigError, match="trained a student of its own .*delete .*student to take the record"):
        import_records(carried, sweep)  # its half-trained student is not the one the record scores
    shutil.rmtree(sweep / "lang=de" / "seed=1" / "checkpoints" / "student")
    assert import_records(carried, sweep).copied == ["lang=de/seed=1"]
    assert json.loads((sweep / "lang=de/seed=1/metrics.json").read_text())["status"] == "complete"
    # killed before its student trained (only the teacher's link there): the record completes it at once
    _cell(carried / "lang=de" / "seed=2")
    _cell(sweep / "lang=de" / "seed=2", status="failed", student=False)
    assert import_records(carried, sweep).copied == ["lang=de/seed=2"]


def test_a_complete_cell_with_the_same_results_is_left_as_it_is_and_one_with_other_results_refused(tmp_path):
    """Its own files stay (a kept student, its timings and machine): the record's metrics.json would say
    otherwise. Results are every score, the source dev scores included (a recipe study's trial has no other)."""
    carried, sweep = tmp_path / "carried", tmp_path / "sweep"
    _cell(carried / "lang=de" / "seed=1")
    record = json.loads((carried / "lang=de/seed=1/metrics.json").read_text())
    (carried / "lang=de/seed=1/metrics.json").write_text(json.dumps({**record, "timings_s": {"cell": 99.0},
                                                                     "student_checkpoint_removed": "keep_student"}))
    _cell(sweep / "lang=de" / "seed=1")
    before = (sweep / "lang=de/seed=1/metrics.json").read_text()
    done = import_records(carried, sweep)
    assert done.unchanged == ["lang=de/seed=1"] and done.copied == []
    assert (sweep / "lang=de/seed=1/metrics.json").read_text() == before
    assert (sweep / "lang=de/seed=1/checkpoints/student/last.ckpt").is_file()

    trial = tmp_path / "trial"
    _cell(trial / "lang=de" / "seed=1", student=False)
    other = json.loads((trial / "lang=de/seed=1/metrics.json").read_text())
    (trial / "lang=de/seed=1/metrics.json").write_text(json.dumps({**other, "source_dev": {"f1": 0.8}}))
    with pytest.raises(ConfigError, match="same config with other results"):
        import_records(trial, sweep)


def test_the_command_line_names_a_wrong_folder_and_the_fix(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["import", str(tmp_path / "nothing"), str(tmp_path / "sweep")])
    assert exit_.value.code == 2
    assert "holds no cell records (metrics.json): pass the folder an export wrote" in capsys.readouterr().err
    with pytest.raises(DataError, match="pass a sweep directory"):
        export_records(tmp_path / "missing", tmp_path / "dest")
    _cell(tmp_path / "sweep" / "lang=de" / "seed=1", status="running")
    with pytest.raises(DataError, match="holds no complete cell \\(1 unfinished\\)"):
        export_records(tmp_path / "sweep", tmp_path / "dest")
    _cell(tmp_path / "sweep" / "lang=de" / "seed=2")
    with pytest.raises(ConfigError, match="overlap: export to a folder outside the sweep"):
        export_records(tmp_path / "sweep", tmp_path / "sweep" / "records")


def test_predicting_with_a_carried_cell_says_its_weights_stayed_on_the_machine_that_computed_it(tmp_path):
    from omegaconf import OmegaConf

    from xlt.cli.checkpoint import checkpoint_path

    carried, sweep = tmp_path / "carried", tmp_path / "sweep"
    run = _cell(carried / "lang=de" / "seed=1")
    record = json.loads((run / "metrics.json").read_text())
    (run / "metrics.json").write_text(json.dumps({**record, "machine": {"cpu": "Intel Xeon"},
                                                  "student_checkpoint": "/elsewhere/checkpoints/student/last.ckpt"}))
    import_records(carried, sweep)
    cfg = OmegaConf.create({"ckpt_path": None, "run": str(sweep / "lang=de" / "seed=1"), "stage": "student"})
    with pytest.raises(ConfigError, match=r"completed elsewhere \(Intel Xeon\) and its record was carried here"):
        checkpoint_path(cfg)

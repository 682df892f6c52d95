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


def _cell(run: Path, status: str = "complete", identity: str = "abc", f1: float = 0.5) -> Path:
    """A cell folder as a sweep leaves it: its record, plus weights and a store link that a record never carries."""
    (run / ".hydra").mkdir(parents=True)
    (run / "predictions").mkdir()
    (run / "checkpoints" / "student").mkdir(parents=True)
    (run / "metrics.json").write_text(json.dumps({"status": status, "config_identity": identity, "lang": "de",
                                                  "zero_shot": {"f1": 0.4}, "student": {"f1": f1}}))
    (run / "config.yaml").write_text("seed: 1\n")
    (run / "run.log").write_text("log\n")
    (run / ".hydra" / "overrides.yaml").write_text("- lang=de\n")
    (run / "predictions" / "student.de.test.conll").write_text("Berlin B-LOC B-LOC\n")
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
    with pytest.raises(ConfigError, match="same config with other scores"):
        import_records(rescored, sweep)
    assert json.loads((sweep / "lang=de/seed=1/metrics.json").read_text())["student"]["f1"] == 0.5


def test_an_unfinished_run_is_completed_by_its_carried_record_only_once_its_own_checkpoints_are_gone(tmp_path):
    carried, sweep = tmp_path / "carried", tmp_path / "sweep"
    _cell(carried / "lang=de" / "seed=1")
    _cell(sweep / "lang=de" / "seed=1", status="running")  # killed here mid-training; another machine finished it
    with pytest.raises(ConfigError, match="its own checkpoints .*delete .*checkpoints to take the record"):
        import_records(carried, sweep)  # its half-trained student is not the one the record scores
    shutil.rmtree(sweep / "lang=de" / "seed=1" / "checkpoints")
    assert import_records(carried, sweep).copied == ["lang=de/seed=1"]
    assert json.loads((sweep / "lang=de/seed=1/metrics.json").read_text())["status"] == "complete"


def test_the_command_line_names_a_wrong_folder_and_the_fix(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["import", str(tmp_path / "nothing"), str(tmp_path / "sweep")])
    assert exit_.value.code == 2
    assert "holds no cell records (metrics.json): pass the folder an export wrote" in capsys.readouterr().err
    with pytest.raises(DataError, match="pass a sweep directory"):
        export_records(tmp_path / "missing", tmp_path / "dest")

"""Environment faults and reruns: a full disk mid-cell keeps what finished; the same seed gives the same numbers."""

from __future__ import annotations

import errno
import json
import warnings
from pathlib import Path

import pytest
import torch

from tests.conftest import CELL, TINY_FILES
from tests.wandb_offline import run_view
from xlt.cli.run import run_cell
from xlt.experiment import artifacts
from xlt.experiment.cell import train

NUMBERS = ("source_dev", "zero_shot", "student", "gain_over_zero_shot", "sizes")


def test_disk_full_mid_cell_keeps_finished_stages_and_a_rerun_completes(make_cfg, monkeypatch, capsys):
    cfg = make_cfg(TINY_FILES + ["logger=none", "seed=3"])

    def full(path, logits):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(artifacts, "save_soft", full)
    with pytest.raises(SystemExit) as info:
        run_cell(cfg)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "No space left on device" in err and "soft.npz" in err and "hydra.run.dir=" in err
    assert "Traceback" not in err
    kept = json.loads((Path(cfg.paths.output_dir) / "metrics.json").read_text())
    assert "zero_shot" in kept and "source_dev" in kept  # the teacher's results
    assert kept["status"] == "failed" and kept["error"]["type"] == "OSError"
    assert "No space left on device" in kept["error"]["message"]
    monkeypatch.undo()
    done = train(cfg)  # the space is back: same directory, the stored teacher is reused
    assert done["status"] == "complete" and done["artifacts"]["teacher"]["reused"]
    assert done["zero_shot"]["f1"] == kept["zero_shot"]["f1"]


def test_same_seed_same_numbers(make_cfg, tmp_path):
    """Two complete runs of one seed, each training its own teacher, agree on every number (CPU)."""
    runs = []
    for name in ("a", "b"):
        cfg = make_cfg(TINY_FILES + ["logger=none", "seed=0", "store.shared=false"])
        cfg.paths.output_dir = str(tmp_path / name)
        runs.append(train(cfg))
    assert not runs[0]["artifacts"]["teacher"]["reused"] and not runs[1]["artifacts"]["teacher"]["reused"]
    for key in NUMBERS:
        a, b = runs[0][key], runs[1][key]
        if isinstance(a, dict):
            a = {k: v for k, v in a.items() if k != "predictions"}
            b = {k: v for k, v in b.items() if k != "predictions"}
        assert a == b, key
    # and not only the (tiny, near-zero) scores: the trained weights themselves
    wa = torch.load(runs[0]["student_checkpoint"], weights_only=False)["state_dict"]
    wb = torch.load(runs[1]["student_checkpoint"], weights_only=False)["state_dict"]
    assert all(torch.equal(wa[k], wb[k]) for k in wa)


def test_a_damaged_resume_checkpoint_is_set_aside_not_fatal(tmp_path, caplog):
    from xlt.training.fit import readable_checkpoint

    ckpt = tmp_path / "last.ckpt"
    ckpt.write_bytes(b"PK\x03\x04 half a zip")
    assert not readable_checkpoint(ckpt)
    assert (tmp_path / "last.ckpt.broken").is_file() and not ckpt.exists()
    assert "training this stage from the start" in caplog.text
    torch.save({"state_dict": {}}, ckpt)
    assert readable_checkpoint(ckpt)


def test_student_numbers_do_not_depend_on_whether_the_teacher_was_reused(make_cfg, tmp_path):
    """A cell that trains its teacher and a cell that finds it in the store train the same student."""
    runs = []
    for name in ("trains-teacher", "reuses-teacher"):
        cfg = make_cfg(TINY_FILES + ["logger=none", "seed=11", f"store.root={tmp_path / 'store'}"])
        cfg.paths.output_dir = str(tmp_path / name)
        runs.append(train(cfg))
    assert [r["artifacts"]["teacher"]["reused"] for r in runs] == [False, True]
    wa = torch.load(runs[0]["student_checkpoint"], weights_only=False)["state_dict"]
    wb = torch.load(runs[1]["student_checkpoint"], weights_only=False)["state_dict"]
    assert all(torch.equal(wa[k], wb[k]) for k in wa)


class _Killed(RuntimeError):
    pass


def test_a_stage_killed_mid_epoch_resumes_to_the_weights_of_an_uninterrupted_one(make_cfg, tmp_path, monkeypatch):
    """The ResumeState callback: loader position inside the epoch and the dropout RNG come back with last.ckpt.
    A teacher (6 fixture sentences, batch 2: 3 steps per epoch; validated on source dev after each epoch) is stopped
    at step 5; its last saved state is step 4, the first batch of the second epoch; trained on from there, it must
    end on the weights (the best on dev) of one trained in a single go."""
    import pytorch_lightning as pl

    from xlt.config import to_dict
    from xlt.data.conll import read_conll
    from xlt.models.teacher import Teacher
    from xlt.training import callbacks, fit
    from xlt.training.stages import windows_for

    cfg = make_cfg(TINY_FILES + ["logger=none", "checkpoint.every_n_steps=4", "teacher.epochs=4",
                                 "teacher.batch_size=2", "teacher.val_check_interval=1.0"])
    train_sents, dev_sents = read_conll(CELL / "en.train.conll"), read_conll(CELL / "en.dev.conll")

    def fit_teacher(out: Path) -> dict[str, torch.Tensor]:
        pl.seed_everything(5)
        teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), cfg.metric.mode, str(cfg.paths.cache_dir))
        fit.fit_stage(teacher, cfg, to_dict(cfg.teacher), windows_for(teacher, train_sents, cfg),
                      windows_for(teacher, dev_sents, cfg), out / "ckpt", [], out)
        return {k: v.clone() for k, v in teacher.state_dict().items()}

    class Kill(pl.Callback):  # in place of the progress lines (progress bars are off in tests)
        def __init__(self, *args, **kwargs) -> None:
            pass

        def on_train_batch_end(self, trainer, *args) -> None:
            if trainer.global_step == 5:
                raise _Killed

    whole = fit_teacher(tmp_path / "whole")
    with monkeypatch.context() as m:
        m.setattr(callbacks, "PlainProgress", Kill)
        with pytest.raises(_Killed):
            fit_teacher(tmp_path / "killed")
    saved = torch.load(tmp_path / "killed" / "ckpt" / "last.ckpt", weights_only=False)
    assert saved["global_step"] == 4 and saved["epoch"] == 1  # what the kill left: mid-way through epoch 2
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        resumed = fit_teacher(tmp_path / "killed")  # same directory: resumes from last.ckpt
    # resuming is why the directory is not empty: Lightning's warning about it is not printed
    assert not [w for w in caught if "exists and is not empty" in str(w.message)]
    assert whole.keys() == resumed.keys()
    differ = [k for k in whole if not torch.equal(whole[k], resumed[k])]
    assert not differ, differ


def test_a_resumed_cell_continues_its_own_wandb_runs(make_cfg, monkeypatch):
    """W&B run ids are derived from what a stage computes: the cell fails after its student trained, the rerun
    resumes; the student's second W&B run has the same id as its first (W&B merges them: one run, no double count),
    and the teacher's run is named for the teacher, not for the target language."""
    from xlt.experiment import cell

    cfg = make_cfg(TINY_FILES + ["logger=wandb", "seed=4"])
    real = cell.score_tags

    def crash(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "predictions")

    monkeypatch.setattr(cell, "score_tags", crash)
    with pytest.raises(OSError):
        train(cfg)
    monkeypatch.setattr(cell, "score_tags", real)
    assert train(cfg)["status"] == "complete"
    run_dir = Path(cfg.paths.output_dir)
    runs = sorted((run_dir / "wandb").glob("offline-run-*"))
    ids = [r.name.split("-", 3)[-1] for r in runs]  # offline-run-<date_time>-<id>
    student = [i for i in ids if i.startswith("student-")]
    teacher = [i for i in ids if i.startswith("teacher-")]
    assert len(student) == 2 and len(set(student)) == 1, ids  # killed + resumed: one W&B run
    assert len(teacher) == 1, ids  # trained once; the rerun reused it from the store and opened no run
    # the run files read back with wandb's own record schema (tests/wandb_offline.py): one run per stage, the
    # teacher's own name and tags (no target language), the cell's config logged once, the flat summary
    teacher_run = run_view(*_closed(list(run_dir.glob(f"wandb/offline-run-*-{teacher[0]}/run-*.wandb"))))
    student_runs = [run_view(p) for p in _closed(sorted(run_dir.glob(f"wandb/offline-run-*-{student[0]}/run-*.wandb")))]
    assert teacher_run["id"] == teacher[0] and [r["id"] for r in student_runs] == [student[0]] * 2
    assert teacher_run["name"].startswith("teacher-tiny-conll_files-en-s4-")
    assert {"source:conll_files", "src:en", "model:tiny"} <= set(teacher_run["tags"])
    assert not any(t.startswith("lang:") for t in teacher_run["tags"]) and "lang:de" in student_runs[-1]["tags"]
    config = student_runs[-1]["config"]
    # Lightning's merge of the module's hyper-parameters (keys `recipe`, `metric_mode`) is switched off
    assert config["model"] == "tiny" and config["lang"] == "de" and config["src"] == "en"
    assert "student.init" in config and "metric_mode" not in config and "recipe" not in config
    done = json.loads((run_dir / "metrics.json").read_text())
    summary = student_runs[-1]["summary"]
    assert summary["student/f1"] == pytest.approx(done["student"]["f1"])
    assert summary["zero_shot/f1"] == pytest.approx(done["zero_shot"]["f1"])
    assert summary["gain_over_zero_shot"] == pytest.approx(done["gain_over_zero_shot"])
    assert summary["student/per_type/PER/f1"] == pytest.approx(done["student"]["per_type"]["PER"]["f1"])
    assert teacher_run["summary"]["source_dev/f1"] == pytest.approx(done["source_dev"]["f1"])
    # the student's per-type scores and a sample of its errors as W&B tables (files of the run)
    tables = {p.name.split("_")[0]: json.loads(p.read_text()) for p in run_dir.glob(
        f"wandb/offline-run-*-{student[0]}/files/media/table/*.table.json")}
    assert tables["per"]["columns"] == ["test_set", "stage", "type", "precision", "recall", "f1", "support"]
    per_f1 = {(r[1], r[2]): r[5] for r in tables["per"]["data"] if r[0] == "test"}
    assert per_f1[("student", "PER")] == round(100 * done["student"]["per_type"]["PER"]["f1"], 2)
    assert tables["errors"]["columns"] == ["test_set", "sentence", "gold", "student"]


def _closed(run_files: list[Path], timeout_s: float = 60.0) -> list[Path]:
    """The offline run files once wandb's service has closed them: `wandb.finish()` returns before its writer has
    flushed the last block, so a file read at once may hold its header only."""
    import time

    from tests.wandb_offline import read_records

    deadline = time.monotonic() + timeout_s
    for path in run_files:
        while not any(r.WhichOneof("record_type") == "exit" for r in read_records(path)):
            assert time.monotonic() < deadline, f"{path} was not closed within {timeout_s} s"
            time.sleep(0.2)
    return run_files


def _history(run_file: Path) -> list[dict]:
    """The history rows of an offline W&B run file, in the order logged (wandb's own records)."""
    from tests.wandb_offline import read_records

    return [{i.key or "/".join(i.nested_key): json.loads(i.value_json) for i in r.history.item}
            for r in read_records(run_file) if r.WhichOneof("record_type") == "history"]


def test_a_student_killed_mid_training_continues_its_wandb_run_without_repeating_steps(make_cfg, monkeypatch):
    """The student (4 sentences, batch 1, 2 epochs: 8 steps, last.ckpt every 4) is killed at step 7, after its run
    logged steps 4 to 6 that the resumed training (from step 4) computes again. The second segment of its W&B run
    logs from step 7 on: one history keyed by the global step, strictly increasing, the steps an uninterrupted
    training logs. Both segments log the same config, without the values that may differ between them (sweep_name,
    a time stamp by default, changes here); the teacher's run holds the teacher's fields and group only."""
    import pytorch_lightning as pl

    from tests.wandb_offline import run_view
    from xlt.training import callbacks

    cfg = make_cfg(TINY_FILES + ["logger=wandb", "seed=6", "student.batch_size=1", "student.epochs=2",
                                 "checkpoint.every_n_steps=4", "sweep_name=first"])

    class Kill(pl.Callback):  # in place of the progress lines (progress bars are off in tests)
        def __init__(self, stage: str, every_s: float) -> None:
            self.stage = stage

        def on_train_batch_end(self, trainer, *args) -> None:
            if self.stage == "student" and trainer.global_step == 7:
                raise _Killed

    with monkeypatch.context() as m:
        m.setattr(callbacks, "PlainProgress", Kill)
        with pytest.raises(_Killed):
            train(cfg)
    run_dir = Path(cfg.paths.output_dir)
    failed = json.loads((run_dir / "metrics.json").read_text())
    assert failed["status"] == "failed" and failed["error"]["type"] == "_Killed"
    cfg.sweep_name = "second"
    assert train(cfg)["status"] == "complete"
    segments = _closed(sorted(run_dir.glob("wandb/offline-run-*/run-student-*.wandb"), key=lambda p: p.parent.name))
    assert len(segments) == 2, segments  # the killed segment and the resumed one, one run id
    rows = [_history(s) for s in segments]
    # the training rows (the LR monitor logs every step), keyed by the global step
    steps = [[row["_step"] for row in seg if "lr-AdamW/pg1" in row] for seg in rows]
    trained = torch.load(run_dir / "checkpoints" / "student" / "last.ckpt", weights_only=False)["global_step"]
    assert steps[0][-1] > 4  # the killed segment logged past its last checkpoint...
    assert steps[0] + steps[1] == list(range(trained))  # ...the resumed one goes on after it, as one training logs
    every = [row["_step"] for seg in rows for row in seg]  # the final numbers and tables included
    assert every == sorted(set(every))  # strictly increasing: no step logged twice, none back at 0
    assert all(row["_step"] == row["trainer/global_step"] for seg in rows for row in seg if "lr-AdamW/pg1" in row)
    first, second = (run_view(s)["config"] for s in segments)
    first.pop("_wandb", None), second.pop("_wandb", None)
    assert first == second and first["lang"] == "de" and first["student.epochs"] == 2
    assert not any(key.startswith(("sweep_name", "paths", "run_name", "logger", "progress")) for key in first)
    teacher = run_view(*_closed(list(run_dir.glob("wandb/offline-run-*/run-teacher-*.wandb"))))
    assert teacher["group"] == "teacher-tiny-conll_files-en" and teacher["config"]["model"] == "tiny"
    assert not {"lang", "distill", "student_init", "benchmark", "sweep_name"} & set(teacher["config"])
    assert not any(key.startswith(("lang.", "distill.", "student.", "benchmark.")) for key in teacher["config"])


def test_a_failed_cell_says_why_and_its_command_reruns_in_its_directory(make_cfg, tmp_path):
    """A data error after metrics.json was opened leaves `failed` and the error there (not `running`); the same
    command in the same directory runs again, and so does the corrected one (another config: the failed run left
    no result and no training state to mix up)."""
    from xlt.errors import DataError

    missing = tmp_path / "nowhere" / "test.conll"
    cfg = make_cfg(TINY_FILES + ["logger=none", f"benchmark.test.path={missing}", "until=zero_shot"])
    metrics_file = Path(cfg.paths.output_dir) / "metrics.json"
    for _ in range(2):  # the rerun fails on the data again, not on "a run of a different config"
        with pytest.raises(DataError, match="nowhere/test.conll"):
            train(cfg)
        failed = json.loads(metrics_file.read_text())
        assert failed["status"] == "failed" and failed["error"]["type"] == "DataError"
        assert str(missing) in failed["error"]["message"] and "benchmark.test" in failed["error"]["message"]
    cfg.benchmark.test.path = str(CELL / "de.test.conll")
    done = train(cfg)
    assert done["status"] == "complete" and "error" not in done
    assert json.loads(metrics_file.read_text())["status"] == "complete"
    assert train(cfg)["timings_s"] == done["timings_s"]  # complete: the rerun skips it


def test_a_directory_holding_results_of_another_config_is_refused(tmp_path):
    """A complete run, or a failed one that left a student's checkpoints (which this run would resume from), of
    another config keeps its directory; the error says what is there and what to do."""
    from xlt.errors import ConfigError
    from xlt.experiment.record import completed_run

    state = tmp_path / "checkpoints" / "student"
    error = {"type": "DataError", "message": "file not found: x.conll"}
    (tmp_path / "metrics.json").write_text(json.dumps({"config_identity": "other", "status": "failed", "error": error}))
    assert completed_run(tmp_path, "mine", state) is None  # nothing of its own: replaced
    state.mkdir(parents=True)
    with pytest.raises(ConfigError, match="holds a failed run of a different config") as info:
        completed_run(tmp_path, "mine", state)
    assert "DataError: file not found: x.conll" in str(info.value) and f"delete {state}" in str(info.value)
    (tmp_path / "metrics.json").write_text(json.dumps({"config_identity": "other", "status": "complete"}))
    with pytest.raises(ConfigError, match="holds a complete run of a different config") as info:
        completed_run(tmp_path, "mine", None)
    assert "hydra.run.dir=" in str(info.value) and "delete" not in str(info.value)
    (tmp_path / "metrics.json").write_text(json.dumps({"config_identity": "mine", "status": "failed"}))
    assert completed_run(tmp_path, "mine", state) is None  # the same config: redone, resuming its student


def test_a_study_trial_removes_its_student_checkpoints_once_complete_and_a_rerun_still_skips_it(make_cfg, caplog):
    """checkpoint.keep_student=false (a study's trials): the complete cell keeps its scores and predictions, not the
    student's checkpoints, and says so; rerun in its directory it is complete (skipped), not retrained, and removes
    checkpoints a kill left between `complete` and their removal; `xlt predict run=<it>` says where they went."""
    from omegaconf import OmegaConf

    from xlt.cli.checkpoint import checkpoint_path
    from xlt.errors import ConfigError

    cfg = make_cfg(TINY_FILES + ["logger=none", "seed=5", "checkpoint.keep_student=false"])
    run_dir = Path(cfg.paths.output_dir)
    done = train(cfg)
    assert done["status"] == "complete" and done["student_checkpoint"] is None
    assert done["student_checkpoint_removed"] == "checkpoint.keep_student=false"
    assert not (run_dir / "checkpoints" / "student").exists()
    assert json.loads((run_dir / "metrics.json").read_text())["student"] == done["student"]
    assert list((run_dir / "predictions").glob("student.*.conll"))  # what the report reads stays
    left = run_dir / "checkpoints" / "student" / "last.ckpt"  # as a kill right after `complete` would leave it
    left.parent.mkdir(parents=True)
    left.write_bytes(b"state")
    caplog.set_level("INFO", logger="xlt.experiment.cell")
    assert train(cfg) == done and "complete in" in caplog.text  # skipped: the same record, nothing retrained
    assert not left.parent.exists()
    with pytest.raises(ConfigError, match="keep_student=false.*checkpoint.keep_student=true resume=false"):
        checkpoint_path(OmegaConf.create({"run": str(run_dir), "stage": "student"}))
    kept = make_cfg(TINY_FILES + ["logger=none", "seed=5"])  # the default keeps them: what `xlt predict` loads
    kept.paths.output_dir = str(run_dir.parent / "kept")
    student = Path(train(kept)["student_checkpoint"])
    assert student.is_file()
    kept.checkpoint.keep_student = False  # rerun under false: skipped, and the student its metrics name stays
    assert train(kept)["student_checkpoint"] == str(student) and student.is_file()

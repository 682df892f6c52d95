"""Environment faults and reruns: a full disk mid-cell keeps what finished; the same seed gives the same numbers."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
import torch

from tests.conftest import TINY_FILES
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
    assert kept["status"] == "running" and "zero_shot" in kept and "source_dev" in kept  # the teacher's results
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
    A teacher (6 fixture sentences, batch 2: 3 steps per epoch) is stopped at step 5; its last saved state is
    step 4, the first batch of the second epoch; trained on from there, it must end bit-identical to one trained
    in a single go."""
    import pytorch_lightning as pl

    from tests.conftest import CELL
    from xlt.config import to_dict
    from xlt.data.conll import read_conll
    from xlt.models.teacher import Teacher
    from xlt.training import callbacks, fit
    from xlt.training.stages import windows_for

    cfg = make_cfg(TINY_FILES + ["logger=none", "checkpoint.every_n_steps=4", "teacher.epochs=4",
                                 "teacher.batch_size=2", "teacher.val_check_interval=1.0"])
    train_sents = read_conll(CELL / "en.train.conll")

    def fit_teacher(out: Path) -> dict[str, torch.Tensor]:
        pl.seed_everything(5)
        teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), cfg.metric.mode, str(cfg.paths.cache_dir))
        fit.fit_stage(teacher, cfg, to_dict(cfg.teacher), windows_for(teacher, train_sents, cfg), None,
                      out / "ckpt", [], out)
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
    resumed = fit_teacher(tmp_path / "killed")  # same directory: resumes from last.ckpt
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
    teacher_run = run_view(next(run_dir.glob(f"wandb/offline-run-*-{teacher[0]}/run-*.wandb")))
    student_runs = [run_view(p) for p in sorted(run_dir.glob(f"wandb/offline-run-*-{student[0]}/run-*.wandb"))]
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

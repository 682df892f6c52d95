"""One transfer cell: teacher -> zero-shot baseline -> soft labels -> student -> evaluation and diagnostics.

`train(cfg)` is plain Python, narrated step by step below. The teacher, its zero-shot scores and its soft
labels come from the artifact store (xlt.experiment.artifacts): computed once per sweep and reused by every
cell that needs the same ones. Every finished step is written to `metrics.json` at once (atomically,
xlt.experiment.record), so a crash later in the cell never loses what was already measured; a rerun skips a
complete cell and resumes an interrupted training from its last checkpoint.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pytorch_lightning as pl
import torch
from omegaconf import DictConfig, OmegaConf, open_dict

from xlt.config import resolved, validate
from xlt.data.conll import read_predictions
from xlt.errors import ConfigError
from xlt.evaluation.diagnostics import (
    TokenSequences,
    agreement,
    argmax_tags,
    by_position,
    mention_strings,
    seen_unseen,
    token_sequences,
)
from xlt.evaluation.metrics import entity_scores
from xlt.evaluation.scoring import predict_sentences, score_tags
from xlt.experiment.artifacts import PREDICTIONS_FILE, TeacherHandle, get_soft_labels, get_teacher, get_zero_shot
from xlt.experiment.datasets import CellData, check_required, load_cell_data, nest
from xlt.experiment.identity import cell_identity, stage_labels
from xlt.experiment.record import (
    ERRORS_TABLE,
    PER_TYPE_TABLE,
    STUDENT_CHECKPOINTS,
    RunRecord,
    completed_run,
    errors_table,
    per_type_table,
    predictions_file,
    summary_metrics,
)
from xlt.experiment.store import ArtifactStore
from xlt.io import atomic_write_text
from xlt.models.student import Student
from xlt.runtime import denormals_flushed, intra_op_threads, launched_rank, resolve_precision
from xlt.training.fit import inference_device, run_predict_kwargs
from xlt.training.stages import TEACHER_FILE, Tables, train_student

log = logging.getLogger(__name__)


def train(cfg: DictConfig) -> dict[str, Any]:
    """Run one cell and return its metrics (also written to <run dir>/metrics.json); a failure is recorded there
    (status `failed` and the error) before it propagates, and a rerun of the cell in the directory redoes it."""
    # the config is checked, and the loss of `distill` built, before anything is read or trained; a finished cell
    # of the same identity is skipped
    loss = validate(cfg)
    check_required(cfg)  # the paths a user must give (benchmark=files ...), all named at once
    use_threads(cfg)  # before any key: the thread count is part of them
    use_flush_denormal(cfg)  # after the count is set, before the threads start (they inherit it): it probes those
    use_precision(cfg)  # before any key too: the precision the cell computes in is part of them
    run_dir = Path(cfg.paths.output_dir)
    identity = cell_identity(cfg)
    if cfg.resume and (done := completed_run(run_dir, identity, run_dir / STUDENT_CHECKPOINTS)) is not None:
        log.info("%s: complete in %s, skipped (resume=false recomputes it)", cfg.run_name, run_dir)
        drop_student_checkpoints(done, run_dir)  # a kill may have come between `complete` and their removal
        return done
    run_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(run_dir / "config.yaml", OmegaConf.to_yaml(resolved(cfg)))
    pl.seed_everything(int(cfg.seed), workers=True, verbose=False)
    record = RunRecord(run_dir, cfg, identity)
    try:  # each finished step is written to metrics.json at once
        cell = Cell(cfg, run_dir, record, open_store(cfg, run_dir))
        data = cell.read_data()  # everything is read first, so that a bad file fails before minutes of training
        # 1. the teacher (source train, selected on source dev); 2. its zero-shot scores on every target set
        teacher = cell.teacher(data)
        if cfg.until == "teacher":  # a recipe search's trial: the teacher and its source dev scores, no target set
            return cell.complete()
        cell.zero_shot(teacher, data)
        if cfg.until == "zero_shot":  # the source x target matrix needs no student: the cell ends here
            return cell.complete()
        # 3. the student: target text only, against the teacher's outputs (its soft labels); then 4. its scores on
        # every target set and 5. the diagnostics (cell.evaluate). Its W&B run: one per cell (its identity and
        # directory), continued when the cell resumes
        soft = cell.soft_labels(teacher, data)
        train_student(cfg, teacher, loss, data.text, soft, data.dev, run_dir / STUDENT_CHECKPOINTS, run_dir,
                      cell.run_files, f"{identity}|{run_dir.resolve()}", stage_labels(cfg, "student"),
                      partial(cell.evaluate, data, soft))
    except BaseException as err:  # Ctrl-C included: metrics.json says how the run ended, never `running`
        record.failed(err)
        raise
    drop_student_checkpoints(record.data, run_dir)  # the cell is complete: nothing here can mark it failed
    return record.data


def drop_student_checkpoints(metrics: dict[str, Any], run_dir: Path) -> None:
    """Remove a complete cell's student checkpoints where its `metrics` say they go (`student_checkpoint_removed`,
    written with `status: complete` under checkpoint.keep_student=false, so the copy its W&B run keeps says so too):
    a study's trials, whose students nothing loads again (a Gemma-270m student's last.ckpt is ~1.1 GB). A cell that
    kept its student, rerun under keep_student=false, keeps it: its metrics.json still names the file."""
    if metrics.get("student_checkpoint_removed") and launched_rank() == 0:  # DDP: the process that wrote metrics
        shutil.rmtree(run_dir / STUDENT_CHECKPOINTS, ignore_errors=True)


@dataclass
class Cell:
    """The steps of a running cell, each writing what it finished to `record` at once."""

    cfg: DictConfig
    run_dir: Path
    record: RunRecord
    store: ArtifactStore
    t0: float = field(default_factory=time.perf_counter)
    zero_shot_scores: dict[str, dict[str, Any]] = field(default_factory=dict)
    # a test mention is "seen" if its string is a gold mention of the source train data / a token sequence of the
    # unlabeled target text (xlt.evaluation.diagnostics): both sets, once the data is read
    seen: tuple[set[str], TokenSequences] | None = None

    @property
    def run_files(self) -> tuple[Path, Path]:
        return self.run_dir / "config.yaml", self.record.path

    @property
    def mode(self) -> str:
        return str(self.cfg.metric.mode)

    def read_data(self) -> CellData:
        self.t0 = t0 = time.perf_counter()
        data = load_cell_data(self.cfg, Path(self.cfg.paths.cache_dir))
        self.record.update(sizes=data.sizes())
        self.record.timing("data", time.perf_counter() - t0)
        self.seen = mention_strings(data.src_train), token_sequences(data.text)
        return data

    def with_splits(self, data: CellData, scores: dict[str, Any], name: str,
                    pred: Sequence[Sequence[str]]) -> dict[str, Any]:
        """A set's scores with its mentions split: seen or unseen (source, target text), sentence-initial or not."""
        scores["seen_unseen"] = seen_unseen(data.sets[name], pred, *self.seen, self.mode)
        scores["position"] = by_position(data.sets[name], pred, self.mode)
        return scores

    def predictions_to(self, stage: str, name: str) -> Path | None:
        """Where this cell writes a stage's predictions on set `name`; None with save_predictions off."""
        return predictions_file(self.run_dir, stage, self.cfg.lang.code, name) if self.cfg.save_predictions else None

    def teacher(self, data: CellData) -> TeacherHandle:
        """The teacher: from the store, or trained now (resuming a killed training); its scores on source dev and
        on the further source sets."""
        teacher = get_teacher(self.cfg, self.store, data.src_train, data.src_dev, self.run_dir, self.run_files)
        self.record.timing("teacher_train", teacher.artifact.build_s)
        artifacts = {"teacher": teacher.artifact.record()}
        source_dev = dict(teacher.source_dev)
        for name, sentences in data.src_sets.items():  # scored like a zero-shot set: keyed by teacher and data
            source_dev[name], art = get_zero_shot(self.cfg, self.store, teacher, sentences, None)
            artifacts[f"source_dev_{name}"] = art.record()
        link_teacher(self.run_dir, teacher.artifact.path / TEACHER_FILE)
        self.record.update(source_dev=source_dev, teacher_checkpoint=str(teacher.artifact.path / TEACHER_FILE),
                           artifacts=artifacts)
        self.store_wait()
        log.info("teacher%s: source dev F1 %.2f", " (reused)" if teacher.artifact.reused else "",
                 100 * teacher.source_dev["f1"])
        return teacher

    def zero_shot(self, teacher: TeacherHandle, data: CellData) -> None:
        """The teacher's scores on every target set."""
        artifacts = self.record.data["artifacts"]
        for name, sentences in data.sets.items():
            zs, zs_artifact = get_zero_shot(self.cfg, self.store, teacher, sentences,
                                            self.predictions_to("zero_shot", name))
            _, pred = read_predictions(zs_artifact.path / PREDICTIONS_FILE)
            self.zero_shot_scores[name] = self.with_splits(data, zs, name, pred)
            artifacts["zero_shot" if name == "test" else f"zero_shot_{name}"] = zs_artifact.record()
            self.record.timing("zero_shot_eval" if name == "test" else f"zero_shot_eval_{name}", zs_artifact.build_s)
        self.record.update(zero_shot=nest(self.zero_shot_scores), artifacts=artifacts)
        self.store_wait()
        first = next(iter(self.zero_shot_scores))  # the test (until=student_dev: the dev split)
        log.info("zero-shot %s %s F1 %.2f", self.cfg.lang.code, first, 100 * self.zero_shot_scores[first]["f1"])

    def store_wait(self) -> None:
        """Idle time so far: waiting on the store lock of another job building the same artifact (teachers first:
        sweeper)."""
        self.record.timing("store_wait", sum(a["wait_s"] for a in self.record.data["artifacts"].values()))

    def complete(self) -> dict[str, Any]:
        self.record.timing("cell", time.perf_counter() - self.t0)
        self.record.update(status="complete")
        return self.record.data

    def soft_labels(self, teacher: TeacherHandle, data: CellData) -> list[np.ndarray]:
        """The frozen teacher's logits on every word of the unlabeled target text: the student's targets."""
        soft, soft_artifact = get_soft_labels(self.cfg, self.store, teacher, data.text)
        self.record.timing("soft_labels", soft_artifact.build_s)
        self.record.timing("store_wait", self.record.data["timings_s"]["store_wait"] + soft_artifact.wait_s)
        diagnostics: dict[str, Any] = {"teacher_calibration": teacher.source_dev.get("calibration")}
        if data.text_gold is not None:  # how good the student's targets are (generated text has gold)
            diagnostics["teacher_on_unlabeled"] = unlabeled_scores(data.text_gold, argmax_tags(soft), self.mode)
        self.record.update(artifacts={**self.record.data["artifacts"], "soft": soft_artifact.record()},
                           diagnostics=diagnostics)
        return soft

    def evaluate(self, data: CellData, soft: Sequence[np.ndarray], student: Student, checkpoint: str,
                 train_s: float) -> tuple[dict[str, float], Tables]:
        """The trained student's scores on every target set; the diagnostics: its agreement with the teacher on
        its own text (and its scores there where the text has gold), except in a study's trial (until=student_dev).
        Returns what its run logs."""
        self.record.timing("student_train", train_s)
        t0, mode, diagnostics = time.perf_counter(), self.mode, self.record.data["diagnostics"]
        scores, preds = {}, {}
        for name, sentences in data.sets.items():
            preds[name] = pred = argmax_tags(predict_sentences(student, sentences, **run_predict_kwargs(self.cfg)))
            scored = score_tags(sentences, pred, metric_mode=mode,
                                predictions_path=self.predictions_to("student", name))
            scores[name] = self.with_splits(data, scored, name, pred)
        if self.cfg.until != "student_dev":  # a study's trial needs its dev score only, not these diagnostics
            on_text = predict_sentences(student, data.text, **run_predict_kwargs(self.cfg))
            diagnostics["agreement"] = agreement(on_text, soft, mode)
            if data.text_gold is not None:
                diagnostics["student_on_unlabeled"] = unlabeled_scores(data.text_gold, argmax_tags(on_text), mode)
        self.record.timing("student_eval", time.perf_counter() - t0)
        self.record.timing("cell", time.perf_counter() - self.t0)
        gains = {f"gain_over_zero_shot{'' if name == 'test' else '_' + name}":
                 scores[name]["f1"] - self.zero_shot_scores[name]["f1"] for name in data.sets}
        # checkpoint.keep_student=false: the checkpoints go once the cell is complete (drop_student_checkpoints)
        kept = {"student_checkpoint": checkpoint} if self.cfg.checkpoint.keep_student else {
            "student_checkpoint": None, "student_checkpoint_removed": "checkpoint.keep_student=false"}
        self.record.update(student=nest(scores), **kept, diagnostics=diagnostics, **gains, status="complete")
        return summary_metrics(self.record.data), {PER_TYPE_TABLE: per_type_table(self.record.data, list(data.sets)),
                                                   ERRORS_TABLE: errors_table(data.sets, preds)}


def use_flush_denormal(cfg: DictConfig) -> bool:
    """Flush subnormal floats to zero in this process as `perf.flush_denormal` says (both ways: a process may run
    several cells). Threads inherit the setting when they start, so a pool started under the other setting would
    compute otherwise than the cell's key says: a ConfigError names the fix."""
    on = bool(cfg.perf.get("flush_denormal", False))
    if not torch.set_flush_denormal(on) and on:
        raise ConfigError("perf.flush_denormal=true: this CPU cannot flush subnormal floats (x86 with SSE3 or "
                          "AArch64 can); set perf.flush_denormal=false")
    if denormals_flushed() != float(on):
        raise ConfigError(f"perf.flush_denormal={str(on).lower()}: this process's intra-op threads started under the "
                          "other setting and keep it; run cells with different perf.flush_denormal in separate "
                          "processes (hydra/launcher=joblib, or one command each)")
    if on:
        log.info("perf.flush_denormal: subnormal floats flushed to zero")
    return on


def use_threads(cfg: DictConfig) -> int:
    """Set torch's intra-op threads to what `perf.threads` resolves to in this job, and write the count back into
    the config: CPU results depend on it in their last bits, so keys and config.yaml hold the count, not `auto`."""
    threads = intra_op_threads(cfg.perf.get("threads"))
    with open_dict(cfg):
        cfg.perf.threads = threads
    torch.set_num_threads(threads)
    log.info("perf.threads: %d intra-op threads", threads)
    return threads


def use_precision(cfg: DictConfig) -> str:
    """Resolve `trainer.precision` for the device the cell trains on (`auto`: bf16-mixed where it multiplies bf16
    natively, else 32-true) and write it back into the config: the teacher's training, its soft labels and every
    evaluation (run_predict_kwargs) compute in it, and keys, config.yaml and metrics.json hold it, never `auto`."""
    setting, device = str(cfg.trainer.precision), inference_device(cfg)
    precision = resolve_precision(setting, device.split(":")[0])
    with open_dict(cfg):
        cfg.trainer.precision = precision
    log.info("trainer.precision: %s%s", precision, f" ({setting} on {device})" if precision != setting else "")
    return precision


def unlabeled_scores(gold: Sequence[Any], pred: Sequence[Sequence[str]], mode: str) -> dict[str, Any]:
    """Entity P/R/F1 (and per type) of tags predicted on the unlabeled text, against its gold."""
    scores = entity_scores([list(s.tags or ()) for s in gold], [list(p) for p in pred], mode)
    scores.pop("mode", None)
    return scores


def link_teacher(run_dir: Path, stored: Path) -> None:
    """checkpoints/teacher.ckpt in the run directory: a link to the teacher in the store (shared, not copied)."""
    link = run_dir / "checkpoints" / TEACHER_FILE
    if link.is_symlink() or link.exists():
        link.unlink()
    link.parent.mkdir(parents=True, exist_ok=True)
    try:
        link.symlink_to(stored.resolve())
    except OSError as err:  # a file system without symlinks: metrics.json still names the stored file
        log.warning("could not link %s -> %s (%s)", link, stored, err)


def open_store(cfg: DictConfig, run_dir: Path) -> ArtifactStore:
    """The shared store under the cache, or (store.shared=false) a private one inside the run directory."""
    root = Path(cfg.store.root) if cfg.store.shared else run_dir / "artifacts"
    return ArtifactStore(root, float(cfg.store.lock_timeout_s))

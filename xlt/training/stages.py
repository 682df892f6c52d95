"""A training stage is the unit: the teacher on the labeled source, the student on the teacher's outputs.

`run_stage` is used by both: it seeds the stage (its own `seed`, so its numbers do not depend on what ran before
in the process), opens its loggers when training starts and always finishes them (also when the stage fails),
times it, and fits with the checkpoints a killed run resumes from (xlt.training.fit). The two stages are built
side by side here, in the same shape (build the module, fit, evaluate, log the summary): `train_teacher` (called by
the artifact store when no stored teacher fits) and `train_student` (called by the cell).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import pytorch_lightning as pl
from omegaconf import DictConfig

from xlt.config import load_model_config, to_dict
from xlt.data.encode import Window, encode_cached
from xlt.data.sentence import Sentence
from xlt.evaluation.diagnostics import argmax_tags, calibration
from xlt.evaluation.metrics import entity_scores
from xlt.evaluation.scoring import predict_sentences
from xlt.io import write_json
from xlt.models.loading import save_for_inference
from xlt.models.losses import DistillLoss
from xlt.models.module import TaggerModule
from xlt.models.student import Student
from xlt.models.teacher import Teacher
from xlt.training.fit import fit_stage, run_predict_kwargs
from xlt.training.loggers import finish, log_summary, log_tables, make_loggers

TEACHER_FILE = "teacher.ckpt"
SOURCE_DEV_FILE = "source_dev.json"
Tables = Mapping[str, tuple[list[str], list[list[Any]]]]


def windows_for(module: TaggerModule, sentences: Sequence[Sentence], cfg: DictConfig) -> list[Window]:
    """The sentences encoded for `module`'s tokenizer with the run's data settings (cached on disk)."""
    return encode_cached(sentences, module.tokenizer, int(cfg.data.max_len), str(cfg.data.label_position),
                         cfg.paths.cache_dir)


class StageLabels(Protocol):
    """What a stage's run is called and shows in the experiment loggers: computed above this floor, from the fields
    that name a run (xlt.experiment.identity.stage_labels)."""

    name: str
    tags: Mapping[str, Any]
    group: str | None
    config: Mapping[str, Any]


@dataclass
class Stage:
    """A running stage: `fit` trains (resuming a killed training), `summary` logs its final numbers."""

    name: str
    cfg: DictConfig
    recipe: Any
    run_dir: Path
    run_files: Sequence[Path]
    labels: StageLabels
    run_id: str
    t0: float = field(default_factory=time.perf_counter)
    _loggers: list | None = None

    @property
    def loggers(self) -> list:
        if self._loggers is None:  # opened when first needed: building the module comes first, as it always did
            labels = self.labels
            self._loggers = make_loggers(self.cfg, self.name, self.run_dir, labels.tags, labels.name, self.run_id,
                                         labels.config, labels.group)
        return self._loggers

    def fit(self, module: TaggerModule, train: Sequence[Window], val: Sequence[Window] | None, ckpt_dir: Path) -> str:
        """Train, select (best `val/f1` with validation data, else the last state), return the checkpoint."""
        return fit_stage(module, self.cfg, self.recipe, train, val, ckpt_dir, self.loggers, self.run_dir)

    def summary(self, metrics: Mapping[str, float]) -> None:
        log_summary(self.loggers, metrics, self.run_files)

    def tables(self, tables: Tables) -> None:
        log_tables(self.loggers, tables)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.t0


def stage_run_id(stage: str, key: str) -> str:
    """A W&B run id (<= 64 characters of [a-z0-9-]) that is the same whenever the same stage computes the same
    thing: a resumed stage continues its run, a different computation never shares one."""
    return f"{stage}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}"


@contextmanager
def run_stage(name: str, cfg: DictConfig, recipe: Any, run_dir: Path, run_files: Sequence[Path],
              labels: StageLabels, run_key: str) -> Iterator[Stage]:
    """`with run_stage("student", cfg, cfg.student, ...) as stage:` build the module, `stage.fit(...)`, evaluate,
    `stage.summary(...)`; the loggers are finished however the block ends. `labels`: what the stage's run is called
    and shows; `run_key` names what the stage computes (the teacher's store key; the cell's identity and directory):
    the W&B run id is derived from it, so a resumed stage continues its run and another computation never shares
    one."""
    pl.seed_everything(int(recipe.seed), workers=True, verbose=False)
    stage = Stage(name, cfg, recipe, run_dir, run_files, labels, stage_run_id(name, run_key))
    status = "failed"
    try:
        yield stage
        status = "success"
    finally:
        if stage._loggers is not None:
            finish(stage._loggers, status)


def train_teacher(cfg: DictConfig, src_train: Sequence[Sentence], src_dev: Sequence[Sentence], out: Path,
                  work: Path, run_dir: Path, run_files: Sequence[Path], key: str, labels: StageLabels) -> Teacher:
    """The teacher's stage: trained on the source train split, selected on source dev (resuming from `work`),
    written to `out` as the stored teacher (slim checkpoint) and its source-dev scores with its calibration. `key`:
    its store key; `labels`: its run's in the loggers."""
    with run_stage("teacher", cfg, cfg.teacher, run_dir, run_files, labels, f"teacher|{key}") as stage:
        teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), cfg.metric.mode, str(cfg.paths.cache_dir))
        ckpt = stage.fit(teacher, windows_for(teacher, src_train, cfg), windows_for(teacher, src_dev, cfg),
                         work / "checkpoints")
        dev_logits = predict_sentences(teacher, src_dev, **run_predict_kwargs(cfg))
        scores = entity_scores([list(s.tags or ()) for s in src_dev], argmax_tags(dev_logits), cfg.metric.mode)
        scores["calibration"] = calibration(dev_logits, src_dev)
        save_for_inference(ckpt, out / TEACHER_FILE)
        write_json(out / SOURCE_DEV_FILE, scores)
        stage.summary({"source_dev/f1": scores["f1"], "source_dev/precision": scores["precision"],
                       "source_dev/recall": scores["recall"], "source_dev/ece": scores["calibration"]["ece"]})
    return teacher.eval()


class TeacherSource(Protocol):
    """The trained teacher as the student's stage meets it: loaded on demand, released once the student has it."""

    def module(self) -> TaggerModule: ...

    def release(self) -> None: ...


# the student's evaluation (the cell's): (student, its selected checkpoint, training seconds) -> the numbers and
# tables its run logs
EvaluateStudent = Callable[[Student, str, float], tuple[Mapping[str, float], Tables]]


def train_student(cfg: DictConfig, teacher: TeacherSource, loss: DistillLoss, text: Sequence[Sentence],
                  soft: Sequence[np.ndarray], dev: Sequence[Sentence] | None, ckpt_dir: Path, run_dir: Path,
                  run_files: Sequence[Path], key: str, labels: StageLabels, evaluate: EvaluateStudent) -> None:
    """The student's stage: trained with `loss` on the target `text` against the teacher's `soft` labels,
    selected on the target `dev` split (student.select=target_dev) or its last state (resuming from `ckpt_dir`),
    evaluated by `evaluate`, whose numbers and tables it logs. `key`: the cell's identity and directory (one run
    per cell, continued when the cell resumes); `labels`: its run's in the loggers."""
    with run_stage("student", cfg, cfg.student, run_dir, run_files, labels, f"student|{key}") as stage:
        student = build_student(cfg, teacher.module, loss)
        teacher.release()
        select_on = dev if cfg.student.select == "target_dev" else None
        ckpt = stage.fit(student, student_windows(student, text, soft, cfg),
                         windows_for(student, select_on, cfg) if select_on else None, ckpt_dir)
        summary, tables = evaluate(student, ckpt, stage.seconds)
        stage.summary(summary)
        stage.tables(tables)


def build_student(cfg: DictConfig, teacher: Callable[[], TaggerModule], loss: DistillLoss) -> Student:
    """The student: a fresh copy of its backbone (`student.model`, default the teacher's), or with
    `student.init=teacher` the teacher's weights (`teacher()` loads it if this process has not yet: loading draws
    no random number, so the student's training does not depend on what the store already held); trained with
    `loss`, the one of `distill`."""
    model = load_model_config(cfg.student.model) if cfg.student.model else cfg.model
    student = Student(to_dict(model), to_dict(cfg.student), cfg.metric.mode, str(cfg.paths.cache_dir),
                      distill=to_dict(cfg.distill), loss=loss)
    if cfg.student.init == "teacher":
        student.init_from_teacher(teacher())
    return student


def student_windows(student: Student, text: Sequence[Sentence], soft: Sequence[np.ndarray],
                    cfg: DictConfig) -> list[Window]:
    """The unlabeled text encoded for the student, each window carrying the teacher's logits of its own words
    (word-level, so teacher and student tokenizers may differ)."""
    out = []
    for w in windows_for(student, text, cfg):
        logits = soft[w.sentence][w.first_word : w.first_word + w.n_words]
        out.append(Window(w.input_ids, w.word_pos, w.labels, w.sentence, w.first_word, logits.astype(np.float16)))
    return out

"""A training stage is the unit: the teacher on the labeled source, the student on the teacher's outputs.

`run_stage` is used by both: it seeds the stage (its own `seed`, so its numbers do not depend on what ran before
in the process), opens its loggers when training starts and always finishes them (also when the stage fails),
times it, and fits with the checkpoints a killed run resumes from (xlt.training.fit). The teacher and the student
are built side by side here: `train_teacher` is the teacher's stage (called by the artifact store when no stored
teacher fits); `build_student` and `student_windows` prepare the student, whose stage the cell runs.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytorch_lightning as pl
import torch
from omegaconf import DictConfig

from xlt.config import load_model_config, to_dict
from xlt.data.encode import Window, encode_cached
from xlt.data.sentence import Sentence
from xlt.evaluation.diagnostics import argmax_tags, calibration
from xlt.evaluation.metrics import entity_scores
from xlt.evaluation.scoring import predict_sentences
from xlt.io import write_json
from xlt.models.module import TaggerModule
from xlt.models.student import Student
from xlt.models.teacher import Teacher
from xlt.training.fit import fit_stage, run_predict_kwargs
from xlt.training.loggers import finish, log_summary, log_tables, make_loggers

TEACHER_FILE = "teacher.ckpt"
SOURCE_DEV_FILE = "source_dev.json"
# what a stored teacher keeps of its Lightning checkpoint: weights (slim) and what loading needs
KEEP_IN_TEACHER = ("state_dict", "hyper_parameters", "pytorch-lightning_version", "xlt_frozen_from_pretrained")


def windows_for(module: TaggerModule, sentences: Sequence[Sentence], cfg: DictConfig) -> list[Window]:
    """The sentences encoded for `module`'s tokenizer with the run's data settings (cached on disk)."""
    return encode_cached(sentences, module.tokenizer, int(cfg.data.max_len), str(cfg.data.label_position),
                         cfg.paths.cache_dir)


@dataclass
class Stage:
    """A running stage: `fit` trains (resuming a killed training), `summary` logs its final numbers."""

    name: str
    cfg: DictConfig
    recipe: Any
    run_dir: Path
    tags: Mapping[str, Any]
    run_files: Sequence[Path]
    run_name: str
    run_id: str
    determining: Mapping[str, Any] | None = None
    group: str | None = None
    t0: float = field(default_factory=time.perf_counter)
    _loggers: list | None = None

    @property
    def loggers(self) -> list:
        if self._loggers is None:  # opened when first needed: building the module comes first, as it always did
            self._loggers = make_loggers(self.cfg, self.name, self.run_dir, self.tags, self.run_name, self.run_id,
                                         self.determining, self.group)
        return self._loggers

    def fit(self, module: TaggerModule, train: Sequence[Window], val: Sequence[Window] | None, ckpt_dir: Path) -> str:
        """Train, select (best `val/f1` with validation data, else the last state), return the checkpoint."""
        return fit_stage(module, self.cfg, self.recipe, train, val, ckpt_dir, self.loggers, self.run_dir)

    def summary(self, metrics: Mapping[str, float]) -> None:
        log_summary(self.loggers, metrics, self.run_files)

    def tables(self, tables: Mapping[str, tuple[list[str], list[list[Any]]]]) -> None:
        log_tables(self.loggers, tables)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.t0


def stage_run_id(stage: str, key: str) -> str:
    """A W&B run id (<= 64 characters of [a-z0-9-]) that is the same whenever the same stage computes the same
    thing: a resumed stage continues its run, a different computation never shares one."""
    return f"{stage}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}"


@contextmanager
def run_stage(name: str, cfg: DictConfig, recipe: Any, run_dir: Path, tags: Mapping[str, Any],
              run_files: Sequence[Path], run_name: str, run_key: str, determining: Mapping[str, Any] | None = None,
              group: str | None = None) -> Iterator[Stage]:
    """`with run_stage("student", cfg, cfg.student, ...) as stage:` build the module, `stage.fit(...)`, evaluate,
    `stage.summary(...)`; the loggers are finished however the block ends. `run_key` names what the stage
    computes (the teacher's store key; the cell's identity and directory): the W&B run id is derived from it, and
    its config from the `determining` fields (xlt.training.loggers.wandb_config); `group`: its W&B group."""
    pl.seed_everything(int(recipe.seed), workers=True, verbose=False)
    stage = Stage(name, cfg, recipe, run_dir, tags, run_files, run_name, stage_run_id(name, run_key), determining,
                  group)
    status = "failed"
    try:
        yield stage
        status = "success"
    finally:
        if stage._loggers is not None:
            finish(stage._loggers, status)


def train_teacher(cfg: DictConfig, src_train: Sequence[Sentence], src_dev: Sequence[Sentence], out: Path,
                  work: Path, run_dir: Path, run_files: Sequence[Path], key: str,
                  fields: Mapping[str, Any]) -> Teacher:
    """The teacher's stage: trained on the source train split, selected on source dev (resuming from `work`),
    written to `out` as the stored teacher (slim checkpoint) and its source-dev scores with its calibration.
    Its W&B run is named, tagged, grouped and identified by the teacher (backbone, source, seed, store `key`), not
    by the target language or the sweep of whichever cell happened to build it; its config is the teacher's
    `fields` (the ones of its store spec, xlt.experiment.identity.teacher_spec), its tags without them."""
    tags = {"model": cfg.model.name, "source": cfg.source.name, "src": cfg.src, "seed": cfg.teacher.seed}
    group = f"teacher-{cfg.model.name}-{cfg.source.name}-{cfg.src}"  # its seeds side by side
    name = f"{group}-s{cfg.teacher.seed}-{key[:8]}"
    with run_stage("teacher", cfg, cfg.teacher, run_dir, tags, run_files, name, f"teacher|{key}",
                   fields, group) as stage:
        teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), cfg.metric.mode, str(cfg.paths.cache_dir))
        ckpt = stage.fit(teacher, windows_for(teacher, src_train, cfg), windows_for(teacher, src_dev, cfg),
                         work / "checkpoints")
        dev_logits = predict_sentences(teacher, src_dev, **run_predict_kwargs(cfg))
        scores = entity_scores([list(s.tags or ()) for s in src_dev], argmax_tags(dev_logits), cfg.metric.mode)
        scores["calibration"] = calibration(dev_logits, src_dev)
        checkpoint = torch.load(ckpt, map_location="cpu", weights_only=False)
        torch.save({k: checkpoint[k] for k in KEEP_IN_TEACHER if k in checkpoint}, out / TEACHER_FILE)
        write_json(out / SOURCE_DEV_FILE, scores)
        stage.summary({"source_dev/f1": scores["f1"], "source_dev/precision": scores["precision"],
                       "source_dev/recall": scores["recall"], "source_dev/ece": scores["calibration"]["ece"]})
    return teacher.eval()


def build_student(cfg: DictConfig, teacher: Callable[[], TaggerModule]) -> Student:
    """The student: a fresh copy of its backbone (`student.model`, default the teacher's), or with
    `student.init=teacher` the teacher's weights (`teacher()` loads it, after the student is built: loading
    draws random numbers too); the loss of `distill`."""
    model = load_model_config(cfg.student.model) if cfg.student.model else cfg.model
    student = Student(to_dict(model), to_dict(cfg.student), cfg.metric.mode, str(cfg.paths.cache_dir),
                      distill=to_dict(cfg.distill))
    if cfg.student.init == "teacher":
        init_from_teacher(student, teacher())
    return student


def init_from_teacher(student: Student, teacher: TaggerModule) -> None:
    """`student.init=teacher`: the teacher's weights. When every weight the student keeps frozen is still the
    pretrained one in the teacher too (both froze it), the student's checkpoints may leave them out (slim)."""
    own, theirs = student.tagger.state_dict(), teacher.tagger.state_dict()
    frozen = [n for n, p in student.tagger.named_parameters() if not p.requires_grad]
    unchanged = all(torch.equal(own[n], theirs[n]) for n in frozen)
    student.tagger.load_state_dict(theirs)
    student.slim_checkpoints = unchanged and not student.hparams["model"].get("random_init")


def student_windows(student: Student, text: Sequence[Sentence], soft: Sequence[np.ndarray],
                    cfg: DictConfig) -> list[Window]:
    """The unlabeled text encoded for the student, each window carrying the teacher's logits of its own words
    (word-level, so teacher and student tokenizers may differ)."""
    out = []
    for w in windows_for(student, text, cfg):
        logits = soft[w.sentence][w.first_word : w.first_word + w.n_words]
        out.append(Window(w.input_ids, w.word_pos, w.labels, w.sentence, w.first_word, logits.astype(np.float16)))
    return out

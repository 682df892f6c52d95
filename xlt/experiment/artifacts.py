"""The three artifacts a cell shares with other cells, each keyed by exactly what determines it
(xlt.experiment.identity declares it):

- teacher:   the `teacher` fields of the config and the content of the source train/dev data; not the target
             language, not the distillation loss. Trained by its stage (xlt.training.stages.train_teacher).
- zero_shot: (teacher, a labeled target set): its entity scores and predictions.
- soft:      (teacher, the unlabeled target text): its logits per word, fp16.

A sweep over L languages and D losses thus trains one teacher per (model, teacher seed) and computes soft
labels once per (teacher, language). The store only asks for "build this artifact" (`get_or_build`).
"""

from __future__ import annotations

import gc
import io
import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from omegaconf import DictConfig

from xlt.data.sentence import Sentence
from xlt.evaluation.scoring import evaluate_sentences, predict_sentences
from xlt.experiment.identity import derived_spec, stage_labels, teacher_spec
from xlt.experiment.store import Artifact, ArtifactStore, spec_key
from xlt.io import atomic_write_bytes, write_json
from xlt.models.loading import load_tagger_module
from xlt.models.module import TaggerModule
from xlt.training.fit import run_predict_kwargs
from xlt.training.stages import SOURCE_DEV_FILE, TEACHER_FILE, train_teacher

PREDICTIONS_FILE = "predictions.conll"  # a zero-shot artifact's `token gold pred` file
SCORES_FILE = "scores.json"
SOFT_FILE = "soft.npz"


@dataclass
class TeacherHandle:
    """The teacher of a cell: its store entry, its source-dev scores, and the module, loaded on demand."""

    artifact: Artifact
    source_dev: dict[str, Any]
    cache_dir: str
    _module: TaggerModule | None = None

    @property
    def key(self) -> str:
        return self.artifact.key

    def module(self) -> TaggerModule:
        if self._module is None:
            self._module = load_tagger_module(self.artifact.path / TEACHER_FILE, self.cache_dir)
        return self._module

    def release(self) -> None:
        self._module = None
        gc.collect()


def get_teacher(cfg: DictConfig, store: ArtifactStore, src_train: Sequence[Sentence], src_dev: Sequence[Sentence],
                run_dir: Path, run_files: Sequence[Path]) -> TeacherHandle:
    """The trained teacher for this config: from the store, or trained now (resuming a killed training)."""
    built: dict[str, TaggerModule] = {}
    spec = teacher_spec(cfg, src_train, src_dev)

    def build(tmp: Path, work: Path) -> None:
        key = spec_key("teacher", spec)
        built["module"] = train_teacher(cfg, src_train, src_dev, tmp, work, run_dir, run_files, key,
                                        stage_labels(cfg, "teacher", key))

    artifact = store.get_or_build("teacher", spec, build)
    source_dev = json.loads((artifact.path / SOURCE_DEV_FILE).read_text())
    return TeacherHandle(artifact, source_dev, str(cfg.paths.cache_dir), built.get("module"))


def get_zero_shot(cfg: DictConfig, store: ArtifactStore, teacher: TeacherHandle, test: Sequence[Sentence],
                  predictions_to: Path | None) -> tuple[dict[str, Any], Artifact]:
    """The teacher's entity scores on a labeled target set (and its predictions file)."""

    def build(tmp: Path, work: Path) -> None:
        scores = evaluate_sentences(teacher.module(), test, metric_mode=cfg.metric.mode,
                                    predictions_path=tmp / PREDICTIONS_FILE, **run_predict_kwargs(cfg))
        scores.pop("predictions", None)
        write_json(tmp / SCORES_FILE, scores)

    artifact = store.get_or_build("zero_shot", derived_spec(teacher.key, test), build)
    scores = json.loads((artifact.path / SCORES_FILE).read_text())
    if predictions_to is not None:
        predictions_to.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(artifact.path / PREDICTIONS_FILE, predictions_to)
        scores["predictions"] = str(predictions_to)
    return scores, artifact


def get_soft_labels(cfg: DictConfig, store: ArtifactStore, teacher: TeacherHandle,
                    text: Sequence[Sentence]) -> tuple[list[np.ndarray], Artifact]:
    """The teacher's logits on every word of the unlabeled target text, one (n_words, C) fp16 array per sentence."""

    def build(tmp: Path, work: Path) -> None:
        save_soft(tmp / SOFT_FILE, predict_sentences(teacher.module(), text, **run_predict_kwargs(cfg)))

    artifact = store.get_or_build("soft", derived_spec(teacher.key, text), build)
    return load_soft(artifact.path / SOFT_FILE), artifact


def save_soft(path: Path, logits: Sequence[np.ndarray]) -> None:
    """Word logits of many sentences as one fp16 matrix plus sentence lengths (compact, one read)."""
    lengths = np.array([len(x) for x in logits], dtype=np.int64)
    width = logits[0].shape[1] if len(logits) else 0
    flat = np.concatenate(logits).astype(np.float16) if len(logits) else np.zeros((0, width), np.float16)
    buf = io.BytesIO()
    np.savez(buf, logits=flat, lengths=lengths)
    atomic_write_bytes(path, buf.getvalue())


def load_soft(path: Path) -> list[np.ndarray]:
    with np.load(path) as data:
        flat, lengths = data["logits"], data["lengths"]
    return np.split(flat, np.cumsum(lengths)[:-1]) if len(lengths) else []

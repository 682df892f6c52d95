"""The three artifacts a cell shares with other cells, each keyed by exactly the config that determines it.

- teacher:   (backbone, source train/dev data, teacher recipe, seed, selection metric, precision, ...);
             not the target language, not the distillation loss.
- zero_shot: (teacher, target test data, metric mode): the baseline reported beside every student.
- soft:      (teacher, target unlabeled text): the teacher's logits per word, fp16; not the loss.

A sweep over L languages and D losses thus trains one teacher per (model, seed) and computes soft
labels once per (teacher, language). Each is built through `ArtifactStore.get_or_build`.
"""

from __future__ import annotations

import gc
import io
import json
import logging
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytorch_lightning as pl
import torch
from omegaconf import DictConfig

from xlt.config import to_dict
from xlt.data.encode import Window, data_fingerprint, encode_cached
from xlt.data.sentence import Sentence
from xlt.diagnostics import argmax_tags, calibration
from xlt.evaluation import evaluate_sentences, predict_kwargs, predict_sentences
from xlt.io import atomic_write_bytes, write_json
from xlt.loggers import finish, log_summary, make_loggers
from xlt.metrics import entity_scores
from xlt.modules import TaggerModule, Teacher, load_tagger_module
from xlt.store import Artifact, ArtifactStore
from xlt.training import fit_stage, inference_device

log = logging.getLogger(__name__)

TEACHER_FILE = "teacher.ckpt"
PREDICTIONS_FILE = "predictions.conll"  # a zero-shot artifact's `token gold pred` file
KEEP_IN_TEACHER = ("state_dict", "hyper_parameters", "pytorch-lightning_version", "xlt_frozen_from_pretrained")


def trainer_precision(cfg: DictConfig) -> str:
    """The Lightning precision of the run: it changes trained weights and inference outputs alike."""
    return str(cfg.trainer.get("precision", "32-true"))


def run_predict_kwargs(cfg: DictConfig) -> dict[str, Any]:
    """`predict_sentences` keyword arguments of a run: its data settings, cache, precision and device."""
    return predict_kwargs(cfg, trainer_precision(cfg), inference_device(cfg))


def _data_spec(sentences: Sequence[Sentence]) -> dict[str, Any]:
    return {"sha256": data_fingerprint(sentences), "n": len(sentences)}


def _encoding_spec(cfg: DictConfig) -> dict[str, Any]:
    return {"max_len": int(cfg.data.max_len), "label_position": str(cfg.data.label_position)}


# 2: source_dev.json holds the teacher's calibration on source dev (xlt.diagnostics); the seed is teacher.seed
TEACHER_ARTIFACT_VERSION = 2

# model fields only `xlt.analyze` reads (which LM head scores the language): they change no trained weights
ANALYSIS_ONLY_MODEL_KEYS = ("lm_head", "lm_objective")


def teacher_spec(cfg: DictConfig, src_train: Sequence[Sentence], src_dev: Sequence[Sentence]) -> dict[str, Any]:
    """Everything that changes the trained teacher, and nothing else."""
    return {
        "model": {k: v for k, v in to_dict(cfg.model).items() if k not in ANALYSIS_ONLY_MODEL_KEYS},
        "recipe": to_dict(cfg.teacher),
        "source_train": _data_spec(src_train),
        "source_dev": _data_spec(src_dev),
        "encoding": _encoding_spec(cfg),
        "group_by_length": bool(cfg.data.group_by_length),
        "seed": int(cfg.teacher.seed),
        "selection_metric": str(cfg.metric.mode),
        "artifact_version": TEACHER_ARTIFACT_VERSION,
        "precision": trainer_precision(cfg),
        "devices": str(cfg.trainer.get("devices", 1)),
        "num_nodes": int(cfg.trainer.get("num_nodes", 1)),
    }


def encode_for(module: TaggerModule, sentences: Sequence[Sentence], cfg: DictConfig) -> list[Window]:
    return encode_cached(sentences, module.tokenizer, int(cfg.data.max_len), str(cfg.data.label_position),
                         cfg.paths.cache_dir)


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
                run_dir: Path, tags: Mapping[str, Any], run_files: Sequence[Path]) -> TeacherHandle:
    """The trained teacher for this config: from the store, or trained now (resuming a killed training)."""
    built: dict[str, TaggerModule] = {}
    cache_dir = str(cfg.paths.cache_dir)

    def build(tmp: Path, work: Path) -> None:
        # the teacher depends on its seed, not on what ran before in this process
        pl.seed_everything(int(cfg.teacher.seed), workers=True)
        teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), cfg.metric.mode, cache_dir)
        loggers = make_loggers(cfg, "teacher", run_dir, tags)
        ckpt = fit_stage(teacher, cfg, cfg.teacher, encode_for(teacher, src_train, cfg),
                         encode_for(teacher, src_dev, cfg), work / "checkpoints", loggers, run_dir)
        dev_logits = predict_sentences(teacher, src_dev, **run_predict_kwargs(cfg))
        scores = entity_scores([list(s.tags or ()) for s in src_dev], argmax_tags(dev_logits), cfg.metric.mode)
        scores["calibration"] = calibration(dev_logits, src_dev)
        checkpoint = torch.load(ckpt, map_location="cpu", weights_only=False)
        torch.save({k: checkpoint[k] for k in KEEP_IN_TEACHER if k in checkpoint}, tmp / TEACHER_FILE)
        write_json(tmp / "source_dev.json", scores)
        log_summary(loggers, {"source_dev/f1": scores["f1"], "source_dev/precision": scores["precision"],
                              "source_dev/recall": scores["recall"], "source_dev/ece": scores["calibration"]["ece"]},
                    run_files)
        finish(loggers)
        built["module"] = teacher.eval()

    artifact = store.get_or_build("teacher", teacher_spec(cfg, src_train, src_dev), build)
    source_dev = json.loads((artifact.path / "source_dev.json").read_text())
    return TeacherHandle(artifact, source_dev, cache_dir, built.get("module"))


def get_zero_shot(cfg: DictConfig, store: ArtifactStore, teacher: TeacherHandle, test: Sequence[Sentence],
                  predictions_to: Path | None) -> tuple[dict[str, Any], Artifact]:
    """The teacher's entity scores on the target test set (and its predictions file)."""
    spec = {"teacher": teacher.key, "test": _data_spec(test), "metric_mode": str(cfg.metric.mode),
            "encoding": _encoding_spec(cfg), "precision": trainer_precision(cfg)}

    def build(tmp: Path, work: Path) -> None:
        scores = evaluate_sentences(teacher.module(), test, metric_mode=cfg.metric.mode,
                                    predictions_path=tmp / PREDICTIONS_FILE, **run_predict_kwargs(cfg))
        scores.pop("predictions", None)
        write_json(tmp / "scores.json", scores)

    artifact = store.get_or_build("zero_shot", spec, build)
    scores = json.loads((artifact.path / "scores.json").read_text())
    if predictions_to is not None:
        predictions_to.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(artifact.path / PREDICTIONS_FILE, predictions_to)
        scores["predictions"] = str(predictions_to)
    return scores, artifact


def get_soft_labels(cfg: DictConfig, store: ArtifactStore, teacher: TeacherHandle,
                    text: Sequence[Sentence]) -> tuple[list[np.ndarray], Artifact]:
    """The teacher's logits on every word of the unlabeled target text, one (n_words, C) fp16 array per sentence."""
    spec = {"teacher": teacher.key, "text": _data_spec(text), "encoding": _encoding_spec(cfg),
            "precision": trainer_precision(cfg)}

    def build(tmp: Path, work: Path) -> None:
        logits = predict_sentences(teacher.module(), text, **run_predict_kwargs(cfg))
        save_soft(tmp / "soft.npz", logits)

    artifact = store.get_or_build("soft", spec, build)
    return load_soft(artifact.path / "soft.npz"), artifact


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


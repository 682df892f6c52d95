"""One transfer cell: teacher -> zero-shot baseline -> student -> evaluation. `train(cfg)` is plain Python.

Every finished stage is written to `metrics.json` at once (atomically), so a crash later in the cell
never loses what was already measured.
"""

from __future__ import annotations

import logging
import resource
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytorch_lightning as pl
import torch
from hydra.utils import instantiate
from omegaconf import DictConfig, OmegaConf
from pytorch_lightning.callbacks import ModelCheckpoint

from xlt.config import load_model_config, resolved, to_dict, validate
from xlt.data.batching import make_loader
from xlt.data.encode import Window, encode_cached
from xlt.data.sentence import Sentence
from xlt.data.sources import load_split
from xlt.evaluation import evaluate_sentences, predict_kwargs, predict_sentences
from xlt.io import atomic_write_text, write_json
from xlt.loggers import finish, log_summary, make_loggers
from xlt.modules import Student, TaggerModule, Teacher

log = logging.getLogger(__name__)


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


class RunRecord:
    """metrics.json of a run, rewritten atomically after every stage."""

    def __init__(self, run_dir: Path, cfg: DictConfig) -> None:
        self.path = run_dir / "metrics.json"
        self.data: dict[str, Any] = {
            "status": "running",
            "run_name": cfg.run_name,
            "model": cfg.model.name,
            "student_model": cfg.student.model or cfg.model.name,
            "source": cfg.source.name,
            "benchmark": cfg.benchmark.name,
            "lang": cfg.lang.code,
            "distill": cfg.distill.name,
            "seed": int(cfg.seed),
            "metric_mode": cfg.metric.mode,
            "timings_s": {},
        }
        self.save()

    def update(self, **items: Any) -> None:
        self.data.update(items)
        self.data["peak_rss_mib"] = round(peak_rss_mib(), 1)
        self.save()

    def timing(self, name: str, seconds: float) -> None:
        self.data["timings_s"][name] = round(seconds, 2)
        self.save()

    def save(self) -> None:
        write_json(self.path, self.data)


def _trainer(cfg: DictConfig, recipe: Mapping[str, Any], stage: str, run_dir: Path, loggers: list,
             monitor: str | None) -> tuple[pl.Trainer, ModelCheckpoint]:
    ckpt = ModelCheckpoint(
        dirpath=str(run_dir / "checkpoints" / stage),
        filename="best" if monitor else "last",
        monitor=monitor,
        mode="max",
        save_top_k=1,
        enable_version_counter=False,
    )
    trainer = instantiate(
        cfg.trainer,
        max_epochs=int(recipe["epochs"]) if int(recipe["epochs"]) > 0 else -1,
        max_steps=int(recipe.get("max_steps", -1)),
        gradient_clip_val=recipe.get("grad_clip"),
        val_check_interval=recipe.get("val_check_interval", 1.0) if monitor else None,
        callbacks=[ckpt],
        logger=loggers or False,
        default_root_dir=str(run_dir),
    )
    return trainer, ckpt


def fit_stage(
    module: TaggerModule,
    cfg: DictConfig,
    recipe: Mapping[str, Any],
    stage: str,
    train_windows: Sequence[Window],
    val_windows: Sequence[Window] | None,
    run_dir: Path,
    loggers: list,
) -> str:
    """Train one stage; restores and returns the selected checkpoint (best `val/f1`, or the last)."""
    monitor = "val/f1" if val_windows else None
    trainer, ckpt = _trainer(cfg, recipe, stage, run_dir, loggers, monitor)
    train_loader = make_loader(train_windows, int(recipe["batch_size"]), module.pad_id, shuffle=True,
                               num_workers=int(cfg.data.num_workers), seed=int(cfg.seed))
    val_loader = (
        make_loader(val_windows, int(cfg.data.eval_batch_size), module.pad_id, shuffle=False)
        if val_windows else None
    )
    trainer.fit(module, train_dataloaders=train_loader, val_dataloaders=val_loader)
    path = ckpt.best_model_path or ckpt.last_model_path
    if not path:  # e.g. limit_train_batches=0 in a smoke test: keep the final weights
        path = str(Path(ckpt.dirpath) / "last.ckpt")
        trainer.save_checkpoint(path)
    state = torch.load(path, map_location="cpu", weights_only=False)["state_dict"]
    module.load_state_dict(state)
    return path


def attach_soft_labels(windows: Sequence[Window], logits: Sequence[np.ndarray]) -> list[Window]:
    """Give each student window the teacher logits of its own words (word-level, so tokenizers may differ)."""
    out = []
    for w in windows:
        soft = logits[w.sentence][w.first_word : w.first_word + w.n_words]
        out.append(Window(w.input_ids, w.word_pos, w.labels, w.sentence, w.first_word, soft.astype(np.float16)))
    return out


def _encode(module: TaggerModule, sentences: Sequence[Sentence], cfg: DictConfig) -> list[Window]:
    return encode_cached(sentences, module.tokenizer, int(cfg.data.max_len), str(cfg.data.label_position),
                         cfg.paths.cache_dir)


def train(cfg: DictConfig) -> dict[str, Any]:
    """Run one cell and return its metrics (also written to <run dir>/metrics.json)."""
    validate(cfg)
    run_dir = Path(cfg.paths.output_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    cache_dir = Path(cfg.paths.cache_dir)
    atomic_write_text(run_dir / "config.yaml", OmegaConf.to_yaml(resolved(cfg)))
    pl.seed_everything(int(cfg.seed), workers=True)
    record = RunRecord(run_dir, cfg)
    run_files = (run_dir / "config.yaml", record.path)
    tags = {"model": cfg.model.name, "lang": cfg.lang.code, "distill": cfg.distill.name, "seed": cfg.seed}
    t_cell = time.perf_counter()

    # data: read everything first, so a bad file fails before minutes of training
    t0 = time.perf_counter()
    src_train = load_split(cfg.source.train, cache_dir, "source.train")
    src_dev = load_split(cfg.source.dev, cache_dir, "source.dev")
    tgt_test = load_split(cfg.benchmark.test, cache_dir, "benchmark.test")
    tgt_text = load_split(cfg.benchmark.unlabeled, cache_dir, "benchmark.unlabeled")
    tgt_dev = load_split(cfg.benchmark.dev, cache_dir, "benchmark.dev") if cfg.benchmark.get("dev") else None
    record.update(sizes={"source_train": len(src_train), "source_dev": len(src_dev), "target_test": len(tgt_test),
                         "target_unlabeled": len(tgt_text), "target_dev": len(tgt_dev) if tgt_dev else 0})
    record.timing("data", time.perf_counter() - t0)
    pk = predict_kwargs(cfg, cfg.trainer.get("precision", "32-true"))

    # teacher: English source train, selected on English dev
    t0 = time.perf_counter()
    teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), cfg.metric.mode, str(cache_dir))
    loggers = make_loggers(cfg, "teacher", run_dir, tags)
    teacher_ckpt = fit_stage(teacher, cfg, cfg.teacher, "teacher", _encode(teacher, src_train, cfg),
                             _encode(teacher, src_dev, cfg), run_dir, loggers)
    record.timing("teacher_train", time.perf_counter() - t0)
    src_scores = evaluate_sentences(teacher, src_dev, metric_mode=cfg.metric.mode, **pk)
    t0 = time.perf_counter()
    zs_scores = evaluate_sentences(
        teacher, tgt_test, metric_mode=cfg.metric.mode,
        predictions_path=run_dir / "predictions" / f"zero_shot.{cfg.lang.code}.test.conll"
        if cfg.save_predictions else None, **pk,
    )
    record.timing("zero_shot_eval", time.perf_counter() - t0)
    record.update(source_dev=src_scores, zero_shot=zs_scores, teacher_checkpoint=teacher_ckpt)
    log_summary(loggers, {"source_dev/f1": src_scores["f1"], "zero_shot/f1": zs_scores["f1"]}, run_files)
    finish(loggers)
    log.info("teacher: source dev F1 %.2f | zero-shot %s F1 %.2f", 100 * src_scores["f1"], cfg.lang.code,
             100 * zs_scores["f1"])

    # soft labels: the frozen teacher's logits on every word of the unlabeled target text
    t0 = time.perf_counter()
    soft = predict_sentences(teacher, tgt_text, **pk)
    record.timing("soft_labels", time.perf_counter() - t0)

    # student: target text only, against the teacher's outputs
    t0 = time.perf_counter()
    student_model = load_model_config(cfg.student.model) if cfg.student.model else cfg.model
    student = Student(to_dict(student_model), to_dict(cfg.student), cfg.metric.mode, str(cache_dir),
                      distill=to_dict(cfg.distill))
    if cfg.student.init == "teacher":
        student.tagger.load_state_dict(teacher.tagger.state_dict())
    del teacher
    loggers = make_loggers(cfg, "student", run_dir, tags)
    student_windows = attach_soft_labels(_encode(student, tgt_text, cfg), soft)
    student_ckpt = fit_stage(student, cfg, cfg.student, "student", student_windows,
                             _encode(student, tgt_dev, cfg) if tgt_dev else None, run_dir, loggers)
    record.timing("student_train", time.perf_counter() - t0)
    t0 = time.perf_counter()
    st_scores = evaluate_sentences(
        student, tgt_test, metric_mode=cfg.metric.mode,
        predictions_path=run_dir / "predictions" / f"student.{cfg.lang.code}.test.conll"
        if cfg.save_predictions else None, **pk,
    )
    record.timing("student_eval", time.perf_counter() - t0)
    record.timing("cell", time.perf_counter() - t_cell)
    record.update(student=st_scores, student_checkpoint=student_ckpt,
                  gain_over_zero_shot=st_scores["f1"] - zs_scores["f1"], status="complete")
    log_summary(loggers, {"student/f1": st_scores["f1"], "zero_shot/f1": zs_scores["f1"],
                          "gain_over_zero_shot": st_scores["f1"] - zs_scores["f1"]}, run_files)
    finish(loggers)
    return record.data


def _prf(scores: Mapping[str, Any]) -> str:
    return "P {:6.2f}  R {:6.2f}  F1 {:6.2f}".format(*(100 * scores[k] for k in ("precision", "recall", "f1")))


def summary_lines(metrics: Mapping[str, Any]) -> list[str]:
    """Human-readable closing lines of a cell (entity-level, in %)."""
    lang, bench = metrics["lang"], metrics["benchmark"]
    return [
        f"run {metrics['run_name']}: model={metrics['model']} lang={lang} distill={metrics['distill']} "
        f"seed={metrics['seed']} (entity F1 in %, {metrics['metric_mode']})",
        f"  teacher  source dev   ({metrics['source']:>10})  {_prf(metrics['source_dev'])}",
        f"  teacher  zero-shot {lang} ({bench:>10})  {_prf(metrics['zero_shot'])}",
        f"  student  {lang} test    ({bench:>10})  {_prf(metrics['student'])}"
        f"   gain {100 * metrics['gain_over_zero_shot']:+.2f}",
        f"  wall time {metrics['timings_s'].get('cell', 0):.0f} s, peak RSS {metrics['peak_rss_mib']:.0f} MiB",
    ]

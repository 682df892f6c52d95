"""One transfer cell: teacher -> zero-shot baseline -> student -> evaluation. `train(cfg)` is plain Python.

The teacher, its zero-shot scores and its soft labels come from the artifact store (xlt.store,
xlt.artifacts): computed once per sweep and reused by every cell that needs the same ones. Every
finished stage is written to `metrics.json` at once (atomically), so a crash later in the cell never
loses what was already measured; a rerun skips a complete cell and resumes an interrupted training
from its last checkpoint.
"""

from __future__ import annotations

import hashlib
import json
import logging
import resource
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytorch_lightning as pl
from omegaconf import DictConfig, OmegaConf

from xlt.artifacts import (
    ANALYSIS_ONLY_MODEL_KEYS,
    TEACHER_FILE,
    encode_for,
    get_soft_labels,
    get_teacher,
    get_zero_shot,
    run_predict_kwargs,
)
from xlt.config import load_model_config, resolved, to_dict, validate
from xlt.data.encode import Window
from xlt.data.sources import load_split
from xlt.errors import ConfigError
from xlt.evaluation import evaluate_sentences
from xlt.io import atomic_write_text, write_json
from xlt.loggers import finish, log_summary, make_loggers
from xlt.modules import Student
from xlt.store import ArtifactStore, launched_rank
from xlt.training import fit_stage

log = logging.getLogger(__name__)

# config keys that do not change a cell's numbers: where it writes, how it logs, whether it resumes
NOT_IDENTITY = ("paths", "logger", "resume", "store", "save_predictions", "run_name", "task_name", "sweep_name",
                "progress", "checkpoint")


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


class RunRecord:
    """metrics.json of a run, rewritten atomically after every stage."""

    def __init__(self, run_dir: Path, cfg: DictConfig, identity: str) -> None:
        self.path = run_dir / "metrics.json"
        self.data: dict[str, Any] = {
            "status": "running",
            "config_identity": identity,
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
        if launched_rank() == 0:  # DDP: one writer
            write_json(self.path, self.data)


def attach_soft_labels(windows: Sequence[Window], logits: Sequence[np.ndarray]) -> list[Window]:
    """Give each student window the teacher logits of its own words (word-level, so tokenizers may differ)."""
    out = []
    for w in windows:
        soft = logits[w.sentence][w.first_word : w.first_word + w.n_words]
        out.append(Window(w.input_ids, w.word_pos, w.labels, w.sentence, w.first_word, soft.astype(np.float16)))
    return out


def cell_identity(cfg: DictConfig) -> str:
    """Hash of the resolved config that defines a cell's results (not where it writes or how it logs)."""
    ident = {k: v for k, v in resolved(cfg).items() if k not in NOT_IDENTITY}
    ident["trainer"] = {k: v for k, v in ident.get("trainer", {}).items() if k != "enable_progress_bar"}
    ident["model"] = {k: v for k, v in ident.get("model", {}).items() if k not in ANALYSIS_ONLY_MODEL_KEYS}
    return hashlib.sha256(json.dumps(ident, sort_keys=True, default=str).encode()).hexdigest()[:16]


def completed_run(run_dir: Path, identity: str) -> dict[str, Any] | None:
    """The metrics of a finished run of this same config in `run_dir`, if there is one (a sweep rerun)."""
    path = run_dir / "metrics.json"
    if not path.is_file():
        return None
    try:
        metrics = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # unreadable: treat as unfinished and redo
    if metrics.get("config_identity") not in (None, identity):
        raise ConfigError(
            f"{run_dir} holds a run of a different config (identity {metrics.get('config_identity')} != {identity}); "
            "give this run its own directory (another sweep_name, or hydra.run.dir=...)"
        )
    return metrics if metrics.get("status") == "complete" else None


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


def train(cfg: DictConfig) -> dict[str, Any]:
    """Run one cell and return its metrics (also written to <run dir>/metrics.json)."""
    validate(cfg)
    run_dir = Path(cfg.paths.output_dir)
    identity = cell_identity(cfg)
    if cfg.resume and (done := completed_run(run_dir, identity)) is not None:
        log.info("%s: complete in %s, skipped (resume=false recomputes it)", cfg.run_name, run_dir)
        return done
    run_dir.mkdir(parents=True, exist_ok=True)
    cache_dir = Path(cfg.paths.cache_dir)
    atomic_write_text(run_dir / "config.yaml", OmegaConf.to_yaml(resolved(cfg)))
    pl.seed_everything(int(cfg.seed), workers=True)
    record = RunRecord(run_dir, cfg, identity)
    run_files = (run_dir / "config.yaml", record.path)
    tags = {"model": cfg.model.name, "lang": cfg.lang.code, "distill": cfg.distill.name, "seed": cfg.seed}
    store = open_store(cfg, run_dir)
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

    # teacher (English source train, selected on English dev) and its zero-shot baseline: shared artifacts
    teacher = get_teacher(cfg, store, src_train, src_dev, run_dir, tags, run_files)
    record.timing("teacher_train", teacher.artifact.build_s)
    zs_path = run_dir / "predictions" / f"zero_shot.{cfg.lang.code}.test.conll" if cfg.save_predictions else None
    zs_scores, zs_artifact = get_zero_shot(cfg, store, teacher, tgt_test, zs_path)
    record.timing("zero_shot_eval", zs_artifact.build_s)
    link_teacher(run_dir, teacher.artifact.path / TEACHER_FILE)
    record.update(source_dev=teacher.source_dev, zero_shot=zs_scores,
                  teacher_checkpoint=str(teacher.artifact.path / TEACHER_FILE),
                  artifacts={"teacher": teacher.artifact.record(), "zero_shot": zs_artifact.record()})
    log.info("teacher%s: source dev F1 %.2f | zero-shot %s F1 %.2f", " (reused)" if teacher.artifact.reused else "",
             100 * teacher.source_dev["f1"], cfg.lang.code, 100 * zs_scores["f1"])

    # soft labels: the frozen teacher's logits on every word of the unlabeled target text
    soft, soft_artifact = get_soft_labels(cfg, store, teacher, tgt_text)
    record.timing("soft_labels", soft_artifact.build_s)
    record.update(artifacts={**record.data["artifacts"], "soft": soft_artifact.record()})

    # student: target text only, against the teacher's outputs. Reseeded, so that its numbers do not depend on
    # whether this process trained the teacher or found it in the store
    t0 = time.perf_counter()
    pl.seed_everything(int(cfg.seed), workers=True)
    student_model = load_model_config(cfg.student.model) if cfg.student.model else cfg.model
    student = Student(to_dict(student_model), to_dict(cfg.student), cfg.metric.mode, str(cache_dir),
                      distill=to_dict(cfg.distill))
    if cfg.student.init == "teacher":
        student.tagger.load_state_dict(teacher.module().tagger.state_dict())
    teacher.release()
    loggers = make_loggers(cfg, "student", run_dir, tags)
    student_windows = attach_soft_labels(encode_for(student, tgt_text, cfg), soft)
    student_ckpt = fit_stage(student, cfg, cfg.student, student_windows,
                             encode_for(student, tgt_dev, cfg) if tgt_dev else None,
                             run_dir / "checkpoints" / "student", loggers, run_dir)
    record.timing("student_train", time.perf_counter() - t0)
    t0 = time.perf_counter()
    st_scores = evaluate_sentences(
        student, tgt_test, metric_mode=cfg.metric.mode,
        predictions_path=run_dir / "predictions" / f"student.{cfg.lang.code}.test.conll"
        if cfg.save_predictions else None, **run_predict_kwargs(cfg),
    )
    record.timing("student_eval", time.perf_counter() - t0)
    record.timing("cell", time.perf_counter() - t_cell)
    record.update(student=st_scores, student_checkpoint=student_ckpt,
                  gain_over_zero_shot=st_scores["f1"] - zs_scores["f1"], status="complete")
    log_summary(loggers, {"student/f1": st_scores["f1"], "zero_shot/f1": zs_scores["f1"],
                          "source_dev/f1": teacher.source_dev["f1"],
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
        f"  wall time {metrics['timings_s'].get('cell', 0):.0f} s, peak RSS {metrics['peak_rss_mib']:.0f} MiB"
        + (f", reused from the store: {', '.join(reused)}" if (reused := _reused(metrics)) else ""),
    ]


def one_line(metrics: Mapping[str, Any]) -> str:
    """The one-line summary of a finished cell (a sweep prints one per cell)."""
    return (f"done {metrics['run_name']}: source dev {100 * metrics['source_dev']['f1']:.2f} | zero-shot "
            f"{100 * metrics['zero_shot']['f1']:.2f} | student {100 * metrics['student']['f1']:.2f} "
            f"({100 * metrics['gain_over_zero_shot']:+.2f}) | {metrics['timings_s'].get('cell', 0):.0f} s"
            + (f" | reused {', '.join(reused)}" if (reused := _reused(metrics)) else ""))


def _reused(metrics: Mapping[str, Any]) -> list[str]:
    return [name for name, art in sorted(metrics.get("artifacts", {}).items()) if art.get("reused")]

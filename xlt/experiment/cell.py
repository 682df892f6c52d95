"""One transfer cell: teacher -> zero-shot baseline -> soft labels -> student -> evaluation and diagnostics.

`train(cfg)` is plain Python, narrated step by step below. The teacher, its zero-shot scores and its soft
labels come from the artifact store (xlt.experiment.artifacts): computed once per sweep and reused by every
cell that needs the same ones. Every finished step is written to `metrics.json` at once (atomically,
xlt.experiment.record), so a crash later in the cell never loses what was already measured; a rerun skips a
complete cell and resumes an interrupted training from its last checkpoint.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytorch_lightning as pl
import torch
from omegaconf import DictConfig, OmegaConf, open_dict

from xlt.config import resolved, validate
from xlt.data.conll import read_predictions
from xlt.evaluation.diagnostics import agreement, argmax_tags, mention_strings, seen_unseen, token_sequences
from xlt.evaluation.metrics import entity_scores
from xlt.evaluation.scoring import predict_sentences, score_tags
from xlt.experiment.artifacts import PREDICTIONS_FILE, get_soft_labels, get_teacher, get_zero_shot
from xlt.experiment.datasets import check_required, load_cell_data, nest
from xlt.experiment.identity import ROLES, cell_identity, fields
from xlt.experiment.record import (
    ERRORS_TABLE,
    PER_TYPE_TABLE,
    RunRecord,
    completed_run,
    errors_table,
    per_type_table,
    summary_metrics,
)
from xlt.experiment.store import ArtifactStore
from xlt.io import atomic_write_text
from xlt.runtime import intra_op_threads
from xlt.training.fit import run_predict_kwargs
from xlt.training.stages import TEACHER_FILE, build_student, run_stage, student_windows, windows_for

log = logging.getLogger(__name__)

STUDENT_CHECKPOINTS = Path("checkpoints") / "student"  # in the run directory: what a rerun resumes the student from
# the roles that determine a cell's results (every declared role but `none`): the student's W&B config
DETERMINING = tuple(sorted(set(ROLES.values()) - {"none"}))


def train(cfg: DictConfig) -> dict[str, Any]:
    """Run one cell and return its metrics (also written to <run dir>/metrics.json); a failure is recorded there
    (status `failed` and the error) before it propagates, and a rerun of the cell in the directory redoes it."""
    # 0. the config is checked before anything is read or trained; a finished cell of the same identity is skipped
    validate(cfg)
    check_required(cfg)  # the paths a user must give (benchmark=files ...), all named at once
    use_threads(cfg)  # before any key: the thread count is part of them
    run_dir = Path(cfg.paths.output_dir)
    identity = cell_identity(cfg)
    if cfg.resume and (done := completed_run(run_dir, identity, run_dir / STUDENT_CHECKPOINTS)) is not None:
        log.info("%s: complete in %s, skipped (resume=false recomputes it)", cfg.run_name, run_dir)
        return done
    run_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(run_dir / "config.yaml", OmegaConf.to_yaml(resolved(cfg)))
    pl.seed_everything(int(cfg.seed), workers=True, verbose=False)
    record = RunRecord(run_dir, cfg, identity)
    try:
        return run_steps(cfg, run_dir, identity, record)
    except BaseException as err:  # Ctrl-C included: metrics.json says how the run ended, never `running`
        record.failed(err)
        raise


def run_steps(cfg: DictConfig, run_dir: Path, identity: str, record: RunRecord) -> dict[str, Any]:
    """Steps 1-5 of the cell, each finished one written to `record` at once."""
    cache_dir = Path(cfg.paths.cache_dir)
    run_files = (run_dir / "config.yaml", record.path)
    tags = {"model": cfg.model.name, "src": cfg.src, "lang": cfg.lang.code, "distill": cfg.distill.name,
            "seed": cfg.seed}
    store = open_store(cfg, run_dir)
    mode, lang = str(cfg.metric.mode), cfg.lang.code
    t_cell = time.perf_counter()

    # 1. data: everything is read first, so that a bad file fails before minutes of training
    t0 = time.perf_counter()
    data = load_cell_data(cfg, cache_dir)
    record.update(sizes=data.sizes())
    record.timing("data", time.perf_counter() - t0)
    # a test mention is "seen" if its string is a gold mention of the source train data / a token sequence of the
    # unlabeled target text (xlt.evaluation.diagnostics)
    seen_source, seen_text = mention_strings(data.src_train), token_sequences(data.text)

    def with_seen(scores: dict[str, Any], name: str, pred: Sequence[Sequence[str]]) -> dict[str, Any]:
        scores["seen_unseen"] = seen_unseen(data.sets[name], pred, seen_source, seen_text, mode)
        return scores

    def predictions_file(stage: str, name: str) -> Path | None:
        return run_dir / "predictions" / f"{stage}.{lang}.{name}.conll" if cfg.save_predictions else None

    # 2. the teacher (source train, selected on source dev) and its zero-shot scores on every target set
    teacher = get_teacher(cfg, store, data.src_train, data.src_dev, run_dir, run_files)
    record.timing("teacher_train", teacher.artifact.build_s)
    zero_shot: dict[str, dict[str, Any]] = {}
    artifacts = {"teacher": teacher.artifact.record()}
    for name, sentences in data.sets.items():
        zs, zs_artifact = get_zero_shot(cfg, store, teacher, sentences, predictions_file("zero_shot", name))
        _, pred = read_predictions(zs_artifact.path / PREDICTIONS_FILE)
        zero_shot[name] = with_seen(zs, name, pred)
        artifacts["zero_shot" if name == "test" else f"zero_shot_{name}"] = zs_artifact.record()
        record.timing("zero_shot_eval" if name == "test" else f"zero_shot_eval_{name}", zs_artifact.build_s)
    source_dev = dict(teacher.source_dev)
    for name, sentences in data.src_sets.items():  # scored like a zero-shot set: keyed by teacher and data
        source_dev[name], art = get_zero_shot(cfg, store, teacher, sentences, None)
        artifacts[f"source_dev_{name}"] = art.record()
    # idle time: waiting on the store lock of another job building the same artifact (teachers first: sweeper)
    record.timing("store_wait", sum(a["wait_s"] for a in artifacts.values()))
    link_teacher(run_dir, teacher.artifact.path / TEACHER_FILE)
    record.update(source_dev=source_dev, zero_shot=nest(zero_shot),
                  teacher_checkpoint=str(teacher.artifact.path / TEACHER_FILE), artifacts=artifacts)
    log.info("teacher%s: source dev F1 %.2f | zero-shot %s F1 %.2f", " (reused)" if teacher.artifact.reused else "",
             100 * teacher.source_dev["f1"], lang, 100 * zero_shot["test"]["f1"])
    if cfg.until == "zero_shot":  # the source x target matrix needs no student: the cell ends here
        record.timing("cell", time.perf_counter() - t_cell)
        record.update(status="complete")
        return record.data

    # 3. soft labels: the frozen teacher's logits on every word of the unlabeled target text
    soft, soft_artifact = get_soft_labels(cfg, store, teacher, data.text)
    record.timing("soft_labels", soft_artifact.build_s)
    record.timing("store_wait", record.data["timings_s"]["store_wait"] + soft_artifact.wait_s)
    diagnostics: dict[str, Any] = {"teacher_calibration": teacher.source_dev.get("calibration")}
    if data.text_gold is not None:  # how good the student's targets are (generated text has gold)
        diagnostics["teacher_on_unlabeled"] = unlabeled_scores(data.text_gold, argmax_tags(soft), mode)
    record.update(artifacts={**record.data["artifacts"], "soft": soft_artifact.record()}, diagnostics=diagnostics)

    # 4. the student's stage: target text only, against the teacher's outputs
    # the student's W&B run: one per cell (its identity and directory), continued when the cell resumes
    with run_stage("student", cfg, cfg.student, run_dir, tags, run_files, f"{cfg.run_name}/student",
                   f"student|{identity}|{run_dir.resolve()}", fields(cfg, DETERMINING)) as stage:
        student = build_student(cfg, teacher.module)
        teacher.release()
        select_on = data.dev if cfg.student.select == "target_dev" else None
        student_ckpt = stage.fit(student, student_windows(student, data.text, soft, cfg),
                                 windows_for(student, select_on, cfg) if select_on else None,
                                 run_dir / STUDENT_CHECKPOINTS)
        record.timing("student_train", stage.seconds)

        # 5. evaluation: the student on every target set; its agreement with the teacher on its own text
        t0 = time.perf_counter()
        student_scores, student_pred = {}, {}
        for name, sentences in data.sets.items():
            student_pred[name] = pred = argmax_tags(predict_sentences(student, sentences, **run_predict_kwargs(cfg)))
            scores = score_tags(sentences, pred, metric_mode=mode, predictions_path=predictions_file("student", name))
            student_scores[name] = with_seen(scores, name, pred)
        on_text = predict_sentences(student, data.text, **run_predict_kwargs(cfg))
        diagnostics["agreement"] = agreement(on_text, soft, mode)
        if data.text_gold is not None:
            diagnostics["student_on_unlabeled"] = unlabeled_scores(data.text_gold, argmax_tags(on_text), mode)
        record.timing("student_eval", time.perf_counter() - t0)
        record.timing("cell", time.perf_counter() - t_cell)
        gains = {f"gain_over_zero_shot{'' if name == 'test' else '_' + name}":
                 student_scores[name]["f1"] - zero_shot[name]["f1"] for name in data.sets}
        record.update(student=nest(student_scores), student_checkpoint=student_ckpt, diagnostics=diagnostics,
                      **gains, status="complete")
        stage.summary(summary_metrics(record.data))
        stage.tables({PER_TYPE_TABLE: per_type_table(record.data, list(data.sets)),
                      ERRORS_TABLE: errors_table(data.sets, student_pred)})
    return record.data


def use_threads(cfg: DictConfig) -> int:
    """Set torch's intra-op threads to what `perf.threads` resolves to in this job, and write the count back into
    the config: CPU results depend on it in their last bits, so keys and config.yaml hold the count, not `auto`."""
    threads = intra_op_threads(cfg.perf.get("threads"))
    with open_dict(cfg):
        cfg.perf.threads = threads
    torch.set_num_threads(threads)
    log.info("perf.threads: %d intra-op threads", threads)
    return threads


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

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
import torch
from omegaconf import DictConfig, OmegaConf

from xlt.artifacts import (
    ANALYSIS_ONLY_MODEL_KEYS,
    PREDICTIONS_FILE,
    TEACHER_FILE,
    encode_for,
    get_soft_labels,
    get_teacher,
    get_zero_shot,
    run_predict_kwargs,
)
from xlt.config import load_model_config, resolved, to_dict, validate
from xlt.data.conll import read_predictions
from xlt.data.encode import Window
from xlt.data.sentence import Sentence
from xlt.data.sources import load_split
from xlt.diagnostics import agreement, argmax_tags, flat, mention_strings, seen_unseen, token_sequences
from xlt.errors import ConfigError
from xlt.evaluation import predict_sentences, score_tags
from xlt.io import atomic_write_text, write_json
from xlt.loggers import finish, log_summary, make_loggers
from xlt.metrics import entity_scores
from xlt.modules import Student, TaggerModule
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
            "teacher_seed": int(cfg.teacher.seed),
            "student_seed": int(cfg.student.seed),
            "student_init": str(cfg.student.init),
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


def load_unlabeled(spec: Mapping[str, Any], cache_dir: Path) -> tuple[list[Sentence], list[Sentence] | None]:
    """The student's unlabeled text, and the same sentences with their gold tags where the source has them
    (generated data, a CoNLL file read without its labels): only for diagnostics, never for training."""
    labeled = load_split({**spec, "labels": True}, cache_dir, "benchmark.unlabeled")
    text = [Sentence(s.tokens, None) for s in labeled]
    return text, (labeled if all(s.tags is not None for s in labeled) else None)


def eval_sets(cfg: DictConfig, cache_dir: Path, test: list[Sentence],
              dev: list[Sentence] | None) -> dict[str, list[Sentence]]:
    """Every labeled target set a cell scores: `test` (the benchmark's), `benchmark.also_test.*` (the natural
    sentences), and the declared target dev split (`dev`, for recipe choice; disjoint from test)."""
    sets = {"test": test}
    for name, spec in (cfg.benchmark.get("also_test") or {}).items():
        check_set_name(str(name), "benchmark.also_test")
        sets[str(name)] = load_split(spec, cache_dir, f"benchmark.also_test.{name}")
    if dev is not None:
        sets["dev"] = dev
    return sets


# keys of a scores dict: a further test set's scores sit beside them (nest), so its name must not be one
RESERVED_SET_NAMES = ("test", "dev", "precision", "recall", "f1", "n_gold", "n_pred", "n_sentences", "per_type",
                      "mode", "predictions", "seen_unseen", "calibration")


def check_set_name(name: str, where: str) -> None:
    if name in RESERVED_SET_NAMES or not name.isidentifier():
        raise ConfigError(f"{where}.{name}: a further test set needs a plain name that is not one of "
                          f"{', '.join(RESERVED_SET_NAMES)}; rename it (e.g. {where}.natural)")


def check_dev_is_not_test(dev: Sequence[Sentence] | None, test: Sequence[Sentence]) -> None:
    """student.select=target_dev selects a checkpoint on the dev split: refuse one that shares a sentence with
    the test split (zero-resource: nothing is ever chosen on test data)."""
    shared = {s.tokens for s in dev or ()} & {s.tokens for s in test}
    if shared:
        example = " ".join(next(iter(shared)))[:80]
        raise ConfigError(f"student.select=target_dev: benchmark.dev shares {len(shared)} sentence(s) with "
                          f"benchmark.test (e.g. {example!r}); a checkpoint chosen on it would be chosen on test "
                          "data. Point benchmark.dev at a split disjoint from the test, or use student.select=last")


def nest(scores: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """{"test": a, "natural": b} -> a with b under "natural": metrics.json keeps `zero_shot.f1` for the test."""
    out = dict(scores["test"])
    out.update({name: sc for name, sc in scores.items() if name != "test"})
    return out


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
    mode = str(cfg.metric.mode)
    lang = cfg.lang.code
    t_cell = time.perf_counter()

    # data: read everything first, so a bad file fails before minutes of training
    t0 = time.perf_counter()
    src_train = load_split(cfg.source.train, cache_dir, "source.train")
    src_dev = load_split(cfg.source.dev, cache_dir, "source.dev")
    tgt_test = load_split(cfg.benchmark.test, cache_dir, "benchmark.test")
    tgt_text, tgt_text_gold = load_unlabeled(cfg.benchmark.unlabeled, cache_dir)
    tgt_dev = load_split(cfg.benchmark.dev, cache_dir, "benchmark.dev") if cfg.benchmark.get("dev") else None
    sets = eval_sets(cfg, cache_dir, tgt_test, tgt_dev)
    if cfg.student.get("select") == "target_dev":
        check_dev_is_not_test(tgt_dev, tgt_test)
    src_sets = {}  # the source side's further dev sets (natural English sentences): the teacher scored on them
    for name, spec in (cfg.source.get("also_dev") or {}).items():
        check_set_name(str(name), "source.also_dev")
        src_sets[str(name)] = load_split(spec, cache_dir, f"source.also_dev.{name}")
    record.update(sizes={"source_train": len(src_train), "source_dev": len(src_dev), "target_test": len(tgt_test),
                         "target_unlabeled": len(tgt_text), "target_dev": len(tgt_dev) if tgt_dev else 0,
                         **{f"target_{name}": len(s) for name, s in sets.items() if name not in ("test", "dev")}})
    record.timing("data", time.perf_counter() - t0)
    # what counts as a "seen" mention: a gold mention string of the source train data; any token sequence of
    # the unlabeled target text (xlt.diagnostics)
    seen_source, seen_text = mention_strings(src_train), token_sequences(tgt_text)

    def with_seen(scores: dict[str, Any], name: str, pred: Sequence[Sequence[str]]) -> dict[str, Any]:
        scores["seen_unseen"] = seen_unseen(sets[name], pred, seen_source, seen_text, mode)
        return scores

    def predictions_file(stage: str, name: str) -> Path | None:
        return run_dir / "predictions" / f"{stage}.{lang}.{name}.conll" if cfg.save_predictions else None

    # teacher (English source train, selected on English dev) and its zero-shot baseline: shared artifacts
    teacher = get_teacher(cfg, store, src_train, src_dev, run_dir, tags, run_files)
    record.timing("teacher_train", teacher.artifact.build_s)
    zero_shot: dict[str, dict[str, Any]] = {}
    artifacts = {"teacher": teacher.artifact.record()}
    for name, sentences in sets.items():
        zs, zs_artifact = get_zero_shot(cfg, store, teacher, sentences, predictions_file("zero_shot", name))
        _, pred = read_predictions(zs_artifact.path / PREDICTIONS_FILE)
        zero_shot[name] = with_seen(zs, name, pred)
        artifacts["zero_shot" if name == "test" else f"zero_shot_{name}"] = zs_artifact.record()
        record.timing("zero_shot_eval" if name == "test" else f"zero_shot_eval_{name}", zs_artifact.build_s)
    source_dev = dict(teacher.source_dev)
    for name, sentences in src_sets.items():  # scored like a zero-shot test: an artifact keyed by teacher and data
        scores, art = get_zero_shot(cfg, store, teacher, sentences, None)
        source_dev[name] = scores
        artifacts[f"source_dev_{name}"] = art.record()
    link_teacher(run_dir, teacher.artifact.path / TEACHER_FILE)
    record.update(source_dev=source_dev, zero_shot=nest(zero_shot),
                  teacher_checkpoint=str(teacher.artifact.path / TEACHER_FILE), artifacts=artifacts)
    log.info("teacher%s: source dev F1 %.2f | zero-shot %s F1 %.2f", " (reused)" if teacher.artifact.reused else "",
             100 * teacher.source_dev["f1"], lang, 100 * zero_shot["test"]["f1"])

    # soft labels: the frozen teacher's logits on every word of the unlabeled target text
    soft, soft_artifact = get_soft_labels(cfg, store, teacher, tgt_text)
    record.timing("soft_labels", soft_artifact.build_s)
    diagnostics: dict[str, Any] = {"teacher_calibration": teacher.source_dev.get("calibration")}
    if tgt_text_gold is not None:  # how good the student's targets are (generated text has gold)
        diagnostics["teacher_on_unlabeled"] = unlabeled_scores(tgt_text_gold, argmax_tags(soft), mode)
    record.update(artifacts={**record.data["artifacts"], "soft": soft_artifact.record()}, diagnostics=diagnostics)

    # student: target text only, against the teacher's outputs. Reseeded, so that its numbers do not depend on
    # whether this process trained the teacher or found it in the store
    t0 = time.perf_counter()
    pl.seed_everything(int(cfg.student.seed), workers=True)
    student_model = load_model_config(cfg.student.model) if cfg.student.model else cfg.model
    student = Student(to_dict(student_model), to_dict(cfg.student), mode, str(cache_dir),
                      distill=to_dict(cfg.distill))
    if cfg.student.init == "teacher":
        init_from_teacher(student, teacher.module())
    teacher.release()
    loggers = make_loggers(cfg, "student", run_dir, tags)
    student_windows = attach_soft_labels(encode_for(student, tgt_text, cfg), soft)
    select_dev = tgt_dev if cfg.student.get("select") == "target_dev" else None
    student_ckpt = fit_stage(student, cfg, cfg.student, student_windows,
                             encode_for(student, select_dev, cfg) if select_dev else None,
                             run_dir / "checkpoints" / "student", loggers, run_dir)
    record.timing("student_train", time.perf_counter() - t0)
    t0 = time.perf_counter()
    student_scores = {}
    for name, sentences in sets.items():
        pred = argmax_tags(predict_sentences(student, sentences, **run_predict_kwargs(cfg)))
        scores = score_tags(sentences, pred, metric_mode=mode, predictions_path=predictions_file("student", name))
        student_scores[name] = with_seen(scores, name, pred)
    # agreement with the teacher on the student's own training text (and its gold, where there is one)
    student_text = predict_sentences(student, tgt_text, **run_predict_kwargs(cfg))
    diagnostics["agreement"] = agreement(student_text, soft, mode)
    if tgt_text_gold is not None:
        diagnostics["student_on_unlabeled"] = unlabeled_scores(tgt_text_gold, argmax_tags(student_text), mode)
    record.timing("student_eval", time.perf_counter() - t0)
    record.timing("cell", time.perf_counter() - t_cell)
    st, zs = student_scores["test"], zero_shot["test"]
    gains = {"gain_over_zero_shot": st["f1"] - zs["f1"],
             **{f"gain_over_zero_shot_{name}": student_scores[name]["f1"] - zero_shot[name]["f1"]
                for name in sets if name != "test"}}
    record.update(student=nest(student_scores), student_checkpoint=student_ckpt, diagnostics=diagnostics, **gains,
                  status="complete")
    log_summary(loggers, summary_metrics(record.data), run_files)
    finish(loggers)
    return record.data


def init_from_teacher(student: Student, teacher: TaggerModule) -> None:
    """`student.init=teacher`: the teacher's weights. When every weight the student keeps frozen is still the
    pretrained one in the teacher too (both froze it), the student's checkpoints may leave them out (slim)."""
    own, theirs = student.tagger.state_dict(), teacher.tagger.state_dict()
    frozen = [n for n, p in student.tagger.named_parameters() if not p.requires_grad]
    unchanged = all(torch.equal(own[n], theirs[n]) for n in frozen)
    student.tagger.load_state_dict(theirs)
    student.slim_checkpoints = unchanged and not student.hparams["model"].get("random_init")


def unlabeled_scores(gold: Sequence[Sentence], pred: Sequence[Sequence[str]], mode: str) -> dict[str, Any]:
    """Entity P/R/F1 (and per type) of tags predicted on the unlabeled text, against its gold."""
    scores = entity_scores([list(s.tags or ()) for s in gold], [list(p) for p in pred], mode)
    scores.pop("mode", None)
    return scores


def summary_metrics(metrics: Mapping[str, Any]) -> dict[str, float]:
    """The flat numbers of a finished cell for W&B's summary: P/R/F1 of every stage and test set, per-type F1,
    gains, seen/unseen splits and the diagnostics (no counts of predictions or file names)."""
    skip = ("/tp", "/n_pred", "/n_gold", "/support", "/n_sentences", "/n_words", "/n_bins")
    keep = lambda name: not name.endswith(skip)  # noqa: E731
    out: dict[str, float] = {}
    for stage in ("source_dev", "zero_shot", "student", "diagnostics"):
        out.update(flat(stage, metrics.get(stage) or {}, keep))
    out.update({k: float(v) for k, v in metrics.items() if k.startswith("gain_over_zero_shot")})
    return out


def _prf(scores: Mapping[str, Any]) -> str:
    return "P {:6.2f}  R {:6.2f}  F1 {:6.2f}".format(*(100 * scores[k] for k in ("precision", "recall", "f1")))


def summary_lines(metrics: Mapping[str, Any]) -> list[str]:
    """Human-readable closing lines of a cell (entity-level, in %)."""
    lang, bench = metrics["lang"], metrics["benchmark"]
    zs, st = metrics["zero_shot"], metrics["student"]
    lines = [
        f"run {metrics['run_name']}: model={metrics['model']} lang={lang} distill={metrics['distill']} "
        f"seed={metrics['seed']} (entity F1 in %, {metrics['metric_mode']})",
        f"  teacher  source dev   ({metrics['source']:>10})  {_prf(metrics['source_dev'])}",
        *(f"  teacher  source dev   ({name:>10})  {_prf(sc)}" for name, sc in metrics["source_dev"].items()
          if isinstance(sc, Mapping) and "f1" in sc),
        f"  teacher  zero-shot {lang} ({bench:>10})  {_prf(zs)}",
        f"  student  {lang} test    ({bench:>10})  {_prf(st)}   gain {100 * metrics['gain_over_zero_shot']:+.2f}",
    ]
    for name in extra_tests(metrics):
        lines += [f"  teacher  zero-shot {lang} ({name:>10})  {_prf(zs[name])}",
                  f"  student  {lang} test    ({name:>10})  {_prf(st[name])}   "
                  f"gain {100 * metrics[f'gain_over_zero_shot_{name}']:+.2f}"]
    split = st.get("seen_unseen", {}).get("target_text")
    if split:
        zsplit = zs["seen_unseen"]["target_text"]
        lines.append(f"  {bench} test mentions seen in the unlabeled text: {100 * split['seen_share']:.0f} %; F1 "
                     f"seen zero-shot {100 * zsplit['seen']['f1']:.2f} / student {100 * split['seen']['f1']:.2f}, "
                     f"unseen {100 * zsplit['unseen']['f1']:.2f} / {100 * split['unseen']['f1']:.2f}")
    diag = metrics.get("diagnostics") or {}
    parts = []
    if diag.get("teacher_on_unlabeled"):
        parts.append(f"teacher F1 on the unlabeled text {100 * diag['teacher_on_unlabeled']['f1']:.2f}")
    if diag.get("agreement") and diag["agreement"]["token"] is not None:
        ent = diag["agreement"]["entity_token"]
        parts.append(f"student-teacher agreement {100 * diag['agreement']['token']:.1f} % of words "
                     f"({'n/a' if ent is None else f'{100 * ent:.1f} %'} of teacher entity words)")
    if diag.get("teacher_calibration"):
        parts.append(f"teacher ECE on source dev {diag['teacher_calibration']['ece']:.3f}")
    if parts:
        lines.append("  " + "; ".join(parts))
    lines.append(f"  wall time {metrics['timings_s'].get('cell', 0):.0f} s, peak RSS {metrics['peak_rss_mib']:.0f} MiB"
                 + (f", reused from the store: {', '.join(reused)}" if (reused := _reused(metrics)) else ""))
    return lines


def extra_tests(metrics: Mapping[str, Any]) -> list[str]:
    """The names of the further test sets a cell scored (benchmark.also_test, dev), in the order recorded."""
    return [k[len("gain_over_zero_shot_"):] for k in metrics if k.startswith("gain_over_zero_shot_")]


def one_line(metrics: Mapping[str, Any]) -> str:
    """The one-line summary of a finished cell (a sweep prints one per cell)."""
    zs, st = metrics["zero_shot"], metrics["student"]
    extra = "".join(f" | {name} {100 * zs[name]['f1']:.2f} -> {100 * st[name]['f1']:.2f}"
                    for name in extra_tests(metrics))
    return (f"done {metrics['run_name']}: source dev {100 * metrics['source_dev']['f1']:.2f} | zero-shot "
            f"{100 * metrics['zero_shot']['f1']:.2f} | student {100 * metrics['student']['f1']:.2f} "
            f"({100 * metrics['gain_over_zero_shot']:+.2f}){extra} | {metrics['timings_s'].get('cell', 0):.0f} s"
            + (f" | reused {', '.join(reused)}" if (reused := _reused(metrics)) else ""))


def _reused(metrics: Mapping[str, Any]) -> list[str]:
    return [name for name, art in sorted(metrics.get("artifacts", {}).items()) if art.get("reused")]

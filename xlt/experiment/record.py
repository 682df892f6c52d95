"""A run's record: metrics.json (rewritten atomically after every stage) and the lines a finished cell prints."""

from __future__ import annotations

import json
import logging
import resource
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from omegaconf import DictConfig

from xlt.errors import ConfigError
from xlt.evaluation.diagnostics import flat
from xlt.evaluation.metrics import entity_spans, iob2_entities
from xlt.experiment.identity import header, recorded
from xlt.io import write_json
from xlt.runtime import launched_rank, machine

log = logging.getLogger(__name__)

METRICS_FILE = "metrics.json"
STUDENT_CHECKPOINTS = Path("checkpoints") / "student"  # in the run directory: what a rerun resumes the student from
PREDICTIONS_DIR = "predictions"  # in the run directory: one `token gold pred` file per stage and scored set


def predictions_file(run_dir: Path, stage: str, lang: str, name: str) -> Path:
    """Where a run writes, and the report reads, the predictions of `stage` (zero_shot, student) on set `name`."""
    return run_dir / PREDICTIONS_DIR / f"{stage}.{lang}.{name}.conll"


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


class RunRecord:
    """metrics.json of a run, rewritten atomically after every stage."""

    def __init__(self, run_dir: Path, cfg: DictConfig, identity: str) -> None:
        self.path = run_dir / METRICS_FILE
        named = header(cfg)
        self.data: dict[str, Any] = {
            "status": "running",
            "config_identity": identity,
            "run_name": cfg.run_name,
            **named,
            "precision": str(cfg.trainer.precision),  # as the cell resolved it (xlt.experiment.cell.use_precision)
            # the source is the target's own language: an in-language upper bound, not a transfer pair
            "in_language": named["src"] == named["lang"],
            "machine": machine(),  # its CPU model: another one computes other last bits (xlt.runtime.machine)
            "timings_s": {},
        }
        self.save()

    def update(self, **items: Any) -> None:
        self.data.update(items)
        self.data["peak_rss_mib"] = round(peak_rss_mib(), 1)
        self.data["machine"] = machine()  # the GPU is named once a stage has used it
        self.save()

    def timing(self, name: str, seconds: float) -> None:
        self.data["timings_s"][name] = round(seconds, 2)
        self.save()

    def failed(self, err: BaseException) -> None:
        """The run ended with `err`: what finished stays, the status says it failed and why."""
        self.update(status="failed", error={"type": type(err).__name__, "message": str(err)})

    def save(self) -> None:
        if launched_rank() == 0:  # DDP: one writer
            write_json(self.path, self.data)


def completed_run(run_dir: Path, identity: str, training_state: Path | None = None) -> dict[str, Any] | None:
    """The metrics of a finished run of this same config in `run_dir`, if there is one (a sweep rerun). A run of
    this config that failed or was killed is redone (reusing what it finished: the store's artifacts, the student's
    last.ckpt). A run of another config there is refused while it holds something of its own: a complete result,
    or a `training_state` (the student's checkpoints) that this run would resume from; one that ended before
    leaving either (a bad data path, fixed since) is replaced."""
    path = run_dir / METRICS_FILE
    if not path.is_file():
        return None
    try:
        metrics = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # unreadable: treat as unfinished and redo
    status = metrics.get("status")
    if metrics.get("config_identity") not in (None, identity):
        if status != "complete" and not (training_state is not None and training_state.exists()):
            log.info("%s: replacing a %s run of another config that left no results", run_dir, status)
            return None
        error = metrics.get("error") or {}
        why = f" (it failed: {error.get('type')}: {error.get('message')})" if error else ""
        restart = "" if status == "complete" else f", or delete {training_state} to train this config's student there"
        raise ConfigError(
            f"{run_dir} holds a {status} run of a different config (identity {metrics.get('config_identity')} != "
            f"{identity}){why}; give this run its own directory (another sweep_name, or hydra.run.dir=...){restart}; "
            "a run of an older xlt version has another identity too: rerun it in a new directory"
        )
    return metrics if status == "complete" else None


def run_metrics_files(root: Path) -> list[Path]:
    """The metrics.json of every run under `root` (itself included), sorted: a run's own, never a copy - the one
    each of its W&B runs carries among its files (<run dir>/wandb/<W&B run>/files/, xlt.training.loggers), nor one in
    a private store's artifacts (<run dir>/artifacts/)."""
    return sorted(p for p in root.rglob(METRICS_FILE)
                  if p.parent.name != "artifacts" and "wandb" not in p.relative_to(root).parts)


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


Row = tuple[str, str, str, str, str, Mapping[str, Any], float | None]


def score_rows(metrics: Mapping[str, Any]) -> list[Row]:
    """The closing table's rows: (stage, how, language, split, data set, scores, gain). The source dev sets
    (`source_dev` and its further sets by name), then per target set the teacher zero-shot and the student: the
    benchmark's test and dev splits under the benchmark's name, its further test sets (`also_test`) under theirs."""
    src, lang, bench = recorded(metrics, "src"), metrics["lang"], metrics["benchmark"]
    zs, st = metrics.get("zero_shot"), metrics.get("student")
    rows: list[Row] = [("teacher", "source", src, "dev", metrics["source"], metrics["source_dev"], None)]
    rows += [("teacher", "source", src, "dev", name, sc, None) for name, sc in metrics["source_dev"].items()
             if isinstance(sc, Mapping) and "f1" in sc]
    for name in scored_sets(metrics):  # until=teacher: no target set; until=student_dev: dev alone
        split, data = ("dev" if name == "dev" else "test"), (bench if name in ("test", "dev") else name)
        rows.append(("teacher", "zero-shot", lang, split, data, zs if name == "test" else zs[name], None))
        if st is not None:
            gain = metrics["gain_over_zero_shot" if name == "test" else f"gain_over_zero_shot_{name}"]
            rows.append(("student", "distilled", lang, split, data, st if name == "test" else st[name], gain))
    return rows


def _table(rows: Sequence[Row]) -> list[str]:
    """The rows as aligned lines: words left-aligned, the data set right-aligned in parentheses, P/R/F1 in %."""
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    data_width = max(10, *(len(row[4]) for row in rows))
    return ["  " + "  ".join(word.ljust(width) for word, width in zip(row[:4], widths, strict=True))
            + f"  ({row[4]:>{data_width}})  {_prf(row[5])}" + ("" if row[6] is None else f"   gain {100 * row[6]:+.2f}")
            for row in rows]


def summary_lines(metrics: Mapping[str, Any]) -> list[str]:
    """Human-readable closing lines of a cell (entity-level, in %); a zero-shot-only cell (until=zero_shot) has no
    student lines, a teacher-only one (until=teacher) no target lines, a dev-only one (until=student_dev) no test
    lines (nor the test's seen/unseen line and its seed spread)."""
    lang, bench = metrics["lang"], metrics["benchmark"]
    zs, st = metrics.get("zero_shot"), metrics.get("student")
    lines = [
        f"run {metrics['run_name']}: model={metrics['model']} src={recorded(metrics, 'src')} lang={lang} "
        f"distill={metrics['distill']} seed={metrics['seed']}"
        + (f" precision={metrics['precision']}" if metrics.get("precision") else "")  # an older record has none
        + f" (entity F1 in %, {metrics['metric_mode']})"
        + (" - in-language: the source is the target's language" if metrics.get("in_language") else ""),
        *_table(score_rows(metrics)),
    ]
    if st is None:
        return lines
    split = st.get("seen_unseen", {}).get("target_text")  # the test's (until=student_dev: none)
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
    if scored_test(metrics):  # the test gain's spread over seeds: a dev-only cell (a study's trial) has no test
        lines.append(one_draw_line(metrics, SEED_TABLE))
    return lines


# the committed multi-seed runs of the embedded default (the README's table; xlt.report's runs.csv of
# experiment=transfer_embedded): how much one seed's gain moves, for the closing line of a single cell
SEED_TABLE = Path(__file__).resolve().parents[2] / "bench" / "results" / "transfer_embedded" / "runs.csv"


def one_draw_line(metrics: Mapping[str, Any], table: Path) -> str:
    """A single cell is one draw: the spread of the same cell's gain over the seeds of the committed table (same
    model, languages, loss, student init, source and benchmark), read from `table`, or how to measure it."""
    rows = _same_cell_rows(metrics, table)
    if len(rows) < 2:
        return ("  one run (one seed): a single seed's gain is not a result; sweep seeds "
                "(-m seed=1,2,3,4,5) and read xlt.report's intervals")
    gains = sorted(float(r["gain"]) for r in rows)
    mean = sum(gains) / len(gains)
    sd = (sum((g - mean) ** 2 for g in gains) / (len(gains) - 1)) ** 0.5
    return (f"  one run (one seed): over seeds {', '.join(sorted(r['seed'] for r in rows))} of the same cell the "
            f"gain on the {metrics['benchmark']} test was {mean:+.2f} +- {sd:.2f} (from {gains[0]:+.2f} to "
            f"{gains[-1]:+.2f}; {table.parent.name}/{table.name}): cite that table, not this draw")


def _same_cell_rows(metrics: Mapping[str, Any], table: Path) -> list[dict[str, str]]:
    if not table.is_file():  # an installed (not cloned) xlt has no bench/results
        return []
    import csv

    with table.open(newline="") as f:
        rows = list(csv.DictReader(f))
    want = {k: str(recorded(metrics, k)) for k in ("model", "lang", "distill", "student_init", "benchmark", "src")}
    # a table written before `src` was a column names the source with its language (`synth_en`)
    sources = {str(recorded(metrics, "source")), f"{recorded(metrics, 'source')}_{want['src']}"}
    return [r for r in rows if r.get("source") in sources
            and all(r[k] == v for k, v in want.items() if k in r)]


def scored_test(metrics: Mapping[str, Any]) -> bool:
    """Whether a cell scored the benchmark's test (top-level `zero_shot.f1`): not until=teacher or student_dev."""
    return "f1" in (metrics.get("zero_shot") or {})


def scored_sets(metrics: Mapping[str, Any]) -> list[str]:
    """Every target set a cell scored, `test` first: none until=teacher, `dev` alone until=student_dev."""
    return ["test"] * scored_test(metrics) + extra_tests(metrics)


def extra_tests(metrics: Mapping[str, Any]) -> list[str]:
    """The names of the further test sets a cell scored (benchmark.also_test, dev), in the order recorded: the
    nested scores of its zero-shot stage (every cell has one; a zero-shot-only cell has no gains)."""
    return [k for k, v in (metrics.get("zero_shot") or {}).items() if isinstance(v, Mapping) and "f1" in v]


def one_line(metrics: Mapping[str, Any]) -> str:
    """The one-line summary of a finished cell (a sweep prints one per cell)."""
    zs, st = metrics.get("zero_shot"), metrics.get("student")
    if zs is None:  # until=teacher
        return (f"done {metrics['run_name']}: source dev {100 * metrics['source_dev']['f1']:.2f} (teacher only: "
                f"until=teacher) | {metrics['timings_s'].get('cell', 0):.0f} s")
    if st is None:  # until=zero_shot
        extra = "".join(f" | {name} {100 * zs[name]['f1']:.2f}" for name in extra_tests(metrics))
        return (f"done {metrics['run_name']}: source dev {100 * metrics['source_dev']['f1']:.2f} | zero-shot "
                f"{100 * zs['f1']:.2f}{extra} (no student: until=zero_shot) | "
                f"{metrics['timings_s'].get('cell', 0):.0f} s")
    extra = "".join(f" | {name} {100 * zs[name]['f1']:.2f} -> {100 * st[name]['f1']:.2f}"
                    for name in extra_tests(metrics))
    test = (f" | zero-shot {100 * zs['f1']:.2f} | student {100 * st['f1']:.2f} "
            f"({100 * metrics['gain_over_zero_shot']:+.2f})" if scored_test(metrics)
            else " (no test set: until=student_dev)")
    return (f"done {metrics['run_name']}: source dev {100 * metrics['source_dev']['f1']:.2f}{test}{extra} | "
            f"{metrics['timings_s'].get('cell', 0):.0f} s"
            + (f" | reused {', '.join(reused)}" if (reused := _reused(metrics)) else ""))


def _reused(metrics: Mapping[str, Any]) -> list[str]:
    return [name for name, art in sorted(metrics.get("artifacts", {}).items()) if art.get("reused")]


Table = tuple[list[str], list[list[Any]]]
# the W&B tables of a student run (the saved workspace, xlt.analysis.wandb_workspace, shows the first)
PER_TYPE_TABLE, ERRORS_TABLE = "per_type", "errors"


def per_type_table(metrics: Mapping[str, Any], set_names: Sequence[str]) -> Table:
    """One row per (test set, stage, entity type): P/R/F1 in % and the gold support, for a W&B table."""
    rows = []
    for name in set_names:
        for stage in ("zero_shot", "student"):
            scores = metrics[stage] if name == "test" else metrics[stage][name]
            for etype, t in sorted(scores["per_type"].items()):
                rows.append([name, stage, etype, *(round(100 * t[k], 2) for k in ("precision", "recall", "f1")),
                             int(t["support"])])
    return ["test_set", "stage", "type", "precision", "recall", "f1", "support"], rows


def _entities_text(tokens: Sequence[str], tags: Sequence[str]) -> str:
    return "; ".join(f"{etype} {surface}" for etype, surface in entity_spans(tokens, tags))


def errors_table(sets: Mapping[str, Sequence[Any]], preds: Mapping[str, Sequence[Sequence[str]]],
                 limit: int = 50) -> Table:
    """The first `limit` sentences per test set whose predicted entities differ from the gold ones: the sentence,
    gold and predicted entities (type and surface), for a W&B table."""
    rows = []
    for name, sentences in sets.items():
        wrong = [(s, p) for s, p in zip(sentences, preds[name], strict=True)
                 if iob2_entities(list(s.tags)) != iob2_entities(list(p))]
        rows += [[name, " ".join(s.tokens), _entities_text(s.tokens, s.tags), _entities_text(s.tokens, p)]
                 for s, p in wrong[:limit]]
    return ["test_set", "sentence", "gold", "student"], rows

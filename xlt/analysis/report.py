"""The comparison report of finished cells (`python -m xlt.report <sweep or run dirs>`, xlt.cli.report).

Collects every complete `metrics.json` under the given directories and writes, as Markdown + CSV + PNG:

(a) model x language, per distillation loss and per test set (the benchmark's test, and the natural
    sentences where the cells scored them): student F1 mean +- std over seeds, the zero-shot baseline (same
    teachers) mean +- std, and the student's gain over it; precision and recall beside F1 in the CSVs;
(b) per-entity-type F1 of student and zero-shot;
(c) seen vs unseen test mentions (string in the unlabeled target text / in the source training data),
    sentence-initial vs inside mentions (where a decoder's left-to-right context is empty) and
    the diagnostics of every cell (teacher F1 on the unlabeled text, student-teacher agreement, teacher ECE);
(d) significance for the student vs its zero-shot baseline (seeds paired) and, for every pair of models, the
    backbone contrast in zero-shot F1, student F1 and gain (seeds paired by seed id where both ran the same seeds),
    per test set: a hierarchical bootstrap (seeds, then test units) for the 95 % interval and
    the design's minimum detectable effect, a paired approximate randomisation test over test units for the p-value,
    the exact seed-level test (xlt.analysis.stats), and Holm-Bonferroni over all comparisons of the report. The unit
    of a test set (xlt.data.units): the template cluster for generated sets, the document for files with
    -DOCSTART- lines, else the sentence; `significant` needs both the unit level and the seed level to reject,
    after Holm;
(e) a heatmap (model x language) of student F1 and a bar chart with seed std, per loss; and per loss, every setting
    side by side, the student's gain over zero-shot per target language and test set with the 95 % interval of (d);
(f) with several source languages (`src`, the seed paper's design): a source x target matrix and heatmap per
    backbone of zero-shot F1 (and of student F1 and gain per loss where cells trained students), the diagonal
    marked as in-language cells. Zero-shot-only cells (until=zero_shot) have no student columns; a recipe
    study's trials (until=teacher, student_dev) score no test set and are left out.

Every number comes from the runs' metrics.json and prediction files; nothing is re-trained. F1 values
are entity-level micro F1 in %, counted in the metric mode the runs used (conlleval by default).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from xlt.analysis.stats import (
    ALPHA,
    SEEDS_TO_REJECT,
    gain_contrast_bootstrap,
    gain_randomisation_test,
    hierarchical_bootstrap,
    holm,
    mean_f1,
    randomisation_test,
    seed_permutation_test,
    seeds_to_reject,
    sign_flip_test,
    smallest_seed_p,
)
from xlt.config import leaves
from xlt.data.conll import read_predictions
from xlt.data.tags import ENTITY_TYPES
from xlt.data.units import Units, spec_units
from xlt.errors import ConfigError, DataError
from xlt.evaluation.metrics import sentence_counts
from xlt.experiment.identity import CELL_KEYS, HEADLINE, SEED_KEYS, recorded, recorded_header, role
from xlt.experiment.record import predictions_file, run_metrics_files, scored_sets, scored_test
from xlt.io import atomic_write_text

log = logging.getLogger(__name__)

# a table row: mean +- std over the seeds of one cell (xlt.experiment.identity: CELL_KEYS, SEED_KEYS), a table per loss
GROUP = ["setting", "distill", *(key for key in CELL_KEYS if key != "distill")]
PAIRED = [key for key in GROUP if key != "model"]  # the models compared with each other: their students
POSITION_PARTS = ("initial", "inside")  # test mentions that start their sentence, the others (diagnostics.by_position)
# the mention splits of a set's scores the report reads: (path in the scores, its two parts, their column labels); a
# split's share column is its first label + `_share` (xlt.evaluation.diagnostics: seen_unseen, by_position)
SPLITS = ((("seen_unseen", "target_text"), ("seen", "unseen"), ("seen_text", "unseen_text")),
          (("seen_unseen", "source"), ("seen", "unseen"), ("seen_source", "unseen_source")),
          (("position",), POSITION_PARTS, POSITION_PARTS))


# --- collection --------------------------------------------------------------------------------------------------


def find_runs(roots: Iterable[str | Path]) -> list[Path]:
    """Every run directory (holding a metrics.json of its own: xlt.experiment.record.run_metrics_files) under the
    given directories, sorted."""
    runs: set[Path] = set()
    for root in map(Path, roots):
        if not root.exists():
            raise DataError(f"{root} does not exist: pass sweep directories (outputs/multirun/<sweep>) or run dirs")
        runs.update(p.parent for p in run_metrics_files(root))
    return sorted(runs)


def collect_runs(roots: Iterable[str | Path]) -> pd.DataFrame:
    """One row per complete run: identity, F1s (in %), per-type F1s, prediction files. Incomplete runs are
    skipped with a warning (a sweep still running, or a killed cell), and so are the trials of a recipe study
    (until=teacher or student_dev), which score no target test set."""
    rows, trials = [], 0
    for run in find_runs(roots):
        try:
            m = json.loads((run / "metrics.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            log.warning("skipping %s: unreadable metrics.json (%s)", run, err)
            continue
        if m.get("status") != "complete":
            log.warning("skipping %s: status %r (not finished)", run, m.get("status"))
            continue
        if not scored_test(m):  # a recipe study's trial (until=teacher or student_dev)
            log.warning("skipping %s: until=%s scored no target test set (a recipe study's trial)", run,
                        recorded(m, "until"))
            trials += 1
            continue
        row = {
            "run_dir": str(run),
            **_headline_columns(m),
            "source_dev_f1": 100 * m["source_dev"]["f1"],
            **{f"source_dev_{k}_f1": 100 * v["f1"] for k, v in m["source_dev"].items()
               if isinstance(v, dict) and "f1" in v},
            "n_test_sentences": m["zero_shot"].get("n_sentences"),
            "teacher_reused": bool(m.get("artifacts", {}).get("teacher", {}).get("reused", False)),
            "cell_s": m.get("timings_s", {}).get("cell"),
            "cpu": (m.get("machine") or {}).get("cpu"),  # which CPU model computed it (none before 2026-12-07)
            "gpu": (m.get("machine") or {}).get("gpu"),  # and which GPU, where it ran on one
        }
        for name in scored_sets(m):
            row.update(_set_columns(run, m, name))
        row.update(_diagnostic_columns(m))
        rows.append(row)
    if not rows:
        trial_note = (f" ({trials} recipe-study trials, which score no test set: report a sweep of whole cells)"
                      if trials else "")
        raise DataError(f"no complete runs (metrics.json with status complete) under {', '.join(map(str, roots))}"
                        + trial_note)
    frame = with_swept_settings(pd.DataFrame(rows))
    dup = frame.duplicated(["setting", *CELL_KEYS, *SEED_KEYS], keep=False)
    if dup.any():
        names = ", ".join(frame.loc[dup, "run_dir"].head(4))
        raise DataError(f"the same cell and seed appears in several runs ({names}...): report one sweep at a time "
                        "or remove the duplicates")
    return frame.sort_values(["setting", *CELL_KEYS, *SEED_KEYS]).reset_index(drop=True)


def _headline_columns(m: dict[str, Any]) -> dict[str, Any]:
    """The fields that name the run (xlt.experiment.identity), an older xlt's runs too; a student on another
    backbone than its teacher is its own `model` row ("xlmr>mbert"); runs of other data are never averaged or
    compared together: one `setting` (section) per source and benchmark."""
    named = recorded_header(m)
    teacher, student = named["model"], named["student_model"]
    return {**named, "model": teacher if student == teacher else f"{teacher}>{student}", "teacher_model": teacher,
            "setting": f"{named['source']} -> {named['benchmark']}"}


SEED_FIELDS = tuple(f.path for f in HEADLINE if f.seed)  # left out of the settings: the seeds of a cell differ
SWEPT = " | "  # in a setting: between its data (source -> benchmark) and its swept fields (field=value, ...)


def _determining_config(run: Path) -> dict[str, Any]:
    """The run's resolved config (config.yaml), flat, restricted to the fields that determine a result (their
    declared role, xlt.experiment.identity), seeds left out; {} for a run without one."""
    path = run / "config.yaml"
    if not path.is_file():
        return {}
    tree = yaml.safe_load(path.read_text(encoding="utf-8")) or {}

    def determines(key: str) -> bool:
        try:
            return role(key) != "none"
        except ConfigError:  # a field of another xlt version: kept, it only matters if it differs
            return True

    return {k: v for k, v in leaves(tree) if k not in SEED_FIELDS and determines(k)}


def _group_choices(run: Path) -> dict[str, str]:
    """The config group choices a run was composed with (Hydra's .hydra/hydra.yaml); {} for a run without one."""
    path = run / ".hydra" / "hydra.yaml"
    if not path.is_file():
        return {}
    hydra = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("hydra") or {}
    return {str(k): str(v) for k, v in ((hydra.get("runtime") or {}).get("choices") or {}).items() if v is not None}


def _dumped(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _named_by_choice(frame: pd.DataFrame, configs: dict[str, dict[str, Any]], swept: set[str]) -> dict[str, dict]:
    """The config groups whose swept fields a setting names by the group's choice instead (`student=tsl`), with
    each run's choice: a group whose recipe depends on the backbone as well as on the choice
    (student=searched_for_model: each model's own searched recipe). Named by its fields, one choice would be a
    setting per backbone and the backbones could never be compared under it. A group whose fields one choice fixes
    for every backbone keeps its field labels (`student.init=teacher`)."""
    named: dict[str, dict] = {}
    groups = sorted({key.partition(".")[0] for key in swept if "." in key})
    choices = {run: _group_choices(Path(run)) for run in frame.run_dir} if groups else {}  # each hydra.yaml once
    for group in groups:
        keys = sorted(k for k in swept if k.startswith(f"{group}."))
        choice = {run: choices[run].get(group) for run in frame.run_dir}
        values = [tuple(_dumped(configs[run].get(k)) for k in keys) for run in frame.run_dir]
        by_model = [(model, choice[run]) for run, model in zip(frame.run_dir, frame.model, strict=True)]
        if not _determines(by_model, values) or _determines([choice[run] for run in frame.run_dir], values):
            continue  # the fields name it: they vary within one choice of one model, or one choice fixes them
        missing = [run for run, c in choice.items() if c is None]
        if missing:
            log.warning("%d run(s) record no `%s` choice (.hydra/hydra.yaml, e.g. %s): its settings are named by "
                        "their fields, one per backbone, and the backbones are not compared under them", len(missing),
                        group, missing[0])
            continue
        named[group] = choice
    return named


def _determines(keys: Sequence[Any], values: Sequence[Any]) -> bool:
    """True if equal keys always go with equal values."""
    seen: dict[Any, Any] = {}
    return all(seen.setdefault(key, value) == value for key, value in zip(keys, values, strict=True))


def with_swept_settings(frame: pd.DataFrame) -> pd.DataFrame:
    """Runs that differ in any determining config field other than model, language, loss and seeds (a swept
    `teacher.lr`, `distill.temperature`, `benchmark.test.seen_train`, ...) are other settings: the field joins the
    `setting` (`synth -> synth | teacher.lr=0.0001`) and becomes a `cfg.<field>` column, so they are never
    averaged as seeds of one cell. A group whose recipe is the backbone's own (`_named_by_choice`) joins it by its
    choice (`synth -> synth | student=searched_for_model`)."""
    configs = {run: _determining_config(Path(run)) for run in frame.run_dir}
    swept: set[str] = set()
    for _, rows in frame.groupby(CELL_KEYS, sort=False):
        cfgs = [configs[r] for r in rows.run_dir]
        keys = set().union(*cfgs) if cfgs else set()
        swept |= {k for k in keys if len({_dumped(c.get(k)) for c in cfgs}) > 1}
    if not swept:
        return frame
    frame = frame.copy()
    for key in sorted(swept):
        frame[f"cfg.{key}"] = [configs[r].get(key) for r in frame.run_dir]
    named = _named_by_choice(frame, configs, swept)
    labels = [{**{k: f"{k}={configs[r].get(k)}" for k in swept if k.partition(".")[0] not in named},
               **{g: f"{g}={choice[r]}" for g, choice in named.items()}} for r in frame.run_dir]
    suffix = [", ".join(label[k] for k in sorted(label)) for label in labels]
    frame["setting"] = [f"{s}{SWEPT}{x}" for s, x in zip(frame.setting, suffix, strict=True)]
    return frame


def colname(name: str, key: str) -> str:
    """Column name of a score: `student_f1` for the benchmark's test, `student_natural_f1` for another set."""
    return f"{key}" if name == "test" else f"{name}_{key}"


def _set_columns(run: Path, m: dict[str, Any], name: str) -> dict[str, Any]:
    """P/R/F1, gain, per-type F1, seen/unseen and initial/inside F1 and the predictions file of one test set, both
    stages."""
    out: dict[str, Any] = {}
    for stage in ("zero_shot", "student"):
        scores = _stage_scores(m, stage, name)
        for key in ("f1", "precision", "recall"):
            out[f"{stage}_{colname(name, key)}"] = 100 * scores[key] if key in scores else np.nan
        for t in ENTITY_TYPES:
            score = scores.get("per_type", {}).get(t)
            out[f"{stage}_{colname(name, t)}_f1"] = 100 * score["f1"] if score else np.nan
        for path, parts, labels in SPLITS:  # a cell recorded before a split has none: NaN
            split = scores
            for key in path:
                split = split.get(key) or {}
            for part, label in zip(parts, labels, strict=True):
                out[f"{stage}_{colname(name, label)}_f1"] = 100 * split[part]["f1"] if split else np.nan
            share = colname(name, f"{labels[0]}_share")
            if split or share not in out:  # the same share in both stages
                out[share] = 100 * split[f"{parts[0]}_share"] if split else np.nan
        out[f"{stage}_{colname(name, 'predictions')}"] = _predictions(run, m, stage, name)
    out[colname(name, "gain")] = out[f"student_{colname(name, 'f1')}"] - out[f"zero_shot_{colname(name, 'f1')}"]
    return out


def _diagnostic_columns(m: dict[str, Any]) -> dict[str, float]:
    d = m.get("diagnostics") or {}

    def pick(*path: str, scale: float = 100.0) -> float:
        node: Any = d
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        return scale * float(node) if isinstance(node, (int, float)) else np.nan

    return {"teacher_unlabeled_f1": pick("teacher_on_unlabeled", "f1"),
            "student_unlabeled_f1": pick("student_on_unlabeled", "f1"),
            "agreement_token": pick("agreement", "token"), "agreement_entity_token": pick("agreement", "entity_token"),
            "teacher_ece": pick("teacher_calibration", "ece", scale=1.0)}


def _stage_scores(metrics: dict[str, Any], stage: str, name: str) -> dict[str, Any]:
    """A stage's scores on one test set ({} where it has none: a zero-shot-only cell has no student)."""
    scores = metrics.get(stage) or {}
    return scores if name == "test" else scores.get(name, {})


def _predictions(run: Path, metrics: dict[str, Any], stage: str, name: str = "test") -> str | None:
    """The run's own predictions file (its run directory's, so a moved, copied or carried run reads its own), else
    the path its metrics.json recorded."""
    local = predictions_file(run, stage, metrics["lang"], name)
    if local.is_file():
        return str(local)
    recorded = _stage_scores(metrics, stage, name).get("predictions")
    return str(recorded) if recorded and Path(recorded).is_file() else None


def test_sets(runs: pd.DataFrame) -> list[str]:
    """The sets the runs were scored on: the benchmark's test first, the further test sets, and the target `dev`
    split last. Dev is where a recipe may be chosen (zero-resource): a gain there is reported beside the test gains
    but is no independent evidence for a recipe chosen on it (the default student's was)."""
    extra = sorted(c[len("student_"):-len("_predictions")] for c in runs.columns
                   if c.startswith("student_") and c.endswith("_predictions") and c != "student_predictions")
    return ["test", *(name for name in extra if name != "dev"), *(["dev"] if "dev" in extra else [])]


# --- (a) and (b): tables -----------------------------------------------------------------------------------------


def summary_table(runs: pd.DataFrame) -> pd.DataFrame:
    """Per (distill, model, language): student and zero-shot F1 mean and std over seeds and the gain, for every
    test set; seen/unseen and initial/inside F1 means; the diagnostics' means; seed count."""
    g = runs.groupby(GROUP, sort=True)
    spec: dict[str, tuple[str, str]] = {}
    for name in test_sets(runs):
        for stage in ("student", "zero_shot"):
            col = f"{stage}_{colname(name, 'f1')}"
            spec[f"{stage}_{colname(name, 'mean')}"] = (col, "mean")
            spec[f"{stage}_{colname(name, 'std')}"] = (col, "std")
            for key in ("precision", "recall"):
                spec[f"{stage}_{colname(name, key)}"] = (f"{stage}_{colname(name, key)}", "mean")
            for label in (label for _, _, labels in SPLITS for label in labels):
                spec[f"{stage}_{colname(name, label)}_f1"] = (f"{stage}_{colname(name, label)}_f1", "mean")
        spec[colname(name, "gain_mean")] = (colname(name, "gain"), "mean")
        spec[colname(name, "gain_std")] = (colname(name, "gain"), "std")
        for share in (f"{labels[0]}_share" for _, _, labels in SPLITS):
            spec[colname(name, share)] = (colname(name, share), "mean")
    for col in ("teacher_unlabeled_f1", "student_unlabeled_f1", "agreement_token", "agreement_entity_token",
                "teacher_ece"):
        spec[col] = (col, "mean")
    spec["source_dev_mean"] = ("source_dev_f1", "mean")
    spec["n_seeds"] = ("run_dir", "count")  # runs: one per (teacher seed, student seed)
    return g.agg(**spec).reset_index()  # std is NaN for a single seed: shown as "n/a", never as 0


def per_type_table(runs: pd.DataFrame) -> pd.DataFrame:
    cols = {f"{stage}_{colname(name, t)}_f1": "mean" for name in test_sets(runs) for stage in ("zero_shot", "student")
            for t in ENTITY_TYPES}
    return runs.groupby(GROUP, sort=True).agg(cols).reset_index()


def _pm(mean: float, std: float) -> str:
    return f"{mean:.2f} ± {std:.2f}" if np.isfinite(std) else f"{mean:.2f} ± n/a"


def matrix_markdown(summary: pd.DataFrame, distill: str, name: str = "test") -> str:
    """model x language table for one loss and test set: 'student mean ± std (zero-shot mean, gain)' per cell
    (`summary` of one setting)."""
    part = summary[summary.distill == distill]
    langs = sorted(part.lang.unique())
    st, sd = f"student_{colname(name, 'mean')}", f"student_{colname(name, 'std')}"
    zs, zsd = f"zero_shot_{colname(name, 'mean')}", f"zero_shot_{colname(name, 'std')}"
    gain = colname(name, "gain_mean")
    lines = ["| model | " + " | ".join(langs) + " | mean |", "|---|" + "---|" * (len(langs) + 1)]
    for model, rows in part.groupby("model", sort=True):
        cells = []
        for lang in langs:
            r = rows[rows.lang == lang]
            if r.empty or not np.isfinite(r.iloc[0][st]):
                cells.append("")
                continue
            r = r.iloc[0]
            cells.append(f"{_pm(r[st], r[sd])} (zs {_pm(r[zs], r[zsd])}, {r[gain]:+.2f})")
        lines.append(f"| {model} | " + " | ".join(cells) + f" | {rows[st].mean():.2f} |")
    return "\n".join(lines)


def pair_matrix_markdown(part: pd.DataFrame, stage: str, name: str = "test") -> str:
    """source x target table of one backbone (and loss): `stage` ('zero_shot' or 'student') F1 mean ± std over seeds
    (the mean alone for a cell of one run; with the gain for a student), the in-language diagonal in italics and left
    out of the means, which are over the transfer pairs only."""
    mean, std = f"{stage}_{colname(name, 'mean')}", f"{stage}_{colname(name, 'std')}"
    gain = colname(name, "gain_mean")
    srcs, langs = sorted(part.src.unique()), sorted(part.lang.unique())
    cell = {(r.src, r.lang): r for r in part.itertuples(index=False)}
    lines = ["| source \\ target | " + " | ".join(langs) + " | mean over targets |",
             "|---|" + "---|" * (len(langs) + 1)]
    for src in srcs:
        texts, pairs = [], []
        for lang in langs:
            r = cell.get((src, lang))
            v = getattr(r, mean, np.nan) if r is not None else np.nan
            if not np.isfinite(v):
                texts.append("")
                continue
            sd = getattr(r, std)
            text = (_pm(v, sd) if np.isfinite(sd) else f"{v:.2f}") + (
                f" ({getattr(r, gain):+.2f})" if stage == "student" else "")
            texts.append(f"*{text}*" if src == lang else text)
            if src != lang:
                pairs.append(v)
        lines.append(f"| {src} | " + " | ".join(texts) + f" | {np.mean(pairs):.2f} |" if pairs else f"| {src} | "
                     + " | ".join(texts) + " |  |")
    col_means = []
    for lang in langs:
        vals = [getattr(cell[(src, lang)], mean) for src in srcs if src != lang and (src, lang) in cell]
        vals = [v for v in vals if np.isfinite(v)]
        col_means.append(f"{np.mean(vals):.2f}" if vals else "")
    lines.append("| mean over sources | " + " | ".join(col_means) + " |  |")
    return "\n".join(lines)


def seen_markdown(summary: pd.DataFrame, name: str = "test") -> str:
    """Per cell: the share of test mentions seen in the unlabeled text and F1 on seen / unseen mentions."""
    head = [*GROUP, "seen in text %", "zero-shot seen / unseen", "student seen / unseen", "seen in source %",
            "zero-shot seen / unseen (source)", "student seen / unseen (source)"]
    lines = md_head(head)

    def pair(r: pd.Series, stage: str, short: str) -> str:
        seen, unseen = (r[f"{stage}_{colname(name, part + '_' + short)}_f1"] for part in ("seen", "unseen"))
        return f"{seen:.2f} / {unseen:.2f}" if np.isfinite(seen) else "-"

    for _, r in summary.iterrows():
        if not np.isfinite(r.get(colname(name, "seen_text_share"), np.nan)):
            continue
        lines.append(md_row([*r[GROUP], f"{r[colname(name, 'seen_text_share')]:.0f}", pair(r, "zero_shot", "text"),
                              pair(r, "student", "text"), f"{r[colname(name, 'seen_source_share')]:.0f}",
                              pair(r, "zero_shot", "source"), pair(r, "student", "source")]))
    return "\n".join(lines)


def position_markdown(summary: pd.DataFrame, name: str = "test") -> str:
    """Per cell: the share of test mentions that start their sentence, F1 on those and on the others, and the
    difference (initial - inside), zero-shot and student; cells recorded before the split are left out."""
    head = [*GROUP, "initial %", "zero-shot initial / inside (diff)", "student initial / inside (diff)"]
    lines = md_head(head)

    def pair(r: pd.Series, stage: str) -> str:  # a zero-shot-only cell (until=zero_shot) has no student: "-"
        first, rest = (r[f"{stage}_{colname(name, part)}_f1"] for part in POSITION_PARTS)
        return f"{first:.2f} / {rest:.2f} ({first - rest:+.2f})" if np.isfinite(first) else "-"

    for _, r in summary.iterrows():
        if np.isfinite(r.get(colname(name, "initial_share"), np.nan)):
            lines.append(md_row([*r[GROUP], f"{r[colname(name, 'initial_share')]:.0f}", pair(r, "zero_shot"),
                                  pair(r, "student")]))
    return "\n".join(lines) if len(lines) > 2 else ""


# --- (d): significance --------------------------------------------------------------------------------------------


@dataclass
class Predictions:
    tokens: list[tuple[str, ...]]
    counts: np.ndarray  # (n_sentences, 3): tp, n_pred, n_gold


def load_counts(path: str | Path, mode: str) -> Predictions:
    """Per-sentence entity counts from a `token gold pred` predictions file (tags as written, not repaired)."""
    gold, pred = read_predictions(path)
    return Predictions([tuple(s.tokens) for s in gold], sentence_counts([s.tags for s in gold], pred, mode))


def set_spec(config: dict[str, Any], name: str) -> tuple[dict[str, Any] | None, str]:
    """The data spec of test set `name` in a run's resolved config, and its config key: benchmark.test, benchmark.dev
    or benchmark.also_test.<name> (the sets a cell scores, xlt.experiment.datasets)."""
    bench = config.get("benchmark") or {}
    if name in ("test", "dev"):
        return bench.get(name), f"benchmark.{name}"
    return (bench.get("also_test") or {}).get(name), f"benchmark.also_test.{name}"


def run_units(run: str | Path, name: str) -> Units | None:
    """The resampling units of test set `name` as the run read it (its config.yaml's data spec, xlt.data.units);
    None, with a warning, where they cannot be found (no config.yaml, a data file since moved)."""
    path = Path(run) / "config.yaml"
    config = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    spec, what = set_spec(config or {}, name)
    if spec is None:
        log.warning("%s: no config.yaml with the data spec of `%s`: its sentences are resampled one by one", run, name)
        return None
    try:
        return spec_units(spec, str((config.get("paths") or {}).get("cache_dir", ".")), what)
    except (ConfigError, DataError, OSError) as err:
        log.warning("%s: the units of `%s` are not found (%s): its sentences are resampled one by one", run, name, err)
        return None


class _Loader:
    """The per-sentence counts of prediction files and the units of test sets, each read once for a report."""

    def __init__(self) -> None:
        self.counts: dict[str, Predictions] = {}
        self.units: dict[tuple[str, str], Units | None] = {}

    def stage(self, rows: pd.DataFrame, column: str) -> list[Predictions] | None:
        """The counts of one stage for every run of `rows`; None where a run has no predictions file."""
        if column not in rows:
            return None
        got = []
        for path, mode in zip(rows[column], rows.metric_mode, strict=True):
            if not isinstance(path, str):
                return None
            if path not in self.counts:
                self.counts[path] = load_counts(path, mode)
            got.append(self.counts[path])
        return got

    def clusters(self, run: str, name: str, pred: Predictions) -> tuple[str, np.ndarray | None]:
        """The unit of test set `name` and the cluster of each predicted sentence (None: each its own)."""
        if (run, name) not in self.units:
            self.units[(run, name)] = run_units(run, name)
        units, n = self.units[(run, name)], len(pred.tokens)
        if units is None:
            return "sentence", None
        if units.lengths[:n] != tuple(len(t) for t in pred.tokens):  # a prefix: data.max_sentences caps a set
            log.warning("%s: the predictions of `%s` do not line up with its data file: sentences resampled one by one",
                        run, name)
            return "sentence", None
        return units.unit, np.asarray(units.ids[:n])


def _seed_level(fa: Sequence[float], fb: Sequence[float], paired_seeds: bool) -> dict[str, Any]:
    """The exact seed-level test of per-seed scores a vs b: sign flips over paired seeds, relabellings otherwise."""
    if paired_seeds:  # how many seeds, each on its own, point the same way
        return {"seeds_a_better": f"{sum(x > y for x, y in zip(fa, fb, strict=True))}/{len(fa)}",
                "p_seeds": sign_flip_test(fa, fb), "p_seeds_min": smallest_seed_p(len(fa))}
    return {"p_seeds": seed_permutation_test(fa, fb), "p_seeds_min": smallest_seed_p(len(fa), len(fb))}


def compare(a: Sequence[np.ndarray], b: Sequence[np.ndarray], *, paired_seeds: bool, n_resamples: int,
            n_permutations: int, seed: int, clusters: np.ndarray | None = None,
            unit: str = "sentence") -> dict[str, Any]:
    """Hierarchical bootstrap interval, standard error and minimum detectable effect, randomisation p-value over
    clusters and the exact seed-level test of mean F1(a) - F1(b) (xlt.analysis.stats) for one test set whose
    resampled `unit` ('template', 'document' or 'sentence') gives each sentence's cluster in `clusters`."""
    boot = hierarchical_bootstrap(a, b, paired_seeds=paired_seeds, clusters=clusters, n_resamples=n_resamples,
                                  seed=seed)
    k = min(len(a), len(b))  # the randomisation test swaps blocks of equally many runs
    perm = randomisation_test(a[:k], b[:k], clusters=clusters, n_resamples=n_permutations, seed=seed)
    fa, fb = [mean_f1([x]) for x in a], [mean_f1([x]) for x in b]
    out = {"unit": unit, "seeds": "paired" if paired_seeds else "unpaired", **boot, "p_value": perm["p_value"],
           "p_exact": perm["exact"], "n_seeds_in_test": k}
    return {**out, **_seed_level(fa, fb, paired_seeds)}


def _vs_zero_shot(runs: pd.DataFrame, name: str, load: _Loader, kw: dict[str, Any]) -> list[dict[str, Any]]:
    """Student vs its zero-shot baseline (seeds paired) per (setting, distill, model, src, lang) on test set `name`."""
    st_col, zs_col = f"student_{colname(name, 'predictions')}", f"zero_shot_{colname(name, 'predictions')}"
    out = []
    for keys, rows in runs.groupby(GROUP, sort=True):
        cell = dict(zip(GROUP, keys, strict=True))
        model, where = cell["model"], "/".join(str(cell[key]) for key in GROUP[1:])
        rows = rows.sort_values(SEED_KEYS)
        st, zs = load.stage(rows, st_col), load.stage(rows, zs_col)
        if st is None or zs is None:
            log.warning("no %s prediction files for %s: no significance test", name, where)
            continue
        if any(x.tokens != st[0].tokens for x in st + zs):
            log.warning("%s: the runs were tested on different %s sentences: not compared", where, name)
            continue
        unit, clusters = load.clusters(rows.run_dir.iloc[0], name, st[0])
        res = compare([x.counts for x in st], [x.counts for x in zs], paired_seeds=True, clusters=clusters,
                      unit=unit, **kw)
        out.append({"setting": cell["setting"], "test_set": name, "comparison": "student vs zero-shot",
                    **{key: cell[key] for key in PAIRED[1:]}, "a": model, "b": f"{model} zero-shot",
                    "n_seeds": len(rows), **res})
    return out


def compare_gains(st_a: Sequence[np.ndarray], zs_a: Sequence[np.ndarray], st_b: Sequence[np.ndarray],
                  zs_b: Sequence[np.ndarray], *, paired_seeds: bool, n_resamples: int, n_permutations: int, seed: int,
                  clusters: np.ndarray | None = None, unit: str = "sentence") -> dict[str, Any]:
    """`compare` for gain(a) - gain(b), gain = F1(student) - F1(its zero-shot): interval, se and mde from
    stats.gain_contrast_bootstrap, p over clusters from stats.gain_randomisation_test, the seed-level test on the
    per-seed gains."""
    boot = gain_contrast_bootstrap(st_a, zs_a, st_b, zs_b, paired_seeds=paired_seeds, clusters=clusters,
                                   n_resamples=n_resamples, seed=seed)
    k = min(len(st_a), len(st_b))  # the randomisation test swaps blocks of equally many runs
    perm = gain_randomisation_test(st_a[:k], zs_a[:k], st_b[:k], zs_b[:k], clusters=clusters,
                                   n_resamples=n_permutations, seed=seed)
    ga = [mean_f1([s]) - mean_f1([z]) for s, z in zip(st_a, zs_a, strict=True)]
    gb = [mean_f1([s]) - mean_f1([z]) for s, z in zip(st_b, zs_b, strict=True)]
    return {"unit": unit, "seeds": "paired" if paired_seeds else "unpaired", **boot, "p_value": perm["p_value"],
            "p_exact": perm["exact"], "n_seeds_in_test": k, **_seed_level(ga, gb, paired_seeds)}


def _backbone_contrast(runs: pd.DataFrame, name: str, load: _Loader, kw: dict[str, Any]) -> list[dict[str, Any]]:
    """Every pair of backbones per (setting, distill, src, lang) on test set `name`: the difference in zero-shot F1,
    in student F1 and in gain (student - zero-shot). Seeds are paired by seed id where both backbones ran the same
    seeds (their teachers differ, so the pairing is by seed index: it removes no teacher variance, only aligns the
    draws), unpaired otherwise; test units are always paired (the same sentences). Settings of the same data (or
    losses) whose students share their teachers (identical zero-shot outputs) share the zero-shot contrast: it is one
    row, its `setting` and `distill` joined with ' & ', so Holm counts it once."""
    st_col, zs_col = f"student_{colname(name, 'predictions')}", f"zero_shot_{colname(name, 'predictions')}"
    out: list[dict[str, Any]] = []
    zero_shot: dict[tuple, dict[str, Any]] = {}  # one row per distinct pair of zero-shot outputs
    for keys, rows in runs.groupby(PAIRED, sort=True):
        cell = dict(zip(PAIRED, keys, strict=True))
        where = "/".join(str(cell[key]) for key in PAIRED[1:])
        by_model = {}
        for model, r in rows.groupby("model", sort=True):
            r = r.sort_values(SEED_KEYS)
            st, zs = load.stage(r, st_col), load.stage(r, zs_col)
            if st and zs:
                by_model[model] = (r, st, zs, [tuple(x) for x in r[SEED_KEYS].itertuples(index=False)])
            else:
                log.warning("%s: %s has no %s prediction files of its %s: left out of the backbone contrast", where,
                            model, name, "student" if zs else "zero-shot")
        for ma, mb in combinations(sorted(by_model), 2):
            (ra, sa, za, ida), (_, sb, zb, idb) = by_model[ma], by_model[mb]
            if any(x.tokens != sa[0].tokens for x in sa + za + sb + zb):
                log.warning("%s: %s and %s were tested on different %s sentences: not compared", where, ma, mb, name)
                continue
            paired = ida == idb
            if not paired and len(sa) != len(sb):
                log.warning("%s vs %s (%s): %d and %d runs; the randomisation test uses the first %d of each",
                            ma, mb, where, len(sa), len(sb), min(len(sa), len(sb)))
            unit, clusters = load.clusters(ra.run_dir.iloc[0], name, sa[0])
            common = {"test_set": name, **{key: cell[key] for key in PAIRED[1:]}, "a": ma, "b": mb,
                      "n_seeds": str(len(sa)) if paired else f"{len(sa)}/{len(sb)}"}
            ask = {"paired_seeds": paired, "clusters": clusters, "unit": unit, **kw}
            # the same data (the setting's part before its swept fields), backbones and zero-shot outputs: one teacher
            key = (name, cell["setting"].partition(SWEPT)[0], cell["src"], cell["lang"], ma, mb,
                   *(x.counts.tobytes() for x in za + zb))
            if key in zero_shot:
                row = zero_shot[key]
                for field in ("setting", "distill"):
                    if str(cell[field]) not in row[field].split(" & "):
                        row[field] += f" & {cell[field]}"
            else:
                zero_shot[key] = {"setting": str(cell["setting"]), "comparison": "backbone contrast (zero-shot)",
                                  **common, **compare([x.counts for x in za], [x.counts for x in zb], **ask)}
                out.append(zero_shot[key])
            out.append({"setting": cell["setting"], "comparison": "backbone contrast (student)", **common,
                        **compare([x.counts for x in sa], [x.counts for x in sb], **ask)})
            out.append({"setting": cell["setting"], "comparison": "backbone contrast (gain)", **common,
                        **compare_gains(*([x.counts for x in y] for y in (sa, za, sb, zb)), **ask)})
    return out


def significance_table(runs: pd.DataFrame, n_resamples: int = 2000, seed: int = 0,
                       n_permutations: int = 9999) -> pd.DataFrame:
    """Student vs zero-shot per (test set, distill, model, lang), and the backbone contrast (zero-shot, student and
    gain) of every pair of models per (test set, distill, lang);
    `p_holm`: Holm-Bonferroni over every row of the table; `p_verdict`, `significant` and `verdict` (`_verdicts`)."""
    load, kw = _Loader(), {"n_resamples": n_resamples, "n_permutations": n_permutations, "seed": seed}
    out = []
    for name in test_sets(runs):
        st_col = f"student_{colname(name, 'predictions')}"
        if st_col not in runs or runs[st_col].isna().all():
            continue  # zero-shot-only cells (until=zero_shot): no student to compare
        out += _vs_zero_shot(runs, name, load, kw) + _backbone_contrast(runs, name, load, kw)
    return _verdicts(pd.DataFrame(out))


def _verdicts(table: pd.DataFrame) -> pd.DataFrame:
    """`significant` only where both levels reject, each adjusted over the whole table: a row's null holds if
    either the cluster-level null (conditional on the runs) or the seed-level one does, so its p-value is the larger
    of the two (an intersection-union test, Berger 1982) and Holm adjusts that over every row (`p_verdict`); the
    hierarchical interval (which carries the seed variance) must exclude 0 as well. `p_holm` is the cluster-level p
    alone after Holm, shown as before. `verdict` says which: `significant`; `not enough seeds` where the exact
    seed-level test cannot reach the adjusted level whatever the outcome: Holm over every row's floor `p_seeds_min`
    not below ALPHA (Holm's adjusted p only grows with any raw p, and each row's p is at least its floor; with
    equal floors stats.seeds_to_reject says how many seeds that takes); or `not significant`."""
    if not len(table):
        return table
    table.insert(table.columns.get_loc("p_value") + 1, "p_holm", holm(table.p_value.to_numpy()))
    p_both = np.maximum(table.p_value.to_numpy(), table.p_seeds.to_numpy())
    table.insert(table.columns.get_loc("p_holm") + 1, "p_verdict", holm(p_both))
    interval = (table.ci_low > 0) | (table.ci_high < 0)
    can = holm(table.p_seeds_min.to_numpy()) < ALPHA
    significant = (table.p_verdict < ALPHA) & interval & can
    table.insert(table.columns.get_loc("p_verdict") + 1, "significant", significant)
    verdict = np.select([significant, ~can], ["significant", "not enough seeds"], "not significant")
    table.insert(table.columns.get_loc("significant") + 1, "verdict", verdict)
    return table


# --- (e): plots --------------------------------------------------------------------------------------------------


def _pyplot() -> Any:
    """matplotlib.pyplot on the file backend (reports are written on machines without a display)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _save(fig: Any, path: Path) -> Path:
    fig.savefig(path, dpi=120)
    _pyplot().close(fig)
    return path


def plot_heatmap(summary: pd.DataFrame, distill: str, path: Path) -> Path:
    plt = _pyplot()
    part = summary[summary.distill == distill].pivot(index="model", columns="lang", values="student_mean")
    fig, ax = plt.subplots(figsize=(1.2 + 0.9 * part.shape[1], 1.0 + 0.6 * part.shape[0]))
    im = ax.imshow(part.values, cmap="viridis", vmin=0, vmax=100, aspect="auto")
    ax.set_xticks(range(part.shape[1]), part.columns)
    ax.set_yticks(range(part.shape[0]), part.index)
    for i in range(part.shape[0]):
        for j in range(part.shape[1]):
            v = part.values[i, j]
            if np.isfinite(v):
                ax.text(j, i, f"{v:.1f}", ha="center", va="center", color="white" if v < 60 else "black", fontsize=8)
    ax.set_title(f"student entity F1 (%), distill={distill}")
    fig.colorbar(im, ax=ax, fraction=0.046)
    fig.tight_layout()
    return _save(fig, path)


def plot_bars(summary: pd.DataFrame, distill: str, path: Path) -> Path:
    plt = _pyplot()
    part = summary[summary.distill == distill]
    langs, models = sorted(part.lang.unique()), sorted(part.model.unique())
    width = 0.8 / max(1, len(models))
    fig, ax = plt.subplots(figsize=(2 + 1.2 * len(langs), 3.5))
    for k, model in enumerate(models):
        rows = part[part.model == model].set_index("lang").reindex(langs)
        x = np.arange(len(langs)) + (k - (len(models) - 1) / 2) * width
        ax.bar(x, rows.student_mean, width, yerr=rows.student_std.fillna(0), capsize=2, label=f"{model} student")
        ax.scatter(x, rows.zero_shot_mean, marker="_", s=200, color="black", zorder=3,
                   label="zero-shot" if k == 0 else None)
    ax.set_xticks(range(len(langs)), langs)
    ax.set_ylabel("entity F1 (%)")
    ax.set_ylim(0, 100)
    ax.set_title(f"student (bars, ± seed std) vs zero-shot (—), distill={distill}")
    ax.legend(fontsize=7, ncol=2)
    fig.tight_layout()
    return _save(fig, path)


# legend words for swept fields' values (conf/student/: `init`); any other field is shown as field=value
SETTING_WORDS = {"student.init=teacher": "teacher-initialised student",
                 "student.init=pretrained": "TSL student (fresh pretrained copy)",
                 "student=searched_for_model": "teacher-initialised student, recipe searched per backbone",
                 "student=tsl": "TSL student (published recipe)"}


def setting_labels(settings: Iterable[str]) -> dict[str, str]:
    """A legend label per setting: its swept fields in words (SETTING_WORDS), led by its data (`source ->
    benchmark`) only where the settings differ in data or sweep nothing."""
    split = {setting: setting.partition(SWEPT)[::2] for setting in settings}
    several_data = len({data for data, _ in split.values()}) > 1
    labels = {}
    for setting, (data, swept) in split.items():
        words = [SETTING_WORDS.get(field, field) for field in re.split(r", (?=[\w.]+=)", swept) if field]
        labels[setting] = ", ".join(([data] if several_data or not words else []) + words)
    return labels


def gain_frame(sig: pd.DataFrame, runs: pd.DataFrame, distill: str) -> pd.DataFrame:
    """What gains_<distill>.png draws, one row per (test set, setting, model, src, lang): the student's gain over
    zero-shot (`delta`, F1 points) and its 95 % interval (`ci_low`, `ci_high`) from the 'student vs zero-shot' rows
    of the significance table, the gain of each of the cell's runs (`seed_gains`) and the legend label (`series`:
    the model, with the source language and the setting where they differ between the rows)."""
    rows = sig[(sig.comparison == "student vs zero-shot") & (sig.distill == distill)].rename(columns={"a": "model"})
    rows = rows[["test_set", *GROUP, "delta", "ci_low", "ci_high"]].reset_index(drop=True)
    words = setting_labels(rows.setting.unique())
    several_src, several_settings = rows.src.nunique() > 1, rows.setting.nunique() > 1
    rows["series"] = [", ".join([r.model] + ([f"from {r.src}"] if several_src else [])
                                + ([words[r.setting]] if several_settings else [])) for r in rows.itertuples()]
    cells = runs.groupby(GROUP, sort=False)
    rows["seed_gains"] = [tuple(cells.get_group(tuple(getattr(r, key) for key in GROUP))[colname(r.test_set, "gain")])
                          for r in rows.itertuples()]
    return rows


def plot_gains(gains: pd.DataFrame, distill: str, path: Path) -> Path:
    """One panel per test set, shared y axis: per target language and series (`gains`: gain_frame) the gain over
    zero-shot with its 95 % interval, the gains of single runs as dots beside it, and a line at 0."""
    plt = _pyplot()
    sets, series, langs = list(dict.fromkeys(gains.test_set)), sorted(set(gains.series)), sorted(set(gains.lang))
    width, size = 0.8 / len(series), max(6.0, 1.2 + len(sets) * (0.8 + 0.45 * len(langs) * len(series)))
    fig, axes = plt.subplots(1, len(sets), sharey=True, squeeze=False, layout="constrained", figsize=(size, 4.5))
    for ax, name in zip(axes[0], sets, strict=True):
        for k, label in enumerate(series):
            rows = gains[(gains.test_set == name) & (gains.series == label)].set_index("lang").reindex(langs)
            x, color = np.arange(len(langs)) + (k - (len(series) - 1) / 2) * width, f"C{k % 10}"
            ax.errorbar(x, (rows.ci_low + rows.ci_high) / 2, yerr=(rows.ci_high - rows.ci_low) / 2, fmt="none",
                        ecolor=color, capsize=3)  # the percentile interval need not be centred on the mean
            ax.plot(x, rows.delta, "o", color=color, label=label)
            dots = [(xi + width / 4, g) for xi, gs in zip(x, rows.seed_gains, strict=True)
                    if isinstance(gs, tuple) for g in gs]
            if dots:
                ax.scatter(*zip(*dots, strict=True), s=6, color=color, alpha=0.6, linewidths=0)
        ax.axhline(0, color="black", linewidth=0.8)
        ax.set_xticks(range(len(langs)), langs)
        ax.set_xlabel("target language")
        ax.set_title(f"test set: {name}", fontsize=9)
    axes[0][0].set_ylabel("student − zero-shot entity F1 (points)")
    fig.suptitle(f"student gain over zero-shot (95 % intervals; dots: seeds), distill={distill}", fontsize=9)
    fig.legend(*axes[0][0].get_legend_handles_labels(), loc="outside lower center", ncol=1 if size < 9 else 2,
               fontsize=7)
    return _save(fig, path)


def plot_pair_heatmap(part: pd.DataFrame, column: str, title: str, path: Path) -> Path:
    """source (rows) x target (columns) heatmap of `column` for one backbone; the in-language diagonal boxed."""
    plt = _pyplot()
    from matplotlib.patches import Rectangle

    grid = part.pivot_table(index="src", columns="lang", values=column, aggfunc="mean")
    fig, ax = plt.subplots(figsize=(1.6 + 0.75 * grid.shape[1], 1.2 + 0.6 * grid.shape[0]))
    im = ax.imshow(grid.values, cmap="viridis", vmin=0, vmax=100, aspect="auto")
    ax.set_xticks(range(grid.shape[1]), grid.columns)
    ax.set_yticks(range(grid.shape[0]), grid.index)
    ax.set_xlabel("target")
    ax.set_ylabel("source")
    for i, src in enumerate(grid.index):
        for j, lang in enumerate(grid.columns):
            v = grid.values[i, j]
            if np.isfinite(v):
                ax.text(j, i, f"{v:.0f}", ha="center", va="center", color="white" if v < 60 else "black", fontsize=7)
            if src == lang:
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="red", linewidth=1.2))
    ax.set_title(title, fontsize=9)
    fig.colorbar(im, ax=ax, fraction=0.046)
    fig.tight_layout()
    return _save(fig, path)


def pairs_markdown(part: pd.DataFrame, sets: Sequence[str], out: Path, suffix: str) -> list[str]:
    """(f): per backbone, the source x target matrices and heatmaps of zero-shot F1 and (per loss) student F1."""
    md: list[str] = []
    for model, rows in part.groupby("model", sort=True):
        zs = rows[rows.distill == sorted(rows.distill.unique())[0]]  # the zero-shot scores do not depend on the loss
        heat = plot_pair_heatmap(zs, "zero_shot_mean", f"zero-shot entity F1 (%), {model}; boxed: in-language",
                                 out / f"pairs_zero_shot_{model}{suffix}.png")
        md += [f"## {model}: zero-shot transfer, source x target", "",
               "Rows: the source language the teacher was trained on; columns: the target. *Italics* (boxed in the "
               "heatmap): in-language cells, an upper bound, left out of the means. "
               + ("One run per cell (one seed): no std." if int(zs["n_seeds"].max()) == 1
                  else "Mean ± std over seeds."), ""]
        for name in sets:
            md += [f"Zero-shot F1 on `{name}`:", "", pair_matrix_markdown(zs, "zero_shot", name), ""]
        md += [f"![source x target]({heat.name})", ""]
        for distill, drows in rows.groupby("distill", sort=True):
            if not drows["student_mean"].notna().any():
                continue
            heat = plot_pair_heatmap(drows, "student_mean", f"student entity F1 (%), {model}, distill={distill}",
                                     out / f"pairs_student_{model}_{distill}{suffix}.png")
            md += [f"### {model}, distill = {distill}: student, source x target", ""]
            for name in sets:
                md += [f"Student F1 on `{name}` (gain over zero-shot):", "",
                       pair_matrix_markdown(drows, "student", name), ""]
            md += [f"![student source x target]({heat.name})", ""]
    return md


# --- the report --------------------------------------------------------------------------------------------------


def settings_markdown(runs: pd.DataFrame, summary: pd.DataFrame, sets: Sequence[str], out: Path) -> list[str]:
    """(a) and (e) per setting and loss: the model x language tables, heatmap and bars; or (f) the source x target
    view where the runs have several source languages or no students at all."""
    md: list[str] = []
    settings = sorted(summary.setting.unique())
    pair_view = runs.src.nunique() > 1 or runs.student_f1.isna().all()
    for k, setting in enumerate(settings):
        part = summary[summary.setting == setting]
        suffix = "" if len(settings) == 1 else f"_{k + 1}"
        if pair_view:
            md += ([] if len(settings) == 1 else [f"# data: {setting}", ""]) + pairs_markdown(part, sets, out, suffix)
            continue
        for distill in sorted(part.distill.unique()):
            heat = plot_heatmap(part, distill, out / f"heatmap_{distill}{suffix}.png")
            bars = plot_bars(part, distill, out / f"bars_{distill}{suffix}.png")
            md += [f"## distill = {distill}" + ("" if len(settings) == 1 else f" (data: {setting})"), ""]
            for name in sets:
                mean = f"student_{colname(name, 'mean')}"
                if mean in part and part[mean].notna().any():
                    md += [f"Student F1 on `{name}` (zero-shot baseline of the same teachers, gain):", "",
                           matrix_markdown(part, distill, name), ""]
            md += [f"![heatmap]({heat.name}) ![bars]({bars.name})", ""]
    return md


def gains_markdown(sig: pd.DataFrame, runs: pd.DataFrame, out: Path) -> list[str]:
    """(e) per loss, every setting side by side: the picture of the student's gain over zero-shot with the
    significance table's intervals (plot_gains); nothing where no student was compared with its zero-shot."""
    pictures = []
    for distill in sorted(sig.distill.unique()) if len(sig) else []:
        gains = gain_frame(sig, runs, distill)
        if len(gains):
            picture = plot_gains(gains, distill, out / f"gains_{distill}.png")
            pictures.append(f"![gains, distill={distill}]({picture.name})")
    if not pictures:
        return []
    return ["## Gain over zero-shot", "",
            "Student minus zero-shot entity F1 (points) per target language, one panel per test set: the mean over "
            "seeds (`delta` of the significance table) with its 95 % interval (hierarchical bootstrap: seeds, then "
            "test units), the gain of each seed as a dot beside it; settings side by side.", "", *pictures, ""]


BACKBONE = ("backbone contrast (zero-shot)", "backbone contrast (student)", "backbone contrast (gain)")


def backbone_markdown(sig: pd.DataFrame) -> list[str]:
    """(d) the backbone contrast, per test set: a - b in zero-shot F1, student F1 and gain with the significance
    table's interval, mde, Holm p and verdict; nothing where the report holds one backbone."""
    rows = sig[sig.comparison.isin(BACKBONE)] if len(sig) else sig
    if not len(rows):
        return []
    order = {c: i for i, c in enumerate(BACKBONE)}
    md = ["## Backbone contrast", "",
          "Backbone a minus backbone b in F1 points (mean over seeds), per target: in zero-shot F1, in student F1 and "
          "in gain (student - zero-shot, each student against its own teacher's zero-shot). Seeds are paired by seed "
          "id where both backbones ran the same seeds (the teachers differ, so this pairs seed indices, not "
          "teachers), unpaired otherwise; test units are paired (the same sentences). The interval is the "
          "hierarchical bootstrap's (for the gain: seeds, each student drawn with its own zero-shot run, then the "
          "units of all four systems together), p_holm the randomisation p over units after Holm over the whole "
          "report, p_verdict the p the verdict reads (both levels, after Holm), mde the design's minimum "
          "detectable effect (the Significance section says how to read them). "
          "A target dev split may be where a recipe was chosen (experiment=backbone_comparison: both student "
          "recipes on German dev): its row there is in-sample, no evidence for either backbone.", ""]
    for name, part in rows.groupby("test_set", sort=False):
        part = part.assign(_o=part.comparison.map(order)).sort_values(["setting", "src", "lang", "a", "b", "_o"])
        shown = pd.DataFrame({
            "setting": part.setting, "distill": part.distill, "src": part.src, "lang": part.lang,
            "a - b": part.a + " - " + part.b, "contrast": part.comparison.str.extract(r"\((.*)\)", expand=False),
            "delta [95 % CI]": [f"{_num(r.delta)} [{_num(r.ci_low)}, {_num(r.ci_high)}]" for r in part.itertuples()],
            "mde": part.mde, "p_holm": part.p_holm, "p_seeds": part.p_seeds, "p_verdict": part.p_verdict,
            "seeds": part.seeds,
            "n_seeds": part.n_seeds, "verdict": part.verdict})
        md += [f"`{name}`:", "", _frame_md(shown), ""]
    return md


def machines_line(runs: pd.DataFrame) -> str:
    """Which devices computed the runs (their metrics.json `machine`: the GPU where one computed it, else the CPU
    model): another model computes other last bits, so a number comes back bit for bit only on the same one, and a
    sweep finished on several machines mixes them."""
    gpu = runs["gpu"] if "gpu" in runs else pd.Series(None, index=runs.index, dtype=object)
    device = gpu.where(gpu.notna(), runs.cpu).fillna("not recorded")
    counts = sorted(device.value_counts().items())
    parts = ", ".join(f"{name} ({n} run{'s' if n > 1 else ''})" for name, n in counts)
    if len(counts) == 1:
        return f"Computed on one device model: {parts}."
    return (f"Computed on {len(counts)} device models: {parts}; each model computes other last bits, like another "
            "seed's draw (runs.csv `cpu` and `gpu` say which ran which run).")


def write_report(roots: Sequence[str | Path], out: str | Path, n_resamples: int = 2000, seed: int = 0,
                 n_permutations: int = 9999) -> Path:
    """Write report.md, runs.csv, summary.csv, per_type.csv, significance.csv and the PNGs into `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    runs = collect_runs(roots)
    summary = summary_table(runs)
    per_type = per_type_table(runs)
    sig = significance_table(runs, n_resamples, seed, n_permutations)
    for name, frame in (("runs", runs), ("summary", summary), ("per_type", per_type), ("significance", sig)):
        atomic_write_text(out / f"{name}.csv", frame.to_csv(index=False, float_format="%.6f"))
    modes = ", ".join(sorted(runs.metric_mode.unique()))
    sets = test_sets(runs)
    sizes = {name: int(runs[f"zero_shot_{colname(name, 'predictions')}"].map(_n_sentences).max()) for name in sets}
    md = [
        "# xlt comparison report",
        "",
        f"{len(runs)} complete runs from {', '.join(map(str, roots))}; entity-level micro F1 in % ({modes}); "
        f"mean ± std over seeds (sample std; n/a with one seed); {runs.seed.nunique()} seeds "
        f"({', '.join(map(str, sorted(runs.seed.unique())))}). Sources: "
        f"{', '.join(sorted(map(str, runs.source.unique())))}; target test data: "
        f"{', '.join(sorted(map(str, runs.benchmark.unique())))}; test sets: "
        + ", ".join(f"{name} ({sizes[name]} sentences)" for name in sets) + ".",
        "",
        machines_line(runs),
        "",
    ]
    md += settings_markdown(runs, summary, sets, out) + gains_markdown(sig, runs, out)
    for name in sets:
        md += [f"## Seen and unseen test mentions (`{name}`)", "",
               "F1 on the test mentions whose string occurs in the unlabeled target text (as a token sequence) "
               "or as a gold mention in the source training data, and on the others (means over seeds):", "",
               seen_markdown(summary, name), ""]
        if position := position_markdown(summary, name):
            md += [f"## Sentence-initial and inside test mentions (`{name}`)", "",
                   "F1 on the test mentions that start their sentence (no word of left context: a decoder labels "
                   "them from the mention alone) and on the others, means over seeds; compare the difference "
                   "across backbones:", "", position, ""]
    diag = summary[[*GROUP, "teacher_unlabeled_f1", "student_unlabeled_f1", "agreement_token",
                    "agreement_entity_token", "teacher_ece", "source_dev_mean", "n_seeds"]]
    md += ["## Diagnostics (means over seeds)", "",
           "Teacher and student F1 on the unlabeled text (where it has gold), student-teacher argmax agreement on it "
           "(% of words; % of the words the teacher tags as entities), the teacher's expected calibration error on "
           "source dev, its source dev F1.", "", _frame_md(diag), ""]
    md += ["## Per entity type (mean over seeds)", "", _frame_md(per_type), ""]
    md += backbone_markdown(sig)
    md += ["## Significance", "", significance_text(sig, n_resamples, seed, n_permutations), "",
           *units_lines(sig), "", _frame_md(sig) if len(sig) else "(no prediction files found)", ""]
    atomic_write_text(out / "report.md", "\n".join(md))
    return out / "report.md"


def significance_text(sig: pd.DataFrame, n_resamples: int, seed: int, n_permutations: int) -> str:
    """How to read the significance table (d): what each column is and when a row is called significant."""
    return (
        f"delta = a - b in F1 points, mean over seeds. Interval: hierarchical bootstrap, {n_resamples} resamples "
        f"(seed {seed}): seeds drawn with replacement (together for `seeds` paired), then test units (`unit`, the same "
        "for a and b: the base template of a generated sentence, the document of a file with -DOCSTART- lines, else "
        "the sentence), 95 % percentile interval. `se`: the bootstrap standard error. `mde`: the minimum detectable "
        "effect of this design at 80 % power and alpha 0.05, a smaller true difference being more likely missed than "
        "found: (t_0.975 + t_0.8) x sqrt(se_seeds^2 + se_units^2), where `se_seeds` is the spread of the per-seed "
        "differences on this test set (S - 1 degrees of freedom; unpaired seeds: pooled, S_a + S_b - 2), `se_units` "
        "the standard deviation over resampled units with every seed kept (k - 1), and `mde_df` their "
        "Welch-Satterthwaite degrees of freedom: where the seed part dominates (`mde_df` near S - 1) 3 seeds give "
        "about 5.4 standard errors rather than 2.80 (empty: no seed variance to estimate). It is the MDE of a t-test "
        "at unadjusted alpha on this design's variance; the verdict's own rule detects nothing with fewer seeds than "
        "it needs (below). p_value: paired approximate randomisation over test units "
        f"(scipy.stats.permutation_test, {n_permutations} permutations; each swaps a unit's outputs of all runs "
        "between a and b), two-sided; it is conditional on the runs, so it says nothing about other seeds. p_holm: "
        f"Holm-Bonferroni over all {len(sig)} comparisons of this report. `p_seeds`: the exact test whose unit is the "
        "seed (sign flips over paired seeds, relabellings of unpaired ones); `p_seeds_min`: the smallest p it can "
        f"reach with these seeds (2/2^S for S paired seeds: p < {ALPHA} takes {SEEDS_TO_REJECT} seeds alone). "
        "p_verdict: Holm over all comparisons of the larger of p_value and p_seeds (a row is significant only if "
        f"both levels reject, so its p is the larger). `significant` only where p_verdict < {ALPHA} and the "
        f"interval excludes 0; with {len(sig)} comparisons the seed-level floor must fall below {ALPHA}/{len(sig)}, "
        f"which takes {seeds_to_reject(max(len(sig), 1))} paired seeds. `verdict` says `not enough seeds` where the "
        "seed-level test cannot reach that level, whatever the units show (read the interval and the mde then). "
        "`seeds_a_better` counts the seeds on which a alone beats b.")


def units_lines(sig: pd.DataFrame) -> list[str]:
    """One line per test set: the unit its comparisons resampled and how many there are."""
    if not len(sig):
        return []
    lines = []
    for name, part in sig.groupby("test_set", sort=False):
        used = part.groupby(["unit", "n_units", "n_sentences"], sort=True).size().index
        lines.append(f"- `{name}`: resampled by " + "; ".join(f"{unit} ({k} units of {n} sentences)"
                                                               for unit, k, n in used))
    return lines


def _n_sentences(path: Any) -> int:
    if not isinstance(path, str) or not Path(path).is_file():
        return 0
    return sum(1 for block in Path(path).read_text(encoding="utf-8").split("\n\n") if block.strip())


def _num(v: float) -> str:
    if not np.isfinite(v):
        return ""
    return f"{v:.3f}" if abs(v) < 1 else f"{v:.2f}"


def _frame_md(frame: pd.DataFrame) -> str:
    shown = frame.copy()
    for col in shown.columns:
        if shown[col].dtype.kind == "f":
            shown[col] = shown[col].map(_num)
    return "\n".join([*md_head(shown.columns), *map(md_row, shown.itertuples(index=False))])


def md_row(cells: Iterable[Any]) -> str:
    """One markdown table row; a `|` inside a cell (a setting's SWEPT separator) escaped, so it splits no column."""
    return "| " + " | ".join(str(cell).replace("|", "\\|") for cell in cells) + " |"


def md_head(cells: Sequence[Any]) -> list[str]:
    """A markdown table's header row and the separator row under it."""
    return [md_row(cells), "|" + "---|" * len(cells)]

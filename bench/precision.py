"""Benchmark: bf16 autocast against fp32 on the embedded default recipe, paired by seed.

    python bench/precision.py            # de, es, nl, sw x seeds 1-3, each in 32-true and in bf16-mixed (~45 min)
    python bench/precision.py --quick    # sw x seeds 1-2 with short trainings: the speedups in a few minutes
    python bench/precision.py --jobs 1   # one cell at a time with both cores (default: 2 jobs of one thread)
    python bench/precision.py --keep DIR --reuse   # the report again from the sweeps an earlier --keep DIR ran

Runs the same sweep (model=e5small, the embedded default recipe) twice, with trainer.precision=32-true and
=bf16-mixed, each in a fresh cache with the converted e5small linked in. For every language it reports the
paired difference bf16 - fp32 over seeds of the teacher's source dev F1, the zero-shot F1 and the student F1 on
the generated test and on the natural sentences: the mean, its 95 % t-interval over seeds, the exact sign-flip
p (xlt.analysis.stats), and the seed-to-seed standard deviation of the fp32 value beside it. bf16 passes where
no interval excludes 0 and every mean absolute difference is below that standard deviation.

Wall time per stage comes from each cell's metrics.json (`timings_s`): training = teacher + student training,
evaluation = the zero-shot evaluations, the soft-label pass and the student's evaluation. Writes
bench/results/precision.json and .md (--quick: precision_quick.*); the last line printed is a JSON object with
`train_speedup` and `eval_speedup` (fp32 time over bf16 time, measured in this one run).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from multirun import converted_e5small, timed_sweep, work_folder, write_results  # noqa: E402

from xlt.analysis.stats import paired_t_interval, sign_flip_test  # noqa: E402
from xlt.runtime import machine  # noqa: E402

PRECISIONS = ("32-true", "bf16-mixed")
TRAIN_STAGES = ("teacher_train", "student_train")
EVAL_STAGES = ("zero_shot_eval", "zero_shot_eval_natural", "zero_shot_eval_dev", "soft_labels", "student_eval")
QUICK = ["teacher.max_steps=120", "student.max_steps=80"]  # the real shapes, fewer steps


def metrics_of(m: dict[str, Any]) -> dict[str, float]:
    """The F1s (points) compared between precisions, from one cell's metrics.json."""
    return {"source_dev": 100 * m["source_dev"]["f1"],
            "zero_shot_test": 100 * m["zero_shot"]["f1"], "zero_shot_natural": 100 * m["zero_shot"]["natural"]["f1"],
            "student_test": 100 * m["student"]["f1"], "student_natural": 100 * m["student"]["natural"]["f1"]}


def run_side(precision: str, args: argparse.Namespace, work: Path, models: Path | None) -> list[dict[str, Any]]:
    """One sweep at `precision`: per cell its language, seed, F1s and stage timings."""
    launcher = ["hydra/launcher=joblib", f"hydra.launcher.n_jobs={args.jobs}"] if args.jobs > 1 else []
    overrides = ["model=e5small", f"lang={args.langs}", f"seed={args.seeds}", f"trainer.precision={precision}",
                 "report_after_sweep=false", *launcher, *(QUICK if args.quick else []), *args.extra]
    name = f"precision-{precision}"
    if args.reuse:  # the finished sweep of an earlier --keep run, read again (its cells' metrics.json)
        from xlt.analysis.report import find_runs

        sweep = work / "outputs" / "multirun" / name
        if not sweep.is_dir():
            sys.exit(f"--reuse: {sweep} does not exist; run the same command without --reuse first (it keeps its "
                     f"sweeps in --keep {work})")
        runs = [{"run": run, "metrics": json.loads((run / "metrics.json").read_text())} for run in find_runs([sweep])]
        print(f"  {precision}: {len(runs)} cells read from {work}", flush=True)
    else:
        wall, runs = timed_sweep(name, overrides, work, models)
        print(f"  {precision}: {wall:.0f} s for {len(runs)} cells", flush=True)
    return [{"lang": r["metrics"]["lang"], "seed": int(r["metrics"]["seed"]), "run": str(r["run"]),
             "f1": metrics_of(r["metrics"]),
             "timings_s": r["metrics"]["timings_s"]} for r in runs]


def paired(cells: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Per language and metric: the bf16 - fp32 differences by seed with their mean, t-interval and sign-flip p.
    The teacher's source dev F1 is one comparison (`source` row), not one per language: a seed's teacher is the same
    for every language."""
    by = {p: {(c["lang"], c["seed"]): c for c in cells[p]} for p in PRECISIONS}
    out: dict[str, dict[str, Any]] = defaultdict(dict)
    langs = sorted({lang for lang, _ in by["32-true"]})
    for lang in ["source", *langs]:
        of = langs[0] if lang == "source" else lang
        seeds = sorted(s for (lg, s) in by["32-true"] if lg == of and (lg, s) in by["bf16-mixed"])
        if lang == "source":  # one teacher per seed and precision: its source dev F1 is the same in every language
            for p in PRECISIONS:
                for seed in seeds:
                    values = {c["f1"]["source_dev"] for (lg, sd), c in by[p].items() if sd == seed}
                    if len(values) > 1:
                        raise ValueError(f"{p} seed {seed}: the languages' cells report other source dev F1s "
                                         f"{sorted(values)}: not one teacher per seed")
        metrics = [m for m in by["32-true"][(of, seeds[0])]["f1"] if (m == "source_dev") == (lang == "source")]
        for metric in metrics:
            fp32 = np.array([by["32-true"][(of, s)]["f1"][metric] for s in seeds])
            bf16 = np.array([by["bf16-mixed"][(of, s)]["f1"][metric] for s in seeds])
            d = bf16 - fp32
            mean, low, high = paired_t_interval(bf16, fp32)
            seed_sd = float(fp32.std(ddof=1)) if len(d) > 1 else float("nan")
            excludes_zero = bool(low > 0 or high < 0)  # nan with one seed: False
            out[lang][metric] = {
                "seeds": seeds, "fp32": fp32.round(4).tolist(), "bf16": bf16.round(4).tolist(),
                "diff": d.round(4).tolist(), "mean_diff": mean, "ci_low": low,
                "ci_high": high, "p_sign_flip": sign_flip_test(bf16, fp32),
                "mean_abs_diff": float(np.abs(d).mean()), "fp32_seed_sd": seed_sd, "interval_excludes_0": excludes_zero,
                "below_seed_sd": bool(np.abs(d).mean() < seed_sd or not np.abs(d).any())}  # equal: no difference
    return dict(out)


def inference_only(cells: list[dict[str, Any]]) -> dict[str, Any]:
    """The fp32-trained teachers scored again under bf16 autocast: per language and seed, the zero-shot F1 on the
    generated test and the source dev F1 in bf16 inference beside the cell's fp32 ones. A difference here is
    inference's; the paired table's differences also hold training's. (The student's bf16 soft labels and
    evaluation are not covered.) A seed's teacher is loaded and scored on source dev once for all its languages."""
    from omegaconf import OmegaConf

    from xlt.evaluation.scoring import evaluate_sentences, predict_kwargs
    from xlt.experiment.datasets import load_cell_data
    from xlt.models.loading import load_tagger_module

    teachers: dict[Path, tuple[Any, float]] = {}  # stored teacher -> (module, its source dev F1 in bf16)
    rows = []
    for c in sorted(cells, key=lambda c: (c["lang"], c["seed"])):
        run = Path(c["run"])
        cfg = OmegaConf.load(run / "config.yaml")
        data = load_cell_data(cfg, Path(cfg.paths.cache_dir))
        kwargs = {"metric_mode": str(cfg.metric.mode), **predict_kwargs(cfg, "bf16-mixed")}  # the cell's settings

        stored = (run / "checkpoints" / "teacher.ckpt").resolve()
        if stored not in teachers:
            module = load_tagger_module(stored, cfg.paths.cache_dir)
            teachers[stored] = module, 100 * evaluate_sentences(module, data.src_dev, **kwargs)["f1"]
        module, source_dev = teachers[stored]
        row = {"lang": c["lang"], "seed": c["seed"]}
        zero_shot = 100 * evaluate_sentences(module, data.sets["test"], **kwargs)["f1"]
        for name, bf16 in (("zero_shot_test", zero_shot), ("source_dev", source_dev)):
            row[name] = {"fp32": c["f1"][name], "bf16_inference": bf16, "diff": bf16 - c["f1"][name]}
        rows.append(row)
    diffs = [abs(r[m]["diff"]) for r in rows for m in ("zero_shot_test", "source_dev")]
    return {"rows": rows, "max_abs_diff": max(diffs) if diffs else float("nan")}


def stage_seconds(cells: list[dict[str, Any]], stages: tuple[str, ...]) -> float:
    return float(sum(c["timings_s"].get(s, 0.0) for c in cells for s in stages))


def speedups(cells: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Stage totals per precision and fp32 / bf16 ratios (training and evaluation)."""
    per = {p: {s: stage_seconds(cells[p], (s,)) for s in (*TRAIN_STAGES, *EVAL_STAGES, "cell")} for p in PRECISIONS}
    train = {p: stage_seconds(cells[p], TRAIN_STAGES) for p in PRECISIONS}
    evals = {p: stage_seconds(cells[p], EVAL_STAGES) for p in PRECISIONS}
    return {"stage_seconds": per, "train_seconds": train, "eval_seconds": evals,
            "train_speedup": train["32-true"] / max(train["bf16-mixed"], 1e-9),
            "eval_speedup": evals["32-true"] / max(evals["bf16-mixed"], 1e-9),
            "cell_speedup": per["32-true"]["cell"] / max(per["bf16-mixed"]["cell"], 1e-9)}


def markdown(result: dict[str, Any]) -> str:
    lines = ["# bf16-mixed against 32-true: the embedded default recipe, paired by seed", "",
             f"Command: `{result['command']}`"
             + (" (the sweeps of that --keep folder, run before by the same command without --reuse, read again)"
                if "--reuse" in result["command"] else "")
             + f". Languages {result['langs']}, seeds {result['seeds']}; {result['machine']}.", "",
             "| lang | metric | fp32 per seed | bf16 per seed | mean diff | 95 % t-interval | sign-flip p | "
             "mean abs diff | fp32 seed sd |", "|---|---|---|---|---|---|---|---|---|"]
    for lang, rows in result["paired"].items():
        for metric, r in rows.items():
            lines.append(f"| {lang} | {metric} | {', '.join(f'{x:.2f}' for x in r['fp32'])} | "
                         f"{', '.join(f'{x:.2f}' for x in r['bf16'])} | {r['mean_diff']:+.2f} | "
                         f"[{r['ci_low']:+.2f}, {r['ci_high']:+.2f}] | {r['p_sign_flip']:.3f} | "
                         f"{r['mean_abs_diff']:.2f} | {r['fp32_seed_sd']:.2f} |")
    inf = result.get("inference_only")
    if inf:
        lines += ["", "The fp32-trained teachers scored again in bf16 inference (their fp32 scores beside; a "
                  "difference here is inference's, not training's; the students' bf16 soft labels and scoring are "
                  "not covered):", "",
                  "| lang | seed | zero-shot test fp32 | bf16 inference | source dev fp32 | bf16 inference |",
                  "|---|---|---|---|---|---|"]
        for r in inf["rows"]:
            z, d = r["zero_shot_test"], r["source_dev"]
            lines.append(f"| {r['lang']} | {r['seed']} | {z['fp32']:.2f} | {z['bf16_inference']:.2f} | "
                         f"{d['fp32']:.2f} | {d['bf16_inference']:.2f} |")
        lines += ["", f"Largest |difference| from bf16 inference alone: {inf['max_abs_diff']:.2f} points."]
    s = result["speed"]
    lines += ["", "| stage | fp32 s | bf16 s | fp32 / bf16 |", "|---|---|---|---|"]
    for stage in s["stage_seconds"]["32-true"]:
        a, b = s["stage_seconds"]["32-true"][stage], s["stage_seconds"]["bf16-mixed"][stage]
        lines.append(f"| {stage} | {a:.1f} | {b:.1f} | {a / b if b else float('nan'):.2f} |")
    lines += ["", f"Training {s['train_speedup']:.2f}x, evaluation {s['eval_speedup']:.2f}x, whole cells "
              f"{s['cell_speedup']:.2f}x faster in bf16 (sums over the cells; a reused teacher counts once).", "",
              f"**Verdict**: {result['verdict']}", ""]
    return "\n".join(lines)


def verdict(paired_rows: dict[str, dict[str, Any]]) -> tuple[bool, str]:
    """bf16 may be the default where no interval excludes 0 and every mean |diff| is below the fp32 seed sd (the
    rule of issue 23); the text also says which way the differences go."""
    rows = [(lang, metric, r) for lang, m in paired_rows.items() for metric, r in m.items()]
    significant = [f"{lang}/{metric} ({'bf16' if r['mean_diff'] > 0 else 'fp32'} higher)"
                   for lang, metric, r in rows if r["interval_excludes_0"]]
    beyond_sd = [f"{lang}/{metric}" for lang, metric, r in rows if not r["below_seed_sd"]]
    higher = sum(r["mean_diff"] > 0 for _, _, r in rows)
    direction = f"bf16 higher on average in {higher} of {len(rows)} comparisons"
    if not significant and not beyond_sd:
        return True, (f"parity: no paired difference is significant (every 95 % t-interval contains 0) and every "
                      f"mean absolute difference is below the fp32 seed-to-seed sd, over {len(rows)} comparisons; "
                      f"{direction}")
    return False, (f"no parity over {len(rows)} comparisons ({direction}): the 95 % t-interval excludes 0 on "
                   f"{len(significant)} ({', '.join(significant) or 'none'}; unadjusted for the {len(rows)} "
                   f"comparisons) and the mean |diff| reaches the fp32 seed sd on {len(beyond_sd)} "
                   f"({', '.join(beyond_sd)})")


def machine_line() -> str:
    """The machine in one line of the results table (xlt.runtime.machine)."""
    m = machine()
    return f"{m['gpu'] or m['cpu']}, {m['cores']} cores, bf16 flags {m['bf16_flags'] or 'none'}, {m['cpu_kernels']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", default="de,es,nl,sw")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--jobs", type=int, default=2, help="cells at a time in each sweep (joblib, one thread each, "
                        "as the experiment sweeps run; 1: one cell at a time with every core, as `make run`)")
    parser.add_argument("--quick", action="store_true", help="sw, seeds 1-2, short trainings (a few minutes)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    parser.add_argument("--keep", default=None, help="a new directory for both sweeps (kept, e.g. for xlt.report "
                        "<keep>/outputs/multirun/precision-bf16-mixed); by default a temporary one, removed")
    parser.add_argument("--reuse", action="store_true", help="read the finished sweeps of an earlier run's --keep "
                        "folder again (no training; the timings are theirs)")
    parser.add_argument("--inference-check", action=argparse.BooleanOptionalAction, default=True,
                        help="also score the fp32 teachers in bf16 inference (is a difference training's?)")
    parser.add_argument("extra", nargs="*", help="more overrides for both sweeps")
    args = parser.parse_args()
    if args.quick:
        args.langs, args.seeds = "sw", "1,2"
    if args.reuse and not args.keep:
        parser.error("--reuse reads the folder of an earlier --keep: give it with --keep")
    models = None if args.reuse else converted_e5small()
    with work_folder("xlt-precision-", args.keep) as work:  # the inference check reads the sweeps' teachers
        cells = {p: run_side(p, args, work, models) for p in PRECISIONS}
        rows = paired(cells)
        inference = inference_only(cells["32-true"]) if args.inference_check else None
    ok, text = verdict(rows)
    langs = ",".join(sorted({c["lang"] for c in cells["32-true"]}))  # what ran (with --reuse: the kept sweeps)
    seeds = ",".join(str(x) for x in sorted({c["seed"] for c in cells["32-true"]}))
    result = {"command": " ".join(["python bench/precision.py", *sys.argv[1:]]), "langs": langs,
              "seeds": seeds, "machine": machine_line(),
              "cells": cells, "paired": rows, "inference_only": inference, "speed": speedups(cells), "parity": ok,
              "verdict": text}
    stem = "precision_quick" if args.quick else "precision"
    write_results(Path(args.out), stem, result, markdown(result), indent=1)
    print(text)
    print(json.dumps({"train_speedup": round(result["speed"]["train_speedup"], 3),
                      "eval_speedup": round(result["speed"]["eval_speedup"], 3), "parity": ok}))


if __name__ == "__main__":
    main()

"""The transfer study: why the embedded student did not beat zero-shot, and which recipe makes it, over seeds.

    python bench/transfer_study.py run [--conditions tsl,init_teacher] [--langs de,sw] [--seeds 1,2,3] [--jobs 2]
    python bench/transfer_study.py write     # bench/results/transfer_study.{json,md}, docs/img/transfer_study.png

`run` starts one sweep per condition (`python -m xlt.run -m lang=... seed=... <the condition's overrides>`,
sweep `outputs/multirun/study/<condition>`); every cell records its zero-shot and student scores on the
generated test, the natural sentences and the target dev split, the seen/unseen split and the diagnostics.
A rerun resumes (finished cells are skipped, teachers and soft labels come from the store). `write` collects
the cells, tabulates each condition against the reference (`tsl`), and ranks the *recipe* conditions (those
that change neither the data nor the test) by their gain on the *target dev split* (benchmark=synth declares
one, disjoint from the test split) - never on a test set. The narrative is docs/transfer_study.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from xlt.analysis.report import collect_runs, load_counts  # noqa: E402
from xlt.analysis.stats import hierarchical_bootstrap  # noqa: E402
from xlt.errors import DataError  # noqa: E402

# name: (overrides on top of the embedded default cell, what the condition isolates). Conditions that change
# the data (DATA_CONDITIONS) are contrasts for the diagnosis, not candidate recipes: their dev split or text differ.
DATA_CONDITIONS = ("low_diversity", "unseen_only")
CONDITIONS: dict[str, tuple[list[str], str]] = {
    "tsl": (["student=embedded"], "reference: TSL recipe, fresh pretrained student, mse, realistic benchmark"),
    "init_teacher": (["student=embedded", "student.init=teacher"], "student initialised from the teacher"),
    "tsl_3_epochs": (["student=embedded", "student.epochs=3"], "the reference with three times the student training"),
    "low_diversity": (["student=embedded", "benchmark.unlabeled.max_templates=10", "benchmark.unlabeled.clauses=false"],
                      "unlabeled text from 10 templates, no clauses (less varied text)"),
    "unseen_only": (["student=embedded", "benchmark.test.seen_train=0", "benchmark.test.seen_source=0"],
                    "test and dev entities never in the unlabeled text (stress test; other test set)"),
    "head_lr_1e-3": (["student=embedded", "student.head_lr=1e-3"], "student head lr 1e-3 instead of 5e-3"),
    "kl_t1": (["student=embedded", "distill=kl", "distill.temperature=1"], "KL, temperature 1"),
    "kl_t4": (["student=embedded", "distill=kl", "distill.temperature=4"], "KL, temperature 4"),
    "hard": (["student=embedded", "distill=hard"], "hard teacher labels (argmax)"),
    "hard_0.9": (["student=embedded", "distill=hard", "distill.threshold=0.9"],
                 "hard labels where the teacher's confidence >= 0.9"),
    "init_teacher_kl_t1": (["student=embedded", "student.init=teacher", "distill=kl", "distill.temperature=1"],
                           "from the teacher, KL at T=1"),
    "init_teacher_hard_0.9": (["student=embedded", "student.init=teacher", "distill=hard", "distill.threshold=0.9"],
                              "from the teacher, confident hard labels"),
}
STUDY_DIR = ROOT / "outputs" / "multirun" / "study"
SETS = ("test", "natural", "dev")


def run(args: argparse.Namespace) -> None:
    env = {**os.environ, "WANDB_MODE": "disabled"}
    if args.jobs > 1:  # one intra-op thread per job: the jobs share the machine's cores
        env["OMP_NUM_THREADS"] = str(max(1, (os.cpu_count() or 2) // args.jobs))
    for name in args.conditions.split(","):
        overrides, _ = CONDITIONS[name]
        cmd = [sys.executable, "-m", "xlt.run", "-m", f"lang={args.langs}", f"seed={args.seeds}",
               f"sweep_name=study/{name}", "logger=none", *overrides, *args.extra]
        if args.jobs > 1:
            cmd += ["hydra/launcher=joblib", f"hydra.launcher.n_jobs={args.jobs}"]
        print("$", " ".join(cmd), flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, env=env, text=True, capture_output=True)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("done ")]
        print("\n".join(lines), f"\n  {name}: {time.perf_counter() - t0:.0f} s, exit {proc.returncode}", flush=True)
        if proc.returncode != 0:
            print(proc.stderr[-3000:], flush=True)


def _paired_gain_ci(rows: pd.DataFrame, name: str) -> tuple[float, float]:
    """Hierarchical-bootstrap 95 % interval of the student's gain over zero-shot on one test set."""
    col = "" if name == "test" else f"{name}_"
    st = [load_counts(p, m).counts for p, m in zip(rows[f"student_{col}predictions"], rows.metric_mode, strict=True)]
    zs = [load_counts(p, m).counts for p, m in zip(rows[f"zero_shot_{col}predictions"], rows.metric_mode, strict=True)]
    res = hierarchical_bootstrap(st, zs, paired_seeds=True, n_resamples=1000, seed=0)
    return res["ci_low"], res["ci_high"]


def collect() -> pd.DataFrame:
    frames = []
    for name in CONDITIONS:
        if not (STUDY_DIR / name).is_dir():
            continue
        try:
            runs = collect_runs([STUDY_DIR / name])
        except DataError:  # a condition still running: no complete cell yet
            continue
        runs.insert(0, "condition", name)
        frames.append(runs)
    if not frames:
        sys.exit(f"no study runs under {STUDY_DIR}: run `python bench/transfer_study.py run` first")
    return pd.concat(frames, ignore_index=True)


def table(runs: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for (cond, lang), r in runs.groupby(["condition", "lang"], sort=False):
        r = r.sort_values("seed")
        row = {"condition": cond, "lang": lang, "n_seeds": len(r)}
        for name in SETS:
            col = "" if name == "test" else f"{name}_"
            for stage in ("zero_shot", "student"):
                row[f"{stage}_{name}"] = r[f"{stage}_{col}f1"].mean()
                row[f"{stage}_{name}_std"] = r[f"{stage}_{col}f1"].std()
            row[f"gain_{name}"] = r[f"{col}gain"].mean()
            row[f"gain_{name}_std"] = r[f"{col}gain"].std()
            if name != "dev":
                row[f"gain_{name}_ci"] = _paired_gain_ci(r, name)
        for part in ("seen_text", "unseen_text"):
            for stage in ("zero_shot", "student"):
                row[f"{stage}_{part}"] = r[f"{stage}_{part}_f1"].mean()
        row["seen_text_share"] = r["seen_text_share"].mean()
        for col in ("teacher_unlabeled_f1", "student_unlabeled_f1", "agreement_token", "agreement_entity_token",
                    "teacher_ece", "source_dev_f1"):
            row[col] = r[col].mean()
        rows.append(row)
    return pd.DataFrame(rows)


def _pm(mean: float, std: float) -> str:
    return f"{mean:.1f} ± {std:.1f}" if np.isfinite(std) else f"{mean:.1f}"


def markdown(t: pd.DataFrame) -> str:
    head = ("| condition | lang | zero-shot test | student test | gain test [95 % CI] | zero-shot natural | "
            "student natural | gain natural [95 % CI] | gain dev | F1 seen / unseen in text: zero-shot -> student | "
            "teacher F1 on text | student F1 on text | agreement (all / entity words) |")
    lines = [head, "|" + "---|" * 13]
    for _, r in t.iterrows():
        lo, hi = r.gain_test_ci
        nlo, nhi = r.gain_natural_ci
        lines.append(
            f"| {r.condition} | {r.lang} | {_pm(r.zero_shot_test, r.zero_shot_test_std)} | "
            f"{_pm(r.student_test, r.student_test_std)} | {r.gain_test:+.1f} [{lo:+.1f}, {hi:+.1f}] | "
            f"{_pm(r.zero_shot_natural, r.zero_shot_natural_std)} | {_pm(r.student_natural, r.student_natural_std)} | "
            f"{r.gain_natural:+.1f} [{nlo:+.1f}, {nhi:+.1f}] | {r.gain_dev:+.1f} | "
            f"{r.zero_shot_seen_text:.1f} / {r.zero_shot_unseen_text:.1f} -> "
            f"{r.student_seen_text:.1f} / {r.student_unseen_text:.1f} | {r.teacher_unlabeled_f1:.1f} | "
            f"{r.student_unlabeled_f1:.1f} | {r.agreement_token:.1f} / {r.agreement_entity_token:.1f} |")
    return "\n".join(lines)


def plot(t: pd.DataFrame, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    conds = list(dict.fromkeys(t.condition))
    langs = sorted(t.lang.unique())
    fig, axes = plt.subplots(1, 3, figsize=(15, 0.45 * len(conds) + 1.5), sharey=True)
    for ax, name in zip(axes, SETS, strict=True):
        width = 0.8 / len(langs)
        lo = -15.0  # collapses (tens of points) would squash the rest: clip them and print their value
        for k, lang in enumerate(langs):
            part = t[t.lang == lang].set_index("condition").reindex(conds)
            y = np.arange(len(conds)) + (k - (len(langs) - 1) / 2) * width
            gain = part[f"gain_{name}"]
            ax.barh(y, gain.clip(lower=lo), width, xerr=part[f"gain_{name}_std"].fillna(0).where(gain > lo, 0),
                    capsize=2, label=lang)
            for yi, g in zip(y, gain, strict=True):
                if g < lo:
                    ax.text(lo + 0.3, yi, f"{g:.0f}", va="center", fontsize=7, color="white")
        ax.set_xlim(lo, 10)
        ax.axvline(0, color="black", lw=0.8)
        ax.set_title(f"student - zero-shot F1 on {name} (± seed std)")
        ax.set_yticks(range(len(conds)), conds)
    axes[0].invert_yaxis()
    axes[0].legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write(args: argparse.Namespace) -> None:
    runs = collect()
    t = table(runs)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "transfer_study.json").write_text(json.dumps(json.loads(t.to_json(orient="records")), indent=1))
    (ROOT / "docs" / "img").mkdir(parents=True, exist_ok=True)
    plot(t, ROOT / "docs" / "img" / "transfer_study.png")
    recipes = t[~t.condition.isin(DATA_CONDITIONS)]
    dev = recipes.groupby("condition", sort=False).gain_dev.mean().sort_values(ascending=False)
    print(markdown(t))
    print("\nmean target-dev gain per recipe condition (the selection criterion):")
    print(dev.to_string(float_format=lambda v: f"{v:+.2f}"))
    (out / "transfer_study_table.md").write_text(markdown(t) + "\n\nmean target-dev gain:\n\n" +
                                                dev.to_string(float_format=lambda v: f"{v:+.2f}") + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="run the conditions' sweeps (resumable)")
    r.add_argument("--conditions", default=",".join(CONDITIONS))
    r.add_argument("--langs", default="de,sw")
    r.add_argument("--seeds", default="1,2,3")
    r.add_argument("--jobs", type=int, default=2, help="parallel cells (joblib); each gets cores // jobs threads")
    r.add_argument("extra", nargs="*", help="further overrides for every cell")
    sub.add_parser("write", help="tabulate the finished cells into docs/ and bench/results/")
    args = parser.parse_args()
    run(args) if args.cmd == "run" else write(args)


if __name__ == "__main__":
    main()

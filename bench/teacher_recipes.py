"""Each backbone's searched teacher recipe against the embedded one (chosen for e5small), paired by seed: the table of
experiment=teacher_recipes (issue 25: is Gemma's searched teacher clearly better than the recipe it had?).

    python -m xlt.run -m experiment=teacher_recipes    # 12 teachers (the searched ones reused from backbone_comparison)
    python bench/teacher_recipes.py                    # -> bench/results/teacher_recipes.{md,json}
    python bench/teacher_recipes.py --sweep DIR --out DIR   # another sweep directory of the same grid; elsewhere

Per backbone and seed, the English source dev F1 of the teacher trained with the embedded recipe and of the one
trained with the recipe searched for that backbone, on the generated dev split (where both recipes were chosen: an
advantage there is in-sample) and on the hand-written English sentences (`natural`: chosen on by neither). Then the
paired difference searched - embedded: its mean, 95 % t-interval over seeds and exact sign-flip p
(xlt.analysis.stats). With 3 seeds the sign-flip p cannot go below 0.25, so "clearly higher" here means the
t-interval above 0 (which with 3 seeds also needs every seed higher), never "significant"; the natural rows decide,
as the generated dev split chose the searched recipe among its study's trials. A cell's recipe is its `teacher`
choice (.hydra/hydra.yaml); its `data.label_position` (config.yaml) is shown, as a decoder's study searches it too.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from multirun import write_results  # noqa: E402

from xlt.analysis.report import find_runs  # noqa: E402
from xlt.analysis.stats import paired_t_interval, sign_flip_test  # noqa: E402

RECIPES = ("embedded", "searched_for_model")  # the `teacher` choices the experiment sweeps: reference, then searched
SETS = {"generated": "source dev (generated, where the recipes were chosen)",
        "natural": "natural English sentences (chosen on by neither)"}


def teacher_scores(sweep: Path) -> dict[str, dict[str, dict[int, dict[str, Any]]]]:
    """model -> recipe -> seed -> {set: source dev F1 in %, "label_position": ...} of the sweep's complete cells."""
    if not sweep.is_dir():
        sys.exit(f"{sweep} does not exist: run python -m xlt.run -m experiment=teacher_recipes first (or pass --sweep)")
    out: dict[str, dict[str, dict[int, dict[str, Any]]]] = defaultdict(lambda: defaultdict(dict))
    for run in find_runs([sweep]):
        m = json.loads((run / "metrics.json").read_text(encoding="utf-8"))
        if m.get("status") != "complete":
            print(f"skipping {run}: status {m.get('status')!r} (not finished)", file=sys.stderr)
            continue
        hydra = yaml.safe_load((run / ".hydra" / "hydra.yaml").read_text(encoding="utf-8"))["hydra"]
        recipe = hydra["runtime"]["choices"]["teacher"]
        dev = m["source_dev"]
        config = yaml.safe_load((run / "config.yaml").read_text(encoding="utf-8"))
        scores: dict[str, Any] = {"generated": 100 * dev["f1"], "label_position": config["data"]["label_position"],
                                  "teacher": teacher_origin(m, config)}
        if isinstance(dev.get("natural"), dict):
            scores["natural"] = 100 * dev["natural"]["f1"]
        out[m["model"]][recipe][int(m["seed"])] = scores
    if not out:
        sys.exit(f"no complete teacher cells under {sweep}: run python -m xlt.run -m experiment=teacher_recipes first")
    return out


def teacher_origin(metrics: dict[str, Any], config: dict[str, Any]) -> dict[str, Any]:
    """Which teacher a cell scored and where: its store key (the same key in another sweep's records, e.g.
    backbone_comparison's, is the very same teacher), whether the store handed it out (built by an earlier cell of
    the same store), the cell's CPU and whether it flushed subnormal floats (config.yaml's perf.flush_denormal).
    Another CPU model may train another teacher from the same seed (xlt.runtime.machine), so the table says which
    computed it. Fields a record does not hold (written before them): None."""
    teacher = metrics.get("artifacts", {}).get("teacher", {})
    return {"key": teacher.get("key"), "reused": teacher.get("reused"),
            "cell_cpu": metrics.get("machine", {}).get("cpu"),
            "flush_denormal": config.get("perf", {}).get("flush_denormal")}


def paired_rows(scores: dict[str, dict[str, dict[int, dict[str, Any]]]]) -> list[dict[str, Any]]:
    """Per model and set: the two recipes' F1 on the seeds both ran, and the searched - embedded difference."""
    rows = []
    for model, by_recipe in sorted(scores.items()):
        ref, tuned = (by_recipe.get(r, {}) for r in RECIPES)
        seeds = sorted(set(ref) & set(tuned))
        if not seeds:
            print(f"{model}: no seed with both recipes ({', '.join(sorted(by_recipe))}): left out", file=sys.stderr)
            continue
        for name in SETS:
            if not all(name in ref[s] and name in tuned[s] for s in seeds):
                continue
            a, b = [tuned[s][name] for s in seeds], [ref[s][name] for s in seeds]
            mean, low, high = paired_t_interval(a, b)
            positions = {r: "/".join(sorted({by_recipe[r][s]["label_position"] for s in seeds})) for r in RECIPES}
            rows.append({"model": model, "set": name, "seeds": seeds, "embedded": b, "searched": a,
                         "teachers": {r: [by_recipe[r][s]["teacher"] for s in seeds] for r in RECIPES},
                         "label_position": positions, "mean_diff": mean, "ci_low": low, "ci_high": high,
                         "p_sign_flip": sign_flip_test(a, b),
                         "every_seed_higher": all(x > y for x, y in zip(a, b, strict=True)),
                         "clearly_higher": bool(len(seeds) >= 3 and low > 0)})
    return rows


def markdown(rows: list[dict[str, Any]], sweep: Path) -> str:
    fmt = lambda xs: ", ".join(f"{x:.2f}" for x in xs)  # noqa: E731
    lines = ["# Searched teacher recipe against the embedded one, English source dev F1 (%), paired by seed", "",
             f"Sweep: `{sweep}` (`python -m xlt.run -m experiment=teacher_recipes`); table: "
             "`python bench/teacher_recipes.py`. The embedded recipe was chosen for e5small; each searched one by "
             "its backbone's study (hparams_search=teacher_recipe, conf/teacher/searched/<model>.yaml) on the "
             "generated source dev, so the generated rows are in-sample for both and favour the searched recipe, "
             "the best of its study's trials there; the natural rows, chosen on by neither, decide. Clearly higher: "
             "the 95 % t-interval over seeds above 0 (the sign-flip p of n seeds is at least 2 / 2^n).", "",
             provenance(rows), "",
             "| backbone | scored on | seeds | label position (embedded / searched) | embedded per seed | searched "
             "per seed | searched - embedded [95 % t-interval] | sign-flip p | clearly higher |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['model']} | {SETS[r['set']]} | {', '.join(map(str, r['seeds']))} | "
                     f"{' / '.join(r['label_position'][k] for k in RECIPES)} | {fmt(r['embedded'])} "
                     f"| {fmt(r['searched'])} | {r['mean_diff']:+.2f} [{r['ci_low']:+.2f}, {r['ci_high']:+.2f}] | "
                     f"{r['p_sign_flip']:.3f} | {'yes' if r['clearly_higher'] else 'no'} |")
    return "\n".join(lines) + "\n"


def provenance(rows: list[dict[str, Any]]) -> str:
    """One line: the CPUs and flushing settings of the table's cells, and how many teachers the store handed out."""
    teachers = {t["key"] or id(t): t for r in rows for ts in r["teachers"].values() for t in ts}.values()
    say = lambda field: ", ".join(sorted({str(t[field]) for t in teachers}))  # noqa: E731
    reused = sum(t["reused"] is True for t in teachers)
    return (f"Cells computed on: {say('cell_cpu')}; perf.flush_denormal: {say('flush_denormal')}; {reused} of "
            f"{len(teachers)} teachers handed out by the store (built by an earlier cell there: the store keys, in "
            "the JSON, name the same teacher wherever they appear, e.g. in backbone_comparison's records).")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", default=str(ROOT / "outputs" / "multirun" / "teacher_recipes"),
                        help="the sweep directory of experiment=teacher_recipes")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"), help="where teacher_recipes.* go")
    args = parser.parse_args(argv)
    sweep = Path(args.sweep)
    rows = paired_rows(teacher_scores(sweep))
    write_results(Path(args.out), "teacher_recipes", {"sweep": str(sweep), "rows": rows}, markdown(rows, sweep))
    print(markdown(rows, sweep))


if __name__ == "__main__":
    main()

"""Benchmark: which settings change a teacher's numbers between runs on one machine.

    python bench/determinism.py                      # 9 short teachers, one process each (~13 min on 2 cores)
    python bench/determinism.py --steps 24 --sentences 192   # quicker, noisier F1
    python bench/determinism.py --only baseline,rerun,threads_2
    python bench/determinism.py --render bench/results/determinism.json   # the table again, nothing trained

Trains the same short e5small teacher (the embedded default recipe, `until=zero_shot`: teacher, then its
source dev and zero-shot scores; no student) once per condition, each in a fresh process through the real
`python -m xlt.run`, with its own run directory, its own cache (the converted e5small linked in) and a private
artifact store (`store.shared=false`), so no condition can reuse another's teacher. Every condition is
compared with the baseline (one intra-op thread, every other setting at its default):

- rerun: the baseline again: must be bit-identical, or nothing below means anything;
- threads_2: `perf.threads=2` (ATen and MKL split sums by thread);
- deterministic: `trainer.deterministic=true` (Lightning calls `torch.use_deterministic_algorithms(True)`);
- no_mkldnn: `torch.backends.mkldnn.enabled = False`, set in the process before the run;
- no_grouping: `data.group_by_length=false`: other batches, a recipe difference (seed-noise sized, expected);
- aten_avx2: `ATEN_CPU_CAPABILITY=avx2`: ATen's elementwise, softmax and LayerNorm kernels of an AVX2 CPU;
- mkl_avx2: `MKL_ENABLE_INSTRUCTIONS=AVX2`: MKL's matrix products (every Linear) of an AVX2 CPU;
- avx2_cpu: both at once, the closest this machine comes to "the same run on another x86 CPU" (oneDNN keeps its
  own pick of instructions: ONEDNN_MAX_CPU_ISA is left alone, so a real AVX2 CPU may differ in more kernels).

The environment variables are read when torch loads, which is why every condition is a process of its own. Each
worker records what it actually ran with (torch's CPU capability, the deterministic flag, mkldnn, the thread
count, and MKL's own code path line from MKL_VERBOSE), so a variable that silently did nothing shows.

Per condition: whether the teacher's final weights are bit-identical to the baseline's, how many tensors differ,
the largest absolute weight difference, the source dev F1 and the zero-shot test F1, and the share of target test
words whose predicted tag agrees with the baseline's. Writes bench/results/determinism.{json,md}; the last line
printed says which settings changed the numbers.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402
from multirun import converted_e5small, work_folder, write_results  # noqa: E402

from xlt.runtime import machine  # noqa: E402


@dataclass(frozen=True)
class Condition:
    """One way of running the baseline teacher: config overrides, environment variables, torch's mkldnn switch."""

    name: str
    what: str
    kind: str  # rerun (must match), kernel (same recipe, other arithmetic), recipe (other batches: other numbers)
    overrides: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    mkldnn: bool = True


CONDITIONS = (
    Condition("baseline", "perf.threads=1, every other setting at its default", "rerun"),
    Condition("rerun", "the baseline again, in a new process", "rerun"),
    Condition("threads_2", "perf.threads=2", "kernel", ("perf.threads=2",)),
    Condition("deterministic", "trainer.deterministic=true (torch.use_deterministic_algorithms)", "kernel",
              ("trainer.deterministic=true",)),
    Condition("no_mkldnn", "torch.backends.mkldnn.enabled=False", "kernel", mkldnn=False),
    Condition("no_grouping", "data.group_by_length=false (other batches)", "recipe", ("data.group_by_length=false",)),
    Condition("aten_avx2", "ATEN_CPU_CAPABILITY=avx2 (ATen kernels of an AVX2 CPU)", "kernel",
              env={"ATEN_CPU_CAPABILITY": "avx2"}),
    Condition("mkl_avx2", "MKL_ENABLE_INSTRUCTIONS=AVX2 (MKL GEMM of an AVX2 CPU)", "kernel",
              env={"MKL_ENABLE_INSTRUCTIONS": "AVX2"}),
    Condition("avx2_cpu", "both: ATen and MKL as on an AVX2 CPU", "kernel",
              env={"ATEN_CPU_CAPABILITY": "avx2", "MKL_ENABLE_INSTRUCTIONS": "AVX2"}),
)
# variables that pick kernels: cleared in every worker unless its condition sets them, so the caller's shell
# cannot leak into the baseline
KERNEL_ENV = ("ATEN_CPU_CAPABILITY", "MKL_ENABLE_INSTRUCTIONS", "MKL_CBWR", "ONEDNN_MAX_CPU_ISA", "OMP_NUM_THREADS",
              "MKL_NUM_THREADS")
PROBE_FILE = "probe.json"


# comparison ------------------------------------------------------------------------------------------------------


def compare_state_dicts(a: Mapping[str, torch.Tensor], b: Mapping[str, torch.Tensor]) -> dict[str, Any]:
    """Bit-identity (byte for byte: -0.0 is not 0.0) and the largest absolute difference of two state dicts with
    the same keys, shapes and dtypes."""
    if a.keys() != b.keys():
        raise ValueError(f"the state dicts hold other tensors: {sorted(set(a) ^ set(b))[:5]}")
    differing, max_abs = [], 0.0
    for name, x in a.items():
        y = b[name]
        if x.shape != y.shape or x.dtype != y.dtype:
            raise ValueError(f"{name}: {x.dtype}{tuple(x.shape)} against {y.dtype}{tuple(y.shape)}")
        if not torch.equal(_bytes(x), _bytes(y)):
            differing.append(name)
            if x.is_floating_point():
                max_abs = max(max_abs, float((x.double() - y.double()).abs().max()))
            else:
                max_abs = max(max_abs, float((x.long() - y.long()).abs().max()))
    return {"identical": not differing, "tensors": len(a), "differing": len(differing), "max_abs_diff": max_abs,
            "first_differing": differing[:3]}


def _bytes(x: torch.Tensor) -> torch.Tensor:
    return x.reshape(-1).contiguous().view(torch.uint8)


def tag_agreement(a: list[list[str]], b: list[list[str]]) -> dict[str, Any]:
    """Share of words with the same predicted tag, and the number of sentences whose tags differ anywhere."""
    if [len(s) for s in a] != [len(s) for s in b]:
        raise ValueError("the two prediction files hold other sentences")
    same = sum(x == y for s, t in zip(a, b, strict=True) for x, y in zip(s, t, strict=True))
    words, differing = sum(len(s) for s in a), sum(s != t for s, t in zip(a, b, strict=True))
    return {"word_agreement": same / max(words, 1), "sentences_differing": differing}


# one condition, in its own process -------------------------------------------------------------------------------


def worker(mkldnn: bool, overrides: list[str]) -> None:
    """Set what torch offers no environment variable for, record what this process runs with, run `xlt.run`."""
    torch.backends.mkldnn.enabled = mkldnn
    with torch.backends.mkl.verbose(torch.backends.mkl.VERBOSE_ON):  # MKL prints its code path once, on stdout
        torch.mm(torch.ones(8, 8), torch.ones(8, 8))
    ctypes.CDLL(None).fflush(None)  # C stdio holds MKL's line in its buffer when stdout is a pipe
    sys.argv = ["xlt.run", *overrides]
    from xlt.cli.run import main as run_main

    run_main()
    run_dir = next(o.split("=", 1)[1] for o in overrides if o.startswith("hydra.run.dir="))
    probe = {"cpu_capability": torch.backends.cpu.get_cpu_capability(), "threads": torch.get_num_threads(),
             "deterministic": torch.are_deterministic_algorithms_enabled(),
             "mkldnn": torch.backends.mkldnn.enabled}
    Path(run_dir, PROBE_FILE).write_text(json.dumps(probe))


def run_condition(cond: Condition, args: argparse.Namespace, work: Path, models: Path) -> dict[str, Any]:
    """Train the teacher of `cond` in a fresh process; its run directory, metrics and what it ran with."""
    base = work / cond.name
    cache, run_dir = base / "cache", base / "run"
    cache.mkdir(parents=True)
    os.symlink(models, cache / "models")
    overrides = ["model=e5small", f"lang={args.lang}", f"seed={args.seed}", "until=zero_shot", "perf.threads=1",
                 f"data.max_sentences={args.sentences}", f"teacher.max_steps={args.steps}",
                 "checkpoint.every_n_steps=0", "store.shared=false", "logger=none", "progress.bar=false",
                 "save_predictions=true", f"paths.cache_dir={cache}", f"paths.log_dir={base / 'outputs'}",
                 f"hydra.run.dir={run_dir}", *args.extra, *cond.overrides]
    env = {k: v for k, v in os.environ.items() if k not in KERNEL_ENV}
    env.update({"WANDB_MODE": "disabled", **cond.env})
    cmd = [sys.executable, str(Path(__file__).resolve()), "worker", *([] if cond.mkldnn else ["--no-mkldnn"]),
           "--", *overrides]
    print(f"[{cond.name}] {' '.join(f'{k}={v}' for k, v in cond.env.items())} {' '.join(cond.overrides)}".rstrip(),
          flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, text=True, capture_output=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"condition {cond.name} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    mkl = next((line for line in proc.stdout.splitlines() if line.startswith("MKL_VERBOSE oneMKL")), "")
    metrics = json.loads((run_dir / "metrics.json").read_text())
    probe = json.loads((run_dir / PROBE_FILE).read_text())
    path = re.search(r"\(Intel\(R\) ([^)]*)\)", mkl)  # "... (Intel(R) AVX2) enabled processors"
    probe["mkl_path"] = path.group(1) if path else "?"
    return {"name": cond.name, "what": cond.what, "kind": cond.kind, "overrides": list(cond.overrides),
            "env": dict(cond.env), "mkldnn": cond.mkldnn, "run_dir": str(run_dir), "wall_s": round(wall, 1),
            "teacher_train_s": round(metrics["timings_s"]["teacher_train"], 1), "probe": probe,
            "source_dev_f1": 100 * metrics["source_dev"]["f1"], "zero_shot_f1": 100 * metrics["zero_shot"]["f1"]}


def against_baseline(run: dict[str, Any], baseline: dict[str, Any], lang: str) -> dict[str, Any]:
    """The run's teacher weights and target test predictions compared with the baseline's."""
    from xlt.data.conll import read_predictions
    from xlt.experiment.record import predictions_file
    from xlt.training.stages import TEACHER_FILE

    def weights(r: dict[str, Any]) -> dict[str, torch.Tensor]:
        return torch.load(Path(r["run_dir"]) / "checkpoints" / TEACHER_FILE, map_location="cpu",
                          weights_only=False)["state_dict"]

    def tags(r: dict[str, Any]) -> list[list[str]]:
        return read_predictions(predictions_file(Path(r["run_dir"]), "zero_shot", lang, "test"))[1]

    return {**compare_state_dicts(weights(baseline), weights(run)), **tag_agreement(tags(baseline), tags(run)),
            "source_dev_diff": run["source_dev_f1"] - baseline["source_dev_f1"],
            "zero_shot_diff": run["zero_shot_f1"] - baseline["zero_shot_f1"]}


# report ----------------------------------------------------------------------------------------------------------


def summary(runs: list[dict[str, Any]], steps: str) -> str:
    """One line: which conditions left the teacher bit for bit, which moved only its last bits (no prediction of
    the target test changed), which gave another teacher."""
    same = [r for r in runs[1:] if r["cmp"]["identical"]]
    bits = [r for r in runs[1:] if not r["cmp"]["identical"] and r["cmp"]["word_agreement"] == 1.0]
    other = [r for r in runs[1:] if r["cmp"]["word_agreement"] < 1.0]

    def names(rs: list[dict[str, Any]]) -> str:
        return ", ".join(r["name"] for r in rs) or "none"

    line = f"bit-identical to the baseline: {names(same)}"
    if bits:
        line += (f"; last bits only (max |dw| <= {max(r['cmp']['max_abs_diff'] for r in bits):.1e}, every test "
                 f"prediction kept after {steps} steps): {names(bits)}")
    if other:
        line += (f"; another teacher (max |dw| up to {max(r['cmp']['max_abs_diff'] for r in other):.1e}, "
                 f"{100 * min(r['cmp']['word_agreement'] for r in other):.1f} % of test words agree): {names(other)}")
    return line


def markdown(result: dict[str, Any]) -> str:
    m = result["machine"]
    lines = ["# What changes a teacher's numbers between runs on one machine", "",
             f"Command: `{result['command']}`. {m['cpu']}, {m['cores']} cores, torch {m['torch']}, "
             f"{result['date']}. A short e5small teacher (`{' '.join(result['base_overrides'])}`), one process "
             "per condition, each against the baseline (perf.threads=1, defaults otherwise).", "",
             "| condition | setting | bit-identical | tensors differing | max abs weight diff | source dev F1 | "
             "zero-shot F1 | test word agreement | ran with (ATen / MKL / threads / deterministic / mkldnn) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in result["runs"]:
        c, p = r["cmp"], r["probe"]
        lines.append(f"| {r['name']} | {r['what']} | {'yes' if c['identical'] else '**no**'} | "
                     f"{c['differing']}/{c['tensors']} | {c['max_abs_diff']:.2e} | {r['source_dev_f1']:.2f} | "
                     f"{r['zero_shot_f1']:.2f} | {100 * c['word_agreement']:.2f} % | {p['cpu_capability']} / "
                     f"{p['mkl_path']} / {p['threads']} / {p['deterministic']} / {p['mkldnn']} |")
    lines += ["", "Weights: the teacher's trainable tensors (the frozen embeddings are not in its checkpoint). Word "
              "agreement: the predicted tags of the target test against the baseline's. A short teacher shows which "
              "settings touch the arithmetic, not how far a last-bit difference grows over a full training.", "",
              f"**Summary**: {result['summary']}", ""]
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        wp = argparse.ArgumentParser(prog="determinism.py worker", description="one condition (internal)")
        wp.add_argument("--no-mkldnn", action="store_true", help="torch.backends.mkldnn.enabled = False")
        wp.add_argument("overrides", nargs="*", help="the xlt.run overrides")
        wargs = wp.parse_args(sys.argv[2:])
        return worker(not wargs.no_mkldnn, wargs.overrides)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=40, help="the teacher's optimizer steps (teacher.max_steps)")
    parser.add_argument("--sentences", type=int, default=320,
                        help="every split's first N sentences (data.max_sentences); one epoch of batch 8 is N/8 steps")
    parser.add_argument("--lang", default="sw", help="the target language of the zero-shot scores")
    parser.add_argument("--seed", type=int, default=1, help="the teacher's seed (its head's init, dropout, batches)")
    parser.add_argument("--only", default=None, help="comma-separated condition names (the baseline always runs)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"), help="where determinism.{json,md} go")
    parser.add_argument("--keep", default=None, help="a new directory for the runs (kept); by default a temporary "
                        "one, removed")
    parser.add_argument("--render", default=None, metavar="JSON",
                        help="train nothing: write the table and the summary again from a determinism.json")
    parser.add_argument("extra", nargs="*", help="more xlt.run overrides for every condition")
    args = parser.parse_args()
    if args.render:
        result = json.loads(Path(args.render).read_text())
    else:
        result = measure(args, parser)
    steps = next(o.split("=", 1)[1] for o in result["base_overrides"] if o.startswith("teacher.max_steps="))
    result["summary"] = summary(result["runs"], steps)
    text = markdown(result)
    write_results(Path(args.out), "determinism", result, text)
    print(text)
    print(result["summary"])


def measure(args: argparse.Namespace, parser: argparse.ArgumentParser) -> dict[str, Any]:
    """Every condition asked for, each compared with the baseline; the machine and the settings they ran on."""
    names = {c.name for c in CONDITIONS}
    wanted = set(args.only.split(",")) if args.only else names
    if unknown := wanted - names:
        parser.error(f"unknown condition(s) {sorted(unknown)}; valid: {', '.join(c.name for c in CONDITIONS)}")
    conditions = [c for c in CONDITIONS if c.name == "baseline" or c.name in wanted]
    models = converted_e5small()
    with work_folder("xlt-determinism-", args.keep) as work:
        runs = [run_condition(c, args, work, models) for c in conditions]
        for r in runs:
            r["cmp"] = against_baseline(r, runs[0], args.lang)
            print(f"  {r['name']}: identical={r['cmp']['identical']} max|dw|={r['cmp']['max_abs_diff']:.2e} "
                  f"source dev {r['source_dev_f1']:.2f} zero-shot {r['zero_shot_f1']:.2f}", flush=True)
    return {"command": " ".join(["python bench/determinism.py", *sys.argv[1:]]),
            "date": datetime.date.today().isoformat(),
            "machine": machine(),
            "base_overrides": ["model=e5small", f"lang={args.lang}", f"seed={args.seed}", "until=zero_shot",
                               "perf.threads=1", f"data.max_sentences={args.sentences}",
                               f"teacher.max_steps={args.steps}", *args.extra],
            "runs": runs}

if __name__ == "__main__":
    main()

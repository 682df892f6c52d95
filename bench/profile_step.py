"""Where one training step's time goes, fp32 against bf16 autocast: the embedded teacher's real batches, by threads.

    python bench/profile_step.py                       # 1 and 2 threads, 32-true and bf16-mixed, 40 timed steps each
    python bench/profile_step.py --threads 2 --steps 20 --ops 12   # one thread count, the 12 costliest ops

The e5small teacher (embedded recipe: batch 8, embeddings frozen) trains on length-grouped batches of the generated
English source, as a cell trains it, in a hand loop with the parts a Lightning step runs: the forward under the
precision's autocast (the tag head in fp32 either way), the loss, the backward, the multi-tensor gradient clipping
and the fused AdamW step. Each part is timed per step (after 5 warm-up steps); then torch.profiler lists the ops with
the most self time per step, and these groups: the copies (every `aten::copy_`: in bf16 mostly dtype conversions,
its excess over fp32 being autocast's fp32 -> bf16 casts of weights and activations in the forward and the bf16 ->
fp32 casts of the weight gradients), the dropout masks
(`aten::bernoulli_`) and the clipping norms, each summed per step. Each (threads, precision) runs in a process of its
own. Writes bench/results/profile_step.{md,json}.
This measures; it changes nothing (issue 23 item 4: keep a change only where a profile shows it pays).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from multirun import write_results  # noqa: E402

from xlt.runtime import cpu_cores, cpu_flags  # noqa: E402

PARTS = ("forward", "backward", "clip", "optimizer")
WARMUP = 5
# the op groups reported per step: what bf16 leaves once the matmuls are cheaper
GROUPS = {"matmuls (mm, addmm, bmm)": ("aten::mm", "aten::addmm", "aten::bmm"),
          "dtype conversions (copy_)": ("aten::copy_",),  # every copy_: in fp32 too (the docstring)
          "dropout masks (bernoulli_)": ("aten::bernoulli_",),
          "fused AdamW": ("aten::_fused_adamw_",),
          "clipping norms and scaling": ("aten::linalg_vector_norm", "aten::_foreach_norm", "aten::mul_",
                                         "aten::_foreach_mul_")}


def build(steps: int, seed: int) -> tuple[Any, list[dict[str, Any]]]:
    """The teacher as a cell builds it, and `steps` + WARMUP of its training batches."""
    import torch

    from tests.conftest import compose_config
    from xlt.config import to_dict
    from xlt.data.batching import make_train_loader
    from xlt.data.sources import load_split
    from xlt.models.embedded.e5small import default_cache_dir
    from xlt.models.teacher import Teacher
    from xlt.training.stages import windows_for

    cfg = compose_config(["model=e5small", "logger=none", f"seed={seed}"], ROOT / "outputs" / "profile_step",
                         default_cache_dir())
    train = load_split(cfg.source.train, cfg.paths.cache_dir, "train")
    torch.manual_seed(seed)
    teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), "conlleval", cfg.paths.cache_dir)
    loader = make_train_loader(windows_for(teacher, train, cfg), int(cfg.teacher.batch_size), teacher.pad_id,
                               seed=seed, group_by_length=bool(cfg.data.group_by_length), pin_memory=False,
                               pad_multiple=1)
    batches = [b for _, b in zip(range(steps + WARMUP), loader, strict=False)]
    return teacher, batches


def run(teacher: Any, batches: list[dict[str, Any]], precision: str, threads: int, n_ops: int) -> dict[str, Any]:
    """Time the parts of each step, then profile the same steps: ms per step."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    torch.set_num_threads(threads)
    params = [p for p in teacher.parameters() if p.requires_grad]
    state = {k: v.clone() for k, v in teacher.state_dict().items()}
    optimizer = torch.optim.AdamW(params, lr=1e-5, fused=True)
    bf16 = precision.startswith("bf16")
    parts: dict[str, float] = defaultdict(float)

    def step(batch: dict[str, Any], timed: bool) -> None:
        t0 = time.perf_counter()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            loss = teacher.training_loss(teacher(batch["input_ids"], batch["attention_mask"]), batch)
        t1 = time.perf_counter()
        loss.backward()
        t2 = time.perf_counter()
        torch.nn.utils.clip_grad_norm_(params, 1.0, foreach=True)
        t3 = time.perf_counter()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        t4 = time.perf_counter()
        if timed:
            for name, seconds in zip(PARTS, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                parts[name] += seconds

    teacher.train()
    for batch in batches[:WARMUP]:
        step(batch, False)
    timed = batches[WARMUP:]
    for batch in timed:
        step(batch, True)
    n = len(timed)
    with profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:
        for batch in timed:
            step(batch, False)
    events = prof.key_averages()
    total = sum(e.self_cpu_time_total for e in events)
    ops = sorted(events, key=lambda e: -e.self_cpu_time_total)[:n_ops]
    groups = {g: sum(e.self_cpu_time_total for e in events if e.key in names) / 1000 / n for g, names in GROUPS.items()}
    teacher.load_state_dict(state)  # the next run starts from the same weights
    return {"precision": precision, "threads": threads, "steps": n,
            "tokens_per_step": sum(int(b["attention_mask"].sum()) for b in timed) / n,
            "ms_per_step": {k: 1000 * parts[k] / n for k in PARTS} | {"total": 1000 * sum(parts.values()) / n},
            "profiled_ms_per_step": total / 1000 / n, "groups_ms_per_step": groups,
            "top_ops": [{"op": e.key, "calls_per_step": e.count / n, "ms_per_step": e.self_cpu_time_total / 1000 / n,
                         "share": e.self_cpu_time_total / total} for e in ops]}


def markdown(result: dict[str, Any]) -> str:
    runs = result["runs"]
    lines = ["# One training step, fp32 against bf16 autocast (e5small teacher, embedded recipe)", "",
             f"Command: `{result['command']}`; {result['machine']}; {runs[0]['steps']} timed steps of "
             f"~{runs[0]['tokens_per_step']:.0f} sub-tokens (batch 8, length-grouped), after {WARMUP} warm-up steps.",
             "", "| threads | precision | forward | backward | clip | optimizer | step (ms) | fp32 / bf16 |",
             "|---|---|---|---|---|---|---|---|"]
    fp32 = {r["threads"]: r["ms_per_step"]["total"] for r in runs if r["precision"] == "32-true"}
    for r in runs:
        m = r["ms_per_step"]
        ratio = f"{fp32[r['threads']] / m['total']:.2f}" if r["precision"] != "32-true" and r["threads"] in fp32 else ""
        lines.append(f"| {r['threads']} | {r['precision']} | {m['forward']:.1f} | {m['backward']:.1f} | "
                     f"{m['clip']:.1f} | {m['optimizer']:.1f} | {m['total']:.1f} | {ratio} |")
    lines += ["", "Op groups, ms per step (profiled; self time):", "",
              "| threads | precision | " + " | ".join(GROUPS) + " | profiled total |",
              "|---|---|" + "---|" * (len(GROUPS) + 1)]
    for r in runs:
        g = r["groups_ms_per_step"]
        lines.append(f"| {r['threads']} | {r['precision']} | " + " | ".join(f"{g[k]:.1f}" for k in GROUPS)
                     + f" | {r['profiled_ms_per_step']:.1f} |")
    for r in runs:
        lines += ["", f"Costliest ops, {r['precision']}, {r['threads']} thread(s):", "",
                  "| op | calls per step | ms per step | share |", "|---|---|---|---|"]
        lines += [f"| {o['op']} | {o['calls_per_step']:.0f} | {o['ms_per_step']:.1f} | {100 * o['share']:.1f} % |"
                  for o in r["top_ops"]]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", default="1,2", help="intra-op thread counts to measure (comma-separated)")
    parser.add_argument("--precisions", default="32-true,bf16-mixed")
    parser.add_argument("--steps", type=int, default=40, help="timed steps per run (the profile repeats them)")
    parser.add_argument("--ops", type=int, default=10, help="costliest ops listed per run")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)  # internal: one run, its JSON to this file
    args = parser.parse_args()
    if args.one:  # one (threads, precision) in a process of its own: a profiler session earlier in the same
        # process slowed a later one's conversions 2.5x (147.6 against 59.8 ms per step, bf16 after fp32)
        teacher, batches = build(args.steps, args.seed)
        Path(args.one).write_text(json.dumps(run(teacher, batches, args.precisions, int(args.threads), args.ops)))
        return
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for t in args.threads.split(","):
            for p in args.precisions.split(","):
                one = Path(tmp) / f"{t}-{p}.json"
                proc = subprocess.run([sys.executable, __file__, "--threads", t, "--precisions", p, "--steps",
                                       str(args.steps), "--ops", str(args.ops), "--seed", str(args.seed), "--one",
                                       str(one)], capture_output=True, text=True)
                if proc.returncode != 0:
                    sys.exit(f"{t} thread(s) {p} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
                runs.append(json.loads(one.read_text()))
                print(f"{t} thread(s) {p}: {runs[-1]['ms_per_step']['total']:.1f} ms per step", flush=True)
    result = {"command": " ".join(["python bench/profile_step.py", *sys.argv[1:]]),
              "machine": f"{cpu_cores()} cores, bf16 flags {sorted(cpu_flags() & {'avx512_bf16', 'amx_bf16'})}",
              "runs": runs}
    write_results(Path(args.out), "profile_step", result, markdown(result))


if __name__ == "__main__":
    main()

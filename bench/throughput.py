"""Benchmark: xlt's teacher training and evaluation against the HF Trainer token-classification recipe.

    python bench/throughput.py                 # ~10 min on 2 CPU cores
    python bench/throughput.py --steps 40 --student-steps 20 --eval-n 200   # quicker

Same backbone (the embedded e5small), same generated English data, max_len, batch size, optimizer
(AdamW, the same parameter groups and learning rates, embeddings frozen), linear warmup/decay schedule,
seed and number of optimizer steps. Each side runs in its own process (so peak RSS is its own):

- xlt: the Teacher LightningModule through xlt's own training path (length-grouped batches, dynamic
  padding), evaluation through `evaluate_sentences` (length-sorted, inference_mode);
- hf: `Trainer` + `DataCollatorForTokenClassification` + run_ner.py's `tokenize_and_align_labels`
  (first sub-token labels), `AutoModelForTokenClassification` on the same converted weights,
  evaluation with `Trainer.predict`.

Reported per side: training sub-tokens/s and words/s (non-pad, counted the same way on the batches each
side actually trained on), padding fraction of those batches, evaluation sentences/s (prediction plus
scoring), peak RSS, dev entity F1. Also: student training with cached teacher outputs against a teacher
forward at every student step, and the achieved training FLOP/s against a dense matmul of the backbone's
layer shapes on this machine. Writes bench/results/throughput.{json,md}; prints the ratios last.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _cfg(args: argparse.Namespace, extra: list[str] | None = None):
    from tests.conftest import compose_config
    from xlt.embedded.e5small import default_cache_dir

    out = Path(args.work) / f"run-{args.side}"
    return compose_config(
        ["model=e5small", "logger=none", "progress.bar=false", f"seed={args.seed}", f"source.train.n={args.train_n}",
         f"source.dev.n={args.eval_n}", "teacher.epochs=0", f"teacher.max_steps={args.steps}",
         f"teacher.batch_size={args.batch_size}", "checkpoint.every_n_steps=0", *(extra or [])],
        out, default_cache_dir(),
    )


def _data(cfg):
    from xlt.data.sources import load_split

    cache = cfg.paths.cache_dir
    return load_split(cfg.source.train, cache, "train"), load_split(cfg.source.dev, cache, "dev")


class _Counter:
    """Sub-tokens, words, padded cells of the batches a side trained on (first `steps` batches)."""

    def __init__(self) -> None:
        self.batches: list[tuple[int, int, int]] = []

    def add(self, attention_mask, labels) -> None:
        self.batches.append((int(attention_mask.sum()), int((labels != -100).sum()), int(attention_mask.numel())))

    def totals(self, steps: int) -> dict[str, float]:
        used = self.batches[:steps]
        tokens, words, cells = (sum(b[i] for b in used) for i in range(3))
        return {"tokens": tokens, "words": words, "padding_fraction": 1 - tokens / cells if cells else 0.0}


# --- xlt side ----------------------------------------------------------------------------------------------------


def side_xlt(args: argparse.Namespace) -> dict:
    import pytorch_lightning as pl
    from hydra.utils import instantiate

    from xlt.artifacts import encode_for
    from xlt.config import to_dict
    from xlt.data.batching import make_train_loader
    from xlt.evaluation import evaluate_sentences, predict_kwargs
    from xlt.modules import Teacher

    cfg = _cfg(args)
    train, dev = _data(cfg)
    pl.seed_everything(args.seed)
    teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), "conlleval", cfg.paths.cache_dir)
    windows = encode_for(teacher, train, cfg)
    encode_for(teacher, dev, cfg)  # warm the tokenisation cache: both sides evaluate pre-tokenised data
    counter, clock = _Counter(), {}

    class Measure(pl.Callback):
        def on_train_start(self, trainer, module):
            clock["t0"] = time.perf_counter()

        def on_train_batch_end(self, trainer, module, outputs, batch, batch_idx):
            counter.add(batch["attention_mask"], batch["labels"])

        def on_train_end(self, trainer, module):
            clock["t1"] = time.perf_counter()

    trainer = instantiate(cfg.trainer, max_epochs=-1, max_steps=args.steps, gradient_clip_val=cfg.teacher.grad_clip,
                          callbacks=[Measure()], logger=False, enable_checkpointing=False,
                          default_root_dir=str(Path(args.work) / "xlt"))
    loader = make_train_loader(windows, args.batch_size, teacher.pad_id, seed=args.seed, group_by_length=True)
    trainer.fit(teacher, train_dataloaders=loader)
    train_s = clock["t1"] - clock["t0"]
    t0 = time.perf_counter()
    scores = evaluate_sentences(teacher, dev, metric_mode="conlleval", **predict_kwargs(cfg, "32-true"))
    eval_s = time.perf_counter() - t0
    trainable = sum(p.numel() for n, p in teacher.tagger.named_parameters() if p.requires_grad)
    return {"train_s": train_s, "steps": trainer.global_step, **counter.totals(args.steps), "eval_s": eval_s,
            "eval_sentences": len(dev), "dev_f1": scores["f1"], "trainable_params": trainable,
            "peak_rss_mib": peak_rss_mib()}


# --- HF Trainer side ---------------------------------------------------------------------------------------------


def side_hf(args: argparse.Namespace) -> dict:
    import numpy as np
    import torch
    from datasets import Dataset
    from transformers import (
        AutoModelForTokenClassification,
        DataCollatorForTokenClassification,
        Trainer,
        TrainerCallback,
        TrainingArguments,
        get_linear_schedule_with_warmup,
        set_seed,
    )

    from xlt.data.tags import LABEL2ID, LABELS
    from xlt.embedded.e5small import ensure_e5small
    from xlt.encoders import freeze, load_tokenizer
    from xlt.metrics import entity_scores
    from xlt.modules import NO_DECAY

    cfg = _cfg(args)
    train, dev = _data(cfg)
    set_seed(args.seed)
    folder = ensure_e5small(cfg.paths.cache_dir)
    tokenizer = load_tokenizer({"tokenizer": str(folder), "pretrained": str(folder), "name": "e5small"})
    model = AutoModelForTokenClassification.from_pretrained(str(folder), num_labels=len(LABELS))
    freeze(model.bert, bool(cfg.teacher.freeze_embeddings), int(cfg.teacher.freeze_layers))

    def to_ds(sentences):
        return Dataset.from_dict({"tokens": [list(s.tokens) for s in sentences],
                                  "ner_tags": [[LABEL2ID[t] for t in s.tags] for s in sentences]})

    def tokenize_and_align_labels(examples):  # run_ner.py, label_all_tokens=False
        enc = tokenizer(examples["tokens"], truncation=True, max_length=int(cfg.data.max_len),
                        is_split_into_words=True)
        labels = []
        for i, tags in enumerate(examples["ner_tags"]):
            previous, row = None, []
            for w in enc.word_ids(batch_index=i):
                row.append(-100 if w is None or w == previous else tags[w])
                previous = w
            labels.append(row)
        enc["labels"] = labels
        return enc

    train_ds = to_ds(train).map(tokenize_and_align_labels, batched=True, remove_columns=["tokens", "ner_tags"])
    dev_ds = to_ds(dev).map(tokenize_and_align_labels, batched=True, remove_columns=["tokens", "ner_tags"])
    counter = _Counter()
    base = DataCollatorForTokenClassification(tokenizer)

    def collate(features):
        batch = base(features)
        if model.training:
            counter.add(batch["attention_mask"], batch["labels"])
        return batch

    # the same optimizer and schedule as xlt's TaggerModule: decay / no-decay groups, a separate head lr
    t = cfg.teacher
    decay, no_decay = [], []
    for name, p in model.bert.named_parameters():
        if p.requires_grad:
            (no_decay if name.endswith(NO_DECAY) or p.ndim == 1 else decay).append(p)
    optimizer = torch.optim.AdamW([
        {"params": decay, "lr": t.lr, "weight_decay": t.weight_decay},
        {"params": no_decay, "lr": t.lr, "weight_decay": 0.0},
        {"params": list(model.classifier.parameters()), "lr": t.head_lr or t.lr, "weight_decay": 0.0},
    ], lr=t.lr)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(t.warmup_ratio * args.steps), args.steps)
    clock = {}

    class Measure(TrainerCallback):
        def on_train_begin(self, a, state, control, **kw):
            clock["t0"] = time.perf_counter()

        def on_train_end(self, a, state, control, **kw):
            clock["t1"] = time.perf_counter()

    targs = TrainingArguments(output_dir=str(Path(args.work) / "hf"), per_device_train_batch_size=args.batch_size,
                              per_device_eval_batch_size=int(cfg.data.eval_batch_size), max_steps=args.steps,
                              max_grad_norm=float(t.grad_clip), seed=args.seed, report_to=[], save_strategy="no",
                              logging_strategy="no", use_cpu=True, dataloader_num_workers=0,
                              disable_tqdm=True)
    trainer = Trainer(model=model, args=targs, train_dataset=train_ds, data_collator=collate,
                      optimizers=(optimizer, scheduler), callbacks=[Measure()])
    trainer.train()
    train_s = clock["t1"] - clock["t0"]
    model.eval()
    t0 = time.perf_counter()
    out = trainer.predict(dev_ds)
    preds = np.argmax(out.predictions, -1)
    pred_tags = [[LABELS[p] for p, g in zip(pr, gl, strict=True) if g != -100]
                 for pr, gl in zip(preds, out.label_ids, strict=True)]
    scores = entity_scores([list(s.tags) for s in dev], pred_tags)
    eval_s = time.perf_counter() - t0
    return {"train_s": train_s, "steps": trainer.state.global_step, **counter.totals(args.steps), "eval_s": eval_s,
            "eval_sentences": len(dev), "dev_f1": scores["f1"], "peak_rss_mib": peak_rss_mib()}


def _Clock():  # noqa: N802 - a Lightning callback class made on demand (Lightning imports lazily here)
    import pytorch_lightning as pl

    class Clock(pl.Callback):
        seconds = 0.0

        def on_train_start(self, trainer, module):
            self._t0 = time.perf_counter()

        def on_train_end(self, trainer, module):
            self.seconds = time.perf_counter() - self._t0

    return Clock()


# --- student: cached teacher outputs vs a teacher forward per step --------------------------------------------------


def side_student(args: argparse.Namespace) -> dict:
    import pytorch_lightning as pl
    import torch
    from hydra.utils import instantiate

    from xlt.artifacts import encode_for
    from xlt.config import to_dict
    from xlt.data.batching import make_train_loader
    from xlt.data.sources import load_split
    from xlt.evaluation import predict_kwargs, predict_sentences
    from xlt.modules import Student, Teacher
    from xlt.pipeline import attach_soft_labels

    cfg = _cfg(args, [f"student.batch_size={args.batch_size}"])
    text = load_split(cfg.benchmark.unlabeled, cfg.paths.cache_dir, "unlabeled")
    pl.seed_everything(args.seed)
    teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), "conlleval", cfg.paths.cache_dir).eval()

    class OnlineStudent(Student):
        """The per-step alternative: the frozen teacher re-run on every student batch."""

        def training_loss(self, logits, batch):
            with torch.inference_mode():
                t_logits = teacher.tagger(batch["input_ids"], batch["attention_mask"])[batch["word_mask"]]
            return self.distill_loss(logits[batch["word_mask"]], t_logits.clone())

    result = {}
    t0 = time.perf_counter()
    soft = predict_sentences(teacher, text, **predict_kwargs(cfg, "32-true"))
    result["soft_label_pass_s"] = time.perf_counter() - t0
    for name, cls, cached in (("cached", Student, True), ("per_step_forward", OnlineStudent, False)):
        pl.seed_everything(args.seed)
        student = cls(to_dict(cfg.model), to_dict(cfg.student), "conlleval", cfg.paths.cache_dir,
                      distill=to_dict(cfg.distill))
        windows = encode_for(student, text, cfg)
        if cached:
            windows = attach_soft_labels(windows, soft)
        measure = _Clock()
        trainer = instantiate(cfg.trainer, max_epochs=-1, max_steps=args.student_steps, callbacks=[measure],
                              logger=False, enable_checkpointing=False, default_root_dir=str(Path(args.work) / name))
        trainer.fit(student, train_dataloaders=make_train_loader(windows, args.batch_size, student.pad_id,
                                                                  seed=args.seed))
        result[name] = {"train_s": measure.seconds, "steps": trainer.global_step,
                        "steps_per_s": trainer.global_step / measure.seconds}
    return result


# --- the machine's dense matmul peak -----------------------------------------------------------------------------


def matmul_peak(tokens: int = 256, hidden: int = 384, ffn: int = 1536) -> dict:
    import torch

    best = {}
    for name, (m, k, n) in {"qkvo": (tokens, hidden, hidden), "ffn_in": (tokens, hidden, ffn),
                            "ffn_out": (tokens, ffn, hidden)}.items():
        a, b = torch.randn(m, k), torch.randn(k, n)
        for _ in range(3):
            a @ b
        reps, times = 50, []
        for _ in range(5):
            t0 = time.perf_counter()
            for _ in range(reps):
                a @ b
            times.append((time.perf_counter() - t0) / reps)
        best[name] = 2 * m * k * n / min(times)
    return {"gflops": {k: v / 1e9 for k, v in best.items()}, "peak_gflops": max(best.values()) / 1e9,
            "threads": torch.get_num_threads()}


# --- driver ------------------------------------------------------------------------------------------------------


def _run_side(side: str, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, __file__, "--side", side, "--work", args.work, "--steps", str(args.steps),
           "--student-steps", str(args.student_steps), "--batch-size", str(args.batch_size),
           "--train-n", str(args.train_n), "--eval-n", str(args.eval_n), "--seed", str(args.seed)]
    print(f"[{side}] running...", flush=True)
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "WANDB_MODE": "disabled", "TOKENIZERS_PARALLELISM": "false"})
    if proc.returncode != 0:
        sys.exit(f"side {side} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", choices=["xlt", "hf", "student"], default=None, help=argparse.SUPPRESS)
    parser.add_argument("--work", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--steps", type=int, default=200, help="teacher optimizer steps on each side")
    parser.add_argument("--student-steps", type=int, default=60)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--train-n", type=int, default=3000)
    parser.add_argument("--eval-n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    args = parser.parse_args()
    if args.side:
        result = {"xlt": side_xlt, "hf": side_hf, "student": side_student}[args.side](args)
        print(json.dumps(result))
        return

    import tempfile

    from xlt.embedded.e5small import default_cache_dir, ensure_e5small

    ensure_e5small(default_cache_dir())  # conversion outside the measurement
    args.work = tempfile.mkdtemp(prefix="xlt-bench-tp-")
    xlt, hf, student = (_run_side(s, args) for s in ("xlt", "hf", "student"))
    peak = matmul_peak()
    for r in (xlt, hf):
        r["train_tokens_per_s"] = r["tokens"] / r["train_s"]
        r["train_words_per_s"] = r["words"] / r["train_s"]
        r["eval_sentences_per_s"] = r["eval_sentences"] / r["eval_s"]
    # training FLOPs ~ 6 x trainable non-embedding parameters per processed sub-token (forward 2, backward 4)
    achieved = 6 * xlt["trainable_params"] * xlt["train_tokens_per_s"] / 1e9
    ratios = {
        "train_tokens_per_s": xlt["train_tokens_per_s"] / hf["train_tokens_per_s"],
        "eval_sentences_per_s": xlt["eval_sentences_per_s"] / hf["eval_sentences_per_s"],
        "peak_rss": xlt["peak_rss_mib"] / hf["peak_rss_mib"],
        "dev_f1_points": 100 * (xlt["dev_f1"] - hf["dev_f1"]),
        "student_cached_vs_per_step": student["cached"]["steps_per_s"] / student["per_step_forward"]["steps_per_s"],
        "achieved_fraction_of_matmul_peak": achieved / peak["peak_gflops"],
    }
    result = {"args": {k: v for k, v in vars(args).items() if k not in ("side", "work")}, "xlt": xlt, "hf": hf,
              "student": student, "matmul": peak, "achieved_train_gflops": achieved, "ratios": ratios,
              "cpus": os.cpu_count()}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "throughput.json").write_text(json.dumps(result, indent=2) + "\n")
    rows = [("training sub-tokens/s", "train_tokens_per_s", "{:.0f}"),
            ("training words/s", "train_words_per_s", "{:.0f}"), ("padding fraction", "padding_fraction", "{:.3f}"),
            ("eval sentences/s", "eval_sentences_per_s", "{:.1f}"), ("peak RSS MiB", "peak_rss_mib", "{:.0f}"),
            ("dev entity F1", "dev_f1", "{:.4f}"), ("train s", "train_s", "{:.1f}"), ("optimizer steps", "steps", "{}")]
    md = ["# xlt vs the HF Trainer token-classification recipe", "",
          f"e5small, {args.steps} optimizer steps of batch {args.batch_size}, {args.train_n} generated English "
          f"sentences, dev {args.eval_n}, seed {args.seed}, {os.cpu_count()} CPUs.", "",
          "| | xlt | HF Trainer | xlt / HF |", "|---|---|---|---|"]
    for label, key, fmt in rows:
        ratio = xlt[key] / hf[key] if isinstance(hf[key], (int, float)) and hf[key] else float("nan")
        md.append(f"| {label} | {fmt.format(xlt[key])} | {fmt.format(hf[key])} | {ratio:.2f} |")
    md += ["", f"Student: {student['cached']['steps_per_s']:.2f} steps/s with cached teacher outputs vs "
           f"{student['per_step_forward']['steps_per_s']:.2f} with a teacher forward per step "
           f"(x{ratios['student_cached_vs_per_step']:.2f}); the one soft-label pass took "
           f"{student['soft_label_pass_s']:.1f} s.",
           f"Dense matmul peak of the layer shapes: {peak['peak_gflops']:.1f} GFLOP/s ({peak['threads']} threads); "
           f"xlt training achieves ~{achieved:.1f} GFLOP/s = {100 * ratios['achieved_fraction_of_matmul_peak']:.0f} %."]
    (out / "throughput.md").write_text("\n".join(md) + "\n")
    print("\n".join(md))
    print("ratios (xlt / HF):", json.dumps({k: round(v, 3) for k, v in ratios.items()}))


if __name__ == "__main__":
    main()

"""Benchmark: xlt's teacher training and evaluation against the HF Trainer token-classification recipe.

    python bench/throughput.py                 # ~20 min on 2 CPU cores (5 seeds per side, bf16 pair, ablations)
    python bench/throughput.py --seeds 42 --steps 50 --student-steps 30 --no-bf16-pair --ablations ""  # quicker
    python bench/throughput.py --device cuda --precision bf16-mixed --batch-size 32 --steps 310 --seeds 42 \
        --ablations nogroup,unfused,compile --name throughput_gpu                                  # on a GPU
    python bench/throughput.py --arch mbert,xlmr,mt5,bloom  # ~30 min on 2 CPU cores: the seed backbones' shapes

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
forward at every student step (with the bound on what caching can save: the measured share of the teacher
forwards), the achieved training FLOP/s against a dense matmul of the backbone's layer shapes on this machine,
both sides again under bf16 autocast, and xlt without each of its speed measures in turn (what each buys).
The first `--warmup` optimizer steps of every run are left out of every timing (lazy initialisation, kernel
selection), and evaluation is timed after an untimed pass over 64 sentences, on both sides alike.
Writes bench/results/<name>.{json,md}; prints the ratios last.

`--arch` runs the teacher comparison at the published shapes of the seed backbones (bench/arch/<name>.json: BERT-base
mBERT, XLM-R base, the mT5-base encoder, BLOOM-560m) with random weights, which throughput does not depend on: no hub.
Each arch's folder (config.json and seed-0 weights) is saved once by xlt's encoder factory and loaded by both sides.
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _cfg(args: argparse.Namespace, extra: list[str] | None = None):
    from tests.conftest import compose_config
    from xlt.models.embedded.e5small import default_cache_dir

    out = Path(args.work) / f"run-{args.side}"
    # --arch: the seed backbone's conf/model option (kind, recipe) on the bench's random folder and XLM-R's tokenizer
    model = [f"model={args.arch}", f"model.tokenizer={ARCH_TOKENIZER}", "model.add_prefix_space=null"] \
        if args.arch else ["model=e5small"]
    return compose_config(
        [*model, "logger=none", "progress.bar=false", f"seed={args.seed}", f"source.train.n={args.train_n}",
         f"source.dev.n={args.eval_n}", "teacher.epochs=0", f"teacher.max_steps={args.steps}",
         f"teacher.batch_size={args.batch_size}", "checkpoint.every_n_steps=0",
         f"trainer={'gpu' if args.device == 'cuda' else 'cpu'}", f"trainer.precision={args.precision}",
         f"perf.compile={str(args.compile).lower()}",
         *([f"model.pretrained={args.model_dir}"] if args.model_dir else []), *(extra or [])],
        out, default_cache_dir(),
    )


def _sync(device: str) -> None:
    if device == "cuda":
        import torch

        torch.cuda.synchronize()


def _data(cfg):
    from xlt.data.sources import load_split

    cache = cfg.paths.cache_dir
    return load_split(cfg.source.train, cache, "train"), load_split(cfg.source.dev, cache, "dev")


class _Counter:
    """Sub-tokens, words, padded cells of the batches a side trained on, in training order."""

    def __init__(self) -> None:
        self.batches: list[tuple[int, int, int]] = []

    def add(self, attention_mask, labels) -> None:
        self.batches.append((int(attention_mask.sum()), int((labels != -100).sum()), int(attention_mask.numel())))

    def totals(self, start: int, end: int) -> dict[str, float]:
        """Totals of the batches of optimizer steps start+1 .. end (the timed ones)."""
        used = self.batches[start:end]
        tokens, words, cells = (sum(b[i] for b in used) for i in range(3))
        return {"tokens": tokens, "words": words, "padding_fraction": 1 - tokens / cells if cells else 0.0}


# --- --arch: the seed backbones' published shapes, randomly initialised (throughput does not depend on weights) ------

ARCH_DIR = ROOT / "bench" / "arch"  # <name>.json: the HF config.json of the backbone conf/model/<name>.yaml loads
ARCH_TOKENIZER = "embedded:xlmr"   # every arch is fed the offline XLM-R tokenizer's pieces (xlt.models.tokenizers)
TOKENIZER_NOTE = ("all archs read the offline XLM-R tokenizer (250,002 pieces): sub-token counts per sentence differ "
                  "from each backbone's own tokenizer (mBERT's WordPiece, mT5's SentencePiece, BLOOM's byte-level "
                  "BPE), and in a smaller vocabulary (mBERT: 119,547) a piece id is taken modulo its size")


def arch_names() -> list[str]:
    return sorted(p.stem for p in ARCH_DIR.glob("*.json"))


def arch_config(name: str) -> dict:
    """The published HF config of a seed backbone, as written in bench/arch/<name>.json."""
    return json.loads((ARCH_DIR / f"{name}.json").read_text())


def arch_shapes(config: dict) -> tuple[int, int]:
    """(hidden, FFN inner) width of a config: BERT/XLM-R intermediate_size, T5 d_ff, BLOOM 4 x hidden."""
    hidden = config.get("hidden_size") or config["d_model"]
    return int(hidden), int(config.get("intermediate_size") or config.get("d_ff") or 4 * hidden)


def ensure_arch(name: str, cache_dir: str | os.PathLike) -> Path:
    """A folder with the arch's config.json and random weights (seed 0), saved once per config content, that xlt
    (`model.pretrained=<folder>`) and the HF Trainer (`from_pretrained`) both load: the same weights on both sides.
    The encoder is built by xlt's own factory (the conf/model option's kind, `random_init` from the config)."""
    import hashlib

    import torch

    from xlt.config import load_model_config, to_dict
    from xlt.io import publish_once
    from xlt.models.backbones import build_backbone

    config = arch_config(name)
    digest = hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:12]
    folder = Path(cache_dir) / "models" / f"arch-{name}-{digest}"

    def build(tmp: Path) -> None:
        overrides = {k: v for k, v in config.items() if k != "model_type"}
        model_cfg = {**to_dict(load_model_config(name)), "pretrained": None, "tokenizer": ARCH_TOKENIZER,
                     "add_prefix_space": None, "random_init": True, "architecture": config["model_type"],
                     "config_overrides": overrides}
        torch.manual_seed(0)
        build_backbone(model_cfg, cache_dir).encoder.save_pretrained(str(tmp))

    publish_once(folder, lambda p: (p / "config.json").is_file(), build)
    return folder


def fold_vocabulary(encoder, pieces: int) -> None:
    """Feed a tokenizer's `pieces` ids to an encoder with a smaller vocabulary: id modulo its size (mBERT)."""
    size = int(encoder.config.vocab_size)
    if pieces > size:
        encoder.get_input_embeddings().register_forward_pre_hook(lambda module, inputs: (inputs[0] % size,))


def train_flops_per_token(model) -> int:
    """Training FLOPs per sub-token of the dense layers: forward 2 x every Linear weight, backward 4 x the trainable
    ones (frozen bottom layers get no backward; attention's sequence-length terms are left out)."""
    from torch import nn

    weights = [m.weight for m in model.modules() if isinstance(m, nn.Linear)]
    return 2 * sum(w.numel() for w in weights) + 4 * sum(w.numel() for w in weights if w.requires_grad)


# --- xlt side ----------------------------------------------------------------------------------------------------


def side_xlt(args: argparse.Namespace) -> dict:
    import pytorch_lightning as pl

    from xlt.config import to_dict
    from xlt.data.batching import make_train_loader, pad_multiple
    from xlt.evaluation.scoring import evaluate_sentences
    from xlt.models.teacher import Teacher
    from xlt.targets import instantiate
    from xlt.training.fit import release_training_state, run_predict_kwargs
    from xlt.training.stages import windows_for as encode_for

    # ablations: the same run without one of xlt's speed measures
    variant = {"nogroup": ["data.group_by_length=false"], "unfused": ["perf.fused_optimizer=false"]}
    cfg = _cfg(args, variant.get(args.variant, []))
    train, dev = _data(cfg)
    pl.seed_everything(args.seed, verbose=False)
    teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), "conlleval", cfg.paths.cache_dir)
    fold_vocabulary(teacher.tagger.encoder, len(teacher.tokenizer))
    teacher.use_perf_options(bool(cfg.perf.fused_optimizer), bool(cfg.perf.compile))
    rss = {"loaded": peak_rss_mib()}
    windows = encode_for(teacher, train, cfg)
    encode_for(teacher, dev, cfg)  # warm the tokenisation cache: both sides evaluate pre-tokenised data
    counter, clock = _Counter(), {}

    class Measure(pl.Callback):
        def on_train_batch_start(self, trainer, module, batch, batch_idx):
            if trainer.global_step == args.warmup and "t0" not in clock:  # after the warm-up steps
                _sync(args.device)
                clock["t0"] = time.perf_counter()

        def on_train_batch_end(self, trainer, module, outputs, batch, batch_idx):
            counter.add(batch["attention_mask"], batch["labels"])

        def on_train_end(self, trainer, module):
            _sync(args.device)
            clock["t1"] = time.perf_counter()

    trainer = instantiate(cfg.trainer, "trainer", max_epochs=-1, max_steps=args.steps,
                          gradient_clip_val=cfg.teacher.grad_clip, callbacks=[Measure()], logger=False,
                          enable_checkpointing=False,
                          default_root_dir=str(Path(args.work) / "xlt"))
    loader = make_train_loader(windows, args.batch_size, teacher.pad_id, seed=args.seed,
                               group_by_length=bool(cfg.data.group_by_length), pin_memory=args.device == "cuda",
                               pad_multiple=pad_multiple(args.device == "cuda"))
    trainer.fit(teacher, train_dataloaders=loader)
    rss["trained"] = peak_rss_mib()
    release_training_state(teacher, trainer)  # as xlt's fit_stage does before any evaluation
    train_s = clock["t1"] - clock["t0"]
    kwargs = run_predict_kwargs(cfg)
    teacher.to(kwargs["device"])
    evaluate_sentences(teacher, dev[:64], metric_mode="conlleval", **kwargs)  # warm-up, as on the HF side
    _sync(args.device)
    t0 = time.perf_counter()
    scores = evaluate_sentences(teacher, dev, metric_mode="conlleval", **kwargs)
    eval_s = time.perf_counter() - t0
    trainable = sum(p.numel() for n, p in teacher.tagger.named_parameters() if p.requires_grad)
    rss["evaluated"] = peak_rss_mib()  # the whole run's peak: RSS peaks only grow
    return {"train_s": train_s, "steps": trainer.global_step - args.warmup, **counter.totals(args.warmup, args.steps),
            "eval_s": eval_s,
            "eval_sentences": len(dev), "dev_f1": scores["f1"], "trainable_params": trainable,
            "train_flops_per_token": train_flops_per_token(teacher.tagger), "peak_rss_mib": rss["evaluated"],
            "peak_rss_mib_after": rss}


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

    from xlt.config import to_dict
    from xlt.data.tags import LABEL2ID, LABELS
    from xlt.evaluation.metrics import entity_scores
    from xlt.models.backbones import freeze, resolve_embedded
    from xlt.models.module import NO_DECAY
    from xlt.models.tokenizers import load_tokenizer

    cfg = _cfg(args)
    train, dev = _data(cfg)
    set_seed(args.seed)
    model_cfg = resolve_embedded(to_dict(cfg.model), cfg.paths.cache_dir)  # the folder xlt loads, converted once
    tokenizer = load_tokenizer(model_cfg)
    model = AutoModelForTokenClassification.from_pretrained(str(model_cfg["pretrained"]), num_labels=len(LABELS))
    fold_vocabulary(model.base_model, len(tokenizer))
    freeze(model.base_model, bool(cfg.teacher.freeze_embeddings), int(cfg.teacher.freeze_layers))
    rss = {"loaded": peak_rss_mib()}

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
    for name, p in model.base_model.named_parameters():
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
        def on_step_begin(self, a, state, control, **kw):
            if state.global_step == args.warmup and "t0" not in clock:  # after the warm-up steps
                _sync(args.device)
                clock["t0"] = time.perf_counter()

        def on_train_end(self, a, state, control, **kw):
            _sync(args.device)
            clock["t1"] = time.perf_counter()

    targs = TrainingArguments(output_dir=str(Path(args.work) / "hf"), per_device_train_batch_size=args.batch_size,
                              per_device_eval_batch_size=int(cfg.data.eval_batch_size), max_steps=args.steps,
                              max_grad_norm=float(t.grad_clip), seed=args.seed, report_to=[], save_strategy="no",
                              logging_strategy="no", use_cpu=args.device == "cpu", dataloader_num_workers=0,
                              bf16=args.precision.startswith("bf16"), disable_tqdm=True)
    trainer = Trainer(model=model, args=targs, train_dataset=train_ds, data_collator=collate,
                      optimizers=(optimizer, scheduler), callbacks=[Measure()])
    trainer.train()
    rss["trained"] = peak_rss_mib()
    train_s = clock["t1"] - clock["t0"]
    model.eval()
    trainer.predict(dev_ds.select(range(min(64, len(dev_ds)))))  # warm-up, as on the xlt side
    _sync(args.device)
    t0 = time.perf_counter()
    out = trainer.predict(dev_ds)
    preds = np.argmax(out.predictions, -1)
    pred_tags = [[LABELS[p] for p, g in zip(pr, gl, strict=True) if g != -100]
                 for pr, gl in zip(preds, out.label_ids, strict=True)]
    scores = entity_scores([list(s.tags) for s in dev], pred_tags)
    eval_s = time.perf_counter() - t0
    rss["evaluated"] = peak_rss_mib()  # the whole run's peak: RSS peaks only grow
    return {"train_s": train_s, "steps": trainer.state.global_step - args.warmup,
            **counter.totals(args.warmup, args.steps), "eval_s": eval_s,
            "eval_sentences": len(dev), "dev_f1": scores["f1"], "train_flops_per_token": train_flops_per_token(model),
            "peak_rss_mib": rss["evaluated"], "peak_rss_mib_after": rss}


def _Clock(device: str, warmup: int):  # noqa: N802 - a Lightning callback class made on demand (Lightning imports lazily)
    import pytorch_lightning as pl

    class Clock(pl.Callback):
        seconds = 0.0

        def on_train_batch_start(self, trainer, module, batch, batch_idx):
            if trainer.global_step == warmup and not hasattr(self, "_t0"):  # after the warm-up steps
                _sync(device)
                self._t0 = time.perf_counter()

        def on_train_end(self, trainer, module):
            _sync(device)
            self.seconds = time.perf_counter() - self._t0

    return Clock()


# --- student: cached teacher outputs vs a teacher forward per step --------------------------------------------------


def side_student(args: argparse.Namespace) -> dict:
    import pytorch_lightning as pl
    import torch

    from xlt.config import to_dict
    from xlt.data.batching import make_train_loader, pad_multiple
    from xlt.data.sources import load_split
    from xlt.evaluation.scoring import predict_sentences
    from xlt.models.losses import build_loss
    from xlt.models.student import Student
    from xlt.models.teacher import Teacher
    from xlt.targets import instantiate
    from xlt.training.fit import run_predict_kwargs
    from xlt.training.stages import student_windows
    from xlt.training.stages import windows_for as encode_for

    cfg = _cfg(args, [f"student.batch_size={args.batch_size}"])
    text = load_split(cfg.benchmark.unlabeled, cfg.paths.cache_dir, "unlabeled")
    pl.seed_everything(args.seed, verbose=False)
    teacher = Teacher(to_dict(cfg.model), to_dict(cfg.teacher), "conlleval", cfg.paths.cache_dir).eval()
    teacher_clock = {"s": 0.0}

    class OnlineStudent(Student):
        """The per-step alternative: the frozen teacher re-run on every student batch (timed separately)."""

        def on_train_start(self):
            super().on_train_start()
            teacher.to(self.device)

        def training_loss(self, logits, batch):
            timed = self.global_step >= args.warmup
            _sync(args.device)
            t0 = time.perf_counter()
            with torch.inference_mode():
                t_logits = teacher.tagger(batch["input_ids"], batch["attention_mask"])[batch["word_mask"]]
            _sync(args.device)
            teacher_clock["s"] += (time.perf_counter() - t0) if timed else 0.0
            return self.distill_loss(logits[batch["word_mask"]], t_logits.clone())

    result = {}
    loss = build_loss(to_dict(cfg.distill))
    kwargs = run_predict_kwargs(cfg)
    t0 = time.perf_counter()
    soft = predict_sentences(teacher, text, **kwargs)
    _sync(args.device)
    result["soft_label_pass_s"] = time.perf_counter() - t0
    for name, cls, cached in (("cached", Student, True), ("per_step_forward", OnlineStudent, False)):
        pl.seed_everything(args.seed, verbose=False)
        student = cls(to_dict(cfg.model), to_dict(cfg.student), "conlleval", cfg.paths.cache_dir,
                      distill=to_dict(cfg.distill), loss=loss)
        student.use_perf_options(bool(cfg.perf.fused_optimizer), bool(cfg.perf.compile))
        windows = student_windows(student, text, soft, cfg) if cached else encode_for(student, text, cfg)
        measure = _Clock(args.device, args.warmup)
        trainer = instantiate(cfg.trainer, "trainer", max_epochs=-1, max_steps=args.student_steps, callbacks=[measure],
                              logger=False, enable_checkpointing=False, default_root_dir=str(Path(args.work) / name))
        trainer.fit(student, train_dataloaders=make_train_loader(windows, args.batch_size, student.pad_id,
                                                                  seed=args.seed, pin_memory=args.device == "cuda",
                                                                  pad_multiple=pad_multiple(args.device == "cuda")))
        steps = trainer.global_step - args.warmup
        result[name] = {"train_s": measure.seconds, "steps": steps, "steps_per_s": steps / measure.seconds}
    # what caching can save at most: the teacher forwards' share of the per-step run
    per_step = result["per_step_forward"]
    per_step["teacher_forward_s"] = teacher_clock["s"]
    result["bound_cached_vs_per_step"] = per_step["train_s"] / max(per_step["train_s"] - teacher_clock["s"], 1e-9)
    return result


# --- the machine's dense matmul peak -----------------------------------------------------------------------------


def matmul_peak(device: str = "cpu", precision: str = "32-true", tokens: int = 256, hidden: int = 384,
                ffn: int = 1536) -> dict:
    """Best FLOP/s of the backbone's three dense shapes (q/k/v/o, FFN in, FFN out) at training-batch size."""
    import torch

    dtype = torch.bfloat16 if precision.startswith("bf16") else torch.float32
    best = {}
    for name, (m, k, n) in {"qkvo": (tokens, hidden, hidden), "ffn_in": (tokens, hidden, ffn),
                            "ffn_out": (tokens, ffn, hidden)}.items():
        a, b = torch.randn(m, k, dtype=dtype, device=device), torch.randn(k, n, dtype=dtype, device=device)
        for _ in range(3):
            a @ b
        reps, times = (50 if device == "cpu" else 500), []
        for _ in range(5):
            _sync(device)
            t0 = time.perf_counter()
            for _ in range(reps):
                a @ b
            _sync(device)
            times.append((time.perf_counter() - t0) / reps)
        best[name] = 2 * m * k * n / min(times)
    return {"gflops": {k: v / 1e9 for k, v in best.items()}, "peak_gflops": max(best.values()) / 1e9,
            "threads": torch.get_num_threads(), "dtype": str(dtype).replace("torch.", "")}


# --- driver ------------------------------------------------------------------------------------------------------


def _run_side(side: str, args: argparse.Namespace, **over) -> dict:
    a = {**vars(args), **over}
    cmd = [sys.executable, __file__, "--side", side, "--work", a["work"], "--steps", str(a["steps"]),
           "--student-steps", str(a["student_steps"]), "--batch-size", str(a["batch_size"]),
           "--train-n", str(a["train_n"]), "--eval-n", str(a["eval_n"]), "--seed", str(a["seed"]),
           "--device", a["device"], "--precision", a["precision"], "--variant", a["variant"],
           "--warmup", str(a["warmup"])]
    if a["model_dir"]:
        cmd += ["--model-dir", a["model_dir"]]
    if a["arch"]:
        cmd += ["--arch", a["arch"]]
    if a["compile"]:
        cmd.append("--compile")
    variant = a["variant"] + ("+compile" if a["compile"] else "")
    arch = f"{a['arch']} " if a["arch"] else ""
    label = f"{arch}{side} seed={a['seed']} {a['precision']} {variant} steps={a['steps']}"
    print(f"[{label}] running...", flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "WANDB_MODE": "disabled", "TOKENIZERS_PARALLELISM": "false"})
    if proc.returncode != 0:
        sys.exit(f"side {label} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"[{label}] done in {time.perf_counter() - t0:.0f} s", flush=True)
    return result


def _rates(r: dict) -> dict:
    return {**r, "train_tokens_per_s": r["tokens"] / r["train_s"], "train_words_per_s": r["words"] / r["train_s"],
            "eval_sentences_per_s": r["eval_sentences"] / r["eval_s"]}


def _pool(runs: list[dict]) -> dict:
    """Several seeds' runs of one side as one: summed work over summed time, worst RSS, mean F1."""
    keys = ("train_s", "tokens", "words", "eval_s", "eval_sentences", "steps")
    pooled = {k: sum(r[k] for r in runs) for k in keys}
    cells = sum(r["tokens"] / (1 - r["padding_fraction"]) for r in runs)
    pooled.update(padding_fraction=1 - pooled["tokens"] / cells, peak_rss_mib=max(r["peak_rss_mib"] for r in runs),
                  dev_f1=sum(r["dev_f1"] for r in runs) / len(runs), dev_f1_per_seed=[r["dev_f1"] for r in runs],
                  trainable_params=runs[0].get("trainable_params"),
                  train_flops_per_token=runs[0].get("train_flops_per_token"),
                  peak_rss_mib_after={k: max(r["peak_rss_mib_after"][k] for r in runs)
                                      for k in runs[0].get("peak_rss_mib_after", {})})
    return _rates(pooled)


ROWS = [("training sub-tokens/s", "train_tokens_per_s", "{:.0f}"), ("training words/s", "train_words_per_s", "{:.0f}"),
        ("padding fraction", "padding_fraction", "{:.3f}"), ("eval sentences/s", "eval_sentences_per_s", "{:.1f}"),
        ("peak RSS MiB", "peak_rss_mib", "{:.0f}"), ("dev entity F1 (mean over seeds)", "dev_f1", "{:.4f}"),
        ("train s (all seeds)", "train_s", "{:.1f}"), ("optimizer steps (all seeds)", "steps", "{}")]


def _table(xlt: dict, hf: dict) -> list[str]:
    md = ["| | xlt | HF Trainer | xlt / HF |", "|---|---|---|---|"]
    for label, key, fmt in ROWS:
        ratio = xlt[key] / hf[key] if hf[key] else float("nan")
        md.append(f"| {label} | {fmt.format(xlt[key])} | {fmt.format(hf[key])} | {ratio:.2f} |")
    return md


# defaults of the flags left unset: the e5small comparison, and the (much slower per step) base-size --arch runs
DEFAULTS = {"e5small": {"steps": 210, "warmup": 10, "eval_n": 400, "seeds": "42,1,2,3,4", "name": "throughput"},
            "arch": {"steps": 30, "warmup": 5, "eval_n": 200, "seeds": "42,1", "name": "throughput_arch"}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", choices=["xlt", "hf", "student"], default=None, help=argparse.SUPPRESS)
    parser.add_argument("--work", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--variant", default="full", help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=42, help=argparse.SUPPRESS)
    parser.add_argument("--arch", default=None,
                        help=f"comma-separated seed backbones ({', '.join(arch_names())}; bench/arch/<name>.json) "
                             "at their published shapes with random weights, xlt and HF side by side per arch "
                             "(teacher training and evaluation only: no student, bf16 pair or ablations); "
                             "default: the embedded e5small with all of them")
    parser.add_argument("--steps", type=int, default=None,
                        help=f"teacher optimizer steps on each side (default {DEFAULTS['e5small']['steps']}; "
                             f"--arch: {DEFAULTS['arch']['steps']})")
    parser.add_argument("--student-steps", type=int, default=70)
    parser.add_argument("--warmup", type=int, default=None,
                        help="first optimizer steps left out of every timing "
                             f"(default {DEFAULTS['e5small']['warmup']}; --arch: {DEFAULTS['arch']['warmup']})")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--train-n", type=int, default=3000)
    parser.add_argument("--eval-n", type=int, default=None,
                        help=f"dev sentences (default {DEFAULTS['e5small']['eval_n']}; --arch: "
                             f"{DEFAULTS['arch']['eval_n']})")
    parser.add_argument("--seeds", default=None, help="teacher runs per side; timings and F1 pool over them "
                        f"(default {DEFAULTS['e5small']['seeds']}; --arch: {DEFAULTS['arch']['seeds']})")
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    parser.add_argument("--precision", default="32-true", help="32-true or bf16-mixed, the same on both sides")
    parser.add_argument("--compile", action="store_true", help="torch.compile xlt's encoder (perf.compile)")
    parser.add_argument("--bf16-pair", action=argparse.BooleanOptionalAction, default=True,
                        help="also compare both sides under bf16 autocast (first seed)")
    parser.add_argument("--ablations", default="nogroup,unfused",
                        help="xlt runs without one speed measure each (nogroup, unfused; compile adds torch.compile)")
    parser.add_argument("--ablation-steps", type=int, default=80)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    parser.add_argument("--name", default=None, help="results file stem (default throughput; --arch: throughput_arch)")
    parser.add_argument("--model-dir", default=None, help="an e5small folder converted before (default: convert)")
    args = parser.parse_args()
    for key, value in DEFAULTS["arch" if args.arch else "e5small"].items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    if args.side:
        result = {"xlt": side_xlt, "hf": side_hf, "student": side_student}[args.side](args)
        print(json.dumps(result))
        return

    import tempfile

    from xlt.models.embedded.e5small import default_cache_dir, ensure_e5small

    if args.arch:
        unknown = sorted(set(args.arch.split(",")) - set(arch_names()))
        if unknown:
            parser.error(f"--arch {unknown[0]!r} has no config in {ARCH_DIR}; valid: {', '.join(arch_names())}")
        return main_arch(args)
    if not args.model_dir:
        ensure_e5small(default_cache_dir())  # conversion outside the measurement
    args.work = tempfile.mkdtemp(prefix="xlt-bench-tp-")
    seeds = [int(x) for x in args.seeds.split(",")]
    first = seeds[0]
    runs = {side: [_rates(_run_side(side, args, seed=s)) for s in seeds] for side in ("xlt", "hf")}
    xlt, hf = _pool(runs["xlt"]), _pool(runs["hf"])
    student = _run_side("student", args, seed=first)
    peak = matmul_peak(args.device, args.precision, tokens=32 * args.batch_size)  # ~ a training batch's sub-tokens
    # training FLOPs ~ 6 x trainable non-embedding parameters per processed sub-token (forward 2, backward 4)
    achieved = 6 * xlt["trainable_params"] * xlt["train_tokens_per_s"] / 1e9
    same = (runs["xlt"][0]["dev_f1"] - runs["hf"][0]["dev_f1"]) * 100
    ratios = {
        "train_tokens_per_s": xlt["train_tokens_per_s"] / hf["train_tokens_per_s"],
        "eval_sentences_per_s": xlt["eval_sentences_per_s"] / hf["eval_sentences_per_s"],
        "peak_rss": xlt["peak_rss_mib"] / hf["peak_rss_mib"],
        "dev_f1_points_mean": 100 * (xlt["dev_f1"] - hf["dev_f1"]),
        "dev_f1_points_same_seed": same,
        "student_cached_vs_per_step": student["cached"]["steps_per_s"] / student["per_step_forward"]["steps_per_s"],
        "achieved_fraction_of_matmul_peak": achieved / peak["peak_gflops"],
    }
    bf16 = None
    if args.bf16_pair and not args.precision.startswith("bf16"):
        bf16 = {side: _rates(_run_side(side, args, seed=first, precision="bf16-mixed")) for side in ("xlt", "hf")}
    ablations = {}
    if args.ablations:
        for variant in ["full", *args.ablations.split(",")]:
            over = {"variant": variant, "steps": args.ablation_steps, "seed": first}
            if variant == "compile":
                over.update(variant="full", compile=True)
            ablations[variant] = _rates(_run_side("xlt", args, **over))
    result = {"args": _recorded_args(args), "xlt": xlt, "hf": hf, "per_seed": runs, "student": student,
              "matmul": peak, "achieved_train_gflops": achieved, "ratios": ratios, "bf16_pair": bf16,
              "ablations": ablations, "cpus": os.cpu_count(), "device": _device_name(args.device)}
    _publish(args, result, _markdown(args, result))
    print("ratios (xlt / HF):", json.dumps({k: round(v, 3) for k, v in ratios.items()}))


def main_arch(args: argparse.Namespace) -> None:
    """Per arch: its random folder (saved once, outside the measurement), both sides over the seeds, and the matmul
    peak of its own layer shapes; one table with every arch."""
    import tempfile

    from xlt.models.embedded.e5small import default_cache_dir

    args.work = tempfile.mkdtemp(prefix="xlt-bench-tp-")
    seeds = [int(x) for x in args.seeds.split(",")]
    archs = {}
    for arch in args.arch.split(","):
        folder = str(ensure_arch(arch, default_cache_dir()))
        runs = {side: [_rates(_run_side(side, args, seed=s, arch=arch, model_dir=folder)) for s in seeds]
                for side in ("xlt", "hf")}
        hidden, ffn = arch_shapes(arch_config(arch))
        peak = matmul_peak(args.device, args.precision, tokens=32 * args.batch_size, hidden=hidden, ffn=ffn)
        pooled = {side: _pool(r) for side, r in runs.items()}
        for side in pooled.values():
            side["achieved_train_gflops"] = side["train_flops_per_token"] * side["train_tokens_per_s"] / 1e9
            side["achieved_fraction_of_matmul_peak"] = side["achieved_train_gflops"] / peak["peak_gflops"]
        xlt, hf = pooled["xlt"], pooled["hf"]
        archs[arch] = {**pooled, "per_seed": runs, "matmul": peak, "shapes": {"hidden": hidden, "ffn": ffn},
                       "ratios": {k: xlt[k] / hf[k] for k in ("train_tokens_per_s", "eval_sentences_per_s",
                                                              "peak_rss_mib", "achieved_fraction_of_matmul_peak")}}
    result = {"args": _recorded_args(args), "tokenizer": TOKENIZER_NOTE, "archs": archs, "cpus": os.cpu_count(),
              "device": _device_name(args.device)}
    _publish(args, result, _markdown_arch(args, result))


def _recorded_args(args: argparse.Namespace) -> dict[str, Any]:
    """The flags a result records (not the internal ones of a side's subprocess)."""
    return {k: v for k, v in vars(args).items() if k not in ("side", "work", "variant", "seed")}


def _publish(args: argparse.Namespace, result: dict[str, Any], md: list[str]) -> None:
    """`<out>/<name>.json` and `.md`, and the table printed."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{args.name}.json").write_text(json.dumps(result, indent=2) + "\n")
    (out / f"{args.name}.md").write_text("\n".join(md) + "\n")
    print("\n".join(md))


def _markdown_arch(args: argparse.Namespace, r: dict) -> list[str]:
    md = ["# xlt vs the HF Trainer at the seed backbones' shapes", "",
          f"Random weights of the published configs in bench/arch/ (the same saved weights on both sides), "
          f"{args.steps} optimizer steps of batch {args.batch_size} per seed (seeds {args.seeds}; the first "
          f"{args.warmup} untimed), each backbone's own conf/model recipe, {args.train_n} generated English "
          f"sentences, dev {args.eval_n}; {r['device']}, precision {args.precision}. Note: {r['tokenizer']}. "
          "Dev F1 is meaningless here (random backbones, a few steps) and left out; it is in the JSON.", "",
          "| arch | side | train sub-tokens/s | eval sentences/s | peak RSS MiB | train GFLOP/s | of matmul peak |",
          "|---|---|---|---|---|---|---|"]
    for arch, a in r["archs"].items():
        for side, label in (("xlt", "xlt"), ("hf", "HF Trainer")):
            s = a[side]
            md.append(f"| {arch} | {label} | {s['train_tokens_per_s']:.0f} | {s['eval_sentences_per_s']:.1f} | "
                      f"{s['peak_rss_mib']:.0f} | {s['achieved_train_gflops']:.1f} | "
                      f"{100 * s['achieved_fraction_of_matmul_peak']:.0f} % |")
        q = a["ratios"]
        md.append(f"| {arch} | xlt / HF | {q['train_tokens_per_s']:.2f} | {q['eval_sentences_per_s']:.2f} | "
                  f"{q['peak_rss_mib']:.2f} | | {q['achieved_fraction_of_matmul_peak']:.2f} |")
    md += ["", "Peak RSS so far (MiB) after loading the backbone / after training / after evaluation, xlt vs HF: "
           + "; ".join(f"{arch} " + " / ".join(f"{a['xlt']['peak_rss_mib_after'][k]:.0f} vs "
                                               f"{a['hf']['peak_rss_mib_after'][k]:.0f}"
                                               for k in ("loaded", "trained", "evaluated"))
                       for arch, a in r["archs"].items() if a["xlt"].get("peak_rss_mib_after")) + "."]
    md += ["", "Matmul peak of each arch's dense shapes (q/k/v/o, FFN in, FFN out at a training batch's sub-tokens): "
           + "; ".join(f"{arch} (hidden {a['shapes']['hidden']}, FFN {a['shapes']['ffn']}) "
                       f"{a['matmul']['peak_gflops']:.1f} GFLOP/s" for arch, a in r["archs"].items())
           + ". Training FLOPs per sub-token: forward 2 x every Linear weight + backward 4 x the trainable ones "
           "(the recipes freeze the embeddings and the bottom layers; attention's sequence-length terms left out)."]
    return md


def _device_name(device: str) -> str:
    import torch

    if device == "cuda":
        return torch.cuda.get_device_name()
    return f"CPU x{os.cpu_count()} ({torch.get_num_threads()} threads)"


def _markdown(args: argparse.Namespace, r: dict) -> list[str]:
    xlt, hf, student, peak, ratios = r["xlt"], r["hf"], r["student"], r["matmul"], r["ratios"]
    md = ["# xlt vs the HF Trainer token-classification recipe", "",
          f"e5small, {args.steps} optimizer steps of batch {args.batch_size} per seed (seeds {args.seeds}; the "
          f"first {args.warmup} of every run are warm-up, left out of every timing), "
          f"{args.train_n} generated English sentences, dev {args.eval_n}; {r['device']}, precision {args.precision}"
          f"{', torch.compile' if args.compile else ''}. Throughputs pool all seeds (summed work / summed time).", "",
          *_table(xlt, hf), "",
          "Dev entity F1 per seed (xlt / HF): " + ", ".join(
              f"{s}: {100 * a:.2f} / {100 * b:.2f}" for s, a, b in zip(args.seeds.split(","), xlt["dev_f1_per_seed"],
                                                                      hf["dev_f1_per_seed"], strict=True))
          + f"; same seed ({args.seeds.split(',')[0]}) difference {ratios['dev_f1_points_same_seed']:+.2f} points, "
          f"mean difference {ratios['dev_f1_points_mean']:+.2f} points.", "",
          f"Student: {student['cached']['steps_per_s']:.2f} steps/s with cached teacher outputs vs "
          f"{student['per_step_forward']['steps_per_s']:.2f} with a teacher forward per step "
          f"(x{ratios['student_cached_vs_per_step']:.2f}); the teacher forwards took "
          f"{student['per_step_forward']['teacher_forward_s']:.1f} of {student['per_step_forward']['train_s']:.1f} s "
          f"of the per-step run, so removing them can give at most x{student['bound_cached_vs_per_step']:.2f}; "
          f"the one soft-label pass took {student['soft_label_pass_s']:.1f} s.",
          f"Dense matmul peak of the layer shapes ({peak['dtype']}): {peak['peak_gflops']:.1f} GFLOP/s "
          f"({peak['threads']} threads); xlt training achieves ~{r['achieved_train_gflops']:.1f} GFLOP/s = "
          f"{100 * ratios['achieved_fraction_of_matmul_peak']:.0f} % (6 x {xlt['trainable_params'] / 1e6:.1f}M "
          "trainable parameters per sub-token)."]
    if r["bf16_pair"]:
        bx, bh = r["bf16_pair"]["xlt"], r["bf16_pair"]["hf"]
        md += ["", f"## Both sides under bf16 autocast (seed {args.seeds.split(',')[0]})", "",
               "| | xlt | HF Trainer | xlt / HF |", "|---|---|---|---|"]
        for label, key, fmt in ROWS[:6]:
            ratio = bx[key] / bh[key] if bh[key] else float("nan")
            md.append(f"| {label} | {fmt.format(bx[key])} | {fmt.format(bh[key])} | {ratio:.2f} |")
    if r["ablations"]:
        full = r["ablations"]["full"]
        md += ["", f"## What each measure buys (xlt, {args.ablation_steps} steps, seed {args.seeds.split(',')[0]})", "",
               "| xlt run | sub-tokens/s | padding | eval sent/s | vs full |", "|---|---|---|---|---|"]
        names = {"full": "all measures", "nogroup": "without length-grouped batches",
                 "unfused": "without fused AdamW / multi-tensor clipping", "compile": "with torch.compile"}
        for variant, a in r["ablations"].items():
            rel = a["train_tokens_per_s"] / full["train_tokens_per_s"]
            md.append(f"| {names.get(variant, variant)} | {a['train_tokens_per_s']:.0f} | {a['padding_fraction']:.3f} "
                      f"| {a['eval_sentences_per_s']:.1f} | {rel:.2f} |")
    return md


if __name__ == "__main__":
    main()

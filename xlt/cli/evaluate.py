"""`python -m xlt.evaluate ckpt_path=...|run=<cell dir> input.path=...`: entity P/R/F1 of a saved checkpoint on
labeled data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import hydra
from omegaconf import DictConfig

from xlt.cli.checkpoint import load_for_inference, with_quoted_paths
from xlt.cli.errors import run_cli
from xlt.config import CONFIG_DIR
from xlt.data.sources import load_split
from xlt.errors import ConfigError
from xlt.evaluation.scoring import evaluate_sentences, predict_kwargs
from xlt.io import write_json


def evaluate(cfg: DictConfig) -> dict[str, Any]:
    """Score `cfg.ckpt_path` on `cfg.input`; writes metrics.json and predictions.conll to the run directory."""
    out = Path(cfg.paths.output_dir)
    sentences = load_split(cfg.input, cfg.paths.cache_dir, "input")
    if any(s.tags is None for s in sentences):
        raise ConfigError("input has no gold tags (labels: false or kind: text): use `python -m xlt.predict`")
    module, ckpt = load_for_inference(cfg)
    scores = evaluate_sentences(module, sentences, metric_mode=cfg.metric.mode,
                                predictions_path=out / "predictions.conll", **predict_kwargs(cfg, cfg.precision))
    scores["checkpoint"] = str(ckpt)
    write_json(out / "metrics.json", scores)
    return scores


@hydra.main(version_base="1.3", config_path=str(CONFIG_DIR), config_name="evaluate")
def main(cfg: DictConfig) -> float:
    scores = run_cli(evaluate, cfg)
    print(f"entity F1 {100 * scores['f1']:.2f}  P {100 * scores['precision']:.2f}  R {100 * scores['recall']:.2f}"
          f"  ({scores['n_gold']} gold entities, {scores['n_sentences']} sentences) -> {cfg.paths.output_dir}")
    return float(scores["f1"])


cli = with_quoted_paths(main)

if __name__ == "__main__":
    cli()

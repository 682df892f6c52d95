"""`python -m xlt.predict ckpt_path=...|run=<cell dir> input.path=sentences.txt`: tag raw text, write CoNLL (token,
tag)."""

from __future__ import annotations

from pathlib import Path

import hydra
from omegaconf import DictConfig

from xlt.cli.checkpoint import load_for_inference, with_quoted_paths
from xlt.cli.errors import run_cli
from xlt.config import CONFIG_DIR
from xlt.data.conll import write_conll
from xlt.data.sentence import Sentence
from xlt.data.sources import load_split
from xlt.evaluation.inference import logits_to_tags
from xlt.evaluation.scoring import predict_kwargs, predict_sentences


def predict(cfg: DictConfig) -> Path:
    """Tag every sentence of `cfg.input`; returns the CoNLL file written."""
    sentences = [Sentence(s.tokens, None) for s in load_split(cfg.input, cfg.paths.cache_dir, "input")]
    module, _ = load_for_inference(cfg)
    tags = logits_to_tags(predict_sentences(module, sentences, **predict_kwargs(cfg, cfg.precision)))
    out = Path(cfg.output) if cfg.get("output") else Path(cfg.paths.output_dir) / "predictions.conll"
    write_conll(out, sentences, tags)
    return out


@hydra.main(version_base="1.3", config_path=str(CONFIG_DIR), config_name="predict")
def main(cfg: DictConfig) -> None:
    out = run_cli(predict, cfg)
    print(f"predictions -> {out}")


cli = with_quoted_paths(main)

if __name__ == "__main__":
    cli()

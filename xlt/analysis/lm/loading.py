"""A backbone WITH its language-model head, as its model config names it (`model.lm_head`, `model.lm_objective`).

The tagger never needs the LM head; `xlt.analyze` does, to measure how well the pretrained model still
solves its own pre-training task on a language. Loading goes through the same paths as the encoder factory:
embedded backbones from their converted cache folder, hub ids through `from_pretrained` (failing offline
with a message that names the offline alternative).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import transformers
from transformers import PreTrainedTokenizerBase

from xlt.analysis.lm.statistics import OBJECTIVES
from xlt.errors import ConfigError
from xlt.models.backbones import resolve_embedded
from xlt.models.hub import hub_call
from xlt.models.tokenizers import load_tokenizer


@dataclass
class LanguageModel:
    model: Any
    tokenizer: PreTrainedTokenizerBase
    objective: str


def lm_unavailable_reason(model_cfg: Mapping[str, Any]) -> str | None:
    """Why this backbone has no LM statistics (None if it has them): a config without an LM head."""
    head, objective = model_cfg.get("lm_head"), model_cfg.get("lm_objective")
    if not head or not objective:
        return (f"model {model_cfg.get('name')!r} has no language-model head (model.lm_head / model.lm_objective "
                "are null): LML and LMEM are not available")
    if objective not in OBJECTIVES:
        raise ConfigError(f"model.lm_objective={objective!r} is unknown; valid: {', '.join(OBJECTIVES)}")
    if not hasattr(transformers, str(head)):
        raise ConfigError(f"model.lm_head={head!r} is not a transformers class (e.g. AutoModelForMaskedLM, "
                          "AutoModelForSeq2SeqLM, AutoModelForCausalLM)")
    return None


def load_lm(model_cfg: Mapping[str, Any], cache_dir: str) -> LanguageModel:
    """The pretrained model with its LM head in fp32 eval mode, and its plain tokenizer (raw text, as in
    pre-training: no prefix-space adjustment for pre-split words)."""
    if (reason := lm_unavailable_reason(model_cfg)) is not None:
        raise ConfigError(reason)
    cfg = resolve_embedded(model_cfg, cache_dir)
    tokenizer = load_tokenizer({**cfg, "add_prefix_space": None})
    cls = getattr(transformers, str(cfg["lm_head"]))
    import torch

    model = hub_call(cls.from_pretrained, str(cfg["pretrained"]), "language model", revision=cfg.get("revision"),
                      dtype=torch.float32)
    return LanguageModel(model.eval(), tokenizer, str(cfg["lm_objective"]))

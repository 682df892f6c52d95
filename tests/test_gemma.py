"""The embedded decoder-only Gemma-3-270m (PyPI GGUF), for real and offline: conversion, the encoder factory's
decoder path as a tagger backbone, and the causal-LM path of the language-model statistics."""

from __future__ import annotations

import math

import pytest
import torch

from xlt.data.tags import NUM_LABELS
from xlt.models.embedded.cache import default_cache_dir

pytestmark = pytest.mark.slow

SENTENCES = {
    "en": "The government announced new measures on Monday to support small businesses in the region.",
    "de": "Die Regierung kündigte am Montag neue Maßnahmen zur Unterstützung kleiner Unternehmen in der Region an.",
    "sw": "Serikali ilitangaza hatua mpya siku ya Jumatatu kusaidia biashara ndogo katika eneo hilo.",
}


@pytest.fixture(scope="module")
def gemma_dir():
    pytest.importorskip("gguf")
    from xlt.models.embedded.gemma import ensure_gemma

    return ensure_gemma(default_cache_dir())  # converted once per machine (~1 min), then reused


def test_decoder_path_builds_a_tagger_that_learns(gemma_dir):
    from xlt.models.backbones import build_backbone
    from xlt.models.tagger import TokenTagger

    cfg = {"name": "gemma270m", "kind": "gemma_gguf", "pretrained": None, "tokenizer": None,
           "add_prefix_space": True, "load_kwargs": {}}
    backbone = build_backbone(cfg, str(default_cache_dir()))
    assert backbone.causal and backbone.hidden_size == 640
    assert type(backbone.encoder).__name__ == "Gemma3TextModel"  # the base model: no LM head in the tagger
    tok = backbone.tokenizer
    enc = tok(["Angela", "Merkel", "visited", "Berlin", "."], is_split_into_words=True)
    pieces = tok.convert_ids_to_tokens(enc["input_ids"])
    assert pieces[0] == "<bos>" and pieces[1:5] == ["▁Angela", "▁Merkel", "▁visited", "▁Berlin"]  # mid-sentence form
    assert enc.word_ids()[1:] == [0, 1, 2, 3, 4]
    torch.manual_seed(0)
    tagger = TokenTagger(backbone, NUM_LABELS)
    for p in tagger.encoder.parameters():  # only the head and the last block learn: fast on CPU
        p.requires_grad_(False)
    last = tagger.encoder.layers[-1]
    for p in last.parameters():
        p.requires_grad_(True)
    ids = torch.tensor([enc["input_ids"]])
    labels = torch.tensor([[-100, 1, 2, 0, 5, 0]])  # B-PER I-PER O B-LOC O (label ids of xlt.data.tags)
    opt = torch.optim.AdamW([p for p in tagger.parameters() if p.requires_grad], lr=1e-3)
    losses = []
    for _ in range(8):
        logits = tagger(ids, torch.ones_like(ids))
        loss = torch.nn.functional.cross_entropy(logits.flatten(0, 1), labels.flatten(), ignore_index=-100)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.detach().item())
    assert losses[-1] < 0.5 * losses[0]


def test_causal_lm_statistics_on_real_text(gemma_dir):
    from xlt.analysis.lm.loading import load_lm
    from xlt.analysis.lm.statistics import lm_statistics

    cfg = {"name": "gemma270m", "kind": "gemma_gguf", "pretrained": None, "tokenizer": None,
           "lm_head": "AutoModelForCausalLM", "lm_objective": "causal"}
    lm = load_lm(cfg, str(default_cache_dir()))
    assert lm.objective == "causal" and type(lm.model).__name__ == "Gemma3ForCausalLM"
    for lang, text in SENTENCES.items():
        stats = lm_statistics(lm.model, lm.tokenizer, [text], "causal")
        ids = lm.tokenizer(text, return_tensors="pt")["input_ids"]
        with torch.inference_mode():
            own = lm.model(input_ids=ids, labels=ids).loss  # the model's own next-token loss
        assert stats["lml"] == pytest.approx(float(own), abs=1e-4), lang
        assert 0.1 < stats["lmem"] < 0.9 and stats["n_items"] == ids.shape[1] - 1
        assert 5 < math.exp(stats["lml"]) < 500  # a real LM: news-like text has perplexity in the tens


def test_the_analysis_runs_offline_on_gemma_and_e5small(gemma_dir, make_cfg):
    from xlt.analysis.analyze import analyze

    gemma = analyze(make_cfg(["model=gemma270m", "lang=sw", "analysis.max_sentences=24",
                              "benchmark.unlabeled.n=40", "benchmark.test.n=30", "source.train.n=60"], name="analyze"))
    assert gemma["lm"]["available"] and gemma["lm"]["objective"] == "causal" and gemma["lm"]["n_items"] > 200
    assert 1.0 < gemma["features"]["lml"] < 8.0 and 0.0 < gemma["features"]["lmem"] < 1.0
    e5 = analyze(make_cfg(["model=e5small", "lang=sw", "analysis.max_sentences=24", "benchmark.unlabeled.n=40",
                           "benchmark.test.n=30", "source.train.n=60"], name="analyze"))
    assert not e5["lm"]["available"] and e5["features"]["lml"] is None
    # the same words, two tokenizers: Gemma's 262k vocabulary splits Swahili differently from XLM-R's 250k
    assert e5["features"]["fertility"] != gemma["features"]["fertility"]

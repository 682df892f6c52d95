"""LML/LMEM of xlt.analysis.lm.statistics against hand computations on tiny random MLM, T5 and GPT-2 models."""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from tokenizers import Tokenizer
from tokenizers.models import WordLevel
from tokenizers.pre_tokenizers import Whitespace
from tokenizers.processors import TemplateProcessing
from transformers import (
    BertConfig,
    BertForMaskedLM,
    GPT2Config,
    GPT2LMHeadModel,
    PreTrainedTokenizerFast,
    T5Config,
    T5ForConditionalGeneration,
)

from xlt.analysis.lm.masking import mlm_mask, span_corrupt
from xlt.analysis.lm.statistics import lm_statistics, perplexity

Pair = tuple[torch.nn.Module, PreTrainedTokenizerFast]  # a tiny model with its tokenizer

WORDS = ("the cat dog sat on a mat and ran to house big small red blue green tree river city went saw "
         "with from over under near far quick slow").split()
TEXTS = [
    "the cat sat on a mat",
    "a big red dog ran to the house near the river and the quick cat saw a tree",
    "green tree",
    "the small blue cat went over the city with a dog from far",
    "slow",
    "the dog saw the cat under a big tree near the river and ran far from the city to the house",
    "red mat",
    " ".join(WORDS[(7 * k) % len(WORDS)] for k in range(50)),  # long enough for several T5 spans
]


def _wordlevel(specials: list[str], *, reverse_tail: Sequence[str] = ()) -> Tokenizer:
    """A WordLevel tokenizer: specials first, then WORDS, then `reverse_tail` (e.g. sentinels)."""
    vocab = {tok: i for i, tok in enumerate([*specials, *WORDS, *reverse_tail])}
    tok = Tokenizer(WordLevel(vocab, unk_token=specials[1]))
    tok.pre_tokenizer = Whitespace()
    return tok


def _mlm_tokenizer() -> PreTrainedTokenizerFast:
    tok = _wordlevel(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
    tok.post_processor = TemplateProcessing(single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    return PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
                                   sep_token="[SEP]", mask_token="[MASK]")


def _t5_tokenizer(with_sentinels: bool = True) -> PreTrainedTokenizerFast:
    # mT5 layout: <extra_id_0> is the LAST id, so sentinel ids decrease with k
    sentinels = [f"<extra_id_{k}>" for k in range(99, -1, -1)] if with_sentinels else []
    tok = _wordlevel(["<pad>", "<unk>", "</s>"], reverse_tail=sentinels)
    return PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>", eos_token="</s>",
                                   additional_special_tokens=sentinels[::-1])


def _causal_tokenizer(adds_bos: bool = False) -> PreTrainedTokenizerFast:
    tok = _wordlevel(["<|endoftext|>", "<unk>"])
    if adds_bos:
        tok.post_processor = TemplateProcessing(single="<|endoftext|> $A", special_tokens=[("<|endoftext|>", 0)])
    return PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", bos_token="<|endoftext|>",
                                   eos_token="<|endoftext|>", pad_token="<|endoftext|>")


@pytest.fixture(scope="module")
def mlm() -> tuple[BertForMaskedLM, PreTrainedTokenizerFast]:
    torch.manual_seed(0)
    tokenizer = _mlm_tokenizer()
    config = BertConfig(vocab_size=len(tokenizer), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64)
    return BertForMaskedLM(config).eval(), tokenizer


@pytest.fixture(scope="module")
def t5() -> tuple[T5ForConditionalGeneration, PreTrainedTokenizerFast]:
    torch.manual_seed(0)
    tokenizer = _t5_tokenizer()
    config = T5Config(vocab_size=len(tokenizer), d_model=32, d_ff=64, num_layers=2, num_heads=2, d_kv=16,
                      pad_token_id=0, eos_token_id=2, decoder_start_token_id=0)
    return T5ForConditionalGeneration(config).eval(), tokenizer


@pytest.fixture(scope="module")
def gpt2() -> tuple[GPT2LMHeadModel, PreTrainedTokenizerFast]:
    torch.manual_seed(0)
    tokenizer = _causal_tokenizer()
    config = GPT2Config(vocab_size=len(tokenizer), n_embd=32, n_layer=2, n_head=2, n_positions=64,
                        bos_token_id=0, eos_token_id=0)
    return GPT2LMHeadModel(config).eval(), tokenizer


def test_tiny_tokenizers_behave_as_the_tests_assume() -> None:
    enc = _mlm_tokenizer()("the cat", return_special_tokens_mask=True)
    assert enc["input_ids"][0] == 2 and enc["input_ids"][-1] == 3 and enc["special_tokens_mask"] == [1, 0, 0, 1]
    t5_tok = _t5_tokenizer()
    ids = t5_tok.convert_tokens_to_ids(["<extra_id_0>", "<extra_id_1>"])
    assert ids[0] == len(t5_tok) - 1 and ids[1] == ids[0] - 1
    assert _causal_tokenizer()("the cat")["input_ids"] == [2, 3]


def test_mlm_statistics_match_a_hand_computation(mlm: Pair) -> None:
    model, tokenizer = mlm
    loss_sum, n_items, hits = 0.0, 0, 0
    for i, text in enumerate(TEXTS):
        enc = tokenizer(text, truncation=True, max_length=128, return_special_tokens_mask=True)
        inputs, labels = mlm_mask(enc["input_ids"], [bool(s) for s in enc["special_tokens_mask"]],
                                  np.random.default_rng([0, i]), 0.15, mask_id=tokenizer.mask_token_id,
                                  vocab_size=model.config.vocab_size, forbidden=set(tokenizer.all_special_ids))
        with torch.no_grad():
            logits = model(input_ids=torch.tensor([inputs])).logits[0]
        labels_t = torch.tensor(labels)
        sel = labels_t != -100
        loss_sum += F.cross_entropy(logits[sel], labels_t[sel], reduction="sum").item()
        n_items += int(sel.sum())
        hits += int((logits[sel].argmax(-1) == labels_t[sel]).sum())
    stats = lm_statistics(model, tokenizer, TEXTS, "mlm", batch_size=3)
    assert stats["n_items"] == n_items
    assert stats["lml"] == pytest.approx(loss_sum / n_items, abs=1e-5)
    assert stats["lmem"] == pytest.approx(hits / n_items, abs=1e-9)
    assert stats["n_texts"] == len(TEXTS) and stats["n_skipped"] == 0
    assert stats["n_tokens"] == sum(len(t.split()) for t in TEXTS)
    assert stats["objective"] == "mlm" and stats["item"] == "token"


def test_span_statistics_match_a_hand_computation(t5: Pair) -> None:
    model, tokenizer = t5
    sentinels = tokenizer.convert_tokens_to_ids([f"<extra_id_{k}>" for k in range(100)])
    loss_sum, n_targets, n_spans, hits = 0.0, 0, 0, 0
    for i, text in enumerate(TEXTS):
        ids = tokenizer(text, add_special_tokens=False)["input_ids"]
        if len(ids) < 2:
            continue
        inputs, targets, spans = span_corrupt(ids, np.random.default_rng([0, i]), sentinels, tokenizer.eos_token_id)
        with torch.no_grad():
            logits = model(input_ids=torch.tensor([inputs]), labels=torch.tensor([targets])).logits[0]
        loss_sum += F.cross_entropy(logits, torch.tensor(targets), reduction="sum").item()
        n_targets += len(targets)
        pred = logits.argmax(-1).tolist()
        pos = 0
        for span in spans:
            pos += 1  # the sentinel
            n_spans += 1
            hits += pred[pos : pos + len(span)] == span
            pos += len(span)
    stats = lm_statistics(model, tokenizer, TEXTS, "span", batch_size=3)
    assert stats["n_items"] == n_spans and stats["item"] == "span"
    assert stats["lml"] == pytest.approx(loss_sum / n_targets, abs=1e-5)
    assert stats["lmem"] == pytest.approx(hits / n_spans, abs=1e-9)
    assert stats["n_skipped"] == 1  # "slow" is one token


def test_causal_statistics_match_a_hand_computation(gpt2: Pair) -> None:
    model, tokenizer = gpt2
    loss_sum, n_items, hits = 0.0, 0, 0
    for text in TEXTS:
        ids = [tokenizer.bos_token_id, *tokenizer(text)["input_ids"]]
        with torch.no_grad():
            logits = model(input_ids=torch.tensor([ids])).logits[0, :-1]
        target = torch.tensor(ids[1:])
        loss_sum += F.cross_entropy(logits, target, reduction="sum").item()
        n_items += len(target)
        hits += int((logits.argmax(-1) == target).sum())
    stats = lm_statistics(model, tokenizer, TEXTS, "causal", batch_size=3)
    assert stats["n_items"] == n_items == sum(len(t.split()) for t in TEXTS)
    assert stats["lml"] == pytest.approx(loss_sum / n_items, abs=1e-5)
    assert stats["lmem"] == pytest.approx(hits / n_items, abs=1e-9)


def test_causal_lml_is_the_models_own_loss_on_one_text(gpt2: Pair) -> None:
    model, tokenizer = gpt2
    text = TEXTS[1]
    ids = torch.tensor([[tokenizer.bos_token_id, *tokenizer(text)["input_ids"]]])
    with torch.no_grad():
        expected = model(input_ids=ids, labels=ids).loss.item()
    stats = lm_statistics(model, tokenizer, [text], "causal")
    assert stats["lml"] == pytest.approx(expected, abs=1e-5)
    assert perplexity(stats["lml"]) == pytest.approx(np.exp(expected), rel=1e-5)


def test_causal_does_not_double_a_bos_the_tokenizer_adds(gpt2: Pair) -> None:
    model, plain = gpt2
    with_bos = _causal_tokenizer(adds_bos=True)
    assert with_bos("the cat")["input_ids"][0] == with_bos.bos_token_id
    assert lm_statistics(model, with_bos, TEXTS, "causal") == lm_statistics(model, plain, TEXTS, "causal")


def test_span_lml_is_the_models_own_loss_on_one_text(t5: Pair) -> None:
    model, tokenizer = t5
    text = TEXTS[5]
    sentinels = tokenizer.convert_tokens_to_ids([f"<extra_id_{k}>" for k in range(100)])
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    inputs, targets, _ = span_corrupt(ids, np.random.default_rng([7, 0]), sentinels, tokenizer.eos_token_id)
    with torch.no_grad():
        expected = model(input_ids=torch.tensor([inputs]), labels=torch.tensor([targets])).loss.item()
    assert lm_statistics(model, tokenizer, [text], "span", seed=7)["lml"] == pytest.approx(expected, abs=1e-5)


@pytest.mark.parametrize("objective", ["mlm", "span", "causal"])
def test_statistics_do_not_depend_on_batch_size_or_padding(objective: str, mlm: Pair, t5: Pair, gpt2: Pair) -> None:
    model, tokenizer = {"mlm": mlm, "span": t5, "causal": gpt2}[objective]
    one = lm_statistics(model, tokenizer, TEXTS, objective, batch_size=1)  # no padding at all
    for batch_size in (3, 16):
        other = lm_statistics(model, tokenizer, TEXTS, objective, batch_size=batch_size)
        for loss in ("lml", "lml_char"):
            assert other[loss] == pytest.approx(one[loss], abs=1e-5)
        assert ({k: v for k, v in other.items() if k not in ("lml", "lml_char")}
                == {k: v for k, v in one.items() if k not in ("lml", "lml_char")})


def test_per_character_statistics_by_hand(gpt2: Pair) -> None:
    """Causal LM, one text after a BOS: every piece of the text is predicted, so the characters are those of its
    pieces (each decoded on its own, stripped); lml_char = summed loss / characters; lmem_char = characters of the
    pieces predicted exactly / characters."""
    model, tokenizer = gpt2
    text = TEXTS[0]
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    with torch.no_grad():
        logits = model(input_ids=torch.tensor([[tokenizer.bos_token_id, *ids]])).logits[0, :-1]
    targets = torch.tensor(ids)
    loss_sum = torch.nn.functional.cross_entropy(logits.float(), targets, reduction="sum").item()
    chars = [len(tokenizer.decode([i]).strip()) for i in ids]
    hits = (logits.argmax(-1) == targets).tolist()
    got = lm_statistics(model, tokenizer, [text], "causal")
    assert got["n_chars"] == sum(chars) > 0
    assert got["lml_char"] == pytest.approx(loss_sum / sum(chars), rel=1e-5)
    assert got["lmem_char"] == pytest.approx(sum(c for c, h in zip(chars, hits, strict=True) if h) / sum(chars))
    # per character and per token describe the same loss: lml * predicted pieces = lml_char * characters
    assert got["lml"] * len(ids) == pytest.approx(got["lml_char"] * got["n_chars"], rel=1e-5)


@pytest.mark.parametrize("objective", ["mlm", "span"])
def test_masking_is_reproducible_and_follows_the_seed(objective: str, mlm: Pair, t5: Pair) -> None:
    model, tokenizer = {"mlm": mlm, "span": t5}[objective]
    texts = TEXTS[-1:] if objective == "span" else TEXTS  # T5 masks of one-span texts do not depend on the seed
    first = lm_statistics(model, tokenizer, texts, objective, seed=1)
    assert lm_statistics(model, tokenizer, texts, objective, seed=1) == first
    assert lm_statistics(model, tokenizer, texts, objective, seed=2)["lml"] != first["lml"]


def test_random_roll_varies_the_mask_of_short_span_texts(t5: Pair) -> None:
    model, tokenizer = t5
    short = TEXTS[:4]  # one span each: without the roll T5 always corrupts the last tokens
    fixed = {lm_statistics(model, tokenizer, short, "span", seed=s)["lml"] for s in range(3)}
    rolled = {lm_statistics(model, tokenizer, short, "span", seed=s, random_roll=True)["lml"] for s in range(3)}
    assert len(fixed) == 1 and len(rolled) == 3


def test_statistics_leave_the_models_training_mode_as_found(mlm: Pair) -> None:
    model, tokenizer = mlm
    model.train()
    try:
        lm_statistics(model, tokenizer, TEXTS[:2], "mlm")
        assert model.training
    finally:
        model.eval()


class _OracleSeq2Seq(torch.nn.Module):
    """Predicts every label right, except at `wrong` (label positions) and at sentinels/eos."""

    def __init__(self, vocab_size: int, wrong_positions: tuple[int, ...], bad_ids: set[int]) -> None:
        super().__init__()
        self.vocab_size, self.wrong, self.bad = vocab_size, wrong_positions, bad_ids
        self.dummy = torch.nn.Parameter(torch.zeros(1))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, labels: torch.Tensor) -> SimpleNamespace:
        target = labels.clamp(min=0)
        logits = F.one_hot(target, self.vocab_size).float() * 10.0
        wrong = torch.zeros_like(labels, dtype=torch.bool)
        wrong[:, list(self.wrong)] = True
        wrong |= torch.isin(labels, torch.tensor(sorted(self.bad)))
        logits[wrong] = logits[wrong].roll(1, dims=-1)  # predict the next id instead
        return SimpleNamespace(logits=logits)


def test_span_exact_match_is_per_span_and_ignores_sentinels_and_eos() -> None:
    tokenizer = _t5_tokenizer()
    specials = {*tokenizer.convert_tokens_to_ids([f"<extra_id_{k}>" for k in range(100)]), tokenizer.eos_token_id}
    texts = [TEXTS[1], TEXTS[3], TEXTS[5], TEXTS[7]]
    perfect = lm_statistics(_OracleSeq2Seq(len(tokenizer), (), specials), tokenizer, texts, "span")
    assert perfect["lmem"] == 1.0  # wrong sentinel and eos predictions do not break a span
    # position 1 is the first token of every text's first span: exactly one span per text fails
    first_wrong = lm_statistics(_OracleSeq2Seq(len(tokenizer), (1,), specials), tokenizer, texts, "span")
    assert first_wrong["n_items"] == perfect["n_items"] > len(texts)
    assert first_wrong["lmem"] == pytest.approx((perfect["n_items"] - len(texts)) / perfect["n_items"])


def test_unknown_objective_and_missing_sentinels_are_rejected(mlm: Pair) -> None:
    model, tokenizer = mlm
    with pytest.raises(ValueError, match="valid: mlm, span, causal"):
        lm_statistics(model, tokenizer, TEXTS, "denoise")
    with pytest.raises(ValueError, match="sentinel"):
        lm_statistics(model, _t5_tokenizer(with_sentinels=False), TEXTS, "span")


def test_no_items_gives_nan(gpt2: Pair) -> None:
    model, tokenizer = gpt2
    stats = lm_statistics(model, tokenizer, [""], "causal")
    assert np.isnan(stats["lml"]) and np.isnan(stats["lmem"])
    assert stats["n_items"] == 0 and stats["n_skipped"] == 1 and stats["n_texts"] == 1

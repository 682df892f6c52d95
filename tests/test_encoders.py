"""The encoder factory: tiny random backbones of every family, freezing, config errors, offline failure."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import torch
from transformers import AutoTokenizer, PreTrainedTokenizerFast

from tests.conftest import TINY_FILES
from xlt.errors import ConfigError, HubUnavailableError
from xlt.models import backbones as backbone_registry
from xlt.models import hub as hub_access
from xlt.models.backbones import Backbone, _layer_stack, build_backbone, freeze
from xlt.models.tagger import TokenTagger
from xlt.models.tokenizers import load_tokenizer

NUM_LABELS = 9
XLMR_TOK = "embedded:xlmr"
T5_TINY = {"d_model": 32, "d_kv": 8, "d_ff": 64, "num_layers": 2, "num_heads": 2}
BERT_TINY = {"hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2, "intermediate_size": 64,
             "max_position_embeddings": 130}
SPECS: dict[str, dict[str, Any]] = {
    "bert": {"kind": "encoder", "architecture": "bert", "config_overrides": BERT_TINY},
    "xlm-roberta": {"kind": "encoder", "architecture": "xlm-roberta", "config_overrides": BERT_TINY},
    "mt5": {"kind": "t5_encoder", "architecture": "mt5", "config_overrides": T5_TINY},
    "t5": {"kind": "t5_encoder", "architecture": "t5", "config_overrides": T5_TINY},
}
BLOOM_TINY = {"hidden_size": 32, "n_layer": 2, "n_head": 2}
WORDS = [
    ["Angela", "Merkel", "besuchte", "Paris", "am", "Montag", "."],
    ["Die", "Vereinten", "Nationen", "tagen", "in", "New", "York"],
    ["Hallo"],
]
SENTENCES = [
    f"{who} {verb} {where} on {day} with {n} friends"
    for n, (who, verb, where, day) in enumerate(
        (w, v, p, d)
        for w in ("Anna", "the minister", "Peter Smith", "a reporter")
        for v, p, d in (("visited", "Berlin", "Monday"), ("left", "Nairobi", "Friday"),
                        ("reached", "New York", "Sunday"), ("called", "the United Nations", "Tuesday"),
                        ("praised", "Lagos", "today"), ("met", "the president in Paris", "June 3"),
                        ("saw", "Madrid", "Saturday"), ("wrote to", "Google", "May"),
                        ("joined", "the World Bank", "2019"), ("flew to", "Dar es Salaam", "Thursday"))
    )
]


# ------------------------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module", autouse=True)
def _xlmr_tokenizer_parsed_once() -> Iterator[None]:
    """The 17 MB XLM-R tokenizer.json takes 1-2 s to parse on CPU: builders share one load per module."""
    real, memo = backbone_registry.load_tokenizer, {}

    def load(model_cfg: Any) -> Any:
        if str(model_cfg.get("tokenizer")) != XLMR_TOK or model_cfg.get("special_tokens"):
            return real(model_cfg)
        key = model_cfg.get("add_prefix_space")
        if key not in memo:
            memo[key] = real(model_cfg)
        return memo[key]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(backbone_registry, "load_tokenizer", load)
        yield


def _model_cfg(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": f"tiny-{name}", "tokenizer": XLMR_TOK, "random_init": True, **SPECS[name], **extra}


@pytest.fixture(scope="module")
def bpe_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A byte-level BPE tokenizer (as BLOOM's) trained here, saved as a hub folder; no pad token declared."""
    from tokenizers import ByteLevelBPETokenizer

    assert len(SENTENCES) == 40
    bpe = ByteLevelBPETokenizer(add_prefix_space=False)
    bpe.train_from_iterator(SENTENCES, vocab_size=300, min_frequency=1,
                            special_tokens=["<pad>", "<unk>", "<s>", "</s>"], show_progress=False)
    # transformers 5 has no BloomTokenizerFast: the generic fast class saves tokenizer.json + config
    tok = PreTrainedTokenizerFast(tokenizer_object=bpe._tokenizer, unk_token="<unk>", bos_token="<s>",
                                  eos_token="</s>")
    folder = tmp_path_factory.mktemp("bpe")
    tok.save_pretrained(str(folder))
    # as bigscience/bloom-560m's tokenizer_config.json names it (transformers 5 maps it to the generic backend)
    config_path = folder / "tokenizer_config.json"
    config = json.loads(config_path.read_text())
    config["tokenizer_class"] = "BloomTokenizerFast"
    config_path.write_text(json.dumps(config))
    return folder


def _bloom_cfg(folder: Path, **extra: Any) -> dict[str, Any]:
    return {"name": "tiny-bloom", "kind": "decoder", "pretrained": None, "tokenizer": str(folder),
            "add_prefix_space": True, "random_init": True, "architecture": "bloom",
            "config_overrides": BLOOM_TINY, **extra}


@pytest.fixture(scope="module")
def backbones(bpe_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Backbone]]:
    """Each tiny backbone built once through build_backbone; every caller gets its own copy of the weights."""
    cache = tmp_path_factory.mktemp("enc-cache")
    built: dict[str, Backbone] = {}

    def get(name: str) -> Backbone:
        if name not in built:
            cfg = _bloom_cfg(bpe_folder) if name == "bloom" else _model_cfg(name)
            built[name] = build_backbone(cfg, cache)
        b = built[name]
        return Backbone(copy.deepcopy(b.encoder), b.tokenizer, b.hidden_size, b.causal)

    yield get


def _batch(tokenizer: Any) -> dict[str, torch.Tensor]:
    enc = tokenizer(WORDS, is_split_into_words=True, padding=True, return_tensors="pt")
    return {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"]}


def _forward_backward(backbone: Backbone) -> None:
    """Logits (B, T, 9) on a real tokenised batch; one backward reaches the head and the top layer."""
    tagger = TokenTagger(backbone, NUM_LABELS)
    batch = _batch(backbone.tokenizer)
    logits = tagger(**batch)
    assert logits.shape == (len(WORDS), batch["input_ids"].shape[1], NUM_LABELS)
    assert logits.dtype == torch.float32 and torch.isfinite(logits).all()
    labels = torch.randint(0, NUM_LABELS, logits.shape[:2]).masked_fill(batch["attention_mask"] == 0, -100)
    torch.nn.functional.cross_entropy(logits.flatten(0, 1), labels.flatten(), ignore_index=-100).backward()
    for p in tagger.head.parameters():
        assert p.grad is not None and p.grad.abs().sum() > 0
    top = list(_layer_stack(backbone.encoder)[-1].parameters())
    assert top and all(p.grad is not None for p in top)
    assert sum(float(p.grad.abs().sum()) for p in top) > 0


# ------------------------------------------------------------------------------------- building + forward


@pytest.mark.parametrize("name", ["bert", "xlm-roberta"])
def test_encoder_only_tiny_forward_backward_without_pooler(backbones, name):
    backbone = backbones(name)
    assert backbone.causal is False and backbone.hidden_size == 32
    assert backbone.encoder.config.model_type == name
    assert type(backbone.tokenizer).__name__ != "" and backbone.tokenizer.is_fast
    # the factory drops the pooler (add_pooling_layer=False): no unused parameters
    assert getattr(backbone.encoder, "pooler", None) is None
    assert not [n for n, _ in backbone.encoder.named_parameters() if "pooler" in n]
    _forward_backward(backbone)


@pytest.mark.parametrize(("name", "cls_name"), [("mt5", "MT5EncoderModel"), ("t5", "T5EncoderModel")])
def test_t5_encoder_half_only(backbones, name, cls_name):
    backbone = backbones(name)
    assert type(backbone.encoder).__name__ == cls_name
    assert backbone.hidden_size == 32 and backbone.causal is False
    assert not [n for n, _ in backbone.encoder.named_parameters() if n.startswith("decoder") or "lm_head" in n]
    _forward_backward(backbone)


def test_mt5_is_the_mt5_class(backbones):
    from transformers import MT5EncoderModel

    assert isinstance(backbones("mt5").encoder, MT5EncoderModel)


def test_bloom_decoder_forward_backward_and_causality(backbones):
    backbone = backbones("bloom")
    assert backbone.causal is True
    assert backbone.encoder.config.model_type == "bloom" and backbone.hidden_size == 32
    assert not [n for n, _ in backbone.encoder.named_parameters() if "lm_head" in n]
    _forward_backward(backbone)

    encoder = backbone.encoder.eval()
    ids = _batch(backbone.tokenizer)["input_ids"][:1]
    assert ids.shape[1] >= 4
    changed = ids.clone()
    changed[0, -1] = (int(ids[0, -1]) + 7) % len(backbone.tokenizer)
    with torch.no_grad():
        before = encoder(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state
        after = encoder(input_ids=changed, attention_mask=torch.ones_like(ids)).last_hidden_state
    # a later token never reaches an earlier position, and does change its own
    torch.testing.assert_close(before[:, :-1], after[:, :-1], rtol=0, atol=1e-6)
    assert not torch.allclose(before[:, -1], after[:, -1])


def test_bpe_tokenizer_loads_as_fast_and_add_prefix_space_changes_pieces(bpe_folder):
    plain = AutoTokenizer.from_pretrained(str(bpe_folder))
    assert plain.is_fast
    words = ["Berlin", "Anna", "visited"]

    def first_pieces(tok: Any) -> list[str]:
        enc = tok(words, is_split_into_words=True)
        pieces = tok.convert_ids_to_tokens(enc["input_ids"])
        ids = enc.word_ids()
        return [pieces[i] for i, w in enumerate(ids) if w is not None and (i == 0 or ids[i - 1] != w)]

    assert not any(p.startswith("Ġ") for p in first_pieces(plain))
    # the model config's add_prefix_space: true is honoured by load_tokenizer (every word gets its 'Ġ')
    tok = load_tokenizer({"name": "bloom", "tokenizer": str(bpe_folder), "add_prefix_space": True})
    firsts = first_pieces(tok)
    assert len(firsts) == len(words) and all(p.startswith("Ġ") for p in firsts), firsts
    # null leaves the tokenizer as saved
    assert first_pieces(load_tokenizer({"name": "bloom", "tokenizer": str(bpe_folder)})) == first_pieces(plain)


def test_decoder_path_sets_a_pad_token(backbones, bpe_folder):
    assert AutoTokenizer.from_pretrained(str(bpe_folder)).pad_token is None
    tok = backbones("bloom").tokenizer
    assert tok.pad_token is not None and tok.pad_token_id is not None
    assert tok.pad_token == "</s>" and tok.padding_side == "right"
    batch = _batch(tok)
    assert (batch["input_ids"][batch["attention_mask"] == 0] == tok.pad_token_id).all()


# ------------------------------------------------------------------------------------------------ freezing


def _frozen_prefixes(name: str, n_layers: int) -> tuple[str, ...]:
    if name == "bert":
        return ("embeddings.", *(f"encoder.layer.{i}." for i in range(n_layers)))
    if name == "mt5":  # encoder.embed_tokens is tied to `shared`
        return ("shared.", *(f"encoder.block.{i}." for i in range(n_layers)))
    return ("word_embeddings.", "word_embeddings_layernorm.", *(f"h.{i}." for i in range(n_layers)))


@pytest.mark.parametrize("name", ["bert", "mt5", "bloom"])
@pytest.mark.parametrize("n_layers", [0, 1, 2])
def test_freeze_embeddings_and_bottom_layers(backbones, name, n_layers):
    encoder = backbones(name).encoder
    frozen = freeze(encoder, True, n_layers)
    prefixes = _frozen_prefixes(name, n_layers)
    expected = 0
    for pname, p in encoder.named_parameters():
        should_freeze = pname.startswith(prefixes)
        assert p.requires_grad is (not should_freeze), pname
        expected += p.numel() if should_freeze else 0
    assert frozen == expected > 0


@pytest.mark.parametrize("name", ["bert", "mt5", "bloom"])
def test_freeze_layers_only_and_too_many_layers(backbones, name):
    encoder = backbones(name).encoder
    frozen = freeze(encoder, False, 1)
    layers = _layer_stack(encoder)
    assert len(layers) == 2
    assert frozen == sum(p.numel() for p in layers[0].parameters())
    assert encoder.get_input_embeddings().weight.requires_grad
    assert all(p.requires_grad for p in layers[1].parameters())
    with pytest.raises(ConfigError) as info:
        freeze(backbones(name).encoder, True, 3)
    assert "freeze_layers=3" in str(info.value) and "2 layers" in str(info.value)


# ------------------------------------------------------------------------------------------ config errors


def test_unknown_kind_lists_valid_kinds(tmp_path):
    with pytest.raises(ConfigError) as info:
        build_backbone({"name": "rnn", "kind": "lstm"}, tmp_path)
    msg = str(info.value)
    assert "'lstm'" in msg and "valid kinds" in msg
    for kind in ("decoder", "e5small", "encoder", "t5_encoder"):
        assert kind in msg


def test_random_init_without_architecture(tmp_path, bpe_folder):
    cfg = {"name": "tiny", "kind": "encoder", "tokenizer": str(bpe_folder), "random_init": True}
    with pytest.raises(ConfigError, match="architecture"):
        build_backbone(cfg, tmp_path)


def test_missing_tokenizer_json_names_the_path(tmp_path):
    missing = tmp_path / "nowhere" / "tokenizer.json"
    cfg = {**_model_cfg("bert"), "tokenizer": str(missing)}
    with pytest.raises(ConfigError) as info:
        build_backbone(cfg, tmp_path)
    assert str(missing) in str(info.value)


# ------------------------------------------------------------------------------------------------- offline

OFFLINE_VARS = ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE")
XLMR_HUB = {"name": "xlmr", "kind": "encoder", "pretrained": "FacebookAI/xlm-roberta-base"}


@pytest.fixture
def fresh_probe() -> Iterator[None]:
    hub_access._probe_once.cache_clear()
    yield
    hub_access._probe_once.cache_clear()


def _assert_fast_hub_failure(tmp_path: Path) -> str:
    with pytest.raises(HubUnavailableError) as info:
        build_backbone(XLMR_HUB, tmp_path)
    msg = str(info.value)
    # fast: the unreachable hub was detected once, so the load went to the local HF cache only (no retries)
    assert "not in the local HF cache either" in msg
    assert "FacebookAI/xlm-roberta-base" in msg and "model=e5small" in msg
    return msg


def test_offline_env_fails_at_once_naming_the_alternative(tmp_path, monkeypatch, fresh_probe):
    monkeypatch.delenv("HF_DATASETS_OFFLINE", raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert "HF_HUB_OFFLINE" in _assert_fast_hub_failure(tmp_path)


def test_unreachable_endpoint_fails_at_once(tmp_path, monkeypatch, fresh_probe):
    for var in OFFLINE_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens on the discard port
    assert "unreachable" in _assert_fast_hub_failure(tmp_path)


# ------------------------------------------------------------------------------------ teacher == student


def test_teacher_and_student_share_the_factory(make_cfg, cache_dir):
    from xlt.models.student import Student
    from xlt.models.teacher import Teacher

    cfg = make_cfg(TINY_FILES)
    teacher = Teacher(cfg.model, cfg.teacher, cache_dir=str(cache_dir))
    student = Student(cfg.model, cfg.student, cache_dir=str(cache_dir), distill={"name": "kl", "temperature": 2.0})
    assert type(teacher.tagger) is type(student.tagger)
    assert type(teacher.tagger.encoder) is type(student.tagger.encoder)
    assert teacher.tagger.head.out_features == student.tagger.head.out_features == NUM_LABELS
    assert "distill" in student.hparams and student.hparams["distill"]["name"] == "kl"
    assert "distill" not in teacher.hparams  # how load_tagger_module tells apart checkpoints that name no stage
    assert (teacher.stage, student.stage) == ("teacher", "student")  # what their checkpoints record

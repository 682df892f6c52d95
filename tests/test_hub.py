"""HF datasets loader: conversion on local datasets, option errors, and the fast offline failure for real."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

datasets = pytest.importorskip("datasets")

from xlt.data import hub  # noqa: E402
from xlt.data.hub import DEFAULT_ALTERNATIVE, load_hub_sentences, offline_requested  # noqa: E402
from xlt.data.sentence import Sentence  # noqa: E402
from xlt.errors import ConfigError, DataError, HubUnavailableError  # noqa: E402
from xlt.models import hub as hub_access  # noqa: E402

CONLL2003_NAMES = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
OFFLINE_VARS = ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE")


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    """Keep datasets' builder cache out of the user's ~/.cache and progress bars out of the output."""
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path / "hf_cache")
    datasets.disable_progress_bars()


def _classlabel_dataset(rows: list[tuple[list[str], list[int]]]) -> datasets.Dataset:
    features = datasets.Features({
        "tokens": datasets.Sequence(datasets.Value("string")),
        "ner_tags": datasets.Sequence(datasets.ClassLabel(names=CONLL2003_NAMES)),
    })
    return datasets.Dataset.from_dict(
        {"tokens": [r[0] for r in rows], "ner_tags": [r[1] for r in rows]}, features=features
    )


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_classlabel_ids_are_named_and_normalised(tmp_path):
    ds = _classlabel_dataset([(["EU", "rejects", "German"], [3, 0, 7]), (["Peter", "Blackburn"], [2, 2])])
    ds.save_to_disk(tmp_path / "ds")
    sents = load_hub_sentences(str(tmp_path / "ds"), None, "train")
    assert sents == [
        Sentence(("EU", "rejects", "German"), ("B-ORG", "O", "B-MISC")),
        Sentence(("Peter", "Blackburn"), ("B-PER", "I-PER")),  # a leading I- is repaired like conlleval
    ]


def test_dataset_dict_split_selection_and_missing_split(tmp_path):
    ds = _classlabel_dataset([(["Obama"], [1])])
    datasets.DatasetDict({"train": ds, "validation": ds}).save_to_disk(tmp_path / "dd")
    assert load_hub_sentences(str(tmp_path / "dd"), None, "validation") == [Sentence(("Obama",), ("B-PER",))]
    with pytest.raises(ConfigError) as info:
        load_hub_sentences(str(tmp_path / "dd"), None, "test")
    assert "no split 'test'" in str(info.value) and "train, validation" in str(info.value)


def test_json_builder_with_string_tags_and_to_o(tmp_path):
    data = _jsonl(tmp_path / "swa.jsonl", [
        {"tokens": ["Rais", "Samia", "alisema", "Jumatatu"], "ner_tags": ["O", "B-PER", "O", "B-DATE"]},
        {"tokens": ["Dodoma"], "ner_tags": ["B-LOC"]},
    ])
    sents = load_hub_sentences("json", None, "train", data_files=str(data), to_o=("DATE",))
    assert sents == [
        Sentence(("Rais", "Samia", "alisema", "Jumatatu"), ("O", "B-PER", "O", "O")),
        Sentence(("Dodoma",), ("B-LOC",)),
    ]


def test_type_map_fields_and_scheme(tmp_path):
    row = {"words": ["Empire", "State"], "labels": ["B-facility", "E-facility"]}
    data = _jsonl(tmp_path / "w.jsonl", [row])
    sents = load_hub_sentences("json", None, "train", data_files=str(data), tokens_field="words",
                               tags_field="labels", type_map={"facility": "LOC"}, scheme="bioes")
    assert sents == [Sentence(("Empire", "State"), ("B-LOC", "I-LOC"))]


def test_missing_column_lists_columns(tmp_path):
    data = _jsonl(tmp_path / "w.jsonl", [{"words": ["a"], "labels": ["O"]}])
    with pytest.raises(ConfigError) as info:
        load_hub_sentences("json", None, "train", data_files=str(data))
    message = str(info.value)
    assert "'tokens' and 'ner_tags'" in message and "words, labels" in message and "tags_field" in message


def test_unknown_types_and_bad_tags_name_the_row(tmp_path):
    data = _jsonl(tmp_path / "a.jsonl", [{"tokens": ["a", "b"], "ner_tags": ["B-movie", "B-DATE"]}])
    with pytest.raises(DataError) as info:
        load_hub_sentences("json", None, "train", data_files=str(data))
    assert "'DATE', 'movie'" in str(info.value) and "to_o" in str(info.value) and "'json'" in str(info.value)
    data = _jsonl(tmp_path / "b.jsonl", [{"tokens": ["x"], "ner_tags": ["O"]},
                                         {"tokens": ["a", "b"], "ner_tags": ["O", "S-PER"]}])
    with pytest.raises(DataError, match=r"row 1, token 1 \('b'\): tag 'S-PER' is not valid in the iob2"):
        load_hub_sentences("json", None, "train", data_files=str(data))


def test_integer_tags_without_classlabel(tmp_path):
    data = _jsonl(tmp_path / "i.jsonl", [{"tokens": ["a"], "ner_tags": [1]}])
    with pytest.raises(DataError, match="not a ClassLabel"):
        load_hub_sentences("json", None, "train", data_files=str(data))


def test_length_mismatch(tmp_path):
    data = _jsonl(tmp_path / "m.jsonl", [{"tokens": ["a", "b"], "ner_tags": ["O"]}])
    with pytest.raises(DataError, match="row 0: expected equal-length lists"):
        load_hub_sentences("json", None, "train", data_files=str(data))


def test_missing_local_data_files(tmp_path):
    with pytest.raises(DataError, match="nope.jsonl"):
        load_hub_sentences("json", None, "train", data_files=str(tmp_path / "nope.jsonl"))


def test_missing_config_and_split_list_the_options(tmp_path):
    root = tmp_path / "multi"
    for lang in ("en", "de"):
        _jsonl(root / lang / "train.jsonl", [{"tokens": ["a"], "ner_tags": ["O"]}])
    (root / "README.md").write_text(
        "---\nconfigs:\n"
        + "".join(f"- config_name: {c}\n  data_files:\n  - split: train\n    path: {c}/train.jsonl\n"
                  for c in ("en", "de"))
        + "---\n"
    )
    assert load_hub_sentences(str(root), "de", "train") == [Sentence(("a",), ("O",))]
    with pytest.raises(ConfigError, match=r"no config 'xx'; available configs: en, de"):
        load_hub_sentences(str(root), "xx", "train")
    with pytest.raises(ConfigError, match=r"needs a config name; available configs: en, de"):
        load_hub_sentences(str(root), None, "train")
    with pytest.raises(ConfigError, match=r"no split 'test'; available splits: train"):
        load_hub_sentences(str(root), "en", "test")


def test_unknown_scheme_is_config_error(tmp_path):
    with pytest.raises(ConfigError, match="unknown tagging scheme"):
        load_hub_sentences("json", None, "train", data_files=str(tmp_path / "x.jsonl"), scheme="bilou2")


def _clear_offline_env(monkeypatch):
    for var in OFFLINE_VARS:
        monkeypatch.delenv(var, raising=False)



def _only_offline_loads(monkeypatch):
    """Failing fast: `datasets` may only be asked in its own offline mode (a local cache still loads; nothing
    retries the hub for ~25 s, as an online load_dataset does when the network is down)."""
    real = datasets.load_dataset

    def offline_only(*args, **kwargs):
        assert datasets.config.HF_HUB_OFFLINE, "load_dataset called online: it would retry the hub"
        return real(*args, **kwargs)

    monkeypatch.setattr(datasets, "load_dataset", offline_only)


def test_offline_flag_fails_fast_with_the_alternative(monkeypatch):
    _clear_offline_env(monkeypatch)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    flag_before = datasets.config.HF_HUB_OFFLINE
    _only_offline_loads(monkeypatch)
    with pytest.raises(HubUnavailableError) as info:
        load_hub_sentences("xlt-tests/no-such-dataset", "swa", "test")
    message = str(info.value)
    assert "'xlt-tests/no-such-dataset'" in message
    assert "config 'swa'" in message and "split 'test'" in message
    assert "HF_HUB_OFFLINE=1" in message
    assert DEFAULT_ALTERNATIVE in message and "benchmark=synth" in message
    assert datasets.config.HF_HUB_OFFLINE == flag_before  # the library's own flag is restored afterwards


def test_unreachable_hub_fails_fast_with_custom_alternative(monkeypatch):
    _clear_offline_env(monkeypatch)
    for var in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)  # the probe must really hit the refused local port
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # discard port: refused at once
    hub_access._probe_once.cache_clear()
    _only_offline_loads(monkeypatch)
    with pytest.raises(HubUnavailableError) as info:
        load_hub_sentences("eriktks/conll2003", None, "train", alternative="use source=synth")
    message = str(info.value)
    assert "'eriktks/conll2003'" in message and "unreachable" in message and "127.0.0.1:9" in message
    assert message.endswith("Offline, use source=synth.")
    hub_access._probe_once.cache_clear()


def test_offline_mode_patch_is_restored():
    import huggingface_hub.constants

    before = datasets.config.HF_HUB_OFFLINE, huggingface_hub.constants.HF_HUB_OFFLINE
    with hub._datasets_offline():
        assert datasets.config.HF_HUB_OFFLINE is True and huggingface_hub.constants.HF_HUB_OFFLINE is True
    assert (datasets.config.HF_HUB_OFFLINE, huggingface_hub.constants.HF_HUB_OFFLINE) == before


def test_offline_requested_follows_datasets_precedence(monkeypatch):
    _clear_offline_env(monkeypatch)
    assert offline_requested() is None
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    assert offline_requested() == "TRANSFORMERS_OFFLINE"
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "0")  # datasets lets this override the hub-wide flags
    assert offline_requested() is None


def test_network_error_classification():
    assert hub._network_error(ConnectionError("x"))
    try:
        try:
            raise TimeoutError("slow")
        except TimeoutError as inner:
            raise FileNotFoundError("wrapped") from inner
    except FileNotFoundError as outer:
        assert hub._network_error(outer)
    assert not hub._network_error(FileNotFoundError("plain"))


def test_missing_local_folder_is_not_sent_to_the_hub(tmp_path):
    with pytest.raises(DataError, match="no such local dataset folder"):
        load_hub_sentences(str(tmp_path / "gone"), None, "train")

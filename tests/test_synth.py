"""The generator of gold multilingual news-style NER data (xlt.data.synth)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time

import pytest

from xlt.data import synth
from xlt.data.tags import ENTITY_TYPES, LABELS
from xlt.errors import ConfigError

N = 300  # sentences per (language, split) in the checks below


@pytest.fixture(scope="module")
def corpus() -> dict[tuple[str, str], list[tuple[list[str], list[str]]]]:
    return {
        (lang, split): synth.generate(lang, split, N, seed=7) for lang in synth.SYNTH_LANGS for split in synth.SPLITS
    }


def test_public_names():
    assert set(synth.SYNTH_LANGS) >= {"en", "de", "es", "nl", "sw"}
    assert synth.SPLITS == ("train", "dev", "test")


@pytest.mark.parametrize("lang", synth.SYNTH_LANGS)
def test_deterministic_and_seeded(lang):
    a = synth.generate(lang, "train", 60, seed=3)
    assert a == synth.generate(lang, "train", 60, seed=3)
    assert a != synth.generate(lang, "train", 60, seed=4)
    assert synth.generate(lang, "train", 20, seed=3) == a[:20]  # a shorter run is a prefix
    assert synth.generate(lang, "dev", 0) == []


def test_same_output_in_another_process_with_another_hash_seed():
    code = (
        "import json; from xlt.data import synth; "
        "print(json.dumps([synth.generate(l, s, 25, seed=1) for l in synth.SYNTH_LANGS for s in synth.SPLITS]))"
    )
    env = {"PYTHONHASHSEED": "987", "PATH": "/usr/bin:/bin"}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    here = [synth.generate(lang, split, 25, seed=1) for lang in synth.SYNTH_LANGS for split in synth.SPLITS]
    assert json.loads(res.stdout) == json.loads(json.dumps(here))


def test_labels_are_valid_iob2(corpus):
    allowed = set(LABELS)
    for (lang, split), sents in corpus.items():
        for tokens, tags in sents:
            assert tokens and len(tokens) == len(tags), (lang, split, tokens)
            for tok in tokens:
                assert tok and not any(c.isspace() for c in tok), (lang, split, tokens)
                assert "{" not in tok and "}" not in tok and "[" not in tok and "|" not in tok, (lang, tokens)
            prev = "O"
            for tag in tags:
                assert tag in allowed, tag
                if tag.startswith("I-"):
                    assert prev != "O" and prev[2:] == tag[2:], (lang, split, list(zip(tokens, tags, strict=True)))
                prev = tag


def test_each_split_covers_types_entity_free_and_multi_token(corpus):
    for (lang, split), sents in corpus.items():
        st = synth.stats(sents)
        assert all(st["per_type"][t] > 0 for t in ENTITY_TYPES), (lang, split, st)
        assert 0.04 <= st["entity_free_sentences"] / st["sentences"] <= 0.2, (lang, split, st)
        assert st["multi_token_entities"] > 0.1 * st["entities"], (lang, split, st)
        assert 0.10 <= st["entity_token_ratio"] <= 0.25, (lang, split, st)
        # several entities per sentence are common, and entities are not always sentence-initial
        multi = sum(len(synth.entity_spans(t, g)) >= 2 for t, g in sents)
        assert multi > 0.3 * len(sents), (lang, split)
        assert any(g[0] == "O" and any(x != "O" for x in g) for _, g in sents)
        assert any(g[0] != "O" for _, g in sents)


def test_capitalised_non_entities_exist(corpus):
    """Capitalisation alone must not give the answer: capitalised O words (sentence-initial
    words, titles, German nouns, weekdays) are common, also inside the sentence."""
    for (lang, split), sents in corpus.items():
        caps = [
            i
            for tokens, tags in sents
            for i, (tok, tag) in enumerate(zip(tokens, tags, strict=True))
            if tag == "O" and tok[:1].isupper()
        ]
        assert len(caps) > 0.5 * len(sents), (lang, split, len(caps))
        assert sum(i > 0 for i in caps) > 0.02 * len(sents), (lang, split)


@pytest.mark.parametrize("lang", synth.SYNTH_LANGS)
def test_templates_many_and_disjoint(lang):
    all_t = synth.all_templates(lang)
    assert len(all_t) >= 40 and len(set(all_t)) == len(all_t)
    parts = {s: set(synth.templates(lang, s)) for s in synth.SPLITS}
    assert parts["train"] | parts["dev"] | parts["test"] == set(all_t)
    assert not parts["train"] & parts["dev"] and not parts["train"] & parts["test"] and not parts["dev"] & parts["test"]
    assert all(len(parts[s]) >= 6 for s in ("dev", "test"))


def test_entity_strings_disjoint_across_splits(corpus):
    for lang in synth.SYNTH_LANGS:
        surfaces = {
            s: {surface for tokens, tags in corpus[(lang, s)] for _, surface in synth.entity_spans(tokens, tags)}
            for s in synth.SPLITS
        }
        for a, b in (("train", "dev"), ("train", "test"), ("dev", "test")):
            assert not surfaces[a] & surfaces[b], (lang, a, b, sorted(surfaces[a] & surfaces[b])[:10])


def test_every_template_renders_in_its_split():
    """Every slot kind a template uses has entities in that template's split, and every template
    parses (alternatives, forms, cases and agreement attributes all resolve)."""
    for lang in synth.SYNTH_LANGS:
        L = synth._load(lang)
        for split in synth.SPLITS:
            for i, template in enumerate(synth.templates(lang, split)):
                for seed in range(3):
                    tokens, tags = synth._Sentence(L, split, random.Random(f"{i}-{seed}")).render(template)
                    assert tokens and len(tokens) == len(tags)


def test_inventories_are_substantial():
    for lang in synth.SYNTH_LANGS:
        sizes = synth.inventory_sizes(lang)
        assert sizes["first_names_male"] + sizes["first_names_female"] >= 300, (lang, sizes)
        assert sizes["last_names"] >= 300, (lang, sizes)
        assert sizes["COUNTRY"] >= 60 and sizes["CITY"] >= 80, (lang, sizes)
        assert sizes["INST"] + sizes["COMPANY"] >= 100, (lang, sizes)


def test_country_names_fall_back_without_iso_codes(monkeypatch, tmp_path):
    import importlib

    monkeypatch.setattr(synth, "_LOCALE_DIR", str(tmp_path))  # no iso_3166-1.mo here
    mod = importlib.import_module("xlt.data.synth_templates.de")
    names = synth._iso_countries("de", mod)
    assert set(names) == set(mod.COUNTRY_FALLBACK)
    monkeypatch.setattr(synth, "_ISO_JSON", tmp_path / "missing.json")
    assert set(synth._iso_countries("en", importlib.import_module("xlt.data.synth_templates.en"))) >= {"Kenya"}


def test_unknown_language_and_split_raise_config_error():
    with pytest.raises(ConfigError) as e:
        synth.generate("xx", "train", 3)
    assert "xx" in str(e.value) and all(lang in str(e.value) for lang in synth.SYNTH_LANGS)
    with pytest.raises(ConfigError) as e:
        synth.generate("de", "validation", 3)
    assert "validation" in str(e.value) and all(s in str(e.value) for s in synth.SPLITS)
    with pytest.raises(ConfigError):
        synth.templates("en", "valid")


def test_stats_counts():
    sents = [
        (["Angela", "Merkel", "besuchte", "Paris", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
        (["Es", "regnet", "."], ["O", "O", "O"]),
    ]
    st = synth.stats(sents)
    assert st["sentences"] == 2 and st["tokens"] == 8 and st["entities"] == 2
    assert st["per_type"] == {"PER": 1, "ORG": 0, "LOC": 1, "MISC": 0}
    assert st["entity_tokens"] == 3 and st["entity_free_sentences"] == 1 and st["multi_token_entities"] == 1


def test_fast():
    synth.generate("en", "train", 1)  # inventories are built once per process
    t0 = time.perf_counter()
    synth.generate("en", "train", 3000)
    assert time.perf_counter() - t0 < 2.0

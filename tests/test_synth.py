"""The generator of gold multilingual news-style NER data (xlt.data.synth)."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from xlt.data import synth
from xlt.data.spans import entity_spans
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
        multi = sum(len(entity_spans(t, g)) >= 2 for t, g in sents)
        assert multi > 0.3 * len(sents), (lang, split)
        assert any(g[0] == "O" and any(x != "O" for x in g) for _, g in sents)
        assert any(g[0] != "O" for _, g in sents)


def test_capitalised_non_entities_exist(corpus):
    """Capitalisation alone must not give the answer: capitalised O words (sentence-initial
    words, titles, German nouns, weekdays) are common, also inside the sentence."""
    for (lang, split), sents in corpus.items():
        if lang in synth.CASELESS:
            continue
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
            s: {surface for tokens, tags in corpus[(lang, s)] for _, surface in entity_spans(tokens, tags)}
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


def test_inventories_are_built_once_per_process():
    synth.generate("en", "train", 1)
    built = synth._load.cache_info().misses
    synth.generate("en", "train", 300)
    synth.generate("en", "test", 30, seen_train=0.5)
    assert synth._load.cache_info().misses == built


# --- realism knobs (generator version 2) ------------------------------------------------------------------------


def _mentions(sents):
    return [surface for tokens, tags in sents for _, surface in entity_spans(tokens, tags)]


def _ngrams(sents, max_n=12):
    return {" ".join(t[i:j]) for t, _ in sents for i in range(len(t)) for j in range(i + 1, min(len(t), i + max_n) + 1)}


@pytest.mark.parametrize("lang", synth.SYNTH_LANGS)
def test_seen_train_controls_how_many_test_mentions_occur_in_the_unlabeled_text(lang):
    text = _ngrams(synth.generate(lang, "train", 2000))
    shares = {}
    for p in (0.0, 0.4, 1.0):
        mentions = _mentions(synth.generate(lang, "test", 300, seen_train=p))
        shares[p] = sum(m in text for m in mentions) / len(mentions)
    assert shares[0.0] < 0.12  # only strings that happen to occur in other contexts (a country, a surname)
    assert 0.3 < shares[0.4] < 0.65 and shares[1.0] > 0.85
    assert shares[0.0] < shares[0.4] < shares[1.0]


def test_seen_source_draws_entities_of_the_english_source_text():
    source = set(_mentions(synth.generate("en", "train", 3000)))
    for lang in ("de", "sw"):
        none = _mentions(synth.generate(lang, "test", 300))
        some = _mentions(synth.generate(lang, "test", 300, seen_source=0.5))
        assert not set(none) & source
        assert sum(m in source for m in some) / len(some) > 0.15


def test_frequent_entities_recur_in_the_train_split():
    L = synth._load("de")
    mentions = _mentions(synth.generate("de", "train", 2000))
    frequent = {e.text for pool in L.frequent.values() for e in pool} | {p.text for p in L.frequent_persons}
    assert len(L.frequent_persons) == synth.FREQUENT_PERSONS
    assert sum(m in frequent for m in mentions) / len(mentions) > 0.2
    assert all(synth._bucket(e.text) == "train" for pool in L.frequent.values() for e in pool)


def test_knobs_are_checked():
    for kwargs in ({"seen_train": -0.1}, {"seen_source": 1.5}, {"seen_train": 0.7, "seen_source": 0.5},
                   {"max_templates": 0}):
        with pytest.raises(ConfigError):
            synth.generate("de", "test", 3, **kwargs)
    with pytest.raises(ConfigError, match="dev and test"):
        synth.generate("de", "train", 3, seen_train=0.5)


@pytest.mark.parametrize("lang", synth.SYNTH_LANGS)
def test_clauses_and_max_templates_change_the_diversity(lang):
    rich = synth.compose(lang, "train", 1500)
    plain = synth.compose(lang, "train", 1500, clauses=False, max_templates=10)
    assert len({t for *_, t in plain}) <= 10
    end = getattr(synth._load(lang).mod, "SENTENCE_END", ".")  # the language's full stop (Bengali: the dari)
    assert any("{^}" in t for *_, t in rich) and any(t.endswith(f"{tail} {end}") for *_, t in rich
                                                     for tail in synth._load(lang).tails["train"])
    assert len({t for *_, t in rich}) > 5 * len({t for *_, t in plain})
    assert synth.distinct_trigrams_per_1k([t for t, *_ in rich]) > synth.distinct_trigrams_per_1k(
        [t for t, *_ in plain])
    # a lead-in is followed by a capitalised sentence (where the script has letter case)
    for tokens, _, template in rich:
        if "{^}" in template and (lang in synth.CASELESS or tokens[0][:1].isupper()):
            break
    else:
        raise AssertionError("no lead-in rendered")


def test_leads_and_tails_are_partitioned_across_splits():
    for lang in synth.SYNTH_LANGS:
        L = synth._load(lang)
        for parts in (L.leads, L.tails):
            assert sum(len(v) for v in parts.values()) >= 8
            assert not set(parts["train"]) & set(parts["test"]) and not set(parts["dev"]) & set(parts["test"])
            assert parts["test"] and parts["dev"]


def test_distinct_trigrams_per_1k_by_hand():
    # 6 words; trigrams "a b c" and "b c a" (sentence 2 is too short for one): 2 distinct -> 2000 / 6
    assert synth.distinct_trigrams_per_1k([["a", "b", "c", "a"], ["a", "b"]]) == pytest.approx(2000 / 6)
    assert synth.distinct_trigrams_per_1k([]) == 0.0


def test_each_generated_sentence_records_its_base_template(tmp_path):
    """generate_clustered: the sentences of generate, and per sentence the index (in the language's TEMPLATES) of
    a template of that split. The cached CoNLL file gets a side index; a cache written without one gets it, its
    bytes unchanged."""
    from xlt.data.sources import load_split

    knobs = {"seen_train": 0.4, "seen_source": 0.15}
    sentences, clusters = synth.generate_clustered("de", "test", 40, 0, **knobs)
    assert sentences == synth.generate("de", "test", 40, 0, **knobs) and len(clusters) == 40
    assert {synth.all_templates("de")[c] for c in clusters} <= set(synth.templates("de", "test"))
    assert 1 < len(set(clusters)) < 40  # sentences share templates: they are not independent draws
    spec = {"kind": "synth", "lang": "de", "split": "test", "n": 40, "seed": 0, **knobs}
    load_split(spec, tmp_path, "benchmark.test")
    (conll,) = (tmp_path / "data" / "synth").rglob("*.conll")
    assert synth.read_clusters(conll) == clusters
    before = conll.read_bytes(), conll.stat().st_mtime_ns
    synth.clusters_path(conll).unlink()  # a cache of an xlt without side indexes
    assert synth.read_clusters(conll) is None
    load_split(spec, tmp_path, "benchmark.test")
    assert synth.read_clusters(conll) == clusters and (conll.read_bytes(), conll.stat().st_mtime_ns) == before

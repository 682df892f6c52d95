"""The hand-written natural test sentences shipped with xlt (xlt/data/natural): they parse, are big enough,
cover every type, are not templated, and load through the data spec `kind: natural`."""

from __future__ import annotations

from collections import Counter

import pytest

from xlt.data import synth
from xlt.data.conll import read_conll
from xlt.data.sources import NATURAL_DIR, load_split
from xlt.data.spans import entity_chunks
from xlt.errors import ConfigError

LANGS = synth.SYNTH_LANGS


@pytest.mark.parametrize("lang", LANGS)
def test_natural_file_parses_and_has_the_stated_size(lang):
    path = NATURAL_DIR / f"{lang}.conll"
    sentences = read_conll(path, scheme="iob2")  # strict IOB2 as written: every entity opens with B-
    types = Counter(t for s in sentences for t, _, _ in entity_chunks(s.tags, "strict"))
    assert len(sentences) >= 60 and sum(types.values()) >= 120, (lang, len(sentences), types)
    assert all(types[t] >= 20 for t in ("PER", "ORG", "LOC", "MISC")), (lang, types)
    assert len({s.tokens for s in sentences}) == len(sentences)  # no duplicate sentence
    # conlleval and strict chunking agree: no stray I- after O or after another type
    assert all(entity_chunks(s.tags, "conlleval") == entity_chunks(s.tags, "strict") for s in sentences)
    assert sum(not any(t != "O" for t in s.tags) for s in sentences) >= 3  # some entity-free sentences
    lengths = sorted(len(s.tokens) for s in sentences)
    assert lengths[0] <= 10 and lengths[-1] >= 30  # varied length, not one template shape
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and "\n\n\n" not in text and not any(line != line.rstrip() for line in text.split("\n"))


@pytest.mark.parametrize("lang", LANGS)
def test_natural_sentences_are_not_generated_ones(lang):
    generated = {tuple(t) for split in synth.SPLITS for t, _ in synth.generate(lang, split, 300)}
    natural = read_conll(NATURAL_DIR / f"{lang}.conll")
    assert not {s.tokens for s in natural} & generated
    # and their shapes vary: few sentences share their first three words
    starts = Counter(s.tokens[:3] for s in natural)
    assert starts.most_common(1)[0][1] <= 3


def test_natural_spec_loads_and_unknown_language_names_the_available_ones(tmp_path):
    assert len(load_split({"kind": "natural", "lang": "de"}, tmp_path, "benchmark.test")) >= 60
    with pytest.raises(ConfigError, match="no natural test set for lang='yo'.*ar, bn, de, en, es, fi, id, nl, ru, sw"):
        load_split({"kind": "natural", "lang": "yo"}, tmp_path, "benchmark.also_test.natural")


def test_the_data_card_reads_the_default_cell_specs():
    from xlt.cli.card import default_specs

    specs = default_specs("bn")
    assert specs["source_train"]["lang"] == specs["source_dev"]["lang"] == "en"  # the protocol's English source
    assert specs["test"]["lang"] == specs["unlabeled"]["lang"] == "bn" and specs["test"]["seen_train"] == 0.4


def test_the_card_counts_natural_mentions_the_generator_s_inventories_hold():
    """An entry's surface, a surname, a first name + surname are the generator's; other strings are not; the share
    is over gold mentions (by hand: 2 of 3)."""
    from xlt.cli.card import inventory_matcher, inventory_share
    from xlt.data import synth
    from xlt.data.sentence import Sentence

    L = synth._load("de")
    entry = next(e.text for kind in L.pools.values() for pools in kind.values() for pool in pools for e in pool
                 if " " not in e.text)
    first = next(n for names in L.first_f.values() for n in names if " " not in n)
    last = next(n for names in L.last.values() for n in names if " " not in n)
    known = inventory_matcher("de")
    assert known(entry) and known(last) and known(f"{first} {last}")
    assert not known("Qxzv") and not known(f"Qxzv {last}")
    sentences = [Sentence((entry, "und", "Qxzv"), ("B-LOC", "O", "B-ORG")), Sentence((first, last), ("B-PER", "I-PER"))]
    assert inventory_share(sentences, known) == 2 / 3

"""Raw formats as researchers download them: CoNLL-2003 (4 columns, IOB1, -DOCSTART-), CoNLL-2002 es/nl, WikiANN with
its `<lang>:` token prefix; malformed files fail with file:line and the fix; benchmark=files without its paths."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from xlt.data.conll import read_conll
from xlt.data.sentence import Sentence
from xlt.data.sources import load_split
from xlt.errors import ConfigError, DataError
from xlt.evaluation.scoring import score_tags
from xlt.experiment.cell import train

FORMATS = Path(__file__).parent / "fixtures" / "formats"
# benchmark=files's test spec (conf/benchmark/files.yaml) with a path: the reader a user's own file meets
TEST_SPEC = {"kind": "conll"}


def _write(tmp_path: Path, text: str | bytes, name: str = "f.conll") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def _load(path: Path) -> list[Sentence]:
    return load_split({**TEST_SPEC, "path": str(path)}, path.parent, "benchmark.test")


# ------------------------------------------------------------------------------ CoNLL-2003: 4 columns, IOB1


CONLL2003 = [  # tokens and the IOB2 tags computed by hand from the file's IOB1 column
    Sentence(("EU", "rejects", "German", "call", "to", "boycott", "British", "lamb", "."),
             ("B-ORG", "O", "B-MISC", "O", "O", "O", "B-MISC", "O", "O")),
    Sentence(("Peter", "Blackburn"), ("B-PER", "I-PER")),
    # I-PER I-PER B-PER: two adjacent PER mentions; I-ORG I-ORG I-ORG I-MISC: a type change opens a mention
    Sentence(("In", "Hungary", ",", "Peter", "Blackburn", "Mary", "met", "the", "Bank", "of", "England", "German",
              "delegation", "."),
             ("O", "B-LOC", "O", "B-PER", "I-PER", "B-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG", "B-MISC", "O", "O")),
]


def test_conll2003_iob1_with_docstart_reads_as_iob2_sentences():
    # 2 documents (-DOCSTART- lines), 3 sentences (blank lines): a document is never one sentence
    path = FORMATS / "conll2003_iob1.txt"
    assert read_conll(path, scheme="iob1") == CONLL2003  # source=conll_files declares scheme: iob1
    assert _load(path) == CONLL2003  # benchmark=files declares none (iob2): IOB1 reads the same


# ------------------------------------------------------------------------------ CoNLL-2002: es 2 columns, nl 3


def test_conll2002_spanish_two_columns():
    assert _load(FORMATS / "esp.conll") == [
        Sentence(("Melbourne", "(", "Australia", ")", ",", "25", "may", "(", "EFE", ")", "."),
                 ("B-LOC", "O", "B-LOC", "O", "O", "O", "O", "O", "B-ORG", "O", "O")),
        Sentence(("-",), ("O",)),
        Sentence(("El", "Abogado", "General", "del", "Estado", ",", "Daryl", "Williams", ",", "subrayó", "hoy", "la",
                  "necesidad", "."),
                 ("O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "O")),
    ]


def test_conll2002_dutch_three_columns_with_docstart():
    # ned.* has `-DOCSTART- -DOCSTART- O` directly above a document's first sentence, no blank line between
    assert _load(FORMATS / "ned.conll") == [
        Sentence(("De", "tekst", "van", "het", "arrest", "is", "nog", "niet", "beschikbaar", "door", "Floralux", "."),
                 ("O",) * 10 + ("B-ORG", "O")),
        Sentence(("Jan", "Latten", "woont", "in", "Kortrijk", "."), ("B-PER", "I-PER", "O", "O", "B-LOC", "O")),
    ]


def test_conll2002_latin1_file_fails_with_the_iconv_fix(tmp_path):
    # the CoNLL-2002 distribution is Latin-1: 'subrayó' is byte 0xf3 there
    path = _write(tmp_path, "Daryl B-PER\nsubrayó O\n".encode("latin-1"), "esp.train")
    with pytest.raises(DataError) as info:
        _load(path)
    assert str(info.value) == (
        f"{path}:2 (set by benchmark.test): not valid UTF-8 (byte 0xf3 at offset 18) — re-encode the file, "
        f"e.g. `iconv -f latin1 -t utf-8 {path} > {path}.utf8` if it is Latin-1"
    )


# ------------------------------------------------------------------------------ WikiANN: `<lang>:` token prefixes


WIKIANN_SW = [
    Sentence(("Nairobi", "ni", "mji", "mkuu", "wa", "Kenya", "."), ("B-LOC", "O", "O", "O", "O", "B-LOC", "O")),
    # only the prefix goes: "sw:12:30" -> "12:30", "sw::" -> ":", "sw:http://cbk.go.ke" -> "http://cbk.go.ke"
    Sentence(("Benki", "Kuu", "ya", "Kenya", "ilifunguliwa", "saa", "12:30", ":", "http://cbk.go.ke"),
             ("B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O")),
]


def test_wikiann_language_prefix_is_stripped_and_said_once(tmp_path, caplog):
    path = FORMATS / "wikiann_sw.tsv"
    with caplog.at_level(logging.INFO, logger="xlt.data.conll"):
        sentences = _load(path)
    assert sentences == WIKIANN_SW
    assert caplog.messages == [
        f"{path} (set by benchmark.test): the tokens carry the language prefix 'sw:' (WikiANN as Rahimi et al. and "
        "XTREME distribute it): stripped it, e.g. 'sw:Nairobi' -> 'Nairobi'"
    ]
    # the same file without prefixes reads the same, and its gold scores 100 F1 against the prefixed file's
    plain = _write(tmp_path, path.read_text(encoding="utf-8").replace("sw:", "", 1).replace("\nsw:", "\n"))
    assert "sw:" not in plain.read_text(encoding="utf-8")
    assert _load(plain) == sentences
    assert score_tags(_load(plain), [s.tags for s in sentences])["f1"] == 1.0


def test_wikiann_prefix_missing_on_a_negligible_few_tokens(tmp_path, caplog):
    # 99 of 100 tokens carry `en:`: stripped where present, the odd one kept as written
    path = _write(tmp_path, "".join(f"en:w{i} O\n" for i in range(99)) + "w99 O\n")
    with caplog.at_level(logging.INFO, logger="xlt.data.conll"):
        (sentence,) = _load(path)
    assert sentence.tokens == tuple(f"w{i}" for i in range(100))
    assert caplog.messages == [
        f"{path} (set by benchmark.test): the tokens carry the language prefix 'en:' (WikiANN as Rahimi et al. and "
        "XTREME distribute it): stripped it, e.g. 'en:w0' -> 'w0'; 1 token(s) without it kept as written"
    ]


@pytest.mark.parametrize("lines", [
    ["en:Paris B-LOC", "is O", "big O"],  # one token with `en:` is a token, not a file's prefix
    ["12:30 O", "http://x.org O", "ftp://y.org O"],  # times and URLs
    ["sw:Nairobi B-LOC", "en:Paris B-LOC"],  # two different prefixes: no consistency
    [f"en:w{i} O" for i in range(98)] + ["w98 O", "w99 O"],  # 98% carry it: below the 99% required
], ids=["one-en-token", "times-and-urls", "two-prefixes", "98-percent"])
def test_tokens_with_colons_that_are_no_file_prefix_stay(tmp_path, caplog, lines):
    path = _write(tmp_path, "\n".join(lines) + "\n")
    with caplog.at_level(logging.INFO, logger="xlt.data.conll"):
        (sentence,) = _load(path)
    assert sentence.tokens == tuple(line.split()[0] for line in lines)
    assert caplog.messages == []


# ------------------------------------------------------------------------------ malformed files: file:line and fix

TAG_COLUMN_FIX = ("if the NER tags are not in the last column, set benchmark.test.tag_column to the index of "
                  "their column")


# each malformed file (`{path}` stands for its path) and the exact message: the file, the line, the fix
MALFORMED = {
    "column count changing mid-file": (
        "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ O\n",
        "{path}:4 (benchmark.test): expected 4 columns (as on line 3), got 3: 'rejects VBZ O' — fix the line, or "
        "set a non-negative tag_column/token_column to read only those columns"),
    "unknown entity type": (
        "Nairobi B-LOC\nKenya B-FOO\n",
        "{path}:2 (benchmark.test): unknown entity type(s) 'FOO' (the label set is PER, ORG, LOC, MISC): "
        "'Kenya B-FOO' — add them to `type_map` (e.g. FOO: MISC) or to `to_o` in the source config; or, "
        + TAG_COLUMN_FIX),
    "last column holding POS tags": (
        "Nairobi NNP\nni VBZ\n",
        "{path}:1 (benchmark.test): malformed tag 'NNP': 'Nairobi NNP' — tags must be \"O\" or PREFIX-TYPE such "
        "as \"B-PER\" (a one-letter prefix, a dash, a type); " + TAG_COLUMN_FIX),
    "CoNLL-2003 without its NER column (chunk tags last)": (
        "EU NNP B-NP\nrejects VBZ B-VP\n",
        "{path}:1 (benchmark.test): unknown entity type(s) 'NP', 'VP' (the label set is PER, ORG, LOC, MISC): "
        "'EU NNP B-NP' — add them to `type_map` (e.g. NP: MISC) or to `to_o` in the source config; or, "
        + TAG_COLUMN_FIX),
}


@pytest.mark.parametrize("name", MALFORMED)
def test_a_malformed_file_fails_naming_file_line_and_fix(tmp_path, name):
    text, message = MALFORMED[name]
    path = _write(tmp_path, text)
    with pytest.raises(DataError) as info:
        _load(path)
    assert str(info.value) == message.format(path=path)


# ------------------------------------------------------------------------------ benchmark=files without its paths


@pytest.mark.parametrize("overrides, message", [
    (["benchmark=files"],
     "benchmark=files: 2 setting(s) left to you are not set (??? in the YAML): benchmark.test.path, "
     "benchmark.unlabeled.path — give them on the command line, e.g. python -m xlt.run benchmark=files "
     "benchmark.test.path=/data/sw.test.conll benchmark.unlabeled.path=/data/sw.unlabeled.conll"),
    (["source=conll_files", "benchmark=files", "lang=de", "benchmark.test.path=/data/de.test.conll"],
     "source=conll_files benchmark=files: 3 setting(s) left to you are not set (??? in the YAML): "
     "source.dev.path, source.train.path, benchmark.unlabeled.path — give them on the command line, e.g. "
     "python -m xlt.run source=conll_files benchmark=files source.dev.path=/data/en.dev.conll "
     "source.train.path=/data/en.train.conll benchmark.unlabeled.path=/data/de.unlabeled.conll"),
], ids=["benchmark-files", "conll-files-and-benchmark-files"])
def test_files_without_their_paths_name_every_missing_key_before_any_work(make_cfg, tmp_path, overrides, message):
    cache = tmp_path / "own-cache"
    cfg = make_cfg([*overrides, f"paths.cache_dir={cache}"])
    with pytest.raises(ConfigError) as info:
        train(cfg)
    assert str(info.value) == message
    assert not cache.exists()  # raised before the source (source=synth) was generated
    assert not Path(cfg.paths.output_dir).exists()  # and before the run directory was made: no work at all


def test_a_missing_path_read_alone_is_named_not_looked_up_as_a_file(tmp_path):
    # xlt.analyze reads one split at a time: the ??? of a resolved config is "not set", not a file called ???
    with pytest.raises(ConfigError) as info:
        load_split({"kind": "conll", "path": "???"}, tmp_path, "benchmark.unlabeled")
    assert str(info.value) == (
        "benchmark.unlabeled.path is not set: point it at your file, e.g. benchmark.unlabeled.path=/data/test.conll"
    )


def test_a_path_given_for_the_whole_spec_names_the_key_to_set(make_cfg, tmp_path):
    cfg = make_cfg(["benchmark=files", "benchmark.test=/data/sw.test.conll", f"paths.cache_dir={tmp_path / 'c'}",
                    "benchmark.unlabeled.path=/data/sw.txt"])
    with pytest.raises(ConfigError) as info:
        train(cfg)
    assert str(info.value).startswith("benchmark.test='/data/sw.test.conll' is not a data spec: benchmark.test is a "
                                      "mapping (kind, path, ...); to read a file set "
                                      "benchmark.test.path=/data/sw.test.conll")

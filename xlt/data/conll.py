"""CoNLL-style column files and raw text files read into Sentences, with file:line errors."""

from __future__ import annotations

import logging
import os
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from xlt.data.sentence import Sentence
from xlt.data.tags import (
    MalformedTagError,
    TagError,
    canonical_scheme,
    map_types,
    to_iob2,
    unknown_types,
    unknown_types_error,
)
from xlt.errors import ConfigError, DataError
from xlt.io import atomic_write_text

__all__ = ["ConllFormatError", "Sentence", "read_conll", "read_text", "write_conll"]

log = logging.getLogger(__name__)

_BOM = b"\xef\xbb\xbf"
# Only ASCII space and tab separate columns: other Unicode spaces (e.g. U+00A0) can be part of a token.
_COLUMN_SEP = re.compile(r"[ \t]+")
_DOCSTART = "-DOCSTART-"
# WikiANN as Rahimi et al. and XTREME distribute it writes every token as `<lang>:<token>` ("sw:Nairobi"): a
# lowercase 2-3 letter code (with -subtags as in zh-yue), a colon, then the token. Letters only, so "12:30" never
# looks like one; "http://x" has four; a lone "ftp:..." token is told apart by the share below.
_LANG_PREFIX = re.compile(r"([a-z]{2,3}(?:-[a-z]+)*):(?=.)")
_PREFIX_SHARE = 0.99  # the share of a file's tokens that must carry one same prefix for it to be stripped


class ConllFormatError(DataError):
    """A malformed line in a CoNLL file; carries `path`, 1-based `line` and the offending `text`."""

    def __init__(self, path: str | os.PathLike, line: int, text: str, problem: str, hint: str | None = None,
                 what: str | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.text = text
        where = f"{self.path}:{line}" + (f" ({what})" if what else "")
        message = f"{where}: {problem}: {_clip(text)!r}"
        super().__init__(message if hint is None else f"{message} — {hint}")


def _clip(text: str, limit: int = 120) -> str:
    """Shorten long offending lines so the message stays one readable line."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _for(what: str | None) -> str:
    """A " (set by source.train)"-style suffix naming the config key behind a path."""
    return f" (set by {what})" if what else ""


def _read_utf8(path: str | os.PathLike, what: str | None) -> str:
    """Read a whole file as UTF-8 (BOM dropped), turning every I/O or decoding failure into DataError."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise DataError(f"file not found: {p.absolute()}{_for(what)} — check the path") from None
    except IsADirectoryError:
        raise DataError(f"{p.absolute()}{_for(what)} is a directory, expected a file") from None
    except OSError as err:
        raise DataError(f"cannot read {p.absolute()}{_for(what)}: {err.strerror or err}") from None
    offset = len(_BOM) if raw.startswith(_BOM) else 0
    try:
        text = raw[offset:].decode("utf-8")
    except UnicodeDecodeError as err:
        pos = err.start + offset
        line = raw[:pos].count(b"\n") + 1
        raise DataError(
            f"{path}:{line}{_for(what)}: not valid UTF-8 (byte 0x{raw[pos]:02x} at offset {pos}) — re-encode "
            f"the file, e.g. `iconv -f latin1 -t utf-8 {path} > {path}.utf8` if it is Latin-1"
        ) from None
    if not text.strip():
        raise DataError(f"{path}{_for(what)}: the file is empty")
    return text


def _lines(text: str) -> Iterable[tuple[int, str]]:
    """Yield (1-based line number, line) splitting on \\n only, so numbers match editors; CR dropped."""
    for number, line in enumerate(text.split("\n"), start=1):
        yield number, line[:-1] if line.endswith("\r") else line


@dataclass
class _RawSentence:
    """One sentence as read: its columns and the line number of each token."""

    tokens: list[str]
    tags: list[str]
    lines: list[int]
    texts: list[str]


def _split_columns(
    path: str | os.PathLike, text: str, token_column: int, tag_column: int | None, what: str | None
) -> list[_RawSentence]:
    """Split the file into sentences of (token, tag) columns, checking the column layout line by line."""
    strict = token_column < 0 or (tag_column is not None and tag_column < 0)
    needed = max(c for c in (token_column, tag_column) if c is not None) + 1
    expected: tuple[int, int] | None = None  # (column count, line that set it)
    sentences: list[_RawSentence] = []
    cur = _RawSentence([], [], [], [])
    for number, line in _lines(text):
        body = line.strip(" \t")
        if not body or body.startswith(_DOCSTART):
            if cur.tokens:  # a -DOCSTART- line ends a sentence just like a blank line
                sentences.append(cur)
                cur = _RawSentence([], [], [], [])
            continue
        cols = _COLUMN_SEP.split(body)
        if expected is None:
            expected = (len(cols), number)
            _check_layout(path, number, line, len(cols), token_column, tag_column, what)
        if strict and len(cols) != expected[0]:
            problem = f"expected {expected[0]} columns (as on line {expected[1]}), got {len(cols)}"
            hint = "fix the line, or set a non-negative tag_column/token_column to read only those columns"
            raise ConllFormatError(path, number, line, problem, hint, what)
        if len(cols) < needed:
            raise ConllFormatError(
                path, number, line, f"expected at least {needed} columns, got {len(cols)}",
                "fix the line or set tag_column/token_column", what,
            )
        cur.tokens.append(cols[token_column])
        cur.tags.append(cols[tag_column] if tag_column is not None else "O")
        cur.lines.append(number)
        cur.texts.append(line)
    if cur.tokens:
        sentences.append(cur)
    return sentences


def _check_layout(path: str | os.PathLike, number: int, line: str, ncols: int, token_column: int,
                  tag_column: int | None, what: str | None) -> None:
    """Reject column choices that cannot work for this file's first line (out of range, token == tag)."""
    for name, col in (("token_column", token_column), ("tag_column", tag_column)):
        if col is not None and not -ncols <= col < ncols:
            raise ConllFormatError(path, number, line, f"{name}={col} but the line has {ncols} column(s)",
                                   f"set {name} to a column between 0 and {ncols - 1}", what)
    if tag_column is not None and tag_column % ncols == token_column % ncols:
        hint = ("the file has a single column of tokens: set tag_column=None to read it as unlabeled"
                if ncols == 1 else "set tag_column to the column holding the NER tags")
        raise ConllFormatError(path, number, line, f"tag_column={tag_column} is the token column", hint, what)


def read_conll(
    path: str | os.PathLike,
    *,
    tag_column: int | None = -1,
    scheme: str = "iob2",
    type_map: Mapping[str, str] | None = None,
    to_o: Collection[str] = (),
    token_column: int = 0,
    what: str | None = None,
) -> list[Sentence]:
    """Read a CoNLL column file into Sentences with tags normalised to IOB2 over PER/ORG/LOC/MISC.

    Blank (or whitespace-only) lines and -DOCSTART- lines separate sentences; columns are separated by
    tabs or runs of spaces; CRLF and a UTF-8 BOM are accepted. scheme is iob1/iob2/bioes (aliases iob, bio,
    iobes, bilou) or "auto" (BIOES if any S-/E- tag, otherwise IOB2 with conlleval repair, which also reads
    IOB1 correctly). tag_column=None reads unlabeled tokens (tags None). `what` names the config key the
    path came from, for error messages.
    """
    try:
        canonical_scheme(scheme)
    except TagError as err:
        raise ConfigError(f"{path}{_for(what)}: {err}") from None
    text = _read_utf8(path, what)
    raw = _split_columns(path, text, token_column, tag_column, what)
    if not raw:
        raise DataError(f"{path}{_for(what)}: no sentences found (only blank or -DOCSTART- lines)")
    _strip_lang_prefix(path, raw, what)
    if tag_column is None:
        return [Sentence(tuple(s.tokens)) for s in raw]
    iob2 = [_located(path, s, what, to_iob2, s.tags, scheme, tag_column=tag_column) for s in raw]
    _check_types(path, raw, iob2, type_map, to_o, what, tag_column)
    return [Sentence(tuple(s.tokens), tuple(_located(path, s, what, map_types, t, type_map, to_o)))
            for s, t in zip(raw, iob2, strict=True)]


def _strip_lang_prefix(path: str | os.PathLike, raw: Sequence[_RawSentence], what: str | None) -> None:
    """Drop WikiANN's `<lang>:` token prefix (in place) when all tokens of the file but under 1% carry the same one,
    saying so in one log line: left on, no token would match the model's vocabulary and F1 would be 0."""
    total = sum(len(s.tokens) for s in raw)
    codes = Counter(m.group(1) for s in raw for t in s.tokens if (m := _LANG_PREFIX.match(t)))
    if not codes:
        return
    code, carried = codes.most_common(1)[0]
    if carried < _PREFIX_SHARE * total:
        return
    prefix = f"{code}:"
    example = next(t for s in raw for t in s.tokens if t.startswith(prefix))
    for s in raw:
        s.tokens = [t[len(prefix):] if t.startswith(prefix) and len(t) > len(prefix) else t for t in s.tokens]
    kept = f"; {total - carried} token(s) without it kept as written" if carried < total else ""
    log.info("%s%s: the tokens carry the language prefix %r (WikiANN as Rahimi et al. and XTREME distribute "
             "it): stripped it, e.g. %r -> %r%s", path, _for(what), prefix, example, example[len(prefix):], kept)


def _located(path: str | os.PathLike, sent: _RawSentence, what: str | None, fn, *args,
             tag_column: int | None = None) -> list[str]:
    """Run a tags function on one sentence, re-raising its TagError at the offending line (a malformed tag with
    the tag_column fix too: the column read may hold POS tags or words)."""
    try:
        return fn(*args)
    except TagError as err:
        i = err.index if err.index is not None else 0
        hint = err.hint
        if isinstance(err, MalformedTagError) and tag_column is not None:
            hint = f"{hint}; {_column_hint(tag_column, what)}"
        raise ConllFormatError(path, sent.lines[i], sent.texts[i], err.message, hint, what) from None


def _column_hint(tag_column: int, what: str | None) -> str:
    """The fix when the column read as NER tags holds something else (POS tags, chunk tags like B-NP, words)."""
    column = "the last column" if tag_column == -1 else f"column {tag_column}"
    key = f"{what}.tag_column" if what else "tag_column"
    return f"if the NER tags are not in {column}, set {key} to the index of their column"


def _check_types(path: str | os.PathLike, raw: Sequence[_RawSentence], iob2: Sequence[Sequence[str]],
                 type_map: Mapping[str, str] | None, to_o: Collection[str], what: str | None,
                 tag_column: int) -> None:
    """Report every unmappable entity type of the whole file at once, located at its first use."""
    first: dict[str, tuple[_RawSentence, int]] = {}
    for sent, tags in zip(raw, iob2, strict=True):
        for i, tag in enumerate(tags):
            if tag != "O":
                first.setdefault(tag[2:], (sent, i))
    bad = unknown_types(first, type_map, to_o)
    if bad:
        sent, i = min((first[t] for t in bad), key=lambda si: si[0].lines[si[1]])  # the earliest line
        err = unknown_types_error(bad)
        hint = f"{err.hint}; or, {_column_hint(tag_column, what)}"
        raise ConllFormatError(path, sent.lines[i], sent.texts[i], err.message, hint, what)


def read_predictions(path: str | os.PathLike) -> tuple[list[Sentence], list[list[str]]]:
    """A `token gold pred` file as xlt writes it: the gold sentences and the predicted tags exactly as written
    (not repaired: a stray I- stays one, so that strict-mode scores are recomputed as they were computed)."""
    raw = _split_columns(path, _read_utf8(path, None), 0, 2, None)
    gold = [Sentence(tuple(s.tokens), tuple(c.split()[1] for c in s.texts)) for s in raw]
    return gold, [list(s.tags) for s in raw]


def read_text(path: str | os.PathLike, *, what: str | None = None) -> list[Sentence]:
    """Read raw text, one sentence per line, whitespace-tokenised; blank lines skipped; tags None."""
    text = _read_utf8(path, what)
    sentences = [Sentence(tuple(line.split())) for _, line in _lines(text) if line.split()]
    if not sentences:  # pragma: no cover - _read_utf8 already rejects whitespace-only files
        raise DataError(f"{path}{_for(what)}: no sentences found")
    return sentences


def _cell(token: str) -> str:
    """A token made safe for a column file: whitespace inside would split it into extra columns."""
    return _COLUMN_SEP.sub("_", token.replace("\r", "_").replace("\n", "_")) or "_"


def _format(sentences: Iterable[Sentence], predictions: Iterable[Sequence[str]] | None) -> Iterable[str]:
    """Yield the lines of the column file: token [gold] [pred], blank line after each sentence."""
    preds = iter(predictions) if predictions is not None else None
    labeled: bool | None = None
    for k, sent in enumerate(sentences):
        if labeled is None:
            labeled = sent.tags is not None
        elif labeled != (sent.tags is not None):
            raise ValueError(f"sentence {k}: mixes labeled and unlabeled sentences in one file")
        columns = [[_cell(t) for t in sent.tokens]]
        if sent.tags is not None:
            columns.append(list(sent.tags))
        if preds is not None:
            pred = next(preds, None)
            if pred is None or len(pred) != len(sent.tokens):
                got = "none" if pred is None else len(pred)
                raise ValueError(f"sentence {k}: {len(sent.tokens)} tokens but predictions: {got}")
            columns.append(list(pred))
        for row in zip(*columns, strict=True):
            yield " ".join(row)
        yield ""
    if preds is not None and next(preds, None) is not None:
        raise ValueError("more predictions than sentences")


def write_conll(
    path: str | os.PathLike,
    sentences: Iterable[Sentence],
    predictions: Iterable[Sequence[str]] | None = None,
) -> None:
    """Atomically write `token gold pred` (or `token tag`, `token pred`, `token`) lines, space separated.

    Whitespace inside a token is written as "_" (it would otherwise split the column). The text is built first
    (a length mismatch fails before anything is written) and written with xlt.io.atomic_write_text, so readers
    never see half a file.
    """
    atomic_write_text(path, "".join(line + "\n" for line in _format(sentences, predictions)))

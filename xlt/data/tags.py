"""The one tag set every source is mapped onto: IOB2 over PER/ORG/LOC/MISC, the labels the tag head predicts
(declared with it, in xlt.models.labels, and named here for the readers)."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from xlt.models.labels import ENTITY_TYPES as ENTITY_TYPES
from xlt.models.labels import LABEL2ID as LABEL2ID
from xlt.models.labels import LABELS as LABELS
from xlt.models.labels import NUM_LABELS as NUM_LABELS

# ---------------------------------------------------------------------------------------------------------
# Normalisation of any tagging scheme / type inventory onto LABELS.
#
# Repair policy: an I-X that follows O or an entity of another type is read as *starting* an entity, i.e.
# it becomes B-X. This is what conlleval (and seqeval's default mode) assume when scoring, so training on
# the repaired tags matches how predictions are evaluated. The same rule is exactly the IOB1 -> IOB2
# conversion, which is why "iob1" and "iob2" share one code path: they differ only in which input is
# considered well-formed, never in the result.
# ---------------------------------------------------------------------------------------------------------

# Scheme names accepted in configs, mapped to the canonical scheme.
SCHEME_ALIASES: dict[str, str] = {
    "iob2": "iob2",
    "iob": "iob2",
    "bio": "iob2",
    "iob1": "iob1",
    "bioes": "bioes",
    "iobes": "bioes",
    "bilou": "bioes",
    "auto": "auto",
}

# Prefixes each canonical scheme may contain; BILOU's U-/L- are BIOES's S-/E- under other names.
_PREFIXES: dict[str, frozenset[str]] = {
    "iob2": frozenset("BI"),
    "iob1": frozenset("BI"),
    "bioes": frozenset("BIESLU"),
    "auto": frozenset("BIESLU"),
}
# Single-token / last-token prefixes collapse onto B-/I-; the repair pass then fixes continuity.
_TO_IOB2_PREFIX: dict[str, str] = {"B": "B", "I": "I", "S": "B", "U": "B", "E": "I", "L": "I"}
_TAG_RE = re.compile(r"^([A-Za-z])-(\S+)$")


class TagError(ValueError):
    """An ill-formed tag; `index` is its position in the sequence so readers can report file:line."""

    def __init__(self, message: str, index: int | None = None, hint: str | None = None) -> None:
        super().__init__(message if hint is None else f"{message} — {hint}")
        self.message = message
        self.index = index
        self.hint = hint


class MalformedTagError(TagError):
    """A tag of neither shape (O, PREFIX-TYPE): often a sign that the column read is not the NER tags at all."""


def canonical_scheme(scheme: str) -> str:
    """Map a scheme name or alias (case-insensitive) to iob1/iob2/bioes/auto, or raise TagError."""
    key = str(scheme).strip().lower()
    if key not in SCHEME_ALIASES:
        raise TagError(
            f"unknown tagging scheme {scheme!r}",
            hint=f"use one of {', '.join(sorted(SCHEME_ALIASES))}",
        )
    return SCHEME_ALIASES[key]


def split_tag(tag: str, index: int | None = None) -> tuple[str, str | None]:
    """Split "B-PER" into ("B", "PER") and "O" into ("O", None); raise TagError if neither shape."""
    parts = _split_cached(tag) if isinstance(tag, str) else None
    if parts is None:
        raise MalformedTagError(
            f"malformed tag {tag!r}",
            index,
            hint='tags must be "O" or PREFIX-TYPE such as "B-PER" (a one-letter prefix, a dash, a type)',
        )
    return parts


@functools.lru_cache(maxsize=4096)
def _split_cached(tag: str) -> tuple[str, str | None] | None:
    """The regex split, memoised: a corpus has a handful of distinct tags but millions of tokens."""
    if tag == "O":
        return "O", None
    match = _TAG_RE.match(tag)
    return (match.group(1), match.group(2)) if match else None


def _repair(tags: Sequence[str]) -> list[str]:
    """Turn every I-X that does not continue an X entity into B-X (conlleval's reading)."""
    out: list[str] = []
    prev_type: str | None = None
    for tag in tags:
        prefix, etype = split_tag(tag)
        if prefix == "I" and etype != prev_type:
            tag = f"B-{etype}"
        out.append(tag)
        prev_type = etype
    return out


def detect_scheme(tags: Iterable[str]) -> str:
    """Return "bioes" if any S-/E-/U-/L- tag occurs, else "iob2" (IOB1 converts identically to IOB2)."""
    for tag in tags:
        if tag != "O" and tag[:2] in ("S-", "E-", "U-", "L-"):
            return "bioes"
    return "iob2"


def to_iob2(tags: Sequence[str], scheme: str) -> list[str]:
    """Convert tags from iob1/iob2/bioes (aliases: iob, bio, iobes, bilou; or auto) to repaired IOB2.

    "auto" accepts every prefix of all schemes: since IOB1 and IOB2 convert identically, the only thing to
    detect is BIOES, and S-/E- (U-/L-) tags identify it unambiguously.
    """
    canon = canonical_scheme(scheme)
    allowed = _PREFIXES[canon]
    converted: list[str] = []
    for i, tag in enumerate(tags):
        prefix, etype = split_tag(tag, i)
        if prefix == "O":
            converted.append("O")
            continue
        if prefix not in allowed:
            raise TagError(
                f"tag {tag!r} is not valid in the {canon} scheme",
                i,
                hint=_scheme_hint(prefix, canon),
            )
        converted.append(f"{_TO_IOB2_PREFIX[prefix]}-{etype}")
    return _repair(converted)


def _scheme_hint(prefix: str, scheme: str) -> str:
    """Suggest the scheme setting that would accept `prefix`."""
    if prefix in "ESLU":
        return f"{prefix}- tags belong to BIOES/BILOU: set scheme to bioes (or auto)"
    return f"allowed prefixes for {scheme}: {', '.join(sorted(_PREFIXES[scheme]))} (and the tag O)"


def _type_set(to_o: Collection[str]) -> frozenset[str]:
    """to_o as a set; a bare string means one type (not its characters, as `in "DATE"` would test)."""
    return frozenset((to_o,) if isinstance(to_o, str) else to_o)


_UNKNOWN = object()  # sentinel: a type that maps to neither an ENTITY_TYPE nor O


def unknown_types(
    types: Iterable[str], type_map: Mapping[str, str] | None = None, to_o: Collection[str] = ()
) -> list[str]:
    """Return the (sorted, unique) source types that map to neither an ENTITY_TYPE nor O."""
    type_map, to_o = type_map or {}, _type_set(to_o)
    bad = {t for t in types if _map_type(t, type_map, to_o) is _UNKNOWN}
    return sorted(bad)


def _map_type(etype: str, type_map: Mapping[str, str], to_o: Collection[str]) -> str | None | object:
    """Mapped type, None for "drop to O", or _UNKNOWN."""
    if etype in to_o:
        return None
    mapped = type_map.get(etype, etype)
    if mapped in to_o or mapped == "O":
        return None
    return mapped if mapped in ENTITY_TYPES else _UNKNOWN


def unknown_types_error(bad: Sequence[str], index: int | None = None) -> TagError:
    """The one explanation used everywhere an entity type cannot be mapped (bad: sorted unknown types)."""
    listed = ", ".join(repr(t) for t in bad)
    return TagError(
        f"unknown entity type(s) {listed} (the label set is {', '.join(ENTITY_TYPES)})",
        index,
        hint=f"add them to `type_map` (e.g. {bad[0]}: MISC) or to `to_o` in the source config",
    )


def map_types(
    tags: Sequence[str], type_map: Mapping[str, str] | None = None, to_o: Collection[str] = ()
) -> list[str]:
    """Rename entity types via type_map and drop those in to_o (or mapped to "O") to O.

    Types already in ENTITY_TYPES pass through. Raises TagError listing every unmappable type. The result
    is re-repaired, so a type merge or drop can never leave an I- tag dangling.
    """
    type_map, to_o = type_map or {}, _type_set(to_o)
    out: list[str] = []
    bad: set[str] = set()
    first_bad: int | None = None
    for i, tag in enumerate(tags):
        prefix, etype = split_tag(tag, i)
        if etype is None:
            out.append("O")
            continue
        if prefix not in ("B", "I"):
            raise TagError(f"tag {tag!r} is not IOB2", i, hint="convert with to_iob2 (or use normalize_tags)")
        mapped = _map_type(etype, type_map, to_o)
        if mapped is _UNKNOWN:
            bad.add(etype)
            first_bad = i if first_bad is None else first_bad
            out.append("O")
        else:
            out.append("O" if mapped is None else f"{prefix}-{mapped}")
    if bad:
        raise unknown_types_error(sorted(bad), first_bad)
    return _repair(out)


def normalize_tags(
    tags: Sequence[str],
    scheme: str = "iob2",
    type_map: Mapping[str, str] | None = None,
    to_o: Collection[str] = (),
) -> list[str]:
    """Convert to IOB2, map types onto ENTITY_TYPES, and repair: the result only holds LABELS."""
    return map_types(to_iob2(tags, scheme), type_map, to_o)

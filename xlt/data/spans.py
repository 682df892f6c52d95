"""The entities of one tagged sentence: (type, start, end) chunks as strict IOB2 or conlleval reads them.

Shared by the generator's counts (xlt.data.synth), the metric (xlt.evaluation.metrics) and the diagnostics, so
every floor chunks a tag sequence the same way; seqeval does the chunking.
"""

from __future__ import annotations

from collections.abc import Sequence

from seqeval.metrics.sequence_labeling import get_entities
from seqeval.scheme import IOB2, Entities


def iob2_entities(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(type, start, end-exclusive) of the entities of one sentence, strict IOB2 (a stray I- is no entity)."""
    return [e.to_tuple()[1:] for e in Entities([list(tags)], IOB2).entities[0]]


def entity_spans(tokens: Sequence[str], tags: Sequence[str]) -> list[tuple[str, str]]:
    """(type, surface) of each entity of a sentence, in order (strict IOB2): the words joined by one space."""
    return [(etype, " ".join(tokens[start:end])) for etype, start, end in iob2_entities(tags)]


def entity_chunks(tags: Sequence[str], mode: str = "conlleval") -> set[tuple[str, int, int]]:
    """(type, start, end-exclusive) of the entities of one sentence, chunked as `mode` counts them."""
    if mode == "strict":
        return set(iob2_entities(tags))
    return {(t, start, end + 1) for t, start, end in get_entities(list(tags))}  # seqeval's end is inclusive

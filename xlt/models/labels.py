"""The tag set the tag head predicts, one logit per label: IOB2 over PER/ORG/LOC/MISC. Every source's tags are
mapped onto it (xlt.data.tags)."""

from __future__ import annotations

ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
LABELS: tuple[str, ...] = ("O",) + tuple(f"{p}-{t}" for t in ENTITY_TYPES for p in ("B", "I"))
LABEL2ID: dict[str, int] = {label: i for i, label in enumerate(LABELS)}
NUM_LABELS: int = len(LABELS)

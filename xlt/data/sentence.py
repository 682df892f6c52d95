"""The one in-memory representation every NER source is read into."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    """A tokenised sentence with one IOB2 tag per token, or tags=None for unlabeled text."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        # Accept lists from callers but store tuples, so sentences stay hashable and truly immutable.
        object.__setattr__(self, "tokens", tuple(self.tokens))
        if self.tags is not None:
            object.__setattr__(self, "tags", tuple(self.tags))
            if len(self.tags) != len(self.tokens):
                raise ValueError(f"{len(self.tokens)} tokens but {len(self.tags)} tags: {self.tokens!r}")

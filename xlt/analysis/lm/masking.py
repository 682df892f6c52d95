"""Pre-training corruption procedures (BERT/XLM-R MLM masking, T5 span corruption), numpy only.

Every function takes a `numpy.random.Generator` and draws from nothing else, so a corruption is
fully determined by the generator's seed: the statistics in `xlt.analysis.lm.statistics` rely on this to
mask every text the same way whatever the batch size or the order of the texts.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

IGNORE_INDEX = -100  # the label PyTorch's cross-entropy (and HF models) skip

# BERT's split of the selected positions: 80 % [MASK], 10 % a random token, 10 % unchanged
MASK_SHARE = 0.8
RANDOM_SHARE = 0.1


def mlm_mask(
    ids: Sequence[int],
    special: Sequence[bool],
    rng: np.random.Generator,
    rate: float = 0.15,
    *,
    mask_id: int,
    vocab_size: int,
    forbidden: Collection[int] = (),
) -> tuple[list[int], list[int]]:
    """BERT/XLM-R masking of one tokenised sequence: (corrupted ids, labels).

    Exactly `k = max(1, round(rate * n))` (halves round to even) of the n non-special positions are selected, uniformly
    without replacement. This is an exact count rather than BERT's per-token Bernoulli(rate) draw:
    the expected number of masked tokens is the same, but a fixed count removes one source of
    variance from the measured loss and makes every text contribute a predictable number of items.
    Each selected position then becomes `mask_id` (80 %), a token drawn uniformly from
    [0, vocab_size) minus `forbidden` (10 %, redrawn while forbidden, e.g. the special ids), or
    stays unchanged (10 %), decided independently per position with `rng.random()`.
    Labels hold the original id at the selected positions and -100 elsewhere.
    """
    if len(ids) != len(special):
        raise ValueError(f"{len(ids)} ids but {len(special)} special flags")
    if not 0.0 < rate <= 1.0:
        raise ValueError(f"masking rate must be in (0, 1], got {rate}")
    candidates = np.flatnonzero(~np.asarray(special, dtype=bool))
    inputs, labels = [int(i) for i in ids], [IGNORE_INDEX] * len(ids)
    if candidates.size == 0:
        return inputs, labels
    k = min(candidates.size, max(1, round(rate * candidates.size)))
    selected = np.sort(rng.choice(candidates, size=k, replace=False))
    decisions = rng.random(k)
    for pos, draw in zip(selected.tolist(), decisions.tolist(), strict=True):
        labels[pos] = inputs[pos]
        if draw < MASK_SHARE:
            inputs[pos] = mask_id
        elif draw < MASK_SHARE + RANDOM_SHARE:
            inputs[pos] = _random_token(rng, vocab_size, forbidden)
    return inputs, labels


def _random_token(rng: np.random.Generator, vocab_size: int, forbidden: Collection[int]) -> int:
    """A token id uniform over [0, vocab_size) minus `forbidden`, by rejection."""
    banned = {int(f) for f in forbidden if 0 <= int(f) < vocab_size}
    if len(banned) >= vocab_size:
        raise ValueError(f"every id in [0, {vocab_size}) is forbidden: no random replacement token exists")
    while True:
        token = int(rng.integers(vocab_size))
        if token not in banned:
            return token


def random_spans_noise_mask(
    length: int,
    rng: np.random.Generator,
    noise_density: float = 0.15,
    mean_noise_span_length: float = 3.0,
    random_roll: bool = False,
) -> np.ndarray:
    """T5's noise mask (boolean, `length` long): alternating non-noise and noise spans.

    A port of `random_spans_noise_mask` as in HF's `run_t5_mlm_flax.py` (itself a port of
    t5/data/preprocessors.py) with `np.random` replaced by `rng`. The number of spans is computed
    from min(noise, non-noise) tokens as the flax script does; this equals T5's
    round(num_noise_tokens / mean_noise_span_length) whenever noise_density <= 0.5 and only guards
    against impossible segmentations at higher densities. The mask always starts with non-noise and
    ends with noise, so a short sequence that gets a single span (fewer than ~30 tokens at the
    defaults) always loses its last tokens: T5 packs 512-token inputs, where this does not matter.
    `random_roll=True` rotates the mask by an offset uniform in [0, length), as T5's `random_roll`
    option does; a span may then wrap around the end and count as two.
    """
    if length < 2:
        raise ValueError(f"span corruption needs a sequence of at least 2 tokens (one noise, one kept), got {length}")
    num_noise_tokens = int(np.round(length * noise_density))
    num_noise_tokens = min(max(num_noise_tokens, 1), length - 1)
    num_nonnoise_tokens = length - num_noise_tokens
    num_noise_spans = int(np.round(min(num_noise_tokens, num_nonnoise_tokens) / mean_noise_span_length))
    num_noise_spans = max(num_noise_spans, 1)

    noise_span_lengths = _random_segmentation(num_noise_tokens, num_noise_spans, rng)
    nonnoise_span_lengths = _random_segmentation(num_nonnoise_tokens, num_noise_spans, rng)
    interleaved = np.reshape(np.stack([nonnoise_span_lengths, noise_span_lengths], axis=1), [num_noise_spans * 2])
    span_starts = np.cumsum(interleaved)[:-1]
    span_start_indicator = np.zeros((length,), dtype=np.int8)
    span_start_indicator[span_starts] = True
    span_num = np.cumsum(span_start_indicator)
    mask = np.equal(span_num % 2, 1)
    if random_roll:
        mask = np.roll(mask, int(rng.integers(length)))
    return mask


def _random_segmentation(num_items: int, num_segments: int, rng: np.random.Generator) -> np.ndarray:
    """Partition `num_items` items randomly into `num_segments` non-empty segments; their lengths.

    The flax script's helper: shuffle `num_segments - 1` segment starts among the `num_items - 1`
    gaps, prepend the (always present) start of the first segment, and count run lengths.
    """
    mask_indices = np.arange(num_items - 1) < (num_segments - 1)
    rng.shuffle(mask_indices)
    first_in_segment = np.pad(mask_indices, [[1, 0]])
    segment_id = np.cumsum(first_in_segment)
    _, segment_length = np.unique(segment_id, return_counts=True)
    return segment_length


def span_corrupt(
    ids: Sequence[int],
    rng: np.random.Generator,
    sentinel_ids: Sequence[int],
    eos_id: int | None,
    noise_density: float = 0.15,
    mean_noise_span_length: float = 3.0,
    noise_mask: Sequence[bool] | None = None,
    random_roll: bool = False,
) -> tuple[list[int], list[int], list[list[int]]]:
    """T5 span corruption of one sequence of content ids: (inputs, targets, noise spans).

    inputs  = the ids with noise span k replaced by `sentinel_ids[k]`, then eos if given;
    targets = sentinel_0 span_0 sentinel_1 span_1 ..., then eos if given.
    For the masks `random_spans_noise_mask` draws (non-noise first, noise last) this is exactly
    T5's format; a custom `noise_mask` (for tests) is rendered the same way, each noise span
    preceded by its own sentinel in the targets. mT5's `<extra_id_k>` ids decrease with k, so pass
    the ids in the order of k. The spans are returned too, for span-level exact-match scoring.
    `random_roll` is passed on to `random_spans_noise_mask`.
    """
    if noise_mask is None:
        mask = random_spans_noise_mask(len(ids), rng, noise_density, mean_noise_span_length, random_roll)
    else:
        mask = np.asarray(noise_mask, dtype=bool)
        if mask.shape != (len(ids),):
            raise ValueError(f"noise_mask has shape {mask.shape}, expected ({len(ids)},)")
    spans = _noise_spans(ids, mask)
    if len(spans) > len(sentinel_ids):
        raise ValueError(f"{len(spans)} noise spans but only {len(sentinel_ids)} sentinel ids")
    inputs: list[int] = []
    targets: list[int] = []
    span_index = -1
    for pos, token in enumerate(ids):
        if not mask[pos]:
            inputs.append(int(token))
        elif pos == 0 or not mask[pos - 1]:
            span_index += 1
            inputs.append(int(sentinel_ids[span_index]))
    for k, span in enumerate(spans):
        targets.append(int(sentinel_ids[k]))
        targets.extend(span)
    if eos_id is not None:
        inputs.append(int(eos_id))
        targets.append(int(eos_id))
    return inputs, targets, spans


def _noise_spans(ids: Sequence[int], mask: np.ndarray) -> list[list[int]]:
    """The maximal runs of noise positions, as lists of their token ids, left to right."""
    spans: list[list[int]] = []
    for pos, token in enumerate(ids):
        if not mask[pos]:
            continue
        if pos == 0 or not mask[pos - 1]:
            spans.append([])
        spans[-1].append(int(token))
    return spans

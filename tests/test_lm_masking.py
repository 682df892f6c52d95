"""The corruption procedures of xlt.analysis.lm.masking: exact counts, BERT's 80/10/10, T5's spans and format."""

from __future__ import annotations

import numpy as np
import pytest

from xlt.analysis.lm.masking import IGNORE_INDEX, mlm_mask, random_spans_noise_mask, span_corrupt

MASK_ID = 4


def _sequence(n: int) -> tuple[list[int], list[bool]]:
    """[CLS] w_1 .. w_n [SEP] with content ids from 10 up."""
    ids = [2, *range(10, 10 + n), 3]
    special = [True, *([False] * n), True]
    return ids, special


@pytest.mark.parametrize("n", [1, 3, 7, 10, 20, 33, 100, 126])
def test_mlm_mask_selects_exactly_round_rate_n_non_special_positions(n: int) -> None:
    ids, special = _sequence(n)
    inputs, labels = mlm_mask(ids, special, np.random.default_rng(n), mask_id=MASK_ID, vocab_size=1000)
    selected = [i for i, label in enumerate(labels) if label != IGNORE_INDEX]
    assert len(selected) == max(1, round(0.15 * n))
    assert not any(special[i] for i in selected)
    assert all(labels[i] == ids[i] for i in selected)
    assert all(inputs[i] == ids[i] for i in range(len(ids)) if i not in selected)
    assert len(inputs) == len(labels) == len(ids)


def test_mlm_mask_splits_selected_positions_80_10_10() -> None:
    rng = np.random.default_rng(0)
    ids, special = [7] * 1000, [False] * 1000  # original id 7 everywhere; random draws rarely hit it
    counts = {"mask": 0, "random": 0, "kept": 0}
    for _ in range(134):  # 134 * 150 = 20100 selections
        inputs, labels = mlm_mask(ids, special, rng, mask_id=MASK_ID, vocab_size=100_000, forbidden={MASK_ID})
        for x, label in zip(inputs, labels, strict=True):
            if label == IGNORE_INDEX:
                continue
            counts["mask" if x == MASK_ID else "kept" if x == 7 else "random"] += 1
    total = sum(counts.values())
    assert total == 134 * 150
    assert counts["mask"] / total == pytest.approx(0.8, abs=0.02)
    assert counts["random"] / total == pytest.approx(0.1, abs=0.015)
    assert counts["kept"] / total == pytest.approx(0.1, abs=0.015)


def test_mlm_mask_random_tokens_avoid_forbidden_ids() -> None:
    rng = np.random.default_rng(1)
    replaced: set[int] = set()
    for _ in range(200):
        inputs, labels = mlm_mask([9] * 20, [False] * 20, rng, rate=1.0, mask_id=MASK_ID, vocab_size=6,
                                  forbidden={0, 1, 2, 3, MASK_ID})
        replaced.update(x for x in inputs if x not in (MASK_ID, 9))
    assert replaced == {5}
    with pytest.raises(ValueError, match="forbidden"):
        for _ in range(50):  # some selected position is bound to draw the random branch
            mlm_mask([9] * 20, [False] * 20, rng, rate=1.0, mask_id=MASK_ID, vocab_size=2, forbidden={0, 1})


def test_mlm_mask_is_deterministic_given_the_generator_seed() -> None:
    ids, special = _sequence(50)
    first = mlm_mask(ids, special, np.random.default_rng([3, 1]), mask_id=MASK_ID, vocab_size=500)
    again = mlm_mask(ids, special, np.random.default_rng([3, 1]), mask_id=MASK_ID, vocab_size=500)
    other = mlm_mask(ids, special, np.random.default_rng([3, 2]), mask_id=MASK_ID, vocab_size=500)
    assert first == again
    assert first != other


def test_mlm_mask_without_content_returns_input_unchanged() -> None:
    inputs, labels = mlm_mask([2, 3], [True, True], np.random.default_rng(0), mask_id=MASK_ID, vocab_size=10)
    assert inputs == [2, 3]
    assert labels == [IGNORE_INDEX, IGNORE_INDEX]


def _runs(mask: np.ndarray) -> list[int]:
    """Lengths of the maximal runs of True."""
    lengths: list[int] = []
    for i, m in enumerate(mask):
        if m:
            if i == 0 or not mask[i - 1]:
                lengths.append(0)
            lengths[-1] += 1
    return lengths


@pytest.mark.parametrize("length", [2, 3, 5, 10, 37, 100, 127, 512])
def test_noise_mask_counts_and_layout(length: int) -> None:
    for seed in range(20):
        mask = random_spans_noise_mask(length, np.random.default_rng(seed))
        n_noise = min(max(round(0.15 * length), 1), length - 1)
        assert mask.dtype == bool and mask.shape == (length,)
        assert int(mask.sum()) == n_noise
        assert not mask[0] and mask[-1]  # starts with non-noise, ends with noise
        assert len(_runs(mask)) == max(1, round(min(n_noise, length - n_noise) / 3.0))


def test_noise_mask_mean_span_length_is_about_three_and_lengths_vary() -> None:
    rng = np.random.default_rng(0)
    lengths = [n for _ in range(300) for n in _runs(random_spans_noise_mask(int(rng.integers(40, 300)), rng))]
    assert np.mean(lengths) == pytest.approx(3.0, abs=0.15)
    assert min(lengths) == 1 and max(lengths) > 5


def _reference_hf_flax_mask(length: int, noise_density: float, mean_noise_span_length: float) -> np.ndarray:
    """`random_spans_noise_mask` of HF's run_t5_mlm_flax.py, verbatim but for `self.`."""
    orig_length = length
    num_noise_tokens = int(np.round(length * noise_density))
    num_nonnoise_tokens = length - num_noise_tokens
    num_noise_tokens = min(max(num_noise_tokens, 1), length - 1)
    num_noise_spans = int(np.round(min(num_noise_tokens, num_nonnoise_tokens) / mean_noise_span_length))
    num_noise_spans = max(num_noise_spans, 1)
    num_nonnoise_tokens = length - num_noise_tokens

    def _random_segmentation(num_items, num_segments):
        mask_indices = np.arange(num_items - 1) < (num_segments - 1)
        np.random.shuffle(mask_indices)
        first_in_segment = np.pad(mask_indices, [[1, 0]])
        segment_id = np.cumsum(first_in_segment)
        _, segment_length = np.unique(segment_id, return_counts=True)
        return segment_length

    noise_span_lengths = _random_segmentation(num_noise_tokens, num_noise_spans)
    nonnoise_span_lengths = _random_segmentation(num_nonnoise_tokens, num_noise_spans)
    interleaved_span_lengths = np.reshape(
        np.stack([nonnoise_span_lengths, noise_span_lengths], axis=1), [num_noise_spans * 2]
    )
    span_starts = np.cumsum(interleaved_span_lengths)[:-1]
    span_start_indicator = np.zeros((length,), dtype=np.int8)
    span_start_indicator[span_starts] = True
    span_num = np.cumsum(span_start_indicator)
    is_noise = np.equal(span_num % 2, 1)
    return is_noise[:orig_length]


@pytest.mark.parametrize(("length", "density", "mean"), [(10, 0.15, 3.0), (57, 0.15, 3.0), (128, 0.3, 2.0),
                                                          (200, 0.15, 3.0), (33, 0.5, 1.0)])
def test_noise_mask_matches_the_hf_flax_script_draw_for_draw(length: int, density: float, mean: float) -> None:
    # the port only calls rng.shuffle, so the legacy global RandomState gives the very same draws
    for seed in range(10):
        np.random.seed(seed)
        expected = _reference_hf_flax_mask(length, density, mean)
        got = random_spans_noise_mask(length, np.random.RandomState(seed), density, mean)  # type: ignore[arg-type]
        np.testing.assert_array_equal(got, expected)


def test_noise_mask_rejects_sequences_shorter_than_two() -> None:
    for length in (0, 1):
        with pytest.raises(ValueError, match="at least 2 tokens"):
            random_spans_noise_mask(length, np.random.default_rng(0))


SENTINELS = [99, 98, 97]  # mT5-style: <extra_id_k> ids decrease with k
FIXED_MASK = [False, False, True, True, False, False, False, True, False, True]


def test_span_corrupt_produces_t5_inputs_and_targets_for_a_fixed_mask() -> None:
    ids = list(range(10, 20))
    inputs, targets, spans = span_corrupt(ids, np.random.default_rng(0), SENTINELS, eos_id=1, noise_mask=FIXED_MASK)
    assert inputs == [10, 11, 99, 14, 15, 16, 98, 18, 97, 1]
    assert targets == [99, 12, 13, 98, 17, 97, 19, 1]
    assert spans == [[12, 13], [17], [19]]
    inputs, targets, _ = span_corrupt(ids, np.random.default_rng(0), SENTINELS, eos_id=None, noise_mask=FIXED_MASK)
    assert inputs == [10, 11, 99, 14, 15, 16, 98, 18, 97]
    assert targets == [99, 12, 13, 98, 17, 97, 19]


def test_span_corrupt_rejects_more_spans_than_sentinels() -> None:
    with pytest.raises(ValueError, match="3 noise spans but only 2 sentinel"):
        span_corrupt(list(range(10, 20)), np.random.default_rng(0), SENTINELS[:2], eos_id=1, noise_mask=FIXED_MASK)


def test_span_corrupt_with_drawn_masks_round_trips_and_is_deterministic() -> None:
    sentinels = list(range(1000, 900, -1))
    ids = list(range(10, 90))
    for seed in range(30):
        inputs, targets, spans = span_corrupt(ids, np.random.default_rng(seed), sentinels, eos_id=1)
        assert (inputs, targets, spans) == span_corrupt(ids, np.random.default_rng(seed), sentinels, eos_id=1)
        # filling every sentinel of the inputs with its span gives the original sequence back
        restored = [t for x in inputs[:-1] for t in (spans[sentinels.index(x)] if x in sentinels else [x])]
        assert restored == ids
        assert targets == [t for k, span in enumerate(spans) for t in (sentinels[k], *span)] + [1]
        assert sum(map(len, spans)) == round(0.15 * len(ids))


def test_random_roll_rotates_the_mask_and_keeps_the_noise_count() -> None:
    masks = [random_spans_noise_mask(12, np.random.default_rng(seed), random_roll=True) for seed in range(40)]
    assert all(int(m.sum()) == 2 for m in masks)
    assert len({m.tobytes() for m in masks}) > 5  # unrolled, a one-span mask of 12 is always the same
    assert len({random_spans_noise_mask(12, np.random.default_rng(s)).tobytes() for s in range(40)}) == 1
    sentinels = list(range(1000, 900, -1))
    for seed in range(40):  # a wrapped span is two spans, each with its own sentinel
        inputs, targets, spans = span_corrupt(list(range(10, 22)), np.random.default_rng(seed), sentinels, eos_id=1,
                                              random_roll=True)
        restored = [t for x in inputs[:-1] for t in (spans[sentinels.index(x)] if x in sentinels else [x])]
        assert restored == list(range(10, 22))

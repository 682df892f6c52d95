"""bench/determinism.py's comparison: "bit-identical" means byte for byte, and a one-ulp change is found."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from determinism import compare_state_dicts, tag_agreement  # noqa: E402


def test_bit_identity_is_byte_for_byte_and_the_largest_difference_is_reported():
    a = {"w": torch.tensor([1.0, 0.0, 3.0]), "steps": torch.tensor(7)}
    assert compare_state_dicts(a, {k: v.clone() for k, v in a.items()}) == {
        "identical": True, "tensors": 2, "differing": 0, "max_abs_diff": 0.0, "first_differing": []}
    one_ulp = {"w": torch.tensor([1.0, 0.0, float(torch.nextafter(torch.tensor(3.0), torch.tensor(4.0)))]),
               "steps": torch.tensor(7)}
    moved = compare_state_dicts(a, one_ulp)
    assert not moved["identical"] and moved["first_differing"] == ["w"]
    assert moved["max_abs_diff"] == pytest.approx(2.0**-22)  # float32's spacing at 3
    signed_zero = {"w": torch.tensor([1.0, -0.0, 3.0]), "steps": torch.tensor(7)}
    assert torch.equal(a["w"], signed_zero["w"])  # equal values ...
    assert compare_state_dicts(a, signed_zero)["differing"] == 1  # ... other bits
    with pytest.raises(ValueError, match="other tensors"):
        compare_state_dicts(a, {"w": a["w"]})


def test_tag_agreement_counts_words_and_sentences():
    assert tag_agreement([["O", "B-PER"], ["O"]], [["O", "O"], ["O"]]) == {"word_agreement": 2 / 3,
                                                                         "sentences_differing": 1}
    with pytest.raises(ValueError, match="other sentences"):
        tag_agreement([["O"]], [["O", "O"]])

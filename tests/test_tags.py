"""Tag scheme conversion, type mapping and the conlleval repair policy."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlt.data.tags import (
    ENTITY_TYPES,
    LABELS,
    TagError,
    canonical_scheme,
    detect_scheme,
    map_types,
    normalize_tags,
    split_tag,
    to_iob2,
    unknown_types,
)


def test_constants_unchanged():
    assert ENTITY_TYPES == ("PER", "ORG", "LOC", "MISC")
    assert LABELS[0] == "O" and len(LABELS) == 9


def test_iob2_is_kept():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]
    assert to_iob2(tags, "iob2") == tags


def test_iob1_conversion_hand_checked():
    # IOB1: I- starts an entity unless it continues the same type; B- only splits adjacent same-type entities.
    tags = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG", "B-ORG", "I-ORG"]
    assert to_iob2(tags, "iob1") == [
        "B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG", "I-ORG", "B-ORG", "I-ORG",
    ]


@pytest.mark.parametrize("scheme", ["bioes", "iobes", "bilou", "BIOES", "auto"])
def test_bioes_conversion_hand_checked(scheme):
    tags = ["S-PER", "B-LOC", "I-LOC", "E-LOC", "O", "B-ORG", "E-ORG", "S-ORG", "U-MISC", "B-PER", "L-PER"]
    assert to_iob2(tags, scheme) == [
        "B-PER", "B-LOC", "I-LOC", "I-LOC", "O", "B-ORG", "I-ORG", "B-ORG", "B-MISC", "B-PER", "I-PER",
    ]


def test_ill_formed_iob2_is_repaired_like_conlleval():
    # I-X after O or after another type starts an entity, as conlleval scores it.
    assert to_iob2(["O", "I-PER", "I-PER", "I-LOC", "B-ORG", "I-MISC"], "iob2") == [
        "O", "B-PER", "I-PER", "B-LOC", "B-ORG", "B-MISC",
    ]
    assert to_iob2(["I-PER"], "iob") == ["B-PER"]


def test_aliases():
    assert canonical_scheme("IOB") == "iob2"
    assert canonical_scheme("bio") == "iob2"
    assert canonical_scheme("bilou") == "bioes"
    with pytest.raises(TagError, match="unknown tagging scheme 'iob3'"):
        canonical_scheme("iob3")


@pytest.mark.parametrize(
    ("tags", "scheme", "index", "fragment"),
    [
        (["O", "S-PER"], "iob2", 1, "set scheme to bioes"),
        (["E-LOC"], "iob1", 0, "BIOES/BILOU"),
        (["O", "O", "X-PER"], "iob2", 2, "allowed prefixes for iob2: B, I"),
        (["B-"], "iob2", 0, "malformed tag 'B-'"),
        (["B"], "bioes", 0, "malformed tag 'B'"),
        (["PER"], "iob2", 0, "PREFIX-TYPE"),
        (["", "O"], "iob2", 0, "malformed tag ''"),
    ],
)
def test_invalid_tags_raise_located_value_error(tags, scheme, index, fragment):
    with pytest.raises(ValueError) as info:
        to_iob2(tags, scheme)
    assert isinstance(info.value, TagError)
    assert info.value.index == index
    assert fragment in str(info.value)


def test_split_tag_keeps_dashed_types():
    assert split_tag("B-geo-loc") == ("B", "geo-loc")
    assert split_tag("O") == ("O", None)


def test_map_types_renames_and_drops():
    type_map = {"person": "PER", "geo-loc": "LOC", "company": "ORG", "other": "MISC"}
    tags = ["B-person", "I-person", "O", "B-DATE", "I-DATE", "B-geo-loc", "B-company", "B-other", "B-PER"]
    assert map_types(tags, type_map, to_o=("DATE",)) == [
        "B-PER", "I-PER", "O", "O", "O", "B-LOC", "B-ORG", "B-MISC", "B-PER",
    ]


def test_map_types_never_leaves_dangling_inside_tags():
    # Two adjacent source entities merged onto one type stay two entities; a dropped one leaves no I- behind.
    assert map_types(["B-facility", "I-facility", "I-DATE"], {"facility": "LOC"}, ("DATE",)) == [
        "B-LOC", "I-LOC", "O",
    ]
    assert map_types(["O", "I-DATE", "I-PER"], {}, ("DATE",)) == ["O", "O", "B-PER"]
    assert map_types(["B-x", "B-y"], {"x": "ORG", "y": "ORG"}) == ["B-ORG", "B-ORG"]


def test_map_types_to_o_via_type_map_value():
    assert map_types(["B-DATE", "I-DATE"], {"DATE": "O"}) == ["O", "O"]


def test_unknown_types_are_all_listed_with_the_fix():
    with pytest.raises(TagError) as info:
        map_types(["O", "B-movie", "B-person", "B-facility"], {"person": "PER"})
    message = str(info.value)
    assert "'facility', 'movie'" in message
    assert "person" not in message.split("(")[0]
    assert "type_map" in message and "to_o" in message and "source config" in message
    assert info.value.index == 1
    assert unknown_types(["PER", "x", "DATE"], {}, ("DATE",)) == ["x"]


def test_normalize_tags_combines_all_steps():
    tags = ["U-person", "O", "B-geo-loc", "L-geo-loc", "S-DATE"]
    assert normalize_tags(tags, "bilou", {"person": "PER", "geo-loc": "LOC"}, ("DATE",)) == [
        "B-PER", "O", "B-LOC", "I-LOC", "O",
    ]


def test_detect_scheme():
    assert detect_scheme(["O", "I-PER", "B-PER"]) == "iob2"
    assert detect_scheme(["O", "S-PER"]) == "bioes"


_TAG = st.sampled_from(["O"] + [f"{p}-{t}" for p in "BIES" for t in ("PER", "LOC", "foo", "DATE")])


@given(st.lists(_TAG, max_size=30))
def test_normalize_always_yields_valid_iob2_labels(tags):
    out = normalize_tags(tags, "auto", {"foo": "MISC"}, ("DATE",))
    assert len(out) == len(tags)
    assert set(out) <= set(LABELS)
    for prev, cur in zip(["O", *out], out, strict=False):
        if cur.startswith("I-"):
            assert prev[2:] == cur[2:]  # every I- continues an entity of its own type
    assert normalize_tags(out, "iob2") == out  # idempotent


def test_to_o_as_a_bare_string_means_one_type():
    assert map_types(["B-DATE", "B-D"], {"D": "PER"}, to_o="DATE") == ["O", "B-PER"]


def test_map_types_requires_iob2_input():
    with pytest.raises(TagError, match="not IOB2"):
        map_types(["S-PER"], {})

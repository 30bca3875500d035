"""Lexicon lookups: division names cut longest first, None for anything else."""

from __future__ import annotations

import pytest

from extract.lexicon import region_lengths, split_regions


@pytest.mark.parametrize(
    "text,pieces",
    [
        ("上海市浦东新区", [(0, 3), (3, 7)]),
        ("浙江省杭州市", [(0, 3), (3, 6)]),
        ("杭州", [(0, 2)]),
        ("杭州湾新区", None),  # 新区 alone is no division
        ("科技局", None),
        ("上海市科技", None),
        ("", []),
    ],
)
def test_split_regions_cuts_division_names_longest_first(text, pieces):
    assert split_regions(text) == pieces


def test_region_lengths_lists_each_first_character_longest_first():
    lengths = region_lengths()["上"]
    assert list(lengths) == sorted(lengths, reverse=True)
    assert 3 in lengths  # 上海市

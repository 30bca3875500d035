"""Lexicon lookups: division names cut longest first, None for anything else."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.lexicon import LastPlaces, PhraseMatcher, Suffixes, WordPlaces, region_lengths, split_regions


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


PHRASES = ["局", "科技局", "公司", "有限公司", "有限责任公司", "研究院", "院", "高新区", "新区", "贷款", "贷"]
TEXTS = [
    "青禾县科技局联合北湖区高新区管委会,向青禾禾苗农业有限责任公司发放贷款,研究院院长出席。",
    "新区新区局局公司有限公司限公司贷贷款",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_phrase_matcher_finds_what_a_longest_first_alternation_finds(text):
    pattern = re.compile("|".join(map(re.escape, sorted(PHRASES, key=len, reverse=True))))
    expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    assert [(m.start(), m.end(), m.group()) for m in PhraseMatcher(PHRASES).finditer(text)] == expected


def test_phrase_matcher_counts_in_characters_not_bytes():
    (match,) = PhraseMatcher(["科技局"]).finditer("𫖯青禾县科技局")
    assert (match.start(), match.end()) == (4, 7)  # 𫖯 is one character, four bytes in UTF-8


def test_phrase_matcher_fullmatch_is_a_whole_phrase_only():
    matcher = PhraseMatcher(PHRASES)
    assert matcher.fullmatch("科技局").group() == "科技局"
    assert matcher.fullmatch("科技局长") is None
    assert matcher.fullmatch("") is None


@pytest.mark.parametrize(
    "text",
    ["北湖区新增企业，新增企业达到", "增加值增加了", "aaaa", "", "累计培育新增", "无关的文字"],
)
def test_last_places_are_where_rfind_finds_each_word(text):
    words = ["新增", "增加", "增加值", "累计", "aa", "a", "达到"]
    expected = {w: text.rfind(w) for w in words if text.rfind(w) != -1}
    assert LastPlaces(words).last_starts(text) == expected


def test_last_places_finds_the_empty_word_at_the_end_as_rfind_does():
    assert LastPlaces(["", "区"]).last_starts("北湖区") == {"": 3, "区": 2}


_SUFFIX_WORDS = ["比", "较", "与", "达", "达到", "累计达到", "共", "共计", "在"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="比较与达到累计共在计企业\n", max_size=12), st.data())
def test_suffixes_find_what_the_anchored_alternation_finds(text, data):
    lo = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(lo, len(text)))
    pattern = regex.compile("(?:" + "|".join(sorted(_SUFFIX_WORDS, key=len, reverse=True)) + ")$")
    found = pattern.search(text, lo, end)
    assert Suffixes(_SUFFIX_WORDS).longest_start(text, lo, end) == (found.start() if found else None)


def test_suffixes_take_the_longest_word_ending_the_stretch():
    suffixes = Suffixes(["达", "达到", "累计达到"])
    assert suffixes.longest_start("青禾县企业累计达到", 0, 9) == 5
    assert suffixes.longest_start("青禾县企业累计达到", 7, 9) == 7  # the stretch starts inside the longer word
    assert suffixes.longest_start("青禾县企业累计达到", 0, 8) == 7
    assert suffixes.longest_start("青禾县企业", 0, 5) is None


@pytest.mark.parametrize("text", TEXTS)
def test_word_places_finds_every_place_each_word_is_written(text):
    expected = sorted((m.start(), m.start() + len(w))
                      for w in set(PHRASES) for m in re.finditer(f"(?={re.escape(w)})", text))
    assert sorted(WordPlaces(PHRASES + [""]).spans(text)) == expected  # overlapping finds too (有限公司, 公司)

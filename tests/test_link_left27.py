"""Small wrong readings left by this round's review (issues 13 and 14, left27). Invented text run through the
whole pipeline, so each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records


@pytest.mark.parametrize("verb", ["增至", "升至", "降至", "减至", "扩大至", "增到", "猛增至"])
def test_a_change_verb_between_two_counts_is_no_measure(pipeline, verb):
    got = records(pipeline, f"全县众创空间由2029年的23家{verb}37家。")
    assert measure(got["23家"]) == "众创空间"
    assert measure(got["37家"]) == "众创空间"


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("青禾县返乡青年去年成立农机合作社7家。", "7家", "农机合作社"),
    ("青禾县新落地中试项目4个。", "4个", "中试项目"),
    ("北湖区规上企业营业收入合计560亿元。", "560亿元", "规上企业营业收入"),
    ("青禾县一共认定示范园区6个。", "6个", "示范园区"),
])
def test_founding_landing_and_total_words_are_no_part_of_the_measure(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


@pytest.mark.parametrize("total", ["", "共", "合计", "总计", "一共"])
def test_a_total_word_after_a_list_of_named_parks_leaves_the_count_the_reports(pipeline, total):
    # each park's name holds a city of the province; the list together is the province's
    parks = "株洲陶瓷产业园、湘潭电机产业园和衡阳纺织产业园"
    got = records(pipeline, f"湖南省新认定的特色园区中,{parks}{total}3个排名靠前。")
    assert got["3个"]["region"] == "湖南省"


@pytest.mark.parametrize("verb", ["跃升至", "扩大到", "攀升至", "升至"])
def test_the_figure_a_change_reaches_is_a_level(pipeline, verb):
    got = records(pipeline, f"全县众创空间由2029年的23家{verb}37家。")
    assert got["37家"]["aspect"] == "level"


def test_a_rate_after_a_change_verb_stays_a_change_and_the_verb_no_measure(pipeline):
    got = records(pipeline, "北湖区研发投入跃升12%。")
    assert got["12%"]["aspect"] == "change"
    assert measure(got["12%"]) == "研发投入"


@pytest.mark.parametrize("total", ["共计", "一共", "合计"])
def test_a_total_word_after_the_counted_noun_is_no_part_of_it(pipeline, total):
    got = records(pipeline, f"青禾县4所职业院校{total}获得实训补助600万元。")
    assert measure(got["4所"]) == "职业院校"

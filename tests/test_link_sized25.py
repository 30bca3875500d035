"""Amounts that size the things named right after them (issue 13, ANNOTATION "Sized amounts, round 25"):
the amount measures those things, is a class of them (`other`) where they are counted and the size of
one thing where not; a count after them keeps the clause's cue. Invented text run through the whole
pipeline, so each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records


@pytest.mark.parametrize(("text", "amount", "noun"), [
    ("北湖区打造两个3000亿元产业集群。", "3000亿元", "产业集群"),
    ("北湖区培育百亿元企业6家。", "百亿元", "企业"),
    ("北湖区新增30亿元以上企业4家。", "30亿元以上", "企业"),
    ("北湖区签约7个百亿元项目。", "百亿元", "项目"),
    ("北湖区其中40亿-60亿元项目9个。", "40亿-60亿元", "项目"),
    ("北湖区成为全省首个500亿元园区。", "500亿元", "园区"),
])
def test_a_counted_class_of_things_sized_by_an_amount_is_other_and_names_them(pipeline, text, amount, noun):
    got = records(pipeline, text)[amount]
    assert (measure(got), got["aspect"]) == (noun, "other")


def test_one_thing_sized_by_an_amount_is_its_size(pipeline):
    got = records(pipeline, "北湖区打造90亿元产业园区。")["90亿元"]
    assert (measure(got), got["aspect"]) == ("产业园区", "level")


def test_a_goal_word_after_the_sized_thing_makes_it_a_target(pipeline):
    got = records(pipeline, "北湖区冲刺765亿产业园区目标,壮大园区经济。")["765亿"]
    assert (measure(got), got["aspect"]) == ("产业园区", "target")


def test_a_level_word_between_amount_and_things_is_no_part_of_the_measure(pipeline):
    got = records(pipeline, "北湖区力争形成3000亿级新材料特色产业集群。")["3000亿"]
    assert measure(got) == "新材料特色产业集群"


@pytest.mark.parametrize(("text", "amount", "attribute"), [
    ("北湖区营业收入超亿元企业88家。", "超亿元", "营业收入"),
    ("北湖区还有25家营收上十亿元企业。", "十亿元", "营收"),
    ("北湖区再添一家百亿元营收企业。", "百亿元", "营收"),
])
def test_an_attribute_named_with_the_amount_is_its_measure_and_the_class_stays_other(pipeline, text, amount,
                                                                                      attribute):
    got = records(pipeline, text)[amount]
    assert (measure(got), got["aspect"]) == (attribute, "other")


@pytest.mark.parametrize(("text", "count"), [("2031年北湖区新增30亿元以上企业4家。", "4家"),
                                             ("2031年北湖区新增营收过五十亿元企业5家。", "5家"),
                                             ("2031年北湖区新增工业50亿以上企业12家。", "12家")])
def test_the_count_after_a_sized_class_keeps_the_clause_cue(pipeline, text, count):
    got = records(pipeline, text)[count]
    assert (measure(got), got["aspect"]) == ("企业", "new")


def test_a_sized_class_carries_no_measure_to_the_next_clause(pipeline):
    got = records(pipeline, "北湖区经济总量跨越两个千亿元台阶,已达2100亿元,增长9.4%。")
    assert measure(got["千亿元"]) == "台阶" and got["千亿元"]["aspect"] == "other"
    assert measure(got["2100亿元"]) == measure(got["9.4%"]) == "经济总量"


def test_an_amount_linked_by_de_to_counted_things_is_no_class_without_a_bound(pipeline):
    got = records(pipeline, "北湖区新材料等16个总投资75亿元的项目正式开工。")["75亿元"]
    assert got["aspect"] == "level"


@pytest.mark.parametrize(("text", "amount"), [("北湖区新增50亿以上企业3家。", "50亿以上"),
                                              ("北湖区打造60亿产业园区。", "60亿"),
                                              ("全年成交3000万以上的大额技术合同45项。", "3000万以上")])
def test_a_bare_amount_sizing_things_is_money(pipeline, text, amount):
    got = records(pipeline, text)[amount]
    assert (got["unit"], got["value"] > 1e6) == ("元", True)


@pytest.mark.parametrize("text", ["北湖区惠及3万企业。", "北湖区是人口900万的城市。", "北湖区打造百亿级产业集群。"])
def test_no_amount_where_nothing_sizes_the_things(pipeline, text):
    assert not [r for r in records(pipeline, text).values() if r["unit"] == "元"]

"""Record fields on classes two blind annotators agreed the linker got wrong (issue 13, round 12):
invented text run through the whole pipeline, so each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records


@pytest.mark.parametrize(("spender", "thing"), [("研发经费投入", "行业门类"), ("研发投入", "企业"),
                                                ("科技经费支出", "县")])
def test_an_amount_sorting_things_measures_the_input_named_before_it(pipeline, spender, thing):
    got = records(pipeline, f"2030年,北湖区规模以上工业企业中,{spender}超过5亿元的{thing}共6个。")
    assert measure(got["超过5亿元"]) == spender


def test_an_amount_linked_to_a_thing_without_a_size_word_still_measures_the_thing(pipeline):
    got = records(pipeline, "2030年,北湖区建成总投资5亿元的产业园3个,引进注册资本过亿元的企业2家。")
    assert measure(got["5亿元"]) == "总投资"


@pytest.mark.parametrize(("verb", "noun"), [("开发新产品", "新产品"), ("新开发", "试剂"), ("遴选出", "重点项目"),
                                            ("遴选", "重点项目"), ("入选", "国家级人才"), ("发布了", "成果")])
def test_things_developed_selected_or_released_are_new(pipeline, verb, noun):
    got = records(pipeline, f"2030年,北湖区企业{verb}{noun}42项。")
    assert got["42项"]["aspect"] == "new", verb
    assert measure(got["42项"]).endswith(noun) and verb not in measure(got["42项"]), verb


@pytest.mark.parametrize("text", ["2030年,北湖区开发区企业达到42项。", "北湖区地产开发项目42项。",
                                  "2030年,北湖区发布名单,列出企业42项。"])
def test_a_bare_develop_or_publish_word_gives_no_new(pipeline, text):
    assert records(pipeline, text)["42项"]["aspect"] != "new", text


@pytest.mark.parametrize("verb", ["已超过", "超过", "达到"])
def test_a_date_before_a_multiple_after_exceeding_is_a_base(pipeline, verb):
    got = records(pipeline, f"2030年,北湖区技术合同成交额{verb}2026年的6倍。")
    assert got["6倍"]["time"]["end"] == "2030-12-31", verb

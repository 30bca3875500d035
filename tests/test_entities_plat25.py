"""PLATFORM and LOAN classes counted on a blind annotation of 40 unlabelled articles (issue 14,
plat25; corpus/ANNOTATION.md "Platforms and loans, plat25"), each as a class of text in
invented names."""

from __future__ import annotations

import pytest
from conftest import entity_pairs as found
from conftest import platform_subtypes as subtypes


@pytest.mark.parametrize("name", ["青禾协同创新区", "北湖中央创新区", "澄川未来创新区"])
def test_an_innovation_district_with_a_proper_word_is_a_park(name):
    assert subtypes(f"高标准建设{name},引进企业。") == [(name, "park")]


@pytest.mark.parametrize("text", ["拟规划科技创新区一处。", "打造区域协同创新区。"])
def test_an_innovation_district_of_generic_words_is_a_kind(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize(
    ("zone", "section"),
    [("株洲科学城", "首开区"), ("北湖高新区", "起步区"), ("青禾经开区", "核心区"), ("科学城", "首开区")],
)
def test_a_section_right_after_its_zone_is_one_park(zone, section):
    assert subtypes(f"{zone}{section}签约项目增至17个。") == [(zone + section, "park")]


@pytest.mark.parametrize(
    "text",
    [
        "推进核心区更新改造。",
        "青禾是澄川医药基地的核心区。",
        "省级开发区核心区加快建设。",
        "全省各开发区起步区面积扩大。",
    ],
)
def test_a_section_not_right_after_one_zone_is_none(text):
    # (a base named by a word the dictionary lacks, 澄川医药基地, is one base since brand26: the
    # section after it is what stays none)
    assert [name for _, name in found(text, "PLATFORM") if name.endswith(("核心区", "起步区"))] == []
    assert found(text, "PLATFORM") in ([], [("PLATFORM", "澄川医药基地")])


@pytest.mark.parametrize(
    ("name", "subtype"),
    [
        ("青禾无人机飞行试验场", "rnd"),
        ("北湖汽车试验场", "rnd"),
        ("澄川车联网测试实验场", "rnd"),
        ("株洲高亮度光源", "other"),
        ("北湖深海压力实验设施", "other"),
        ("紧凑型风洞实验装置", "other"),
    ],
)
def test_test_fields_and_named_research_facilities_are_platforms(name, subtype):
    assert subtypes(f"推进{name}建设,年内投用。") == [(name, subtype)]


@pytest.mark.parametrize("text", ["推广节能光源,更换照明设备。", "采购三色光源两套。"])
def test_a_light_source_without_a_place_or_owner_is_a_product(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize(
    "text", ["青禾县是数字经济实验场。", "打造人工智能应用试验场。", "建设智能网联汽车试验场。"],
)
def test_a_testing_ground_without_a_place_or_proper_word_is_a_role_or_a_kind(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize("tag", ["5G", "3D", "6G", "2"])
@pytest.mark.parametrize("head", ["实验场", "实验室", "研究院"])
def test_a_name_read_only_after_a_tag_of_digits_is_cut_and_dropped(tag, head):
    assert found(f"拓川{tag}车联网{head}投入使用。", "PLATFORM") == []


def test_a_tag_of_letters_alone_does_not_cut_a_name():
    assert subtypes("澄川AR智谷投入使用。") == [("澄川AR智谷", "park")]


@pytest.mark.parametrize(
    "text",
    [
        "推荐企业申报科技创新贷款项目入库。",
        "建设科技创新贷款库。",
        "科技创新和技术改造贷款稳步增长。",
        "发放技术改造贷款12亿元。",
    ],
)
def test_loans_a_policy_tool_counts_by_purpose_are_no_loan(text):
    assert found(text, "LOAN") == []


@pytest.mark.parametrize(
    "loan", ["科技创新再贷款", "普惠养老再贷款", "知识产权质押贷款", "科技创新信用贷款"],
)
def test_the_tool_itself_and_kinds_by_terms_stay_loans(loan):
    assert found(f"用好{loan},支持企业发展。", "LOAN") == [("LOAN", loan)]


def test_a_loan_after_a_zone_section_keeps_its_own_name():
    assert found("设立北湖起步区知识产权质押贷款贴息资金。", "LOAN") == [("LOAN", "知识产权质押贷款")]


@pytest.mark.parametrize(
    "loan", ["应收账款质押贷款", "无抵押信用贷款", "免担保信用贷款", "仓单质押贷款"],
)
def test_the_words_that_say_what_secures_a_loan_stay_in_its_name(loan):
    assert found(f"青禾银行推广{loan},支持企业发展。", "LOAN") == [("LOAN", loan)]


@pytest.mark.parametrize("name", ["株洲农业科技园区", "株洲国家农业科技园区", "青禾县脐橙农业科技示范园区"])
def test_science_and_demonstration_parks_written_with_yuanqu_are_parks(name):
    assert subtypes(f"{name}通过验收。") == [(name, "park")]


@pytest.mark.parametrize(
    "text", ["拟新增市级农业科技园区6个。", "金融助力科技园区建设。"],
)
def test_counted_or_generic_science_parks_are_none(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize(
    "text", ["把青禾逐步打造为全球领先科技园区。", "建成国内一流创新中心。", "打造国际一流研发中心。"],
)
def test_a_name_opening_on_a_goal_word_without_de_is_a_goal(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize(
    "text",
    [
        "据统计,湖南省农业科技示范园区吸纳企业300家。",
        "修订《湖南省科技企业孵化器认定办法》。",
        "湖南省众创空间运营良好。",
    ],
)
def test_a_programme_kind_after_a_province_alone_is_its_category(text):
    assert found(text, "PLATFORM") == []


@pytest.mark.parametrize(
    "name", ["株洲农业科技园区", "重庆市农业科技园区", "湖南省株洲市科技企业孵化器", "湖南省青禾孵化器"],
)
def test_a_programme_kind_after_a_city_a_municipality_or_a_proper_word_is_one(name):
    assert found(f"{name}开园。", "PLATFORM") == [("PLATFORM", name)]

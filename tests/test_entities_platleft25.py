"""Entity classes the plat25 round noticed and left (issue 14, platleft25; corpus/ANNOTATION.md
"Platforms left by plat25"), each as a class of text in invented names."""

from __future__ import annotations

import pytest
from conftest import entity_pairs as found
from conftest import platform_subtypes as subtypes

# 1. a kind of technology before a bare 平台 names a kind of system, not one platform


@pytest.mark.parametrize("kind", ["区块链", "大数据", "人工智能", "工业互联网", "物联网", "算力", "海工"])
def test_a_kind_of_technology_before_a_bare_platform_is_no_name(kind):
    assert found(f"推动建设{kind}平台,服务企业。", "PLATFORM") == []


@pytest.mark.parametrize("name", ["株洲大数据平台", "澄川区块链平台", "拓川集团人工智能平台"])
def test_a_place_or_an_owner_before_a_technology_platform_names_one(name):
    assert found(f"{name}上线运行,服务企业。", "PLATFORM") == [("PLATFORM", name)]


def test_a_lab_named_by_technology_words_keeps_its_name():
    name = "公共区块链全国重点实验室"
    assert found(f"{name}通过验收。", "PLATFORM") == [("PLATFORM", name)]


# 2. a head written in a longer form of itself ends the name after the whole word


@pytest.mark.parametrize(
    ("name", "subtype"),
    [
        ("澄山科创园区", "park"),
        ("北湖国际科创园区", "park"),
        ("拓川软件园区", "park"),
        ("青禾县澄川创新园区", "park"),
        ("株洲储能基地群", "other"),
    ],
)
def test_a_longer_form_of_a_head_is_one_name(name, subtype):
    assert subtypes(f"{name}新增企业12家。") == [(name, subtype)]


@pytest.mark.parametrize("text", ["高水平建设智能制造协同创新园区。", "依托科创园区和政策资源服务企业。"])
def test_a_longer_form_of_generic_words_is_a_kind(text):
    assert found(text, "PLATFORM") == []


def test_a_longer_word_that_runs_on_is_not_taken_in():
    assert subtypes("澄山科创园区域内企业增多。") == [("澄山科创园", "park")]


# 5. a university or an academy ends a name before a firm's


@pytest.mark.parametrize("body", ["青禾大学", "北湖理工学院", "澄川科学院", "拓川材料研究所"])
def test_a_university_before_a_firm_is_a_body_of_its_own(body):
    assert found(f"{body}北湖集团签约合作。", "COMPANY", "INSTITUTION") == [
        ("INSTITUTION", body),
        ("COMPANY", "北湖集团"),
    ]


def test_a_universitys_holding_firm_named_by_trade_words_is_one_firm():
    name = "澄川大学控股集团有限公司"
    assert found(f"{name}参与投资。", "COMPANY", "INSTITUTION") == [("COMPANY", name)]


# 6. spans cut or run over: a leading 全国 of a centre named by the region it serves, a bracket gloss


@pytest.mark.parametrize("seat", ["西部", "东北", "华南"])
def test_a_national_centre_named_by_the_region_it_serves_keeps_its_quanguo(seat):
    name = f"全国青禾成果{seat}转化中心"
    assert found(f"{name}揭牌运行。", "PLATFORM") == [("PLATFORM", name)]


def test_a_bare_kind_after_quanguo_stays_no_name():
    assert found("全国技术转移中心数量增加。", "PLATFORM") == []


def test_a_kind_after_a_listed_zones_gloss_is_shared_by_the_list():
    text = "打造澄川高新区、经开区(青禾区)、高新区(北湖区)氢能产业园区,推动发展。"
    assert found(text, "PLATFORM") == [("PLATFORM", "澄川高新区"), ("PLATFORM", "经开区"), ("PLATFORM", "高新区")]


def test_a_bare_platform_after_a_centres_gloss_is_said_of_the_centre():
    assert found("国家青禾技术创新中心(株洲)平台正式挂牌。", "PLATFORM") == [("PLATFORM", "国家青禾技术创新中心")]


def test_a_section_after_a_zones_gloss_outside_a_list_stays_one_name():
    name = "澄川高新区(北湖区)澄山园区"
    assert found(f"推进{name}建设。", "PLATFORM") == [("PLATFORM", name)]


# 3. a name never starts across a verb of making and its 成, however the segmenter cuts them


@pytest.mark.parametrize("verb", ["打造成", "塑造成", "建设成", "发展成"])
def test_a_place_made_into_a_zone_is_a_role_not_a_name_running_over_the_verb(verb):
    assert found(f"把北湖{verb}科技创新示范区。", "PLATFORM") == []


@pytest.mark.parametrize("verb", ["升级成", "培育成", "改建成"])
def test_a_zone_named_after_a_verb_of_making_starts_after_it(verb):
    assert found(f"北湖区{verb}拓川科技城。", "PLATFORM") == [("PLATFORM", "拓川科技城")]


def test_a_name_opening_on_cheng_keeps_it():
    assert found("多亏成禾技术创新中心帮忙。", "PLATFORM") == [("PLATFORM", "成禾技术创新中心")]


# 6. two places joined by 与/和 before a zone named for their developing as one


@pytest.mark.parametrize("joint", ["一体化", "协同", "融合"])
def test_a_zone_two_places_develop_as_one_is_one_name_from_the_first(joint):
    name = f"株洲市与北湖三县{joint}发展示范区"
    assert found(f"{name}加快建设。", "PLATFORM", "REGION") == [("PLATFORM", name)]


def test_a_place_and_a_zone_joined_by_yu_without_a_joint_word_are_two():
    assert found("株洲市与青禾高新区签约。", "PLATFORM", "REGION") == [
        ("REGION", "株洲市"),
        ("PLATFORM", "青禾高新区"),
    ]


@pytest.mark.parametrize("alias", ["澄川化工片区", "拓川片区", "青禾县北湖园区"])
def test_a_section_named_in_a_bracket_after_a_zone_is_its_other_name(alias):
    assert found(f"青禾经济开发区({alias})获批扩区。", "PLATFORM") == [
        ("PLATFORM", "青禾经济开发区"),
        ("PLATFORM", alias),
    ]


def test_a_generic_section_in_a_bracket_after_a_zone_is_none():
    assert found("北湖高新区(各片区)加快建设。", "PLATFORM") == [("PLATFORM", "北湖高新区")]

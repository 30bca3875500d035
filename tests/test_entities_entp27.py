"""Platform classes found by the entp27 blind annotation of 40 fresh unlabelled articles (issue 14;
corpus/ANNOTATION.md "Platforms and loans on fresh articles, entp27"), each as a class of text in
invented names."""

from __future__ import annotations

import pytest
from conftest import entity_pairs as found
from conftest import platform_subtypes as subtypes

# 1. an industrial design centre is a platform head; a rank or a place alone makes it a category


@pytest.mark.parametrize("name", ["中德青禾工业设计中心", "澄峰集团工业设计中心", "拓川电器工业设计中心"])
def test_an_industrial_design_centre_named_by_its_owner_or_partners_is_a_platform(name):
    assert subtypes(f"项目落户,{name}正式揭牌。") == [(name, "rnd")]


@pytest.mark.parametrize(
    "text", ["全省新增省级工业设计中心5家。", "今年获评国家级工业设计中心3家。", "北湖区工业设计中心达到12家。"]
)
def test_an_industrial_design_centre_by_rank_or_place_alone_is_a_category(text):
    assert found(text, "PLATFORM") == []


# 2. a field ending in 育种 (tagged a verb) opens a lab's name before its proper word


@pytest.mark.parametrize("name", ["生物育种澄峰实验室", "作物育种青禾研究院", "水稻育种拓川实验室"])
def test_a_breeding_field_before_a_labs_proper_word_is_part_of_its_name(name):
    assert found(f"{name}发布了三项成果。", "PLATFORM") == [("PLATFORM", name)]


def test_a_governing_verb_before_a_lab_still_ends_its_name():
    assert found("省里支持澄峰实验室建设。", "PLATFORM") == [("PLATFORM", "澄峰实验室")]


# 3. a quoted name before words describing a platform is the platform; the description is no name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("园区利用“青禾链”产业金融对接平台对接企业。", "青禾链"),
        ("依托“澄川科创”综合服务平台发布需求。", "澄川科创"),
        ("上线“北湖易融”网上服务平台。", "北湖易融"),
    ],
)
def test_a_quoted_name_before_a_platforms_description_is_the_platform(text, name):
    assert subtypes(text) == [(name, "service")]


@pytest.mark.parametrize("text", ["推进“两个二”协同发展平台建设。", "建成国家级“双创”服务平台。"])
def test_a_quoted_slogan_or_category_before_a_platform_names_none(text):
    assert found(text, "PLATFORM") == []


def test_only_a_platform_head_makes_the_quoted_name_a_service_platform():
    # a park head after the quotes is left to the head rules (whatever they find, no service platform)
    assert ("澄山", "service") not in subtypes("“澄山”科技园开园。")

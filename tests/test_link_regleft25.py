"""Record region, classes left by round 25 (issue 13, regleft25): a place as the location of an earlier
clause's work, and a venue elsewhere after a subject; invented text run through the whole pipeline, so
each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import records

_LEAD = "2031年,丽水市新增高新技术企业120家,全市研发投入增长12%。"


@pytest.mark.parametrize("clause", ["某农学院派出团队在莲都区实施了《某菌种示范》项目",
                                    "某研究院组织专家在莲都区开展培训",
                                    "青禾市科技局组织某大学在缙云县建设试验基地"])
def test_a_place_after_zai_in_an_earlier_clause_opened_by_a_body_scopes_the_later_one(pipeline, clause):
    got = records(pipeline, _LEAD + clause + ",争取资金350万元。")
    place = "缙云县" if "缙云县" in clause else "莲都区"
    assert got["350万元"]["region"] == place
    assert got["120家"]["region"] == got["12%"]["region"] == "丽水市"


@pytest.mark.parametrize("subject", ["我市", "丽水市", "全市"])
def test_a_place_elsewhere_after_zai_and_a_subject_is_a_venue(pipeline, subject):
    got = records(pipeline, _LEAD + subject + "在杭州举办推介会,签约总金额12亿元。")
    assert got["12亿元"]["region"] == "丽水市"


def test_a_place_inside_the_home_after_a_subject_still_scopes_the_later_clause(pipeline):
    got = records(pipeline, _LEAD + "丽水市在莲都区召开现场会,签约项目12个。")
    assert got["12个"]["region"] == "莲都区"  # (a place of the city's own: unchanged by the venue rule)


def test_a_place_after_zai_in_the_same_clause_is_the_facts_as_before(pipeline):
    got = records(pipeline, _LEAD + "某农学院在莲都区实施项目8个。")
    assert got["8个"]["region"] == "莲都区"


@pytest.mark.parametrize("fact", ["丽水市研发经费投入强度为2.6%", "2031年,丽水市新材料产值占全部工业的比重为2.6%"])
def test_a_city_heading_its_fact_beats_a_district_named_once_after_a_verb(pipeline, fact):
    got = records(pipeline, fact + "。某公司落户莲都区,总投资5亿元。")
    assert got["2.6%"]["region"] == "丽水市"
    assert got["5亿元"]["region"] == "莲都区"  # (the company's place, SPEC 6)


def test_a_district_heading_its_own_fact_keeps_the_tie_to_the_district(pipeline):
    got = records(pipeline, "2031年,莲都区研发经费投入强度为2.6%。某公司与丽水市某大学合作,总投资5亿元。")
    assert got["2.6%"]["region"] == got["5亿元"]["region"] == "莲都区"


_PROVINCE = "2031年,浙江省新开工重大项目120个,全省重大项目完成投资增长9%。"


@pytest.mark.parametrize("dash", ["——", "—"])
def test_a_project_named_again_after_a_dash_sits_where_the_second_name_places_it(pipeline, dash):
    got = records(pipeline, _PROVINCE + f"总投资约9亿元的青禾新城首开项目{dash}丽水体育公园项目占地约300亩。")
    assert got["约9亿元"]["region"] == "丽水市"
    assert got["120个"]["region"] == "浙江省"


def test_a_project_without_a_place_or_a_dash_stays_with_the_section(pipeline):
    got = records(pipeline, _PROVINCE + "总投资约9亿元的青禾新城首开项目规划用地约300亩。")
    assert got["约9亿元"]["region"] == "浙江省"


@pytest.mark.parametrize("verb", ["支持", "帮扶", "资助"])
def test_money_given_to_one_place_named_after_it_is_that_places(pipeline, verb):
    got = records(pipeline, _LEAD + f"某协作办50万元科技资金{verb}莲都区建设示范园。")
    assert got["50万元"]["region"] == "莲都区"


def test_money_given_to_a_list_of_places_stays_with_the_section(pipeline):
    got = records(pipeline, _LEAD + "某基金会30万元资金支持莲都区、缙云县开展培训。")
    assert got["30万元"]["region"] == "丽水市"

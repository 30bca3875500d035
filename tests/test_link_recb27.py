"""Record measure and aspect on unseen text (issue 13, recb27): classes found by a blind annotation of
32 unlabelled articles outside the earlier pools. Invented text run through the whole pipeline, so each
test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("青禾县今年新培育8家技术强、口碑好的服务机构。", "8家", "服务机构"),
    ("北湖区茶园出产20多款香气足、回甘快的名优茶。", "20多款", "名优茶"),
    ("澄川县培育了15家规模大、带动性强的龙头企业。", "15家", "龙头企业"),
])
def test_a_list_of_qualities_after_a_count_gives_way_to_the_noun_after_its_de(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("会上6家银行、担保机构的负责人作了发言。", "6家", "银行"),  # items are nouns: the count is of the bodies
    ("近900户科技型企业参与了青禾县的产业联盟。", "近900户", "科技型企业"),  # a sentence, no list of qualities
    ("会上5家高新技术企业、高成长企业的负责人作了发言。", "5家", "高新技术企业"),  # kinds of firm, opening on 高
    ("北湖区推广30项新技术、新产品的应用。", "30项", "新技术"),  # 新 opens things, no quality
])
def test_a_count_before_nouns_or_a_verb_keeps_its_own_noun(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


@pytest.mark.parametrize(("text", "number"), [
    ("北湖区对技改项目按设备投资额的8%给予奖励。", "8%"),
    ("青禾县按房租总额的30%予以返还。", "30%"),
    ("北湖区对获评企业按照20%、10%两档予以奖励。", "20%"),
    ("澄川县对入驻团队最高补贴15万元。", "15万元"),
    ("北湖区对新建平台最高资助80万元。", "80万元"),
])
def test_a_rate_or_cap_a_rule_grants_by_is_other(pipeline, text, number):
    assert records(pipeline, text)[number]["aspect"] == "other"


def test_a_count_of_the_firms_a_rule_grants_to_is_no_rule(pipeline):
    # the rule's lead and its grant stand around a count: the firms given it are a fact, not a rate
    assert records(pipeline, "北湖区按照相关政策对12家企业给予奖励。")["12家"]["aspect"] != "other"


def test_a_statistic_computed_by_a_method_is_no_rule(pipeline):
    got = records(pipeline, "北湖区农业产值按当年价格计算增长8.5%。")
    assert got["8.5%"]["aspect"] == "change"


@pytest.mark.parametrize(("text", "count"), [
    ("北湖区科技局与3家高校签订共建协议。", "3家"),
    ("青禾县人社局与7家律所签署服务协议,共同服务园区企业。", "7家"),
])
def test_the_counted_parties_of_an_agreement_signed_are_a_procedure(pipeline, text, count):
    assert records(pipeline, text)[count]["aspect"] == "other"


def test_a_count_of_contracts_after_the_signing_verb_stays_a_level(pipeline):
    assert records(pipeline, "2030年,北湖区签订技术合同320项。")["320项"]["aspect"] == "level"


@pytest.mark.parametrize(("text", "amount", "noun"), [
    ("北湖农商行设立总规模5亿元的科创专项额度。", "5亿元", "科创专项额度"),  # a credit line is money
    ("北湖区12家上市公司合计860亿元总市值居全省第三。", "860亿元", "总市值"),  # what shares are worth
])
def test_a_credit_line_or_a_market_value_after_an_amount_names_it(pipeline, text, amount, noun):
    assert measure(records(pipeline, text)[amount]) == noun


def test_a_cap_on_the_rate_of_a_grant_is_other_but_a_standing_is_not(pipeline):
    assert records(pipeline, "北湖区给予孵化团队最高40%的房租补贴。")["40%"]["aspect"] == "other"
    assert records(pipeline, "北湖区研发费用增速最高为18.5%。")["18.5%"]["aspect"] != "other"

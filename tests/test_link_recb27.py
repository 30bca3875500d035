"""Record measure and aspect on unseen text (issue 13, recb27): classes found by a blind annotation of
32 unlabelled articles outside the earlier pools. Invented text run through the whole pipeline, so each
test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("青禾县今年将建设8个以上产能大、效益好的示范项目。", "8个以上", "示范项目"),
    ("北湖区拥有40余种高品质、独具风味的北湖特产。", "40余种", "北湖特产"),
    ("澄川县培育了15家规模大、带动性强的龙头企业。", "15家", "龙头企业"),
])
def test_a_list_of_qualities_after_a_count_gives_way_to_the_noun_after_its_de(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("会上6家银行、担保机构的负责人作了发言。", "6家", "银行"),  # items are nouns: the count is of the bodies
    ("近900户科技型企业构筑了青禾特色的创新网络。", "近900户", "科技型企业"),  # a sentence, no list of qualities
])
def test_a_count_before_nouns_or_a_verb_keeps_its_own_noun(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


@pytest.mark.parametrize(("text", "number"), [
    ("对北湖区科技型企业的贷款,按年化不超过2%的标准给予贴息。", "不超过2%"),
    ("青禾县按当期所付利息的50%给予一次性补助。", "50%"),
    ("损失由县财政、合作银行按照40%、60%的比例予以补偿。", "60%"),
    ("澄川县对认定的企业单户最高贴息30万元。", "30万元"),
    ("北湖区对新建平台最高资助80万元。", "80万元"),
])
def test_a_rate_or_cap_a_rule_grants_by_is_other(pipeline, text, number):
    assert records(pipeline, text)[number]["aspect"] == "other"


def test_a_statistic_computed_by_a_method_is_no_rule(pipeline):
    got = records(pipeline, "北湖区农业产值按当年价格计算增长8.5%。")
    assert got["8.5%"]["aspect"] == "change"


@pytest.mark.parametrize(("text", "count"), [
    ("北湖区科技局与6家银行签订合作协议。", "6家"),
    ("青禾县科技局与9家保险机构签署框架协议,共同支持科技型企业。", "9家"),
])
def test_the_counted_parties_of_an_agreement_signed_are_a_procedure(pipeline, text, count):
    assert records(pipeline, text)[count]["aspect"] == "other"


def test_a_count_of_contracts_after_the_signing_verb_stays_a_level(pipeline):
    assert records(pipeline, "2030年,北湖区签订技术合同320项。")["320项"]["aspect"] == "level"


@pytest.mark.parametrize(("text", "amount", "noun"), [
    ("青禾省安排总规模80亿元的再贷款专项额度。", "80亿元", "再贷款专项额度"),  # a credit line is money
    ("澄川板上市公司2400亿元总市值中,北湖企业占一成。", "2400亿元", "总市值"),  # what shares are worth
])
def test_a_credit_line_or_a_market_value_after_an_amount_names_it(pipeline, text, amount, noun):
    assert measure(records(pipeline, text)[amount]) == noun


def test_a_cap_on_the_rate_of_a_grant_is_other_but_a_standing_is_not(pipeline):
    assert records(pipeline, "青禾县对质押融资企业实施最高25%的研发补助。")["25%"]["aspect"] == "other"
    assert records(pipeline, "北湖区研发费用增速最高为18.5%。")["18.5%"]["aspect"] != "other"

"""Record measure and region in articles about several places (issue 13, round mreg25): classes the
blind annotation of 35 unlabelled articles found wrong, on invented text run through the whole
pipeline, so each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records

_RANKED = "2031年,全市研发经费居前三位的区分别为北湖区、南湖区和东湖区,分别为12亿元、9亿元和6亿元,"


@pytest.mark.parametrize(("share", "named"), [("分别占全市总量24.6%、17.3%和11.8%", "占全市总量"),
                                              ("分别占到全市总量的24.6%、17.3%和11.8%", "占到全市总量"),
                                              ("分别占全市的24.6%、17.3%和11.8%", "占全市")])
def test_a_share_after_respectively_names_its_own_measure_and_pairs_the_places(pipeline, share, named):
    got = records(pipeline, _RANKED + share + "。")
    assert [measure(got[n]) for n in ("24.6%", "17.3%", "11.8%")] == [named] * 3
    assert [got[n]["region"] for n in ("24.6%", "17.3%", "11.8%")] == ["北湖区", "南湖区", "东湖区"]
    assert measure(got["12亿元"]) == "研发经费"  # the amounts keep what the ranking counts


def test_a_subject_before_respectively_and_share_stays_in_the_share(pipeline):
    got = records(pipeline, "2031年北湖区实现生产总值820亿元,经济规模分别占到全省的9.6%和全市的21.4%。")
    assert measure(got["9.6%"]).startswith("经济规模") and "占" in measure(got["9.6%"])
    assert measure(got["21.4%"]) == measure(got["9.6%"])


def test_a_share_heading_a_respectively_clause_still_names_its_numbers(pipeline):
    got = records(pipeline, "北湖区高新技术企业和科技型企业的营业收入占全区营收的比重分别为46.1%、38.2%。")
    assert measure(got["46.1%"]) == measure(got["38.2%"]) == "营业收入占全区营收的比重"

"""Record time on unseen text (issue 13, time27): classes found by a blind annotation of DATE mentions
and record times on 32 unlabelled articles. Invented text run through the whole pipeline (reference
date PROBE_DAY, 2031-09-01), so each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import records


def _end(record: dict) -> str | None:
    return record["time"]["end"] if record["time"] else None


@pytest.mark.parametrize(("text", "stock", "stock_end", "average"), [
    ("截至2030年6月末,青禾县众创空间共有18家,每月举办路演活动6场。", "18家", "2030-06-30", "6场"),
    ("截至6月末,青禾县在库科技型企业530家,历年平均每年增长18%。", "530家", "2031-06-30", "18%"),
    ("目前,北湖区众创空间共有26家,每年服务创业团队300个。", "26家", "2031-09-01", "300个"),
])
def test_an_average_in_a_later_clause_takes_no_day_or_month_a_stock_is_counted_at(pipeline, text, stock,
                                                                                   stock_end, average):
    got = records(pipeline, text)
    assert _end(got[stock]) == stock_end
    assert got[average]["time"] is None


@pytest.mark.parametrize(("text", "average", "end"), [
    ("近五年来,北湖区孵化器在孵企业年均增长9%。", "9%", "2031-09-01"),
    ("2027年至2029年,青禾县财政投入科研年均递增9.5%。", "9.5%", "2029-12-31"),
    ("力争到2035年,青禾县规上工业产值年均增长8%。", "8%", "2035-12-31"),
])
def test_a_period_of_years_before_an_average_is_still_its_period(pipeline, text, average, end):
    assert _end(records(pipeline, text)[average]) == end


def test_the_leads_year_is_not_carried_back_to_a_lead_box_above_its_first_date(pipeline):
    got = records(pipeline, "北湖区孵化器增至23家,专利授权量超过1500件……日前,记者从北湖区科技局获悉,"
                            "2030年,全区新认定研发平台14个。\n全区新增孵化器3家。")
    assert got["23家"]["time"] is None and got["超过1500件"]["time"] is None
    assert _end(got["14个"]) == "2030-12-31"
    assert _end(got["3家"]) == "2030-12-31"  # the report's year still reaches the paragraphs after the lead


def test_the_leads_year_is_not_carried_back_to_a_headline_line_above_the_lead(pipeline):
    got = records(pipeline, "青禾县孵化载体突破60家\n记者从青禾县两会上获悉,2030年,青禾县新增科技型企业120家。")
    assert got["60家"]["time"] is None
    assert _end(got["120家"]) == "2030-12-31"


def test_a_headline_naming_the_year_still_dates_the_figures_before_the_first_date(pipeline):
    # a title names the year in view above everything: its period reaches from the text's start
    got = records(pipeline, "青禾县2030年创新工作回顾\n全县新增研发平台14个,科技型企业达到980家。")
    assert _end(got["14个"]) == "2030-12-31"


@pytest.mark.parametrize(("text", "later"), [
    ("2030年,北湖区各项指标稳步提升。科技型企业由2027年的160家增加到410家。", "410家"),
    ("2030年,北湖区各项指标稳步提升。研发经费从2026年的3.2亿元提高到7.5亿元,占全市31%。", "31%"),
])
def test_a_date_describing_one_number_does_not_keep_the_paragraphs_date_from_later_ones(pipeline, text, later):
    assert _end(records(pipeline, text)[later]) == "2030-12-31"


def test_a_date_describing_the_number_itself_still_dates_it(pipeline):
    got = records(pipeline, "2030年,北湖区各项指标稳步提升。研发投入强度由2027年的2.1%提高到3.4%。")
    assert _end(got["2.1%"]) == "2027-12-31"


def test_a_ranges_end_describing_its_number_still_keeps_the_paragraphs_date_off_later_ones(pipeline):
    # 到2029年的140家 dates its own number; the change after it takes neither that year nor the
    # paragraph's (ANNOTATION time27: null, as the team read it before)
    got = records(pipeline, "2030年,北湖区各项指标稳步提升。孵化企业从2027年的96家增加到2029年的140家,增长近五成。")
    assert _end(got["140家"]) == "2029-12-31"
    assert got["近五成"]["time"] is None

"""Reference dates inferred from the text, classes left by round 25 (issue 16, refdate26): cues a
blind reading of the unlabelled misses found missed or wrongly winning, tested on invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.ref_date import infer_ref_date_with_cue


def inferred(text: str) -> tuple[dt.date, str]:
    found = infer_ref_date_with_cue(text)
    assert found is not None
    return found


@pytest.mark.parametrize(
    "text",
    [
        # an anonymous firm's story heading its clause
        "北湖银行推出“青禾贷”。2031年，澄川某制造企业正值扩产关键阶段，北湖银行为其发放贷款400万元。",
        # a firm's name ending right before the year
        "北湖药业有限公司2031年被认定为专精特新企业，青禾银行为其发放贷款870万元。",
        # a firm's name right after the year, no comma
        "2031年青禾药业决定在北湖区建设新厂，青禾银行为其授信500万元。",
        # a firm referred back to
        "澄川公司是省级专精特新企业。2031年，该公司订单量大幅增加，急需流动资金。",
    ],
)
def test_a_year_told_of_one_firm_is_no_report_on_it(text):
    # the story happened in 2031: the text is written in it or after, no report on the year over
    assert inferred(text) == (dt.date(2031, 7, 1), "latest year written 2031, mid-year")


@pytest.mark.parametrize(
    "text",
    [
        # 某些 is "some", no one firm
        "2031年，北湖区新增科技型企业40家，某些企业获得贷款。",
        # several firms listed before 等企业, and the county's own whole-year figure
        "青禾科技股份有限公司等企业于2031年上市。2031年，全县新增企业40家。",
        # a bank's year figure is the bank's report on its year
        "2031年，青禾银行北湖分行发放科技贷款12亿元。",
    ],
)
def test_a_year_of_a_place_or_several_firms_stays_a_report_on_it(text):
    assert inferred(text) == (dt.date(2032, 2, 15), "report on the completed year 2031")


def test_a_firms_year_leaves_the_completed_year_before_in_view():
    text = "2030年，全县新增企业40家。2031年，该公司订单量大幅增加。"
    assert inferred(text) == (dt.date(2031, 2, 15), "report on the completed year 2030")


@pytest.mark.parametrize(
    "text, day",
    [
        # the story goes back 12 years to a day written two sentences on
        ("时间回到12年前。在北湖区，一家银行做出了一个决定。2019年3月8日，青禾银行设立了科技支行。今年以来，该行贷款增长30%。",
         dt.date(2031, 3, 8)),
        # the year right after the count's 的
        ("12年前的2019年，青禾银行设立了科技支行。", dt.date(2031, 1, 1)),
        # a count written in characters, to a month
        ("故事要追溯到十年前。2021年5月，北湖区第一家孵化器挂牌。", dt.date(2031, 5, 1)),
    ],
)
def test_a_count_back_to_a_date_written_bounds_the_text(text, day):
    assert inferred(text) == (day, "after the count back to a date written")


def test_a_bare_count_back_says_nothing_of_the_year():
    # 十年前 describes the place then; the year written after it is the year reported on
    text = "十年前，这里还是荒地。2031年，园区新增企业40家。"
    assert inferred(text) == (dt.date(2032, 2, 15), "report on the completed year 2031")


@pytest.mark.parametrize(
    "text",
    [
        # the horizon written first, then restated heading a plan's clause
        "到2035年，全县研发投入达到50亿元。2035年，全县将建成创新型县。",
        # restated first, the horizon after
        "2035年，全县将建成创新型县，力争到2035年研发投入达到50亿元。",
    ],
)
def test_a_plans_horizon_restated_is_no_year_of_the_text(text):
    # only the horizon is written: the text comes before it
    assert inferred(text)[0] == dt.date(2034, 7, 1)


def test_a_year_planned_without_a_horizon_form_is_the_years_plan():
    assert inferred("2032年，青禾县将新建园区3个。") == (dt.date(2032, 2, 15), "plan for the year 2032")


def test_a_restated_horizon_leaves_the_year_reported():
    text = "青禾县力争2035年进入创新型县行列。2031年，全县新增企业40家。2035年，全县将实现研发投入50亿元。"
    assert inferred(text) == (dt.date(2032, 2, 15), "report on the completed year 2031")


def test_a_period_without_a_year_before_the_bound_is_the_first_after_it():
    # 五篇大文章 (named on 2023-10-31) bounds the text; 6月末 of 2023 lies before it, so the
    # figures stand at the first 6月末 after it, as a dateline's day would
    text = "按照五篇大文章的部署，截至6月末，青禾银行科技贷款余额达到98亿元。"
    day, cue = inferred(text)
    assert day == dt.date(2024, 6, 30)
    assert cue.startswith("end of the latest period reported, the first after")


def test_a_period_without_a_year_after_the_bound_stays_in_its_year():
    text = "青禾银行发展新质生产力，截至11月末，科技贷款余额达到98亿元。"
    assert inferred(text) == (dt.date(2023, 11, 30), "end of the latest period reported")


def test_a_planned_month_written_again_with_its_year_puts_the_text_in_that_year():
    # 9月末 planned bare and again as 2032年9月末: one date, so 今年 is 2032, not the start's 2031
    text = ("“今年6月，新厂试生产的首批产品下线，预计9月末，整个项目将全部竣工。”"
            "项目于2031年3月10日开工建设，将于2032年9月末竣工投产。")
    day, cue = inferred(text)
    assert (day.year, day.month, cue) == (2032, 9, "the day before the nearest date planned")


def test_a_later_plan_of_another_month_leaves_the_year_reported():
    text = "今年6月，新厂首批产品下线，预计9月末项目将竣工。项目于2031年3月10日开工建设，将于2033年5月末全面投产。"
    assert inferred(text)[0].year == 2031


def test_a_year_describing_a_thing_by_its_start_is_no_report_on_it():
    text = "2031年签约的青禾新材料项目一期已投产，二期正在建设。"
    assert inferred(text) == (dt.date(2031, 7, 1), "latest year written 2031, mid-year")


def test_a_year_heading_its_figures_stays_a_report():
    text = "2031年，全县签约项目40个，其中新材料项目12个。"
    assert inferred(text) == (dt.date(2032, 2, 15), "report on the completed year 2031")

"""Record fields on classes counted by blind annotation of unlabelled articles (issue 13, round 9):
invented text run through the whole pipeline, so each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records


def test_what_was_expected_is_no_goal(pipeline):
    for lead in ("克服超预期因素", "经济运行好于预期", "增速远超预期"):
        got = records(pipeline, f"今年以来,北湖区{lead},1-8月完成技改投资41亿元,同比增长18.2%。")
        assert got["41亿元"]["aspect"] == "level", lead
        assert got["18.2%"]["aspect"] == "change", lead


def test_funds_striven_for_at_a_level_of_government_are_got(pipeline):
    got = records(pipeline, "2030年,北湖区争取省级资金2760万元,争取国家专项经费1100万元。")
    assert got["2760万元"]["aspect"] == "level"
    assert got["1100万元"]["aspect"] == "level"


def test_a_grant_got_is_new_but_one_proposed_is_not(pipeline):
    got = records(pipeline, "2030年,北湖区13个课题获得省科技厅立项支持;北湖茶叶产业集群获国家科技部立项17项;"
                            "苏仙区9项课题入围省计划考察拟立项。")
    assert got["13个"]["aspect"] == "new"
    assert got["17项"]["aspect"] == "new"
    assert got["9项"]["aspect"] != "new"
    assert "获" not in measure(got["17项"])  # the subject's verb is no part of the measure


def test_a_running_total_of_approved_projects_stays_a_stock(pipeline):
    got = records(pipeline, "截至2030年底,北湖区累计有64个课题获得国家科技计划立项支持。")
    assert got["64个"]["aspect"] == "level"


def test_bringing_in_raising_and_emerging_are_new(pipeline):
    got = records(pipeline, "过去五年,北湖区涌现高新技术企业238家,引育各级人才436名,招引优质项目50余个。")
    assert [got[q]["aspect"] for q in ("238家", "436名", "50余个")] == ["new", "new", "new"]
    assert "引育" not in measure(got["436名"])  # 引育 is the verb, not part of what is counted


def test_a_growth_noun_closing_the_clause_makes_a_change(pipeline):
    got = records(pipeline, "2030年,北湖区高新技术企业达到194家,实现3.4倍增长;研发投入由5亿元增长到9亿元。")
    assert got["3.4倍"]["aspect"] == "change"
    assert got["5亿元"]["aspect"] != "change"  # a base before 增长到 is no growth


def test_a_company_name_holds_no_level_verb(pipeline):
    got = records(pipeline, "3月27日,北湖高新区举行签约活动。青禾瑞硕管理有限公司、澄川能源股份有限公司等19户"
                            "企业负责人参加集中签约。")
    assert got["19户"]["aspect"] == "other"


def test_an_intended_investment_is_no_fact_yet(pipeline):
    got = records(pipeline, "2030年,北湖区招引优质项目50余个,意向投资超千亿元。")
    assert got["超千亿元"]["aspect"] == "other"


def test_a_gap_to_the_national_average_written_with_xiangcha(pipeline):
    got = records(pipeline, "2030年,北湖区研发投入强度为2.14%,与全国平均水平相差0.4个百分点。")
    assert got["0.4个百分点"]["aspect"] == "other"
    assert "相差" not in (measure(got["0.4个百分点"]) or "")


def test_a_noun_holding_huo_keeps_it(pipeline):
    got = records(pipeline, "2030年,北湖区科技贷款获贷企业5163家,科技型企业获贷率达到58%。")
    assert measure(got["5163家"]) == "科技贷款获贷企业"
    assert measure(got["58%"]) == "科技型企业获贷率"


def test_a_year_in_the_name_of_the_event_the_news_was_told_at_gives_way_to_the_day(pipeline):
    got = records(pipeline, "10月23日,在2030青禾数字消费论坛上,北湖科技城发布计划,五年内实现60家头部企业入驻。")
    assert got["60家"]["time"]["start"] == "2031-10-23"


def test_a_place_inside_the_second_of_two_joined_nouns_heads_no_later_clause(pipeline):
    text = ("2030年,郴州市科技创新成效明显。郴州市开展质量提升行动,青禾文具产业和北湖区时尚服装产业获批试点,"
            "建成国家级示范区4个,水产品抽检合格率达到97.5%。")
    got = records(pipeline, text)
    assert got["4个"]["region"] == "郴州市"
    assert got["97.5%"]["region"] == "郴州市"
    # a place heading the earlier clause on its own still does
    got = records(pipeline, "2030年,郴州市科技创新成效明显。郴州市开展质量提升行动,北湖区获批试点,"
                            "建成国家级示范区5个。")
    assert got["5个"]["region"] == "北湖区"


def test_counts_after_a_list_closed_by_deng_and_its_count_are_the_lists(pipeline):
    text = "2030年,苏仙区推进平台建设。北湖区茶叶科技示范园区等4个省级园区、3个省级星创天地获省级立项支持。"
    got = records(pipeline, text)
    assert got["4个"]["region"] == got["3个"]["region"] == "苏仙区"
    # a place heading the clause with its own counts keeps them
    got = records(pipeline, "2030年,苏仙区推进平台建设。北湖区新增高新技术企业5家、科技型企业12家。")
    assert got["12家"]["region"] == "北湖区"


def test_a_date_inside_one_part_of_a_semicolon_chain_dates_that_part_only(pipeline):
    text = ("1-7月全省各项指标稳步推进。其中,郴州市完成年度任务的155%;北湖区等地企业前五个月营收增长37%,"
            "成为“压舱石”;苏仙区制定激励政策,落实市级奖补资金320万元。")
    got = records(pipeline, text)
    assert got["37%"]["time"]["end"] == "2031-05-31"
    assert got["320万元"]["time"]["end"] == "2031-07-31"
    # a date heading its part still reaches the later parts
    got = records(pipeline, "1-7月全省各项指标稳步推进。其中,郴州市完成任务的128%;前五个月,北湖区产值增长50%;"
                            "苏仙区落实奖补资金320万元。")
    assert got["320万元"]["time"]["end"] == "2031-05-31"


def test_the_start_of_a_changes_range_heads_no_period(pipeline):
    text = ("北湖区实现“六个倍增”。北湖区专利数量增长四倍多;新设企业数量增长两倍多,从2020年日均118家提高到2030年"
            "日均265家;高新技术企业数量增长一倍多。")
    got = records(pipeline, text)
    assert (got["一倍多"]["time"] or {}).get("end") != "2020-12-31"


def test_a_duration_measures_the_term_its_clause_names(pipeline):
    got = records(pipeline, "北湖区贷款期限原则上不超过2年,单户贷款额度最高300万元。"
                            "北湖区平均减少审批承诺时限15个工作日。北湖区用3年时间完成改造。")
    assert measure(got["不超过2年"]) == "贷款期限"
    assert measure(got["15个工作日"]) == "审批承诺时限"
    assert measure(got["3年"]) is None  # a bare 时间 is no term (SPEC 6.1)


def test_a_whole_year_heading_a_chain_dates_its_parts_over_a_year_end_carried(pipeline):
    text = ("2030年,北湖区经济平稳。年末全区常住人口612万人,较上年末增加3万人。"
            "全年出生人口6.4万人,出生率为9.86‰;死亡人口4.1万人,死亡率为6.71‰。")
    got = records(pipeline, text)
    assert got["612万人"]["time"]["start"] == "2030-12-01"
    for q in ("9.86‰", "4.1万人", "6.71‰"):
        assert got[q]["time"]["start"] == "2030-01-01", q


def test_a_span_elapsed_after_a_date_puts_the_facts_after_it_out_of_the_dates_reach(pipeline):
    got = records(pipeline, "2025年6月,北湖区获批建设示范区,经过4年多的培育,示范区已建成科技创新平台96个,"
                            "新增企业1076家。")
    assert got["96个"]["time"] is None
    assert got["1076家"]["time"] is None
    got = records(pipeline, "2030年,北湖区经过努力,新增企业1076家。")
    assert got["1076家"]["time"]["end"] == "2030-12-31"


def test_a_size_before_a_thing_started_is_no_count_of_things_started(pipeline):
    got = records(pipeline, "北湖区规划面积243亩的农旅融合项目自2030年5月开工建设。"
                            "北湖区年产3.5万吨特种橡胶装置建成投产。北湖区36个项目开工。")
    assert got["243亩"]["aspect"] == "level"
    assert got["3.5万吨"]["aspect"] == "level"
    assert got["36个"]["aspect"] == "new"


def test_a_verb_of_starting_work_is_no_measure(pipeline):
    got = records(pipeline, "截至目前,北湖区年内安排的40个产业项目已开复工31个。")
    assert measure(got["31个"]) == "产业项目"


def test_a_plan_line_ending_in_a_dash_states_the_numbered_lines_below_it(pipeline):
    text = ("北湖区印发《绿色产业行动方案》。\n《行动方案》明确了四项重点任务——\n"
            "到2030年,光伏产业累计投入资金800亿元。\n储能产业累计投入资金300亿元。\n"
            "这里活力奔涌\n截至目前,北湖区已形成9.2万吨碳酸锂产能。")
    got = records(pipeline, text)
    assert got["300亿元"]["aspect"] == "target"
    assert got["9.2万吨"]["aspect"] == "level"  # the run of stated lines ended at the heading


def test_a_paragraph_opening_on_cihuai_goes_on_with_the_period_of_the_one_before(pipeline):
    text = ("北湖区科技工作硕果累累,创新成效明显。\n荣获省科技进步奖的项目中,2030年北湖区争取省级资金300万元。\n"
            "此外,北湖区16个项目获得立项支持。\n北湖区另有省级平台12个。")
    got = records(pipeline, text)
    assert got["16个"]["time"]["end"] == "2030-12-31"
    assert got["12个"]["time"] is None  # a paragraph that does not say it goes on takes no such period


@pytest.mark.parametrize("elapsed", ["经过4年多的培育", "历经3年建设"])
def test_a_span_elapsed_after_a_date_keeps_the_date_from_later_sentences_too(pipeline, elapsed):
    got = records(pipeline, f"2025年6月,青禾县获批建设示范区,{elapsed},示范区已建成平台96个。示范区集聚企业500家。")
    assert got["96个"]["time"] is None and got["500家"]["time"] is None
    plain = records(pipeline, "2025年6月,青禾县获批建设示范区,总投资5亿元。示范区集聚企业500家。")
    assert plain["500家"]["time"]["start"] == "2025-06-01"  # without the span the date is carried on


def test_a_date_describing_a_body_scopes_no_later_sentence_either(pipeline):
    got = records(pipeline, "2029年8月落户的北湖研究所拿到了300万元的扶持资金。该所新增专利5件。")
    assert got["300万元"]["time"] is None and got["5件"]["time"] is None

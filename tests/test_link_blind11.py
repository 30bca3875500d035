"""Record fields on classes the blind annotators of rounds 9-10 left open (issue 13, round 11):
invented text run through the whole pipeline, so each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records


@pytest.mark.parametrize("plan", ["拟建设", "计划新建", "将建设", "规划建设"])
def test_a_planned_object_list_runs_on_past_a_semicolon(pipeline, plan):
    got = records(pipeline, f"该项目由青禾集团投资,总投资金额为80亿元,{plan}年产30万吨正极材料项目,配套建设仓储设施;"
                            "年产6万吨隔膜、4万吨电解液等项目及装置,分两期建设。")
    assert got["30万吨"]["aspect"] == "target", plan
    assert got["6万吨"]["aspect"] == "target", plan
    assert got["4万吨"]["aspect"] == "target", plan


@pytest.mark.parametrize("lead", ["", "仓库", "年产"])
def test_a_short_noun_before_the_first_number_still_continues_the_list(pipeline, lead):
    got = records(pipeline, f"北湖产业园总投资20亿元,计划新建标准厂房3万平方米;{lead}1万平方米、研发楼5000平方米。")
    assert got["1万平方米"]["aspect"] == "target", lead
    assert got["5000平方米"]["aspect"] == "target", lead


def test_a_built_stock_before_the_semicolon_stays_a_level(pipeline):
    got = records(pipeline, "北湖产业园总投资20亿元,已建成标准厂房3万平方米;仓库1万平方米、研发楼5000平方米。")
    assert got["1万平方米"]["aspect"] == "level"
    assert got["5000平方米"]["aspect"] == "level"


@pytest.mark.parametrize("part", ["全区规上企业营业收入增长9%", "去年全区实现营业收入30亿元"])
def test_a_part_with_its_own_subject_or_cue_is_no_continued_list(pipeline, part):
    got = records(pipeline, f"北湖产业园总投资20亿元,计划新建标准厂房3万平方米;{part}。")
    number = "9%" if "9%" in part else "30亿元"
    assert got[number]["aspect"] != "target", part


def test_the_continued_list_ends_with_its_first_clause(pipeline):
    got = records(pipeline, "北湖产业园总投资20亿元,将建设生产线3条;年产5万吨电解液的装置1套,去年园区营业收入30亿元。")
    assert got["1套"]["aspect"] == "target"
    assert got["30亿元"]["aspect"] != "target"



@pytest.mark.parametrize("group", ["青北两区", "青北“两区”", "禾松丰三市", "青禾经济圈"])
def test_a_grouping_heading_the_measure_is_its_subject(pipeline, group):
    got = records(pipeline, f"2030年,{group}地区生产总值达到536亿元,研发经费支出占地区生产总值的比重为2.9%。")
    assert measure(got["536亿元"]) == "地区生产总值", group
    assert measure(got["2.9%"]) == "研发经费支出占地区生产总值的比重", group


@pytest.mark.parametrize(("line", "size"), [("青禾城际铁路", "正线全长"), ("禾松高速公路", "全长"),
                                            ("青禾隧道", "总长"), ("松丰大道", "线路长度")])
def test_a_named_line_before_its_size_is_the_subject(pipeline, line, size):
    got = records(pipeline, f"{line}{size}64.2公里,共有车站9座。")
    assert measure(got["64.2公里"]) == size, line


@pytest.mark.parametrize(("text", "number", "want"), [("全省高速公路总里程5000公里。", "5000公里", "高速公路总里程"),
                                                    ("大桥全长3.2公里。", "3.2公里", "大桥全长")])
def test_a_category_or_bare_head_before_a_length_stays_whole(pipeline, text, number, want):
    assert measure(records(pipeline, text)[number]) == want


@pytest.mark.parametrize("status", ["拟入库", "拟认定", "拟立项"])
def test_a_candidate_list_in_a_notice_plans_nothing(pipeline, status):
    got = records(pipeline, f"近日,省科技厅公示了第二批{status}企业名单,北湖区松果科技有限公司等45家企业入选。")
    assert got["45家"]["aspect"] == "new", status


@pytest.mark.parametrize("text", ["北湖区有23个项目入选省重点项目清单。",
                                  "12项课题入围考察,9个团队项目入选青禾“英才计划”。"])
def test_things_selected_onto_a_list_are_new(pipeline, text):
    got = records(pipeline, text)
    number = "23个" if "23个" in text else "9个"
    assert got[number]["aspect"] == "new"


def test_a_selection_inside_a_running_total_stays_a_level(pipeline):
    got = records(pipeline, "到2030年末,全县累计培育人才项目80项,3人入选国家级人才计划。")
    assert got["3人"]["aspect"] == "level"


def test_a_plan_with_its_own_verb_is_still_a_target(pipeline):
    got = records(pipeline, "北湖区拟新建实验室5家,拟引进研发团队12个。")
    assert got["5家"]["aspect"] == "target"
    assert got["12个"]["aspect"] == "target"


@pytest.mark.parametrize("group", ["青北两区", "青禾经济圈", "长三角地区"])
def test_a_grouping_heading_a_semicolon_chain_is_the_later_parts_subject(pipeline, group):
    got = records(pipeline, f"安徽省科技厅发布数据。{group}协同创新成效显著,规上企业营业收入增长6.8%;"
                            "研发经费支出占比达2.6%;高新技术企业占比达17.5%。")
    assert got["2.6%"]["region"] is None, group
    assert got["17.5%"]["region"] is None, group


@pytest.mark.parametrize(("part", "number", "want"), [("全省专利授权量增长12%", "12%", "安徽省"),
                                                      ("合肥市新增企业30家", "30家", "合肥市")])
def test_a_later_part_naming_its_own_place_takes_it(pipeline, part, number, want):
    got = records(pipeline, f"安徽省科技厅发布数据。2031年,青北两区研发投入增长8%;{part}。")
    assert got[number]["region"] == want


def test_a_grouping_after_a_verb_heads_no_chain(pipeline):
    got = records(pipeline, "安徽省科技厅发布数据。2031年,我省抢抓青禾经济圈建设机遇,研发投入增长8%;"
                            "专利授权量增长12%。")
    assert got["12%"]["region"] == "安徽省"


def test_a_grouping_heading_a_later_clause_of_the_first_part_heads_no_chain(pipeline):
    got = records(pipeline, "安徽省科技厅发布数据。全省普通高校41所,青北两区协同平台集聚仪器4000台(套);"
                            "重点实验室27家,工程研究中心18家。")
    assert got["27家"]["region"] == "安徽省"
    assert got["18家"]["region"] == "安徽省"


@pytest.mark.parametrize("verb", ["单列", "安排", "设立"])
def test_will_heading_a_sentence_plans_a_set_aside(pipeline, verb):
    got = records(pipeline, f"青禾担保公司将{verb}规模不低于5亿元的风险补偿资金,支持企业融资。")
    assert got["5亿元"]["aspect"] == "target", verb

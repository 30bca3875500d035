"""The aspect of records (SPEC 4, 6, 6.1; issue 13): new things, levels and stocks, changes, targets and
plans, procedures and `other`. Invented text run through the whole pipeline (a few on hand-built
mentions), so each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records
from hand_built import built_records, date, qty


def test_a_task_figure_is_a_target_and_the_share_done_keeps_the_half_year():
    text = "上半年,青禾县新增入孵团队131家,完成全年180家任务的67.8%。"
    ms = [date(text, "上半年", "2031-01-01", "2031-06-30", "half", "span"),
          qty(text, "131家", 131, "家"), qty(text, "180家", 180, "家"),
          qty(text, "67.8%", 67.8, "%", "percent")]
    got = built_records(text, ms)
    assert got["180家"]["aspect"] == "target"
    assert got["180家"]["time"]["end"] == "2031-12-31"
    assert got["67.8%"]["time"]["end"] == "2031-06-30"


def test_yield_at_capacity_is_a_forecast_and_a_longer_new_cue_wins():
    text = "青禾县某工程投产达产后年营收约160亿元。青禾县新培育高新技术企业83家。"
    ms = [qty(text, "160亿元", 16000000000, "元", "money"), qty(text, "83家", 83, "家")]
    got = built_records(text, ms)
    assert got["160亿元"]["aspect"] == "target"
    assert got["83家"]["aspect"] == "new"


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


def test_a_size_before_a_thing_started_is_no_count_of_things_started(pipeline):
    got = records(pipeline, "北湖区规划面积243亩的农旅融合项目自2030年5月开工建设。"
                            "北湖区年产3.5万吨特种橡胶装置建成投产。北湖区36个项目开工。")
    assert got["243亩"]["aspect"] == "level"
    assert got["3.5万吨"]["aspect"] == "level"
    assert got["36个"]["aspect"] == "new"


def test_a_plan_line_ending_in_a_dash_states_the_numbered_lines_below_it(pipeline):
    text = ("北湖区印发《绿色产业行动方案》。\n《行动方案》明确了四项重点任务——\n"
            "到2030年,光伏产业累计投入资金800亿元。\n储能产业累计投入资金300亿元。\n"
            "这里活力奔涌\n截至目前,北湖区已形成9.2万吨碳酸锂产能。")
    got = records(pipeline, text)
    assert got["300亿元"]["aspect"] == "target"
    assert got["9.2万吨"]["aspect"] == "level"  # the run of stated lines ended at the heading


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


@pytest.mark.parametrize("verb", ["单列", "安排", "设立"])
def test_will_heading_a_sentence_plans_a_set_aside(pipeline, verb):
    got = records(pipeline, f"青禾担保公司将{verb}规模不低于5亿元的风险补偿资金,支持企业融资。")
    assert got["5亿元"]["aspect"] == "target", verb


@pytest.mark.parametrize(("verb", "noun"), [("开发新产品", "新产品"), ("新开发", "试剂"), ("遴选出", "重点项目"),
                                            ("遴选", "重点项目"), ("入选", "国家级人才"), ("发布了", "成果")])
def test_things_developed_selected_or_released_are_new(pipeline, verb, noun):
    got = records(pipeline, f"2030年,北湖区企业{verb}{noun}42项。")
    assert got["42项"]["aspect"] == "new", verb
    assert measure(got["42项"]).endswith(noun) and verb not in measure(got["42项"]), verb


@pytest.mark.parametrize("text", ["2030年,北湖区开发区企业达到42项。", "北湖区地产开发项目42项。",
                                  "2030年,北湖区发布名单,列出企业42项。"])
def test_a_bare_develop_or_publish_word_gives_no_new(pipeline, text):
    assert records(pipeline, text)["42项"]["aspect"] != "new", text


@pytest.mark.parametrize(("text", "amount"), [
    ("2030年,北湖区研发经费投入超过5亿元的行业门类共6个。", "超过5亿元"),
    ("2030年,全县营收超1亿元的高新技术企业48家。", "超1亿元"),
    ("其中,总投资2亿元以上项目7个,1亿元以上项目12个。", "2亿元以上"),
    ("推动年营收4亿元以上制造企业组建研究院14家。", "4亿元以上"),
    ("壮大8个营收超百亿元的产业集群。", "超百亿元"),
    ("支持一批总投资8亿元以上的技改工程。", "8亿元以上"),
])
def test_a_bound_that_sorts_counted_things_is_other(pipeline, text, amount):
    assert records(pipeline, text)[amount]["aspect"] == "other", text


@pytest.mark.parametrize(("text", "number", "aspect"), [
    ("北湖区将形成产值逾4亿元的加工能力。", "逾4亿元", "target"),
    ("北湖区科技企业稳定在750户以上的目标。", "750户以上", "target"),
    ("北湖区培育40种以上新药。", "40种以上", "level"),
    ("2030年,北湖区超过全县35%的产值来自园区。", "35%", "level"),
    ("2030年,北湖区建成总投资5亿元的产业园。", "5亿元", "level"),
])
def test_a_bound_sizing_one_thing_or_a_goal_keeps_its_aspect(pipeline, text, number, aspect):
    assert records(pipeline, text)[number]["aspect"] == aspect, text


@pytest.mark.parametrize(("text", "number"), [("北湖区新建澄川发展规划研究院等3个研发机构。", "3个"),
                                              ("北湖区新引进青禾目标检测研究院等4个研发机构。", "4个"),
                                              ("北湖区新认定青禾共享科技有限公司等3家企业。", "3家")])
def test_a_cue_word_inside_a_name_is_no_cue(pipeline, text, number):
    # 规划, 目标 (target) and 共 (level) stand inside the names: the cue before them (新建, 新认定) decides
    assert records(pipeline, text)[number]["aspect"] == "new"


def test_a_cue_word_outside_the_name_still_counts(pipeline):
    got = records(pipeline, "北湖区计划新建澄川检测研究院等3个研发机构。")
    assert got["3个"]["aspect"] == "target"


@pytest.mark.parametrize("text", ["北湖区要实施科技创新行动,全年全区工业产值增长8%。",
                                  "北湖区全年培育创新联合体15家。"])
def test_a_whole_year_figure_before_the_year_is_out_is_a_goal(pipeline, text):
    # the probe texts are dated 2031-09-01: four months of 2031 are still to come
    number = "8%" if "8%" in text else "15家"
    assert records(pipeline, text)[number]["aspect"] == "target", text


@pytest.mark.parametrize("text", ["2030年,北湖区全年培育创新联合体15家。", "北湖区全年已培育创新联合体15家。",
                                  "北湖区今年培育创新联合体15家。"])
def test_a_past_year_a_count_to_date_or_no_whole_year_word_stays_as_it_was(pipeline, text):
    assert records(pipeline, text)["15家"]["aspect"] != "target", text


@pytest.mark.parametrize("lead", ["新签约", "引资新签约", "上半年新签约"])
def test_a_count_newly_signed_is_a_signing_and_its_contract_sum_a_level(pipeline, lead):
    got = records(pipeline, f"北湖区{lead}制造业项目9个,合同投资额15亿元。")
    assert got["9个"]["aspect"] == "other"
    assert got["15亿元"]["aspect"] == "level"


def test_a_count_newly_brought_in_is_still_new(pipeline):
    got = records(pipeline, "北湖区新引进工业项目9个,新落户企业6家。")
    assert got["9个"]["aspect"] == got["6家"]["aspect"] == "new"


@pytest.mark.parametrize("verb", ["集中开工", "集中竣工", "集中投产", "新开工"])
def test_things_an_event_started_listed_with_you_are_new(pipeline, verb):
    got = records(pipeline, f"北湖区重点项目集中开竣工。其中,{verb}项目有青禾云谷等7个项目。")
    assert got["7个"]["aspect"] == "new"


@pytest.mark.parametrize("text", ["北湖区已投产项目有12个。", "北湖区投产企业有12个。"])
def test_a_stock_of_things_started_listed_with_you_stays_a_level(pipeline, text):
    assert records(pipeline, text)["12个"]["aspect"] == "level"


@pytest.mark.parametrize(("text", "count"), [
    ("北湖区重新投产企业有12家。", "12家"),  # resumed, not started
    ("北湖区集中开工项目有效拉动投资50亿元。", "50亿元"),  # 有效, 有力: 有 opens another word, lists nothing
    ("北湖区新开工项目有力带动就业岗位3000个。", "3000个"),
])
def test_resumed_work_or_you_opening_another_word_is_no_list_of_things_started(pipeline, text, count):
    assert records(pipeline, text)[count]["aspect"] == "level"


@pytest.mark.parametrize(("text", "count"), [
    ("北湖区启动攻关专项7个。", "7个"),
    ("北湖区成立校企联合实验室6个。", "6个"),
    ("北湖区从高校引入博士后11名。", "11名"),
    ("北湖区2人当选院士。", "2人"),
    ("青禾县有41家企业上榜年度瞪羚企业名单。", "41家"),
    ("北湖区新设外商投资企业26家。", "26家"),
    ("2031年以来,北湖区落地科技支行7家。", "7家"),
])
def test_things_launched_founded_or_listed_are_new(pipeline, text, count):
    assert records(pipeline, text)[count]["aspect"] == "new"


def test_work_launched_on_counted_things_makes_them_no_new_things(pipeline):
    got = records(pipeline, "青禾县9个老旧厂区的改造工作近日陆续启动。青禾县6个产业项目启动建设。")
    assert got["9个"]["aspect"] == "level"
    assert measure(got["6个"]) == "产业项目"


@pytest.mark.parametrize(("text", "count"), [
    ("北湖区累计启动示范工程15个。", "15个"),
    ("北湖区累计落地科创企业34家。", "34家"),
])
def test_a_running_total_of_things_launched_stays_level(pipeline, text, count):
    assert records(pipeline, text)[count]["aspect"] == "level"


@pytest.mark.parametrize("change", ["比上年增加8个", "同比增长21%"])
def test_the_parts_after_qizhong_are_what_the_whole_is_past_its_change(pipeline, change):
    # the whole's change stands between, written in its unit or as a rate
    got = records(pipeline, f"北湖区今年新引进研发团队46个,{change},其中,院士团队5个、博士团队19个。")
    assert got["5个"]["aspect"] == got["19个"]["aspect"] == "new"
    assert [r["aspect"] for r in got.values()] == ["new", "change", "new", "new"]


def test_a_part_after_qizhong_with_a_cue_of_its_own_keeps_it(pipeline):
    got = records(pipeline, "北湖区新增高新技术企业120家,其中,累计有制造业企业52家。")
    assert got["52家"]["aspect"] == "level"


def test_a_part_of_another_unit_takes_nothing_from_the_whole(pipeline):
    got = records(pipeline, "北湖区新增企业120家,研发投入8亿元,其中,财政资金3亿元。")
    assert got["3亿元"]["aspect"] == "level"


def test_a_count_as_of_a_date_after_a_creating_verb_is_a_stock(pipeline):
    got = records(pipeline, "截至2031年6月,青禾省在新能源领域建立了4个省实验室、15个工程研究中心。")
    assert got["4个"]["aspect"] == got["15个"]["aspect"] == "level"


def test_a_creating_verb_without_a_date_as_of_stays_new(pipeline):
    got = records(pipeline, "2031年,青禾省在新能源领域建立了4个省实验室。")
    assert got["4个"]["aspect"] == "new"


def test_a_variety_approved_is_new(pipeline):
    assert records(pipeline, "青禾县农科所选育的8个玉米品种通过审定。")["8个"]["aspect"] == "new"


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


def test_a_cap_on_the_rate_of_a_grant_is_other_but_a_standing_is_not(pipeline):
    assert records(pipeline, "北湖区给予孵化团队最高40%的房租补贴。")["40%"]["aspect"] == "other"
    assert records(pipeline, "北湖区研发费用增速最高为18.5%。")["18.5%"]["aspect"] != "other"


@pytest.mark.parametrize("verb", ["跃升至", "扩大到", "攀升至", "升至"])
def test_the_figure_a_change_reaches_is_a_level(pipeline, verb):
    got = records(pipeline, f"全县众创空间由2029年的23家{verb}37家。")
    assert got["37家"]["aspect"] == "level"


# Aspect classes found by disagreement mining (ANNOTATION [asp28], narrowed in [rvb28]): a rank moved, the size of one
# thing, a verb marked done, 计划实施.
@pytest.mark.parametrize(("text", "number"), [
    ("2030年,澄川县数字经济发展指数晋升7个位次,列全省第九。", "7个"),
    ("2030年,北湖区的创新能力评分前进4位,首次进入全市前五。", "4位"),
    ("2030年,北湖区在全市考核中排名提升4位。", "4位"),
])
def test_a_rank_moved_up_by_so_many_places_is_a_change(pipeline, text, number):
    assert records(pipeline, text)[number]["aspect"] == "change"


@pytest.mark.parametrize(("text", "number"), [
    # 晋升 and 前进 move a rank only: a village's name, things promoted (SPEC 6.1 reads them approved, not changed)
    ("2030年,澄川县前进村种植面积1200亩。", "1200亩"),
    ("2030年,北湖区晋升省级专精特新企业4家。", "4家"),
])
def test_rank_words_before_no_count_of_places_are_no_change(pipeline, text, number):
    assert records(pipeline, text)[number]["aspect"] != "change"


@pytest.mark.parametrize(("text", "aspects"), [
    # a procedure or a creating verb without 新 before a size written inside its thing's phrase: the size of one
    # thing (SPEC 6.1)
    ("2031年4月,青禾市与澄屿能源签约建设装机80万千瓦的风电基地。", {"80万千瓦": "level"}),
    ("2031年,青禾市落地了一座占地260亩的智能制造产业园。", {"260亩": "level"}),
    ("北湖区发布了年产3万吨的再生材料生产线。", {"3万吨": "level"}),
    ("2031年,北湖区申报的年产4万吨饲料项目通过审核。", {"4万吨": "level"}),
    # near misses: capacity added (新增) stays new; a count after the size keeps the verb for the list;
    # a count of things signed stays a procedure's count; a size closing its clause or list item is the amount
    # started in the period (ANNOTATION [rvb28])
    ("2031年,北湖区新增产能5万吨。", {"5万吨": "new"}),
    ("澄川县启动了年产2万吨再生铝生产线在内的技改工程6项。", {"2万吨": "new", "6项": "new"}),
    ("2031年5月,北湖区签约项目12个。", {"12个": "other"}),
    ("2031年,北湖区开工建设标准厂房12万平方米。", {"12万平方米": "new"}),
    ("2031年,北湖区启动改造老旧供水管网45公里、燃气管网20公里。", {"45公里": "new", "20公里": "new"}),
])
def test_a_physical_size_after_a_procedure_or_a_creating_verb_is_the_size_of_one_thing(pipeline, text, aspects):
    got = records(pipeline, text)
    assert {number: got[number]["aspect"] for number in aspects} == aspects


@pytest.mark.parametrize(("text", "aspects"), [
    ("2030年,澄川县预计全年外贸进出口额可达45亿元,港口吞吐量增长了9%。", {"45亿元": "target", "9%": "change"}),
    ("为确保按期交货,澄屿电子增开产线,日产能提高到了1.8万件。", {"1.8万件": "level"}),
    # 已 right before a short verb: done, also after a goal word in the same clause
    ("2031年,北湖区力争新建孵化器5家,已建成3家。", {"5家": "target", "3家": "level"}),
    ("北湖区计划新建的12个项目已开工7个。", {"12个": "target", "7个": "level"}),
    # near misses: a goal's later clauses without 了 stay goals; 除了 is no verb marked done; 已 inside a phrase
    # describing the things counted marks nothing
    ("2031年,北湖区力争软件业务收入达到90亿元,从业人员增长20%。", {"90亿元": "target", "20%": "target"}),
    ("北湖区预计全年技术合同成交额达12亿元,除了3家龙头企业外均实现增长。", {"3家": "target"}),
    ("2031年,北湖区将加快建设已落户的澄屿电子等4个项目。", {"4个": "target"}),
])
def test_a_verb_marked_done_is_no_forecast_of_an_earlier_clause(pipeline, text, aspects):
    got = records(pipeline, text)
    assert {number: got[number]["aspect"] for number in aspects} == aspects


@pytest.mark.parametrize(("text", "aspects"), [
    # 计划实施 plans: the works planned and what they are planned to give are targets
    ("2031年,澄川县计划实施老旧小区改造工程23项,惠及居民1.2万户。", {"23项": "target", "1.2万户": "target"}),
    ("青禾市把计划实施的40项民生工程分解到各区,已完工29项。", {"40项": "target", "29项": "level"}),
    # near misses: a programme carried out (its name before 实施, or 实施 and a since: ANNOTATION [rvb28]) plans nothing
    ("2031年,澄川县数字乡村行动计划实施一年,全县建成益农服务站46个。", {"46个": "level"}),
    ("澄川县人才安居计划实施两年来,已为青年人才提供公寓860套。", {"860套": "level"}),
    ("该规划实施以来,北湖区建成平台25个。", {"25个": "level"}),
    ("这项计划实施后,北湖区新增企业18家。", {"18家": "new"}),
])
def test_plans_to_carry_out_is_a_plan_and_a_programme_carried_out_is_none(pipeline, text, aspects):
    got = records(pipeline, text)
    assert {number: got[number]["aspect"] for number in aspects} == aspects

"""The record linker on hand-built mentions (no recogniser involved), field by field."""

from __future__ import annotations

import datetime as dt

from extract.link import build_records, canonical_indicator, sentence_bounds
from extract.mentions import assign_ids, make_mention


def qty(text, surface, value, unit, dimension="count", occurrence=0):
    start = _find(text, surface, occurrence)
    return make_mention("QUANTITY", text, start, start + len(surface),
                        {"value": value, "unit": unit, "dimension": dimension, "modifier": None}, "test")


def date(text, surface, kind, start_date, end_date, granularity="month"):
    start = _find(text, surface)
    return make_mention("DATE", text, start, start + len(surface),
                        {"kind": kind, "start": start_date, "end": end_date, "granularity": granularity}, "test")


def region(text, surface, name, occurrence=0):
    start = _find(text, surface, occurrence)
    return make_mention("REGION", text, start, start + len(surface), {"name": name}, "test")


def loan(text, surface):
    start = _find(text, surface)
    return make_mention("LOAN", text, start, start + len(surface), {"name": surface}, "test")


def _find(text, surface, occurrence=0):
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(surface, pos + 1)
    return pos


def link(text, mentions):
    mentions = assign_ids(sorted(mentions, key=lambda m: m["start"]))
    return {next(m["text"] for m in mentions if m["id"] == r["quantity"]): r
            for r in build_records(text, mentions, dt.date(2024, 8, 15))}


def test_sentence_bounds_follow_spec_example():
    text = "澄科模具并非孤例。截至7月,綦江共扶持617家(次)小微企业。\n下一行"
    start, end = sentence_bounds(text, text.index("617"))
    assert text[start:end] == "截至7月,綦江共扶持617家(次)小微企业。"


def test_until_date_scopes_every_fact_of_its_sentence_and_loan_is_the_measure():
    text = "截至7月,綦江累计支持617家(次)科技型中小企业,发放知识价值信用贷款24.61亿元,贷款规模连续5年排名全省第一。"
    records = link(text, [date(text, "截至7月", "until", None, "2024-07-31"), region(text, "綦江", "綦江区"),
                          qty(text, "617家(次)", 617, "家次"), loan(text, "知识价值信用贷款"),
                          qty(text, "24.61亿元", 2461000000, "元", "money"), qty(text, "5年", 5, "年", "duration")])
    r = records["617家(次)"]
    assert r["measure"]["text"] == "科技型中小企业" and r["region"] == "綦江区" and r["aspect"] == "level"
    assert r["time"]["end"] == "2024-07-31"
    money = records["24.61亿元"]
    assert money["measure"]["text"] == "知识价值信用贷款" and len(money["entities"]) == 1
    assert records["5年"]["measure"] is None and records["5年"]["aspect"] == "other"


def test_date_followed_by_de_scopes_only_the_next_number():
    text = "高新技术企业由2026年的87家增加到371家,增长了3.3倍。"
    records = link(text, [date(text, "2026年", "point", "2026-01-01", "2026-12-31", "year"),
                          qty(text, "87家", 87, "家"), qty(text, "371家", 371, "家"),
                          qty(text, "3.3倍", 3.3, "倍", "multiple")])
    assert records["87家"]["time"]["start"] == "2026-01-01"
    assert records["371家"]["time"] is None and records["3.3倍"]["time"] is None
    assert records["371家"]["aspect"] == "level" and records["3.3倍"]["aspect"] == "change"
    assert all(r["measure"]["text"] == "高新技术企业" for r in records.values())


def test_heading_switches_the_section_region():
    text = "### 江津\n全区科技型企业达到2422家。\n### 铜梁\n全区高新技术企业达到232家。"
    records = link(text, [region(text, "江津", "江津区"), qty(text, "2422家", 2422, "家"),
                          region(text, "铜梁", "铜梁区"), qty(text, "232家", 232, "家")])
    assert records["2422家"]["region"] == "江津区" and records["232家"]["region"] == "铜梁区"


def test_target_and_new_aspects():
    text = "力争专精特新企业达到90家。今年新增创新型企业75家。"
    records = link(text, [qty(text, "90家", 90, "家"), qty(text, "75家", 75, "家")])
    assert records["90家"]["aspect"] == "target" and records["75家"]["aspect"] == "new"


def test_indicator_table_maps_synonyms():
    assert canonical_indicator("科技型中小企业") == "科技型企业"
    assert canonical_indicator("“专精特新”企业") == "专精特新企业"
    assert canonical_indicator("规模以上工业企业R&D经费支出") == "研发投入"
    assert canonical_indicator("产能") is None
    assert canonical_indicator(None) is None


def test_city_report_takes_the_city_and_a_named_district_overrides_it():
    text = ("合肥市科技创新工作成效明显。全市高新技术企业达到6500家。\n"
            "合肥市技术合同成交额增长20%。庐阳区新增科技型企业120家。")
    records = link(text, [region(text, "合肥市", "合肥市"), qty(text, "6500家", 6500, "家"),
                          region(text, "合肥市", "合肥市", occurrence=1), qty(text, "20%", 20, "%", "percent"),
                          region(text, "庐阳区", "庐阳区"), qty(text, "120家", 120, "家")])
    assert records["6500家"]["region"] == "合肥市"  # 全市 in a city report is the city, not its province
    assert records["20%"]["region"] == "合肥市"
    assert records["120家"]["region"] == "庐阳区"


def test_district_report_keeps_its_district_when_the_city_is_named_in_a_category():
    text = "江津区科技工作成效明显。江津区新认定重庆市重点实验室3个。江津科技型企业达到2422家。"
    records = link(text, [region(text, "江津区", "江津区"), region(text, "江津区", "江津区", occurrence=1),
                          region(text, "重庆市", "重庆市"), qty(text, "3个", 3, "个"),
                          region(text, "江津", "江津区", occurrence=2), qty(text, "2422家", 2422, "家")])
    assert records["3个"]["region"] == "江津区" and records["2422家"]["region"] == "江津区"


def test_city_named_only_inside_body_names_is_found_through_its_district():
    text = ("佛山市工业和信息化局发布数据,全市经济稳中向好。工业营收增长6%。全市新增高新技术企业300家。"
            "顺德区新增科技型企业50家。")
    records = link(text, [qty(text, "6%", 6, "%", "percent"), qty(text, "300家", 300, "家"),
                          region(text, "顺德区", "顺德区"), qty(text, "50家", 50, "家")])
    assert records["6%"]["region"] == "佛山市" and records["300家"]["region"] == "佛山市"
    assert records["50家"]["region"] == "顺德区"


def link_doc(text, mentions, title=None, ref=dt.date(2032, 3, 10)):
    from extract.structure import analyse

    mentions = assign_ids(sorted(mentions, key=lambda m: m["start"]))
    layout = analyse(text, {"title": title} if title else None, ref)
    return {next(m["text"] for m in mentions if m["id"] == r["quantity"]): r
            for r in build_records(text, mentions, ref, layout)}


def year(text, surface, y, kind="point"):
    return date(text, surface, kind, f"{y}-01-01", f"{y}-12-31", "year")


def test_a_date_heading_a_paragraph_scopes_its_later_sentences_but_not_the_next_paragraph():
    text = "青禾县发展良好。\n2030年,青禾县新增企业12家。研发投入达到3亿元。\n北湖区拥有孵化器5个。"
    records = link_doc(text, [year(text, "2030年", 2030), qty(text, "12家", 12, "家"),
                              qty(text, "3亿元", 3e8, "元", "money"), qty(text, "5个", 5, "个")])
    assert records["3亿元"]["time"]["start"] == "2030-01-01"
    assert records["5个"]["time"] is None  # no title or lead period: nothing reaches the next paragraph


def test_a_date_inside_one_enumerated_item_scopes_only_that_item():
    text = "过去五年,青禾县发展良好。一是实力提升,2030年实现产值90亿元。二是引进项目47个。"
    records = link_doc(text, [year(text, "2030年", 2030), qty(text, "90亿元", 9e9, "元", "money"),
                              qty(text, "47个", 47, "个")])
    assert records["90亿元"]["time"]["start"] == "2030-01-01"
    assert records["47个"]["time"] is None


def test_the_report_period_of_a_title_reaches_undated_facts_and_whole_year_means_the_year_in_view():
    text = "青禾县科技创新取得新成效。\n全县新增高新技术企业36家,全年研发投入增长12%。"
    records = link_doc(text, [qty(text, "36家", 36, "家"), qty(text, "12%", 12, "%", "percent")],
                       title="青禾县2031年科技工作总结")
    assert records["36家"]["time"]["start"] == "2031-01-01" and records["36家"]["time"]["mention"] is None
    assert records["12%"]["time"] == {"mention": None, "kind": "span", "start": "2031-01-01", "end": "2031-12-31"}


def test_a_section_heading_with_a_plan_period_scopes_its_section_and_a_dateline_scopes_nothing():
    text = "青禾网北湖3月9日消息 北湖区现有企业94家。\n“十四五”发展成就回顾\n引进项目465个。"
    records = link_doc(text, [date(text, "3月9日", "point", "2032-03-09", "2032-03-09", "day"),
                              qty(text, "94家", 94, "家"),
                              date(text, "“十四五”", "span", "2021-01-01", "2025-12-31", "multi_year"),
                              qty(text, "465个", 465, "个")])
    assert records["94家"]["time"] is None
    assert records["465个"]["time"]["end"] == "2025-12-31"


def test_a_running_total_takes_the_until_date_of_its_own_clause():
    text = "2028年以来,青禾县持续发力,截至2031年6月,累计培育企业640家。"
    records = link_doc(text, [date(text, "2028年以来", "since", "2028-01-01", "2032-03-10", "year"),
                              date(text, "截至2031年6月", "until", None, "2031-06-30"),
                              qty(text, "640家", 640, "家")])
    assert records["640家"]["time"]["end"] == "2031-06-30" and records["640家"]["time"]["start"] is None


def test_per_period_facts_take_no_carried_date():
    text = "2030年,青禾县新增企业12家。每年培训技术人员3000名。"
    records = link_doc(text, [year(text, "2030年", 2030), qty(text, "12家", 12, "家"),
                              qty(text, "3000名", 3000, "名")])
    assert records["3000名"]["time"] is None


def test_the_title_names_the_district_reported_on():
    text = "现在,我代表区人民政府作报告。深圳市各区发展良好。全区新增企业120家。"
    records = link_doc(text, [region(text, "深圳市", "深圳市"), qty(text, "120家", 120, "家")],
                       title="政府工作报告——2032年1月20日在深圳市坪山区第三届人大第五次会议上")
    assert records["120家"]["region"] == "坪山区"


def test_a_datelines_city_is_not_the_region_and_quanqu_in_an_autonomous_region_is_the_province():
    text = "青禾网银川3月9日消息 宁夏现有企业94家,高于全区平均水平。宁夏新增企业12家。全区研发投入增长5%。"
    records = link_doc(text, [region(text, "银川", "银川市"),
                              date(text, "3月9日", "point", "2032-03-09", "2032-03-09", "day"),
                              region(text, "宁夏", "宁夏回族自治区"), qty(text, "94家", 94, "家"),
                              region(text, "宁夏", "宁夏回族自治区", occurrence=1), qty(text, "12家", 12, "家"),
                              qty(text, "5%", 5, "%", "percent")])
    assert records["5%"]["region"] == "宁夏回族自治区"


def test_quanshi_in_a_county_level_citys_report_keeps_that_city():
    text = "兰溪市科技工作成效明显。兰溪市新增企业20家。全市研发投入增长9%。"
    records = link_doc(text, [region(text, "兰溪市", "兰溪市"), region(text, "兰溪市", "兰溪市", occurrence=1),
                              qty(text, "20家", 20, "家"), qty(text, "9%", 9, "%", "percent")])
    assert records["9%"]["region"] == "兰溪市"


def test_a_verb_or_adverbial_is_never_the_measure():
    text = "青禾县大科学装置已建成11个。规上工业总产值首次突破500亿元。"
    records = link(text, [region(text, "青禾县", "青禾县"), qty(text, "11个", 11, "个"),
                          qty(text, "500亿元", 5e10, "元", "money")])
    assert records["11个"]["measure"]["text"] == "大科学装置"
    assert records["500亿元"]["measure"]["text"] == "规上工业总产值"


def test_a_rate_word_gives_way_to_what_grows_and_an_amount_may_name_its_measure_after_it():
    text = "工业投资完成6亿元,增速6.3%。北湖支行累计发放5230万元贷款。"
    records = link(text, [qty(text, "6亿元", 6e8, "元", "money"), qty(text, "6.3%", 6.3, "%", "percent"),
                          qty(text, "5230万元", 5.23e7, "元", "money")])
    assert records["6.3%"]["measure"]["text"] == "工业投资" and records["6.3%"]["aspect"] == "change"
    assert records["5230万元"]["measure"]["text"] == "贷款"


def test_an_aside_in_brackets_is_no_part_of_the_measure():
    text = "研发经费投入强度(与地区生产总值之比)为1.86%。"
    records = link(text, [qty(text, "1.86%", 1.86, "%", "percent")])
    assert records["1.86%"]["measure"]["text"] == "研发经费投入强度"


def test_respectively_after_a_comparison_pairs_with_the_facts_before():
    text = "青禾县实现生产总值1097亿元、税收收入137.6亿元，较2025年分别增长27.3%和25.9%。"
    records = link(text, [qty(text, "1097亿元", 1.097e11, "元", "money"),
                          qty(text, "137.6亿元", 1.376e10, "元", "money"),
                          date(text, "2025年", "point", "2025-01-01", "2025-12-31", "year"),
                          qty(text, "27.3%", 27.3, "%", "percent"), qty(text, "25.9%", 25.9, "%", "percent")])
    assert records["27.3%"]["measure"]["text"] == "生产总值" and records["25.9%"]["measure"]["text"] == "税收收入"


def test_aspect_classes_of_the_second_round():
    text = ("青禾县第一产业总值103亿元。其中智能装备产业的增幅达37.2%。研发投入强度比上年低0.04个百分点,"
            "比全国平均水平低1.4个百分点。50个项目开工。北湖区获批省级平台7个。集中签约工程15个。")
    records = link(text, [qty(text, "103亿元", 1.03e10, "元", "money"), qty(text, "37.2%", 37.2, "%", "percent"),
                          date(text, "上年", "point", "2030-01-01", "2030-12-31", "year"),
                          qty(text, "0.04个百分点", 0.04, "百分点", "percent"),
                          qty(text, "1.4个百分点", 1.4, "百分点", "percent"), qty(text, "50个", 50, "个"),
                          qty(text, "7个", 7, "个"), qty(text, "15个", 15, "个")])
    assert records["103亿元"]["aspect"] == "level"  # 增加值 holds no 增加
    assert records["37.2%"]["aspect"] == "change"
    assert records["0.04个百分点"]["aspect"] == "change" and records["1.4个百分点"]["aspect"] == "other"
    assert records["50个"]["aspect"] == "new" and records["7个"]["aspect"] == "new"
    assert records["15个"]["aspect"] == "other"


def test_a_stop_word_inside_a_noun_ends_nothing_and_an_action_clause_takes_the_category_before():
    text = "全县专利授权量1.5万件;公众创新素养达标率达到12%;企业营业收入翻一番,达到170亿元。"
    records = link(text, [qty(text, "1.5万件", 15000, "件"), qty(text, "12%", 12, "%", "percent"),
                          qty(text, "170亿元", 1.7e10, "元", "money")])
    assert records["1.5万件"]["measure"]["text"] == "专利授权量"
    assert records["12%"]["measure"]["text"] == "公众创新素养达标率"
    assert records["170亿元"]["measure"]["text"] == "企业营业收入"


def test_a_division_inside_the_only_body_named_is_the_region():
    text = "青禾市科技局发布数据。全市新增高新技术企业36家。"
    inst = make_mention("INSTITUTION", text, 0, 6, {"name": "青禾市科技局"}, "test")
    records = link(text, [inst, qty(text, "36家", 36, "家")])
    assert records["36家"]["region"] is None  # 青禾市 is no real division: no outside knowledge
    text = "衢州市科技局发布数据。全市新增高新技术企业36家。"
    inst = make_mention("INSTITUTION", text, 0, 6, {"name": "衢州市科技局"}, "test")
    records = link(text, [inst, qty(text, "36家", 36, "家")])
    assert records["36家"]["region"] == "衢州市"


def test_quanshi_in_a_province_text_is_the_one_city_in_view_else_none():
    text = "浙江省科技厅通报:全省新增企业500家。湖州市全市新增企业80家。"
    records = link(text, [region(text, "浙江省", "浙江省"), qty(text, "500家", 500, "家"),
                          region(text, "湖州市", "湖州市"), qty(text, "80家", 80, "家")])
    assert records["500家"]["region"] == "浙江省" and records["80家"]["region"] == "湖州市"
    text = "浙江省创新中心成立。全市新增企业80家。"
    records = link(text, [region(text, "浙江省", "浙江省"), qty(text, "80家", 80, "家")])
    assert records["80家"]["region"] is None


def test_the_newsrooms_city_in_a_dateline_is_not_the_region_of_the_first_sentence():
    text = "青禾财经成都3月9日电 10月末,科技贷款余额890亿元。四川省新增企业12家。四川省科技厅介绍情况。"
    records = link_doc(text, [region(text, "成都", "成都市"),
                              date(text, "3月9日", "point", "2032-03-09", "2032-03-09", "day"),
                              qty(text, "890亿元", 8.9e10, "元", "money"), region(text, "四川省", "四川省"),
                              qty(text, "12家", 12, "家"), region(text, "四川省", "四川省", occurrence=1)])
    assert records["890亿元"]["region"] == "四川省"


def test_words_that_plan_nothing_are_no_target_and_a_goal_after_the_number_is():
    text = "青禾产业园规划面积12平方公里。今年争取到上级资金3000万元。到2035年达到100万吨的远期目标。"
    records = link(text, [qty(text, "12平方公里", 12, "平方公里", "area"), qty(text, "3000万元", 3e7, "元", "money"),
                          qty(text, "100万吨", 1e6, "吨", "mass")])
    assert records["12平方公里"]["aspect"] != "target" and records["3000万元"]["aspect"] != "target"
    assert records["100万吨"]["aspect"] == "target"


def test_a_date_after_gao_yu_or_di_yu_is_a_comparison_base():
    text = "到2030年,财政研发投入不低于上一年度水平;公众创新素养达标率达到12%。"
    records = link(text, [date(text, "到2030年", "until", None, "2030-12-31", "year"),
                          date(text, "上一年度", "point", "2029-01-01", "2029-12-31", "year"),
                          qty(text, "12%", 12, "%", "percent")])
    assert records["12%"]["time"]["end"] == "2030-12-31"


def test_share_measures_follow_the_spec():
    text = "研发经费占地区生产总值的比重为2.5%。青禾县发表论文137篇,占全省总数的23.4%。全县占比35%。占地面积占比不变。"
    records = link(text, [qty(text, "2.5%", 2.5, "%", "percent"), qty(text, "137篇", 137, "篇"),
                          qty(text, "23.4%", 23.4, "%", "percent"), qty(text, "35%", 35, "%", "percent")])
    assert records["2.5%"]["measure"]["text"] == "研发经费占地区生产总值的比重"
    assert records["23.4%"]["measure"]["text"] == "占全省总数"
    assert records["35%"]["measure"]["text"] == "全县占比"


def test_respectively_with_only_a_rate_word_pairs_with_the_sentence_before():
    text = "技术转让合同成交额4.3亿元、技术服务合同成交额20.5亿元。增幅分别为118%和92.2%。"
    records = link(text, [qty(text, "4.3亿元", 4.3e8, "元", "money"), qty(text, "20.5亿元", 2.05e9, "元", "money"),
                          qty(text, "118%", 118, "%", "percent"), qty(text, "92.2%", 92.2, "%", "percent")])
    assert records["118%"]["measure"]["text"] == "技术转让合同成交额"
    assert records["92.2%"]["measure"]["text"] == "技术服务合同成交额"


def test_creating_verbs_are_new_for_counts_of_the_period_but_level_for_stocks_and_amounts():
    text = "今年建立培训群14个。目前已引进创新团队3个。设立了8000万元的引导基金。今年已新增企业120家。"
    records = link(text, [qty(text, "14个", 14, "个"), qty(text, "3个", 3, "个"),
                          qty(text, "8000万元", 8e7, "元", "money"), qty(text, "120家", 120, "家")])
    assert records["14个"]["aspect"] == "new" and records["120家"]["aspect"] == "new"
    assert records["3个"]["aspect"] == "level" and records["8000万元"]["aspect"] == "level"


def test_measure_classes_of_shares_levels_and_bounds():
    text = ("企业成交额126亿元,占全部成交额的71.6%,比上年增长27.4%。全县建成工作站17个,其中国家级4个。"
            "形成青禾、北湖等13个市级以上特色产业集群。")
    records = link(text, [qty(text, "126亿元", 1.26e10, "元", "money"), qty(text, "71.6%", 71.6, "%", "percent"),
                          qty(text, "27.4%", 27.4, "%", "percent"), qty(text, "17个", 17, "个"),
                          qty(text, "4个", 4, "个"), qty(text, "13个", 13, "个")])
    assert records["71.6%"]["measure"]["text"] == "占全部成交额"
    assert records["27.4%"]["measure"]["text"] == "企业成交额"  # what grows is the amount, not its share
    assert records["4个"]["measure"]["text"] == "工作站"  # a level word alone names no category
    assert records["13个"]["measure"]["text"] == "市级以上特色产业集群"


def test_a_partner_or_destination_is_not_where_the_fact_is():
    text = "莲都区科技工作成效明显。莲都区对缙云县出口增长6.3%。"
    records = link(text, [region(text, "莲都区", "莲都区"), region(text, "莲都区", "莲都区", occurrence=1),
                          region(text, "缙云县", "缙云县"), qty(text, "6.3%", 6.3, "%", "percent")])
    assert records["6.3%"]["region"] == "莲都区"


def test_a_short_form_read_inside_other_words_is_no_division_of_the_title():
    from extract.link import regions_named_in

    def names(title):
        return [r.name for r in regions_named_in(title)]

    # 以上高新区 holds 上高, 重大关键 holds 大关, 创新和产业 holds 新和: county short forms of other provinces
    assert names("湖北省级以上高新区营收增长") == ["湖北省"]
    assert names("山西省重大关键工艺研发实现突破") == ["山西省"]
    assert names("甘肃省推动创新和产业深度融合") == ["甘肃省"]
    # inside a body's name: the city written first outranks a county short form of another province
    assert names("宁波城西创新港管委会") == ["宁波市"]
    # short forms that agree with each other, or stand alone, stay
    assert names("上海浦东科技金融新政") == ["上海市", "浦东新区"]
    assert names("长春科技型企业增长") == ["长春市"]
    # a city's short form that is also its namesake county's: the city (长沙市, not 长沙县)
    assert names("长沙经济技术开发区2031年工作总结") == ["长沙市"]
    assert names("乌鲁木齐高新区科技工作") == ["乌鲁木齐市"]


def test_a_stray_short_form_in_the_title_does_not_take_the_region_of_the_report():
    text = "去年,全省高新区新增企业120家。"
    records = link_doc(text, [year(text, "去年", 2031), qty(text, "120家", 120, "家")],
                       title="湖北省级以上高新区营收增长")
    assert records["120家"]["region"] == "湖北省"


def test_a_bulletin_named_in_the_lead_dates_the_undated_facts_that_follow():
    text = "本报讯 近日,2028年青禾省统计公报称,全省经济稳定。\n规模以上工业营收增长9%。全年新增企业40家。"
    records = link_doc(text, [year(text, "2028年", 2028), qty(text, "9%", 9, "%", "percent"),
                              qty(text, "40家", 40, "家")])
    assert records["9%"]["time"]["start"] == "2028-01-01" and records["9%"]["time"]["end"] == "2028-12-31"
    assert records["40家"]["time"]["end"] == "2028-12-31"


def test_a_partner_region_is_never_what_the_text_is_about():
    text = "全省对外贸易总值增长9%。其中,对北湖区出口12亿元,增长5%;与城东区合作项目8个。"
    records = link(text, [qty(text, "9%", 9, "%", "percent"), region(text, "北湖区", "北湖区"),
                          qty(text, "12亿元", 1.2e9, "元", "money"), qty(text, "5%", 5, "%", "percent"),
                          region(text, "城东区", "城东区"), qty(text, "8个", 8, "个")])
    assert all(records[q]["region"] is None for q in ("9%", "12亿元", "5%", "8个"))  # no division of its own


def test_quannian_heading_a_sentence_scopes_its_later_clauses():
    text = "全年青禾县新设企业173家,比上年多出80家,其中合资企业52家;每年培训工人300名。"
    records = link_doc(text, [qty(text, "173家", 173, "家"), date(text, "上年", "point", "2031-01-01",
                                                                "2031-12-31", "year"),
                              qty(text, "80家", 80, "家"), qty(text, "52家", 52, "家"), qty(text, "300名", 300, "名")])
    for surface in ("173家", "80家", "52家"):
        assert (records[surface]["time"]["start"], records[surface]["time"]["end"]) == ("2032-01-01", "2032-12-31")
    assert records["300名"]["time"] is None  # a per-period fact takes no carried date
    text = "新设企业167家,全年增加80家。"  # 全年 after the number heads nothing before it
    records = link_doc(text, [qty(text, "167家", 167, "家"), qty(text, "80家", 80, "家")])
    assert records["167家"]["time"] is None


def test_clause_bounds_are_the_nearest_clause_ends_within_the_limits():
    from extract.link import clause_end, clause_start

    text = "2031年，北湖区新增企业12家；青禾县新增8家，合计20家。"
    first_comma, semicolon = text.index("，"), text.index("；")
    assert clause_start(text, text.index("12"), 0) == first_comma + 1
    assert clause_start(text, text.index("12"), first_comma + 3) == first_comma + 3  # the floor wins
    assert clause_start(text, 3, 0) == 0
    assert clause_end(text, text.index("12"), len(text)) == semicolon
    assert clause_end(text, text.index("12"), semicolon) == semicolon  # the ceiling is exclusive
    assert clause_end(text, text.index("合计"), text.index("合计") + 2) == text.index("合计") + 2


def test_a_level_word_that_is_a_base_leaves_the_fact_with_its_section():
    text = ("北湖区科技工作成效明显。北湖区工业产值占全市的41%,增速高于全省2.6个百分点,"
            "研发强度是全市平均水平的1.6倍,居全市首位的孵化载体3个。全市新增企业80家。")
    records = link(text, [region(text, "北湖区", "北湖区"), region(text, "北湖区", "北湖区", occurrence=1),
                          qty(text, "41%", 41, "%", "percent"), qty(text, "2.6个百分点", 2.6, "百分点", "percent"),
                          qty(text, "1.6倍", 1.6, "倍", "multiple"), qty(text, "3个", 3, "个"),
                          qty(text, "80家", 80, "家")])
    for surface in ("41%", "2.6个百分点", "1.6倍", "3个"):
        assert records[surface]["region"] == "北湖区", surface
    assert records["80家"]["region"] == "郴州市"  # (a real district of that name lies in 郴州市)


def test_a_base_of_the_city_in_a_text_that_names_only_its_province_is_the_city_in_view():
    text = "青禾高新区产值1877亿元,占全市工业总产值的41%。浙江省人才基地落户。衢州市科技局介绍。"
    inst = make_mention("INSTITUTION", text, text.index("衢州市科技局"), text.index("衢州市科技局") + 6,
                        {"name": "衢州市科技局"}, "test")
    records = link(text, [qty(text, "1877亿元", 1.877e11, "元", "money"), qty(text, "41%", 41, "%", "percent"),
                          region(text, "浙江省", "浙江省"), inst])
    assert records["41%"]["region"] == "衢州市"


def platform(text, surface, occurrence=0):
    start = _find(text, surface, occurrence)
    return make_mention("PLATFORM", text, start, start + len(surface), {"name": surface, "subtype": "park"}, "test")


def test_a_figure_broken_down_by_zone_counts_what_the_whole_counts():
    text = ("两区完成生产总值1720亿元。其中,北湖新区930亿元、青禾高新区790亿元。"
            "拥有高新技术企业512家(北湖新区389家、青禾高新区123家)。青禾高新区新增12个重点项目。")
    records = link(text, [qty(text, "1720亿元", 1.72e11, "元", "money"), platform(text, "北湖新区"),
                          qty(text, "930亿元", 9.3e10, "元", "money"), platform(text, "青禾高新区"),
                          qty(text, "790亿元", 7.9e10, "元", "money"), qty(text, "512家", 512, "家"),
                          platform(text, "北湖新区", 1), platform(text, "青禾高新区", 1),
                          platform(text, "青禾高新区", 2), qty(text, "389家", 389, "家"), qty(text, "123家", 123, "家"),
                          qty(text, "12个", 12, "个")])
    for surface in ("930亿元", "790亿元"):  # the sentence opening with 其中 breaks down the one before
        assert records[surface]["measure"]["text"] == "生产总值", surface
    for surface in ("389家", "123家"):
        assert records[surface]["measure"]["text"] == "高新技术企业", surface
    assert records["12个"]["measure"]["text"] == "重点项目"  # a zone as subject is no part of the measure


def test_a_predicate_after_a_counted_noun_is_no_part_of_its_measure():
    text = "向27家企业颁发证书,6家研究院实体化运作,9个中试平台加快建设……全县1200家企业已完成改造。"
    records = link(text, [qty(text, "27家", 27, "家"), qty(text, "6家", 6, "家"), qty(text, "9个", 9, "个"),
                          qty(text, "1200家", 1200, "家")])
    assert [records[s]["measure"]["text"] for s in ("27家", "6家", "9个", "1200家")] == [
        "企业", "研究院", "中试平台", "企业"]


def test_an_amount_is_measured_by_its_money_word_and_a_share_keeps_its_place_base():
    text = ("全县投入2亿元扶持资金帮扶企业,设立3000万元贷款风险补偿资金。总投资12亿元的青禾新材料项目开工。"
            "授权专利累计达2960件,占北湖市46.1%。")
    records = link(text, [qty(text, "2亿元", 2e8, "元", "money"), qty(text, "3000万元", 3e7, "元", "money"),
                          qty(text, "12亿元", 1.2e9, "元", "money"), qty(text, "2960件", 2960, "件"),
                          region(text, "北湖市", "北湖市"), qty(text, "46.1%", 46.1, "%", "percent")])
    assert records["2亿元"]["measure"]["text"] == "扶持资金"
    assert records["3000万元"]["measure"]["text"] == "贷款风险补偿资金"
    assert records["12亿元"]["measure"]["text"] == "总投资"
    assert records["46.1%"]["measure"]["text"] == "占北湖市"


def test_a_zone_report_titled_by_its_city_keeps_the_district_its_text_reports_on():
    text = "岳麓区科技工作成效明显。岳麓区新增企业20家,全区研发投入增长9%。"
    mentions = [region(text, "岳麓区", "岳麓区"), region(text, "岳麓区", "岳麓区", occurrence=1),
                qty(text, "20家", 20, "家"), qty(text, "9%", 9, "%", "percent")]
    records = link_doc(text, mentions, title="长沙高新区科技工作综述")
    assert records["20家"]["region"] == "岳麓区" and records["9%"]["region"] == "岳麓区"
    text = "全市新增企业20家。"  # the title's city, where the text names no district of it
    records = link_doc(text, [qty(text, "20家", 20, "家")], title="长沙高新区科技工作综述")
    assert records["20家"]["region"] == "长沙市"


def test_a_respectively_list_pairs_each_item_with_its_number():
    text = ("种植业、养殖业和加工业所占比重分别为5.2%、11.3%和83.5%。航空航天、机械及汽车零部件业的增速分别为"
            "31.3%、17.2%。高新技术企业、科技型企业和专精特新企业分别达到230家、860家、57家。")
    surfaces = [("5.2%", "%"), ("11.3%", "%"), ("83.5%", "%"), ("31.3%", "%"), ("17.2%", "%"),
                ("230家", "家"), ("860家", "家"), ("57家", "家")]
    records = link(text, [qty(text, s, float(s[:-1]), u, "percent" if u == "%" else "count") for s, u in surfaces])
    assert [records[s]["measure"]["text"] for s, _ in surfaces] == [
        "种植业", "养殖业", "加工业", "航空航天", "机械及汽车零部件业",
        "高新技术企业", "科技型企业", "专精特新企业"]


def test_research_and_experimental_development_is_one_term():
    text = "全县投入的研究与试验发展(R&D)经费共7.6亿元,企业研究与试验发展经费7.1亿元。"
    records = link(text, [qty(text, "7.6亿元", 7.6e8, "元", "money"), qty(text, "7.1亿元", 7.1e8, "元", "money")])
    assert records["7.6亿元"]["measure"]["text"] == "研究与试验发展(R&D)经费"
    assert records["7.1亿元"]["measure"]["text"] == "企业研究与试验发展经费"


def test_numbers_in_brackets_after_places_in_a_ranking_count_what_is_ranked():
    text = "研发经费居前两名的县区是莲都区(13.4亿元)、青田县(5.6亿元)。莲都区(8家)获奖。"
    records = link(text, [region(text, "莲都区", "莲都区"), qty(text, "13.4亿元", 1.34e9, "元", "money"),
                          region(text, "青田县", "青田县"), qty(text, "5.6亿元", 5.6e8, "元", "money"),
                          region(text, "莲都区", "莲都区", occurrence=1), qty(text, "8家", 8, "家")])
    assert records["13.4亿元"]["measure"]["text"] == "研发经费" and records["5.6亿元"]["measure"]["text"] == "研发经费"
    assert records["13.4亿元"]["region"] == "莲都区" and records["5.6亿元"]["region"] == "青田县"
    assert records["8家"]["measure"] is None  # no ranking in its sentence: nothing named


def test_a_level_word_opening_the_sentence_scopes_its_later_clauses_but_an_object_does_not():
    text = ("莲都区科技工作成效明显。莲都区新增企业12家。2030年,全省高新技术产业完成产值955亿元,同比增长17%。"
            "莲都区贯彻全市科技企业培育方案,25家企业入库。莲都区新增企业50家,全市累计达到800家。"
            "莲都区工业增加值对全市增长的拉动作用超过一成,贡献率27%。")
    mentions = [region(text, "莲都区", "莲都区", occurrence=i) for i in range(5)]
    mentions += [qty(text, "12家", 12, "家"), qty(text, "955亿元", 9.55e10, "元", "money"),
                 qty(text, "17%", 17, "%", "percent"), qty(text, "25家", 25, "家"), qty(text, "50家", 50, "家"),
                 qty(text, "800家", 800, "家"), qty(text, "27%", 27, "%", "percent")]
    records = link(text, mentions)
    assert records["955亿元"]["region"] == "浙江省" and records["17%"]["region"] == "浙江省"
    assert records["25家"]["region"] == "莲都区"  # 全市 is the object of 落实, in an earlier clause
    assert records["800家"]["region"] == "丽水市"  # the nearest before it: 全市 after 莲都区
    assert records["27%"]["region"] == "莲都区"  # 对全市: a base


def test_passive_and_keeping_verbs_are_no_part_of_a_measure():
    text = ("全县众创空间有19家被评为良好,16家企业成为标杆企业。营业收入120亿元,继续保持15%的增幅。"
            "全县科技型中小企业入库总数已达2380家。")
    surfaces = [("19家", 19, "家"), ("16家", 16, "家"), ("120亿元", 1.2e10, "元"), ("15%", 15, "%"),
                ("2380家", 2380, "家")]
    dims = {"家": "count", "元": "money", "%": "percent"}
    records = link(text, [qty(text, s, v, u, dims[u]) for s, v, u in surfaces])
    assert records["19家"]["measure"]["text"] == "众创空间"
    assert records["16家"]["measure"]["text"] == "企业"
    assert records["15%"]["measure"]["text"] == "营业收入"
    assert records["2380家"]["measure"]["text"] == "科技型中小企业入库总数"


def test_what_grows_over_a_span_of_time_is_named_before_it():
    text = "每万人有效发明专利4年时间增长逾2倍。企业利润连续9个月保持在25%以上。"
    records = link(text, [qty(text, "4年", 4, "年", "duration"), qty(text, "逾2倍", 2, "倍", "multiple"),
                          qty(text, "9个月", 9, "月", "duration"), qty(text, "25%", 25, "%", "percent")])
    assert records["逾2倍"]["measure"]["text"] == "每万人有效发明专利"
    assert records["25%"]["measure"]["text"] == "企业利润"
    assert records["4年"]["measure"] is None


def test_a_paragraph_opening_a_roundup_of_places_is_no_section_of_the_first():
    text = ("全省工业稳步增长,全省新增企业300家。\n过去一年,莲都区出台行动计划,缙云县启动专项行动。"
            "规上工业营业收入突破3600亿元。")
    mentions = [qty(text, "300家", 300, "家"), region(text, "莲都区", "莲都区"), region(text, "缙云县", "缙云县"),
                qty(text, "3600亿元", 3.6e11, "元", "money")]
    records = link_doc(text, mentions)
    assert records["3600亿元"]["region"] == "浙江省"  # not 莲都区, named first in the roundup


def test_quannian_in_its_own_clause_wins_over_a_day_carried_from_the_clause_before():
    text = "目前青禾县有企业62家正在公示,预计全年净增180家。"
    records = link_doc(text, [date(text, "目前", "point", "2032-03-10", "2032-03-10", "day"),
                              qty(text, "62家", 62, "家"), qty(text, "180家", 180, "家")])
    assert records["62家"]["time"]["start"] == "2032-03-10"
    assert (records["180家"]["time"]["start"], records["180家"]["time"]["end"]) == ("2032-01-01", "2032-12-31")


def test_quannian_after_yi_nian_lai_means_the_year_reviewed_not_the_new_year():
    # a report delivered in January 2032: 一年来 runs into 2032, but its 全年 is 2031
    text = "一年来,青禾县新增研发机构118家,全年培育创新联合体15家。"
    records = link_doc(text, [date(text, "一年来", "since", "2031-01-11", "2032-01-10", "year"),
                              qty(text, "118家", 118, "家"), qty(text, "15家", 15, "家")],
                       ref=dt.date(2032, 1, 10))
    assert records["118家"]["time"]["start"] == "2031-01-11"
    assert (records["15家"]["time"]["start"], records["15家"]["time"]["end"]) == ("2031-01-01", "2031-12-31")
    text = "今年以来,青禾县新增企业40家,全年有望新增90家。"  # the period covers only this year
    records = link_doc(text, [date(text, "今年以来", "since", "2032-01-01", "2032-03-10", "year"),
                              qty(text, "40家", 40, "家"), qty(text, "90家", 90, "家")])
    assert records["90家"]["time"]["end"] == "2032-12-31"


def test_dangtian_and_tongqi_carry_the_day_or_period_they_refer_to():
    text = ("3月2日,青禾县举行签约仪式,签约项目18个。\n目前,青禾县正推进产业布局。\n"
            "当天,北湖区12个项目也同步开工。\n2031年1至10月,全县工业营收增长9%。\n同期,高新技术产业营收增长16%。")
    records = link_doc(text, [date(text, "3月2日", "point", "2032-03-02", "2032-03-02", "day"),
                              qty(text, "18个", 18, "个"),
                              date(text, "目前", "point", "2032-03-10", "2032-03-10", "day"),
                              qty(text, "12个", 12, "个"),
                              date(text, "2031年1至10月", "span", "2031-01-01", "2031-10-31"),
                              qty(text, "9%", 9, "%", "percent"), qty(text, "16%", 16, "%", "percent")])
    assert records["12个"]["time"]["start"] == "2032-03-02"  # the event's day, not 目前
    assert (records["16%"]["time"]["start"], records["16%"]["time"]["end"]) == ("2031-01-01", "2031-10-31")


def test_a_date_naming_an_event_or_a_batch_gives_way_to_the_date_heading_the_sentence():
    text = "6月5日上午,青禾市举行2031年第二批重大工程开工仪式,其中北湖区有17个工程同时开工。"
    records = link_doc(text, [date(text, "6月5日", "point", "2031-06-05", "2031-06-05", "day"),
                              year(text, "2031年", 2031), qty(text, "17个", 17, "个")])
    assert records["17个"]["time"]["start"] == "2031-06-05"
    text = "8月3日,在北湖区举行的2031年三季度重大工程开工仪式上,53个工程同时开工。"
    records = link_doc(text, [date(text, "8月3日", "point", "2031-08-03", "2031-08-03", "day"),
                              date(text, "2031年三季度", "span", "2031-07-01", "2031-09-30", "quarter"),
                              qty(text, "53个", 53, "个")])
    assert records["53个"]["time"]["start"] == "2031-08-03"
    text = "青禾省公示了2031年第二批入库企业名单,北湖区191家企业入选。"  # no other date: the batch's year
    records = link_doc(text, [year(text, "2031年", 2031), qty(text, "191家", 191, "家")])
    assert records["191家"]["time"]["start"] == "2031-01-01"


def test_a_date_inside_a_quoted_name_does_not_carry_to_later_clauses():
    text = "北湖区举办“2030年青禾论坛”等活动;审批时限压缩至3个工作日。"
    records = link_doc(text, [year(text, "2030年", 2030), qty(text, "3个工作日", 3, "工作日", "duration")])
    assert records["3个工作日"]["time"] is None


def test_the_base_of_a_ratio_does_not_stop_the_sentence_before_from_scoping():
    text = "一年来,青禾县研发实力稳步增强。其中新增研发机构86家,月均新增量是去年同期的4.3倍。"
    records = link_doc(text, [date(text, "一年来", "since", "2031-03-11", "2032-03-10", "year"),
                              qty(text, "86家", 86, "家"),
                              date(text, "去年同期", "span", "2030-03-11", "2031-03-10", "year"),
                              qty(text, "4.3倍", 4.3, "倍", "multiple")])
    assert records["4.3倍"]["time"]["start"] == "2031-03-11"


def test_a_summary_heading_a_later_sentence_reaches_the_next_paragraphs_but_a_since_date_does_not():
    text = "去年,青禾县提出建设研发城市的目标。一年来,青禾县研发实力稳步增强。\n新增研发平台11家。"
    records = link_doc(text, [year(text, "去年", 2031),
                              date(text, "一年来", "since", "2031-03-11", "2032-03-10", "year"),
                              qty(text, "11家", 11, "家")])
    assert records["11家"]["time"]["start"] == "2031-03-11"
    text = "北湖区发展良好。2031年以来,北湖区研发实力稳步增强。\n新增研发平台11家。"  # a news story's since-date
    records = link_doc(text, [date(text, "2031年以来", "since", "2031-01-01", "2032-03-10", "year"),
                              qty(text, "11家", 11, "家")])
    assert records["11家"]["time"] is None
    text = "2031年是起步之年。一年来,青禾县稳步前行。\n新增研发平台11家。"  # the paragraph opened on its year
    records = link_doc(text, [date(text, "2031年", "point", "2031-01-01", "2031-12-31", "year"),
                              date(text, "一年来", "since", "2031-03-11", "2032-03-10", "year"),
                              qty(text, "11家", 11, "家")])
    assert records["11家"]["time"]["start"] == "2031-01-01"


def test_a_year_after_the_topic_opening_a_paragraph_heads_that_paragraph():
    text = "青禾县光电产业2031年完成产值94亿元。电子产业完成产值71亿元。\n北湖区新增企业5家。"
    records = link_doc(text, [year(text, "2031年", 2031), qty(text, "94亿元", 9.4e9, "元", "money"),
                              qty(text, "71亿元", 7.1e9, "元", "money"), qty(text, "5家", 5, "家")])
    assert records["71亿元"]["time"]["start"] == "2031-01-01"
    assert records["5家"]["time"] is None  # the next paragraph
    text = "青禾县3月5日召开大会。会上签约项目12个。"  # a day after the topic dates an event
    records = link_doc(text, [date(text, "3月5日", "point", "2032-03-05", "2032-03-05", "day"),
                              qty(text, "12个", 12, "个")])
    assert records["12个"]["time"] is None


def test_a_deadline_in_the_headline_is_a_goal_not_the_period_of_the_facts_under_it():
    text = "到2035年 青禾县力争拥有企业3500家\n青禾县营业收入超亿元的企业487家。"
    records = link_doc(text, [date(text, "到2035年", "until", None, "2035-12-31", "year"),
                              qty(text, "3500家", 3500, "家"), qty(text, "487家", 487, "家")])
    assert records["3500家"]["time"]["end"] == "2035-12-31"
    assert records["487家"]["time"] is None and records["487家"]["aspect"] == "level"
    text = "“十三五”时期青禾县企业成为创新主力军\n全县研发经费投入首次突破百亿元。"  # a period in the headline holds
    records = link_doc(text, [date(text, "“十三五”", "span", "2016-01-01", "2020-12-31", "multi_year"),
                              qty(text, "百亿元", 1e10, "元", "money")])
    assert records["百亿元"]["time"]["end"] == "2020-12-31"


def test_a_stock_takes_its_until_date_and_a_running_total_the_date_of_its_own_clause():
    text = "截至目前,北湖区2031年入库企业总数已达126家。"
    records = link_doc(text, [date(text, "截至目前", "until", None, "2032-03-10", "day"),
                              year(text, "2031年", 2031), qty(text, "126家", 126, "家")])
    assert records["126家"]["time"]["end"] == "2032-03-10" and records["126家"]["time"]["start"] is None
    text = "11月6日,青禾县完善孵化体系,今年累计组织12家企业申报。"
    records = link_doc(text, [date(text, "11月6日", "point", "2031-11-06", "2031-11-06", "day"),
                              year(text, "今年", 2031), qty(text, "12家", 12, "家")])
    assert records["12家"]["time"]["start"] == "2031-01-01"
    text = "2028年以来新增企业397家,今年第一批通过审核36家,高新技术企业累计达到187家。"
    records = link_doc(text, [date(text, "2028年以来", "since", "2028-01-01", "2032-03-10", "year"),
                              qty(text, "397家", 397, "家"), year(text, "今年", 2032), qty(text, "36家", 36, "家"),
                              qty(text, "187家", 187, "家")])
    assert records["187家"]["time"]["start"] == "2028-01-01"  # counted since the sentence's heading date


def test_a_vague_time_heading_a_clause_stops_an_earlier_date():
    text = "2031年青禾市高被引学者达到41人;近几年青禾市研发投入强度始终维持在6%以上。"
    records = link_doc(text, [year(text, "2031年", 2031), qty(text, "41人", 41, "人"),
                              qty(text, "6%以上", 6, "%", "percent")])
    assert records["41人"]["time"]["start"] == "2031-01-01"
    assert records["6%以上"]["time"] is None
    text = "近年来,青禾县培育领军企业22家。"  # nor does the report's period reach over it
    records = link_doc(text, [qty(text, "22家", 22, "家")], title="青禾县2031年科技工作总结")
    assert records["22家"]["time"] is None


def test_the_base_of_a_ratio_scopes_no_later_fact_of_its_sentence():
    text = "2031年,青禾县新增企业179家,是2030年增幅的2.7倍多,总数达2986家。"
    records = link_doc(text, [year(text, "2031年", 2031), qty(text, "179家", 179, "家"),
                              year(text, "2030年", 2030), qty(text, "2.7倍多", 2.7, "倍", "multiple"),
                              qty(text, "2986家", 2986, "家")])
    assert records["2.7倍多"]["time"]["start"] == "2031-01-01"
    assert records["2986家"]["time"]["start"] == "2031-01-01"


def test_quannian_reaches_a_subjectless_clause_that_continues_it_but_not_a_new_subject():
    text = "今年1至9月,青禾县成交额2.7亿元,预计全年成交额超过3.9亿元,是去年的3倍多;中试基地20家。"
    records = link_doc(text, [date(text, "今年1至9月", "span", "2032-01-01", "2032-09-30"),
                              qty(text, "2.7亿元", 2.7e8, "元", "money"), qty(text, "3.9亿元", 3.9e8, "元", "money"),
                              year(text, "去年", 2031), qty(text, "3倍多", 3, "倍", "multiple"),
                              qty(text, "20家", 20, "家")])
    assert (records["3倍多"]["time"]["start"], records["3倍多"]["time"]["end"]) == ("2032-01-01", "2032-12-31")
    assert records["20家"]["time"]["end"] == "2032-09-30"  # its own subject: the period carried, not 全年


def test_quannian_after_a_since_date_without_a_report_year_is_the_since_dates_first_year():
    text = "2031年以来,青禾县持续发力,全年举办供需对接会400余场。"
    records = link_doc(text, [date(text, "2031年以来", "since", "2031-01-01", "2032-02-25", "year"),
                              qty(text, "400余场", 400, "场")], ref=dt.date(2032, 2, 25))
    assert (records["400余场"]["time"]["start"], records["400余场"]["time"]["end"]) == ("2031-01-01", "2031-12-31")


def test_a_region_after_a_verb_phrase_opening_a_paragraph_does_not_switch_the_section():
    text = ("过去一年,青禾省工业稳步增长,全省新增企业300家。\n"
            "某某稀土集团落户北湖市,成为首个落户的企业。某某铜业营业收入突破900亿元。\n"
            "近年来,南山市新增企业60家。")
    records = link_doc(text, [region(text, "青禾省", "湖南省"), qty(text, "300家", 300, "家"),
                              region(text, "北湖市", "长沙市"),
                              qty(text, "900亿元", 90000000000, "元", "money"),
                              region(text, "南山市", "株洲市"), qty(text, "60家", 60, "家")])
    assert records["900亿元"]["region"] == "湖南省"  # the city is where the group settled, not the subject
    assert records["60家"]["region"] == "株洲市"  # a time word before the subject still opens its section


def test_places_named_in_an_earlier_clause_pair_with_the_numbers_after_fenbie():
    text = ("青禾省各市研发费用增长较快。东湖市下降1.5%。北湖市和南山市的研发强度位列前二,分别为4.3%和3.9%,"
            "高于其他市。")
    records = link_doc(text, [region(text, "青禾省", "浙江省"), region(text, "东湖市", "嘉兴市"),
                              qty(text, "1.5%", 1.5, "%", "percent"), region(text, "北湖市", "杭州市"),
                              region(text, "南山市", "绍兴市"), qty(text, "4.3%", 4.3, "%", "percent"),
                              qty(text, "3.9%", 3.9, "%", "percent")])
    assert records["4.3%"]["region"] == "杭州市" and records["3.9%"]["region"] == "绍兴市"
    assert records["1.5%"]["region"] == "嘉兴市"


def test_a_fact_after_a_list_of_places_is_about_the_section_not_the_last_place():
    text = ("青禾市将做强三大产业,全市产业体系更加完善。\n"
            "软件产业重点布局北湖区、南山区,力争到2035年营业收入达到2万亿元。"
            "装备产业重点布局东湖区、青禾经济技术开发区,力争营业收入达到7000亿元。西湖区新增企业40家。")
    records = link_doc(text, [region(text, "青禾市", "北京市"), region(text, "北湖区", "海淀区"),
                              region(text, "南山区", "朝阳区"), qty(text, "2万亿元", 2e12, "元", "money"),
                              region(text, "东湖区", "大兴区"), qty(text, "7000亿元", 7e11, "元", "money"),
                              region(text, "西湖区", "顺义区"), qty(text, "40家", 40, "家")])
    assert records["2万亿元"]["region"] == "北京市" and records["7000亿元"]["region"] == "北京市"
    assert records["40家"]["region"] == "顺义区"  # one place alone still is the fact's


# ---------------------------------------------------------------- measure (issue 13)
# Classes counted on the unlabelled articles; invented names and numbers.


def _measures(text, surfaces):
    """The measure text of each record, linked from quantities alone (surface, value, unit, dimension)."""
    records = link(text, [qty(text, s, v, u, d) for s, v, u, d in surfaces])
    return {s: records[s]["measure"]["text"] if records[s]["measure"] else None for s, *_ in surfaces}


def test_a_predicate_after_a_counted_noun_ends_it_but_not_inside_a_noun():
    text = ("北湖区28个项目集中开工,1500家企业通过评价入库,6个项目获省级科技奖,130家企业上榜,"
            "4名专家担任顾问,2个获奖项目来自高校,3个产业集中区。在35个工业行业中,30个行业保持增长。")
    got = _measures(text, [("28个", 28, "个", "count"), ("1500家", 1500, "家", "count"),
                           ("6个", 6, "个", "count"), ("130家", 130, "家", "count"), ("4名", 4, "名", "count"),
                           ("2个", 2, "个", "count"), ("3个", 3, "个", "count"), ("35个", 35, "个", "count")])
    assert got == {"28个": "项目", "1500家": "企业", "6个": "项目", "130家": "企业", "4名": "专家",
                   "2个": "获奖项目", "3个": "产业集中区", "35个": "工业行业"}


def test_a_verb_before_a_qualifier_a_method_of_reckoning_and_a_rank_are_no_part_of_the_measure():
    text = ("青禾县园区实现规模以上工业总产值480亿元。预计规模以上工业营业收入突破900亿元。"
            "全县共有省级以上园区12家。工业营收按可比价格计算较上年增长7.4%。"
            "北湖区创新指数居全省第9位,县域创新水平居全省11位。")
    surfaces = [("480亿元", 4.8e10, "元", "money"), ("900亿元", 9e10, "元", "money"), ("12家", 12, "家", "count"),
                ("7.4%", 7.4, "%", "percent"), ("11位", 11, "位", "count")]
    records = link(text, [qty(text, *s) for s in surfaces]
                   + [date(text, "上年", "point", "2030-01-01", "2030-12-31", "year")])
    got = {s: records[s]["measure"]["text"] for s, *_ in surfaces}
    assert got == {"480亿元": "规模以上工业总产值", "900亿元": "规模以上工业营业收入", "12家": "省级以上园区",
                   "7.4%": "工业营收", "11位": "县域创新水平"}


def test_an_adverb_of_degree_is_never_the_measure_and_a_gap_word_opens_no_measure():
    text = "全县科技贷款余额达310亿,较年初净增62亿元,大幅增长25.1%,高出全省平均3.2个百分点。"
    got = _measures(text, [("310亿", 3.1e10, "元", "money"), ("62亿元", 6.2e9, "元", "money"),
                           ("25.1%", 25.1, "%", "percent"), ("3.2个百分点", 3.2, "百分点", "percent")])
    assert got["25.1%"] == "科技贷款余额"
    assert got["3.2个百分点"] != "高出全省平"


def test_a_rank_is_no_measure_and_what_is_ranked_is_read_past_it():
    text = "北湖区创新指数从2026年的全省第26位提高到2030年的第19位,提升7位。技术交易规模从全省第27位上升至17位。"
    records = link(text, [date(text, "2026年", "point", "2026-01-01", "2026-12-31", "year"),
                          date(text, "2030年", "point", "2030-01-01", "2030-12-31", "year"),
                          qty(text, "7位", 7, "位"), qty(text, "17位", 17, "位")])
    assert records["7位"]["measure"]["text"] == "北湖区创新指数"
    assert records["17位"]["measure"]["text"] == "技术交易规模"


def test_a_verb_right_before_the_number_goes_but_not_inside_a_category():
    text = "市级创新型中小企业累计备案1183家,市级以上备案众创空间31家,全省专利授权年均增长17.3%,产值保持年均15%的增速。"
    got = _measures(text, [("1183家", 1183, "家", "count"), ("31家", 31, "家", "count"),
                           ("17.3%", 17.3, "%", "percent"), ("15%", 15, "%", "percent")])
    assert got == {"1183家": "市级创新型中小企业", "31家": "市级以上备案众创空间", "17.3%": "专利授权", "15%": "产值"}


def test_a_list_join_or_an_adverb_after_a_counted_noun_ends_it_and_a_level_word_is_no_measure():
    text = ("研究提出16项工作重点及83项具体任务,开工的15个重点工程都已落地。"
            "共有自治区级以上园区6个,其中国家级3个,自治区级4个。")
    got = _measures(text, [("16项", 16, "项", "count"), ("83项", 83, "项", "count"), ("15个", 15, "个", "count"),
                           ("6个", 6, "个", "count"), ("3个", 3, "个", "count"), ("4个", 4, "个", "count")])
    assert got == {"16项": "工作重点", "83项": "具体任务", "15个": "重点工程", "6个": "自治区级以上园区",
                   "3个": "自治区级以上园区", "4个": "自治区级以上园区"}


def test_a_clause_describing_the_counted_things_stands_before_their_noun():
    text = "青禾县拥有近30项具有自主产权的团体标准,遴选64家有核心技术、融资需求的科技型企业,3家企业的产品。"
    got = _measures(text, [("近30项", 30, "项", "count"), ("64家", 64, "家", "count"), ("3家", 3, "家", "count")])
    assert got == {"近30项": "团体标准", "64家": "科技型企业", "3家": "企业"}


def test_a_comparison_inside_the_phrase_before_a_gap_ends_the_measure():
    text = ("电子产业营收增速高于全县平均增速8个百分点。企业研发经费为27亿元,比上年提高12%,"
            "增速比全县研发经费高0.6个百分点。研发投入强度为3.1%,远远高于全县工业企业0.7%的平均水平。"
            "存款规模同比增速超18%。")
    records = link(text, [qty(text, "8个百分点", 8, "百分点", "percent"), qty(text, "27亿元", 2.7e9, "元", "money"),
                          date(text, "上年", "point", "2030-01-01", "2030-12-31", "year"),
                          qty(text, "12%", 12, "%", "percent"), qty(text, "0.6个百分点", 0.6, "百分点", "percent"),
                          qty(text, "3.1%", 3.1, "%", "percent"), qty(text, "0.7%", 0.7, "%", "percent"),
                          qty(text, "超18%", 18, "%", "percent")])
    got = {s: records[s]["measure"]["text"] for s in ("8个百分点", "0.6个百分点", "0.7%", "超18%")}
    assert got == {"8个百分点": "电子产业营收增速", "0.6个百分点": "企业研发经费", "0.7%": "研发投入强度",
                   "超18%": "存款规模"}


def test_a_share_linked_to_a_noun_after_it_a_kind_count_and_a_span_of_time_before_the_number():
    text = ("北湖区以占全县4.7%的建设用地贡献了三成产值。成果涵盖专利、软件著作权等五类成果。"
            "省级科技项目立项数翻一番,五年累计突破600个。")
    records = link(text, [qty(text, "4.7%", 4.7, "%", "percent"), qty(text, "五类", 5, "类"),
                          qty(text, "一番", 2, "倍", "multiple"), qty(text, "五年", 5, "年", "duration"),
                          qty(text, "600个", 600, "个")])
    assert records["4.7%"]["measure"]["text"] == "建设用地"
    assert records["五类"]["measure"]["text"] == "成果"
    assert records["600个"]["measure"]["text"] == "省级科技项目立项数"


def test_a_zone_after_a_place_breaks_a_figure_down_and_a_place_after_quan_is_the_base_of_a_share():
    text = "北湖区现有高新技术企业417家(青禾高新区352家、南山高新区65家)。北湖区科技企业占全青禾市41%。"
    records = link(text, [region(text, "北湖区", "北湖区"), qty(text, "417家", 417, "家"),
                          region(text, "青禾", "青禾市"), qty(text, "352家", 352, "家"),
                          region(text, "南山", "南山区"), qty(text, "65家", 65, "家"),
                          region(text, "北湖区", "北湖区", occurrence=1), region(text, "青禾市", "青禾市"),
                          qty(text, "41%", 41, "%", "percent")])
    assert records["352家"]["measure"]["text"] == "高新技术企业"
    assert records["65家"]["measure"]["text"] == "高新技术企业"
    assert records["41%"]["measure"]["text"] == "科技企业占全青禾市"


def test_an_amount_qualifying_counted_things_stands_before_their_noun_and_ordinals_are_no_measure():
    text = "北湖区还有17家营收上十亿元企业,33家营收超亿元企业。青禾园区产值首次突破400亿元,为全县首个400亿元园区。"
    records = link(text, [qty(text, "17家", 17, "家"), qty(text, "十亿元", 1e9, "元", "money"),
                          qty(text, "33家", 33, "家"), qty(text, "超亿元", 1e8, "元", "money")])
    assert records["17家"]["measure"]["text"] == "企业" and records["33家"]["measure"]["text"] == "企业"
    assert records["十亿元"]["measure"]["text"] == "营收"
    got = [r for r in build_records(text, assign_ids(sorted(
        [qty(text, "400亿元", 4e10, "元", "money"), qty(text, "400亿元", 4e10, "元", "money", occurrence=1)],
        key=lambda m: m["start"])), dt.date(2031, 3, 15))]
    # (首个400亿元园区: the amount sizes the things after it, ANNOTATION "Sized amounts, round 25")
    assert [r["measure"]["text"] for r in got] == ["青禾园区产值", "园区"]


# ---------------------------------------------------------------- region (issue 13)
# Classes found on unseen in-domain articles (tallied by report type); invented names and figures,
# real division names only where the division table itself is tested.


def test_the_division_table_shortens_counties_straight_under_a_province_and_has_current_ones():
    from extract.lexicon import region_table

    table = region_table()
    # 海南's counties hang straight under the province: 定安, 白沙县 are written for them
    assert [r.name for r in table["定安"]] == ["定安县"]
    assert [r.name for r in table["白沙县"]] == ["白沙黎族自治县"]
    assert "草湖市" in table  # set up after the snapshot; from the current list
    # an autonomous county or prefecture is also written without its nationalities
    assert [r.name for r in table["紫云自治县"]] == ["紫云苗族布依族自治县"]
    assert [r.name for r in table["黔南自治州"]] == ["黔南布依族苗族自治州"]
    # a short form opening with a level character reads inside other words (7市中有6个)
    assert "市中" not in table and "市南" not in table and "市中区" in table


def entity(text, kind, surface, occurrence=0):
    start = _find(text, surface, occurrence)
    return make_mention(kind, text, start, start + len(surface), {"name": surface}, "test")


def test_a_paragraph_opening_on_a_zone_in_a_province_report_is_about_the_zones_city():
    # province report (浙江省 named most, 全省): each zone paragraph reports its zone's figures
    text = ("浙江省新增省级高新区2家。全省共有高新区30个。\n"
            "丽水青禾高新区是全省首批园区之一。2030年,园区实现营业收入80亿元,拥有高新技术企业14家。\n"
            "在湖州北湖科技园,今年新引进项目9个。\n"
            "下一步,浙江省将推进全省高新区发展,力争高新区达到35个。")
    mentions = [region(text, "浙江省", "浙江省"), qty(text, "2家", 2, "家"), qty(text, "30个", 30, "个"),
                entity(text, "PLATFORM", "丽水青禾高新区"), qty(text, "80亿元", 8e9, "元", "money"),
                qty(text, "14家", 14, "家"), entity(text, "PLATFORM", "湖州北湖科技园"), qty(text, "9个", 9, "个"),
                region(text, "浙江省", "浙江省", occurrence=1), qty(text, "35个", 35, "个")]
    records = link(text, mentions)
    assert records["30个"]["region"] == "浙江省"
    assert records["80亿元"]["region"] == "丽水市" and records["14家"]["region"] == "丽水市"
    assert records["9个"]["region"] == "湖州市"  # 在 + the zone: still its subject
    assert records["35个"]["region"] == "浙江省"  # the zone's paragraph ended


def test_a_paragraph_opening_on_a_lender_or_on_a_zone_as_object_keeps_the_report_region():
    text = ("浙江省新增科技贷款300亿元。\n"
            "丽水青禾银行为企业发放贷款2亿元。\n"
            "推进丽水青禾高新区建设,新增孵化器12家。")
    mentions = [region(text, "浙江省", "浙江省"), qty(text, "300亿元", 3e10, "元", "money"),
                entity(text, "COMPANY", "丽水青禾银行"), qty(text, "2亿元", 2e8, "元", "money"),
                entity(text, "PLATFORM", "丽水青禾高新区"), qty(text, "12家", 12, "家")]
    records = link(text, mentions)
    assert records["2亿元"]["region"] == "浙江省"  # the lender's place is not the borrower's
    assert records["12家"]["region"] == "浙江省"  # 推进…: the zone is an object, not the subject


def test_a_subtitle_above_the_first_paragraph_opens_no_section():
    # a province's evaluation report in a city paper: the subtitle's city is one highlight
    text = ("浙江省区域创新能力报告发布\n丽水创新环境位列第一\n"
            "报告显示,全省研发投入占GDP的3.1%。专利授权量12万件,增长9%。\n"
            "丽水创新能力全省第二。")
    mentions = [region(text, "浙江省", "浙江省"), region(text, "丽水", "丽水市"),
                qty(text, "3.1%", 3.1, "%", "percent"), qty(text, "12万件", 120000, "件"),
                qty(text, "9%", 9, "%", "percent"), region(text, "丽水", "丽水市", occurrence=1)]
    records = link(text, mentions)
    assert records["12万件"]["region"] == "浙江省" and records["9%"]["region"] == "浙江省"


def test_a_count_closing_a_list_of_places_is_the_whole_lists():
    text = ("浙江省高新区全省领先,全省共有丽水、湖州、衢州等3个国家级高新区以及莲都、北湖东片区、青田县等5个省级园区。"
            "青禾东片区、缙云县共有企业40家。其中北湖园区12家、缙云县8家。")
    mentions = [region(text, "浙江省", "浙江省"), region(text, "丽水", "丽水市"), region(text, "湖州", "湖州市"),
                region(text, "衢州", "衢州市"), qty(text, "3个", 3, "个"), region(text, "莲都", "莲都区"),
                region(text, "青田县", "青田县"), qty(text, "5个", 5, "个"),
                entity(text, "PLATFORM", "青禾东片区"), region(text, "缙云县", "缙云县"), qty(text, "40家", 40, "家"),
                entity(text, "PLATFORM", "北湖园区"), qty(text, "12家", 12, "家"),
                region(text, "缙云县", "缙云县", occurrence=1), qty(text, "8家", 8, "家")]
    records = link(text, mentions)
    assert records["3个"]["region"] == "浙江省" and records["5个"]["region"] == "浙江省"
    assert records["40家"]["region"] == "浙江省"  # a zone and a county together
    assert records["8家"]["region"] == "缙云县"  # an item's own figure after 、
    # items written city + county: the run of places after the 、 is one item
    text = "全省推进丽水莲都、衢州龙游2个基地建设。"
    records = link(text, [region(text, "丽水", "丽水市"), region(text, "莲都", "莲都区"),
                          region(text, "衢州", "衢州市"), region(text, "龙游", "龙游县"), qty(text, "2个", 2, "个")])
    assert records["2个"]["region"] != "龙游县"


def test_a_zones_report_naming_its_province_once_is_about_the_city_in_the_zones_name():
    text = ("丽水青禾高新区召开年度总结会。\n2030年,高新区光电产业完成产值90亿元,占全市工业总产值的40%。"
            "新增企业30家,增速高于全市5个百分点,全市排名第一。\n园区获评浙江省首批示范园区。")
    mentions = [entity(text, "PLATFORM", "丽水青禾高新区"), qty(text, "90亿元", 9e9, "元", "money"),
                qty(text, "40%", 40, "%", "percent"), qty(text, "30家", 30, "家"),
                qty(text, "5个百分点", 5, "百分点", "percent"), region(text, "浙江省", "浙江省")]
    records = link(text, mentions)
    assert records["90亿元"]["region"] == "丽水市" and records["30家"]["region"] == "丽水市"
    # in a municipality's text (no city named anywhere) 全市 is still the municipality
    text = "重庆市科技局通报:全市新增企业500家,全市排名靠前。"
    inst = make_mention("INSTITUTION", text, 0, 6, {"name": "重庆市科技局"}, "test")
    records = link(text, [inst, qty(text, "500家", 500, "家")])
    assert records["500家"]["region"] == "重庆市"


def test_an_item_opening_on_a_zone_takes_the_zones_city_and_a_lenders_does_not():
    text = ("浙江省全省高新区完成产值1400亿元。其中,丽水青禾高新区420亿元、湖州北湖园区366亿元。"
            "全省新增贷款90亿元,丽水青禾银行发放贷款2亿元。")
    mentions = [region(text, "浙江省", "浙江省"), qty(text, "1400亿元", 1.4e11, "元", "money"),
                entity(text, "PLATFORM", "丽水青禾高新区"), qty(text, "420亿元", 4.2e10, "元", "money"),
                entity(text, "PLATFORM", "湖州北湖园区"), qty(text, "366亿元", 3.66e10, "元", "money"),
                qty(text, "90亿元", 9e9, "元", "money"), entity(text, "COMPANY", "丽水青禾银行"),
                qty(text, "2亿元", 2e8, "元", "money")]
    records = link(text, mentions)
    assert records["1400亿元"]["region"] == "浙江省"
    assert records["420亿元"]["region"] == "丽水市" and records["366亿元"]["region"] == "湖州市"
    assert records["2亿元"]["region"] == "浙江省"
    # the bracket inside a company's name opens no item
    text = "浙江省新增项目30个。青禾硅业(缙云)有限公司今年拟投资25亿元。"
    records = link(text, [region(text, "浙江省", "浙江省"), qty(text, "30个", 30, "个"),
                          entity(text, "COMPANY", "青禾硅业(缙云)有限公司"), qty(text, "25亿元", 2.5e9, "元", "money")])
    assert records["25亿元"]["region"] == "缙云县"


def test_womeng_in_a_city_report_naming_only_its_province_is_no_province_fact():
    # 我市 cannot be a province (浙江省 is no municipality): the city is not named, so region is null
    text = "浙江省公布评价结果。我市高新区2家孵化器获评优秀。\n截至目前,园区在孵企业165家,是我市唯一获评优秀的园区。"
    records = link(text, [region(text, "浙江省", "浙江省"), qty(text, "2家", 2, "家"), qty(text, "165家", 165, "家")])
    assert records["165家"]["region"] is None and records["2家"]["region"] is None


def test_a_short_form_inside_a_banks_name_from_another_province_is_no_region_of_the_text():
    # 兴业 (a county of 广西) inside a national bank's name, beside a branch named with its province
    text = ("省知识产权局推进质押融资,全省登记额度超过12亿元。\n"
            "兴业银行为丽水青禾公司放贷300万元。澄川银行浙江省分行参与。")
    mentions = [make_mention("INSTITUTION", text, 0, 6, {"name": "省知识产权局"}, "test"),
                qty(text, "12亿元", 1.2e9, "元", "money"), entity(text, "COMPANY", "兴业银行"),
                entity(text, "COMPANY", "丽水青禾公司"), qty(text, "300万元", 3e6, "元", "money"),
                entity(text, "COMPANY", "澄川银行浙江省分行")]
    records = link(text, mentions)
    assert records["12亿元"]["region"] == "浙江省" and records["300万元"]["region"] == "丽水市"


def test_a_place_in_an_earlier_clause_scopes_later_ones_only_as_their_subject():
    text = ("浙江省创新工作会议召开,全省成效明显。浙江省推进丽水先进光源等装置建设,力争新增重点实验室5家。"
            "全省共有园区8个,其中国家级5个(青禾经开区(莲都区)、北湖园区),省级3个。"
            "2030年,丽水市新增企业40家,增长9%。")
    mentions = [region(text, "浙江省", "浙江省"), region(text, "浙江省", "浙江省", occurrence=1),
                region(text, "丽水", "丽水市"), qty(text, "5家", 5, "家"), qty(text, "8个", 8, "个"),
                qty(text, "5个", 5, "个"), entity(text, "PLATFORM", "青禾经开区"),
                region(text, "莲都区", "莲都区"), entity(text, "PLATFORM", "北湖园区"), qty(text, "3个", 3, "个"),
                region(text, "丽水市", "丽水市"), qty(text, "40家", 40, "家"), qty(text, "9%", 9, "%", "percent")]
    records = link(text, mentions)
    assert records["5家"]["region"] == "浙江省"  # 推进丽水…建设: an object
    assert records["3个"]["region"] == "浙江省"  # (莲都区): a bracketed gloss
    assert records["9%"]["region"] == "丽水市"  # the subject of the clause before


def test_a_bank_named_for_a_county_off_the_line_of_the_text_and_a_parks_inside_are_no_votes():
    # no REGION mention: the division comes from the names; 龙游 (a county of another city) in one
    # bank's name beside many names holding 丽水; 园区内 is no 区内 (a district's word)
    text = ("“300万元贷款到账了。”丽水青禾公司负责人说。\n"
            "龙游银行丽水分行、丽水农商行等7家银行入驻丽水青禾科技园,服务园区内企业130余家。")
    mentions = [qty(text, "300万元", 3e6, "元", "money"), entity(text, "COMPANY", "丽水青禾公司"),
                entity(text, "COMPANY", "龙游银行丽水分行"), entity(text, "COMPANY", "丽水农商行"),
                qty(text, "7家", 7, "家"), entity(text, "PLATFORM", "丽水青禾科技园"), qty(text, "130余家", 130, "家")]
    records = link(text, mentions)
    assert records["300万元"]["region"] == "丽水市" and records["130余家"]["region"] == "丽水市"


def link_titled(text, mentions, title):
    from extract.structure import analyse

    mentions = assign_ids(sorted(mentions, key=lambda m: m["start"]))
    layout = analyse(text, {"title": title}, dt.date(2032, 3, 10))
    return {next(m["text"] for m in mentions if m["id"] == r["quantity"]): r
            for r in build_records(text, mentions, dt.date(2032, 3, 10), layout)}


def test_a_title_naming_a_province_and_two_of_its_cities_heads_a_province_report():
    text = ("我省高新技术产业完成总产值801亿元。\n"
            "2031年,丽水、湖州两个高新区实现产值466亿元。丽水青禾高新区累计收入131亿元,工业总产值122亿元,"
            "带动全市工业提速1.3个百分点。")
    mentions = [qty(text, "801亿元", 8.01e10, "元", "money"), region(text, "丽水", "丽水市"),
                region(text, "湖州", "湖州市"), qty(text, "两个", 2, "个"),
                qty(text, "466亿元", 4.66e10, "元", "money"),
                entity(text, "PLATFORM", "丽水青禾高新区"), qty(text, "131亿元", 1.31e10, "元", "money"),
                qty(text, "122亿元", 1.22e10, "元", "money"), qty(text, "1.3个百分点", 1.3, "百分点", "percent")]
    records = link_titled(text, mentions, "浙江高新技术产业去年产值801亿 丽水湖州是主力军")
    assert records["801亿元"]["region"] == "浙江省" and records["466亿元"]["region"] == "浙江省"
    # the zone opening the sentence is the subject of its later clauses; 全市 is the zone's city
    assert records["122亿元"]["region"] == "丽水市" and records["1.3个百分点"]["region"] == "丽水市"


def test_a_zone_named_for_the_city_in_a_section_on_its_district_keeps_the_district():
    # a city report (丽水市 named most); the 莲都区 section's zone is named for the city
    text = ("丽水市推进创新发展,丽水市新增企业500家,丽水市排名第一。\n"
            "莲都区:丽水青禾科技城是创新高地。丽水青禾科技城总面积12平方公里,入驻企业300家。")
    mentions = [region(text, "丽水市", "丽水市"), region(text, "丽水市", "丽水市", occurrence=1),
                region(text, "丽水市", "丽水市", occurrence=2), qty(text, "500家", 500, "家"),
                region(text, "莲都区", "莲都区"), entity(text, "PLATFORM", "丽水青禾科技城"),
                entity(text, "PLATFORM", "丽水青禾科技城", occurrence=1),
                qty(text, "12平方公里", 12, "平方公里", "area"), qty(text, "300家", 300, "家")]
    records = link(text, mentions)
    assert records["500家"]["region"] == "丽水市"
    assert records["12平方公里"]["region"] == "莲都区" and records["300家"]["region"] == "莲都区"


# ---------------------------------------------------------------- aspect and time (issue 13)
# Classes counted on unlabelled articles from other provinces; invented names and numbers.


def test_a_gap_to_another_figure_is_other_and_a_gap_to_an_earlier_period_a_change():
    text = ("青禾县研发强度达3.1%,高出全省0.7个百分点,高于2030年同期0.2个百分点。"
            "北湖区增加值增速高于全市规上工业增速1.5个百分点,研发强度远高于全市1.2%的平均水平。"
            "产值增长速度比利润快4.5个百分点。企业成本降低12%,效率提高3个百分点。")
    records = link(text, [qty(text, "3.1%", 3.1, "%", "percent"), qty(text, "0.7个百分点", 0.7, "百分点", "percent"),
                          year(text, "2030年", 2030), qty(text, "0.2个百分点", 0.2, "百分点", "percent"),
                          qty(text, "1.5个百分点", 1.5, "百分点", "percent"), qty(text, "1.2%", 1.2, "%", "percent"),
                          qty(text, "4.5个百分点", 4.5, "百分点", "percent"), qty(text, "12%", 12, "%", "percent"),
                          qty(text, "3个百分点", 3, "百分点", "percent")])
    assert records["0.7个百分点"]["aspect"] == "other" and records["1.5个百分点"]["aspect"] == "other"
    assert records["4.5个百分点"]["aspect"] == "other"
    assert records["0.2个百分点"]["aspect"] == "change"  # the base is a date
    assert records["1.2%"]["aspect"] == "level"  # the figure itself, not a gap
    assert records["12%"]["aspect"] == "change" and records["3个百分点"]["aspect"] == "change"


def test_a_goal_heading_a_list_reaches_every_part_of_it_but_a_goal_of_one_number_does_not():
    text = ("预计全年青禾县工业产值120亿元,增长8.5%;利润突破10亿元。"
            "今年主要发展目标是:全县生产总值增长5%;新增就业2万人。"
            "2023年北湖区研发经费占生产总值的比重预计3.2%左右;财政科技支出12亿元。"
            "北湖区正加快申创国家级园区;已培育企业36家。")
    records = link(text, [qty(text, "120亿元", 1.2e10, "元", "money"), qty(text, "8.5%", 8.5, "%", "percent"),
                          qty(text, "10亿元", 1e9, "元", "money"), qty(text, "5%", 5, "%", "percent"),
                          qty(text, "2万人", 20000, "人"), year(text, "2023年", 2023),
                          qty(text, "3.2%左右", 3.2, "%", "percent"), qty(text, "12亿元", 1.2e9, "元", "money"),
                          qty(text, "36家", 36, "家")])
    for surface in ("120亿元", "8.5%", "10亿元", "5%", "2万人", "3.2%左右"):
        assert records[surface]["aspect"] == "target", surface
    assert records["12亿元"]["aspect"] == "level" and records["36家"]["aspect"] == "level"


def test_goal_nouns_that_plan_nothing_and_a_quoted_goal_after_the_number():
    text = ("北湖区以创新为目标,着力推动5项重点工作。围绕两大目标要求,全区研发强度达到2.1%。"
            "北湖园区统筹规划区面积12平方公里。三年内达成100家企业入驻的“百家”目标。")
    records = link(text, [qty(text, "5项", 5, "项"), qty(text, "2.1%", 2.1, "%", "percent"),
                          qty(text, "12平方公里", 12, "平方公里", "area"), qty(text, "100家", 100, "家")])
    assert records["5项"]["aspect"] != "target" and records["2.1%"]["aspect"] != "target"
    assert records["12平方公里"]["aspect"] != "target"
    assert records["100家"]["aspect"] == "target"


def test_jiang_is_will_unless_it_marks_an_object_or_means_nearly():
    text = ("今年青禾县将向北湖区企业提供30亿元贷款。青禾县将重点推进东湖园区建设,全力推进8个项目开工。"
            "北湖区将12个部门的事项纳入平台。北湖区有专家将近900名,企业30家。北湖区将分阶段给予50万元的支持。")
    records = link(text, [qty(text, "30亿元", 3e9, "元", "money"), qty(text, "8个", 8, "个"),
                          qty(text, "12个", 12, "个"), qty(text, "将近900名", 900, "名"), qty(text, "30家", 30, "家"),
                          qty(text, "50万元", 5e5, "元", "money")])
    assert records["30亿元"]["aspect"] == "target" and records["8个"]["aspect"] == "target"
    assert records["12个"]["aspect"] != "target" and records["30家"]["aspect"] != "target"
    assert records["50万元"]["aspect"] == "other"  # a policy amount, promised or not


def test_the_period_of_an_average_in_a_later_clause_reaches_no_later_sentence():
    text = "2030年,青禾县企业营业收入达到260亿元,近3年平均增速达到14.7%;工业总产值达到190亿元,同比增长4.4%。"
    records = link(text, [year(text, "2030年", 2030), qty(text, "260亿元", 2.6e10, "元", "money"),
                          date(text, "近3年", "since", "2027-08-16", "2030-08-15", "year"),
                          qty(text, "14.7%", 14.7, "%", "percent"), qty(text, "190亿元", 1.9e10, "元", "money"),
                          qty(text, "4.4%", 4.4, "%", "percent")])
    assert records["14.7%"]["time"]["start"] == "2027-08-16"
    assert records["190亿元"]["time"]["end"] == "2030-12-31" and records["4.4%"]["time"]["end"] == "2030-12-31"


def test_aspect_words_of_the_third_round():
    text = ("北湖区营业收入从4000万元增至2亿元,占比下降到30.5%。企业较年初净增120家。新增规模以上工业企业45家。"
            "出口额增长达到13.4%,继续保持15%的增速。工业对经济增长的贡献率超过40%。北湖区认定企业26家,累计认定企业300家。"
            "推荐60家企业申报。全区申报专利2600件。贷款额度上限为500万元,平均每亩投资300万元。新成立研发机构35家。"
            "新注册企业950家、到位资金40亿元。")
    surfaces = [("4000万元", 4e7, "元", "money"), ("2亿元", 2e8, "元", "money"), ("30.5%", 30.5, "%", "percent"),
                ("120家", 120, "家", "count"), ("45家", 45, "家", "count"), ("13.4%", 13.4, "%", "percent"),
                ("15%", 15, "%", "percent"), ("40%", 40, "%", "percent"), ("26家", 26, "家", "count"),
                ("300家", 300, "家", "count"), ("60家", 60, "家", "count"), ("2600件", 2600, "件", "count"),
                ("500万元", 5e6, "元", "money"), ("300万元", 3e6, "元", "money"), ("35家", 35, "家", "count"),
                ("950家", 950, "家", "count"), ("40亿元", 4e9, "元", "money")]
    records = link(text, [qty(text, s, v, u, d) for s, v, u, d in surfaces])
    want = {"2亿元": "level", "30.5%": "level", "120家": "change", "45家": "new", "13.4%": "change", "15%": "change",
            "40%": "level", "26家": "new", "300家": "level", "60家": "other", "2600件": "level", "500万元": "other",
            "300万元": "other", "35家": "new", "950家": "new", "40亿元": "level"}
    assert {s: records[s]["aspect"] for s in want} == want


def test_a_goals_deadline_heading_a_sentence_scopes_the_plan_after_it_in_its_paragraph():
    text = ("青禾县印发产业规划。力争到2030年,全县营业收入达到600亿元。打造6个示范基地;培育龙头企业5家左右。"
            "\n争取到2023年省级项目3个。转化专利成果29项。")
    records = link_doc(text, [date(text, "到2030年", "until", None, "2030-12-31", "year"),
                              qty(text, "600亿元", 6e10, "元", "money"), qty(text, "6个", 6, "个"),
                              qty(text, "5家左右", 5, "家"),
                              date(text, "到2023年", "until", None, "2023-12-31", "year"),
                              qty(text, "3个", 3, "个"), qty(text, "29项", 29, "项")], ref=dt.date(2026, 5, 1))
    for surface in ("600亿元", "6个", "5家左右"):
        assert records[surface]["time"]["end"] == "2030-12-31" and records[surface]["aspect"] == "target", surface
    assert records["29项"]["aspect"] != "target"  # 争取到 is obtained, not a goal's deadline


def test_procedures_govern_their_clause_unless_an_outcome_follows_the_count():
    text = ("北湖区组织申报第一批高新技术企业53家,组织38家企业参加产品备案,30多个项目完成签约。"
            "北湖区推荐的孵化器等12家全部通过审核。5个项目签约落户。评审通过高新技术企业75家。"
            "转化专利成果29项,完成全年任务的61.8%。企业利润连续8个月维持在30%以上的较快增长。")
    surfaces = [("53家", 53, "家", "count"), ("38家", 38, "家", "count"), ("30多个", 30, "个", "count"),
                ("12家", 12, "家", "count"), ("5个", 5, "个", "count"), ("75家", 75, "家", "count"),
                ("29项", 29, "项", "count"), ("61.8%", 61.8, "%", "percent"), ("8个月", 8, "月", "duration"),
                ("30%以上", 30, "%", "percent")]
    records = link(text, [qty(text, s, v, u, d) for s, v, u, d in surfaces])
    want = {"53家": "other", "38家": "other", "30多个": "other", "12家": "new", "5个": "new", "75家": "new",
            "61.8%": "other", "30%以上": "change"}
    assert {s: records[s]["aspect"] for s in want} == want


def test_a_deadline_that_took_the_dao_of_zhengqudao_is_no_goal():
    text = "争取到2030年省级重大专项立项课题3个,经费合计700万元。"
    records = link(text, [date(text, "到2030年", "until", None, "2030-12-31", "year"), qty(text, "3个", 3, "个"),
                          qty(text, "700万元", 7e6, "元", "money")])
    assert records["3个"]["aspect"] != "target" and records["700万元"]["aspect"] != "target"


def test_a_count_as_of_a_date_is_never_a_plan_and_a_goal_heads_the_numbers_of_its_clause():
    text = ("截至2030年5月,北湖区新增经营主体5800余家;新开工工程125个。"
            "力争255个重点项目新增产值1500亿元以上。优秀人才计划新入选150人。")
    records = link(text, [date(text, "截至2030年5月", "until", None, "2030-05-31"),
                          qty(text, "5800余家", 5800, "家"), qty(text, "125个", 125, "个"),
                          qty(text, "255个", 255, "个"), qty(text, "1500亿元以上", 1.5e11, "元", "money"),
                          qty(text, "150人", 150, "人")])
    assert records["5800余家"]["aspect"] == "new" and records["125个"]["aspect"] == "new"
    assert records["255个"]["aspect"] == "target" and records["1500亿元以上"]["aspect"] == "target"
    assert records["150人"]["aspect"] == "new"  # 人才计划 is a programme, not a plan


def test_taking_part_is_a_procedure_and_a_rank_that_rises_is_a_change():
    text = "今年上半年举办路演活动76场;参加路演项目389个。北湖区排名较上年上升5位。"
    records = link(text, [qty(text, "76场", 76, "场"), qty(text, "389个", 389, "个"), qty(text, "5位", 5, "位")])
    assert records["389个"]["aspect"] == "other" and records["5位"]["aspect"] == "change"


def test_caps_are_other_and_a_news_day_is_never_a_plan():
    text = "单个企业每年最高补助20万元,贷款利率上浮不超过25%。12月11日,北湖区共有园区7个。"
    records = link(text, [qty(text, "20万元", 2e5, "元", "money"), qty(text, "不超过25%", 25, "%", "percent"),
                          date(text, "12月11日", "point", "2024-12-11", "2024-12-11", "day"),
                          qty(text, "7个", 7, "个")])
    assert records["20万元"]["aspect"] == "other" and records["不超过25%"]["aspect"] == "other"
    assert records["7个"]["aspect"] == "level"  # the day lies after ref_date (2024-08-15), yet it plans nothing


def test_a_goal_section_makes_its_figures_targets_under_its_deadline_but_a_review_of_goals_does_not():
    text = ("青禾县制定本行动计划。\n(一)主要目标\n推动全县创新发展。到2030年,主要指标实现倍增。\n"
            "高新技术企业数量增加一倍、达到240家;营业收入翻一番。\n(二)目标完成情况\n全县高新技术企业达到150家。")
    records = link_doc(text, [date(text, "到2030年", "until", None, "2030-12-31", "year"),
                              qty(text, "一倍", 1, "倍", "multiple"), qty(text, "240家", 240, "家"),
                              qty(text, "150家", 150, "家")], ref=dt.date(2031, 5, 1))
    assert records["240家"]["aspect"] == "target" and records["一倍"]["aspect"] == "target"
    assert records["240家"]["time"]["end"] == "2030-12-31"
    assert records["150家"]["aspect"] == "level"


def test_a_second_brief_opens_on_its_own_day():
    text = "2030年,青禾县成交技术合同520项。\n另讯5月12日,青禾县新增备案企业17家。至此,全县企业总数达到612家。"
    records = link_doc(text, [year(text, "2030年", 2030), qty(text, "520项", 520, "项"),
                              date(text, "5月12日", "point", "2031-05-12", "2031-05-12", "day"),
                              qty(text, "17家", 17, "家"), qty(text, "612家", 612, "家")], ref=dt.date(2031, 5, 13))
    assert records["612家"]["time"]["end"] == "2031-05-12"


def test_what_a_named_plan_states_is_a_target_up_to_a_sentence_with_its_own_date():
    text = ("青禾省印发实施意见。\n《实施意见》明确,要着力培育企业,全省再认定高新技术企业500家。"
            "着力增强创新能力,新认定技术中心13家。2030年,全省已有技术中心120家。")
    records = link_doc(text, [qty(text, "500家", 500, "家"), qty(text, "13家", 13, "家"),
                              year(text, "2030年", 2030), qty(text, "120家", 120, "家")], ref=dt.date(2031, 3, 1))
    assert records["500家"]["aspect"] == "target" and records["13家"]["aspect"] == "target"
    assert records["120家"]["aspect"] == "level"


def test_a_scale_noun_gives_no_aspect_and_a_gap_base_ends_at_a_list_comma():
    text = "2023年新设科技型企业5149家,新增信贷融资规模4967亿元。投资增速快于平均、占全部投资比重16%左右。"
    records = link(text, [year(text, "2023年", 2023), qty(text, "5149家", 5149, "家"),
                          qty(text, "4967亿元", 4.967e11, "元", "money"), qty(text, "16%左右", 16, "%", "percent")])
    assert records["5149家"]["aspect"] == "new" and records["4967亿元"]["aspect"] == "new"
    assert records["16%左右"]["aspect"] != "other"


def test_a_date_before_jichu_shang_is_a_base_and_scopes_nothing():
    text = "2023年,北湖区生产总值达到680亿元,财政收入在2020年基础上翻一番。"
    records = link(text, [year(text, "2023年", 2023), qty(text, "680亿元", 6.8e10, "元", "money"),
                          year(text, "2020年", 2020), qty(text, "一番", 1, "番", "multiple")])
    assert records["一番"]["time"]["end"] == "2023-12-31"
# ---------------------------------------------------------------- measure (continued)


def test_a_one_character_verb_before_the_number_goes_but_a_stop_word_holding_it_is_peeled_whole():
    text = ("全县研发活动费用支出到15亿元。专项资金提高到每年1.8亿元。青禾县科技型企业从2028年的890家发展到2100家。"
            "孵化器18家,含国家级科技企业孵化器9家。新增“四上”企业239家,认定“科技小院”7个。")
    records = link(text, [qty(text, "15亿元", 1.5e9, "元", "money"), qty(text, "1.8亿元", 1.8e8, "元", "money"),
                          date(text, "2028年", "point", "2028-01-01", "2028-12-31", "year"),
                          qty(text, "890家", 890, "家"), qty(text, "2100家", 2100, "家"), qty(text, "18家", 18, "家"),
                          qty(text, "9家", 9, "家"), qty(text, "239家", 239, "家"), qty(text, "7个", 7, "个")])
    got = {s: records[s]["measure"]["text"] for s in ("15亿元", "1.8亿元", "2100家", "9家", "239家", "7个")}
    assert got == {"15亿元": "研发活动费用支出", "1.8亿元": "专项资金", "2100家": "青禾县科技型企业",
                   "9家": "国家级科技企业孵化器", "239家": "“四上”企业", "7个": "科技小院"}


def test_a_respectively_list_of_short_qualifiers_shares_the_head_of_its_last_item_and_a_share_names_its_own():
    text = ("去年东片、西片、北片高新技术产业营收增幅分别为8.0%、12.3%、18.5%,"
            "占全县工业比重分别为47.3%、49.8%、41.1%。实现净利润和税金上缴额分别为16.5亿元、9.2亿元。")
    surfaces = ["8.0%", "12.3%", "18.5%", "47.3%", "49.8%", "41.1%"]
    records = link(text, [qty(text, s, float(s[:-1]), "%", "percent") for s in surfaces]
                   + [qty(text, "16.5亿元", 1.65e9, "元", "money"), qty(text, "9.2亿元", 9.2e8, "元", "money")])
    got = [records[s]["measure"]["text"] for s in surfaces]
    assert got[:2] == ["高新技术产业营收", "高新技术产业营收"] and got[2].endswith("高新技术产业营收")
    assert got[3:] == ["占全县工业比重"] * 3
    assert records["16.5亿元"]["measure"]["text"] == "净利润" and records["9.2亿元"]["measure"]["text"] == "税金上缴额"


def test_a_clause_opening_on_a_gap_measures_the_rate_it_names_else_what_the_sentence_counts():
    text = ("青禾县科技贷款余额同比增长21%,高于全县各项贷款增速9.4个百分点。研发投入强度为3.1%,高于全县0.8个百分点,"
            "比全国平均水平低1.4个百分点,高于规上工业2.2个百分点。")
    surfaces = [("21%", 21), ("9.4个百分点", 9.4), ("3.1%", 3.1), ("0.8个百分点", 0.8), ("1.4个百分点", 1.4),
                ("2.2个百分点", 2.2)]
    records = link(text, [qty(text, s, v, "百分点" if "百分点" in s else "%", "percent") for s, v in surfaces])
    got = {s: records[s]["measure"]["text"] for s, _ in surfaces if "百分点" in s}
    assert got == {"9.4个百分点": "各项贷款增速", "0.8个百分点": "研发投入强度", "1.4个百分点": "研发投入强度",
                   "2.2个百分点": "研发投入强度"}
def test_with_no_place_named_but_inside_names_the_one_division_of_the_highest_level_named_alone_is_home():
    # 浙江省 only inside a zone's name; two cities inside two zones' names: the report is the province's
    text = "浙江省高新区完成产值1400亿元。其中,丽水高新区420亿元、湖州高新区357亿元。"
    mentions = [entity(text, "PLATFORM", "浙江省高新区"), qty(text, "1400亿元", 1.4e11, "元", "money"),
                entity(text, "PLATFORM", "丽水高新区"), qty(text, "420亿元", 4.2e10, "元", "money"),
                entity(text, "PLATFORM", "湖州高新区"), qty(text, "357亿元", 3.57e10, "元", "money")]
    records = link(text, mentions)
    assert records["1400亿元"]["region"] == "浙江省"
    assert records["420亿元"]["region"] == "丽水市" and records["357亿元"]["region"] == "湖州市"


# ---------------------------------------------------------------- measure (issue 13, continued)
# Classes counted on the unlabelled articles; invented names and numbers.


def test_an_adverb_before_a_share_leaves_the_subject_in_its_measure():
    text = "全年研发经费支出约占地区生产总值的2.4%。园区投资额已占全县总量的35%。其中产值仅占全市的8%。"
    got = _measures(text, [("2.4%", 2.4, "%", "percent"), ("35%", 35, "%", "percent"), ("8%", 8, "%", "percent")])
    assert got == {"2.4%": "研发经费支出约占地区生产总值", "35%": "园区投资额已占全县总量", "8%": "产值仅占全市"}


def test_there_are_also_is_a_verb_before_the_counted_noun():
    text = "第三批还有高企57家在公示中。园区内还有孵化器8家。"
    got = _measures(text, [("57家", 57, "家", "count"), ("8家", 8, "家", "count")])
    assert got == {"57家": "高企", "8家": "孵化器"}


def test_respectively_after_a_count_opens_its_predicate():
    text = "其中3人分别当选两院院士,5家企业分别获得省级奖励。"
    got = _measures(text, [("3人", 3, "人", "count"), ("5家", 5, "家", "count")])
    assert got == {"3人": None, "5家": "企业"}


def test_a_vague_amount_before_the_noun_is_no_part_of_the_measure_but_a_batch_number_is():
    text = "大力支持一批总投资8亿元以上的项目。一系列关键技术实现突破,6项达到国际领先水平。第一批科技型企业入库140家。"
    got = _measures(text, [("8亿元以上", 8e8, "元", "money"), ("6项", 6, "项", "count"), ("140家", 140, "家", "count")])
    assert got == {"8亿元以上": "总投资", "6项": "关键技术", "140家": "第一批科技型企业"}


# ---------------------------------------------------------------- measure (issue 13, continued)
# Classes counted on the unlabelled articles; invented names and numbers.


def test_a_count_with_another_measure_word_takes_no_carried_measure():
    text = "北湖区引进各类人才项目120项,其中36项已落地,6人入选省级人才计划。青禾县9家银行在南山市设立14个网点。"
    got = _measures(text, [("120项", 120, "项", "count"), ("36项", 36, "项", "count"), ("6人", 6, "人", "count"),
                           ("9家", 9, "家", "count"), ("14个", 14, "个", "count")])
    assert got == {"120项": "人才项目", "36项": "人才项目", "6人": None, "9家": "银行", "14个": "网点"}


def test_a_share_in_tenths_counts_the_things_named_after_it():
    text = "青禾县集聚全市七成研发机构,超六成资金流向科技型企业,约五成企业实现出口。北湖区产值占全市三成。"
    got = _measures(text, [("七成", 70, "%", "percent"), ("超六成", 60, "%", "percent"),
                           ("约五成", 50, "%", "percent"), ("三成", 30, "%", "percent")])
    assert got == {"七成": "研发机构", "超六成": "资金", "约五成": "企业", "三成": "北湖区产值占全市"}


def test_an_unclosed_bracket_before_the_number_starts_its_measure_and_a_share_in_an_aside_explains_the_name():
    text = ("北湖区12家孵化器获评优秀(全市20家)。青禾县在建的新材料项目(产值超8亿元)进展顺利。"
            "研发投入强度(研发投入占营业收入比重)为3.2%。")
    got = _measures(text, [("12家", 12, "家", "count"), ("20家", 20, "家", "count"), ("超8亿元", 8e8, "元", "money"),
                           ("3.2%", 3.2, "%", "percent")])
    assert got == {"12家": "孵化器", "20家": "孵化器", "超8亿元": "产值", "3.2%": "研发投入强度"}


def test_an_amount_right_after_a_count_sizes_the_things_named_after_it():
    text = "青禾县预计新增两个500亿元产业。北湖区签约5个百亿元项目,总投资达到900亿元。"
    got = _measures(text, [("两个", 2, "个", "count"), ("500亿元", 5e10, "元", "money"), ("5个", 5, "个", "count"),
                           ("百亿元", 1e10, "元", "money"), ("900亿元", 9e10, "元", "money")])
    # (the amounts measure the things they size: ANNOTATION "Sized amounts, round 25" replaces the earlier null)
    assert got == {"两个": "产业", "500亿元": "产业", "5个": "项目", "百亿元": "项目", "900亿元": "总投资"}


def test_a_breakdown_by_places_after_a_ranking_counts_what_is_ranked():
    text = ("1—8月,高新区、南山区的科技型企业入库数分别居南北两大片区首位,依次为高新区137家、南山区86家。"
            "研发经费排名全省前三的城市依次为北湖、青禾和南湖,分别为12亿元、9亿元和7亿元。")
    records = link(text, [region(text, "南山区", "南山区"), region(text, "南山区", "南山区", 1),
                          qty(text, "137家", 137, "家"), qty(text, "86家", 86, "家"),
                          region(text, "北湖", "北湖市"), region(text, "青禾", "青禾市"),
                          region(text, "南湖", "南湖市"),
                          qty(text, "12亿元", 1.2e9, "元", "money"), qty(text, "9亿元", 9e8, "元", "money"),
                          qty(text, "7亿元", 7e8, "元", "money")])
    got = {s: records[s]["measure"]["text"] for s in ("137家", "86家", "12亿元", "9亿元", "7亿元")}
    assert got == {"137家": "科技型企业入库数", "86家": "科技型企业入库数", "12亿元": "研发经费", "9亿元": "研发经费",
                   "7亿元": "研发经费"}


def test_a_zone_in_a_bracketed_breakdown_is_never_the_measure_a_later_clause_carries():
    text = "现有高新技术企业417家(北湖高新区352家、南山高新区65家),占全省33%,比上年增长16.5%。"
    records = link(text, [qty(text, "417家", 417, "家"), region(text, "北湖", "北湖市"), qty(text, "352家", 352, "家"),
                          region(text, "南山", "南山市"), qty(text, "65家", 65, "家"),
                          qty(text, "33%", 33, "%", "percent"), qty(text, "16.5%", 16.5, "%", "percent")])
    assert records["16.5%"]["measure"]["text"] == "高新技术企业"


def test_an_amount_linked_to_a_thing_measures_the_size_named_before_it_unless_money_follows():
    text = ("青禾县壮大8个营业收入超百亿元的产业集群。这个规划面积160亩的产业园投入运营。"
            "北湖区设立首期规模3亿元的科创引导基金,发放总额为900万元的创新券。")
    got = _measures(text, [("8个", 8, "个", "count"), ("超百亿元", 1e10, "元", "money"),
                           ("160亩", 160, "亩", "area"), ("3亿元", 3e8, "元", "money"),
                           ("900万元", 9e6, "元", "money")])
    assert got == {"8个": "产业集群", "超百亿元": "营业收入", "160亩": "规划面积", "3亿元": "科创引导基金",
                   "900万元": "创新券"}


def test_a_size_word_right_after_an_amount_names_it_but_not_after_a_percent_or_a_linking_de():
    text = ("新项目将形成85亿元年产值和15亿元年进出口额,计划投资50亿元的青禾产业园项目占地面积约900亩。"
            "北湖区产值同比增长6.5% 企业工业总产值同比增长9.1%。")
    got = _measures(text, [("85亿元", 8.5e9, "元", "money"), ("15亿元", 1.5e9, "元", "money"),
                           ("50亿元", 5e9, "元", "money"), ("6.5%", 6.5, "%", "percent")])
    assert got == {"85亿元": "年产值", "15亿元": "年进出口额", "50亿元": "投资", "6.5%": "北湖区产值"}


def test_numbers_joined_as_a_list_pair_with_it_without_respectively_and_share_a_noun_linked_after_them():
    text = ("近三年来,科技型企业、高新技术企业数量年均增速达41.5%和22.4%。"
            "青禾县将保持高新技术企业和科技型企业高速增长,分别新增300家、2600家。"
            "损失由县财政、乡镇财政、合作银行按照40%、35%、25%的比例给予分担。")
    got = _measures(text, [("41.5%", 41.5, "%", "percent"), ("22.4%", 22.4, "%", "percent"),
                           ("300家", 300, "家", "count"), ("2600家", 2600, "家", "count"),
                           ("40%", 40, "%", "percent"), ("35%", 35, "%", "percent"), ("25%", 25, "%", "percent")])
    assert got["41.5%"] == "科技型企业" and got["22.4%"].startswith("高新技术企业数量")
    assert got["300家"] == "高新技术企业" and got["2600家"].startswith("科技型企业")
    assert got["40%"] == got["35%"] == got["25%"] == "比例"


def test_a_share_noun_starting_with_bi_is_no_gap_and_gives_way_to_what_it_is_of():
    text = "居民具备数字技能的比例为13%。"
    assert _measures(text, [("13%", 13, "%", "percent")]) == {"13%": "居民具备数字技能"}


def test_an_amount_right_after_an_action_that_gives_money_is_named_by_it():
    text = ("对入库企业给予贴息,单个企业每年最高补助30万元。5项省级科技项目,支持800万元。"
            "北湖区企业享受研发补助达2.5亿元。青禾县签约项目12个,总投资90亿元。")
    got = _measures(text, [("30万元", 3e5, "元", "money"), ("800万元", 8e6, "元", "money"),
                           ("2.5亿元", 2.5e8, "元", "money"), ("12个", 12, "个", "count"),
                           ("90亿元", 9e9, "元", "money")])
    assert got == {"30万元": "补助", "800万元": "支持", "2.5亿元": "北湖区企业享受研发补助", "12个": "项目",
                   "90亿元": "总投资"}


def test_an_item_naming_only_an_action_after_a_span_of_time_counts_what_the_item_before_did():
    text = "北湖区新材料产业上年完成投资176亿元、三年累计完成450亿元。"
    got = _measures(text, [("176亿元", 1.76e10, "元", "money"), ("三年", 3, "年", "duration"),
                           ("450亿元", 4.5e10, "元", "money")])
    assert got == {"176亿元": "投资", "三年": None, "450亿元": "投资"}


def test_a_verb_opening_the_measure_is_no_part_of_it_but_stays_inside_a_noun():
    text = "其中,转化科技成果29项,签订战略合作项目14个,成立科技成果转化企业12家。青禾县与6家银行签订合作协议。"
    got = _measures(text, [("29项", 29, "项", "count"), ("14个", 14, "个", "count"), ("12家", 12, "家", "count"),
                           ("6家", 6, "家", "count")])
    assert got == {"29项": "科技成果", "14个": "战略合作项目", "12家": "科技成果转化企业", "6家": "银行"}


def test_a_date_right_after_a_count_dates_the_things_named_after_it():
    text = "省发改委近日公布236个2031年度省级重点项目,总投资约900亿元。"
    records = link(text, [qty(text, "236个", 236, "个"),
                          date(text, "2031年度", "point", "2031-01-01", "2031-12-31", "year"),
                          qty(text, "约900亿元", 9e10, "元", "money")])
    assert records["236个"]["measure"]["text"] == "省级重点项目"
    assert records["约900亿元"]["measure"]["text"] == "总投资"


def test_a_sentence_naming_only_places_breaks_the_figure_before_it_down():
    text = "全市新增高新技术企业120家。北湖区、南湖区分别为12家、9家。青禾县最低,为2家。\n南湖区有8个。"
    records = link(text, [qty(text, "120家", 120, "家"), region(text, "北湖区", "北湖区"),
                          region(text, "南湖区", "南湖区"),
                          qty(text, "12家", 12, "家"), qty(text, "9家", 9, "家"), region(text, "青禾县", "青禾县"),
                          qty(text, "2家", 2, "家"), region(text, "南湖区", "南湖区", 1), qty(text, "8个", 8, "个")])
    got = {s: records[s]["measure"] and records[s]["measure"]["text"] for s in ("12家", "9家", "2家", "8个")}
    assert got == {"12家": "高新技术企业", "9家": "高新技术企业", "2家": "高新技术企业", "8个": None}


def test_level_word_places_are_looked_up_as_they_were_scanned():
    from extract.link.level_words import places_of_any

    text = "全市新增5家，园区内有3家；区内新增2家，全市全市。"
    words = ("全市", "区内")
    assert places_of_any(text, 0, len(text), words) == [0, 14, 21, 23]  # not 园区内 (8)
    assert places_of_any(text, 1, 23, words) == [14, 21]  # a word must end by hi
    assert places_of_any(text, 15, 21, words) == []
    # a word that can overlap itself: places found from lo on, without overlaps
    assert places_of_any("全市全市全", 0, 5, ("全市全",)) == [0]
    assert places_of_any("全市全市全", 1, 5, ("全市全",)) == [2]
    # words that overlap one another are each found; a word given twice counts twice, as scanned
    assert places_of_any("青禾全市内", 0, 5, ("全市", "市内")) == [2, 3]
    assert places_of_any("全市和全市", 0, 5, ("全市", "全市")) == [0, 0, 3, 3]


def test_stop_words_are_found_as_the_pattern_finds_them():
    from extract.link import StopWords

    words = StopWords.of(["增加值"], ["增加", "和", "及"])
    text = "青禾县增加值和增加及其他"
    assert words.finds(text, 0, len(text)) == [(3, 6, True), (6, 7, False), (7, 9, False), (9, 10, False)]
    assert words.finds(text, 4, 9) == [(6, 7, False), (7, 9, False)]  # 加值 alone holds no word
    # the pattern tries the holding words first: a longer stop word starting with one is read otherwise
    assert StopWords.of(["增加"], ["增加值"]) is None


def test_an_amount_sizing_counted_things_a_run_of_rises_and_a_verb_of_crossing_are_no_measure():
    text = ("其中超100亿元工程5个,60亿元以上工程12个。研发投入强度实现五连增,达到2.1%。"
            "地区生产总值跨越两个千亿元关口,达到2.5万亿元。")
    got = _measures(text, [("100亿元", 1e10, "元", "money"), ("5个", 5, "个", "count"),
                           ("60亿元以上", 6e9, "元", "money"), ("12个", 12, "个", "count"),
                           ("2.1%", 2.1, "%", "percent"), ("两个", 2, "个", "count"), ("千亿元", 1e11, "元", "money"),
                           ("2.5万亿元", 2.5e12, "元", "money")])
    assert got == {"100亿元": "工程", "5个": "工程", "60亿元以上": "工程", "12个": "工程", "2.1%": "研发投入强度",
                   "两个": "关口", "千亿元": None, "2.5万亿元": "地区生产总值"}


def test_a_yearly_rate_word_alone_gives_way_to_what_grows_in_the_clause_before():
    text = "北湖区营业收入由25亿元增加到30亿元,年平均增速9.5%。研发投入强度达到1.5%,年度增幅为0.2个百分点。"
    got = _measures(text, [("25亿元", 2.5e9, "元", "money"), ("30亿元", 3e9, "元", "money"),
                           ("9.5%", 9.5, "%", "percent"), ("1.5%", 1.5, "%", "percent"),
                           ("0.2个百分点", 0.2, "百分点", "percent")])
    assert got["9.5%"] == "北湖区营业收入" and got["0.2个百分点"] == "研发投入强度"


def test_a_company_named_before_the_number_is_no_part_of_its_measure():
    text = "青禾集团营业收入突破400亿元。"
    start = text.index("青禾集团")
    company = make_mention("COMPANY", text, start, start + 4, {"name": "青禾集团"}, "test")
    records = link(text, [company, qty(text, "400亿元", 4e10, "元", "money")])
    assert records["400亿元"]["measure"]["text"] == "营业收入"

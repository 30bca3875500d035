"""Reference dates (extract/ref_date.py, issue 16): SPEC section 2's order of sources, a page's
address, and the inference from the text, classes of cue read from invented text (the older cases
first, then the classes added since the inference got its own module)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.dates import find_dates
from extract.ref_date import (
    infer_ref_date,
    infer_ref_date_with_cue,
    resolve_ref_date,
    resolve_ref_date_with_cue,
    url_date,
)

ARTICLE = "今年以来新设小微企业175家。2023年全县研发费用31.47亿元，截至7月共发放贷款23.58亿元。"


def test_ref_date_order_cli_meta_inferred_default():
    today = dt.date(2030, 1, 1)
    cli = dt.date(2024, 9, 1)
    meta = {"ref_date": "2024-08-15", "title": "t"}
    assert resolve_ref_date(ARTICLE, meta, cli, today) == (cli, "cli")
    assert resolve_ref_date(ARTICLE, meta, None, today) == (dt.date(2024, 8, 15), "meta")
    assert resolve_ref_date(ARTICLE, {"title": "no date"}, None, today)[1] == "inferred"
    assert resolve_ref_date(ARTICLE, {"ref_date": "mid-2024"}, None, today)[1] == "inferred"
    assert resolve_ref_date("今年以来新增企业190家。", None, None, today) == (today, "default")


def test_inference_uses_latest_year_and_month_cue():
    # 2023 is the latest year written; 截至7月 is over, so the article is from August or later
    assert infer_ref_date(ARTICLE) == dt.date(2023, 7, 31)


def test_inference_skips_targets_and_range_ends():
    # 2022 is reported on as a whole year, so the text comes after it; never 2025 or 2026
    text = "2022年，全区新增企业25家；发布行动计划（2022—2026年），到2025年产值突破千亿。"
    assert infer_ref_date_with_cue(text) == (dt.date(2023, 2, 15), "report on the completed year 2022")


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a plan's horizon never becomes the reference date (issue 16)
        ("青禾县今年1—8月新增企业30家，力争2033年产值突破百亿元，2032年末建成园区。",
         (dt.date(2031, 8, 31), "end of the latest period reported")),
        # only a horizon written: the text comes before it
        ("北湖区新厂房今年3月开工，确保2032年6月投产。",
         (dt.date(2031, 3, 31), "end of the latest period reported")),
        # a full date in a dateline is that day, not the day after
        ("青禾日报2031年2月1日讯 北湖区今年1月新增企业12家。", (dt.date(2031, 2, 1), "full date in the lead")),
        # a month and day in the lead is that day of the year the text is about
        ("青禾网11月7日消息 2031年北湖区前三季度地区生产总值增长7%。",
         (dt.date(2031, 11, 7), "month and day in the lead")),
        # a whole-year figure with a dateline early in the next year
        ("青禾网2月17日消息 2030年北湖区研发投入比上年增长9%，共有企业300家。",
         (dt.date(2031, 2, 17), "month and day in the lead")),
        # a signature closing the text
        ("北湖区2030年科技工作情况如下。全区新增企业40家。\n北湖区科技局\n2031年3月10日",
         (dt.date(2031, 3, 10), "full date closing the text")),
        # a work report looking back: the year is over even with 以来 and 1—11月 in it
        ("各位代表：\n一年来，我们扎实工作。2030年以来新增企业40家，1—11月投资增长9%。",
         (dt.date(2031, 2, 15), "report on the completed year 2030")),
        # 今年 is the guess's own year, never a completed one
        ("青禾网3月5日消息 今年青禾县新增企业12家，2030年全县研发投入增长9%。",
         (dt.date(2031, 3, 5), "month and day in the lead")),
        # a year naming the meeting held in it is not over; the year before it is
        ("1月20日，2031年青禾县创新工作会议召开。2030年，全县新增企业40家。",
         (dt.date(2031, 1, 20), "month and day in the lead")),
        ("北湖区2月9日电 2031年北湖区“两会”开幕。2030年，全区研发投入增长8%。",
         (dt.date(2031, 2, 9), "month and day in the lead")),
        # a year that is planned is not a completed year: the dateline stays in it
        ("1月16日，青禾县召开大会。2031年，青禾县将新建园区3个；2031年要培育企业50家。",
         (dt.date(2031, 1, 16), "month and day in the lead")),
        # an R&D funding bulletin on the year before comes out in the autumn, not in February
        ("青禾省2030年科技经费投入统计公报\n2030年，全省共投入研究与试验发展(R&D)经费67亿元，比上年增长9%。",
         (dt.date(2031, 10, 1), "R&D funding bulletin on the completed year 2030")),
        ("青禾省统计局发布《2030年青禾省科技统计公报》。2030年，全省研发人员增长6%。",
         (dt.date(2031, 10, 1), "R&D funding bulletin on the completed year 2030")),
        ("2030年，青禾市研究与试验发展经费占比2.1%，新增企业40家。",
         (dt.date(2031, 2, 15), "report on the completed year 2030")),
        # a written year reported to its end (2030年末) is over, even with 2030年以来 in the text
        ("2月25日，记者获悉，2030年末全省贷款余额500亿元。2030年以来，青禾县新增企业40家。",
         (dt.date(2031, 2, 25), "month and day in the lead")),
        # a half year followed by a plan (2030年下半年，青禾县将…) is no period reported as past
        ("2030年6月5日，青禾县举行开工仪式。2030年下半年，青禾县将新开工项目20个。",
         (dt.date(2030, 6, 5), "full date in the lead")),
        # 面向2035年: a horizon, never the reference date
        ("北湖区2月3日电 2030年，北湖区新增企业12家。规划面向2033年、2035年。",
         (dt.date(2031, 2, 3), "month and day in the lead")),
        # a year with its target in the same clause (2031年全县生产总值目标增长6%) is planned, not over
        ("1月14日，青禾县召开大会。2031年全县地区生产总值目标增长6%。",
         (dt.date(2031, 1, 14), "month and day in the lead")),
        # a bare day in the lead names no month: not a dateline (its month would be the guess's own)
        ("24日，记者获悉，2030年，青禾县新增企业12家。", (dt.date(2031, 2, 15), "report on the completed year 2030")),
        # a year naming an event without 年 (2031青禾县科技论坛) dates the text, and is not over
        ("青禾网9月9日讯 9日，2031青禾县科技论坛开幕，签约项目12个。",
         (dt.date(2031, 9, 9), "month and day in the lead")),
        # only a year's plan written: it comes out as that year starts
        ("2031年，青禾县将新建园区3个，培育企业50家。", (dt.date(2031, 2, 15), "plan for the year 2031")),
    ],
)
def test_inference_cues(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


def test_resolve_ref_date_reports_its_cue():
    today = dt.date(2040, 1, 1)
    assert resolve_ref_date_with_cue("北湖区", {"ref_date": "2031-05-01"}, None, today) == (
        dt.date(2031, 5, 1), "meta", "sidecar ref_date")
    assert resolve_ref_date_with_cue("北湖区新增企业。", None, None, today) == (
        today, "default", "no date in the text: run date")
    # no year written, but a dateline: its day, the last time it came before the run date
    assert resolve_ref_date_with_cue("青禾网7月24日讯 目前，北湖区新增企业12家。", None, None, today) == (
        dt.date(2039, 7, 24), "inferred", "month and day in the lead, the year of the run date")
    assert resolve_ref_date_with_cue("12月11日，北湖区召开大会。", None, None, dt.date(2040, 3, 1))[0] == dt.date(
        2039, 12, 11)


def test_inference_reads_document_numbers_and_chinese_years():
    reply = "澄科函〔2024〕15号\n关于建议的答复：今年上半年扶持31家企业。"
    assert infer_ref_date(reply) == dt.date(2024, 6, 30)
    assert infer_ref_date("二〇二一年全区新增企业，1—10月增长。").isoformat() == "2021-10-31"


def test_article_without_metadata_gets_this_years_relative_dates_right():
    text = "2024年，北湖区创新成果展于5月26日开幕。今年1—6月新设小微企业187家，较去年同期增长12%。"
    ref, source = resolve_ref_date(text, None, None, dt.date(2030, 1, 1))
    assert (source, ref) == ("inferred", dt.date(2024, 6, 30))  # the end of the latest period reported
    spans = {m["text"]: (m["norm"]["start"], m["norm"]["end"]) for m in find_dates(text, ref)}
    assert spans["今年1—6月"] == ("2024-01-01", "2024-06-30")
    assert spans["5月26日"] == ("2024-05-26", "2024-05-26")
    assert spans["去年同期"] == ("2023-01-01", "2023-06-30")


@pytest.mark.parametrize(
    "url, wanted",
    [
        ("http://news.example.cn/qinghe/2031-02/14/content_5501.htm", dt.date(2031, 2, 14)),
        ("https://kjj.example.gov.cn/xwzx/203102/t20310214_691176.html", dt.date(2031, 2, 14)),
        ("http://k.example.cn/2031/0214/799491.html", dt.date(2031, 2, 14)),
        ("http://www.example.com/a/203102143267002411.html", dt.date(2031, 2, 14)),
        ("https://www.example.cc/zixun/203102/936.html", dt.date(2031, 2, 15)),  # a month: mid-month
        ("https://www.example.com/news/show-156434.html", None),
        ("https://www.example.com/a/20319999/1.html", None),  # no such day
        (None, None),
    ],
)
def test_url_date_reads_the_day_a_page_was_filed(url, wanted):
    assert url_date(url) == wanted


def test_sidecar_without_a_date_gives_its_url_day_then_its_title():
    today = dt.date(2040, 1, 1)
    text = "北湖区新增科技型企业42家。"
    meta = {"title": "北湖区2031年一季度新增科技型企业42家", "url": "http://x.example.cn/2031-05/06/c_1.htm"}
    assert resolve_ref_date_with_cue(text, meta, None, today) == (
        dt.date(2031, 5, 6), "inferred", "date in the sidecar url")
    ref, source, cue = resolve_ref_date_with_cue(text, {"title": meta["title"]}, None, today)
    assert (ref, source) == (dt.date(2031, 3, 31), "inferred") and cue == "end of the latest period reported"
    assert resolve_ref_date_with_cue(text, {"ref_date": "2031-06-01", **meta}, None, today)[0] == dt.date(2031, 6, 1)


def test_a_years_key_work_named_after_it_is_a_plan_not_a_report():
    text = "青禾县2031年工作总结及2032年重点工作\n2031年，全县新增科技型企业42家。"
    assert infer_ref_date_with_cue(text) == (dt.date(2032, 2, 15), "report on the completed year 2031")


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a dateline's day falls after every period reported with its year written
        ("新华社青禾4月6日电 截至2031年11月末，青禾县科技型企业贷款余额45亿元，较年初增长20%。",
         (dt.date(2032, 4, 6), "month and day in the lead, after the periods reported")),
        # a written year reported to its end (截至2031年末) is over: the dateline is in the year after
        ("新华社青禾4月6日电 截至2031年末，青禾县科技型企业贷款余额45亿元，较年初增长20%。",
         (dt.date(2032, 4, 6), "month and day in the lead")),
        ("9月3日，北湖区举行推进会。北湖区2031年10月开工建设的园区已有12家企业入驻。",
         (dt.date(2032, 9, 3), "month and day in the lead, after the periods reported")),
        # a period naming an event held in it does not date the text
        ("2月10日，青禾县2031年第一季度重大工程集体开工，共32个项目。",
         (dt.date(2031, 2, 10), "month and day in the lead")),
        # 今年 is the guess's own year: it does not keep a written year running
        ("2031年，全县研发投入增长12%。今年一季度，全县新增科技型企业15家。",
         (dt.date(2032, 3, 31), "end of the latest period reported")),
        # a year right after 计划 is a plan's date, not a reported one
        ("1月25日，北湖区举行奠基仪式，首期工程计划2032年9月底前完工投用。",
         (dt.date(2031, 1, 25), "month and day in the lead")),
        # a period naming no year before any year is written (a headline) is the text's own year,
        # so it does not keep the year reported later running
        ("上半年青禾县孵化器新入驻团队45个\n截至6月底，累计毕业企业88家。2030年，全县技术合同成交额9亿元。",
         (dt.date(2031, 6, 30), "end of the latest period reported")),
        # nor does a bare period after 今年 only (今年一季度…全区一季度)
        ("今年一季度，北湖区新签约研发项目9项，占全区一季度签约数的三成。2030年，北湖区新增企业40家。",
         (dt.date(2031, 3, 31), "end of the latest period reported")),
    ],
)
def test_inference_reads_datelines_against_the_periods_reported(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a year describing the things counted (126个2031年度重点项目) is no year reported as over
        ("近日，青禾市公布35个2031年度科技攻关课题。2030年，全市新增企业40家。",
         (dt.date(2031, 2, 15), "report on the completed year 2030")),
        # a year its sentence calls current (截至目前，…2031年…已达) is still running
        ("截至目前，青禾市2031年登记的研发机构已有58家。",
         (dt.date(2031, 7, 1), "latest year written 2031, mid-year")),
        # a year heading its clause before a plan verb is the plan of that year, not a horizon
        ("2031年，青禾县计划新建实验室4个，培育科技人才600名。", (dt.date(2031, 2, 15), "plan for the year 2031")),
        # a long-range horizon in a title (《…2045年远景目标》) never dates the text
        ("2030年，全省新增企业40家，为落实《青禾省2045年远景目标》打下基础。",
         (dt.date(2031, 2, 15), "report on the completed year 2030")),
        # 按照…安排部署, conforms to a plan made elsewhere: the year after it is no horizon
        ("根据上级工作部署，10月10日，北湖区在园区举办2031年第二期产业推介会。",
         (dt.date(2031, 10, 10), "month and day in the lead")),
        # 截至2030年末 reports a written year to its end: that year is over
        ("截至2030年末，青禾县科技型企业贷款余额45亿元。", (dt.date(2031, 2, 15), "report on the completed year 2030")),
        # 截至今年5月 after a completed year: a period of the year after, reported as past
        ("2030年，青禾县新增企业40家。截至今年5月，北湖区新增市场主体900户。",
         (dt.date(2031, 5, 31), "end of the latest period reported")),
        # no year written, but 今年 named a five-year plan's first or last year
        ("县长在报告中说，今年是“十五五”开局之年。今年全县主要目标是：增长5%。",
         (dt.date(2026, 7, 1), "this year 2026 a plan's milestone, mid-year")),
        ("今年是十四五收官之年，青禾县新增企业40家。",
         (dt.date(2025, 7, 1), "this year 2025 a plan's milestone, mid-year")),
        # a dateline after the periods reported is the day itself (no weeks added for 1—7月) ...
        ("新华社青禾8月3日电 2031年1—7月，青禾县新增企业40家。", (dt.date(2031, 8, 3), "month and day in the lead")),
        # ... and a period around the dateline is running, not over
        ("2月10日，青禾县2031年第一季度招商推介会举行。一季度，全县签约项目32个。",
         (dt.date(2031, 2, 10), "month and day in the lead")),
        # a day inside a sentence of the lead is no dateline: the period after it still counts
        ("2031年，青禾县科技活动周于5月28日启动。今年1—6月新增企业202家。",
         (dt.date(2031, 6, 30), "end of the latest period reported")),
        # a month planned in the text's own year: the text comes shortly before it (a plan for
        # another year, 确保2032年6月投产, leaves the estimate alone: see above)
        ("北湖区新厂房2031年3月开工，预计11月底建成投产。",
         (dt.date(2031, 11, 29), "the day before the nearest date planned")),
        # a notice whose only year is a deadline to the day comes out shortly before it, in its year
        ("请各单位于2031年7月5日前将申报材料报送至北湖区科技局。",
         (dt.date(2031, 7, 3), "the day before the nearest date planned")),
        # compared with 2030年同期: the period reported lies in 2031
        ("1—3月，青禾县专利授权量增长9%，发明专利占比高于2030年同期2个百分点。",
         (dt.date(2031, 3, 31), "end of the latest period reported")),
    ],
)
def test_inference_tells_years_reported_from_years_described_or_planned(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("3月2日，青禾县负责人表示，“十三五”期间全县将新建众创空间30家。",
         (dt.date(2016, 3, 2), "month and day in the lead")),
        ("北湖区十四五时期将围绕储能产业部署创新链。",
         (dt.date(2021, 7, 1), "plan ahead, its first year 2021, mid-year")),
        ("力争“十四五”时期投资累计达到800亿元，到2025年产值翻番。",
         (dt.date(2021, 7, 1), "plan ahead, its first year 2021, mid-year")),
        ("“十三五”期间，青禾县主要经济指标年均增长12%。", None),  # looked back on: no year
        ("至“十四五”末期，青禾县力争拥有高新技术企业350家。", None),  # the plan's end: a horizon
    ],
)
def test_a_five_year_plan_spoken_of_as_ahead_bounds_the_year(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("2029年至2031年，青禾县研发补助每年增长12%。",
         (dt.date(2032, 2, 15), "report on the completed year 2031")),
        ("2029年2月至2031年1月，北湖区企业陆续获得贷款支持。",
         (dt.date(2031, 1, 31), "end of the latest period reported")),
        # a plan's span in brackets or a title is no reported range: the text comes at its start
        ("青禾县印发《创新提升计划(2029—2031年)》。",
         (dt.date(2029, 7, 1), "plan ahead, its first year 2029, mid-year")),
        ("2029—2031年，青禾县将新建园区3个。", (dt.date(2029, 2, 15), "plan for the year 2029")),
    ],
)
def test_a_range_reported_as_past_dates_the_text_at_its_end(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


def test_a_quarter_naming_a_signing_event_does_not_push_the_dateline_a_year_on():
    text = "3月27日上午，北湖区2031年一季度重大工程集体签约大会举行。"
    assert infer_ref_date_with_cue(text) == (dt.date(2031, 3, 27), "month and day in the lead")


def test_a_url_giving_only_the_month_takes_the_day_the_text_names_in_it():
    today = dt.date(2040, 1, 1)
    meta = {"url": "https://news.example.cn/qinghe/203102/50-1471003.html"}
    dated = "本报2月26日讯 青禾县2031年高新技术企业大会召开。"
    assert resolve_ref_date_with_cue(dated, meta, None, today) == (
        dt.date(2031, 2, 26), "inferred", "month and day in the lead, in the sidecar url's month")
    undated = "青禾县高新技术企业大会召开。"
    assert resolve_ref_date_with_cue(undated, meta, None, today) == (
        dt.date(2031, 2, 15), "inferred", "month in the sidecar url")


def test_a_year_of_funds_obtained_dates_the_text_and_is_no_plan():
    text = "上半年，青禾县技术合同成交额12亿元。争取到2030年省级重大科技专项3个，经费总额600万元。"
    day, _ = infer_ref_date_with_cue(text)
    assert day.year == 2030  # the funds obtained are this year's, not a horizon after it


def test_a_years_own_goal_dates_the_text_in_that_year():
    text = "3月27日，北湖区举行冲刺2031全年目标动员大会，一季度签约项目36个，计划投资162亿元。"
    assert infer_ref_date_with_cue(text) == (dt.date(2031, 3, 27), "month and day in the lead")
    # a horizon (到2031年) still puts the text before it
    assert infer_ref_date_with_cue("力争到2031年，全县企业达到50家。")[0].year == 2030


def test_a_late_dateline_over_a_running_total_inside_the_year_is_news_of_that_year():
    lead = "青禾网讯(记者 某某) 11月28日，记者从青禾县科技局了解到，质押贷款规模超过12亿。\n"
    running = lead + "截至11月12日，在2030年专利权质押贷款工作中，已累计发放贷款59笔。\n2029年底，投入补偿金1.3亿元。"
    assert infer_ref_date_with_cue(running) == (dt.date(2030, 11, 28), "month and day in the lead")
    # the same dateline over a whole year reported (no running total inside it) stays the year after
    whole = lead + "2030年，全县共发放质押融资贷款59笔，比上年增长12%。"
    assert infer_ref_date_with_cue(whole)[0] == dt.date(2031, 11, 28)


# ---------------------------------------------------------------- classes added since


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a year one sentence calls current (截至目前…2031年) is not over in another sentence
        ("截至目前，北湖区2031年入库企业已达620家。下一步，实现2031年入库企业900家以上。",
         (dt.date(2031, 7, 1), "latest year written 2031, mid-year")),
        # nor is a year whose own goal is still pursued (冲刺2031全年目标)
        ("青禾网11月3日讯 2031年，全县新增企业40家。全县上下正冲刺2031全年目标。",
         (dt.date(2031, 11, 3), "month and day in the lead")),
    ],
)
def test_a_year_called_current_somewhere_is_not_a_completed_year(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a draft for a year (草案) plans it; the account of the year before is of a year over
        ("北湖区2031年预算执行情况和2032年预算草案", (dt.date(2032, 2, 15), "report on the completed year 2031")),
        ("青禾县2032年科技与产业发展计划草案\n一、主要目标",
         (dt.date(2032, 2, 15), "plan for the year 2032")),
    ],
)
def test_a_draft_plans_its_own_year_only(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


def test_a_year_without_nian_after_the_verb_holding_an_event_dates_the_text():
    assert infer_ref_date_with_cue("3月2日，北湖区举办2030“青禾杯”创新大赛。") == (
        dt.date(2030, 3, 2), "month and day in the lead")
    # a count after the verb is no year (举办2000余场, 启动2030个项目)
    assert infer_ref_date_with_cue("北湖区举办2000余场活动，启动2030个项目。") is None


@pytest.mark.parametrize(
    "text, wanted",
    [
        # no year written: the anniversary celebrated is the text's year (1921 + 110)
        ("今年是建党一百一十周年，青禾县新增企业40家。", (dt.date(2031, 7, 1), "latest year written 2031, mid-year")),
        # a work report looking back (一年来) on the anniversary's year comes out the year after
        ("青禾网1月20日讯 县长作政府工作报告。报告指出，一年来青禾县圆满完成新中国成立90周年庆祝活动保障任务。",
         (dt.date(2040, 1, 20), "month and day in the lead")),
        # an anniversary looked forward to (喜迎) is not the text's year
        ("2029年，青禾县新增企业40家，喜迎建党110周年。", (dt.date(2030, 2, 15), "report on the completed year 2029")),
        # an anniversary of an event that is no national one (建厂80周年) has no year in the table
        ("青禾网1月20日讯 青禾机械厂建厂80周年。", None),
    ],
)
def test_a_national_anniversary_dates_a_text_without_a_year(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a span elapsed since a date written (经过4年多) puts the dateline's day after it
        ("北湖网2月6日讯 2029年3月，北湖区获批建设青禾园区，经过4年多的建设，园区已有企业300家。",
         (dt.date(2034, 2, 6), "month and day in the lead, after the span elapsed since a date written")),
        # without a dateline the text stands at the span's end at the earliest
        ("青禾园区自2001年成立以来，历经二十余年的培育，已有企业300家。",
         (dt.date(2021, 1, 1), "after the span elapsed since a date written")),
        # a span in another sentence than the date is no span since it
        ("2029年，北湖区新增企业40家。青禾园区经过4年建设已投用。",
         (dt.date(2030, 2, 15), "report on the completed year 2029")),
    ],
)
def test_a_span_elapsed_since_a_date_written_bounds_the_text(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a five-year plan's own document just issued: the text is in the plan's first year
        ("青禾网8月2日讯 近日，青禾县印发《青禾县“十六五”数字经济发展规划》，到2035年产值翻番。",
         (dt.date(2031, 8, 2), "month and day in the lead")),
        # carried out, not issued: only the horizon is written, the text comes the year before it
        ("青禾县组织实施《青禾县“十六五”储能产业规划》，到2035年产值翻番。",
         (dt.date(2034, 7, 1), "latest year written 2034, mid-year")),
        # issued one after another (相继出台): a look back, no new plan
        ("近年来，青禾县相继出台《青禾县“十六五”储能产业规划》等文件，到2035年产值翻番。",
         (dt.date(2034, 7, 1), "latest year written 2034, mid-year")),
    ],
)
def test_a_five_year_plan_just_issued_dates_the_text_in_its_first_year(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # no year written: a party congress whose report the text cites puts the dateline after it
        ("青禾网8月30日讯 青禾县按照二十大报告要求，新增企业40家。",
         (dt.date(2023, 8, 30), "month and day in the lead, after the party meeting cited")),
        # without a dateline the text is dated the meeting's last day at the earliest
        ("十九届五中全会以来，青禾县新增企业40家。", (dt.date(2020, 10, 29), "after the party meeting cited")),
        # no year written: the periods reported are read in the meeting's year
        ("截至11月份，青禾县新增企业40家。全县学习二十大报告。",
         (dt.date(2022, 11, 30), "end of the latest period reported")),
        # a meeting looked forward to (喜迎…) bounds nothing
        ("青禾县喜迎二十大报告发布，新增企业40家。", None),
        # a guess after the meeting stays as it is
        ("2031年，青禾县新增企业40家，全县学习二十大报告。",
         (dt.date(2032, 2, 15), "report on the completed year 2031")),
    ],
)
def test_a_party_meeting_cited_bounds_the_text_from_below(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # 9 June fell on a Sunday in 2030, on a Monday in 2031: the weekday picks the year
        ("青禾网6月9日（星期日）讯 2030年，北湖区新增企业40家。",
         (dt.date(2030, 6, 9), "month and day in the lead, its weekday")),
        ("青禾网6月9日，周一，2030年北湖区新增企业40家。",
         (dt.date(2031, 6, 9), "month and day in the lead, its weekday")),
        # without a weekday the completed year's report is of the year after
        ("青禾网6月9日讯 2030年，北湖区新增企业40家。", (dt.date(2031, 6, 9), "month and day in the lead")),
    ],
)
def test_a_weekday_after_the_lead_day_picks_its_year(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


def test_a_text_naming_no_year_takes_the_last_year_its_weekday_fits_before_the_run_date():
    today = dt.date(2040, 3, 1)
    # 9 June 2039 was a Thursday; the last Sunday 9 June before the run date is in 2030
    assert resolve_ref_date_with_cue("青禾网6月9日，星期日，北湖区新增企业。", None, None, today) == (
        dt.date(2030, 6, 9), "inferred", "month and day in the lead, its weekday, before the run date")
    assert resolve_ref_date_with_cue("青禾网6月9日，北湖区新增企业。", None, None, today) == (
        dt.date(2039, 6, 9), "inferred", "month and day in the lead, the year of the run date")


def test_eval_tool_counts_misses_per_cue(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    articles = {"a": ("青禾网6月9日讯 2031年1—5月，北湖区新增企业40家。", "2031-06-10"),
                "b": ("2030年，青禾县新增企业40家。", "2031-09-30"),
                "c": ("北湖区新增企业40家。", "2031-01-01")}
    for name, (text, day) in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"ref_date": day}), encoding="utf-8")
    run = subprocess.run([sys.executable, str(root / "tools" / "eval_ref_date.py"), "--folder", str(tmp_path),
                          "--by-cue"], capture_output=True, text=True, cwd=root, env={"PYTHONPATH": str(root)},
                         check=True)
    assert "within 31 days 1/3" in run.stdout
    assert "  1 missed of   1  report on the completed year Y" in run.stdout  # 15 Feb against 30 September
    assert "  1 missed of   1  none" in run.stdout
    assert "  0 missed of   1  month and day in the lead" in run.stdout


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a term coined in September 2023 (新质生产力): an April dateline is of the year after
        ("青禾网4月2日讯 北湖区以新质生产力为引领，新增企业40家。",
         (dt.date(2024, 4, 2), "month and day in the lead, after the first use of a term it uses")),
        # a guess after the term's first day stands
        ("青禾网4月2日讯 2031年，北湖区以新质生产力为引领，新增企业40家。",
         (dt.date(2032, 4, 2), "month and day in the lead")),
    ],
)
def test_a_coined_term_bounds_the_text_from_below(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


def test_a_weekday_dateline_below_a_bound_moves_to_the_first_year_it_fits_after_it():
    # 9 June was a Sunday in 2019 and in 2024; 新质生产力, coined 7 September 2023, rules 2019 out
    text = "青禾网6月9日（星期日）讯 2019年，北湖区以新质生产力为引领，新增企业40家。"
    assert infer_ref_date_with_cue(text) == (
        dt.date(2024, 6, 9), "month and day in the lead, its weekday, after the first use of a term it uses")


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a refinancing tool set up on 7 April 2024: a December dateline naming no year is of 2024
        ("青禾网12月3日讯 北湖区用好技术改造再贷款，新增贷款40亿元。",
         (dt.date(2024, 12, 3), "month and day in the lead")),
        # a regulator inaugurated on 18 May 2023: a March dateline is of the year after
        ("青禾网3月8日讯 国家金融监督管理总局北湖监管分局推动企业融资。",
         (dt.date(2024, 3, 8), "month and day in the lead, after the first use of a term it uses")),
    ],
)
def test_a_newer_institution_or_tool_bounds_the_text_from_below(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # an event named by its year (2031年…专场活动) is held in that year: no report on a year over
        ("3月2日，青禾县2031年科技“春风行”专场活动收官，签约金额40亿元。",
         (dt.date(2031, 3, 2), "month and day in the lead")),
        ("北湖区2031年全民健身运动会筹办顺利。", (dt.date(2031, 7, 1), "latest year written 2031, mid-year")),
        # a whole-year figure with the event word past the first comma stays a report on that year
        ("2031年，青禾县开展科普活动120场。", (dt.date(2032, 2, 15), "report on the completed year 2031")),
    ],
)
def test_a_year_naming_an_event_is_not_a_completed_year(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # this summer, after a report on the years before: the text stands at summer's end
        ("2029年至2031年，青禾县新增企业40家。今夏，北湖区的新园区开园。",
         (dt.date(2032, 8, 31), "end of the season the text is in")),
        # an autumn of a year still running, after a period reported that ends earlier
        ("2031年1—7月，青禾县新增企业40家。今秋，北湖区再添新园区。",
         (dt.date(2031, 11, 30), "end of the season the text is in")),
        # 今冬明春 plans the months ahead: the text is not in that winter
        ("2031年1—7月，青禾县新增企业40家。今冬明春，北湖区将新建园区。",
         (dt.date(2031, 7, 31), "end of the latest period reported")),
        # a dateline is more precise than the season
        ("青禾网7月3日讯 今夏，北湖区2031年上半年新增企业40家。", (dt.date(2031, 7, 3), "month and day in the lead")),
    ],
)
def test_a_season_the_text_calls_its_own(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # the edition year closing a list's or a report's title, bracketed or not
        ("12月5日，青禾县发布《北湖区专利清单(2031)》，共收录成果40项。",
         (dt.date(2031, 12, 5), "month and day in the lead")),
        ("《青禾县创新指数报告2031》显示，北湖区位列第一。",
         (dt.date(2031, 7, 1), "latest year written 2031, mid-year")),
        # a year closing a plan's name may be its horizon; a span is no edition (the plan starts in 2029)
        ("12月5日，青禾县落实《北湖制造2039》，新增企业40家。", None),
        ("12月5日，青禾县印发《北湖区产业规划(2029-2039)》。", (dt.date(2029, 12, 5), "month and day in the lead")),
    ],
)
def test_a_year_closing_a_report_title(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # 截至 a whole year: a running total to its end, so the year is over
        ("截至2031年，青禾县共有企业300家。", (dt.date(2032, 2, 15), "report on the completed year 2031")),
        ("截至2031年，青禾县共有企业300家。今年1月，北湖区成立联盟。",
         (dt.date(2032, 1, 31), "end of the latest period reported")),
        # 到 a year is a horizon, not a total to date
        ("力争到2031年，青禾县企业达到300家。", (dt.date(2030, 7, 1), "latest year written 2030, mid-year")),
    ],
)
def test_a_total_as_of_a_whole_year_closes_it(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a list of the meetings held so far: before the next one (十八届五中全会, 29 October 2015)
        ("青禾县对照十八大和十八届三中、四中全会部署，到2025年企业达到300家。",
         (dt.date(2015, 10, 28), "before the party meeting after those it lists")),
        # sessions written as a list bound from below by the latest (十八届六中全会, 27 October 2016)
        ("北湖区落实十八届五中、六中全会提出的要求。12月3日，北湖区新增企业300家。",
         (dt.date(2016, 12, 3), "month and day in the lead")),
        # a year written as the text's own outweighs a list carried over
        ("青禾县落实十八届三中、四中全会提出的要求。2031年，青禾县新增企业300家。",
         (dt.date(2032, 2, 15), "report on the completed year 2031")),
        # one meeting cited alone bounds nothing from above
        ("北湖区对照二十大部署，到2031年企业达到300家。", (dt.date(2030, 7, 1), "latest year written 2030, mid-year")),
    ],
)
def test_a_list_of_party_meetings_bounds_the_text_from_above(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


def test_a_list_of_congresses_alone_bounds_nothing_from_above():
    # 十八大、十九大 skips the plenary sessions between: the text may come after the next one
    text = "北湖区落实十八大、十九大提出的要求。2031年，北湖区新增企业300家。"
    assert infer_ref_date_with_cue(text) == (dt.date(2032, 2, 15), "report on the completed year 2031")
    text = "北湖区落实十八大、十九大提出的要求，到2031年企业达到300家。"
    assert infer_ref_date_with_cue(text) == (dt.date(2030, 7, 1), "latest year written 2030, mid-year")


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a local work report's plan for the year: the January sessions
        ("青禾县政府工作报告提出，2032年，青禾县将新建园区3个。",
         (dt.date(2032, 1, 25), "local work report, plan for the year 2032")),
        # its account of the year before, likewise
        ("北湖区政府工作报告回顾，2031年，全区新增企业40家。",
         (dt.date(2032, 1, 25), "local work report on the completed year 2031")),
        # the national report is read at the March session: left to the general mid-February
        ("国务院政府工作报告提出，2032年，全国将新建园区3个。", (dt.date(2032, 2, 15), "plan for the year 2032")),
        # no work report named: mid-February
        ("2031年，全区新增企业40家。", (dt.date(2032, 2, 15), "report on the completed year 2031")),
    ],
)
def test_a_local_work_report_dates_from_the_january_sessions(text, wanted):
    assert infer_ref_date_with_cue(text) == wanted


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

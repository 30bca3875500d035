"""The document's frame (SPEC 4; issue 13): its home division, its level and the year in view, read from the
title, the lead and the names in the text (invented text)."""

from __future__ import annotations

import datetime as dt

from test_link import entity, link, qty, region

from extract.link import region_tracker
from extract.link.cues import load_cues
from extract.link.divisions import regions_named_in
from extract.link.region import RegionTracker
from extract.mentions import assign_ids
from extract.structure import year_in_view


def _names(title: str) -> list[str]:
    return [r.name for r in regions_named_in(title)]


def _tracker(text, mentions, title=None) -> RegionTracker:
    return RegionTracker(text, assign_ids(sorted(mentions, key=lambda m: m["start"])), load_cues(), title)


REF_SPRING = dt.date(2031, 4, 17)


def test_a_provinces_short_form_is_the_province_not_a_county_of_that_short_name():
    # 河南 is also 河南蒙古族自治县's short form, 河北 a district of 天津, 海南 a district of 乌海
    assert _names("青禾贷赋能河南制造业") == ["河南省"]
    assert _names("北湖新闻:河北企业再创佳绩") == ["河北省"]
    assert _names("海南自贸港青禾园区开园") == ["海南省"]
    assert _names("天津市河北区青禾园开园") == ["天津市", "河北区"]  # named in full: the district


def test_other_ambiguous_short_forms_stay_unsettled_or_take_the_city_they_hold():
    assert _names("长沙某某公司") == ["长沙市"]  # 长沙县 lies in 长沙市: a bare city name is the city
    assert _names("西安某某科技公司") == []  # 西安市, or a 西安区 of another province: no outside knowledge


def test_level_words_of_a_province_take_the_province_inside_names_over_a_finer_division():
    # no division named in the text: 全省 says the report is the province's, and the one province inside
    # the bodies' names is its home, not the city inside a company's name named more often
    text = ("省知识产权局推进质押融资,全省登记金额超过12亿元,同比增长四成。\n"
            "丽水青禾科技公司的主管讲,丽水青禾大学的专家帮了大忙。浙江省澄川商业银行参与。浙江省青禾保险分公司也加入。")
    mentions = [qty(text, "12亿元", 1.2e9, "元", "money"), entity(text, "COMPANY", "丽水青禾科技公司"),
                entity(text, "INSTITUTION", "丽水青禾大学"), entity(text, "COMPANY", "浙江省澄川商业银行"),
                entity(text, "COMPANY", "浙江省青禾保险分公司")]
    tracker = _tracker(text, mentions)
    assert (tracker.home, tracker.home_level) == ("浙江省", "province")


def test_without_level_words_the_finest_division_inside_the_names_is_still_home():
    text = "丽水青禾科技公司的主管讲,丽水青禾大学的专家帮了大忙。浙江省澄川商业银行参与。"
    mentions = [entity(text, "COMPANY", "丽水青禾科技公司"), entity(text, "INSTITUTION", "丽水青禾大学"),
                entity(text, "COMPANY", "浙江省澄川商业银行")]
    tracker = _tracker(text, mentions)
    assert (tracker.home, tracker.home_level) == ("丽水市", "prefecture")


def test_a_loan_to_a_borrower_placed_by_its_name_takes_the_borrowers_division():
    # a province's report: the borrower after 为/向 places the loan, the lender's place does not
    text = ("省科技厅推进科技金融,全省科技贷款余额达80亿元。"
            "杭州青禾银行为丽水北湖科技公司放贷300万元。杭州青禾银行向丽水南山农业公司发放贷款500万元。")
    records = link(text, [qty(text, "80亿元", 8e9, "元", "money"), entity(text, "COMPANY", "杭州青禾银行"),
                          entity(text, "COMPANY", "丽水北湖科技公司"), qty(text, "300万元", 3e6, "元", "money"),
                          entity(text, "COMPANY", "杭州青禾银行", occurrence=1),
                          entity(text, "COMPANY", "丽水南山农业公司"), qty(text, "500万元", 5e6, "元", "money"),
                          region(text, "杭州", "杭州市"), region(text, "杭州", "杭州市", occurrence=1)])
    assert records["300万元"]["region"] == "丽水市"
    assert records["500万元"]["region"] == "丽水市"


def test_the_frame_accessor_is_the_linkers_own_region_tracker():
    text = "青田县新增企业15家。全县研发投入增长9%。"
    tracker = region_tracker(text, assign_ids([region(text, "青田县", "青田县")]))
    assert (tracker.home, tracker.home_level) == ("青田县", "county")
    text = "丽水市新增企业15家。全市研发投入增长9%,青田县增长7%。"
    tracker = region_tracker(text, assign_ids([region(text, "丽水市", "丽水市"), region(text, "青田县", "青田县")]))
    assert (tracker.home, tracker.home_level) == ("丽水市", "prefecture")


def test_a_headline_opening_on_its_year_names_the_year_in_view():
    assert year_in_view("正文。", "2030年北湖区园区营收或达860亿元", REF_SPRING) == (2030, "title")
    # a goal further ahead than next year is no year reported
    assert year_in_view("正文。", "2035年北湖区将建成创新高地", REF_SPRING) == (2031, "ref_date")


def test_a_headline_reporting_last_year_is_about_the_year_before_ref_date():
    assert year_in_view("正文。", "青禾县科创产业去年产值破百亿", REF_SPRING) == (2030, "title")
    assert year_in_view("正文。", "青禾县产值比去年同期增长两成", REF_SPRING) == (2031, "ref_date")


def test_a_speakers_summary_gives_the_year_reported():
    lead = "青禾5月26日电 北湖区某局长26日在通气会上称,2030年,北湖区新认定企业568家,较上年多出72家。"
    assert year_in_view(lead, None, dt.date(2031, 5, 26)) == (2030, "lead")
    lead = "北湖区某局长介绍,2030年,全区培育企业创新联合体15家。"
    assert year_in_view(lead, None, dt.date(2031, 6, 2)) == (2030, "lead")


def test_a_goals_year_gives_way_to_a_reported_year_and_stands_only_alone():
    lead = "青禾1月18日电 记者在会上获悉:2031年,青禾县将加大投入。工作报告里显示,2030年青禾县新设研究院12家。"
    assert year_in_view(lead, None, dt.date(2031, 1, 18)) == (2030, "lead")
    lead = "记者获悉,2031年,青禾县计划实施重点工程40个,投资合计68亿元。"
    assert year_in_view(lead, None, dt.date(2031, 2, 21)) == (2031, "lead")


def test_an_early_year_lead_dated_by_the_year_before_reports_on_that_year():
    lead = "青禾讯 这几年青禾县科技企业蓬勃兴起,截至2030年年底,全县科技企业达到248家。"
    assert year_in_view(lead, None, dt.date(2031, 2, 23)) == (2030, "lead")
    assert year_in_view("据北湖局的统计:2030年青禾县质押融资金额27亿元。", None, dt.date(2031, 1, 25)) \
        == (2030, "lead")
    # later in the year the same lead is a stock as of last December, not the report's year
    assert year_in_view(lead, None, dt.date(2031, 5, 23)) == (2031, "ref_date")


def test_a_later_paragraphs_own_figures_are_no_evidence_of_the_year_in_view():
    text = "近期,青禾县新批2家园区,全县园区增至13个。\n北湖园区2030年实现营业收入26亿元。"
    assert year_in_view(text, None, dt.date(2031, 1, 31)) == (2031, "ref_date")


def test_a_place_naming_a_grouping_casts_no_vote_for_the_home_division():
    # 丽水 named three times only as the name of a grouping; 青田县 is what the piece reports on
    text = ("丽水都市圈协同创新推进会召开。丽水都市圈联合攻关,丽水都市圈成效初显。"
            "青田县一家科技企业获贷300万元。青田县科技局介绍了做法。")
    mentions = [region(text, "丽水", "丽水市"), region(text, "丽水", "丽水市", occurrence=1),
                region(text, "丽水", "丽水市", occurrence=2), region(text, "青田县", "青田县"),
                region(text, "青田县", "青田县", occurrence=1), qty(text, "300万元", 3e6, "元", "money")]
    tracker = _tracker(text, mentions)
    assert (tracker.home, tracker.home_level) == ("青田县", "county")


def test_a_title_closing_on_its_year_names_the_year_in_view():
    lead = "今天上午,北湖省创新研究院发布《北湖省园区发展监测报告2030》,青禾市名列第一。"
    assert year_in_view(lead, None, dt.date(2031, 3, 4)) == (2030, "lead")
    lead = "近日,《青禾园区综合发展评价报告(2030)》发布。"
    assert year_in_view(lead, None, dt.date(2031, 3, 4)) == (2030, "lead")


def test_a_headline_naming_a_place_then_a_past_year_names_the_year_in_view():
    assert year_in_view("正文。", "北湖2030年科技企业数量翻了一番", dt.date(2031, 3, 4)) == (2030, "title")
    # the year of ref_date in a headline names its event or plan, a goal's year none
    assert year_in_view("正文。", "北湖2031年金融早春行活动收官", dt.date(2031, 3, 4)) == (2031, "ref_date")
    assert year_in_view("正文。", "北湖力争2030年跻身先进行列", dt.date(2029, 3, 4)) == (2029, "ref_date")


def test_a_reported_clause_may_name_its_place_before_the_year():
    lead = "青禾高新区1993年设立;据统计,该区2030年实现营业收入204亿元,同比增长21.8%。"
    assert year_in_view(lead, None, dt.date(2031, 6, 4)) == (2030, "lead")
    # only a past year: the year of ref_date after a subject names an event (该市2031年某某活动)
    lead = "记者从北湖区科技局获悉,该区2031年金融早春行活动取得成效,签约金额达47亿元。"
    assert year_in_view(lead, None, dt.date(2031, 6, 4)) == (2031, "ref_date")


def test_an_early_year_lead_opening_on_its_own_years_event_reports_on_the_year_before():
    lead = "2031年北湖区两会开幕;记者会上获悉:去年,北湖区科创产业一路走强。"
    assert year_in_view(lead, None, dt.date(2031, 1, 19)) == (2030, "lead")
    # without a reported year before it, or later in the year, the opening year stands
    assert year_in_view("2031年北湖区科创产业一路走强。", None, dt.date(2031, 1, 19)) == (2031, "lead")
    assert year_in_view(lead, None, dt.date(2031, 6, 19)) == (2031, "lead")

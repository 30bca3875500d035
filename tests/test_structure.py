"""The document's structure: paragraphs, headings, the year in view (SPEC 6.1). Invented texts."""

from __future__ import annotations

import datetime as dt

from extract.structure import analyse, year_in_view

REF = dt.date(2032, 3, 10)


def test_paragraphs_are_lines_and_short_unpunctuated_lines_are_headings():
    text = "一、工作回顾\n青禾县新增企业12家。\n\n二、下一步打算\n"
    layout = analyse(text, None, REF)
    assert [text[s:e] for s, e in layout.paragraphs] == ["一、工作回顾", "青禾县新增企业12家。", "二、下一步打算"]
    assert [text[s:e] for s, e in layout.headings] == ["一、工作回顾", "二、下一步打算"]
    assert layout.paragraph_at(text.index("新增")) == layout.paragraphs[1]


def test_year_in_view_from_a_report_title_or_a_bulletin_named_in_the_lead():
    assert year_in_view("正文。", "青禾县2030年创新工作总结和2031年工作打算", REF) == (2030, "title")
    assert year_in_view("《2029年青禾省科技经费投入统计公报》显示：", None, REF) == (2029, "lead")


def test_a_work_report_delivered_early_in_a_year_is_about_the_year_before():
    title = "政府工作报告——2032年1月20日在青禾市第三届人大第二次会议上"
    assert year_in_view("各位代表：", title, REF) == (2031, "title")
    assert year_in_view("过去一年，全市上下……", None, REF) == (2031, "lead")
    assert year_in_view("各位代表：", "青禾县2032年政府工作报告", REF) == (2031, "title")
    assert year_in_view("各位代表：", "2032年青禾市人民政府工作报告", REF) == (2031, "title")


def test_a_review_heading_in_the_lead_sets_the_year_it_reviews():
    text = "各位代表：\n现在，我代表县人民政府作报告。\n一、2031年工作回顾\n2031年是关键之年。"
    assert year_in_view(text, None, REF) == (2031, "lead")
    assert year_in_view("各位代表：\n2030年和“十五五”工作回顾\n过去的一年。", None, REF) == (2030, "lead")
    assert year_in_view("青禾县举行活动，回顾2030年发展成就。", None, REF) == (2032, "ref_date")  # no heading


def test_a_dateline_before_the_opening_year_or_a_lead_looking_back_sets_the_year():
    assert year_in_view("青禾日报北湖1月27日电 (记者某某)2031年,北湖区稳步发展。", None, REF) == (2031, "lead")
    # REF is 2032-03-10: a news lead reporting 去年 is about 2031
    assert year_in_view("记者近日从大会上了解到,去年青禾县新增企业40家。", None, REF) == (2031, "lead")
    assert year_in_view("今年1—2月,产值比去年同期增长9%。", None, REF) == (2032, "ref_date")
    # 去年 is the year before ref_date's in the second half of a year too (no 一年来 reckoning)
    autumn = dt.date(2032, 9, 20)
    assert year_in_view("北湖区召开大会。去年,北湖区新增企业40家。", None, autumn) == (2031, "lead")


def test_a_year_after_jiezhi_dates_the_whole_year_an_early_year_lead_reports():
    # read in January 2033, 全年 after 截至2031年底 is 2031's (a year after 截至 counts as written,
    # as it does for the lead's first fact), not the year before ref_date's
    january = dt.date(2033, 1, 20)
    assert year_in_view("截至2031年底，青禾县累计培育企业300家，全年新增40家。", None, january) == (2031, "lead")
    assert year_in_view("2031年1—11月，青禾县新增企业40家，全年新增园区3个。", None, january) == (2031, "lead")
    assert year_in_view("青禾县累计培育企业300家，全年新增40家。", None, january) == (2032, "lead")


def test_without_a_cue_the_year_in_view_is_ref_dates_year():
    assert year_in_view("青禾县举行签约仪式。", "青禾县签约12个项目", REF) == (2032, "ref_date")


def test_every_chongqing_district_is_in_the_division_table():
    # the data snapshot lacked two of them; tools/build_regions.py adds them from a second list
    from extract.lexicon import region_table

    for name in ("江北区", "渝北区", "渝中区"):
        rows = [r for r in region_table()[name] if r.name == name and r.province == "重庆市"]
        assert len(rows) == 1 and rows[0].level == "county"


def test_a_report_opening_on_its_year_or_a_ranking_title_sets_the_year_in_view():
    assert year_in_view("2030年青禾省高新技术企业数量达4400家。", None, REF) == (2030, "lead")
    assert year_in_view("一、工作回顾\n2030年,青禾县稳步发展。", None, REF) == (2030, "lead")
    assert year_in_view("2030年5月,青禾县举行签约仪式。", None, REF) == (2032, "ref_date")  # an event, not a period
    assert year_in_view("正文。", "2030年全国园区综合排名发布", REF) == (2030, "title")


def test_enumerated_items_start_at_their_markers():
    from extract.structure import item_starts

    text = "过去五年,发展良好。一是实力提升。二是动能增强；（三）生活改善。\n4.总体目标"
    assert [text[i:i + 2] for i in item_starts(text)] == ["一是", "二是", "（三", "4."]


def test_item_markers_open_a_text_a_line_or_a_clause_only():
    from extract.structure import item_starts

    # white space (a line break too) may stand between the boundary and the marker, and a marker
    # inside a clause or a decimal (1.5) opens nothing
    text = "一是北湖区，\n 二是青禾县。青禾县三是，营收1.5亿元，\n\n2.北湖区；其一"
    assert [text[i:i + 2] for i in item_starts(text)] == ["一是", "二是", "2.", "其一"]
    assert item_starts("") == ()
    assert item_starts("北湖区，") == ()


def test_an_unquoted_bulletin_named_in_the_lead_sets_the_year_but_a_work_report_does_not():
    assert year_in_view("据统计,现将2029年全县科技创新统计公报发布如下:", None, REF) == (2029, "lead")
    assert year_in_view("本报讯 近日,2028年青禾省科技经费投入统计公报显示,全省投入增长。", None, REF) == (2028, "lead")
    assert year_in_view("本报讯 2028年,青禾县在北湖区召开大会。", None, REF) == (2032, "ref_date")
    # 2032年某省政府工作报告 is delivered in 2032 and reviews 2031: its year is no year in view
    assert year_in_view("开幕会上,2032年青禾省政府工作报告提请审议。", None, REF) == (2032, "ref_date")


def test_a_news_lead_reporting_a_years_figures_sets_the_year_in_view():
    lead = "中新网青禾3月2日电 记者2日从青禾省工信厅获悉,2030年,青禾省创新型产业营收稳步增长。"
    assert year_in_view(lead, None, REF) == (2030, "lead")
    assert year_in_view("……昨天,记者从北湖区科技局获悉,去年,北湖区科技创新成果丰硕。", None, REF) == (2031, "lead")
    assert year_in_view("据了解,青禾县推进企业培育,2030年,全县新增企业12家。", None, REF) == (2030, "lead")


def test_a_reported_month_since_date_or_a_date_after_another_number_is_no_year_in_view():
    assert year_in_view("记者获悉,2030年5月,青禾县举行签约仪式。", None, REF) == (2032, "ref_date")
    assert year_in_view("记者获悉,2030年以来,青禾县新增企业12家。", None, REF) == (2032, "ref_date")
    # the first date after the cue is a since-date: a later year in the sentence is one fact's date
    since_first = "据介绍,自2028年实施培育计划以来,全县企业快速成长,2030年,营收达80亿元。"
    assert year_in_view(since_first, None, REF) == (2032, "ref_date")


def test_a_long_headline_above_the_body_is_not_the_lead():
    text = ("【青禾两会】2030年青禾县多项共性技术研发和成果转化应用实现新进展\n"
            "本网讯 记者从大会上获悉,2030年,青禾县多点突破。")
    assert year_in_view(text, None, REF) == (2030, "lead")
    text = "青禾县全面开展工业经济稳增长专项行动 2030年全县工业营收目标增长8%\n2030年,青禾县要开展稳增长行动。"
    assert year_in_view(text, None, REF) == (2030, "lead")


def test_the_articles_own_title_naming_a_years_plan_sets_the_year_in_view_but_a_plan_named_in_the_lead_does_not():
    assert year_in_view("正文。", "青禾市明确2031年科技工作重点和目标", REF) == (2031, "title")
    assert year_in_view("正文。", "2031年一季度青禾省科技活动相关数据", REF) == (2031, "title")
    assert year_in_view("正文。", "青禾县锚定2040年目标", REF) == (2032, "ref_date")  # a goal far ahead
    lead = "青禾委员:您的建议收悉。二是共同印发《助企融资行动2031年实施要点》,加强协同。"
    assert year_in_view(lead, None, REF) == (2032, "ref_date")


def test_an_early_year_report_on_a_whole_year_or_a_running_total_not_over_is_about_the_year_before():
    january = dt.date(2032, 1, 20)
    # issue 16: a January bulletin reporting 全年 or 1—11月 with no year written reviews 2031
    assert year_in_view("三、对外经济\n全年全县外贸进出口总值48亿元,增幅为8%。", None, january) == (2031, "lead")
    assert year_in_view("1-11月青禾县工业增加值增速7.5%,较上年同期提高0.3个百分点。", None, january) == (2031, "lead")
    # a year heading a clause before it names the year; a comparison base does not
    bulletin = "(二)企业创新\n2030 年,青禾县规上企业416个,较 2026 年多出30%。全年专利申请量3821件。"
    assert year_in_view(bulletin, None, dt.date(2032, 2, 20)) == (2030, "lead")
    # a goal is the coming year's, a running total already over is this year's, a later month decides nothing
    assert year_in_view("北湖区召开大会,预计全年新增企业40家。", None, january) == (2032, "ref_date")
    assert year_in_view("北湖区全年目标是新增企业40家。", None, january) == (2032, "ref_date")
    assert year_in_view("1月全县新签项目12个。", None, dt.date(2032, 2, 20)) == (2032, "ref_date")
    assert year_in_view("全年全县新增企业40家。", None, dt.date(2032, 4, 20)) == (2032, "ref_date")

"""The time of records (SPEC 4, 6; issue 13): which date scopes which figure, spans elapsed, the year in
view, leads and headlines, a change over a from-to range, and the date tests the linker keeps per date.
Invented text run through the whole pipeline (reference date PROBE_DAY, 2031-09-01; a few on hand-built
mentions)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import records
from hand_built import built_records, date, qty

from extract.link import time as link_time
from extract.link.cues import load_cues
from extract.link.time import DateTests


def _date(text: str, surface: str, mention_id: str = "m1") -> dict[str, Any]:
    start = text.index(surface)
    return {"id": mention_id, "type": "DATE", "start": start, "end": start + len(surface), "text": surface,
            "norm": {"kind": "point", "granularity": "year", "start": None, "end": None}}


def _end(record: dict) -> str | None:
    return record["time"]["end"] if record["time"] else None


def test_a_date_naming_an_event_then_held_gives_way_to_the_day_heading_the_sentence():
    text = "5月8日上午,北湖区2031年二季度重大工程集中开工仪式举行,共有26个工程开工。"
    ms = [date(text, "5月8日", "2031-05-08", "2031-05-08"),
          date(text, "2031年二季度", "2031-04-01", "2031-06-30", "quarter", "span"),
          qty(text, "26个", 26, "个")]
    got = built_records(text, ms)["26个"]
    assert (got["time"]["start"], got["time"]["end"]) == ("2031-05-08", "2031-05-08")
    assert got["aspect"] == "new"


def test_a_date_before_a_bodys_founding_scopes_none_of_its_facts():
    text = "2029年8月落户的青禾研究所拿到了500万元的扶持经费。"
    ms = [date(text, "2029年8月", "2029-08-01", "2029-08-31", "month"),
          qty(text, "500万元", 5000000, "元", "money")]
    assert built_records(text, ms)["500万元"]["time"] is None


def test_a_year_in_the_name_of_the_event_the_news_was_told_at_gives_way_to_the_day(pipeline):
    got = records(pipeline, "10月23日,在2030青禾数字消费论坛上,北湖科技城发布计划,五年内实现60家头部企业入驻。")
    assert got["60家"]["time"]["start"] == "2031-10-23"


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


@pytest.mark.parametrize("verb", ["已超过", "超过", "达到"])
def test_a_date_before_a_multiple_after_exceeding_is_a_base(pipeline, verb):
    got = records(pipeline, f"2030年,北湖区技术合同成交额{verb}2026年的6倍。")
    assert got["6倍"]["time"]["end"] == "2030-12-31", verb


@pytest.mark.parametrize("elapsed", ["经过", "历经"])
def test_a_span_elapsed_after_a_date_is_undated_itself(pipeline, elapsed):
    got = records(pipeline, f"2027年5月,北湖区获批筹建示范园,{elapsed}4年多的培育,示范园已建成平台13个。")
    assert got["4年多"]["time"] is None, elapsed
    assert got["13个"]["time"] is None, elapsed


def test_a_duration_after_its_own_date_keeps_it(pipeline):
    assert records(pipeline, "2028年,北湖区连续5年保持增长。")["5年"]["time"]["end"] == "2028-12-31"


@pytest.mark.parametrize("lead", ["确保年内", "力争年内", "年内"])
def test_within_the_year_is_the_year_in_view(pipeline, lead):
    got = records(pipeline, f"目前北湖区科技型企业达到5000家。北湖区{lead}新增科技型企业100家,总数达到5100家。")
    assert (got["100家"]["time"]["start"], got["100家"]["time"]["end"]) == ("2031-01-01", "2031-12-31"), lead
    assert got["5100家"]["time"]["end"] == "2031-12-31", lead


@pytest.mark.parametrize("text", ["北湖区力争三年内新增企业300家。", "北湖区力争5年内新增企业300家。"])
def test_a_count_of_years_before_within_is_no_year_in_view(pipeline, text):
    time = records(pipeline, text)["300家"]["time"]
    assert time is None or time["start"] != "2031-01-01", text


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("青禾县科技型企业较2031年增长12%", "2031年", (False, True, False, False)),  # a comparison base
    ("2032年,青禾县新增科技型企业12家", "2032年", (True, False, False, False)),  # the fact's own date
    ("2030年8月落户的某研究所获得资金30万元", "2030年8月", (True, False, True, False)),  # a body's date
    ("北湖区举行2032年科创活动周开幕仪式,签约项目8个", "2032年", (True, False, False, True)),  # a name's date
])
def test_each_test_of_a_date_answers_as_its_function(text: str, surface: str,
                                                       expected: tuple[bool, bool, bool, bool]) -> None:
    tests = DateTests(text, load_cues())
    d = _date(text, surface)
    found = (tests.may_scope(d), tests.compared_with(d), tests.describes_a_body(d), tests.names_a_thing(d))
    assert found == expected


def test_a_date_is_tested_once_however_often_it_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = link_time._names_a_thing

    def counted(*args: Any) -> bool:
        calls.append(args[1]["start"])
        return real(*args)

    monkeypatch.setattr(link_time, "_names_a_thing", counted)
    text = "北湖区举行2032年科创活动周开幕仪式,签约项目8个,总投资12亿元"
    tests = DateTests(text, load_cues())
    first, again = _date(text, "2032年"), _date(text, "2032年", "m9")  # (another mention, the same place)
    assert [tests.names_a_thing(first), tests.names_a_thing(first), tests.names_a_thing(again)] == [True] * 3
    assert calls == [first["start"]]


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
    # paragraph's (ANNOTATION [time27], record time and DATE ends: null, as the team read it before)
    got = records(pipeline, "2030年,北湖区各项指标稳步提升。孵化企业从2027年的96家增加到2029年的140家,增长近五成。")
    assert _end(got["140家"]) == "2029-12-31"
    assert got["近五成"]["time"] is None


# A change over a from-to range (ANNOTATION [left28]): written before the range or after a range whose dates
# carry their numbers without 的, the change takes no time, as ANNOTATION [time27] reads the change after
# 到2029年的140家.
@pytest.mark.parametrize(("text", "change", "ends"), [
    ("2030年,青禾县创新投入持续加大。全社会研发经费五年里增长了1.7倍,从2025年的9.6亿元攀升到2030年的26亿元。",
     "1.7倍", {"9.6亿元": "2025-12-31", "26亿元": "2030-12-31"}),
    ("2030年,北湖区创新投入持续加大。创业导师人数增长60%,由2027年的150名增至2030年的240名。",
     "60%", {"150名": "2027-12-31", "240名": "2030-12-31"}),
    ("2030年,北湖区创新投入持续加大。政务平台的技术咨询量增加一倍多,由2027年日均60件升至2030年日均130件。",
     "一倍多", {"60件": "2027-12-31", "130件": "2030-12-31"}),
    ("2030年,澄川县创新投入持续加大。全县专利授权量由2026年800件攀升至2030年2100件,增幅达1.6倍。",
     "1.6倍", {"800件": "2026-12-31", "2100件": "2030-12-31"}),
])
def test_a_change_over_a_from_to_range_takes_no_one_dates_time(pipeline, text, change, ends):
    got = records(pipeline, text)
    assert got[change]["time"] is None and got[change]["aspect"] == "change"
    for number, end in ends.items():
        assert got[number]["time"]["end"] == end and got[number]["aspect"] == "level"


@pytest.mark.parametrize(("text", "change"), [
    # 从 opening a word (从业人员), a since (从2028年起) or a range of no number: the change keeps its year
    ("2030年,北湖区软件产业营收增长12%,从业人员达到3.2万人。", "12%"),
    ("2030年,北湖区软件产业营收增长12%,从2028年起每年都是全市第一。", "12%"),
    ("2030年,北湖区软件产业营收增长12%,从2028年开始到2030年都在全市前列。", "12%"),
])
def test_a_change_before_no_range_of_numbers_keeps_its_year(pipeline, text, change):
    assert records(pipeline, text)[change]["time"]["end"] == "2030-12-31"

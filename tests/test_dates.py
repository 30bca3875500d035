"""DATE recogniser (extract/dates.py): SPEC section 3's DATE table, section 6's decisions,
offsets under full-width text, and the corpus gold."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.dates import (
    find_dates,
    grammar,
    group_values,
    resolve_comparison,
    shift_interval_years,
)
from extract.rules import load_rules
from extract.structure import analyse

REF = dt.date(2024, 8, 15)
ROOT = Path(__file__).resolve().parent.parent


def only(text: str, ref: dt.date = REF) -> dict:
    """The single DATE mention of ``text``."""
    found = find_dates(text, ref)
    assert len(found) == 1, [(m["text"], m["norm"]) for m in found]
    return found[0]


def norm_of(mention: dict) -> tuple:
    n = mention["norm"]
    return n["kind"], n["start"], n["end"], n["granularity"]


# ---------------------------------------------------------------- SPEC section 3, DATE table

SPEC_TABLE = [
    ("2023年", "2023年", ("point", "2023-01-01", "2023-12-31", "year")),
    ("5月28日", "5月28日", ("point", "2024-05-28", "2024-05-28", "day")),
    ("去年5月", "去年5月", ("point", "2023-05-01", "2023-05-31", "month")),
    ("今年1—10月", "今年1—10月", ("span", "2024-01-01", "2024-10-31", "month")),
    ("1至10月", "1至10月", ("span", "2024-01-01", "2024-10-31", "month")),
    ("前三季度", "前三季度", ("span", "2024-01-01", "2024-09-30", "quarter")),
    ("今年上半年", "今年上半年", ("span", "2024-01-01", "2024-06-30", "half")),
    ("2023—2027年", "2023—2027年", ("span", "2023-01-01", "2027-12-31", "year")),
    ("“十四五”", "“十四五”", ("span", "2021-01-01", "2025-12-31", "multi_year")),
    ("2023年以来", "2023年以来", ("since", "2023-01-01", "2024-08-15", "year")),
    ("今年以来", "今年以来", ("since", "2024-01-01", "2024-08-15", "year")),
    ("近3年", "近3年", ("since", "2021-08-16", "2024-08-15", "year")),
    ("截至7月", "截至7月", ("until", None, "2024-07-31", "month")),
    ("截至目前", "截至目前", ("until", None, "2024-08-15", "day")),
    ("目前", "目前", ("point", "2024-08-15", "2024-08-15", "day")),
    ("当前", "当前", ("point", "2024-08-15", "2024-08-15", "day")),
    ("至今", "至今", ("until", None, "2024-08-15", "day")),
]


@pytest.mark.parametrize("written,span,expected", SPEC_TABLE, ids=[row[0] for row in SPEC_TABLE])
def test_spec_date_table(written, span, expected):
    m = only(f"{written}，全区科技型企业达到2422家。")
    assert m["text"] == span
    assert m["type"] == "DATE"
    assert m["source"].startswith("rule:date.")
    assert norm_of(m) == expected


# ---------------------------------------------------------------- SPEC section 6 decisions

SECTION_6 = [
    ("到2025年，营收突破800亿元", "到2025年", ("until", None, "2025-12-31", "year")),
    ("到2020年底，建成研发平台", "到2020年底", ("until", None, "2020-12-31", "month")),
    ("2018年6月开始实施", "2018年6月开始", ("since", "2018-06-01", "2024-08-15", "month")),
    ("年初，项目开工", "年初", ("point", "2024-01-01", "2024-03-31", "quarter")),
    ("明年年中有望投产", "明年年中", ("point", "2025-06-01", "2025-07-31", "month")),
    ("年底，全面投产", "年底", ("point", "2024-12-01", "2024-12-31", "month")),
    ("2023年年末，全区企业", "2023年年末", ("point", "2023-12-01", "2023-12-31", "month")),
    ("现在使用扭力枪", "现在", ("point", "2024-08-15", "2024-08-15", "day")),
    ("3年来，累计投入", "3年来", ("since", "2021-08-16", "2024-08-15", "year")),
    ("一年来，新增企业", "一年来", ("since", "2023-08-16", "2024-08-15", "year")),
    ("今年春节期间，企业复工", "今年春节", ("point", "2024-02-10", "2024-02-10", "day")),
    ("2023年度技术创新专项", "2023年度", ("point", "2023-01-01", "2023-12-31", "year")),
    ("今年3月份拨付300余万元", "今年3月份", ("point", "2024-03-01", "2024-03-31", "month")),
    ("二〇二三年十月，大会召开", "二〇二三年十月", ("point", "2023-10-01", "2023-10-31", "month")),
    ("第四季度，新增企业", "第四季度", ("span", "2024-10-01", "2024-12-31", "quarter")),
    ("2023年前三季度，新增企业", "2023年前三季度", ("span", "2023-01-01", "2023-09-30", "quarter")),
    ("下半年，加快建设", "下半年", ("span", "2024-07-01", "2024-12-31", "half")),
    ("1月至9月，产值增长", "1月至9月", ("span", "2024-01-01", "2024-09-30", "month")),
    ("前年，项目签约", "前年", ("point", "2022-01-01", "2022-12-31", "year")),
    ("本月，上线平台", "本月", ("point", "2024-08-01", "2024-08-31", "month")),
    ("上月，上线平台", "上月", ("point", "2024-07-01", "2024-07-31", "month")),
    ("近6个月，新增企业", "近6个月", ("since", "2024-02-16", "2024-08-15", "month")),
    ("截止2023年底，累计发放", "截止2023年底", ("until", None, "2023-12-31", "month")),
    ("到目前为止，累计发放", "到目前为止", ("until", None, "2024-08-15", "day")),
    ("2018年至今，累计支持", "2018年至今", ("since", "2018-01-01", "2024-08-15", "year")),
    ("自2018年起，累计支持", "自2018年起", ("since", "2018-01-01", "2024-08-15", "year")),
    ("2022年全年办理专利质押", "2022年全年", ("point", "2022-01-01", "2022-12-31", "year")),
]


@pytest.mark.parametrize("text,span,expected", SECTION_6, ids=[row[1] for row in SECTION_6])
def test_section_6_decisions(text, span, expected):
    m = only(text)
    assert (m["text"], norm_of(m)) == (span, expected)


def test_previous_year_is_resolved_from_the_compared_period():
    # SPEC §6: 2022年…比上年增长 → 2021, whatever ref_date says
    found = find_dates("2022年全县研发费用为11.37亿元，比上年增长35%。", dt.date(2024, 8, 15))
    assert [(m["text"], m["norm"]["start"], m["norm"]["end"]) for m in found] == [
        ("2022年", "2022-01-01", "2022-12-31"), ("上年", "2021-01-01", "2021-12-31")]


def test_same_period_last_year_shifts_the_compared_period():
    found = find_dates("今年1—10月，技术合同交易额较去年同期增长220%。", dt.date(2023, 11, 15))
    assert found[1]["text"] == "去年同期"
    assert norm_of(found[1]) == ("span", "2022-01-01", "2022-10-31", "month")


def test_comparison_without_a_period_in_its_sentence_takes_the_paragraphs_period():
    # SPEC 6: 上年 is the year before the period compared; the paragraph's date carries over 。
    found = find_dates("2021年新增企业25家。研发投入较上年增长43.8%。", dt.date(2022, 1, 20))
    assert [(m["text"], m["norm"]["start"]) for m in found] == [
        ("2021年", "2021-01-01"), ("上年", "2020-01-01")]


@pytest.mark.parametrize("text,expected_previous", [
    # the report's period, set in an earlier paragraph, is what a later 上年 is compared with
    ("2030年，青禾县高新技术企业达到120家。\n全县研发投入比上年增长12%。", "2029-01-01"),
    ("去年，北湖区新增企业30家。\n据介绍，全区技术合同额比上年增长8%。", "2029-01-01"),
    ("青禾县2030年统计公报\n工业增加值350亿元。\n专利授权量较上年度增长9%。", "2029-01-01"),
    # a comparison base (与2029年持平) is not the period in force
    ("2030年北湖区研发强度与2028年持平。\n全区技术合同额比上年增长8%。", "2029-01-01"),
])
def test_comparison_in_a_later_paragraph_takes_the_period_in_force(text, expected_previous):
    found = find_dates(text, dt.date(2031, 2, 10))
    assert [m["norm"]["start"] for m in found if m["text"].startswith("上年")] == [expected_previous]


@pytest.mark.parametrize("opening", ["2029年3月2日，青禾县召开大会。", "到2035年建成创新高地。"])
def test_a_day_or_a_target_before_is_no_period_for_a_later_comparison(opening):
    # an event's day or a goal sets no report period: 上年 falls back to the year in view
    found = find_dates(opening + "\n全县研发投入比上年增长12%。", dt.date(2031, 3, 5))
    assert [m["norm"]["start"] for m in found if m["text"] == "上年"] == ["2030-01-01"]


def test_comparison_without_any_period_takes_the_year_in_view():
    text = "青禾县2031年科技工作总结\n全县研发投入比上年增长12%，技术合同额较去年同期增长8%。"
    found = find_dates(text, dt.date(2032, 3, 2), analyse(text, None, dt.date(2032, 3, 2)))
    assert [(m["text"], m["norm"]["start"], m["norm"]["end"]) for m in found] == [
        ("2031年", "2031-01-01", "2031-12-31"),
        ("上年", "2030-01-01", "2030-12-31"),
        ("去年同期", "2030-01-01", "2030-12-31"),
    ]


@pytest.mark.parametrize(
    "text, ref, wanted",
    [
        # a bare month takes the year written last before it in the paragraph (SPEC 6.1)
        ("2029年5月签约，6月开工，年底投产。", "2031-02-01",
         [("2029年5月", "2029-05-01", "2029-05-31"), ("6月", "2029-06-01", "2029-06-30"),
          ("年底", "2029-12-01", "2029-12-31")]),
        ("去年9月签约，11月投产。", "2031-02-01",
         [("去年9月", "2030-09-01", "2030-09-30"), ("11月", "2030-11-01", "2030-11-30")]),
        # ... but not across a paragraph: the next line falls back to the year in view
        ("2029年5月签约。\n6月开工。", "2031-02-01",
         [("2029年5月", "2029-05-01", "2029-05-31"), ("6月", "2031-06-01", "2031-06-30")]),
        # a bare day takes the month written last before it, else ref_date's month
        ("青禾县5月28日召开大会，29日闭幕。", "2031-06-10",
         [("5月28日", "2031-05-28", "2031-05-28"), ("29日", "2031-05-29", "2031-05-29")]),
        ("北湖区29日召开大会。", "2031-06-10", [("29日", "2031-06-29", "2031-06-29")]),
        # “十四五” names no single year: the month after it takes the year in view
        ("提前达成“十四五”各项任务。1—11月投资增长。", "2031-12-10",
         [("“十四五”", "2021-01-01", "2025-12-31"), ("1—11月", "2031-01-01", "2031-11-30")]),
    ],
)
def test_bare_months_and_days_take_the_last_written_date(text, ref, wanted):
    found = find_dates(text, dt.date.fromisoformat(ref))
    got = [(m["text"], m["norm"]["start"], m["norm"]["end"]) for m in found]
    assert got == wanted


def test_a_dateline_takes_ref_dates_year_even_in_a_report_about_a_past_year():
    text = "11月8日，北湖区统计局发布《2030年北湖区科技经费统计公报》。1—10月研发投入增长。"
    ref = dt.date(2031, 11, 9)
    found = find_dates(text, ref, analyse(text, None, ref))
    assert [(m["text"], m["norm"]["start"]) for m in found] == [
        ("11月8日", "2031-11-08"), ("2030年", "2030-01-01"), ("1—10月", "2030-01-01")]


def test_a_report_about_a_past_year_reads_bare_periods_in_that_year():
    text = "北湖区2030年工作总结\n1—11月，新增企业50家；前三季度研发投入增长；上半年引进人才；年末共有企业900家。"
    ref = dt.date(2031, 1, 20)
    found = find_dates(text, ref, analyse(text, None, ref))
    assert [(m["text"], m["norm"]["start"], m["norm"]["end"]) for m in found][1:] == [
        ("1—11月", "2030-01-01", "2030-11-30"),
        ("前三季度", "2030-01-01", "2030-09-30"),
        ("上半年", "2030-01-01", "2030-06-30"),
        ("年末", "2030-12-01", "2030-12-31"),
    ]


def test_resolve_comparison_for_the_linker():
    ytd = {"kind": "span", "start": "2023-01-01", "end": "2023-10-31", "granularity": "month"}
    assert resolve_comparison("去年同期", ytd, REF) == {
        "kind": "span", "start": "2022-01-01", "end": "2022-10-31", "granularity": "month"}
    assert resolve_comparison("上年", ytd, REF)["start"] == "2022-01-01"
    assert resolve_comparison("上年末", ytd, REF)["start"] == "2022-12-01"
    assert resolve_comparison("上年", None, REF) == {
        "kind": "point", "start": "2023-01-01", "end": "2023-12-31", "granularity": "year"}


def test_range_end_inherits_year_and_rolls_into_next_year():
    assert norm_of(only("2023年1月至9月产值")) == ("span", "2023-01-01", "2023-09-30", "month")
    assert norm_of(only("2023年11月至2月施工")) == ("span", "2023-11-01", "2024-02-29", "month")
    assert norm_of(only("2023年11月至2024年2月施工")) == ("span", "2023-11-01", "2024-02-29", "month")
    assert norm_of(only("5月1日至10日举办")) == ("span", "2024-05-01", "2024-05-10", "day")


def test_before_means_until_the_day_before_except_after_an_end_of_period():
    assert norm_of(only("2025年前建成")) == ("until", None, "2024-12-31", "year")
    assert norm_of(only("6月底前完成")) == ("until", None, "2024-06-30", "month")
    assert norm_of(only("2015年2月1日或之前发货")) == ("until", None, "2015-02-01", "day")


def test_since_after_ref_date_is_open():
    assert norm_of(only("2025年1月1日起施行")) == ("since", "2025-01-01", None, "day")


def test_bare_days_take_ref_month_or_the_date_written_before():
    # SPEC 6.1: a bare day takes the month written last before it in the paragraph
    found = find_dates("欧佩克15日发表报告；审计局在2023年7月21日、22日邀请专家，7日至9日举行会议。", REF)
    assert [(m["text"], m["norm"]["start"], m["norm"]["end"]) for m in found] == [
        ("15日", "2024-08-15", "2024-08-15"),
        ("2023年7月21日", "2023-07-21", "2023-07-21"),
        ("22日", "2023-07-22", "2023-07-22"),
        ("7日至9日", "2023-07-07", "2023-07-09"),
    ]


def test_period_up_to_now_without_a_year_started_before_ref_date():
    ref = dt.date(2010, 6, 15)
    assert norm_of(only("11月以来，价格上涨", ref)) == ("since", "2009-11-01", "2010-06-15", "month")
    assert norm_of(only("9月至今，价格上涨", ref)) == ("since", "2009-09-01", "2010-06-15", "month")
    assert norm_of(only("3月以来，价格上涨", ref)) == ("since", "2010-03-01", "2010-06-15", "month")


NOT_DATES = [
    "近年来，北湖区以改革激发发展活力。",
    "日前，公司在产业园开业。",
    "近段时间，实验楼正抓紧建设。",
    "近期将正式投用。",
    "北湖区每年列支3亿元研发补助。",
    "贷款规模连续5年排名全省第一。",
    "3年内可引进配套企业800家。",
    "澄科局函〔2031〕15号",
    "公司深耕模具制造十余年，员工平均年龄35岁。",
    "全年研发投入31.47亿元，同日成立联盟，当天签约，同期增长。",
    "这体现在研发投入上，也表现在人才上。",
    "规模以上工业企业R&D经费支出8.87亿元，同比增长10%。",
    "引进澄川新材（投资60亿）等上下游企业，预计年产能超过200万辆。",
    "打造“527”创新布局和“3+5”产业体系，“2+3+N”新兴产业。",
    "青禾农科院果树研究所北湖试验中心、第四代锂电产线、5G基站。",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert find_dates(text, REF) == []


# ---------------------------------------------------------------- offsets and the shape of mentions


def test_full_width_digits_and_dashes_keep_offsets():
    text = "据统计，截至２０２４年７月，铜梁（２０２３－２０２７年）计划，今年１－１０月增长。"
    found = find_dates(text, REF)
    assert [m["text"] for m in found] == ["截至２０２４年７月", "２０２３－２０２７年", "今年１－１０月"]
    for m in found:
        assert text[m["start"] : m["end"]] == m["text"]
    assert [norm_of(m) for m in found] == [
        ("until", None, "2024-07-31", "month"),
        ("span", "2023-01-01", "2027-12-31", "year"),
        ("span", "2024-01-01", "2024-10-31", "month"),
    ]


def test_mentions_are_flat_ordered_and_carry_text():
    text = "截至7月，北湖区共扶持617家；今年1—10月新增187家，2023年以来又新设412家，目前达到1290家。"
    found = find_dates(text, REF)
    assert [m["text"] for m in found] == ["截至7月", "今年1—10月", "2023年以来", "目前"]
    for a, b in zip(found, found[1:], strict=False):
        assert a["end"] <= b["start"]
    keys = {"kind", "start", "end", "granularity"}
    assert all(m["type"] == "DATE" and set(m["norm"]) == keys for m in found)


_FRAGMENTS = ["2023年", "今年", "去年", "1—10月", "5月28日", "截至", "以来", "到", "至", "前三季度", "上半年",
              "近3年", "目前", "至今", "上年", "同期", "，", "。", "增长", "新增", "企业", "２０２４", "－",
              "底",
              "初", "起", "前", "从", "“十四五”", "每年", "连续5年", "3年内", "\n", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=14))
def test_any_mix_of_date_fragments_gives_valid_flat_mentions(parts):
    text = "".join(parts)
    found = find_dates(text, REF)
    last_end = 0
    for m in found:
        assert m["text"] == text[m["start"] : m["end"]] and m["end"] > m["start"] >= last_end
        last_end = m["end"]
        n = m["norm"]
        assert n["kind"] in ("point", "span", "since", "until")
        assert n["granularity"] in ("day", "month", "quarter", "half", "year", "multi_year")
        if n["start"] and n["end"]:
            assert n["start"] <= n["end"]


# ---------------------------------------------------------------- shifting intervals


def test_shift_interval_years_keeps_month_ends():
    d = dt.date.fromisoformat
    assert shift_interval_years(d("2024-01-01"), d("2024-02-29"), -1) == (d("2023-01-01"), d("2023-02-28"))
    assert shift_interval_years(d("2023-01-01"), d("2023-02-28"), 1) == (d("2024-01-01"), d("2024-02-29"))
    assert shift_interval_years(None, d("2024-07-31"), -1) == (None, d("2023-07-31"))
    assert shift_interval_years(d("2024-03-10"), d("2024-08-15"), -2) == (d("2022-03-10"), d("2022-08-15"))


# ---------------------------------------------------------------- against the hand-labelled corpus gold


def _gold_pairs():
    for path in sorted((ROOT / "corpus" / "gold").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        article = ROOT / "corpus" / "articles" / f"{doc['doc_id']}.txt"
        if article.exists():
            yield doc, article.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- news dates (SPEC 6.1)


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("北湖区上周召开大会", [("上周", "point", "2024-08-05", "2024-08-11", "week")]),
        ("本周三签约，上周五开幕", [("本周三", "point", "2024-08-14", "2024-08-14", "day"),
                                  ("上周五", "point", "2024-08-09", "2024-08-09", "day")]),
        ("下个星期验收", [("下个星期", "point", "2024-08-19", "2024-08-25", "week")]),
        ("项目2周前开工", [("2周前", "point", "2024-07-29", "2024-08-04", "week")]),
        ("两年前落户青禾县", [("两年前", "point", "2022-01-01", "2022-12-31", "year")]),
        ("上个月签约，一个月前开工", [("上个月", "point", "2024-07-01", "2024-07-31", "month"),
                                    ("一个月前", "point", "2024-07-01", "2024-07-31", "month")]),
        ("今后五年投入10亿元", [("今后五年", "span", "2025-01-01", "2029-12-31", "year")]),
        ("未来3个月完成", [("未来3个月", "span", "2024-09-01", "2024-11-30", "month")]),
        ("未来两天有雨", [("未来两天", "span", "2024-08-16", "2024-08-17", "day")]),
        ("自2019年实施首轮计划以来", [("自2019年", "since", "2019-01-01", "2024-08-15", "year")]),
        ("今年来新增企业30家", [("今年来", "since", "2024-01-01", "2024-08-15", "year")]),
        ("今(12)日上午召开", [("今(12)日", "point", "2024-08-12", "2024-08-12", "day")]),
        ("今天（15日）闭幕", [("今天（15日）", "point", "2024-08-15", "2024-08-15", "day")]),
        ("十四五期末建成，“十三五”末达到", [("十四五期末", "point", "2025-01-01", "2025-12-31", "year"),
                                        ("“十三五”末", "point", "2020-01-01", "2020-12-31", "year")]),
    ],
)
def test_news_dates(text, wanted):
    assert [(m["text"], *norm_of(m)) for m in find_dates(text, REF)] == wanted


@pytest.mark.parametrize("text", ["下周期任务", "来自2019年的数据", "今年来自全国的客商", "各自2019年的产值"])
def test_news_date_look_alikes(text):
    found = [(m["text"], m["norm"]["kind"]) for m in find_dates(text, REF)]
    assert all(kind != "since" for _, kind in found) and all("周" not in t for t, _ in found)


@pytest.mark.parametrize("text,expected", [
    ("过去五年，青禾县累计引进项目80个。", ("span", "2026-01-01", "2030-12-31", "year")),
    ("过去的三年里，北湖区新增企业40家。", ("span", "2028-01-01", "2030-12-31", "year")),
    ("过去一年，青禾县研发投入增长9%。", ("point", "2030-01-01", "2030-12-31", "year")),
    # with 来 it counts back from ref_date's day, like 近N年 (SPEC §3)
    ("过去两年来，北湖区新增企业40家。", ("since", "2029-02-03", "2031-02-02", "year")),
])
def test_past_n_years_are_whole_calendar_years_before_ref_year(text, expected):
    (m,) = find_dates(text, dt.date(2031, 2, 2))
    assert norm_of(m) == expected


@pytest.mark.parametrize("text", [
    "青禾项目投用后年营收可达18亿元。", "北湖工厂运营后年均纳税900万元。", "技改后年销售额翻番。"])
def test_hou_before_an_annual_figure_is_no_year_after_next(text):
    assert find_dates(text, dt.date(2031, 2, 2)) == []


# Festivals (SPEC §6: a festival is its day that year; corpus/ANNOTATION.md "Festivals"): the day
# comes from the year table for any year 1950-2100, and words after the name stay outside.
FESTIVALS = [
    ("2031年元宵节当晚，青禾县灯会开幕", "2031年元宵节", "2031-02-06"),
    ("2045年春节期间，北湖区客流增长", "2045年春节", "2045-02-17"),
    ("1998年中秋节当天，工厂投产", "1998年中秋节", "1998-10-05"),
    ("2027年端午假期，景区接待游客", "2027年端午", "2027-06-09"),
    ("2028年除夕，青禾县举办晚会", "2028年除夕", "2028-01-25"),
    ("2060年国庆期间，北湖区举办展会", "2060年国庆", "2060-10-01"),
    ("2035年植树节，青禾县种树", "2035年植树节", "2035-03-12"),
]


@pytest.mark.parametrize("text,span,day", FESTIVALS, ids=[row[1] for row in FESTIVALS])
def test_festival_is_its_day_that_year(text, span, day):
    m = only(text)
    assert (m["text"], norm_of(m)) == (span, ("point", day, day, "day"))


def test_festival_outside_the_table_is_not_annotated():
    assert find_dates("2150年春节期间", REF) == []


@pytest.mark.parametrize("text", ["第十五一期工程", "政治清明、风清气正", "喝腊八粥", "煮元宵", "国庆70周年"])
def test_short_festival_names_need_a_period_word(text):
    assert find_dates(text, REF) == []


MONTH_END_WORDS = [
    ("截至上月底，北湖区共有企业", "截至上月底", ("until", None, "2024-07-31", "month")),
    ("截至上个月末，累计发放", "截至上个月末", ("until", None, "2024-07-31", "month")),
    ("上月底，青禾县签约", "上月底", ("point", "2024-07-01", "2024-07-31", "month")),
    ("到本月底完成", "到本月底", ("until", None, "2024-08-31", "month")),
    ("下月初开工", "下月初", ("point", "2024-09-01", "2024-09-10", "day")),
]


@pytest.mark.parametrize("text,span,expected", MONTH_END_WORDS, ids=[row[1] for row in MONTH_END_WORDS])
def test_relative_month_with_end_word_keeps_it(text, span, expected):
    m = only(text)
    assert (m["text"], norm_of(m)) == (span, expected)


def test_relative_month_end_crosses_the_year():
    m = only("截至上月底，累计发放", dt.date(2031, 1, 12))
    assert norm_of(m) == ("until", None, "2030-12-31", "month")


@pytest.mark.parametrize("text", ["前两年，青禾县投入", "头两年建设", "前几年，北湖区"])
def test_first_or_some_years_are_not_dates(text):
    assert find_dates(text, REF) == []


def test_until_before_previous_year_end_resolves_from_the_compared_year():
    found = find_dates("2030年青禾县新增企业20家，截至上年底共有300家。", dt.date(2031, 2, 1))
    assert [(m["text"], norm_of(m)) for m in found] == [
        ("2030年", ("point", "2030-01-01", "2030-12-31", "year")),
        ("截至上年底", ("until", None, "2029-12-31", "month")),
    ]


# ---------------------------------------------------------------- the exclusions' first-character gate

# the characters of the exclusion patterns, and a few others
_EXCLUSION_ALPHABET = ("近年来些几多连历日前不久今后未最每月季周天个内之以上半此提"
                       "产均销收营利纳税〔〕[]【】0123456789一二两十百头条的了在")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_EXCLUSION_ALPHABET, max_size=40))
def test_gated_exclusions_find_what_the_plain_pattern_finds(text):
    import re

    from extract.dates import grammar

    gated = grammar().exclusion_re
    plain = re.compile(gated.pattern.split(")", 1)[1], gated.flags)  # the pattern without its gate
    assert gated.pattern.startswith("(?=[")
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(("pattern", "gate"), [
    ("近期|(?<![0-9])日前", "[日近]"),  # a lookbehind takes no character: the item after it decides
    ("每(?:一)?年", "[每]"),
    ("(?:[0-9]{1,3}|[一二]{1,4})个?年内", "[0123456789一二]"),
    ("连?年", "[年连]"),  # an optional first item: the next one may start the match
    ("[〔\\[]2031", "[\\[〔]"),
])
def test_first_char_gate_reads_the_characters_a_match_starts_with(pattern, gate):
    import re

    from extract.dates import _gated_by_first_chars

    assert _gated_by_first_chars(re.compile(pattern)).pattern == f"(?={gate})(?:{pattern})"


@pytest.mark.parametrize("pattern", ["年?", ".年", "[^年]月", r"\d年", "(?i)q年", "(a)?\\1"])
def test_no_gate_where_a_match_may_be_empty_or_start_anywhere(pattern):
    import re

    from extract.dates import _gated_by_first_chars

    assert _gated_by_first_chars(re.compile(pattern)).pattern == pattern


@pytest.mark.parametrize(
    "text",
    [
        "青禾县2031年科技工作成效显著\n本报讯(记者李明)1月22日—27日，青禾县两会召开。",
        "青禾县2031年技术合同成交情况\n青禾网 北湖1月22日电(记者李明)记者27日从全县科技大会上了解到。",
    ],
)
def test_a_dateline_under_a_headline_naming_the_report_year_dates_the_news(text):
    ref = dt.date(2032, 1, 27)
    found = {m["text"]: m["norm"]["start"] for m in find_dates(text, ref, analyse(text, None, ref))}
    assert found["2031年"] == "2031-01-01"
    assert all(start.startswith("2032-01-2") for word, start in found.items() if word != "2031年")


@pytest.mark.parametrize(
    "line, dateline",
    [
        ("11月11日电 全县网络零售额达5亿元。", True),
        ("北湖网11月11日讯（记者王某）全县网络零售额达5亿元。", True),
        ("青禾网讯 11月11日，全县网络零售额达5亿元。", True),
        ("澄川11月11日消息 全县网络零售额达5亿元。", True),
        # a word the mark opens (电商, 电视, 讯飞) leaves the day a date of the report's year (left28: the DATE
        # anchoring once read any 电/讯 after the day, the link and the year in view only before a space or bracket)
        ("11月11日电商节期间，全县网络零售额达5亿元。", False),
        ("11月11日电视台报道，全县网络零售额达5亿元。", False),
    ],
)
def test_one_list_of_dateline_marks_for_the_date_anchoring_and_the_link(line, dateline):
    from extract.link.cues import is_dateline, load_cues

    text = "青禾县2031年工作总结\n2031年，青禾县新增企业40家。\n" + line
    ref = dt.date(2032, 2, 10)
    day = next(m for m in find_dates(text, ref, analyse(text, None, ref)) if m["text"].endswith("11日"))
    assert day["norm"]["start"] == ("2032-11-11" if dateline else "2031-11-11")
    assert is_dateline(text, day, load_cues()) is (dateline and "讯 " not in line)  # a byline before: no mark after


@pytest.mark.parametrize(
    "text, ref, wanted",
    [
        ("1—11月，青禾县高新技术产业营收增长11%，增速较上年同期提高0.5个百分点。", dt.date(2032, 1, 13),
         {"1—11月": ("2031-01-01", "2031-11-30"), "上年同期": ("2030-01-01", "2030-11-30")}),
        ("前三季度，北湖区工业营收增长8%。", dt.date(2032, 2, 20), {"前三季度": ("2031-01-01", "2031-09-30")}),
        ("1至10月，北湖区工业营收增长8%。", dt.date(2032, 8, 15), {"1至10月": ("2032-01-01", "2032-10-31")}),
        ("预计1—11月，青禾县完成投资30亿元。", dt.date(2032, 1, 13), {"1—11月": ("2032-01-01", "2032-11-30")}),
        # a plan word in the clause before a semicolon is not the running total's (its clause ends there)
        ("北湖区预计全年投资增长5%；1—11月，青禾县完成投资30亿元。", dt.date(2032, 1, 13),
         {"1—11月": ("2031-01-01", "2031-11-30")}),
        ("北湖区预计全年投资增长5%;1—11月，青禾县完成投资30亿元。", dt.date(2032, 1, 13),
         {"1—11月": ("2031-01-01", "2031-11-30")}),
        ("1—11月，青禾县新增企业30家。", dt.date(2032, 11, 5), {"1—11月": ("2032-01-01", "2032-11-30")}),
        ("2031年，青禾县新增企业30家；1—11月产值增长8%。", dt.date(2032, 1, 13),
         {"1—11月": ("2031-01-01", "2031-11-30")}),
    ],
)
def test_a_running_total_ending_after_ref_date_is_last_years(text, ref, wanted):
    found = {m["text"]: (m["norm"]["start"], m["norm"]["end"]) for m in find_dates(text, ref, analyse(text, None, ref))}
    assert {k: found[k] for k in wanted} == wanted


def test_a_rolling_window_is_never_the_year_shangnian_is_compared_with():
    text = ("2030年，青禾县企业营业收入增长10%，近3年平均增速为13%，净利润较上年增长9%。"
            "一年来新增机构86家，是去年同期的2倍。")
    found = {m["text"]: (m["norm"]["start"], m["norm"]["end"]) for m in find_dates(text, dt.date(2031, 5, 26))}
    assert found["上年"] == ("2029-01-01", "2029-12-31")
    assert found["去年同期"] == ("2029-05-27", "2030-05-26")  # 一年来 a year back


def test_a_same_period_comparison_above_the_lead_takes_the_period_the_report_opens_on():
    text = ("★技术合同成交额85亿元，较上年同期增长35%。\n"
            "7月12日，记者从青禾县科技局获悉：今年上半年，全县科技创新稳步推进。")
    found = {m["text"]: (m["norm"]["start"], m["norm"]["end"]) for m in find_dates(text, dt.date(2031, 7, 16))}
    assert found["上年同期"] == ("2030-01-01", "2030-06-30")


@pytest.mark.parametrize(
    "ref, wanted",
    [
        (dt.date(2032, 2, 9), "2032-02-08"),  # the news of the bulletin, days before ref_date
        (dt.date(2032, 9, 1), "2031-02-08"),  # far from ref_date: the year written before it (SPEC 6.1)
    ],
)
def test_a_day_announcing_a_past_years_report_is_the_news_date(ref, wanted):
    text = "2031年青禾县高新技术企业达440家，全年产值增长12%，县统计部门2月8日公布全县创新型产业运行情况。"
    found = {m["text"]: m["norm"]["start"] for m in find_dates(text, ref)}
    assert found["2月8日"] == wanted


def test_every_calendar_word_holds_the_anchor_its_pattern_is_gated_on():
    # the calendar expressions are only tried where 年, 月 or 季 follows within 8 characters
    # (dates._gated_parts): a word of these lists without one would never be found
    words = load_rules("date_words")
    for section in ("relative_years", "relative_months", "halves", "year_parts"):
        for word in words[section]:
            assert any(c in word[:9] for c in "年月季"), (section, word)


@pytest.mark.parametrize("text, wanted", [
    # the funds obtained for a year: the year is a point, the 到 belongs to the verb
    ("青禾县争取到2030年省级专项资金800万元。", ("point", "2030-01-01", "2030-12-31", "year")),
    ("北湖区共获取到2029年中央预算内资金1.2亿元。", ("point", "2029-01-01", "2029-12-31", "year")),
    # the same verb before a deadline stays an until (no funds named in its clause)
    ("争取到2030年，全县高新技术企业达到50家。", ("until", None, "2030-12-31", "year")),
    ("争取到2030年底建成专项资金管理平台。", ("until", None, "2030-12-31", "month")),
])
def test_a_year_of_funds_obtained_is_no_deadline(text, wanted):
    assert norm_of(only(text, dt.date(2031, 3, 1))) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("较“十三五”初期翻了两番", ("point", "2016-01-01", "2016-12-31", "year")),
    ("十四五期初启动建设", ("point", "2021-01-01", "2021-12-31", "year")),
    ("“十四五”初步建成", ("span", "2021-01-01", "2025-12-31", "multi_year")),  # 初步 is no part of it
])
def test_the_start_of_a_five_year_plan_is_its_first_year(text, wanted):
    assert norm_of(only(text)) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("从2029青禾县高新技术产业的运行看，增长较快。", "2029"),
    ("在2030北湖数字经济论坛上，签约12个项目。", "2030"),
    ("于2028澄川科技周期间发布。", "2028"),
])
def test_a_year_without_nian_after_a_preposition_is_a_year(text, wanted):
    m = only(text)
    assert m["text"] == wanted and norm_of(m) == ("point", f"{wanted}-01-01", f"{wanted}-12-31", "year")


@pytest.mark.parametrize("text", ["企业从2029家增至2100家。", "在2030余家企业中", "于2028名学员中选出"])
def test_a_count_after_a_preposition_is_no_year(text):
    assert find_dates(text, REF) == []


@pytest.mark.parametrize("text, wanted", [
    ("冲刺2031全年目标", ("2031全年", "2031-01-01", "2031-12-31")),
    ("2031一季度经济运行平稳", ("2031一季度", "2031-01-01", "2031-03-31")),
    ("2030前三季度，企业增加", ("2030前三季度", "2030-01-01", "2030-09-30")),
    ("编号12030上半年", None),  # a longer number: no year
])
def test_a_year_without_nian_before_a_period_of_the_year_is_one_date(text, wanted):
    found = [(m["text"], m["norm"]["start"], m["norm"]["end"]) for m in find_dates(text, REF)]
    assert found == ([wanted] if wanted else []) or (wanted is None and all("2030" not in f[0] for f in found))


def test_group_values_are_groupdict_in_its_order():
    # the calendar pattern's matches on invented text, and a pattern with an unnamed group and a
    # name used in two branches (the regex module gives both one group number)
    calendar = grammar().calendar_re
    text = "2031年1—10月，青禾县新增企业12家，今年上半年增长5%。二〇三一年三月、去年四季度、12月5日"
    twice = regex.compile(r"(x)(?P<a>\d)(?P<b>y)?|(?P<a>z)")
    matches = [*calendar.finditer(text), *twice.finditer("x1y x2 z")]
    assert len(matches) > 6
    for m in matches:
        assert list(group_values(m).items()) == list(m.groupdict().items())

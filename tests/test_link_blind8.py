"""Record fields on classes counted by blind annotation of unlabelled articles (issue 13, round 8):
hand-built mentions in invented text, so each test fails when its rule is gone."""

from __future__ import annotations

import datetime as dt

from extract.link import build_records
from extract.mentions import assign_ids, make_mention

REF = dt.date(2031, 9, 1)


def _mention(kind, text, surface, norm, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return make_mention(kind, text, start, start + len(surface), norm, "test")


def qty(text, surface, value, unit, dimension="count", occurrence=0):
    return _mention("QUANTITY", text, surface,
                    {"value": value, "unit": unit, "dimension": dimension, "modifier": None}, occurrence)


def date(text, surface, start, end, granularity="day", kind="point"):
    return _mention("DATE", text, surface, {"kind": kind, "start": start, "end": end, "granularity": granularity})


def records(text, mentions):
    """The records built for ``mentions``, by their quantity's text."""
    ordered = assign_ids(sorted(mentions, key=lambda m: m["start"]))
    surface = {m["id"]: m["text"] for m in ordered}
    return {surface[r["quantity"]]: r for r in build_records(text, ordered, REF)}


def test_a_date_naming_an_event_then_held_gives_way_to_the_day_heading_the_sentence():
    text = "5月8日上午,北湖区2031年二季度重大工程集中开工仪式举行,共有26个工程开工。"
    ms = [date(text, "5月8日", "2031-05-08", "2031-05-08"),
          date(text, "2031年二季度", "2031-04-01", "2031-06-30", "quarter", "span"),
          qty(text, "26个", 26, "个")]
    got = records(text, ms)["26个"]
    assert (got["time"]["start"], got["time"]["end"]) == ("2031-05-08", "2031-05-08")
    assert got["aspect"] == "new"


def test_a_date_before_a_bodys_founding_scopes_none_of_its_facts():
    text = "2029年8月落户的青禾研究所拿到了500万元的扶持经费。"
    ms = [date(text, "2029年8月", "2029-08-01", "2029-08-31", "month"),
          qty(text, "500万元", 5000000, "元", "money")]
    assert records(text, ms)["500万元"]["time"] is None


def test_a_task_figure_is_a_target_and_the_share_done_keeps_the_half_year():
    text = "上半年,青禾县新增入孵团队131家,完成全年180家任务的67.8%。"
    ms = [date(text, "上半年", "2031-01-01", "2031-06-30", "half", "span"),
          qty(text, "131家", 131, "家"), qty(text, "180家", 180, "家"),
          qty(text, "67.8%", 67.8, "%", "percent")]
    got = records(text, ms)
    assert got["180家"]["aspect"] == "target"
    assert got["180家"]["time"]["end"] == "2031-12-31"
    assert got["67.8%"]["time"]["end"] == "2031-06-30"


def test_yield_at_capacity_is_a_forecast_and_a_longer_new_cue_wins():
    text = "青禾县某工程投产达产后年营收约160亿元。青禾县新培育高新技术企业83家。"
    ms = [qty(text, "160亿元", 16000000000, "元", "money"), qty(text, "83家", 83, "家")]
    got = records(text, ms)
    assert got["160亿元"]["aspect"] == "target"
    assert got["83家"]["aspect"] == "new"


def test_counts_of_pieces_name_the_noun_after_them():
    text = "青禾县某工厂年产800万张柔性线路板。"
    ms = [qty(text, "800万张", 8000000, "张")]
    assert records(text, ms)["800万张"]["measure"]["text"] == "柔性线路板"

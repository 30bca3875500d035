"""Recognizers-Text's Chinese date specs as a peer suite for ``find_dates``, in SPEC's normalisation.

Data: ``../shared/peer/recognizers-text/Specs/DateTime/Chinese/`` (MIT, Microsoft; JSON data
only): DateExtractor, DateParser, DatePeriodExtractor, DatePeriodParser, DateTimeModel. Each
case carries its own reference time (``Context.ReferenceDateTime``; extractor files have none
and only spans are compared). A case passes when the DATE mentions found are exactly the
expected ones: same spans, and for the parser and model files the same inclusive start/end.

Conversion to SPEC (sections 3 and 6):

- Recognizers' range ``endDate`` is exclusive. A single period (明年四月, 今年第一季度, 去年上半年,
  上世纪90年代) ends the day before it. An explicit ``A到B`` range (从2016到2018, 三月到五月,
  1995-1997年) ends where its last named unit ends: SPEC's 2023—2027年 includes 2027.
- A timex without a year (XXXX-05, XXXX-01-19) takes ref_date's year (SPEC: a bare month or day
  takes the year of ref_date), not Recognizers' past/future readings; a decade without a
  century (50年代) is the latest that began by ref_date's year.
- 近三年 / 过去十年 are ``since``: the day after the same date N years back, up to ref_date (SPEC §3).
- A count back resolves at its unit's granularity (SPEC 6.1): 5年前 is that whole year, 3个月前
  that month (Recognizers gives the day).
- 今年 is the whole year (Recognizers gives the year to date).
- ``since``: start as given, end ref_date (open when the start lies after ref_date). ``until``
  (或之前, 及以前): up to the end of the named day or period. ``before`` (之前, 以前, 2015年前):
  ``until`` the day before. 截至/截止 X: until the end of X (SPEC §3; Recognizers reads ``before``).
- Durations (两年, 6 天), frequencies (每年, 每周一) and vague words (最近, 马上) are not DATE in
  SPEC: they stay in the suite as negatives (nothing may be found there).

Ruled out of scope (the reason is counted and printed for each file):

- clock times: time, timerange, datetime and datetimerange results (SPEC's finest granularity is a day);
- bare weekdays, weekends and numbered weeks (星期一, 上上周末, 十月的第一周): which week is meant
  is not written (SPEC 6.1 brings 上周, 下下周, 下周一 into scope: those cases are scored);
- lunar and era dates (农历, 正月初一, 大年初一, 康熙三年, 民国三年): the corpus are modern reports
  (festivals are in scope, SPEC §6: the extractors' 大年三十 is scored; the parsers read it as a
  lunar month-day, which is ruled out);
- frequencies (每周一) are negatives in scope, not bare weekdays;
- numeric D/M/Y, M/D and two-digit Y-M-D (13.5.2015, 1/2/2020, 12/1, 27-7-3) and space-separated
  numerals (2010 01 29): ambiguous orders that Chinese reports do not use;
- invalid or unresolved dates (2月29日 in a common year, 2月30日, 今年夏天 "not resolved");
- ``after`` bounds (之后, 以后: exclusive) and ``between`` (A和B之间): no SPEC kind expresses them;
- offsets by 上/下/前/后 and a count (前1周, 上2个月, 后1年) and ordinal sub-periods (2021年的第三个月,
  去年的前10天, 今年的最後3週, 上半月, 上个半年): not in SPEC (SPEC 6.1 brings 5年前, 5天前, 3个月前
  and 未来两天 into scope: those cases are scored, and bare days of the month, 29日, too);
- bare numbers as years (2018看起来是一个年份, = 2019) and years of fewer than four digits (789年):
  SPEC's years are written with 年; the corpus' one bare year is matched much more narrowly;
- letter-spaced words (近 三 年);
- dates inside 《titles》 (《明日之后》): SPEC annotates dates in titles, Recognizers does not;
- extractor and parser spans that leave a trigger word outside (07年|以后, 2018年|以前): SPEC
  puts trigger words inside the span; the model file scores those cases with their triggers.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from extract.dates import add_months, add_years, find_dates

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SPECS = SHARED / "peer" / "recognizers-text" / "Specs" / "DateTime" / "Chinese"
FILES = ["DateExtractor", "DateParser", "DatePeriodExtractor", "DatePeriodParser", "DateTimeModel"]
EXTRACTORS = {"DateExtractor", "DatePeriodExtractor"}
DEFAULT_REF = dt.date(2017, 3, 22)  # Recognizers' usual reference day; extractor cases compare spans only
MIN_PASS_RATE = 0.85
needs_specs = pytest.mark.skipif(not SPECS.exists(), reason=f"peer specs not found at {SPECS}")

LUNAR_VALUE = re.compile(r"大年三十")
NEGATIVE_TYPES = {"datetimeV2.duration", "datetimeV2.set"}
VAGUE_TIMEX = {"FUTURE_REF", "PAST_REF", "PRESENT_REF"}
VAGUE_TEXT = {"最近", "马上"}
CLOCK_TYPES = {"datetimeV2.time", "datetimeV2.timerange", "datetimeV2.datetime", "datetimeV2.datetimerange"}
RANGE_SEPARATOR = re.compile(r"[到至\-—–~～－]")
RECENT = re.compile(r"^(?:近|过去|最近)")
AGO = re.compile(r"(?:[0-9]{1,2}|[一二两三四五六七八九十]+)(?P<u>年|个月|天|周)(?:以前|之前|前)")
TRIGGERS_AFTER = ("以前", "之前", "以后", "之后", "以来", "开始", "为止", "或之前", "或之后", "及以前",
                  "及以后")
TRIGGERS_BEFORE = ("截至", "截止", "自从")

# (reason, pattern on the input): the first that matches rules a case out
INPUT_RULES = [
    # 大年三十 (除夕, the eve of 春节) is a festival SPEC §6 dates; its extractor span is scored, while
    # the parsers' value (a lunar XXXX-01-30) is ruled out in out_of_scope (LUNAR_VALUE)
    ("lunar or era calendar", re.compile(r"农历|正月|初[一二三四五六七八九十]|大年初|神龙|康熙|雍正|民国")),
    # SPEC 6.1 brings weeks relative to ref_date into scope (上周, 下下周, 下周一); a bare weekday
    # (星期一: which week?), weekends, numbered weeks and the traditional 週/礼拜 stay out
    ("bare weekday, weekend or numbered week",
     re.compile(r"(?<![上下本这个每])(?:周|星期)[一二三四五六日天]|周末|第.{1,2}周|週|礼拜|禮拜|周[0-9]")),
    ("numeric D/M/Y, M/D or 2-digit Y-M-D",
     re.compile(r"(?<![0-9./\-])[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{1,4}(?![0-9])|^[0-9]{1,2}/[0-9]{1,2}$"
                r"|[0-9]{4} [0-9]{2} [0-9]{2}")),
    ("between", re.compile(r"[和与].{0,12}?间")),
    # SPEC 6.1 brings counts back or forward into scope (5年前, 3个月前, 10天前, 未来两年); the
    # 上/下/前/后 + count forms (上2个月, 后1年, 前1周) stay out: SPEC names no reading for them
    ("relative offset by 上/下/前/后 and a count",
     re.compile(r"(?<![马一])[上下后前](?:[0-9]{1,2}|[一二两三四五六七八九十]+)(?![0-9])个?(?:年|月|天|周)")),
    ("ordinal sub-period",
     re.compile(r"第.{1,2}个月|的前|最[後后](?:一个|\s*[0-9一二两三四五六七八九十])|半月|半周|个半年")),
    ("after bound", re.compile(r"(?<![或及])(?:之后|以后)")),
    ("year of fewer than four digits", re.compile(r"(?<![0-9])[0-9]{3}年|^[〇零一二三四五六七八九]{3}年")),
    ("letter-spaced words", re.compile(r"[近过] [\u4e00-\u9fff] 年")),
    ("date inside a 《title》", re.compile(r"《[^》]*(?:日|年|月)[^》]*》")),
]


@dataclass
class PeerCase:
    file: str
    index: int
    text: str
    ref: dt.date
    expected: set[tuple] | None  # None: out of scope
    reason: str | None = None


# ---------------------------------------------------------------- loading and conversion


def load_cases(name: str) -> list[PeerCase]:
    raw = json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))
    return [convert(name, i, case) for i, case in enumerate(raw)]


def convert(name: str, index: int, case: dict) -> PeerCase:
    text = case["Input"]
    ref_text = (case.get("Context") or {}).get("ReferenceDateTime")
    ref = dt.datetime.fromisoformat(ref_text).date() if ref_text else DEFAULT_REF
    results = [r for r in case["Results"] if not is_negative(r)]
    reason = out_of_scope(name, text, results)
    if reason:
        return PeerCase(name, index, text, ref, None, reason)
    try:
        expected = {expected_item(name, text, r, ref) for r in results}
    except (ValueError, KeyError) as exc:
        return PeerCase(name, index, text, ref, None, f"invalid or unresolved date ({type(exc).__name__})")
    return PeerCase(name, index, text, ref, expected)


def is_negative(result: dict) -> bool:
    """Durations, frequencies and vague words: SPEC says these are not DATE mentions."""
    if result.get("TypeName") in NEGATIVE_TYPES or result["Text"] in VAGUE_TEXT:
        return True
    values = (result.get("Resolution") or {}).get("values") or []
    return any(v.get("timex") in VAGUE_TIMEX for v in values)


def out_of_scope(name: str, text: str, results: list[dict]) -> str | None:
    if any(r.get("TypeName") in CLOCK_TYPES for r in results):
        return "clock time"
    if name not in EXTRACTORS and LUNAR_VALUE.search(text):
        return "lunar value of a festival (大年三十 read as XXXX-01-30)"
    for reason, pattern in INPUT_RULES:
        if pattern.search(text):
            return reason
    for r in results:
        if re.fullmatch(r"[=\s]*[0-9]{4}", r["Text"]):
            return "bare number as a year"
        values = (r.get("Resolution") or {}).get("values") or []
        if any(v.get("Mod") == "after" for v in values):
            return "after bound"
        if any(v.get("value") == "not resolved" for v in values):
            return "invalid or unresolved date"
        if name != "DateTimeModel" and trigger_left_outside(text, r):
            return "trigger word outside the extractor's span"
    return None


def span_of(name: str, result: dict) -> tuple[int, int]:
    if "Length" in result:
        return result["Start"], result["Start"] + result["Length"]
    return result["Start"], result["End"] + 1  # the model's End is inclusive


def trigger_left_outside(text: str, result: dict) -> bool:
    start, end = span_of("", result)
    return text[end:].lstrip().startswith(TRIGGERS_AFTER) or text[:start].endswith(TRIGGERS_BEFORE)


def expected_item(name: str, text: str, result: dict, ref: dt.date) -> tuple:
    start, end = span_of(name, result)
    if name in EXTRACTORS:
        return (start, end)
    timex, mod, source = read_value(result)
    first, last = spec_interval(result["Text"], timex, mod, source, ref)
    return (start, end, iso(first), iso(last))


def read_value(result: dict) -> tuple[str, str | None, str | None]:
    if "Value" in result:
        value = result["Value"]
        if value.get("FutureResolution", {}).get("date") == "0001-01-01":
            raise ValueError("unresolved")
        return value["Timex"], None, None
    first = result["Resolution"]["values"][0]
    return first["timex"], first.get("Mod"), first.get("sourceEntity")


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def spec_interval(text: str, timex: str, mod: str | None, source: str | None,
                  ref: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The SPEC interval of one Recognizers result (see the module docstring)."""
    first, last = base_interval(text, timex, ref)
    ago = AGO.fullmatch(text)
    if ago:  # SPEC 6.1: a count back resolves at the unit's granularity (5年前 → that year)
        if ago["u"] == "年":
            return dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
        if ago["u"] == "个月":
            return first.replace(day=1), add_months(first.replace(day=1), 1) - dt.timedelta(days=1)
    if text.startswith(("截至", "截止")) or mod == "until":
        return None, last
    if mod == "before":
        return None, first - dt.timedelta(days=1)
    if mod == "since":
        return first, ref if first <= ref else None
    return first, last


def base_interval(text: str, timex: str, ref: dt.date) -> tuple[dt.date, dt.date]:
    if not timex.startswith("("):
        return unit_interval(timex, ref)
    a, b, duration = timex[1:-1].split(",")
    first = point(a, ref)
    second = add_duration(first, duration) if "XX" in b and "XXXX" not in b else point(b, ref)
    if "XXXX" in b and second < first:
        second = add_years(second, 1)  # 8月至2月 runs into the next year
    if RECENT.match(text.replace(" ", "")):
        return first + dt.timedelta(days=1), second
    if RANGE_SEPARATOR.search(text):
        return first, unit_end(second, duration[-1])
    return first, second - dt.timedelta(days=1)


def point(timex: str, ref: dt.date) -> dt.date:
    if timex.startswith("XXXX"):
        timex = f"{ref.year:04d}" + timex[4:]
    elif timex.startswith("XX"):
        decade = int(timex[2:4])
        timex = f"{2000 + decade if 2000 + decade <= ref.year else 1900 + decade}" + timex[4:]
    return dt.date.fromisoformat(timex)


def add_duration(day: dt.date, duration: str) -> dt.date:
    n = int(re.sub(r"[^0-9]", "", duration))
    return add_years(day, n) if duration.endswith("Y") else add_months(day, n)


def unit_end(day: dt.date, unit: str) -> dt.date:
    if unit == "Y":
        return add_years(day, 1) - dt.timedelta(days=1)
    if unit == "M":
        return add_months(day, 1) - dt.timedelta(days=1)
    return day


def unit_interval(timex: str, ref: dt.date) -> tuple[dt.date, dt.date]:
    if timex.startswith("XXXX"):
        timex = f"{ref.year:04d}" + timex[4:]
    parts = timex.split("-")
    if len(parts) == 1:
        year = int(parts[0])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if len(parts) == 2:
        first = dt.date(int(parts[0]), int(parts[1]), 1)
        return first, add_months(first, 1) - dt.timedelta(days=1)
    day = dt.date.fromisoformat(timex)
    return day, day


# ---------------------------------------------------------------- running


def found_items(case: PeerCase) -> set[tuple]:
    mentions = find_dates(case.text, case.ref)
    if case.file in EXTRACTORS:
        return {(m["start"], m["end"]) for m in mentions}
    return {(m["start"], m["end"], m["norm"]["start"], m["norm"]["end"]) for m in mentions}


def passes(case: PeerCase) -> bool:
    return found_items(case) == case.expected


def report(name: str, cases: list[PeerCase]) -> tuple[float, str, str]:
    in_scope = [c for c in cases if c.expected is not None]
    failed = [c for c in in_scope if not passes(c)]
    rate = 1 - len(failed) / len(in_scope) if in_scope else 0.0
    reasons = Counter(c.reason for c in cases if c.reason)
    lines = [f"{name}: {len(in_scope) - len(failed)}/{len(in_scope)} in-scope cases pass ({rate:.1%}); "
             f"{len(cases) - len(in_scope)} of {len(cases)} ruled out"]
    lines += [f"    out of scope: {reason} × {n}" for reason, n in reasons.most_common()]
    misses = [f"    differs: {c.text!r} (ref {c.ref}): expected {sorted(c.expected, key=str)}, got "
              f"{sorted(found_items(c), key=str)}" for c in failed]
    lines.append(f"    {len(misses)} case(s) differ (listed when the rate falls below {MIN_PASS_RATE:.0%})")
    return rate, "\n".join(lines), "\n".join(misses)


@needs_specs
@pytest.mark.parametrize("name", FILES)
def test_peer_pass_rate(name, capsys):
    cases = load_cases(name)
    rate, summary, misses = report(name, cases)
    with capsys.disabled():  # the pass rates are the figures the README quotes
        print("\n" + summary)
    assert sum(c.expected is not None for c in cases) >= 10, "too few in-scope cases to rate"
    assert rate >= MIN_PASS_RATE, summary + "\n" + misses


def test_conversion_follows_spec_conventions():
    """Spot checks of the converter itself, so the suite measures what the docstring says."""
    ref = dt.date(2017, 3, 22)
    d = dt.date
    cases = [
        ("明年四月", "2018-04", None, None, (d(2018, 4, 1), d(2018, 4, 30))),
        ("从2016到2018", "(2016-01-01,2018-01-01,P2Y)", None, None, (d(2016, 1, 1), d(2018, 12, 31))),
        ("今年第一季度", "(2017-01-01,2017-04-01,P3M)", None, None, (d(2017, 1, 1), d(2017, 3, 31))),
        ("近三年", "(2014-03-22,2017-03-22,P3Y)", None, None, (d(2014, 3, 23), d(2017, 3, 22))),
        ("截止到2018年", "2018", "before", "datetimerange", (None, d(2018, 12, 31))),
        ("2018年以前", "2018", "before", "datetimerange", (None, d(2017, 12, 31))),
        ("自2018年以来", "2018", "since", "datetimerange", (d(2018, 1, 1), None)),
        ("1月19日", "XXXX-01-19", None, None, (d(2017, 1, 19), d(2017, 1, 19))),
        ("8月至2月", "(XXXX-08-01,XXXX-02-01,P6M)", None, None, (d(2017, 8, 1), d(2018, 2, 28))),
    ]
    for text, timex, mod, source, expected in cases:
        assert spec_interval(text, timex, mod, source, ref) == expected, text

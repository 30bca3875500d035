"""DATE recogniser (SPEC sections 3 and 6); the reference date is ``extract.ref_date``'s.

``find_dates(text, ref_date)`` returns every anchored time expression as a DATE mention whose
norm is SPEC's interval: ``kind`` (point, span, since, until), inclusive ``start``/``end``
(``None`` where open) and ``granularity``. Matching runs on ``fold_width(text)`` (full-width
digits, range dashes → '—'), which keeps every offset valid for the original text.

How one text is read:

1. *Cores.* Regular expressions built from ``rules/date_words.toml`` and
   ``rules/date_calendar.toml`` find calendar expressions (2023年, 去年5月, 今年1—9月,
   前三季度, 2023—2027年, 4月底, 二〇二三年十月), words anchored on ref_date (目前, 至今, 本月,
   今天), recent periods (近3年, 3年来), five-year plans (“十四五”), festivals, decades, ISO dates
   (2010-01-29) and comparison words (上年, 去年同期).
2. Cores overlapping an exclusion of ``rules/date_exclusions.toml`` (近年来, 每年, 连续5年,
   〔2024〕 ...) are dropped; among overlapping cores the longest wins.
3. Two calendar cores joined by a range separator become one span (2023年1月至2024年6月); the
   second end takes the first's year (and month) where it names none.
4. Trigger words set the kind and belong to the span: 截至/到 X (为止) → until X's end;
   X 以来/起/开始/至今 and 自从 X → since X's start (up to ref_date, or open when X lies after
   it); X 前/之前/以前 → until the day before X (X底前: until X's end); X 或之前 → until X's end;
   X 或之后 → since X.
5. 上年 and 去年同期 are resolved from the period they are compared with (SPEC §6): the nearest
   other DATE before them in the same sentence (else after them). With none in the sentence,
   上年 is ref_date's previous year and 去年同期 the whole of that year. The linker can redo
   this with ``shift_interval_years`` when it knows better.

6. A whole year right before an until of that year is one span from the year's start (今年截至9月末
   → January–September; 今年截至目前 → since 1 January), and a day or month announced as ahead
   (将于3月18日, 定于…) without a year lies after the dateline and in ref_date's year at least.

A bare month takes ref_date's year (SPEC §3); a bare day (欧佩克15日发表) takes ref_date's
year and month, or the year and month of a date listed just before it (7月6日和7日), or of the
first end of its range (5月28日至30日). A period running up to now without a written year
(11月以来, 9月至今) is the latest one that started by ref_date.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex

from extract.mentions import Mention, make_mention
from extract.rules import load_rules
from extract.structure import DATELINE_AFTER_DAY, DATELINE_BYLINE_MARKS, Structure
from extract.textnorm import fold_width

__all__ = ["Interval", "find_dates", "resolve_comparison", "shift_interval_years"]
# Also read by extract.ref_date (public for that reason, not in __all__): grammar(), the pattern
# pieces YEAR_PATTERN / MONTH_PATTERN / DAY_PATTERN, the split points CLAUSE_PUNCT / CLAUSE_START /
# COMMA_START, alternation, char_class, safe_date, plan_end, dated_by_byline, names_funds_obtained,
# year_number.

# ---------------------------------------------------------------- intervals and date arithmetic


@dataclass(frozen=True)
class Interval:
    """A normalised DATE: kind, inclusive start and end (``None`` where open), granularity."""

    start: dt.date | None
    end: dt.date | None
    granularity: str
    kind: str = "point"

    def norm(self) -> dict[str, Any]:
        """The mention ``norm`` of SPEC section 3."""
        return {"kind": self.kind, "start": _iso(self.start), "end": _iso(self.end),
                "granularity": self.granularity}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift_interval_years(start: dt.date | None, end: dt.date | None,
                         years: int) -> tuple[dt.date | None, dt.date | None]:
    """Move an interval by whole years, for comparison anchors (上年, 去年同期, SPEC §6).

    ``shift_interval_years(2024-01-01, 2024-10-31, -1)`` is the 去年同期 of 今年1—10月:
    (2023-01-01, 2023-10-31). An end on the last day of its month stays on the last day of
    the shifted month (2024-02-29 → 2023-02-28, 2023-02-28 → 2024-02-29); ``None`` (an open
    end) stays ``None``.
    """
    moved_start = add_years(start, years) if start else None
    moved_end = None
    if end:
        moved_end = add_years(end, years)
        if end == month_end(end.year, end.month):
            moved_end = month_end(moved_end.year, moved_end.month)
    return moved_start, moved_end


def _quarter_number(text: str) -> int:
    return int(text) if text.isdigit() else _CN_DIGITS[text]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _months(year: int, first: int, last: int, granularity: str, kind: str) -> Interval:
    """Months ``first``..``last`` of ``year``; ``last`` may run past 12 into the next year."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return Interval(dt.date(year, first, 1), month_end(end_year, end_month), granularity, kind)


def _whole_year(year: int, kind: str = "point") -> Interval:
    return Interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", kind)


def _since(start: dt.date, granularity: str, ref: dt.date) -> Interval:
    # SPEC: since runs up to ref_date; a since that starts after ref_date is open-ended.
    return Interval(start, ref if start <= ref else None, granularity, "since")


# ---------------------------------------------------------------- numerals

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}


def small_number(text: str) -> int | None:
    """0–99 written in ASCII digits or Chinese numerals (5, 十, 二十三, 两)."""
    if text.isascii() and text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        if len(tens) > 1 or len(ones) > 1:
            return None
        ten = 1 if not tens else _CN_DIGITS.get(tens)
        one = 0 if not ones else _CN_DIGITS.get(ones)
        return None if ten is None or one is None else ten * 10 + one
    return _CN_DIGITS.get(text) if len(text) == 1 else None


def year_number(text: str, ref_year: int) -> int | None:
    """A written year: 2023, 二〇二三, 两千零四, or a two-digit 07 / 零八 (century from ref_year)."""
    text = text.strip()
    if text.isascii() and text.isdigit():
        if len(text) == 4:
            return int(text)
        return _century(int(text), ref_year) if len(text) == 2 else None
    if "千" in text:
        head, _, rest = text.partition("千")
        rest = rest.lstrip("零〇○")
        tail = small_number(rest) if rest else 0
        return None if _CN_DIGITS.get(head) != 2 or tail is None else 2000 + tail
    digits = [_CN_DIGITS.get(c) for c in text]
    if None in digits or len(text) not in (2, 4):
        return None
    value = int("".join(str(d) for d in digits))
    return value if len(text) == 4 else _century(value, ref_year)


def _century(two_digits: int, ref_year: int) -> int:
    # 07年 → 2007; a two-digit year far in the future of ref_date belongs to the last century.
    year = 2000 + two_digits
    return year if year <= ref_year + 20 else year - 100


# ---------------------------------------------------------------- grammar (built once from rules/)

MONTH_PATTERN = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_MON_CN = r"(?:十[一二]?|[一二三四五六七八九])"
_DAY_CN = r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
DAY_PATTERN = rf"(?:3[01]|[12][0-9]|0?[1-9]|{_DAY_CN})"
_QUARTER = r"[一二三四1-4]"
_TWO_TO_12 = r"(?:1[0-2]|[2-9]|十[一二]?|[二两三四五六七八九])"  # 前一个月 is "the month before"
_COUNT = r"(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})"
_CN_NUM = "〇零○一二两三四五六七八九十百千万"
YEAR_PATTERN = (
    r"(?<![0-9])[12][0-9]{3}(?![0-9])"
    rf"|(?<![{_CN_NUM}])[〇零○一二三四五六七八九]{{4}}"
    r"|[两二]千(?:零?[一二三四五六七八九十]{1,3})?"
    r"|(?<![0-9.])0[0-9](?=[ \t]?年)"
    rf"|(?<![0-9.])[0-9]{{2}}(?=年{MONTH_PATTERN}月)"
    rf"|(?<![{_CN_NUM}])[零〇○][一二三四五六七八九](?=年)"
)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so the longest word wins)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def char_class(chars: str) -> str:
    """A regex character class body for the characters of ``chars``."""
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


@dataclass(frozen=True)
class Grammar:
    words: dict[str, Any]
    cal: dict[str, Any]
    guards: dict[str, str]
    plans: dict[str, int]
    festivals_fixed: dict[str, str]
    festival_columns: dict[str, str]  # written lunar festival -> column of the year table
    festival_eves: dict[str, str]  # 除夕 -> 春节: the day before that festival
    festival_days: dict[str, dict[str, str]]  # year -> column -> "MM-DD"
    december_columns: frozenset[str]  # columns whose "12-" days lie in the year before
    centuries: dict[str, int]
    word_roles: dict[str, tuple[str, int]]
    calendar_re: Any
    year_range_re: Any
    iso_re: Any
    words_re: Any
    recent_re: Any
    plan_re: Any
    decade_re: Any
    bare_year_re: Any
    bare_day_re: Any
    week_re: Any
    offset_re: Any
    today_day_re: Any
    year_same_re: Any
    exclusion_re: Any


@functools.cache
def grammar() -> Grammar:
    """The recogniser's words and patterns, built once from rules/date_*.toml."""
    words = load_rules("date_words")
    cal = load_rules("date_calendar")
    exclusions = load_rules("date_exclusions")
    guards = words["guards"]
    festivals = cal["festivals"]
    numerals = "0123456789" + _CN_NUM
    return Grammar(
        words=words, cal=cal, guards=guards,
        plans=dict(cal["five_year_plans"]),
        festivals_fixed=dict(festivals["fixed"]),
        festival_columns=dict(festivals["lunar"]),
        festival_eves=dict(festivals["eve"]),
        festival_days=load_rules("date_festival_days")["lunar_days"],
        december_columns=frozenset(festivals["before_new_year"]["columns"]),
        centuries=dict(cal["centuries"]),
        word_roles=_word_roles(words),
        calendar_re=_calendar_re(words, festivals, numerals),
        year_range_re=_gated(_year_range_pattern(words), numerals),
        iso_re=_gated(r"(?<![0-9.])(?P<y>[12][0-9]{3})(?P<sep>[—/.\-])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
                      r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9]|\.[0-9])", "12"),
        words_re=_gated(_words_pattern(words), _initials(*_word_lists(words))),
        recent_re=_gated(_recent_pattern(words), numerals + _initials(words["triggers"]["recent_prefix"])),
        plan_re=_gated(_plan_pattern(cal), _initials(cal["five_year_plans"])),
        decade_re=_gated(_decade_pattern(cal), numerals + _initials(cal["centuries"])),
        bare_year_re=_gated(_bare_year_pattern(guards), "12"),
        bare_day_re=_gated(_bare_day_pattern(guards), "0123456789二三十"),
        week_re=_gated(_week_pattern(words), _initials(words["weeks"])),
        offset_re=_gated(_offset_pattern(words), numerals + _initials(words["offsets"]["future_prefix"])),
        today_day_re=_gated(rf"今[天日]?[(（](?P<d>{DAY_PATTERN})[日号]?[)）](?:[日号])?", "今"),
        year_same_re=_gated(rf"(?P<y>{YEAR_PATTERN})[ \t]?年"
                            rf"(?:{alternation(words['comparison']['year_same_period'])})", numerals),
        exclusion_re=_gated_by_first_chars(re.compile("|".join(f"(?:{p})" for p in exclusions["patterns"]))),
    )


def _calendar_re(words: dict[str, Any], festivals: dict[str, Any], numerals: str) -> Any:
    """The calendar pattern (``_calendar_patterns``) behind the gates of the characters its matches
    start with and of those they must hold (年, 月, 季, a festival's last character)."""
    fest_names = list(festivals["fixed"]) + list(festivals["lunar"]) + list(festivals["eve"])
    return _gated_parts(
        _calendar_patterns(words, _festival_pattern(festivals)),
        numerals + "第前" + _initials(words["relative_years"], words["relative_months"],
                                     words["halves"], words["year_parts"], fest_names),
        anchors="年月季" + "".join(sorted({name[-1] for name in fest_names})), part_anchors=("年月季", ""))


def _gated_by_first_chars(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a lookahead for the characters its matches can start with (as ``_gated``
    does for the patterns built from word lists): the exclusions are free regular expressions, so
    the characters are read from the parsed pattern. Without it the engine tries every branch at
    every position of the text (4x slower). The pattern as it is when no set can be read (a match
    may be empty or start with any character)."""
    if pattern.flags & re.IGNORECASE:
        return pattern
    first, can_be_empty = _first_chars(re._parser.parse(pattern.pattern, pattern.flags))
    if first is None or can_be_empty or not first:
        return pattern
    chars = "".join(sorted(first))
    return re.compile(rf"(?=[{char_class(chars)}])(?:{pattern.pattern})", pattern.flags)


def _gated_parts(parts: tuple[str, ...], first_chars: str, anchors: str, part_anchors: tuple[str, ...]) -> Any:
    """The alternation of ``parts`` gated as ``_gated`` gates a pattern (``anchors``: all parts'),
    then each part behind its own anchors where it has some (""): a calendar expression holds 年,
    月 or 季 near its start, and only a festival needs the last characters of the festivals' names
    (一, 八, 十 ... in any text): with one set for all, the whole pattern was tried after most numerals."""
    branches = "|".join(rf"(?=[^\n]{{0,8}}?[{char_class(chars)}])(?:{part})" if chars else f"(?:{part})"
                        for part, chars in zip(parts, part_anchors, strict=True))
    return _gated(branches, first_chars, anchors)


_MAX_RANGE = 512  # a class wider than this ([^…], \w, a Han range) is read as "any character"


def _first_chars(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed ``items`` can start with (None: any), and whether
    it can be empty. Assertions and anchors take no character: the item after them decides."""
    found: set[str] = set()
    for op, arg in items:
        chars, can_be_empty = _item_first_chars(op, arg)
        if chars is None:
            return None, False
        found |= chars
        if not can_be_empty:
            return found, False
    return found, True


def _item_first_chars(op: Any, arg: Any) -> tuple[set[str] | None, bool]:
    c = re._constants
    if op is c.LITERAL:
        return {chr(arg)}, False
    if op is c.IN:
        return _class_chars(arg), False
    if op is c.BRANCH:
        reads = [_first_chars(branch) for branch in arg[1]]
        if any(chars is None for chars, _ in reads):
            return None, False
        return set().union(*(chars for chars, _ in reads)), any(empty for _, empty in reads)
    if op is c.SUBPATTERN:
        return _first_chars(arg[-1])
    if op is c.ATOMIC_GROUP:
        return _first_chars(arg)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        chars, can_be_empty = _first_chars(arg[2])
        return chars, can_be_empty or arg[0] == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True
    return None, False  # any character, a back reference, a conditional group


def _class_chars(items: Any) -> set[str] | None:
    c = re._constants
    chars: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            chars.add(chr(arg))
        elif op is c.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        else:  # a negated class, a category (\d, \s), a wide range
            return None
    return chars


def _initials(*word_lists) -> str:
    """The first characters of all words in ``word_lists``."""
    return "".join(sorted({w[0] for words in word_lists for w in words}))


def _gated(pattern: str, first_chars: str, anchors: str = "") -> Any:
    # Lookaheads that only filter, the pattern itself decides: the first character must be one
    # a match can start with, and (for calendar expressions) one of the anchor characters every
    # match contains (年, 月, 季, the last character of a festival) must follow within 8
    # characters. They let the engine skip most positions of Chinese text at once (~20x faster).
    anchor = rf"(?=[^\n]{{0,8}}?[{char_class(anchors)}])" if anchors else ""
    return regex.compile(rf"(?=[{char_class(first_chars)}]){anchor}(?:{pattern})")


def _separator(words: dict[str, Any]) -> str:
    return rf"[ \t]?(?:{alternation(words['triggers']['range_separators'])})[ \t]?"


def _festival_pattern(festivals: dict[str, Any]) -> str:
    """Festival names, longest first; short ones only before a word that makes them a date."""
    names = list(festivals["fixed"]) + list(festivals["lunar"]) + list(festivals["eve"])
    guarded = set(festivals["only_before"]["names"])
    before = alternation(festivals["only_before"]["words"])
    not_before = rf"(?![{char_class(festivals['not_before']['chars'])}])"
    alts = []
    for name in sorted(names, key=len, reverse=True):
        if name in guarded:  # 五一期间 but not 十五一 or 政治清明
            alts.append(rf"(?<![{char_class(_CN_NUM)}]){re.escape(name)}(?=节?(?:{before}))")
        else:
            alts.append(re.escape(name) + not_before)
    return "|".join(alts)


def _calendar_patterns(words: dict[str, Any], festivals: str) -> tuple[str, str]:
    """Year part (2023年, 今年) and/or a body (month, day, quarter, half, range ...); then, apart,
    a festival alone (their alternation, in this order, is the calendar pattern)."""
    g = words["guards"]
    chu, di, mo = _month_edges(g)
    body = _calendar_body(words)
    year_part = (
        rf"年初(?![{char_class(g['after_chu'])}])|年中(?![{char_class(g['after_zhong'])}])"
        rf"|年底(?![{char_class(g['after_di'])}])|年末(?![{char_class(g['after_mo'])}])"
    )
    extension = (rf"(?P<ypart>{year_part}|全年|{chu}|{di}|{mo})|(?P<season>[春夏秋冬])[季天]"
                 rf"|(?P<fest>{festivals})")
    relative = alternation(words["relative_years"])
    # 2031全年, 2031一季度: a year without 年 only where a period of the year follows it
    bare = rf"(?<![0-9.])(?P<y>19[0-9]{{2}}|20[0-9]{{2}})(?={alternation(g['bare_year_periods'])})"
    year = (rf"(?P<y>{YEAR_PATTERN})[ \t]?年|{bare}"
            rf"|(?<![{char_class(g['before_relative_year'])}])(?P<ry>{relative})(?!级)")
    dated = (
        rf"(?P<yp>{year})(?:[ \t]?(?:{body}|{extension}))?(?P<du>度)?"
        rf"|(?<![{char_class(g['before_body'])}])(?:{body})"
        rf"|(?<![{char_class(g['before_bare_year_part'])}])(?P<bpart>{year_part})"
    )
    return dated, rf"(?P<fest>{festivals})"


def _month_edges(guards: dict[str, Any]) -> tuple[str, str, str]:
    """初, 底, 末 closing a month or a year (5月初, 上月底), each unless a guard character follows it."""
    return (rf"初(?![{char_class(guards['after_chu'])}])", rf"底(?![{char_class(guards['after_di'])}])",
            rf"末(?![{char_class(guards['after_mo'])}])")


def _calendar_body(words: dict[str, Any]) -> str:
    """What may follow a year or stand alone: a day, a month or a range of them, a part of a month, a
    quarter, a half (6月9日, 3—5月, 5月上旬, 二季度, 上半年)."""
    sep = _separator(words)
    sp = r"(?:(?<=[0-9])[ \t])?"  # spaced text: 2031 年 6 月 9 日 (a space after a digit ...
    sp_digit = r"(?:[ \t](?=[0-9]))?"  # ... or before one)
    chu, di, mo = _month_edges(words["guards"])
    rel_month = alternation(words["relative_months"])
    xun = alternation([part for part in words["month_parts"] if part.endswith("旬")])  # 上旬, 中下旬 ...
    return (
        rf"(?P<dm>{MONTH_PATTERN})月(?P<da>{DAY_PATTERN})[日号]?{sep}(?:(?P<dm2>{MONTH_PATTERN})月)?(?P<db>{DAY_PATTERN})[日号]"
        rf"|(?P<ma>{MONTH_PATTERN})月?{sep}(?P<mb>{MONTH_PATTERN}){sp}月份?"
        rf"|(?P<m>{MONTH_PATTERN}){sp}月{sp_digit}(?P<d>{DAY_PATTERN}){sp}[日号]"
        rf"|(?P<m>{_MON_CN})月(?P<d>{_DAY_CN})(?![日号{_CN_NUM}个])"
        rf"|(?P<rm>{rel_month})(?P<d>{DAY_PATTERN})[日号]"
        rf"|(?P<rmp>{rel_month})(?P<mpart>{chu}|{di}|{mo})"  # 上月底, 本月初
        rf"|(?P<mp>{MONTH_PATTERN})月(?P<mpart>{xun}|{chu}|{di}|{mo})"
        rf"|第?(?P<qa>{_QUARTER})(?:季度)?{sep}第?(?P<qb>{_QUARTER})季度"
        r"|前(?P<qn>[二三2-3])个?季度"  # 前一个季度 is "the previous quarter"
        rf"|第?(?P<q>{_QUARTER})季度(?P<qend>末|底)?"
        rf"|前(?P<mn>{_TWO_TO_12})个月"
        rf"|(?P<half>{alternation(words['halves'])})"
        rf"|(?P<mo>{MONTH_PATTERN}){sp}月份?"
    )


def _year_range_pattern(words: dict[str, Any]) -> str:
    sep = _separator(words)
    return (
        rf"(?P<a>{YEAR_PATTERN})(?:[ \t]?年)?{sep}(?P<b>{YEAR_PATTERN})[ \t]?年(?P<du>度)?"
        # bare years only where the context makes them years: 从2016到2018, (2023—2027)
        rf"|(?<=从)(?P<a>[12][0-9]{{3}}){sep}(?P<b>[12][0-9]{{3}})(?![0-9年])"
        rf"|(?<=[（(])(?P<a>[12][0-9]{{3}}){sep}(?P<b>[12][0-9]{{3}})(?=[）)])"
    )


def _word_roles(words: dict[str, Any]) -> dict[str, tuple[str, int]]:
    roles: dict[str, tuple[str, int]] = {}
    roles.update({w: ("now", 0) for w in words["now"]["point"]})
    roles.update({w: ("until_now", 0) for w in words["now"]["until"]})
    roles.update({w: ("relative_month", k) for w, k in words["relative_months"].items()})
    roles.update({w: ("relative_day", k) for w, k in words["relative_days"].items()})
    return roles


def _word_lists(words: dict[str, Any]) -> tuple[list[str], ...]:
    cmp = words["comparison"]
    plain = list(words["now"]["point"]) + list(words["now"]["until"]) + list(words["relative_months"])
    plain += list(words["relative_days"])
    return cmp["same_period"], cmp["previous_year"], plain


def _words_pattern(words: dict[str, Any]) -> str:
    cmp = words["comparison"]
    plain = _word_lists(words)[2]
    return (
        rf"(?P<same>{alternation(cmp['same_period'])})"
        rf"|(?P<prev>{alternation(cmp['previous_year'])})(?P<tail>{alternation(cmp['previous_year_tail'])})?"
        rf"|(?P<w>{alternation(plain)})"
    )


def _recent_pattern(words: dict[str, Any]) -> str:
    return (
        rf"(?P<p>{alternation(words['triggers']['recent_prefix'])})(?P<n>{_COUNT})(?P<u>年|个月|天|日)(?:以来|来)?"
        rf"|(?<![0-9{_CN_NUM}多几数余续近第])(?P<n>{_COUNT})(?P<u>年|个月)多?(?:以来|来)"  # 两年多来
    )


def _week_pattern(words: dict[str, Any]) -> str:
    guard = words["week_guards"]
    days = "".join(guard["weekdays"])
    return rf"(?P<wk>{alternation(words['weeks'])})(?:(?P<wd>[{days}])|(?![{char_class(guard['not_after'])}]))"


def _offset_pattern(words: dict[str, Any]) -> str:
    off = words["offsets"]
    units = alternation(off["units"])
    return (
        rf"(?P<fp>{alternation(off['future_prefix'])})(?P<n>{_COUNT})(?P<u>{units})"
        rf"|(?<![0-9{_CN_NUM}多几数余续近第每这])(?P<n>{_COUNT})(?P<u>{units})(?P<ago>{alternation(off['ago_suffix'])})"
        rf"(?![{char_class(words['guards']['after_qian'])}])"
    )


def _plan_pattern(cal: dict[str, Any]) -> str:
    guard = cal["five_year_plans_guard"]
    return (rf"(?<![{char_class(guard['not_before'])}])(?P<plan>{alternation(cal['five_year_plans'])})"
            rf"(?![{char_class(guard['not_after'])}])")


def _decade_pattern(cal: dict[str, Any]) -> str:
    return (rf"(?:(?P<c>{alternation(cal['centuries'])})|(?<![0-9{_CN_NUM}]))"
            r"(?P<d>[1-9]0|[一二三四五六七八九]十)年代")


def _bare_year_pattern(guards: dict[str, str]) -> str:
    # 2029有科研机构 (a year written without 年, corpus notes 004): only recent years, only at a
    # clause start or after a preposition (从2029青禾县…), and only before a word, never before a
    # unit or counter.
    boundary = char_class(guards["clause_boundary"] + guards["before_bare_year"])
    return (rf"(?<![^{boundary}])(?P<y>199[0-9]|20[0-4][0-9])"
            rf"(?=[\u4e00-\u9fff])(?![{char_class(guards['after_bare_year'])}])")


def _bare_day_pattern(guards: dict[str, str]) -> str:
    day = r"3[01]|[12][0-9]|0?[1-9]|三十一?|二?十[一二三四五六七八九]?"
    return rf"(?<![{char_class(guards['before_bare_day'])}])(?P<d>{day})日(?![{char_class(guards['after_bare_day'])}])"


# ---------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Ctx:
    """What a core needs to resolve: a default year/month (inherited inside ranges), a compared period."""

    year: int
    month: int | None = None
    compared: Interval | None = None


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    rule: str
    role: str  # cal | now | until_now | fixed | compare
    resolve: Callable[[_Ctx], Interval | None]
    has_year: bool = True
    is_range: bool = False
    closes: bool = False  # ends with 底/末: "before" it means up to its end


# A text without a sidecar date is read twice: against a guessed year to infer its reference date,
# then against that date. What the patterns match does not depend on the date: the second
# reading takes the first one's matches (a few documents' worth are kept: memory stays flat).
@functools.lru_cache(maxsize=64)
def _scan(pattern: Any, text: str) -> tuple[Any, ...]:
    """Every match of ``pattern`` in ``text``, as ``finditer`` gives them."""
    return tuple(pattern.finditer(text))


def group_values(m: Any) -> dict[str, Any]:
    """``m.groupdict()`` (same keys, same order), read from ``m.groups()``: the regex module's
    ``groupdict`` cost about 20 us a match of the calendar pattern (28 named groups), ``groups``
    0.3 us; this, 3.5 us (ref_date, structure and dates together 8.5% faster over bundled, dev and
    unlabelled)."""
    values = m.groups()
    return {name: values[number - 1] for name, number in _named_groups(m.re)}


@functools.lru_cache(maxsize=16)
def _named_groups(pattern: Any) -> tuple[tuple[str, int], ...]:
    """``(name, group number)`` of each named group of ``pattern``, in ``groupdict``'s order."""
    return tuple(pattern.groupindex.items())


def _calendar_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    for m in _scan(g.calendar_re, text):
        cand = _calendar_cand(m, ref, g)
        if cand:
            yield cand


def _calendar_cand(m: Any, ref: dt.date, g: Grammar) -> _Cand | None:
    d = group_values(m)
    year = None
    if d["y"]:
        year = year_number(d["y"], ref.year)
    elif d["ry"]:
        year = ref.year + g.words["relative_years"][d["ry"]]
    if d["yp"] and year is None:
        return None
    read = _read_body(d, ref, g)
    if read is None:
        return None
    rule, make, flags = read
    if rule == "year" and d["y"] and not 1900 <= year <= 2100 and not d["du"]:
        return None  # a lone 4-digit 年 far from now is more likely a count (1000年)
    if rule == "year" and d["ry"]:
        rule = "relative_year"

    def resolve(ctx: _Ctx) -> Interval | None:
        return make(year if year is not None else ctx.year, ctx)

    return _Cand(m.start(), m.end(), rule, "cal", resolve, has_year=year is not None, **flags)


_BodyMaker = Callable[[int, _Ctx], Interval | None]
_Read = tuple[str, _BodyMaker, dict[str, bool]]  # rule name, interval maker, flags for _Cand


def _read_body(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    """Which body matched, and how to turn a year into its interval."""
    for key, reader in _BODY_READERS:
        if d.get(key):
            return reader(d, ref, g)
    if d["yp"]:
        return "year", lambda y, ctx: _whole_year(y), {}
    return None


def _day_range(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    m1, d1, d2 = small_number(d["dm"]), small_number(d["da"]), small_number(d["db"])
    m2 = small_number(d["dm2"]) if d["dm2"] else m1

    def make(y: int, ctx: _Ctx) -> Interval | None:
        first = safe_date(y, m1, d1)
        last = safe_date(y if (m2, d2) >= (m1, d1) else y + 1, m2, d2)
        return Interval(first, last, "day", "span") if first and last else None

    return "day_range", make, {"is_range": True}


def _month_range(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    a, b = small_number(d["ma"]), small_number(d["mb"])
    last = b if b >= a else b + 12  # 11至2月 runs into the next year
    return "month_range", lambda y, ctx: _months(y, a, last, "month", "span"), {"is_range": True}


def _day(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    if d.get("rm"):
        moved = add_months(ref, g.words["relative_months"][d["rm"]])
        month, default_year = moved.month, moved.year
    else:
        month, default_year = small_number(d["m"]), None
    day = small_number(d["d"])

    def make(y: int, ctx: _Ctx) -> Interval | None:
        # 本月十日 carries its own year unless a year word was written (去年本月十日)
        year = default_year if default_year is not None and not (d["yp"]) else y
        found = safe_date(year, month, day)
        return Interval(found, found, "day") if found else None

    return "day", make, {}


def _month_part(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    moved_year = None
    if d.get("rmp"):  # 上月底: the month counted from ref_date, in its own year (December in January)
        moved = add_months(ref, g.words["relative_months"][d["rmp"]])
        month, moved_year = moved.month, moved.year
    else:
        month = small_number(d["mp"])
    first, last = g.words["month_parts"][d["mpart"]]

    granularity = "month" if (first, last) == (1, 31) else "day"  # 月底, 月末 are the whole month

    def make(y: int, ctx: _Ctx) -> Interval:
        y = moved_year if moved_year is not None and not d["yp"] else y
        end = month_end(y, month)
        return Interval(dt.date(y, month, first), end.replace(day=min(last, end.day)), granularity)

    return "month_part", make, {"closes": d["mpart"] in ("底", "末")}


def _quarter_range(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    a, b = _quarter_number(d["qa"]), _quarter_number(d["qb"])
    if b < a:
        return None
    return "quarter_range", lambda y, ctx: _months(y, 3 * a - 2, 3 * b, "quarter", "span"), {"is_range": True}


def _quarters_to_date(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    n = _quarter_number(d["qn"])
    return "quarters_to_date", lambda y, ctx: _months(y, 1, 3 * n, "quarter", "span"), {}


def _quarter(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    q = _quarter_number(d["q"])
    if d["qend"]:
        return "quarter_end", lambda y, ctx: _months(y, 3 * q, 3 * q, "month", "point"), {"closes": True}
    return "quarter", lambda y, ctx: _months(y, 3 * q - 2, 3 * q, "quarter", "span"), {}


def _months_to_date(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    n = small_number(d["mn"])
    if not n or n > 12:
        return None
    return "months_to_date", lambda y, ctx: _months(y, 1, n, "month", "span"), {}


def _half(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    first, last = g.words["halves"][d["half"]]
    return "half", lambda y, ctx: _months(y, first, last, "half", "span"), {}


def _month(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    month = small_number(d["mo"])
    return "month", lambda y, ctx: _months(y, month, month, "month", "point"), {}


def _year_part(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    word = d.get("ypart") or d.get("bpart")
    word = word if word.startswith(("年", "全")) else "年" + word  # 2023年底 → 年底
    part = g.words["year_parts"][word]
    first, last = part["months"]
    granularity = part["granularity"]
    closes = word in ("年底", "年末")
    return "year_part", lambda y, ctx: _months(y, first, last, granularity, "point"), {"closes": closes}


def _season(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    first, last = g.words["seasons"][d["season"]]
    return "season", lambda y, ctx: _months(y, first, last, "month", "span"), {}


def _festival(d: dict[str, Any], ref: dt.date, g: Grammar) -> _Read | None:
    name = d["fest"]

    def make(y: int, ctx: _Ctx) -> Interval | None:
        day = _festival_day(name, y, g)
        return Interval(day, day, "day") if day else None

    return "festival", make, {}


def _festival_day(name: str, year: int, g: Grammar) -> dt.date | None:
    """The day of festival ``name`` in ``year``; None outside the year table."""
    if name in g.festival_eves:
        day = _festival_day(g.festival_eves[name], year, g)
        return day - dt.timedelta(days=1) if day else None
    if name in g.festivals_fixed:
        return dt.date.fromisoformat(f"{year:04d}-{g.festivals_fixed[name]}")
    column = g.festival_columns[name]
    month_day = g.festival_days.get(str(year), {}).get(column)
    if not month_day:
        return None
    if column in g.december_columns and month_day.startswith("12-"):
        year -= 1
    return dt.date.fromisoformat(f"{year:04d}-{month_day}")


# Order matters: the first group that took part in the match names the body.
_BODY_READERS: list[tuple[str, Callable]] = [
    ("dm", _day_range), ("ma", _month_range), ("d", _day), ("mp", _month_part), ("rmp", _month_part),
    ("qa", _quarter_range), ("qn", _quarters_to_date), ("q", _quarter), ("mn", _months_to_date),
    ("half", _half), ("mo", _month), ("ypart", _year_part), ("bpart", _year_part), ("season", _season),
    ("fest", _festival),
]


def _year_range_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    for m in _scan(g.year_range_re, text):
        first, last = year_number(m["a"], ref.year), year_number(m["b"], ref.year)
        if first is None or last is None or not first < last <= first + 100:
            continue
        iv = Interval(dt.date(first, 1, 1), dt.date(last, 12, 31), "year", "span")
        yield _Cand(m.start(), m.end(), "year_range", "cal", lambda ctx, iv=iv: iv, is_range=True)


def _iso_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    for m in _scan(g.iso_re, text):
        day = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day:
            iv = Interval(day, day, "day")
            yield _Cand(m.start(), m.end(), "iso", "cal", lambda ctx, iv=iv: iv)


def _word_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    for m in _scan(g.words_re, text):
        if m["same"]:
            yield _Cand(m.start(), m.end(), "comparison", "compare", _same_period_resolver(ref))
        elif m["prev"]:
            if _shangnian_blocked(text, m, g):
                continue
            yield _Cand(m.start(), m.end(), "comparison", "compare", _previous_year_resolver(m["tail"], ref),
                        closes=m["tail"] in ("末", "底"))
        else:
            cand = _plain_word_cand(text, m, ref, g)
            if cand:
                yield cand


def _shangnian_blocked(text: str, m: Any, g: Grammar) -> bool:
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    return bool(before and before in g.guards["before_shangnian"]) or bool(
        not m["tail"] and after and after in g.guards["after_shangnian"])


def _plain_word_cand(text: str, m: Any, ref: dt.date, g: Grammar) -> _Cand | None:
    word = m["w"]
    role, offset = g.word_roles[word]
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if word == "现在" and before and before in g.guards["before_xianzai"]:
        return None  # 体现在, 实现在线 ...
    if role == "until_now":
        if word == "至今" and after in ("年", "日", "天"):
            return None  # 截至今年 / 截至今日
        iv = Interval(None, ref, "day", "until")
        return _Cand(m.start(), m.end(), "until_now", "until_now", lambda ctx: iv)
    if role == "now":
        iv = Interval(ref, ref, "day")
        return _Cand(m.start(), m.end(), "now", "now", lambda ctx: iv)
    if role == "relative_month":
        moved = add_months(ref.replace(day=1), offset)
        iv = _months(moved.year, moved.month, moved.month, "month", "point")
        return _Cand(m.start(), m.end(), "relative_month", "cal", lambda ctx: iv)
    day = ref + dt.timedelta(days=offset)
    iv = Interval(day, day, "day")
    return _Cand(m.start(), m.end(), "relative_day", "cal", lambda ctx: iv)


def _previous_year_resolver(tail: str | None, ref: dt.date) -> Callable[[_Ctx], Interval]:
    def resolve(ctx: _Ctx) -> Interval:
        anchor = (ctx.compared.start or ctx.compared.end) if ctx.compared else None
        year = (anchor.year if anchor else ref.year) - 1
        if tail in ("末", "底"):
            return _months(year, 12, 12, "month", "point")
        return _whole_year(year)

    return resolve


def _same_period_resolver(ref: dt.date) -> Callable[[_Ctx], Interval]:
    def resolve(ctx: _Ctx) -> Interval:
        compared = ctx.compared
        if compared is None or compared.end is None:
            return _whole_year(ref.year - 1)
        return _shifted(compared, -1)

    return resolve


def _shifted(compared: Interval, years: int) -> Interval:
    """The period ``compared`` moved by ``years`` (its same period of another year), at its granularity;
    an interval without a start stays one up to its end."""
    start, end = shift_interval_years(compared.start, compared.end, years)
    kind = "until" if start is None else ("point" if compared.kind == "point" else "span")
    return Interval(start, end, compared.granularity, kind)


def _year_same_period_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    """2024年同期: the period compared with, moved into the year written (比2024年同期, with
    今年1—3月 → 2024-01-01..2024-03-31), like 去年同期 but with the year given."""
    for m in _scan(g.year_same_re, text):
        year = year_number(m["y"], ref.year)
        if year is not None:
            yield _Cand(m.start(), m.end(), "comparison", "compare", _year_same_period_resolver(year))


def _year_same_period_resolver(year: int) -> Callable[[_Ctx], Interval]:
    def resolve(ctx: _Ctx) -> Interval:
        compared = ctx.compared
        anchor = (compared.start or compared.end) if compared else None
        if anchor is None or anchor.year == year:
            return _whole_year(year)
        return _shifted(compared, year - anchor.year)

    return resolve


def _recent_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    for m in _scan(g.recent_re, text):
        n = small_number(m["n"])
        if not n:
            continue
        unit = m["u"]
        if unit == "年" and m["p"] in g.words["triggers"]["whole_years_prefix"] and not m.group(0).endswith("来"):
            iv = _past_whole_years(ref, n)
            yield _Cand(m.start(), m.end(), "past_years", "fixed", lambda ctx, iv=iv: iv)
            continue
        if unit == "年":
            start, granularity = add_years(ref, -n), "year"
        elif unit == "个月":
            start, granularity = add_months(ref, -n), "month"
        else:
            start, granularity = ref - dt.timedelta(days=n), "day"
        # 近3年 on 2024-08-15 is 2021-08-16 … 2024-08-15 (SPEC §3)
        iv = Interval(start + dt.timedelta(days=1), ref, granularity, "since")
        rule = "recent" if m["p"] else "years_since"
        yield _Cand(m.start(), m.end(), rule, "fixed", lambda ctx, iv=iv: iv)


def _past_whole_years(ref: dt.date, n: int) -> Interval:
    """过去五年 → the five calendar years before ref_date's year; 过去一年 → last year (point).
    In December the year is all but over: a December work report's 过去五年 ends with that year."""
    last = ref.year if ref.month == 12 else ref.year - 1
    start, end = dt.date(last - n + 1, 1, 1), dt.date(last, 12, 31)
    return Interval(start, end, "year", "point" if n == 1 else "span")


def _plan_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    guard = g.cal["five_year_plans_guard"]
    for m in _scan(g.plan_re, text):
        name = m["plan"]
        if name in guard["quote_only"] and not _quoted(text, m.start(), m.end(), guard):
            continue
        first = g.plans[name]
        # the quotation marks around a plan's name belong to the DATE, as SPEC writes “十四五”
        quote = int(_quoted(text, m.start(), m.end(), guard))
        start = m.start() - quote
        end = plan_end(text, m.end(), guard)
        if end is not None:
            # “十三五”末, 十四五期末: the plan's last year (SPEC 6.1)
            iv = _whole_year(first + 4)
            yield _Cand(start, end, "plan_end", "cal", lambda ctx, iv=iv: iv, closes=True)
            continue
        end = plan_end(text, m.end(), guard, "plan_start")
        if end is not None:
            # “十三五”初期: the plan's first year (the mirror of 末; corpus/ANNOTATION.md)
            iv = _whole_year(first)
            yield _Cand(start, end, "plan_start", "cal", lambda ctx, iv=iv: iv)
            continue
        iv = Interval(dt.date(first, 1, 1), dt.date(first + 4, 12, 31), "multi_year", "span")
        yield _Cand(start, m.end() + quote, "plan", "cal", lambda ctx, iv=iv: iv)


def plan_end(text: str, pos: int, guard: dict, words: str = "plan_end") -> int | None:
    """Where 末 / 期末 (or, with ``words="plan_start"``, 初期 / 期初) after a plan name (and its
    closing quote) ends, or None."""
    if text[pos : pos + 1] and text[pos] in guard["quote_close"]:
        pos += 1
    word = next((w for w in guard[words] if text.startswith(w, pos)), None)
    return pos + len(word) if word else None


def _quoted(text: str, start: int, end: int, guard: dict[str, str]) -> bool:
    inside = 0 < start and end < len(text)
    return inside and text[start - 1] in guard["quote_open"] and text[end] in guard["quote_close"]


def _decade_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    for m in _scan(g.decade_re, text):
        decade = small_number(m["d"])
        if decade is None:
            continue
        if m["c"]:
            base = g.centuries[m["c"]]
        else:
            base = 2000 if 2000 + decade <= ref.year else 1900
        first = base + decade
        iv = Interval(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "multi_year", "span")
        yield _Cand(m.start(), m.end(), "decade", "cal", lambda ctx, iv=iv: iv)


def _bare_year_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    for m in _scan(g.bare_year_re, text):
        iv = _whole_year(int(m["y"]))
        yield _Cand(m.start(), m.end(), "bare_year", "cal", lambda ctx, iv=iv: iv)


def _bare_day_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    # SPEC: a bare day takes ref_date's year (and, having no month, its month); inside a range
    # it takes the month of the range's first end (5月28日至30日 is read whole, 7日至9日 here).
    for m in _scan(g.bare_day_re, text):
        day = small_number(m["d"])

        def resolve(ctx: _Ctx, day: int | None = day) -> Interval | None:
            found = safe_date(ctx.year, ctx.month or ref.month, day) if day else None
            return Interval(found, found, "day") if found else None

        yield _Cand(m.start(), m.end(), "bare_day", "cal", resolve, has_year=False)


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _week_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    # SPEC 6.1: weeks run Monday to Sunday; 下周一 is that day, 上周 the whole week
    for m in _scan(g.week_re, text):
        monday = _week_start(ref) + dt.timedelta(weeks=g.words["weeks"][m["wk"]])
        if m["wd"]:
            day = monday + dt.timedelta(days=g.words["week_guards"]["weekdays"][m["wd"]])
            iv = Interval(day, day, "day")
        else:
            iv = Interval(monday, monday + dt.timedelta(days=6), "week")
        yield _Cand(m.start(), m.end(), "week", "cal", lambda ctx, iv=iv: iv)  # 从上周四到十月一日 joins


def _offset_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    units = g.words["offsets"]["units"]
    for m in _scan(g.offset_re, text):
        n = small_number(m["n"])
        if not n:
            continue
        granularity = units[m["u"]]
        iv = _ago(ref, n, granularity) if m["ago"] else _ahead(ref, n, granularity)
        yield _Cand(m.start(), m.end(), "offset", "fixed", lambda ctx, iv=iv: iv)


def _ago(ref: dt.date, n: int, granularity: str) -> Interval:
    """5年前 → that whole year; 3个月前 → that month; 10天前 → that day; 2周前 → that week."""
    if granularity == "year":
        return _whole_year(ref.year - n)
    if granularity == "month":
        moved = add_months(ref.replace(day=1), -n)
        return _months(moved.year, moved.month, moved.month, "month", "point")
    if granularity == "week":
        monday = _week_start(ref) - dt.timedelta(weeks=n)
        return Interval(monday, monday + dt.timedelta(days=6), "week")
    day = ref - dt.timedelta(days=n)
    return Interval(day, day, "day")


def _ahead(ref: dt.date, n: int, granularity: str) -> Interval:
    """未来两年 → the next two whole years; 未来3个月 → the next three months; 未来两天 → the next two days."""
    if granularity == "year":
        return Interval(dt.date(ref.year + 1, 1, 1), dt.date(ref.year + n, 12, 31), "year", "span")
    if granularity == "month":
        first = add_months(ref.replace(day=1), 1)
        last = add_months(ref.replace(day=1), n)
        return Interval(first, month_end(last.year, last.month), "month", "span")
    if granularity == "week":
        monday = _week_start(ref) + dt.timedelta(weeks=1)
        return Interval(monday, monday + dt.timedelta(weeks=n, days=-1), "week", "span")
    return Interval(ref + dt.timedelta(days=1), ref + dt.timedelta(days=n), "day", "span")


def _today_day_cands(text: str, ref: dt.date, g: Grammar) -> Iterator[_Cand]:
    # 今(22)日, 今天(19日): the day written in brackets, in ref_date's month (SPEC 6.1)
    for m in _scan(g.today_day_re, text):
        day = safe_date(ref.year, ref.month, small_number(m["d"]) or 0)
        if day:
            yield _Cand(m.start(), m.end(), "today_day", "fixed", lambda ctx, iv=Interval(day, day, "day"): iv)


_FINDERS = [_calendar_cands, _year_range_cands, _iso_cands, _word_cands, _recent_cands, _plan_cands,
            _decade_cands, _bare_year_cands, _bare_day_cands, _week_cands, _offset_cands, _today_day_cands,
            _year_same_period_cands]


# ---------------------------------------------------------------- selection, ranges, triggers


def _select(cands: list[_Cand], excluded: list[tuple[int, int]], size: int) -> list[_Cand]:
    """Drop excluded cores, then keep the longest of overlapping ones (earlier first on ties)."""
    blocked = bytearray(size)
    for start, end in excluded:
        blocked[start:end] = b"\x01" * (end - start)
    taken: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if any(blocked[c.start : c.end]):
            continue
        blocked[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


@dataclass
class _Item:
    start: int
    end: int
    iv: Interval | None
    rule: str
    role: str
    is_range: bool = False
    closes: bool = False
    cand: _Cand | None = None
    has_year: bool = True
    until: bool = False  # 截至上年末: a comparison word whose resolved interval becomes an until


_DATELINE_CHARS = 60  # a day written this early, before any year, is the news item's own date


@functools.cache
def _after_byline() -> Any:
    """The end of a byline on a line before a day (本报讯(记者某某)|5月2日): rules/date_words.toml
    [dateline] byline_before_day, then an optional bracket with the reporter's name."""
    return regex.compile(rf"(?:{alternation(list(DATELINE_BYLINE_MARKS))})\s*(?:[(（][^()（）\n]{{0,30}}[)）])?\s*$")


def dated_by_byline(text: str, line_start: int, start: int, end: int) -> bool:
    """The day at ``start:end`` is a dateline by its byline: followed by a dateline mark (青禾5月3日电,
    青禾7月9日消息; rules/date_words.toml [dateline], the list the year in view and the link read too) or
    following a byline on its line (本报讯(记者某某)5月2日)."""
    return DATELINE_AFTER_DAY.match(text, end) is not None or bool(_after_byline().search(text, line_start, start))


class _Anchor:
    """The year and month a date without them takes (SPEC 6.1): those written last before it in
    the same paragraph (2029年5月签约，6月开工 → 2029-06; 5月28日…29日 → May), else the year in
    view (the year the report is about), else ref_date's year and month. A month and day opening
    the text before any year (a dateline) takes ref_date's year: it dates the news, not the report."""

    def __init__(self, text: str, ref: dt.date, view_year: int):
        self.text, self.ref, self.view_year = text, ref, view_year
        self.year: int | None = None
        self.year_written = False
        self.month: int | None = None
        self.end = 0

    def ctx_for(self, c: _Cand) -> _Ctx:
        if self.written_year_for(c):
            return _Ctx(self.year, self.month)
        if c.rule == "bare_day":
            return _Ctx(self.ref.year, self.ref.month)
        if self.is_dateline(c):
            return _Ctx(self.ref.year)  # a dateline (11月8日，…发布; 青禾网5月3日讯) dates the news itself
        return _Ctx(self.view_year)

    def is_dateline(self, c: _Cand) -> bool:
        """A month and day opening the text before any year, or opening a paragraph as a dateline."""
        return c.rule in ("day", "day_range") and (self.year is None and c.start < _DATELINE_CHARS or self._dateline(c))

    def written_year_for(self, c: _Cand) -> bool:
        """A year written earlier in ``c``'s paragraph is in force."""
        return self.year is not None and "\n" not in self.text[self.end : c.start]

    def _dateline(self, c: _Cand) -> bool:
        """A day opening its paragraph as a dateline, after a headline that may name the report's
        year: 青禾网5月3日电, 本报讯(记者某某)5月2日—6日，…"""
        line_start = self.text.rfind("\n", 0, c.start) + 1
        if c.start - line_start > _DATELINE_CHARS // 2:
            return False
        return dated_by_byline(self.text, line_start, c.start, c.end)

    def note(self, item: _Item) -> None:
        """Remember the year (and month) of a calendar date just read."""
        iv = item.iv
        if item.role != "cal" or iv is None or iv.start is None or iv.end is None or iv.granularity == "multi_year":
            return  # “十四五” and the 2010s name no one year
        if _opens_since(self.text, item):
            self.year, self.month = None, None  # 自2029年5月开工以来…预计9月投产: a since names no year in force
            return
        last = iv.end if item.is_range else iv.start
        self.year, self.end = last.year, item.end
        self.year_written = item.has_year  # not a dateline's day, which takes ref_date's year
        self.month = last.month if iv.granularity in ("day", "month", "week") and last.month == iv.end.month else None


# Split points, named by what they cut off (ref_date splits the text after a date at them):
# any clause mark; a sentence's end (a new clause of the text starts after it); a comma-like pause.
CLAUSE_PUNCT = re.compile(r"[，,。；;！？!?\n]")
CLAUSE_START = re.compile(r"[。！？!?；;\n]")
COMMA_START = re.compile(r"[，,、：:]")


def _opens_since(text: str, item: _Item) -> bool:
    """The date starts a period running up to now: 自/从 before it and 以来 in its clause."""
    lists = _trigger_lists()
    if not text[max(0, item.start - 2) : item.start].endswith(tuple(lists["since_prefix"])):
        return False
    clause = CLAUSE_PUNCT.split(text[item.end : item.end + 16], maxsplit=1)[0]
    return "以来" in clause  # up to now; 开始/起 may start a process the later months belong to


def _merge_ranges(cands: list[_Cand], text: str, ref: dt.date, g: Grammar, view_year: int) -> list[_Item]:
    """Resolve cores; join ``A—B`` / ``A至B`` into one span and ``A至今`` into a since."""
    items: list[_Item] = []
    anchor = _Anchor(text, ref, view_year)
    news_day: dt.date | None = None  # the dateline's day (青禾网5月3日讯), once read
    i = 0
    while i < len(cands):
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        ctx = anchor.ctx_for(cands[i])
        merged = _join(cands[i], nxt, text, ref, g, ctx) if nxt else None
        if merged:
            items.append(merged)
            anchor.note(merged)
            i += 2
            continue
        item = _single(cands[i], ref, _listed_after(items[-1] if items else None, cands[i], text) or ctx)
        written = anchor.written_year_for(cands[i])  # once: the anchor moves only at note()
        if item and not written and view_year == ref.year:
            item = _cumulative_in_the_past(item, text, ref, g)
        elif item and written and ctx.year < ref.year:
            item = _announced_lately(item, cands[i], text, ref, g) or item
        if item and not cands[i].has_year and not (written and anchor.year_written):
            item = _ahead_of_the_news(item, text, ref, news_day, g)
        if item:
            if news_day is None and anchor.is_dateline(cands[i]) and item.iv and item.iv.granularity == "day":
                news_day = item.iv.start
            items.append(item)
            anchor.note(item)
        i += 1
    return items


def _ahead_of_the_news(item: _Item, text: str, ref: dt.date, news_day: dt.date | None, g: Grammar) -> _Item:
    """A day or month announced as ahead (将于3月18日开幕, 定于1月5日) without a year lies after the
    news: not in a past year in view, and after the dateline (12月28日电…将于1月5日 → next year)."""
    iv = item.iv
    if iv is None or iv.start is None or iv.end is None or iv.granularity not in ("day", "month"):
        return item
    if not text[max(0, item.start - 3) : item.start].endswith(tuple(g.words["triggers"]["ahead_prefix"])):
        return item
    floor = news_day or dt.date(ref.year, 1, 1)
    years = max(0, floor.year - iv.start.year)
    if add_years(iv.end, years) < floor:
        years += 1
    if not years:
        return item
    if iv.granularity == "day":  # 2月28日 stays the 28th in a leap year
        start, end = add_years(iv.start, years), add_years(iv.end, years)
    else:
        start, end = shift_interval_years(iv.start, iv.end, years)
    return dataclasses.replace(item, iv=Interval(start, end, iv.granularity, iv.kind))


_CUMULATIVE = ("month_range", "months_to_date", "quarters_to_date")


def _cumulative_in_the_past(item: _Item, text: str, ref: dt.date, g: Grammar) -> _Item:
    """A running total from January without a written year (1—11月, 前三季度) that would end more
    than half a year after ref_date is last year's: such figures come out once the period is over
    (a report of January on 1—11月; SPEC's own 1至10月 two months ahead keeps ref_date's year). A
    plan's period (预计1—11月, 力争前三季度) keeps ref_date's year too."""
    iv = item.iv
    if item.rule not in _CUMULATIVE or item.has_year or iv is None or iv.start is None or iv.end is None:
        return item
    rules = g.words["inference"]
    far_ahead = iv.end > add_months(ref, rules["running_total_ahead_months"])
    if iv.start.month != 1 or iv.start.year != ref.year or not far_ahead:
        return item
    # its clause: up to a semicolon too (预计全年…；1—11月，…: the plan word is another clause's)
    clause_start = max((m.end() for m in CLAUSE_START.finditer(text, 0, item.start)), default=0)
    if any(w in text[clause_start : item.start] for w in rules["target_before"]):
        return item
    start, end = shift_interval_years(iv.start, iv.end, -1)
    return dataclasses.replace(item, iv=Interval(start, end, iv.granularity, iv.kind))


def _announced_lately(item: _Item, c: _Cand, text: str, ref: dt.date, g: Grammar) -> _Item | None:
    """A month and day announcing the report (统计局3月6日公布…) after a paragraph about a past year
    (2030年全县…) is the news's own date, in ref_date's year, when that falls in the month up to
    ref_date; SPEC 6.1's year written last before it is the year reported on, not the news's."""
    words = g.words["inference"]
    if item.rule != "day" or not text.startswith(tuple(words["announce_after"]), item.end):
        return None
    iv = c.resolve(_Ctx(ref.year))
    if iv is None or iv.start is None or not 0 <= (ref - iv.start).days <= words["announce_within_days"]:
        return None
    return dataclasses.replace(item, iv=iv)


def _listed_after(prev: _Item | None, c: _Cand, text: str) -> _Ctx | None:
    """2010年7月6日和7日: a bare day listed right after a date takes that date's year and month."""
    if c.rule != "bare_day" or prev is None or prev.iv is None or prev.iv.start is None:
        return None
    if text[prev.end : c.start] not in grammar().words["triggers"]["listed_day_joins"]:
        return None
    return _Ctx(prev.iv.start.year, prev.iv.start.month)


def _single(c: _Cand, ref: dt.date, ctx: _Ctx) -> _Item | None:
    if c.role == "compare":
        return _Item(c.start, c.end, None, c.rule, c.role, closes=c.closes, cand=c)
    iv = c.resolve(ctx)
    if iv is None:
        return None
    return _Item(c.start, c.end, iv, c.rule, c.role, c.is_range, c.closes, has_year=c.has_year)


def _in_the_past(iv: Interval, has_year: bool, ref: dt.date) -> Interval:
    """A period that runs up to now (11月以来, 9月至今) without a written year lies before ref_date."""
    if has_year or iv.start is None or iv.start <= ref:
        return iv
    start, end = shift_interval_years(iv.start, iv.end, -1)
    return Interval(start, end, iv.granularity, iv.kind)


def _join(a: _Cand, b: _Cand, text: str, ref: dt.date, g: Grammar, ctx: _Ctx) -> _Item | None:
    if a.role != "cal":
        return None
    gap = text[a.end : b.start]
    first = a.resolve(ctx)
    if first is None or first.start is None:
        return None
    if b.role in ("until_now", "now"):
        first = _in_the_past(first, a.has_year, ref)
    if b.role == "until_now" and gap == "":
        return _Item(a.start, b.end, _since(first.start, first.granularity, ref), "since." + a.rule, "fixed")
    if len(gap) > 3 or gap.strip(" \t") not in g.words["triggers"]["range_separators"]:
        return None
    if b.role == "now" and gap.strip(" \t") in ("到", "至"):
        return _Item(a.start, b.end, _since(first.start, first.granularity, ref), "since." + a.rule, "fixed")
    if b.role != "cal":
        return None
    second = _range_end(first, b, ref)
    if second is None or second.end is None or second.end < first.start:
        return None
    iv = Interval(first.start, second.end, second.granularity, "span")
    return _Item(a.start, b.end, iv, "range", "cal", is_range=True)


def _range_end(first: Interval, b: _Cand, ref: dt.date) -> Interval | None:
    """The second end of a range takes the first's year and month where it names none (5月1日至10日)."""
    ctx = _Ctx(first.start.year, first.start.month)
    second = b.resolve(ctx)
    if second and second.start and not b.has_year and second.start < first.start:
        second = b.resolve(_Ctx(ctx.year + 1, ctx.month))  # 11月至2月 runs into the next year
    return second


def _prefix(text: str, pos: int, low: int, candidates: list[str], g: Grammar) -> str | None:
    for word in candidates:
        start = pos - len(word)
        if start < low or not text.startswith(word, start):
            continue
        before = text[start - 1] if start else ""
        if word == "到" and before and before in g.guards["before_dao"]:
            continue  # 达到, 得到, 快到 ...: not "until"
        if word == "到" and text[max(0, start - 2) : start] in g.words["triggers"]["change_verbs_before_dao"]:
            continue  # 从2026年的12万吨增长到2029年的18万吨: when the figure was reached, not a deadline
        if word == "到" and _VALUE_RANGE_BEFORE.search(text, max(0, start - 30), start):
            continue  # 从2026年318家到2029年905家: the second point of a change in value
        if word == "至" and before and before not in g.guards["clause_boundary"]:
            continue  # 至 opens an until only at a clause start
        if word == "自" and before and before in g.guards["before_zi"]:
            continue  # 来自, 各自, 亲自 ...: not "since"
        return word
    return None


# 从 (or 由) opening the clause, then a figure right before 到: 从2026年318家到…, 由2026年的12万吨到…
_VALUE_RANGE_BEFORE = re.compile(r"[从由][^，,。；;！？!?\n]*[0-9][^0-9，,。；;！？!?\n]{0,4}$")


def _suffix(text: str, pos: int, high: int, candidates: list[str], g: Grammar) -> str | None:
    for word in candidates:
        end = pos + len(word)
        if end > high or not text.startswith(word, pos):
            continue
        after = text[end] if end < len(text) else ""
        if word == "起" and after and after in g.guards["after_qi"]:
            continue  # 起草, 起步, 起到 ...
        if word == "前" and after and after in g.guards["after_qian"]:
            continue  # 前往, 前列, 前三季度 ...
        return word
    return None


@functools.cache
def _trigger_lists() -> dict[str, list[str]]:
    t = grammar().words["triggers"]
    by_length = {k: sorted(v, key=len, reverse=True) for k, v in t.items()}
    by_length["prefix"] = sorted(t["until_prefix"] + t["since_prefix"], key=len, reverse=True)
    suffixes = (t["since_suffix"] + t["until_suffix"] + t["before_suffix"] + t["inclusive_until_suffix"]
                + t["inclusive_since_suffix"])
    by_length["suffix"] = sorted(suffixes, key=len, reverse=True)
    return by_length


def _wrap_all(items: list[_Item], text: str, ref: dt.date, g: Grammar) -> list[_Item]:
    """Attach trigger words to each item, never reaching into a neighbour."""
    out: list[_Item] = []
    for i, item in enumerate(items):
        low = out[-1].end if out else 0
        high = items[i + 1].start if i + 1 < len(items) else len(text)
        out.append(_wrap(item, text, low, high, ref, g))
    return out


def _wrap(item: _Item, text: str, low: int, high: int, ref: dt.date, g: Grammar) -> _Item:
    if item.role == "compare" and item.closes:
        return _wrap_compared_end(item, text, low, g)
    if item.role in ("fixed", "until_now", "compare") or item.iv is None:
        return item
    lists = _trigger_lists()
    gap = _spaces_before(text, item.start, low)  # 到 2029 年: a space between trigger and date
    pre = _prefix(text, item.start - gap, low, lists["prefix"], g)
    if pre == "到" and item.iv.granularity == "year" and names_funds_obtained(text, item.start - gap, item.end):
        pre = None  # 争取到2030年省级专项资金: the year of the funds obtained, not a deadline
    suf = _suffix(text, item.end, high, lists["suffix"], g)
    if suf is None and _quoted(text, item.start, item.end, g.cal["five_year_plans_guard"]):
        # “十四五”以来: a trigger after the closing quote still makes a quoted date a since
        since = _suffix(text, item.end + 1, high, lists["since_suffix"], g)
        if since:
            iv = _since(item.iv.start, item.iv.granularity, ref)
            return _wrapped(item.start, item.end + 1 + len(since), iv, "since", item)
    if item.role == "now":
        return _wrap_now(item, pre, suf, lists, ref, gap)
    if suf is None and item.rule == "relative_year" and _lai_follows(text, item.end, high, g):
        # 今年来 = 今年以来 (SPEC 6.1)
        return _wrapped(item.start, item.end + 1, _since(item.iv.start, item.iv.granularity, ref), "since", item)
    return _wrap_calendar(item, pre, suf, lists, ref, gap)


def _wrap_compared_end(item: _Item, text: str, low: int, g: Grammar) -> _Item:
    """截至上年末: the until trigger joins the span now; the year is resolved with the comparisons."""
    gap = _spaces_before(text, item.start, low)
    pre = _prefix(text, item.start - gap, low, _trigger_lists()["until_prefix"], g)
    if pre is None:
        return item
    return _Item(item.start - gap - len(pre), item.end, None, f"until.{item.rule}", "compare",
                 closes=True, cand=item.cand, until=True)


def names_funds_obtained(text: str, start: int, end: int) -> bool:
    """The year at ``start:end`` follows 争取到 / 获取到 … and its clause names funds right after it
    (争取到2030年省级专项资金800万元): funds obtained for that year, not a deadline or a target."""
    t = grammar().words["obtained_funds"]
    if not text.startswith("到", start - 1) or not text.endswith(tuple(t["verbs_before_dao"]), 0, start - 1):
        return False
    clause = COMMA_START.split(text[end : end + t["object_chars"]], maxsplit=1)[0]
    clause = CLAUSE_START.split(clause, maxsplit=1)[0]
    return any(word in clause for word in t["objects"])


def _spaces_before(text: str, pos: int, low: int) -> int:
    gap = 0
    while pos - gap - 1 >= low and text[pos - gap - 1] in " \t" and gap < 2:
        gap += 1
    return gap


def _lai_follows(text: str, pos: int, high: int, g: Grammar) -> bool:
    after = text[pos + 1 : pos + 2]
    return pos < high and text.startswith("来", pos) and not (after and after in g.guards["after_lai"])


def _wrap_now(item: _Item, pre: str | None, suf: str | None, lists: dict, ref: dt.date, gap: int = 0) -> _Item:
    until = Interval(None, ref, "day", "until")
    if pre in lists["until_prefix"]:
        end = item.end + (len(suf) if suf in lists["until_suffix"] else 0)
        return _Item(item.start - len(pre) - gap, end, until, "until.now", "fixed")
    if suf in lists["until_suffix"]:
        return _Item(item.start, item.end + len(suf), until, "until.now", "fixed")
    return item


def _wrap_calendar(item: _Item, pre: str | None, suf: str | None, lists: dict, ref: dt.date,
                   gap: int = 0) -> _Item:
    iv, start, end = item.iv, item.start, item.end
    pre_len, suf_len = len(pre or "") + (gap if pre else 0), len(suf or "")
    until = Interval(None, iv.end, iv.granularity, "until")
    since = _since(iv.start, iv.granularity, ref)
    if suf in lists["inclusive_until_suffix"]:
        return _wrapped(start, end + suf_len, until, "until", item)
    if suf in lists["inclusive_since_suffix"]:
        return _wrapped(start, end + suf_len, since, "since", item)
    if pre in lists["until_prefix"] and not (item.is_range and pre in ("到", "至")):
        end += suf_len if suf in lists["until_suffix"] else 0
        return _wrapped(start - pre_len, end, until, "until", item)
    if suf in lists["since_suffix"]:
        start -= pre_len if pre in lists["since_prefix"] else 0
        if suf == "以来":
            past = _in_the_past(iv, item.has_year, ref)
            since = _since(past.start, past.granularity, ref)
        return _wrapped(start, end + suf_len, since, "since", item)
    if pre == "自从" or pre == "自" and not item.is_range:
        return _wrapped(start - pre_len, end, since, "since", item)  # 自2019年 without 以来: since
    if pre in ("从", "自") and item.is_range:
        return _Item(start - pre_len, end, iv, item.rule, "cal", True, item.closes)
    if suf in lists["before_suffix"]:
        # 2018年以前 → until 2017-12-31; 年底前 → until the end of December
        last = iv.end if item.closes else iv.start - dt.timedelta(days=1)
        return _wrapped(start, end + suf_len, Interval(None, last, iv.granularity, "until"), "before", item)
    return item


def _wrapped(start: int, end: int, iv: Interval, trigger: str, item: _Item) -> _Item:
    return _Item(start, end, iv, f"{trigger}.{item.rule}", "fixed")


def _join_year_until(items: list[_Item], text: str, ref: dt.date) -> list[_Item]:
    """A whole year right before an until of that year is one DATE from the year's start:
    今年截至9月末 → span January–September (like 今年1—9月), 今年截至目前 → since 1 January (like
    今年以来). Two mentions would leave the figure's period open at its start."""
    out: list[_Item] = []
    for item in items:
        prev = out[-1] if out else None
        if prev is not None and _year_heads_until(prev, item, text):
            if item.rule.startswith("until.now"):
                iv = _since(prev.iv.start, "year", ref)
            else:
                iv = Interval(prev.iv.start, item.iv.end, item.iv.granularity, "span")
            out[-1] = _Item(prev.start, item.end, iv, f"year_until.{item.rule}", "fixed")
            continue
        out.append(item)
    return out


def _year_heads_until(year: _Item, until: _Item, text: str) -> bool:
    a, b = year.iv, until.iv
    return (a is not None and b is not None and a.granularity == "year" and a.kind == "point"
            and b.kind == "until" and b.end is not None and a.start is not None and a.end is not None
            and a.start <= b.end <= a.end and not text[year.end : until.start].strip(" \t"))


# ---------------------------------------------------------------- comparisons (上年, 去年同期)

_SENTENCE_END = re.compile(r"[。！？!?\n]")


# rolling windows back from ref_date (近3年, 十年来): a growth rate over them is an average, never
# the year 上年 is compared with (去年同期 after 一年来 is that window a year back)
_ROLLING = ("recent", "years_since")


def _resolve_comparisons(items: list[_Item], text: str, view_year: int, ref: dt.date) -> list[_Item]:
    others = [o for o in items if o.role != "compare" and o.iv is not None]
    starts = [o.start for o in others]
    calendar_others = [o for o in others if o.rule not in _ROLLING]
    calendar_starts = [o.start for o in calendar_others]
    periods = _report_periods(others, text, ref)
    resolved = []
    for item in items:
        if item.role == "compare":
            same_period = "同期" in text[item.start : item.end]
            near = (_compared_period(others, starts, item, text) if same_period
                    else _compared_period(calendar_others, calendar_starts, item, text))
            compared = (near or _period_in_force(periods, item)
                        or (_period_opening_after(periods, item) if same_period else None) or _whole_year(view_year))
            iv = item.cand.resolve(_Ctx(0, None, compared))
            if item.until and iv is not None:
                iv = Interval(None, iv.end, iv.granularity, "until")
            item = _Item(item.start, item.end, iv, item.rule, "compare")
        resolved.append(item)
    return resolved


def _compared_period(others: list[_Item], starts: list[int], item: _Item, text: str) -> Interval | None:
    """The nearest other DATE in the same sentence, before ``item`` first, then after it; else the
    last one before it in the paragraph (the period the paragraph is about). Only the nearest
    neighbours can qualify, so each comparison costs a binary search (long texts stay linear)."""
    i = bisect.bisect_left(starts, item.start)
    j = i - 1
    while j > 0 and _is_base(others[j], text) and not _SENTENCE_END.search(text, others[j - 1].end, item.start):
        j -= 1  # 比2026年增长7%；…比上年提高: a comparison base is not the period compared
    before = others[j] if j >= 0 and others[j].end <= item.start else None
    after = others[i] if i < len(others) and others[i].start >= item.end else None
    if before is not None and not _SENTENCE_END.search(text, before.end, item.start):
        return before.iv
    if after is not None and not _SENTENCE_END.search(text, item.end, after.start):
        return after.iv
    if before is not None and "\n" not in text[before.end : item.start]:
        return before.iv
    return None


def _is_base(item: _Item, text: str) -> bool:
    return bool(item.start) and text[item.start - 1] in grammar().words["comparison"]["base_marks"]


def _report_periods(others: list[_Item], text: str, ref: dt.date) -> list[_Item]:
    """Dates that set the period the following text reports on (2022年，…; 去年，…): a past year,
    half, quarter or month, not a comparison base (比2026年, 与2027年持平) and not a target."""
    cmp = grammar().words["comparison"]
    return [o for o in others
            if o.iv.granularity in cmp["period_granularities"] and o.iv.kind in ("point", "span")
            and o.iv.start is not None and o.iv.start <= ref
            and not (o.start and text[o.start - 1] in cmp["base_marks"])]


def _period_in_force(periods: list[_Item], item: _Item) -> Interval | None:
    """SPEC 6.1: a report's period scopes its later paragraphs until another takes over, so a
    上年 in a paragraph without a date of its own is compared with the last period set before it."""
    i = bisect.bisect_right([p.end for p in periods], item.start)
    return periods[i - 1].iv if i else None


def _period_opening_after(periods: list[_Item], item: _Item) -> Interval | None:
    """A 同期 above any period (a summary box before the lead: ★技术合同成交额…较上年同期增长) is
    compared with the period the report then opens on (今年上半年，…)."""
    i = bisect.bisect_left([p.start for p in periods], item.end)
    return periods[i].iv if i < len(periods) else None


# ---------------------------------------------------------------- public API


def find_dates(text: str, ref_date: dt.date, layout: Structure | None = None,
               folded: str | None = None) -> list[Mention]:
    """All DATE mentions of ``text``, normalised against ``ref_date`` (SPEC section 3).

    ``layout`` is the document's structure (paragraphs, year in view) and ``folded`` its
    ``fold_width`` text, when the caller has them."""
    g = grammar()
    folded = fold_width(text) if folded is None else folded
    cands = [c for finder in _FINDERS for c in finder(folded, ref_date, g)]
    excluded = [m.span() for m in _scan(g.exclusion_re, folded)]
    chosen = _select(cands, excluded, len(folded))
    view_year = layout.year_in_view if layout is not None else ref_date.year
    items = _merge_ranges(chosen, folded, ref_date, g, view_year)
    items = _join_year_until(_wrap_all(items, folded, ref_date, g), folded, ref_date)
    items = _resolve_comparisons(items, folded, view_year, ref_date)
    return [make_mention("DATE", text, it.start, it.end, it.iv.norm(), f"rule:date.{it.rule}")
            for it in items if it.iv is not None]


def resolve_comparison(word: str, compared: dict[str, Any] | None, ref_date: dt.date) -> dict[str, Any]:
    """The DATE norm of a comparison word (上年, 上年度, 上年末, 去年同期, 上年同期) against a period.

    ``compared`` is the norm of the DATE the fact is compared with (``{"kind", "start", "end",
    "granularity"}``), or ``None`` when there is none; then ``ref_date``'s previous year is used
    (SPEC §6). For the linker, which may know the compared period better than the sentence.
    """
    cmp = grammar().words["comparison"]
    period = None
    if compared:
        start, end = (dt.date.fromisoformat(compared[k]) if compared.get(k) else None for k in ("start", "end"))
        period = Interval(start, end, compared.get("granularity", "year"), compared.get("kind", "point"))
    if word in cmp["same_period"]:
        resolver = _same_period_resolver(ref_date)
    else:
        tail = word[-1] if word[-1] in cmp["previous_year_tail"] else None
        resolver = _previous_year_resolver(tail, ref_date)
    return resolver(_Ctx(ref_date.year, None, period)).norm()

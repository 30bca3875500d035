"""Bounds on when an article was written, from facts it cites (``extract.ref_date`` weighs them).

From below: a span elapsed since a date written (2029年3月…，经过4年多的建设: not before March 2033), a
story taken back a count of years to a date written (故事回到15年前。…2009年5月6日: not before May 2024), a
party congress or plenary session whose decisions it cites (按照二十大报告: after October 2022), a term
it uses that was coined on a known day (新质生产力). From above: the party meeting after the latest of
a list it cites (对照十八届三中、四中全会部署: before the fifth plenary session). The facts and words are
``rules/date_words.toml``'s [inference]. Each bound is ``(day, why)``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from extract.dates import CLAUSE_PUNCT, alternation, grammar, safe_date
from extract.numbers import parse_number

__all__ = ["earliest_day", "looked_forward_to", "party_meeting_ceiling"]


def earliest_day(folded: str) -> tuple[dt.date, str] | None:
    """The earliest day the text's own evidence allows, and why (``extract.ref_date`` moves an earlier
    guess to it)."""
    bounds = [(_elapsed_bound(folded), "the span elapsed since a date written"),
              (_count_back_bound(folded), "the count back to a date written"),
              (_party_meeting_bound(folded), "the party meeting cited"),
              (_coined_term_bound(folded), "the first use of a term it uses")]
    return max(((day, why) for day, why in bounds if day is not None), default=None)


@functools.cache
def _elapsed() -> re.Pattern:
    """A date written, then in its sentence a span elapsed since (2029年3月…，经过4年多的建设)."""
    rules = grammar().words["inference"]
    between = rf"[^。！？!?；;\n]{{0,{rules['elapsed_chars']}}}?"
    return re.compile(rf"(?P<y>(?:19|20)[0-9]{{2}})年(?:(?P<m>1[0-2]|0?[1-9])月)?{between}"
                      rf"(?:{alternation(rules['elapsed_before'])})(?P<n>[0-9]{{1,3}}|[一二两三四五六七八九十]{{1,3}})[多余]?年")


def _elapsed_bound(folded: str) -> dt.date | None:
    """The earliest day a span elapsed since a date written reaches (2029年3月…，经过4年多的建设:
    1 March 2033): the text cannot be earlier."""
    bounds = []
    for m in _elapsed().finditer(folded):
        years = _whole_years(m["n"])
        if years is not None:
            bounds.append(dt.date(int(m["y"]) + years, int(m["m"] or 1), 1))
    return max(bounds) if bounds else None


def _whole_years(written: str) -> int | None:
    """A count of years as written (4, 十五), when it is a whole number a story could span."""
    years = parse_number(written)
    return int(years) if years is not None and 0 < years < 100 and years == int(years) else None


@functools.cache
def _count_back() -> re.Pattern:
    """A count of years back from the text and the date it goes back to (故事回到15年前。…2009年5月6日;
    15年前的2009年)."""
    rules = grammar().words["inference"]
    count = r"(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})多?年前"
    date = r"(?P<y>(?:19|20)[0-9]{2})年(?:(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>3[01]|[12][0-9]|0?[1-9])[日号])?)?"
    return re.compile(rf"(?:(?:{alternation(rules['count_back_before'])}){count}"
                      rf"[^0-9]{{0,{rules['count_back_chars']}}}?|{count.replace('P<n>', 'P<n2>')}的){date}")


def _count_back_bound(folded: str) -> dt.date | None:
    """The day a story told from a date written lies that many years before (故事回到15年前。…2009年5月6日:
    6 May 2024): the text cannot be earlier."""
    bounds = []
    for m in _count_back().finditer(folded):
        years = _whole_years(m["n"] or m["n2"])
        if years is None:
            continue
        year, month, day = int(m["y"]) + years, int(m["m"] or 1), int(m["d"] or 1)
        bounds.append(safe_date(year, month, day) or dt.date(year, month, 28))
    return max(bounds) if bounds else None


def _party_meeting_bound(folded: str) -> dt.date | None:
    """The last day of the latest party congress or plenary session whose decisions the text cites
    (按照二十大报告, 十九届五中全会以来: [inference] party_meetings, a table of facts); not one
    it looks forward to (喜迎二十大)."""
    table = grammar().words["inference"]["party_meetings"]
    days = [dt.date.fromisoformat(table[name]) for names in _cited_meeting_lists(folded) for name in names]
    return max(days) if days else None


def party_meeting_ceiling(folded: str, bound: dt.date | None) -> tuple[dt.date, str] | None:
    """The last day of the meeting after the latest of a list the text cites (对照十八大和十八届三中、
    四中全会部署: the fourth plenary session, then the fifth): a list of two or more meetings with
    a plenary session among them names every meeting held so far, so the text comes before the
    next one. A congress cited alone, or a list of congresses (十八大、十九大提出的…, carried over
    the plenary sessions between), bounds nothing. None when it falls on or before the ``bound`` from
    below (the evidence disagrees: the bound stands)."""
    table = grammar().words["inference"]["party_meetings"]
    days = sorted(dt.date.fromisoformat(day) for day in table.values())
    ceilings = []
    for names in _cited_meeting_lists(folded):
        latest = max(dt.date.fromisoformat(table[name]) for name in names)
        later = [day for day in days if day > latest]
        if len(names) >= 2 and any(name.endswith("全会") for name in names) and later:
            ceilings.append(later[0])
    if not ceilings or bound is not None and bound >= max(ceilings):
        return None
    return max(ceilings), "the party meeting after those it lists"


# Read for the bound from below and again for the ceiling from above, of the same text: the lists
# are found once (the last few texts are kept: memory stays flat).
@functools.lru_cache(maxsize=4)
def _cited_meeting_lists(folded: str) -> tuple[tuple[str, ...], ...]:
    """The names of the party meetings whose decisions the text cites, by list (十八大和十八届三中、
    四中全会部署 is one list of three): a list whose end is followed by party_meeting_after within
    party_meeting_chars in its clause, not looked forward to (喜迎二十大)."""
    rules = grammar().words["inference"]
    lists: list[tuple[int, int, list[str]]] = []  # (start, end, names) of each list
    for start, end, names in _cited_meetings(folded):
        between = folded[lists[-1][1] : start].strip(rules["party_meeting_fillers"]) if lists else None
        if between in rules["party_meeting_joiners"]:
            first, _, earlier = lists.pop()
            lists.append((first, end, earlier + names))
        else:
            lists.append((start, end, names))
    cited: list[tuple[str, ...]] = []
    for start, end, names in lists:
        after = CLAUSE_PUNCT.split(folded[end : end + rules["party_meeting_chars"]], maxsplit=1)[0]
        if any(w in after for w in rules["party_meeting_after"]) and not looked_forward_to(folded, start, rules):
            cited.append(tuple(names))
    return tuple(cited)


def _cited_meetings(folded: str) -> list[tuple[int, int, list[str]]]:
    """Each party meeting named, as (start, end, [its name in the table]), in text order; plenary
    sessions of one congress written as a list (十八届三中、四中全会) give one entry naming each."""
    table = grammar().words["inference"]["party_meetings"]
    found = [(m.start(), m.end(), [m["name"]]) for m in _party_meeting().finditer(folded)]
    for m in _plenum_list().finditer(folded):
        names = [f"{m['congress']}{ordinal}全会" for ordinal in re.findall(r"[一二三四五六七]中", m["list"])]
        if any(name in table for name in names):
            found.append((m.start(), m.end(), [name for name in names if name in table]))
    return sorted(found, key=lambda f: f[0])


@functools.cache
def _plenum_list() -> re.Pattern:
    """Two or more plenary sessions of one congress written as a list (十八届三中、四中全会): the
    congress from [inference] party_meetings' names, each session by its ordinal, joined by the
    non-empty party_meeting_joiners."""
    rules = grammar().words["inference"]
    congresses = sorted({name[: name.index("届") + 1] for name in rules["party_meetings"] if "届" in name},
                        key=len, reverse=True)
    joiners = alternation([j for j in rules["party_meeting_joiners"] if j])
    return re.compile(rf"(?<![一二三四五六七八九十])(?P<congress>{alternation(congresses)})"
                      rf"(?P<list>[一二三四五六七]中(?:(?:{joiners})[一二三四五六七]中)+)全会")


def _coined_term_bound(folded: str) -> dt.date | None:
    """The day the latest-coined term the text uses first appeared ([inference] coined_terms, facts:
    新质生产力, 科创板): no text uses a word before it exists."""
    terms = grammar().words["inference"]["coined_terms"]
    days = [dt.date.fromisoformat(day) for term, day in terms.items() if term in folded]
    return max(days) if days else None


def looked_forward_to(folded: str, start: int, rules: dict) -> bool:
    """An event named at ``start`` that the text looks forward to (喜迎二十大, 迎接党的…周年): it
    names no time the text is in. (rstrip drops the 党的 that may stand between verb and name.)"""
    before = folded[max(0, start - 6) : start].rstrip(rules["party_meeting_fillers"])
    return before.endswith(tuple(rules["ahead_of"]))


@functools.cache
def _party_meeting() -> re.Pattern:
    names = alternation(grammar().words["inference"]["party_meetings"])
    return re.compile(rf"(?<![一二三四五六七八九十])(?P<name>{names})")

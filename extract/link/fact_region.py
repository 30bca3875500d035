"""The region of one fact (SPEC section 4, records: region).

Decides, for a number, between a place named before it in its sentence, a level word (全市, 全省),
a zone heading its item, a wider scope (全国) and the region of its section (``region.py``).
Fed by ``rules/link_cues.toml`` [region].
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from extract.lexicon import LEVEL_RANK
from extract.link.clauses import (
    CLAUSE_END_CHAR,
    HAN_CHAR,
    LEAD_TIME,
    LIST_SEP,
    clause_end,
    clause_start,
    holds_any,
    start_of_chain,
)
from extract.link.cues import Cues
from extract.link.divisions import ancestor_at, level_rank, lies_within, region_level
from extract.link.level_words import level_words_in, places_of_any
from extract.link.phrases import LINKED_AFTER
from extract.link.region import RegionTracker, after_site_verb, gloss_of, holds_a_verb, is_partner
from extract.link.view import ClauseView, SentenceView
from extract.mentions import Mention


def region_of(q: Mention, clause: ClauseView, regions: RegionTracker, cues: Cues) -> str | None:
    """The region a fact is about: the nearest before it, in its sentence, of a named local region
    and a level word (全市, 全省, 全区: 我省…完成产值955亿元,同比增长17% keeps 我省 for both), else
    the section's region.

    In order: a scope wider than the sentence's places (``_scope_over_the_sentence``); a grouping
    of divisions as the subject (no division); the last level word, or a zone heading the item
    (``_zone_heading``); then a borrower's, a named place's or a site's region, else the section's
    (``_named_or_section``)."""
    section = regions.section_region(q["start"])
    decided, scope_region = _scope_over_the_sentence(q, clause, section, regions, cues)
    if decided:
        return scope_region
    text, sentence, cstart = clause.text, clause.sentence, clause.start
    sent_start = sentence.start
    named = [m for m in _local_places(sentence, regions, cues) if m["end"] <= q["start"]
             and (m["start"] >= cstart or _scopes_later_clauses(m, sentence, section, cues))]
    lo = max(named[-1]["end"] if named else 0, sent_start)
    # (where the level words stand is all that is read of them: one look-up for the three kinds)
    words = [at for at in level_words_in(text, lo, q["start"], cues.level_words, cues)
             if at >= cstart or _heads_its_clause(text, at, sent_start, cues)]
    item_head = _zone_heading(q, clause, lo, section, regions, cues)
    grouping = _grouping_as_subject(text, lo, q["start"], sentence, sent_start, cstart, cues)
    if grouping is not None and item_head is None and all(at < grouping for at in words):
        return None  # (长三角地区已集聚…3万家: the grouping's figure, no division's)
    if not named and not words and item_head is None and _a_grouping_heads_the_chain(sentence, cues):
        return None  # (青北两区…增长6.8%;研发投入占比达2.9%: the grouping is the later parts' subject too)
    if words:
        return _level_word_region(text[max(words):], section, item_head or section, regions, cues)
    if item_head is not None:
        return item_head
    return _named_or_section(q, clause, named, lo, section, regions, cues)


def _scope_over_the_sentence(q: Mention, clause: ClauseView, section: str | None, regions: RegionTracker,
                             cues: Cues) -> tuple[bool, str | None]:
    """(True, region) when a scope above the places of the sentence decides: the whole country
    (None), a higher division heading the clause or the sentence, or a set ranked in that a
    place right before the number owns; (False, None) to read the sentence's places."""
    text, sentence, cstart = clause.text, clause.sentence, clause.start
    sent_start = sentence.start
    scope = _wider_scope(text, q, sent_start, cues)
    if scope is not None:  # (在全国204家同类园区中, 全国平均为8.7%: the whole country's figure, no division's)
        return True, None if scope in cues.national_words else _level_word_region(scope, section, section,
                                                                                 regions, cues)
    if _national_body_heads(text, q, sentence, sent_start, cues):
        return True, None  # (国务院办公厅印发通知,对…覆盖的9个省份…: the country's figures, no division's)
    higher = _higher_scope_heading(text, q, sentence, cstart, regions, cues) \
        or _higher_scope_heading_the_sentence(text, q, sentence, sent_start, cstart, regions, cues)
    if higher is not None:
        return True, higher
    owner = next((m for m in sentence.ending_at(q["start"]) if m["type"] == "REGION"), None)
    if owner is not None and cues.set_after.match(text[q["end"] : q["end"] + _SCOPE_REACH]):
        return True, owner["norm"]["name"]  # (是北湖市12个参评园区中仅有的…: the set is the city's)
    return False, None


def _zone_heading(q: Mention, clause: ClauseView, lo: int, section: str | None, regions: RegionTracker,
                  cues: Cues) -> str | None:
    """The zone heading the number's list item or an earlier clause, unless it lies inside the
    section's region (the district is the finer place) or the number counts a list (…等4户)."""
    text, sentence, cstart = clause.text, clause.sentence, clause.start
    item_head = _zone_heading_the_item(text, q, sentence, max(lo, cstart), regions, cues) \
        or _zone_heading_an_earlier_clause(text, q, sentence, lo, cstart, regions, cues)
    if lies_within(section, item_head) or text[q["start"] - 1 : q["start"]] == "等":
        # (太原重工、某某集团等4户: the count of a list of companies is not its first one's)
        return None  # 杭州未来科技城 in a report on its district: the district is the finer place
    return item_head


def _named_or_section(q: Mention, clause: ClauseView, named: list[Mention], lo: int, section: str | None,
                      regions: RegionTracker, cues: Cues) -> str | None:
    """No level word or zone decided: a borrower's place, the last place named before the number
    (not between two places, not closing a list of places), a site after it, a city in view; else
    the section's region."""
    text, sentence, cstart = clause.text, clause.sentence, clause.start
    borrower = _borrower_place(text, q, sentence, max(lo, cstart), regions, cues)
    if borrower is not None:
        return borrower
    if named and _joins_two_places(text, named):
        return section  # (合肥至芜湖段扩容工程…79公里: a stretch between two places is in neither)
    if named and not _closes_a_list_of_places(text, named, q, sentence, cues):
        return named[-1]["norm"]["name"]
    site = _site_after(text, q, sentence, regions, cues) if not named else None  # (no level word here)
    if site is not None:
        return site
    if region_level(section or "") == "province" and holds_any(text, cstart, q["start"], cues.city_words):
        return _city_of(section, regions)  # 占全市的41%: a part of a city, in a text that names no higher
    return section


def _local_places(sentence: SentenceView, regions: RegionTracker, cues: Cues) -> list[Mention]:
    """The sentence's local places that are no partner (与北湖区): read once per sentence, for all its
    numbers (each number before tested every place before it again)."""
    places = sentence.readings.get("local places")
    if places is None:
        places = sentence.readings["local places"] = [
            m for m in sentence.regions if regions.is_local(m) and not is_partner(sentence.text, m, cues)]
    return places


def _scopes_later_clauses(m: Mention, sentence: SentenceView, section: str | None, cues: Cues) -> bool:
    """A place in an earlier clause scopes the later ones as their subject or their location (tested once
    per place and section, for all the later numbers of the sentence)."""
    key = ("scopes later", m["start"], section)
    found = sentence.readings.get(key)
    if found is None:
        text, sent_start = sentence.text, sentence.start
        found = sentence.readings[key] = (
            (_heads_earlier_clause(text, m, sent_start, cues)
             and not _joined_to_a_noun(text, m, sentence, sent_start, cues)
             and not _a_venue_elsewhere(text, m, sentence, sent_start, section, cues))
            or _locates_earlier_clause(text, m, sentence, sent_start, cues))
    return found


def _national_body_heads(text: str, q: Mention, sentence: SentenceView, sent_start: int, cues: Cues) -> bool:
    """A national body heads the number's sentence and no division, level word or named thing stands between them
    (round 12: a national notice's counts are the country's; recleft26). A firm, zone or body named there is what
    the notice selected (…名单,澄光新材等12家企业上榜): the count is of the report's own things (rv26)."""
    lead = cues.national_body_lead.match(text, sent_start)
    if lead is None or any(m["start"] < q["start"] for m in sentence.regions):
        return False
    if any(lead.end() <= m["start"] < q["start"] and not cues.national_body_lead.match(m["text"])
           for m in sentence.names if m["type"] != "LOAN"):
        return False  # (…,对国务院督查涉及的…: a national body named again is no local thing)
    return not level_words_in(text, lead.end(), q["start"], cues.level_words, cues)


def _level_word_region(word: str, section: str | None, place: str | None, regions: RegionTracker,
                       cues: Cues) -> str | None:
    """The region a level word standing at the start of ``word`` points at: 全省 the section's province,
    全市 the city of ``place`` (the zone heading the item, else the section), 全区 the section."""
    if word.startswith(cues.city_words):  # (北湖高新区…,带动全市工业增长0.9个百分点: the zone's city)
        return _city_of(place, regions)
    if word.startswith(cues.province_words):
        return ancestor_at(section, LEVEL_RANK["province"])
    return section


def _higher_scope_heading(text: str, q: Mention, sentence: SentenceView, cstart: int, regions: RegionTracker,
                          cues: Cues) -> str | None:
    """青禾省国家级孵化器共有31家获评优秀 in a city's report: a division above the report's level heading the
    number's clause, right before a level or a holding word, is the scope of the fact (the province's own
    figure quoted), else None."""
    for m in sentence.regions:
        if cstart <= m["start"] < q["start"] and _heads_as_scope(text, m, cstart,
                                                                                            regions, cues):
            return m["norm"]["name"]
    return None


def _heads_as_scope(text: str, m: Mention, cstart: int, regions: RegionTracker, cues: Cues) -> bool:
    """``m`` is a division above the report's level opening the clause at ``cstart`` (past a date or a
    scope word) right before a level, holding or fact's verb (青禾省共有…, 青禾市新增…)."""
    if regions.is_local(m):
        return False
    lead = text[cstart : m["start"]].strip(" \t“”\"")
    return (not lead or cues.trim_prefix.fullmatch(lead) is not None) \
        and text.startswith(cues.higher_scope_after, m["end"])


def _higher_scope_heading_the_sentence(text: str, q: Mention, sentence: SentenceView, sent_start: int,
                                       cstart: int, regions: RegionTracker, cues: Cues) -> str | None:
    """2031年,青禾市新增高新技术企业120家,研发投入增长10%: the higher division heading an earlier clause
    of the sentence as the scope of its own figure (``_higher_scope_heading``) is the subject of the later
    clauses too, until a place or a level word is named (…,其中北湖区45家; …,其中我区5家)."""
    heads = [m for m in sentence.regions if sent_start <= m["start"] < cstart
             and _heads_as_scope(text, m, clause_start(text, m["start"], sent_start), regions, cues)]
    if not heads:
        return None
    head = heads[-1]
    if any(head["end"] <= m["start"] < q["start"] for m in sentence.regions):
        return None
    levels = cues.level_words
    return None if level_words_in(text, head["end"], q["start"], levels, cues) else head["norm"]["name"]


def _site_after(text: str, q: Mention, sentence: SentenceView, regions: RegionTracker, cues: Cues) -> str | None:
    """Where the project or body a figure is about sits, named after the figure: right after its 的
    (总投资12亿元的北湖航空部件项目: a place, or a zone or company whose name places it) or after a site
    verb later in the sentence (…,占地850亩,选址北湖化工园); else None."""
    after = LINKED_AFTER.match(text, q["end"])
    if after is not None:
        head = next((m for m in sentence.starting_at(after.end()) if m["type"] in ("REGION", "PLATFORM", "COMPANY")),
                    None)
        if head is not None and head["type"] == "REGION" and regions.is_local(head):
            return head["norm"]["name"]
        if head is not None and head["type"] != "REGION" and not head["norm"]["name"].endswith(cues.lender_heads):
            return regions.place_in_name(head)
        return _one_place_in_project_name(text, after.end(), sentence, regions, cues) if head is None else None
    end = sentence.end
    for m in sentence.mentions:
        if q["end"] <= m["start"] < end and after_site_verb(text, m, q["end"], cues):
            place = _place_of_site(m, regions)
            if place is not None:
                return place
    return _beneficiary_after(text, q, sentence, regions, cues)


def _place_of_site(m: Mention, regions: RegionTracker) -> str | None:
    """The place a site verb's object gives: a local division, or a zone whose name places it (…,选址青禾
    化工园: the zone is one PLATFORM, so the place is read inside its name; recleft26)."""
    if m["type"] == "REGION":
        return m["norm"]["name"] if regions.is_local(m) else None
    return regions.place_in_name(m) if m["type"] == "PLATFORM" else None


def _beneficiary_after(text: str, q: Mention, sentence: SentenceView, regions: RegionTracker,
                       cues: Cues) -> str | None:
    """某协作办50万元科技资金支持北湖区建设…: money given to one place, named right after a verb of giving later
    in the figure's clause, is that place's (not where a list of places follows: 支持北湖区、南湖区…)."""
    end = clause_end(text, q["end"], sentence.end)
    for m in sentence.regions:
        if q["end"] <= m["start"] < end and regions.is_local(m) \
                and text.endswith(cues.beneficiary_verbs, 0, m["start"]) \
                and not text.startswith(("、", "等") + cues.list_joins, m["end"]):
            return m["norm"]["name"]
    return None


_FROM_TO = regex.compile(r"[^\s，,。；;、：:]{0,6}[至到]")


def _borrower_place(text: str, q: Mention, sentence: SentenceView, lo: int, regions: RegionTracker,
                    cues: Cues) -> str | None:
    """某银行为北湖某公司放贷300万元, 向青禾某公司发放贷款: the place the borrower's name gives (a fact about
    one company takes the region it sits in; the lender's place is not the borrower's), else None."""
    for m in reversed(sentence.names):
        if m["type"] == "COMPANY" and lo <= m["start"] < q["start"] \
                and text.endswith(cues.loan_recipient, lo, m["start"]) \
                and holds_any(text, m["end"], q["start"], cues.loan_verbs):
            return regions.place_in_name(m)
    return None


def _joins_two_places(text: str, named: list[Mention]) -> bool:
    """The last place named is the far end of a stretch from the place before it (甲龙湾至乙段)."""
    if len(named) < 2:
        return False
    first, last = named[-2], named[-1]
    return _FROM_TO.fullmatch(text, first["end"], last["start"]) is not None


def _one_place_in_project_name(text: str, start: int, sentence: SentenceView, regions: RegionTracker,
                               cues: Cues) -> str | None:
    """总投资30亿元的青禾城际铁路北湖段项目: the one local place named inside the project's name, before its
    head (项目, 工程) and with no break, is where it sits; a name joining two places (甲至乙段) sits in neither.
    A name with no place whose head a dash follows is named after the dash (…首开项目——北湖体育中心项目)."""
    end = cues.project_heads.search(text, start, start + _PROJECT_NAME_CHARS)
    if end is None or len(end.group()) == 1:
        return None  # (no head, or a break before it)
    places = {m["norm"]["name"] for m in sentence.regions
              if start <= m["start"] and m["end"] <= end.start() and regions.is_local(m)}
    dash = next((d for d in cues.naming_dash if text.startswith(d, end.end())), None)
    if not places and dash is not None:  # (…首开项目——北湖体育中心项目: the dash names the project)
        return _one_place_in_project_name(text, end.end() + len(dash), sentence, regions, cues)
    return places.pop() if len(places) == 1 else None


_PROJECT_NAME_CHARS = 30  # characters a project's name is read in after the figure's 的

_SCOPE_REACH = 30  # characters before and after a number a wider scope's pattern may read


def _wider_scope(text: str, q: Mention, sent_start: int, cues: Cues) -> str | None:
    """The scope word (全国, 国家, 全省, 全市) when the number is a figure of a wider scope than the fact's
    subject: the set the subject is ranked in (在全国204家同类园区中, 在88个国家级园区中), the scope's own
    figure (全国平均为8.7%) or the base inside a comparison (比全国同期平均增速9.1%快); else None."""
    before = text[max(sent_start, q["start"] - _SCOPE_REACH) : q["start"]]
    if "全" not in before and "我国" not in before and not before.endswith("在"):
        return None  # (every pattern reads a scope word before the number or a 在 right before it)
    after = text[q["end"] : q["end"] + _SCOPE_REACH]
    for lead, tail in cues.scope_figures:
        m_after = tail.match(after)  # (first: anchored, it is the cheaper, and most numbers fail it)
        m_before = lead.search(before) if m_after else None
        if m_before and m_after:
            if m_before.groupdict().get("nation") or m_after.groupdict().get("nation"):
                return cues.national_words[0]
            scope = m_before.groupdict().get("scope") or m_after.groupdict().get("scope")
            if scope:
                return scope
    return None


def _grouping_as_subject(text: str, lo: int, hi: int, sentence: SentenceView, sent_start: int, cstart: int,
                         cues: Cues) -> int | None:
    """Where the last informal grouping (长三角, 京津冀) in ``text[lo:hi]`` stands as the subject of the
    fact: in its clause or heading an earlier clause, not inside a name, not after a base or partner
    word (居中部地区第1位, 与京津冀合作). None when there is none."""
    places = _grouping_places(text, lo, hi, cues)
    if not places:
        return None  # (most stretches name no grouping: no list of names made for them)
    names = [(m["start"], m["end"]) for m in sentence.names]
    found = [at for at in places
             if not any(s <= at < e for s, e in names)
             and not _after_a_base_or_partner_word(text, at, cues)
             and (at >= cstart or _heads_its_clause(text, at, sent_start, cues))]
    return max(found, default=None)


def _a_grouping_heads_the_chain(sentence: SentenceView, cues: Cues) -> bool:
    """``_grouping_heads_the_chain`` for the sentence, tested once for all its numbers."""
    found = sentence.readings.get("grouping heads the chain")
    if found is None:
        found = sentence.readings["grouping heads the chain"] = _grouping_heads_the_chain(sentence.text,
                                                                                          sentence.start, cues)
    return found


def _grouping_heads_the_chain(text: str, part_start: int, cues: Cues) -> bool:
    """A grouping heads a clause of the first part of the ；-chain this part ends (青北两区协同成效显著,…;
    R&D经费支出占比达2.9%): the later parts that name no place of their own go on about it."""
    chain = start_of_chain(text, part_start)
    if chain == part_start:
        return False
    first_end = LIST_SEP.search(text, chain, part_start)
    hi = first_end.start() if first_end else part_start
    places = _grouping_places(text, chain, hi, cues)
    return any(_opens_the_chain(text, chain, at) and _heads_its_clause(text, at, chain, cues)
               and not _after_a_base_or_partner_word(text, at, cues) for at in places)


def _grouping_places(text: str, lo: int, hi: int, cues: Cues) -> list[int]:
    """Where each informal grouping stands in ``text[lo:hi]``: the listed ones (长三角), then those
    known by their form (青北两区)."""
    places = places_of_any(text, lo, hi, cues.groupings)
    places += [m.start() for m in cues.grouping_forms.finditer(text, lo, hi)]
    return places


def _after_a_base_or_partner_word(text: str, at: int, cues: Cues) -> bool:
    """A base word (居, 占) or a partner word (与, 对) stands right before ``at``."""
    return text[max(0, at - 2) : at].endswith(cues.base_before) or text[max(0, at - 1) : at] in cues.partner_before


def _opens_the_chain(text: str, chain: int, at: int) -> bool:
    """Only a date or time word stands before ``at`` in the chain (2031年,青北两区…): a grouping heading a
    later clause of the first part (…,外资研发中心561家,青禾科创平台集聚…) is that clause's subject only."""
    return not HAN_CHAR.search(LEAD_TIME.sub("", text[chain:at]))


_ITEM_OPENER = regex.compile(r"\s*(?:其中[，,]?)?\s*")


def _zone_heading_the_item(text: str, q: Mention, sentence: SentenceView, lo: int, regions: RegionTracker,
                           cues: Cues) -> str | None:
    """其中,北湖高新区310亿元、青禾高新区245亿元: a figure in a list item or clause that opens on a zone or
    company whose name places it is that division's (not a lender's: 青禾银行发放贷款2亿元)."""
    start = _last_item_mark(text, lo, q["start"], sentence)
    start = _ITEM_OPENER.match(text, start, q["start"]).end()  # (其中,)
    head = next((m for m in sentence.starting_at(start)
                 if m["end"] <= q["start"] and m["type"] in ("PLATFORM", "COMPANY")), None)
    if head is None or head["norm"]["name"].endswith(cues.lender_heads) \
            or _names_listed_before_count(text, head, q, sentence, cues):
        return None
    return regions.place_in_name(head)


_NAMED = ("PLATFORM", "COMPANY", "INSTITUTION")


def _names_listed_before_count(text: str, head: Mention, q: Mention, sentence: SentenceView, cues: Cues) -> bool:
    """北湖光伏产业园、南湖航空产业园与西湖石化产业园3个: a count right after a list of names joined by list words
    counts the list's items, not the place in one item's name (ANNOTATION round 7, for places; the same
    for named zones and firms)."""
    at, items = head["end"], 1
    while at < q["start"]:
        join = next((w for w in cues.list_joins if text.startswith(w, at)), None)
        following = join and next((m for m in sentence.starting_at(at + len(join)) if m["type"] in _NAMED), None)
        if not following:
            break
        at, items = following["end"], items + 1
    # (…与西湖石化产业园共3个: a total word before the count still counts the list)
    at += len(next((w for w in cues.list_totals if text.startswith(w, at, q["start"])), ""))
    if at != q["start"]:
        return False
    before = text[head["start"] - 1 : head["start"]]
    listed_before = before in cues.list_joins \
        and any(m["type"] in _NAMED for m in sentence.ending_at(head["start"] - 1))
    return items > 1 or listed_before


def _after_marks_backwards(text: str, lo: int, hi: int, marks: str) -> Iterator[int]:
    """Just after each of ``marks`` in ``text[lo:hi]``, last first (found by rfind, not by a scan of
    every character)."""
    # (hi > lo first: rfind would count a negative hi from the end)
    while hi > lo and (at := max(text.rfind(mark, lo, hi) for mark in marks)) != -1:
        yield at + 1
        hi = at


def _last_item_mark(text: str, lo: int, hi: int, sentence: SentenceView) -> int:
    """Just after the last 、 or opening bracket in ``text[lo:hi]`` outside a name (not the bracket of
    某某(青禾)有限公司), else ``lo`` (found from the end back, not by a scan of every character)."""
    inside_names = None
    for after in _after_marks_backwards(text, lo, hi, "、（("):
        if inside_names is None:
            inside_names = [(m["start"], m["end"]) for m in sentence.mentions if m["type"] != "QUANTITY"]
        if not any(s <= after - 1 < e for s, e in inside_names):
            return after
    return lo


def _zone_heading_an_earlier_clause(text: str, q: Mention, sentence: SentenceView, lo: int, cstart: int,
                                    regions: RegionTracker, cues: Cues) -> str | None:
    """北湖高新区累计营业总收入948亿元,工业总产值871亿元,实现税收65亿元: the zone opening an earlier
    clause of the sentence is the subject of the later ones, until a place is named (the nearest
    earlier clause opening on a name decides). Only a zone: its name is where it is, while a company's
    name need not say where the fact is (a plant elsewhere), beyond its own clause."""
    if any(lo <= m["start"] < q["start"] and gloss_of(text, m, sentence.mentions) is None for m in sentence.regions):
        return None
    for at in sentence.clause_starts_back(lo, cstart - 1):  # (its marks found once per sentence)
        start = _ITEM_OPENER.match(text, at, cstart).end()
        head = next((m for m in sentence.starting_at(start) if m["type"] != "QUANTITY"), None)
        if head is None or head["type"] == "DATE":
            continue
        if head["type"] != "PLATFORM":
            return None
        return _zone_place(text, head, sentence, regions)
    opening = _ITEM_OPENER.match(text, lo, cstart).end()  # (once, not once per mention)
    head = next((m for m in sentence.starting_at(opening) if m["type"] == "PLATFORM"), None)  # the sentence's subject
    if head is None or head["start"] >= cstart:
        return None
    return _zone_place(text, head, sentence, regions)


def _zone_place(text: str, zone: Mention, sentence: SentenceView, regions: RegionTracker) -> str | None:
    """Where a zone is: the division its name holds (北湖高新区), else the district glossing it in brackets
    (经开区(北湖区): the zone and the district are one)."""
    placed = regions.place_in_name(zone)
    if placed is not None:
        return placed
    gloss = next((m for m in sentence.regions if gloss_of(text, m, sentence.mentions) is zone), None)
    return gloss["norm"]["name"] if gloss is not None and regions.is_local(gloss) else None


def _heads_earlier_clause(text: str, m: Mention, sent_start: int, cues: Cues) -> bool:
    """A region in an earlier clause of the sentence scopes the later ones only as that clause's subject
    (2031年,北湖区新增…,增长9%); not as an object after a verb (推进北湖先进光源建设,…新增5家) nor as a
    bracketed gloss (青禾经开区(北湖区)、…,自治区级3个)."""
    if text[m["start"] - 1 : m["start"]] in cues.partner_before:
        return False  # (向武汉某企业发放贷款…,: a borrower's place, its own clause's only)
    if text[m["start"] - 1 : m["start"]] in ("(", "（"):
        return False
    return not holds_a_verb(text[clause_start(text, m["start"], sent_start) : m["start"]])


def _locates_earlier_clause(text: str, m: Mention, sentence: SentenceView, sent_start: int, cues: Cues) -> bool:
    """某局组织某研究院在北湖区实施…项目,争取资金350万元: a place after a location word (在) in an earlier clause
    is where that clause's work happens, also after a verb (组织) that would make a place an object: it scopes
    the later clauses where nothing before it in its clause names a division or a level word (我市在杭州举办
    推介会,签约12亿元: the city's; the place is the venue)."""
    return text.endswith(cues.location_before, 0, m["start"]) \
        and not _subject_before(text, m, sentence, sent_start, cues)


def _subject_before(text: str, m: Mention, sentence: SentenceView, sent_start: int, cues: Cues) -> bool:
    """A division or a level word stands before ``m`` in its clause (我市在杭州…, 北湖区在南湖区…)."""
    lo = clause_start(text, m["start"], sent_start)
    if any(word in text[lo : m["start"]] for word in cues.level_words):
        return True
    return any(lo <= o["start"] < m["start"] for o in sentence.regions)


def _a_venue_elsewhere(text: str, m: Mention, sentence: SentenceView, sent_start: int, section: str | None,
                       cues: Cues) -> bool:
    """我市在杭州举办推介会,签约总金额12亿元: a place after 在 in a clause whose subject is a division or a level
    word, lying outside the section's region, is the venue of that subject's event; it scopes no later clause."""
    place = m["norm"]["name"]
    return section is not None and place != section and not lies_within(place, section) \
        and text.endswith(cues.location_before, 0, m["start"]) \
        and _subject_before(text, m, sentence, sent_start, cues)


def _joined_to_a_noun(text: str, m: Mention, sentence: SentenceView, sent_start: int, cues: Cues) -> bool:
    """青禾文具产业和北湖时尚服装产业获批试点,…合格率达96%: a place inside the second of two joined nouns
    qualifies that noun only; the earlier clause's subject is the pair, so the place scopes no later clause.
    A list of places or named bodies (北湖区和南山区, 北湖高新区和南山区) is left to the list rules."""
    lead = text[clause_start(text, m["start"], sent_start) : m["start"]]
    join = next((w for w in cues.list_joins if lead.endswith(w)), None)
    if join is None or len(lead) == len(join):
        return False
    before = m["start"] - len(join)
    return not any(e["type"] != "QUANTITY" for e in sentence.ending_at(before))


def _closes_a_list_of_places(text: str, named: list[Mention], q: Mention, sentence: SentenceView,
                             cues: Cues) -> bool:
    """重点布局北湖区、南山区,…营业收入达2万亿元; 东湖市和西湖市共有…: a fact after a list of places is
    about them together, not about the last one named: the section's region holds."""
    last = named[-1]
    if text[last["end"] : last["end"] + 1] in ("、", "等"):  # 布局北湖区、青禾经济技术开发区: a zone is listed after it
        return True
    if text[q["start"] - 1 : q["start"]] == "等" and not CLAUSE_END_CHAR.search(text, last["end"], q["start"]):
        return True  # 北湖、南山、青禾东片区等5个园区: the count is of the list, not of its last place
    if any(last["end"] <= n["start"] < q["start"] and text[n["start"] - 1] == "等" for n in sentence.quantities) \
            and not CLAUSE_END_CHAR.search(text, last["end"], q["start"]):
        return True  # 北湖茶叶园等4个省级园区、3个星创天地获…: the list's count closed the place's item
    first = last  # 青禾市北湖区: the item is the run of places ending on the last one
    while (before := next((m for m in sentence.ending_at(first["start"]) if m["type"] == "REGION"),
                          None)) is not None:
        first = before
    if text[first["start"] - 1 : first["start"]] == "、" and any(
            m["type"] in ("REGION", "PLATFORM") for m in sentence.ending_at(first["start"] - 1)):
        return True  # 北湖、青禾高新区、南山共有: a list of places and zones ends on it (not 高新区12家、南山8家)
    if len(named) < 2:
        return False
    before = named[-2]
    if text[before["end"] : last["start"]].strip() in cues.list_joins and level_rank(before) == level_rank(last):
        return True
    return _ends_a_list_of_named_items(text, named, q, sentence, cues)


def _ends_a_list_of_named_items(text: str, named: list[Mention], q: Mention, sentence: SentenceView,
                                cues: Cues) -> bool:
    """北湖医药园、南山材料园和北湖食品园三个: a count right after a list whose items open on
    places (two or more, of one level, joined by list words, in one clause) counts the list's items, not
    the last place's; a verb before the count (北湖区新增8家) makes it that place's own."""
    last = named[-1]
    if CLAUSE_END_CHAR.search(text, last["end"], q["start"]) or holds_a_verb(text[last["end"] : q["start"]]):
        return False
    items = [m for m in named if not CLAUSE_END_CHAR.search(text, m["end"], q["start"])
             and level_rank(m) == level_rank(last)]
    if len({m["norm"]["name"] for m in items}) < 2 or any(
            items[0]["start"] < m["start"] < q["start"] for m in sentence.quantities):
        return False  # (北湖区(120家)、南山区(95家): a breakdown, each place with its own number)
    gaps = [text[a["end"] : b["start"]] for a, b in itertools.pairwise(items)]
    return any(word in gap for gap in gaps for word in cues.list_joins)


def _heads_its_clause(text: str, at: int, sent_start: int, cues: Cues) -> bool:
    """A level word opening an earlier clause (2031年,我省…) scopes the sentence; one inside it (贯彻全市…
    计划, 带动全市形成…) is an object and scopes nothing after it."""
    lead = text[clause_start(text, at, sent_start) : at].strip(" \t“”\"")
    return not HAN_CHAR.search(lead) or cues.trim_prefix.fullmatch(lead) is not None


def _city_of(section: str | None, regions: RegionTracker) -> str | None:
    """全市: the district's city; a county-level city (兰溪市) itself; in a province's text the one
    city in view (a province named only inside a body's name makes no city report provincial),
    else none; a municipality (重庆市) itself."""
    if (section or "").endswith("市") or section is None:
        return section
    if region_level(section) == "province":
        return regions.only_city
    return ancestor_at(section, LEVEL_RANK["prefecture"])

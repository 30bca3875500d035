"""Lists and 分别: numbers paired with the items of a list (A和B分别增长12%和15%).

Decides which measure and region the i-th number of a list or a 分别 clause takes, within one
record and across the records of a sentence. Fed by ``rules/link_cues.toml`` [measure]
(respectively, list_joins, list_heads, qualifier_chars).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from extract.link.clauses import ENUM_SEP, HAN_CHAR, NOT_HAN, clause_start, sentence_start
from extract.link.cues import Cues, canonical_indicator
from extract.link.phrases import LINKED_AFTER, measure_before, span_dict, trim_measure
from extract.link.view import ClauseView, within
from extract.mentions import Mention
from extract.segment import compiled_jieba


def respectively_across(text: str, records: list[dict[str, Any]], by_id: dict[str, Mention], cues: Cues) -> None:
    """高新技术企业586家、科技型中小企业2310家，分别增长89%和1.6倍: a clause that opens with 分别 pairs
    its numbers with the last as many facts of the clauses before it in the sentence."""
    # the records of each clause, in record order, its start found once per record (a scan of the
    # sentence's records per record read every clause start again)
    starts = [clause_start(text, by_id[r["quantity"]]["start"], r["sentence"]["start"]) for r in records]
    by_clause: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for record, cstart in zip(records, starts, strict=True):
        by_clause.setdefault((record["sentence"]["start"], cstart), []).append(record)
    for i, (record, cstart) in enumerate(zip(records, starts, strict=True)):
        sent_start = record["sentence"]["start"]
        clause = by_clause[sent_start, cstart]
        lead = text[cstart : by_id[clause[0]["quantity"]]["start"]]
        # 分别 opens the clause, or follows only a comparison (较2026年分别增长…): no list of its own
        named = lead[: lead.find(cues.respectively)] if cues.respectively in lead else None
        if named is None or any(w in named for w in cues.list_joins) or cues.share_word in named:
            continue  # a list of its own, or a share naming what the numbers are (占全县营收的比重分别为)
        earlier = [r for r in records[:i] if r["sentence"]["start"] == sent_start
                   and by_id[r["quantity"]]["end"] <= cstart]
        if len(earlier) < len(clause) and NOT_HAN.sub("", named) in ("", *cues.rate_words) \
                and not _names_places_before(by_id.values(), sent_start, cstart) \
                and not any(w in text[sent_start:cstart] for w in cues.list_joins):  # (保持A和B增长,分别…)
            # 销售额分别为3.6亿元、17.2亿元。增幅分别为85%、61.4%: the sentence before, same paragraph
            earlier = [r for r in records[:i] if r["sentence"]["end"] <= sent_start
                       and "\n" not in text[r["sentence"]["end"] : sent_start]]
        if len(earlier) < len(clause) or len(clause) < 2:
            continue
        source = earlier[-len(clause):][clause.index(record)]
        # (…分别为12亿元、9亿元,分别占全县的31.5%、23.6%: the share names its own measure; the place pairs)
        own_share = lead.startswith(cues.share_word, lead.find(cues.respectively) + len(cues.respectively))
        if not own_share or record["measure"] is None:
            record["measure"] = dict(source["measure"]) if source["measure"] else record["measure"]
        record["indicator"] = canonical_indicator(record["measure"]["text"] if record["measure"] else None)
        record["region"] = source["region"]


def _names_places_before(mentions: Iterable[Mention], lo: int, hi: int) -> bool:
    """The sentence names places before the 分别 clause (北湖市和南山市…,分别为…): its items are there,
    not in the sentence before."""
    return any(m["type"] == "REGION" and lo <= m["start"] and m["end"] <= hi for m in mentions)


def respectively(q: Mention, clause: ClauseView, cues: Cues, zone_place: Callable[[Mention], str | None] | None = None
                 ) -> tuple[dict[str, Any] | None, str | None] | None:
    """A和B分别增长12%和15%, 襄阳市、宜昌市分别新增420家和380家: the i-th number after 分别 takes the
    i-th measure and the i-th region before it, where the counts agree; zones listed so (青禾高新区、北湖高新区
    分别新增…) are places like districts: the i-th takes the place ``zone_place`` reads in its name, and no
    zone's name is a measure."""
    text, cstart, in_sentence = clause.text, clause.start, clause.sentence.mentions
    at = text.rfind(cues.respectively, cstart, q["start"])
    if at != -1:
        numbers = [m for m in clause.numbers if at < m["start"]]  # (at >= the clause's start)
    else:  # A、B规模年均增长率38%和21%: numbers joined as the list is pair without 分别
        numbers = clause.run_of(q)
        if not numbers or NOT_HAN.sub("", text[cstart : numbers[0]["start"]]) in ("", *cues.rate_words) \
                or LINKED_AFTER.match(text, numbers[-1]["end"]):
            return None  # (A、B按照40%、25%的比例: the numbers share the noun after them)
        named = measure_before(text, cstart, numbers[0]["start"], [], cues)
        at = named[1] if named else numbers[0]["start"]  # (…增长率达45%和26%: past the verb)
    if len(numbers) < 2 or q not in numbers:
        return None
    i = numbers.index(q)
    places = within(clause.sentence.regions, cstart, at)
    if len(places) != len(numbers):
        places = _places_listed_before(in_sentence, at)
    zones = _zones_listed(text, cstart, at, in_sentence, cues)
    if zone_place is not None and len(zones) == len(numbers) and len(places) != len(numbers):
        return None, zone_place(zones[i])
    lo, at = _where_the_list_stands(text, cstart, at, in_sentence)
    end = _list_end(text, lo, at, cues)
    items = _listed_measures(text, lo, end, in_sentence, cues)
    if len(items) != len(numbers):  # 航空航天、机械及汽车零部件业: 及 inside an item, 、 between items
        items = _enumerated_measures(text, lo, end, in_sentence, cues)
    if len(items) == len(numbers):
        items = _shared_head(text, items, cues)
    measure = span_dict(text, items[i]) if len(items) == len(numbers) else None
    region = places[i]["norm"]["name"] if len(places) == len(numbers) else None
    return measure, region


def _zones_listed(text: str, cstart: int, at: int, in_sentence: list[Mention], cues: Cues) -> list[Mention]:
    """The zones (PLATFORM park) listed alone before ``at`` in the clause: joined only by list marks, the
    last right before ``at`` (its 分别 or the numbers), else []."""
    zones = [m for m in in_sentence if m["type"] == "PLATFORM" and m["norm"].get("subtype") == "park"
             and cstart <= m["start"] and m["end"] <= at]
    if len(zones) < 2 or NOT_HAN.sub("", text[zones[-1]["end"] : at]) not in ("", "均"):
        return []
    joins = [text[a["end"] : b["start"]] for a, b in zip(zones, zones[1:], strict=False)]
    return zones if all(j in cues.list_joins for j in joins) else []


def _where_the_list_stands(text: str, cstart: int, at: int, in_sentence: list[Mention]) -> tuple[int, int]:
    """The span holding the list a 分别 pairs with: its own clause before it, or, where nothing stands
    there, the clause before (保持A和B较快增长,分别新增600家、2400家) when that has no number and lists
    no places (those pair by place, not by measure)."""
    before = clause_start(text, cstart - 1, sentence_start(text, cstart)) if cstart > 0 else cstart
    if HAN_CHAR.search(text, cstart, at) or before == cstart or _numbers_between(in_sentence, before, cstart):
        return cstart, at
    if sum(m["type"] == "REGION" and before <= m["start"] < cstart for m in in_sentence) >= 2:
        return cstart, at
    return before, cstart - 1


def _numbers_between(in_sentence: list[Mention], lo: int, hi: int) -> bool:
    return any(m["type"] == "QUANTITY" and lo <= m["start"] and m["end"] <= hi for m in in_sentence)


def _shared_head(text: str, items: list[tuple[int, int]], cues: Cues) -> list[tuple[int, int]]:
    """澄东、澄中、澄西高新技术产业产值分别…: short qualifiers listed before one long item share its head,
    the long item without its first word (药品和水产品抽检合格率 → 抽检合格率)."""
    *short, last = items
    first_word = len(compiled_jieba().cut(text[last[0] : last[1]])[0])
    if max(b - a for a, b in short) > cues.qualifier_chars or first_word > cues.qualifier_chars \
            or last[1] - last[0] - first_word < cues.shared_head_chars:
        return items
    return [(last[0] + first_word, last[1])] * len(short) + [last]


def _places_listed_before(in_sentence: list[Mention], at: int) -> list[Mention]:
    """北湖市和南山市的研发强度排名前两名,分别为4.6%和3.7%: the places named in an earlier clause of the
    sentence, after its last number before 分别 (a number between them has its own place)."""
    before = [m for m in in_sentence if m["end"] <= at]
    last_number = max((m["end"] for m in before if m["type"] == "QUANTITY"), default=-1)
    return [m for m in before if m["type"] == "REGION" and m["start"] >= last_number]


def _list_end(text: str, lo: int, at: int, cues: Cues) -> int:
    """Where a list before 分别 ends: before a head the items share (种业研发、农机研发所占比重分别为,
    A和B的增幅分别为: each item is a measure of its own)."""
    lead = text[lo:at].rstrip()
    for head in cues.list_heads:
        if lead.endswith(head):
            end = lo + len(lead) - len(head)
            return end - 1 if text[end - 1] in "的所" else end
    return at


def _enumerated_measures(text: str, lo: int, end: int, in_sentence: list[Mention],
                         cues: Cues) -> list[tuple[int, int]]:
    """The items of a list ending at ``end`` split at 、 only, each whole (机械及汽车零部件业)."""
    first = text.find(ENUM_SEP, lo, end)
    if first == -1:
        return []
    blockers = [m for m in in_sentence if m["type"] in ("DATE", "REGION", "QUANTITY") and m["end"] <= first]
    head = measure_before(text, lo, first, blockers, cues)
    cuts = [i for i in range(first, end) if text[i] == ENUM_SEP] + [end]
    rest = [trim_measure(text, a + 1, b, cues) for a, b in zip(cuts, cuts[1:], strict=False)]
    items = [head, *rest]
    return [span for span in items if span] if all(items) else []


def _listed_measures(text: str, lo: int, end: int, in_sentence: list[Mention], cues: Cues) -> list[tuple[int, int]]:
    """The measures of a list ending at ``end`` (A和B, A、B及C), first to last."""
    blockers = [m for m in in_sentence if m["type"] in ("DATE", "REGION", "QUANTITY") and m["end"] <= end]
    items: list[tuple[int, int]] = []
    while True:
        item_lo = max(lo, text.rfind(ENUM_SEP, lo, end) + 1)  # an item starts after the 、 before it
        span = measure_before(text, item_lo, end, blockers, cues)
        if span is None and items:  # 产品设计、开发和运维合同金额: a list item may be a stop word itself
            span = _list_item(text, lo, end, cues)
        if span is None:
            return []
        items.insert(0, span)
        conjunction = next((w for w in cues.list_joins if text.endswith(w, lo, span[0])), None)
        if conjunction is None:
            return items
        end = span[0] - len(conjunction)


def _list_item(text: str, lo: int, end: int, cues: Cues) -> tuple[int, int] | None:
    """The text between the list join before ``end`` (or ``lo``) and ``end``."""
    joins = [text.rfind(w, lo, end) + len(w) for w in cues.list_joins if text.rfind(w, lo, end) != -1]
    start = max([lo, *joins])
    return trim_measure(text, start, end, cues)

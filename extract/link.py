"""Stage: link every QUANTITY mention into a record (SPEC section 4).

For each number the linker reads its sentence and clause and decides what it measures
(``measure``), where (``region``), when (``time``), how (``aspect``) and about whom
(``entities``). The cue words are data in ``rules/link_cues.toml``; the indicator table
is ``rules/indicators.toml``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass
from typing import Any

import regex

from extract.lexicon import LEVEL_RANK, Region, region_table
from extract.mentions import Mention
from extract.rules import load_rules
from extract.structure import Structure

SENTENCE_END = "。！？!?；;\n"
_COMPARISON_WORDS = ("较", "比", "相比", "相较", "对比", "与")
_RATIO_WORDS = ("是", "为", "相当于")
_RATIO_UNITS = ("倍", "%")
CLAUSE_END = SENTENCE_END + "，,：:"
ENUM_SEP = "、"
ENTITY_TYPES = ("COMPANY", "PLATFORM", "LOAN", "INSTITUTION")
_PHYSICAL = frozenset({"energy", "power", "mass", "area", "length", "volume"})
_LINKED_AFTER = regex.compile(r"(?:规模|左右)?的")  # 1000万元的专项资金, 5000万元规模的基金
_PUNCT = set("，,、：:；;“”\"'‘’《》()（）[]【】 \t·●—-")
# A heading: a markdown heading line, or a short line without sentence punctuation.
_TOP_HEADING = regex.compile(r"^# [^\n]*", regex.M)
_HEADING = regex.compile(r"^(?:#{1,6}[^\n]*|[^\n。！？!?；;，,]{1,30})$", regex.M)


@dataclass(frozen=True)
class Cues:
    aspect: dict[str, list[str]]
    target: regex.Pattern
    target_not_after: tuple[str, ...]
    target_not_before: tuple[str, ...]
    change_units: frozenset[str]
    other_reach: int
    neutral: tuple[str, ...]
    respectively: str
    list_joins: tuple[str, ...]
    before_stop: regex.Pattern
    before_stop_suffix: regex.Pattern
    after_stop: regex.Pattern
    trim_prefix: regex.Pattern
    min_chars: int
    count_units: frozenset[str]
    section_words: tuple[str, ...]
    city_words: tuple[str, ...]
    province_words: tuple[str, ...]


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def load_cues() -> Cues:
    rules = load_rules("link_cues")
    measure = rules["measure"]
    return Cues(
        aspect={k: rules["aspect"][k] for k in ("target", "new", "change", "level", "other")},
        target=regex.compile(f"(?:{_alternation(rules['aspect']['target'])})"),
        target_not_after=tuple(rules["aspect"]["target_not_after"]),
        target_not_before=tuple(rules["aspect"]["target_not_before"]),
        change_units=frozenset(rules["aspect"]["change_units"]),
        other_reach=rules["aspect"]["other_reach"],
        neutral=tuple(rules["aspect"]["neutral"]),
        respectively=measure["respectively"],
        list_joins=tuple(sorted(measure["list_joins"], key=len, reverse=True)),
        # words that hold a stop word (增加值 holds 增加) match first and are passed over
        before_stop=regex.compile(
            f"(?P<word>{_alternation(measure['holds_stop'])})|(?:{_alternation(measure['before_stop'])})"
        ),
        before_stop_suffix=regex.compile(f"(?:{_alternation(measure['before_stop'] + measure['peel_before'])})$"),
        after_stop=regex.compile(f"(?:{_alternation(measure['after_stop'])})"),
        # no ^: match() anchors at its pos already, and ^ would only ever match at 0
        trim_prefix=regex.compile(f"(?:{_alternation(measure['trim_prefix'])})+"),
        min_chars=measure["min_chars"],
        count_units=frozenset(measure["count_units"]),
        section_words=tuple(rules["region"]["section"]),
        city_words=tuple(rules["region"]["city"]),
        province_words=tuple(rules["region"]["province"]),
    )


@functools.cache
def load_indicators() -> list[tuple[str, str]]:
    """(synonym, canonical indicator) pairs, longest synonym first."""
    table = load_rules("indicators")["indicator"]
    pairs = [(_unquote(syn), item["name"]) for item in table for syn in [item["name"], *item.get("synonyms", [])]]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _unquote(text: str) -> str:
    return regex.sub(r"[“”\"‘’']", "", text)


def canonical_indicator(measure_text: str | None) -> str | None:
    """The canonical indicator whose name or synonym the measure text contains, else None."""
    if not measure_text:
        return None
    plain = _unquote(measure_text)
    for synonym, name in load_indicators():
        if synonym in plain:
            return name
    return None


# ---------------------------------------------------------------- text structure


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos``: after the previous terminator, through the next one."""
    # (looked up among the text's terminators: a find per terminator character scanned the
    # whole text for characters it does not hold, once per quantity: quadratic in length)
    ends = _terminators(text)
    i = bisect.bisect_left(ends, pos)
    start = ends[i - 1] + 1 if i > 0 else 0
    end = ends[i] + 1 if i < len(ends) else len(text)
    if end - start > MAX_SENTENCE_CHARS:
        start, end = _window(text, pos, start, end)
    if end > 0 and text[end - 1] == "\n":
        end -= 1
    return start, end


# A "sentence" longer than this is a run-on table or list without terminators (report sentences
# stay under 400 characters): it is cut to the clauses around the number, so linking each of its
# numbers does not look at all of them (quadratic: 20,000 characters of 1元， took 72 s).
MAX_SENTENCE_CHARS = 1000


def _window(text: str, pos: int, start: int, end: int) -> tuple[int, int]:
    """The clauses around ``pos`` within ``MAX_SENTENCE_CHARS / 2`` on either side."""
    half = MAX_SENTENCE_CHARS // 2
    lo, hi = max(start, pos - half), min(end, pos + half)
    lo = max([lo] + [text.rfind(ch, lo, pos) + 1 for ch in CLAUSE_END])
    cut = [i for i in (text.find(ch, pos, hi) for ch in CLAUSE_END) if i != -1]
    return lo, (min(cut) + 1 if cut else hi)


@functools.lru_cache(maxsize=4)
def _terminators(text: str) -> list[int]:
    """Offsets of every sentence terminator in ``text``, in order."""
    return [i for i, ch in enumerate(text) if ch in SENTENCE_END]


def clause_start(text: str, pos: int, floor: int) -> int:
    return max([floor] + [text.rfind(ch, floor, pos) + 1 for ch in CLAUSE_END])


def clause_end(text: str, pos: int, ceiling: int) -> int:
    ends = [i for i in (text.find(ch, pos, ceiling) for ch in CLAUSE_END) if i != -1]
    return min(ends) if ends else ceiling


# ---------------------------------------------------------------- region


def division(name: str | None) -> Region | None:
    """The division whose canonical name is ``name`` (None when unknown)."""
    return next((r for r in region_table().get(name or "", ()) if r.name == name), None)


def region_level(name: str) -> str | None:
    """province / prefecture / county for a canonical region name (None when unknown)."""
    region = division(name)
    return region.level if region else None


def ancestor_at(name: str | None, rank: int) -> str | None:
    """The division at level ``rank`` that contains ``name`` (itself when it is at or above it):
    a district's city at the prefecture rank (its municipality where it has no prefecture)."""
    region = division(name)
    if region is None or region.rank <= rank:
        return name
    return [region.province, region.prefecture][rank] or region.province or name


def _level_rank(m: Mention) -> int:
    return LEVEL_RANK.get(region_level(m["norm"]["name"]) or "", -1)


def home_rank(text: str, regions: list[Mention], cues: Cues) -> int:
    """The level a document reports on: the level with most votes. A level's votes are the
    mentions of its most named region plus its level words (全区 county, 全市 city, 全省
    province); on a tie, the lower level. A district report names its own district again and
    again and says 全区; a city or province report names itself and says 全市 or 全省, while each
    of its districts comes up once or twice. 全市 counts for the province level in a
    municipality (重庆市)."""
    named = Counter((_level_rank(m), m["norm"]["name"]) for m in regions)
    votes: Counter[int] = Counter()
    for (rank, _), n in named.items():
        votes[rank] = max(votes[rank], n)
    city_rank = LEVEL_RANK["prefecture"] if votes[LEVEL_RANK["prefecture"]] or not votes[0] else 0
    for words, rank in ((cues.section_words, LEVEL_RANK["county"]), (cues.city_words, city_rank),
                        (cues.province_words, LEVEL_RANK["province"])):
        votes[rank] += sum(text.count(w) for w in words)
    votes.pop(-1, None)
    if not +votes:
        return LEVEL_RANK["county"]
    return max(votes, key=lambda rank: (votes[rank], rank))


class RegionTracker:
    """Which region each part of the text is about.

    Local regions are those at the document's level or below it (``home_rank``): districts in a
    district report; the city and its districts in a city report. A top-level heading
    (``# ...``) opens a new piece: its region is the first local region named in the heading or,
    failing that, after it. Inside a piece, a sub-heading or a paragraph that opens by naming a
    local region switches to it. Regions of higher levels (重庆市 in 重庆市重点实验室) never switch
    the section.
    """

    def __init__(self, text: str, mentions: list[Mention], cues: Cues):
        regions = [m for m in mentions if m["type"] == "REGION"]
        self.home_rank = home_rank(text, regions, cues)
        local = [m for m in regions if self.is_local(m)]
        home = [m for m in local if _level_rank(m) == self.home_rank]
        # a city report that names its city only inside body names (佛山市工业和信息化局) is about
        # the city of the districts it names
        self.default = _dominant_region(home) or ancestor_at(_dominant_region(local), self.home_rank)
        points: list[tuple[int, str | None]] = []
        for heading in _TOP_HEADING.finditer(text):
            first = next((m for m in local if m["start"] >= heading.start()), None)
            points.append((heading.start(), first["norm"]["name"] if first else None))
        for m in local:
            if _is_heading_or_lead(text, m["start"]):
                points.append((m["start"], m["norm"]["name"]))
        points.sort(key=lambda p: p[0])
        self.switch_points = [p for p, _ in points]
        self.switch_regions = [r for _, r in points]

    def is_local(self, m: Mention) -> bool:
        return _level_rank(m) >= self.home_rank

    def section_region(self, pos: int) -> str | None:
        i = bisect.bisect_right(self.switch_points, pos) - 1
        while i >= 0 and self.switch_regions[i] is None:
            i -= 1
        return self.switch_regions[i] if i >= 0 else self.default


def _dominant_region(regions: list[Mention]) -> str | None:
    """The region named most often (ties: the first named)."""
    counts: dict[str, int] = {}
    for m in regions:
        counts[m["norm"]["name"]] = counts.get(m["norm"]["name"], 0) + 1
    return max(counts, key=lambda n: (counts[n], -list(counts).index(n))) if counts else None


def _is_heading_or_lead(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    if _HEADING.fullmatch(line.strip()):
        return True
    # A paragraph whose first clause names the region within its first few characters.
    lead = text[line_start:pos]
    return len(lead) <= 8 and not any(ch in lead for ch in "。！？；;")


# ---------------------------------------------------------------- measure


def _trim_measure(text: str, start: int, end: int, cues: Cues) -> tuple[int, int] | None:
    """Strip scoping words and stray punctuation; None when too little is left."""
    while start < end and text[start] in "“”\"'‘’《》()（）[]【】 \t·●—-":
        start += 1
    prefix = cues.trim_prefix.match(text, start, end)
    if prefix:
        start = prefix.end()
    while end > start and text[end - 1] in "“”\"'‘’ \t(（":
        end -= 1
    if end - start < cues.min_chars or not regex.search(r"\p{Han}|[A-Za-z]", text[start:end]):
        return None
    return start, end


def _measure_before(text: str, lo: int, q_start: int, blockers: list[Mention], cues: Cues) -> tuple[int, int] | None:
    """The noun phrase ending at the number (研发投入22.26亿元, 高新技术企业由2017年的94家).

    Trailing verbs, function words, dates and regions are peeled off the end first; the measure
    is what remains after the last stop word or mention before it.
    """
    end = q_start
    while True:
        new_end = _peel_suffix(text, lo, end, blockers, cues)
        if new_end == end:
            break
        end = new_end
    start = lo
    for match in cues.before_stop.finditer(text, lo, end):
        if not match.group("word"):
            start = max(start, match.end())
    for b in blockers:
        if lo <= b["start"] and b["end"] <= end:
            start = max(start, b["end"])
    return _trim_measure(text, start, end, cues)


def _peel_suffix(text: str, lo: int, end: int, blockers: list[Mention], cues: Cues) -> int:
    if end <= lo:
        return end
    if text[end - 1] in _PUNCT:
        return end - 1
    blocker = next((b for b in blockers if b["end"] == end and b["start"] >= lo), None)
    if blocker:
        return blocker["start"]
    suffix = cues.before_stop_suffix.search(text, lo, end)
    return suffix.start() if suffix else end


def _measure_after(text: str, q_end: int, hi: int, cues: Cues) -> tuple[int, int] | None:
    """The noun phrase right after a count (656家科技型企业), up to a stop word or mention."""
    linked = _LINKED_AFTER.match(text, q_end)
    if linked:
        q_end = linked.end()
    end = min(hi, q_end + 20)
    seg_end = next((i for i in range(q_end, end) if text[i] in CLAUSE_END + ENUM_SEP + "()（）"), end)
    stop = cues.after_stop.search(text, q_end, seg_end)
    if stop:
        seg_end = stop.start()
    return _trim_measure(text, q_end, seg_end, cues)


def _span_dict(text: str, span: tuple[int, int] | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": text[span[0] : span[1]], "start": span[0], "end": span[1]}


# ---------------------------------------------------------------- aspect


def _has_target_cue(text: str, lo: int, hi: int, cues: Cues) -> bool:
    for match in cues.target.finditer(text, lo, hi):
        before, after = text[max(0, match.start() - 2) : match.start()], text[match.end() : match.end() + 2]
        if not before.endswith(cues.target_not_after) and not after.startswith(cues.target_not_before):
            return True
    return False


def _aspect(text: str, lo: int, q: Mention, cues: Cues) -> str | None:
    """The aspect the cue nearest before the number gives, or None when there is no cue."""
    if q["norm"]["dimension"] == "duration":
        return "other"
    if _has_target_cue(text, lo, q["start"], cues):
        return "target"
    before = text[lo : q["start"]]
    for phrase in cues.neutral:  # 分别为 is a copula: 新认定…分别为186家 stays new
        before = before.replace(phrase, "\0" * len(phrase))
    best, best_end = None, -1
    for aspect in ("level", "new", "change", "other"):
        for word in cues.aspect[aspect]:
            pos = before.rfind(word)
            end = pos + len(word)
            if aspect == "other" and len(before) - end > cues.other_reach:
                continue
            if pos != -1 and (end > best_end or (end == best_end and len(word) > 1 and aspect == "level")):
                best, best_end = aspect, end
    if best == "new" and q["norm"]["unit"] in cues.change_units:
        return "change"
    return best


def _is_future(time: dict[str, Any] | None, ref_date: dt.date) -> bool:
    """A fact scoped by a period that starts (or, for 到2025年, ends) after the reference date."""
    if not time:
        return False
    bound = time["start"] if time["start"] else time["end"]
    return bound is not None and bound > ref_date.isoformat()


# ---------------------------------------------------------------- time


def _time_for(text: str, q: Mention, dates_before: list[Mention], cstart: int) -> Mention | None:
    """The DATE scoping ``q`` among the dates of its sentence that precede it."""
    if not dates_before:
        return None
    scoping = [d for d in dates_before if not _is_comparison_base(text, d)]
    if scoping and "累计" in text[cstart : q["start"]]:
        return scoping[0]  # a running total takes the date heading its sentence (SPEC section 6)
    for d in reversed(scoping):
        follower = text[d["end"] : d["end"] + 1]
        if follower == "的" and _is_ratio_base(text, d, q):
            continue  # 是2018年的2.3倍: the base of a ratio, like 较2018年
        if follower == "的" and q["start"] - d["end"] <= 2:
            return d  # 由2017年的94家: the date describes exactly this number
        if follower in ("的", "度"):
            continue  # the date describes a subject (2017年的…, 2023年度…), it scopes nothing later
        return d
    return None


def _is_ratio_base(text: str, d: Mention, q: Mention) -> bool:
    """是2018年的2.3倍, 为上年的85%, 相当于2020年的1.5倍: a multiple or share of that date's figure."""
    before = text[max(0, d["start"] - 3) : d["start"]]
    return q["norm"]["unit"] in _RATIO_UNITS and before.endswith(_RATIO_WORDS)


def _is_comparison_base(text: str, d: Mention) -> bool:
    """较2018年, 比上年, 与去年同期相比: the date is what the number is compared with."""
    before = text[max(0, d["start"] - 3) : d["start"]]
    return before.endswith(_COMPARISON_WORDS)


def _carried_time(text: str, sent_start: int, para_dates: list[Mention]) -> Mention | None:
    """The last scoping date of the clauses this sentence continues (joined to it by ；)."""
    chain_start = sent_start
    while chain_start > 0 and text[chain_start - 1] in "；;":
        chain_start = max(text.rfind(ch, 0, chain_start - 1) for ch in SENTENCE_END) + 1
    # dates are in text order: only those between chain_start and sent_start are looked at
    before = bisect.bisect_left(para_dates, sent_start, key=lambda d: d["start"])
    for d in reversed(para_dates[bisect.bisect_left(para_dates, chain_start, key=lambda d: d["start"]) : before]):
        if chain_start <= d["start"] < sent_start and not _is_comparison_base(text, d) \
                and text[d["end"] : d["end"] + 1] not in ("的", "度"):
            return d
    return None


def _whole_year(d: Mention | None, ref_date: dt.date) -> dict[str, Any]:
    """全年: the calendar year of the period in view (else of ref_date); no mention to point at."""
    year = int((d["norm"]["end"] or d["norm"]["start"])[:4]) if d else ref_date.year
    return {"mention": None, "kind": "span", "start": f"{year}-01-01", "end": f"{year}-12-31"}


def _time_dict(d: Mention | None) -> dict[str, Any] | None:
    if d is None:
        return None
    n = d["norm"]
    return {"mention": d["id"], "kind": n["kind"], "start": n["start"], "end": n["end"]}


# ---------------------------------------------------------------- records


def build_records(text: str, mentions: list[Mention], ref_date: dt.date,
                  layout: Structure | None = None) -> list[dict[str, Any]]:
    """One record per QUANTITY mention, in text order (ids r1, r2, ...).

    ``layout`` is the document's structure (paragraphs, headings, year in view), when the caller has it."""
    cues = load_cues()
    regions = RegionTracker(text, mentions, cues)
    starts = [m["start"] for m in mentions]
    dates = [m for m in mentions if m["type"] == "DATE"]
    records: list[dict[str, Any]] = []
    previous: dict[str, Any] | None = None
    for q in (m for m in mentions if m["type"] == "QUANTITY"):
        sent = sentence_bounds(text, q["start"])
        in_sentence = mentions[bisect.bisect_left(starts, sent[0]) : bisect.bisect_left(starts, sent[1])]
        record = _link_one(text, q, in_sentence, sent, dates, regions, cues,
                           previous if previous and previous["sentence"]["start"] == sent[0] else None, ref_date)
        record["id"] = f"r{len(records) + 1}"
        records.append(record)
        previous = record
    _respectively_across(text, records, {m["id"]: m for m in mentions}, cues)
    return [_ordered(r) for r in records]


def _respectively_across(text: str, records: list[dict[str, Any]], by_id: dict[str, Mention], cues: Cues) -> None:
    """高新技术企业586家、科技型中小企业2310家，分别增长89%和1.6倍: a clause that opens with 分别 pairs
    its numbers with the last as many facts of the clauses before it in the sentence."""
    for i, record in enumerate(records):
        q = by_id[record["quantity"]]
        sent_start = record["sentence"]["start"]
        cstart = clause_start(text, q["start"], sent_start)
        if not text.startswith(cues.respectively, cstart):
            continue
        clause = [r for r in records if r["sentence"]["start"] == sent_start
                  and clause_start(text, by_id[r["quantity"]]["start"], sent_start) == cstart]
        earlier = [r for r in records[:i] if r["sentence"]["start"] == sent_start
                   and by_id[r["quantity"]]["end"] <= cstart]
        if len(earlier) < len(clause) or len(clause) < 2:
            continue
        source = earlier[-len(clause):][clause.index(record)]
        record["measure"] = dict(source["measure"]) if source["measure"] else record["measure"]
        record["indicator"] = canonical_indicator(record["measure"]["text"] if record["measure"] else None)
        record["region"] = source["region"]


def _link_one(text: str, q: Mention, in_sentence: list[Mention], sent: tuple[int, int], para_dates: list[Mention],
              regions: RegionTracker, cues: Cues, previous: dict[str, Any] | None,
              ref_date: dt.date) -> dict[str, Any]:
    cstart = clause_start(text, q["start"], sent[0])
    cend = clause_end(text, q["end"], sent[1])
    enum_start = max(cstart, text.rfind(ENUM_SEP, cstart, q["start"]) + 1)
    prior_q = [m for m in in_sentence
               if m["type"] == "QUANTITY" and m["end"] <= q["start"] and m["start"] >= enum_start]
    lo = max([enum_start] + [m["end"] for m in prior_q])
    clause_q = [m for m in in_sentence if m["type"] == "QUANTITY" and cstart <= m["start"] and m["end"] <= q["start"]]
    aspect = _aspect(text, clause_q[-1]["end"] if clause_q else cstart, q, cues)
    if aspect is None and clause_q and previous is not None and previous["quantity"] == clause_q[-1]["id"]:
        aspect = previous["aspect"]  # 工作室3个、工作站5个: an enumeration shares its verb
    measure = _measure(text, q, lo, cstart, cend, in_sentence, previous, cues)
    dates_before = [m for m in in_sentence if m["type"] == "DATE" and m["end"] <= q["start"]]
    time_mention = _time_for(text, q, dates_before, cstart)
    if time_mention is None and not dates_before:
        time_mention = _carried_time(text, sent[0], para_dates)
    if "全年" in text[cstart : q["start"]] and (time_mention is None or time_mention["norm"]["kind"] != "point"):
        time = _whole_year(time_mention, ref_date)
    else:
        time = _time_dict(time_mention)
    if aspect not in ("target", "other") and _has_target_cue(text, sent[0], cstart, cues):
        aspect = "target"  # 力争…突破140家,科技型企业新增400家: the goal scopes the whole sentence
    if _is_future(time, ref_date) and aspect != "other":
        aspect = "target"
    aspect = aspect or "level"
    region = _region(text, q, in_sentence, cstart, regions, cues)
    paired = _respectively(text, q, in_sentence, cstart, cend, cues)
    if paired is not None:
        measure, region = paired[0] or measure, paired[1] or region
    entities = [m["id"] for m in in_sentence
                if m["type"] in ENTITY_TYPES and cstart <= m["start"] and m["end"] <= cend]
    norm = q["norm"]
    return {
        "quantity": q["id"], "value": norm["value"], "unit": norm["unit"], "modifier": norm.get("modifier"),
        "measure": measure, "indicator": canonical_indicator(measure["text"] if measure else None),
        "region": region, "time": time, "aspect": aspect, "entities": entities,
        "sentence": {"start": sent[0], "end": sent[1]},
    }


def _respectively(text: str, q: Mention, in_sentence: list[Mention], cstart: int, cend: int,
                  cues: Cues) -> tuple[dict[str, Any] | None, str | None] | None:
    """A和B分别增长12%和15%, 襄阳市、宜昌市分别新增420家和380家: the i-th number after 分别 takes the
    i-th measure and the i-th region before it, where the counts agree."""
    at = text.rfind(cues.respectively, cstart, q["start"])
    if at == -1:
        return None
    numbers = [m for m in in_sentence if m["type"] == "QUANTITY" and at < m["start"] and m["end"] <= cend]
    if len(numbers) < 2 or q not in numbers:
        return None
    i = numbers.index(q)
    places = [m for m in in_sentence if m["type"] == "REGION" and cstart <= m["start"] and m["end"] <= at]
    items = _listed_measures(text, cstart, at, in_sentence, cues)
    measure = _span_dict(text, items[i]) if len(items) == len(numbers) else None
    region = places[i]["norm"]["name"] if len(places) == len(numbers) else None
    return measure, region


def _listed_measures(text: str, lo: int, end: int, in_sentence: list[Mention], cues: Cues) -> list[tuple[int, int]]:
    """The measures of a list ending at ``end`` (A和B, A、B及C), first to last."""
    blockers = [m for m in in_sentence if m["type"] in ("DATE", "REGION", "QUANTITY") and m["end"] <= end]
    items: list[tuple[int, int]] = []
    while True:
        span = _measure_before(text, lo, end, blockers, cues)
        if span is None:
            return []
        items.insert(0, span)
        conjunction = next((w for w in cues.list_joins if text.endswith(w, lo, span[0])), None)
        if conjunction is None:
            return items
        end = span[0] - len(conjunction)


def _measure(text: str, q: Mention, lo: int, cstart: int, cend: int, in_sentence: list[Mention],
             previous: dict[str, Any] | None, cues: Cues) -> dict[str, Any] | None:
    norm = q["norm"]
    if norm["dimension"] == "duration":
        return None
    adjacent = next((m for m in in_sentence if m["type"] in ("LOAN", "PLATFORM") and m["end"] == q["start"]), None)
    if adjacent:
        return _span_dict(text, (adjacent["start"], adjacent["end"]))
    following = [m["start"] for m in in_sentence if m["start"] >= q["end"] and m["type"] in ("QUANTITY", "DATE")]
    blockers = [m for m in in_sentence if m["type"] in ("DATE", "REGION", "QUANTITY") and m["end"] <= q["start"]]

    def after() -> tuple[int, int] | None:
        return _measure_after(text, q["end"], min([cend, *following]), cues)

    def before() -> tuple[int, int] | None:
        return _measure_before(text, lo, q["start"], blockers, cues)

    # A count or a capacity names its items after it (656家科技型企业, 35万吨大板铝产能, 1000万元的专项资金);
    # other amounts name their measure before it (研发投入22.26亿元).
    names_after = (norm["unit"] in cues.count_units or norm["dimension"] in _PHYSICAL
                   or _LINKED_AFTER.match(text, q["end"]) is not None)
    span = after() or before() if names_after else before()
    if span is None and lo == cstart:
        span = _label_before_colon(text, cstart, blockers, cues)
    if span is None and previous is not None and previous["measure"]:
        return dict(previous["measure"])
    return _span_dict(text, span)


def _label_before_colon(text: str, cstart: int, blockers: list[Mention], cues: Cues) -> tuple[int, int] | None:
    """一、高新技术企业：新增312家 — a figure after a colon is measured by the label before it."""
    colon = cstart - 1
    if colon < 0 or text[colon] not in "：:":
        return None
    lo = text.rfind("\n", 0, colon) + 1
    lo = max(lo, text.rfind(ENUM_SEP, lo, colon) + 1)  # after the enumerator 一、
    return _measure_before(text, lo, colon, blockers, cues)


def _region(text: str, q: Mention, in_sentence: list[Mention], cstart: int, regions: RegionTracker,
            cues: Cues) -> str | None:
    section = regions.section_region(q["start"])
    named = [m for m in in_sentence if m["type"] == "REGION" and m["end"] <= q["start"] and regions.is_local(m)]
    if named:
        return named[-1]["norm"]["name"]
    if any(w in text[cstart : q["start"]] for w in cues.city_words):
        return ancestor_at(section, LEVEL_RANK["prefecture"])  # 全市 in a district report: its city
    return section


_FIELD_ORDER = ["id", "quantity", "value", "unit", "modifier", "measure", "indicator", "region", "time",
                "aspect", "entities", "sentence"]


def _ordered(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in _FIELD_ORDER}

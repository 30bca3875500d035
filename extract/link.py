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
from dataclasses import dataclass
from typing import Any

import regex

from extract.mentions import Mention
from extract.rules import load_rules

SENTENCE_END = "。！？!?；;\n"
CLAUSE_END = SENTENCE_END + "，,：:"
ENUM_SEP = "、"
ENTITY_TYPES = ("COMPANY", "PLATFORM", "LOAN", "INSTITUTION")
_PUNCT = set("，,、：:；;“”\"'‘’《》()（）[]【】 \t·●—-")
# A heading: a markdown heading line, or a short line without sentence punctuation.
_HEADING = regex.compile(r"^(?:#{1,6}[^\n]*|[^\n。！？!?；;，,]{1,30})$", regex.M)


@dataclass(frozen=True)
class Cues:
    aspect: dict[str, list[str]]
    change_units: frozenset[str]
    before_stop: regex.Pattern
    before_stop_suffix: regex.Pattern
    after_stop: regex.Pattern
    trim_prefix: regex.Pattern
    min_chars: int
    count_units: frozenset[str]
    section_words: tuple[str, ...]
    city_words: tuple[str, ...]


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def load_cues() -> Cues:
    rules = load_rules("link_cues")
    measure = rules["measure"]
    return Cues(
        aspect={k: v for k, v in rules["aspect"].items() if k != "change_units"},
        change_units=frozenset(rules["aspect"]["change_units"]),
        before_stop=regex.compile(f"(?:{_alternation(measure['before_stop'])})"),
        before_stop_suffix=regex.compile(f"(?:{_alternation(measure['before_stop'])})$"),
        after_stop=regex.compile(f"(?:{_alternation(measure['after_stop'])})"),
        trim_prefix=regex.compile(f"^(?:{_alternation(measure['trim_prefix'])})+"),
        min_chars=measure["min_chars"],
        count_units=frozenset(measure["count_units"]),
        section_words=tuple(rules["region"]["section"]),
        city_words=tuple(rules["region"]["city"]),
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
    start = max(text.rfind(ch, 0, pos) for ch in SENTENCE_END) + 1
    ends = [i for i in (text.find(ch, pos) for ch in SENTENCE_END) if i != -1]
    end = min(ends) + 1 if ends else len(text)
    if end > 0 and text[end - 1] == "\n":
        end -= 1
    return start, end


def clause_start(text: str, pos: int, floor: int) -> int:
    return max([floor] + [text.rfind(ch, floor, pos) + 1 for ch in CLAUSE_END])


def clause_end(text: str, pos: int, ceiling: int) -> int:
    ends = [i for i in (text.find(ch, pos, ceiling) for ch in CLAUSE_END) if i != -1]
    return min(ends) if ends else ceiling


# ---------------------------------------------------------------- region


class RegionTracker:
    """Which region each part of the text is about: headings and lead sentences switch it."""

    def __init__(self, text: str, mentions: list[Mention]):
        regions = [m for m in mentions if m["type"] == "REGION"]
        self.default = _dominant_region(regions)
        self.switch_points: list[int] = []
        self.switch_regions: list[str] = []
        for m in regions:
            if _is_heading_or_lead(text, m["start"]):
                self.switch_points.append(m["start"])
                self.switch_regions.append(m["norm"]["name"])

    def section_region(self, pos: int) -> str | None:
        i = bisect.bisect_right(self.switch_points, pos) - 1
        return self.switch_regions[i] if i >= 0 else self.default


def _dominant_region(regions: list[Mention]) -> str | None:
    """The district or county named most often (ties: first named); else any region."""
    counts: dict[str, int] = {}
    for m in regions:
        counts[m["norm"]["name"]] = counts.get(m["norm"]["name"], 0) + 1
    if not counts:
        return None
    local = {n: c for n, c in counts.items() if n.endswith(("区", "县", "市")) and not n.endswith("自治区")}
    pool = local or counts
    return max(pool, key=lambda n: (pool[n], -list(counts).index(n)))


def _is_heading_or_lead(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    if _HEADING.fullmatch(line.strip()):
        return True
    # A paragraph whose first clause names the region within its first few characters.
    lead = text[line_start:pos]
    return len(lead) <= 8 and not any(ch in lead for ch in "。！？；;")


def _clause_region(mentions_before: list[Mention]) -> str | None:
    for m in reversed(mentions_before):
        if m["type"] == "REGION":
            return m["norm"]["name"]
    return None


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
    if text[q_end : q_end + 1] == "的":
        q_end += 1
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


def _aspect(text: str, lo: int, q: Mention, cues: Cues) -> str:
    if q["norm"]["dimension"] == "duration":
        return "other"
    before = text[lo : q["start"]]
    if any(w in before for w in cues.aspect["target"]):
        return "target"
    best, best_pos = "level", -1
    for aspect in ("level", "new", "change"):
        for word in cues.aspect[aspect]:
            pos = before.rfind(word)
            end = pos + len(word)
            if pos != -1 and (end > best_pos or (end == best_pos and aspect == "level")):
                best, best_pos = aspect, end
    if best == "new" and q["norm"]["unit"] in cues.change_units:
        return "change"
    if best == "change" and q["norm"]["unit"] not in cues.change_units and q["norm"]["dimension"] != "percent":
        # 增加47家 adds items: new; 增加到394家 was caught as level above.
        return "new"
    return best


# ---------------------------------------------------------------- time


def _time_for(text: str, q: Mention, dates_in_sentence: list[Mention], sent_start: int,
              cstart: int, aspect_level_total: bool) -> Mention | None:
    before = [d for d in dates_in_sentence if d["end"] <= q["start"]]
    if not before:
        return None
    if aspect_level_total and _is_running_total(text, cstart, q["start"]):
        return before[0]
    for d in reversed(before):
        follower = text[d["end"] : d["end"] + 1]
        if follower == "的" and _next_quantity_is(text, d["end"], q):
            return d
        if follower in ("的", "度"):
            continue  # the date describes a subject (2017年的, 2023年度…), it scopes nothing later
        return d
    return None


def _is_running_total(text: str, cstart: int, q_start: int) -> bool:
    return "累计" in text[cstart:q_start]


def _next_quantity_is(text: str, pos: int, q: Mention) -> bool:
    return q["start"] - pos <= 2


def _time_dict(d: Mention | None) -> dict[str, Any] | None:
    if d is None:
        return None
    n = d["norm"]
    return {"mention": d["id"], "kind": n["kind"], "start": n["start"], "end": n["end"]}


# ---------------------------------------------------------------- records


def build_records(text: str, mentions: list[Mention], ref_date: dt.date) -> list[dict[str, Any]]:
    """One record per QUANTITY mention, in text order (ids r1, r2, ...)."""
    cues = load_cues()
    regions = RegionTracker(text, mentions)
    starts = [m["start"] for m in mentions]
    records: list[dict[str, Any]] = []
    previous: dict[str, Any] | None = None
    for q in (m for m in mentions if m["type"] == "QUANTITY"):
        sent = sentence_bounds(text, q["start"])
        in_sentence = mentions[bisect.bisect_left(starts, sent[0]) : bisect.bisect_left(starts, sent[1])]
        record = _link_one(text, q, in_sentence, sent, regions, cues,
                           previous if previous and previous["sentence"]["start"] == sent[0] else None)
        record["id"] = f"r{len(records) + 1}"
        records.append(record)
        previous = record
    return [_ordered(r) for r in records]


def _link_one(text: str, q: Mention, in_sentence: list[Mention], sent: tuple[int, int],
              regions: RegionTracker, cues: Cues, previous: dict[str, Any] | None) -> dict[str, Any]:
    cstart = clause_start(text, q["start"], sent[0])
    cend = clause_end(text, q["end"], sent[1])
    enum_start = max(cstart, text.rfind(ENUM_SEP, cstart, q["start"]) + 1)
    prior_q = [m for m in in_sentence if m["type"] == "QUANTITY" and m["end"] <= q["start"] and m["start"] >= enum_start]
    lo = max([enum_start] + [m["end"] for m in prior_q])
    aspect = _aspect(text, cstart if not prior_q else lo, q, cues)
    if aspect != "target" and any(w in text[sent[0]:cstart] for w in cues.aspect["target"][:4]):
        aspect = "target"
    measure = _measure(text, q, lo, cend, in_sentence, previous, cues)
    dates = [m for m in in_sentence if m["type"] == "DATE"]
    time = _time_for(text, q, dates, sent[0], cstart, True)
    region = _region(text, q, in_sentence, cstart, regions, cues)
    entities = [m["id"] for m in in_sentence
                if m["type"] in ENTITY_TYPES and cstart <= m["start"] and m["end"] <= cend]
    norm = q["norm"]
    return {
        "quantity": q["id"], "value": norm["value"], "unit": norm["unit"], "modifier": norm.get("modifier"),
        "measure": measure, "indicator": canonical_indicator(measure["text"] if measure else None),
        "region": region, "time": _time_dict(time), "aspect": aspect, "entities": entities,
        "sentence": {"start": sent[0], "end": sent[1]},
    }


def _measure(text: str, q: Mention, lo: int, cend: int, in_sentence: list[Mention],
             previous: dict[str, Any] | None, cues: Cues) -> dict[str, Any] | None:
    norm = q["norm"]
    if norm["dimension"] == "duration":
        return None
    adjacent = next((m for m in in_sentence if m["type"] in ("LOAN", "PLATFORM") and m["end"] == q["start"]), None)
    if adjacent:
        return _span_dict(text, (adjacent["start"], adjacent["end"]))
    span = None
    if norm["unit"] in cues.count_units or text[q["end"] : q["end"] + 1] == "的":
        following = [m["start"] for m in in_sentence if m["start"] >= q["end"] and m["type"] in ("QUANTITY", "DATE")]
        span = _measure_after(text, q["end"], min([cend, *following]), cues)
    if span is None:
        blockers = [m for m in in_sentence if m["type"] in ("DATE", "REGION", "QUANTITY") and m["end"] <= q["start"]]
        span = _measure_before(text, lo, q["start"], blockers, cues)
    if span is None and previous is not None and previous["measure"]:
        return dict(previous["measure"])
    return _span_dict(text, span)


def _region(text: str, q: Mention, in_sentence: list[Mention], cstart: int, regions: RegionTracker,
            cues: Cues) -> str | None:
    sentence_regions = [m for m in in_sentence if m["end"] <= q["start"]]
    named = _clause_region(sentence_regions)
    if named:
        return named
    return regions.section_region(q["start"])


_FIELD_ORDER = ["id", "quantity", "value", "unit", "modifier", "measure", "indicator", "region", "time",
                "aspect", "entities", "sentence"]


def _ordered(record: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in _FIELD_ORDER}

"""Text structure the linker reads: sentence and clause bounds, lines, shared patterns.

Decides where a number's sentence and clause begin and end (``sentence_bounds``, ``clause_start``,
``clause_end``) and where a chain of sentences joined by ；begins; no rules/ file feeds it (the
terminators are fixed by SPEC section 4).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable

import regex

from extract.mentions import Mention

SENTENCE_END = "。！？!?；;\n"
CLAUSE_END = SENTENCE_END + "，,：:"
_SENTENCE_END_CHAR = regex.compile(f"[{regex.escape(SENTENCE_END)}]")
CLAUSE_END_CHAR = regex.compile(f"[{regex.escape(CLAUSE_END)}]")
ENUM_SEP = "、"
ENTITY_TYPES = ("COMPANY", "PLATFORM", "LOAN", "INSTITUTION")

NOT_HAN = regex.compile(r"\P{Han}")
HAN_CHAR = regex.compile(r"\p{Han}")
CLAUSE_MARKS = regex.compile(r"[，,；;：:]")


def holds_any(text: str, lo: int, hi: int, words: Iterable[str]) -> bool:
    """Whether ``text[lo:hi]`` holds one of ``words``: one slice and a plain loop (asked several
    times per number, an ``any`` over a generator slicing the text for every word cost twice as much)."""
    stretch = text[lo:hi]
    for word in words:
        if word in stretch:
            return True
    return False


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
    return [m.start() for m in _SENTENCE_END_CHAR.finditer(text)]


@functools.lru_cache(maxsize=4)
def _clause_ends(text: str) -> list[int]:
    """Offsets of every clause end in ``text``, in order: the clause bounds of every number are
    looked up here (a find per clause-end character per call was a tenth of the linker's time)."""
    return [m.start() for m in CLAUSE_END_CHAR.finditer(text)]


def clause_marks_in(text: str, lo: int, hi: int) -> list[int]:
    """Offsets of the clause ends (``CLAUSE_END``) in ``text[lo:hi]`` (``lo``, ``hi`` >= 0), in order."""
    ends = _clause_ends(text)
    return ends[bisect.bisect_left(ends, lo) : bisect.bisect_left(ends, hi)]


def terminator_before(text: str, pos: int) -> int:
    """The last sentence terminator in ``text[:pos]`` (``pos`` >= 0), else -1: looked up among the
    text's terminators (an rfind per terminator character read back to the text's start for those
    it does not hold, once per ；-joined part: quadratic in length)."""
    ends = _terminators(text)
    i = bisect.bisect_left(ends, pos) - 1
    return ends[i] if i >= 0 else -1


def clause_start(text: str, pos: int, floor: int) -> int:
    """Just after the last clause end in ``text[floor:pos]``, else ``floor``."""
    if pos < 0 or floor < 0:  # str.rfind reads negative bounds from the back
        return max([floor] + [text.rfind(ch, floor, pos) + 1 for ch in CLAUSE_END])
    ends = _clause_ends(text)
    i = bisect.bisect_left(ends, pos) - 1
    return ends[i] + 1 if i >= 0 and ends[i] >= floor else floor


def clause_end(text: str, pos: int, ceiling: int) -> int:
    """The first clause end in ``text[pos:ceiling]``, else ``ceiling``."""
    if pos < 0 or ceiling < 0:  # str.find reads negative bounds from the back
        ends = [i for i in (text.find(ch, pos, ceiling) for ch in CLAUSE_END) if i != -1]
        return min(ends) if ends else ceiling
    ends = _clause_ends(text)
    i = bisect.bisect_left(ends, pos)
    return ends[i] if i < len(ends) and ends[i] < ceiling else ceiling


def next_visible(text: str, pos: int) -> str:
    """The first character at or after ``pos`` (>= 0) that is no white space ("" at the end): what
    ``text[pos:].lstrip()[:1]`` gives, without copying the rest of the text once per date (quadratic
    in length)."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return text[pos : pos + 1]


def starting_in(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    """The mentions (in text order) that start in ``[lo, hi)``, found by bisection, not by a scan
    of all of them for every number (quadratic on a long article)."""
    return mentions[bisect.bisect_left(mentions, lo, key=lambda m: m["start"]) :
                    bisect.bisect_left(mentions, hi, key=lambda m: m["start"])]


LIST_SEP = regex.compile(r"[；;]")

# Dates and time words a goal may follow at the head of a list (2031年,力争… / 今年预计…).
LEAD_TIME = regex.compile(r"[0-9０-９一二三四五六七八九十〇零两]+年[度底末初]?|[今明]年|全年|到|至")


def start_of_chain(text: str, sent_start: int) -> int:
    """Where the chain of sentences joined by ；that ends with the one at ``sent_start`` begins."""
    while sent_start > 0 and text[sent_start - 1] in "；;":
        sent_start = terminator_before(text, sent_start - 1) + 1
    return sent_start


def sentence_start(text: str, pos: int) -> int:
    return sentence_bounds(text, pos)[0]

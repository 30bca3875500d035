"""One sentence and one clause as the linker reads them: built once, shared by every reading.

``build_records`` makes a ``SentenceView`` once per sentence (its bounds, its mentions in text
order and by type, where each starts and ends) and a ``ClauseView`` once per clause (its bounds, its
numbers, and the runs of numbers joined as a list: 3家、5家和8家); measure, region, aspect and time
read these plain values instead of filtering the sentence's mentions by type and position again for
every number (issue 15). A sentence holds 2.3 numbers on average, a clause 1.3: what is shared is
the reading of the sentence's and the clause's mentions, not each number's own reading of its text.
"""

from __future__ import annotations

import bisect
from typing import Any, NamedTuple

from extract.link.clauses import ENTITY_TYPES, clause_end, clause_marks_in, clause_start
from extract.mentions import Mention


class SentenceView(NamedTuple):
    """A sentence's bounds and the mentions starting in it, sorted out once for all its numbers (a
    named tuple: made once per sentence, a frozen dataclass's checked assignments cost more than the
    scans it saves)."""

    text: str
    start: int
    end: int
    mentions: list[Mention]  # every mention starting in the sentence, in text order
    quantities: list[Mention]
    dates: list[Mention]
    regions: list[Mention]
    names: list[Mention]  # companies, platforms, loans and institutions (ENTITY_TYPES)
    by_start: dict[int, list[Mention]]
    by_end: dict[int, list[Mention]]
    clauses: dict[tuple[int, int], ClauseView]  # (filled as its numbers are read)
    # where its clause marks stand (，：, and its end: no other clause end stands inside a sentence)
    clause_marks: list[int]
    # what a module read of the sentence alone, kept for its next number (keyed by what it depends on)
    readings: dict[Any, Any]

    def starting_at(self, pos: int) -> list[Mention]:
        """The mentions starting at ``pos``, in text order ([] when none)."""
        return self.by_start.get(pos, _NONE)

    def ending_at(self, pos: int) -> list[Mention]:
        """The mentions ending at ``pos``, in text order ([] when none)."""
        return self.by_end.get(pos, _NONE)

    def clause_starts_back(self, lo: int, hi: int) -> list[int]:
        """Just after each clause mark in ``[lo, hi)``, last first (the starts of the clauses after them)."""
        marks = self.clause_marks
        return [at + 1 for at in reversed(marks[bisect.bisect_left(marks, lo) : bisect.bisect_left(marks, hi)])]


_NONE: list[Mention] = []


def sentence_view(text: str, bounds: tuple[int, int], in_sentence: list[Mention]) -> SentenceView:
    """The view of the sentence at ``bounds`` whose mentions are ``in_sentence`` (in text order)."""
    by_type: dict[str, list[Mention]] = {"QUANTITY": [], "DATE": [], "REGION": []}
    names: list[Mention] = []
    by_start: dict[int, list[Mention]] = {}
    by_end: dict[int, list[Mention]] = {}
    for m in in_sentence:
        kind = m["type"]
        if kind in by_type:
            by_type[kind].append(m)
        elif kind in ENTITY_TYPES:
            names.append(m)
        by_start.setdefault(m["start"], []).append(m)
        by_end.setdefault(m["end"], []).append(m)
    return SentenceView(text, bounds[0], bounds[1], in_sentence, by_type["QUANTITY"], by_type["DATE"],
                        by_type["REGION"], names, by_start, by_end, {}, clause_marks_in(text, *bounds),
                        {})


def within(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    """The ``mentions`` lying wholly inside ``[lo, hi)``, in text order."""
    return [m for m in mentions if lo <= m["start"] and m["end"] <= hi]


class ClauseView(NamedTuple):
    """A clause of a sentence: its bounds, its numbers, and those written one after another joined
    only by list joins (45%和26%, 3家、5家和8家), as runs of two or more."""

    text: str
    sentence: SentenceView
    start: int
    end: int
    numbers: list[Mention]  # the numbers lying wholly in the clause, in text order
    runs: list[list[Mention]]

    def numbers_before(self, pos: int) -> list[Mention]:
        """The clause's numbers ending by ``pos``, in text order."""
        return [m for m in self.numbers if m["end"] <= pos]

    def run_of(self, q: Mention) -> list[Mention]:
        """The run of joined numbers ``q`` is one of, else []."""
        return next((run for run in self.runs if q in run), [])


def clause_view(q: Mention, sentence: SentenceView, list_joins: tuple[str, ...]) -> ClauseView:
    """The view of the clause of ``q`` in ``sentence``, made once per clause and kept by the sentence."""
    text = sentence.text
    bounds = clause_start(text, q["start"], sentence.start), clause_end(text, q["end"], sentence.end)
    clause = sentence.clauses.get(bounds)
    if clause is None:
        numbers = within(sentence.quantities, *bounds)
        clause = sentence.clauses[bounds] = ClauseView(text, sentence, bounds[0], bounds[1], numbers,
                                                       _joined_runs(text, numbers, list_joins))
    return clause


def _joined_runs(text: str, numbers: list[Mention], list_joins: tuple[str, ...]) -> list[list[Mention]]:
    """The runs of two or more ``numbers`` joined only by ``list_joins``, in text order."""
    runs: list[list[Mention]] = []
    for m in numbers:
        if runs and text[runs[-1][-1]["end"] : m["start"]] in list_joins:
            runs[-1].append(m)
        else:
            runs.append([m])
    return [run for run in runs if len(run) > 1]

"""Enumerations of names (A、B和C): the clauses that hold found names, the items of an
enumeration in a clause, and the mark joining an item to the one before it.

The joiners are the enumerators of rules/entity_common.toml [word_classes]; the last item of a
list may also be joined by 以及.
"""

from __future__ import annotations

import re

from extract.entities.text import Text
from extract.entities.words import CONJUNCTIONS, ENUMERATORS

# The rules' enumerators: 、 joins any item to the one before it; the words among them (和, 与,
# 及), and 以及, join the last item only (A、B和C). 以及 is written here, not in the rule list: other
# rules read that list too (names._opens_name, list_item_spans), and 以及 has never been a join
# for them. Longest first: 以及 before 及.
_ANY_ITEM_JOINERS = ENUMERATORS - CONJUNCTIONS
_LAST_ITEM_JOINERS = tuple(sorted(CONJUNCTIONS | {"以及"}, key=lambda w: (-len(w), w)))


def list_joiner_before(t: Text, start: int, last_item: bool) -> int:
    """The length of the mark joining the item at ``start`` to the one before it: 、 anywhere,
    和/与/及 before the last item only (A、B和C); 0 where none."""
    if start > 0 and t.joined[start - 1] in _ANY_ITEM_JOINERS:
        return 1
    if last_item:
        for word in _LAST_ITEM_JOINERS:
            if t.joined.endswith(word, 0, start) and t.is_boundary(start) and t.is_boundary(start - len(word)):
                return len(word)
    return 0


_LIST_CLAUSE = re.compile(r"[^,。;:!?()“”《》\s]+")
_CLAUSE_DELIMITER = re.compile(r"[,。;:!?()“”《》\s]")  # what ends a _LIST_CLAUSE run
_LIST_SEPARATOR = re.compile("|".join(map(re.escape, sorted(ENUMERATORS, key=lambda w: (-len(w), w)))))


def clauses_holding(text: str, spans: list[tuple[int, int]]) -> list[re.Match]:
    """The clauses (``_LIST_CLAUSE`` runs) of ``text`` that hold one of ``spans`` (sorted by start)
    whole, in text order: found from the spans, not by walking every clause of the document."""
    found: list[re.Match] = []
    clause = None
    for start, end in spans:
        if clause is None or not clause.start() <= start < clause.end():
            clause = _clause_at(text, start)
        if clause is not None and end <= clause.end() and (not found or found[-1].start() != clause.start()):
            found.append(clause)
    return found


def _clause_at(text: str, pos: int) -> re.Match | None:
    """The ``_LIST_CLAUSE`` run holding the character at ``pos``, or None (a delimiter there)."""
    start = pos
    while start > 0 and not _CLAUSE_DELIMITER.match(text, start - 1):
        start -= 1
    clause = _LIST_CLAUSE.match(text, start)
    return clause if clause is not None and clause.end() > pos else None


def list_item_spans(clause: re.Match) -> list[tuple[int, int]]:
    """The items of an enumeration (A、B和C) in a clause, as spans of the joined text."""
    spans, start = [], clause.start()
    for sep in _LIST_SEPARATOR.finditer(clause.group()):
        spans.append((start, clause.start() + sep.start()))
        start = clause.start() + sep.end()
    spans.append((start, clause.end()))
    return spans

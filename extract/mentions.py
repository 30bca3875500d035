"""The mention record every recogniser returns, and the rule that keeps spans flat.

A mention is a plain dict in SPEC section 3's shape (without its ``id``, which the
pipeline assigns once all recognisers have run)::

    {"type": "QUANTITY", "start": 52, "end": 59, "text": "17.46亿元",
     "norm": {...}, "source": "rule:money"}
"""

from __future__ import annotations

import bisect
import operator
from typing import Any

Mention = dict[str, Any]

# When two recognisers claim overlapping text, the longer span wins; on equal length the
# type earlier in this list wins (a date beats a quantity on "2023年", a named platform
# beats the region inside it).
TYPE_PRIORITY = ["DATE", "QUANTITY", "PLATFORM", "COMPANY", "INSTITUTION", "LOAN", "REGION"]


def make_mention(type_: str, text: str, start: int, end: int, norm: dict, source: str) -> Mention:
    """Build a mention over ``text[start:end]`` (``text`` is the whole document)."""
    return {"type": type_, "start": start, "end": end, "text": text[start:end], "norm": norm, "source": source}


_PRIORITY = {type_: i for i, type_ in enumerate(TYPE_PRIORITY)}  # an unknown type ranks last
_BY_PLACE = operator.itemgetter("start", "end")


def resolve_overlaps(mentions: list[Mention], keep_first: tuple[str, ...] = ()) -> list[Mention]:
    """Return a flat, start-ordered subset of ``mentions`` in which no two spans overlap.

    Mentions whose type is in ``keep_first`` are placed before all others (their recogniser
    is trusted more); within a group the longest span wins, then ``TYPE_PRIORITY``.
    """
    last = len(TYPE_PRIORITY)
    # (run for every document, twice: the key is one tuple per mention, no call per field)
    ordered = sorted(mentions, key=lambda m: (m["type"] not in keep_first, m["start"] - m["end"],
                                              _PRIORITY.get(m["type"], last), m["start"]))
    taken: list[Mention] = []
    occupied = bytearray(max((m["end"] for m in mentions), default=0))
    for m in ordered:
        start, end = m["start"], m["end"]
        if end <= start or occupied.find(1, start, end) != -1:  # a character of it already taken
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append(m)
    return sorted(taken, key=_BY_PLACE)


# Entity types whose canonical name is the text as written, so a trimmed span keeps a valid name.
_WRITTEN_NAME_TYPES = ("COMPANY", "PLATFORM", "LOAN", "INSTITUTION")
# A trimmed name shorter than this is a bare head (贷款, 集团), not a name.
MIN_TRIMMED_NAME = 3


def trim_entities_at_numbers(mentions: list[Mention], text: str) -> list[Mention]:
    """Cut an entity whose left edge swallowed a date or a count (1995年香港社会福利署, 四笔贷款).

    The entity then starts where the DATE/QUANTITY ends; it is dropped when what is left is
    too short to be a name. Without this the longer, wrong entity would win the overlap and
    the number would be lost.
    """
    numbers = sorted((m for m in mentions if m["type"] in ("DATE", "QUANTITY")), key=lambda n: n["start"])
    starts = [n["start"] for n in numbers]
    longest = max((n["end"] - n["start"] for n in numbers), default=0)
    kept = []
    for m in mentions:
        if m["type"] in _WRITTEN_NAME_TYPES:
            # only numbers starting within `longest` before the entity can hold its start (linear, not
            # entities x numbers, which made a long article quadratic)
            near = numbers[bisect.bisect_left(starts, m["start"] - longest) : bisect.bisect_right(starts, m["start"])]
            cut = max((n["end"] for n in near if n["start"] <= m["start"] < n["end"] < m["end"]), default=None)
            if cut is not None:
                if m["end"] - cut < MIN_TRIMMED_NAME:
                    continue
                m = {**m, "start": cut, "text": text[cut : m["end"]],
                     "norm": {**m["norm"], "name": text[cut : m["end"]].replace("\n", "")}}
        kept.append(m)
    return kept


def assign_ids(mentions: list[Mention]) -> list[Mention]:
    """Number mentions m1, m2, ... in text order (the order they are written in)."""
    for i, m in enumerate(mentions, 1):
        m["id"] = f"m{i}"
    return mentions

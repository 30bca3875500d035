"""Hand-built mentions and the records the linker builds from them alone (no recogniser), dated REF:
for record tests that must not depend on what the recognisers find."""

from __future__ import annotations

import datetime as dt

from extract.link import build_records
from extract.mentions import assign_ids, make_mention

REF = dt.date(2031, 9, 1)


def _mention(kind, text, surface, norm, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return make_mention(kind, text, start, start + len(surface), norm, "test")


def qty(text, surface, value, unit, dimension="count", occurrence=0):
    return _mention("QUANTITY", text, surface,
                    {"value": value, "unit": unit, "dimension": dimension, "modifier": None}, occurrence)


def date(text, surface, start, end, granularity="day", kind="point"):
    return _mention("DATE", text, surface, {"kind": kind, "start": start, "end": end, "granularity": granularity})


def built_records(text, mentions):
    """The records built for ``mentions``, by their quantity's text."""
    ordered = assign_ids(sorted(mentions, key=lambda m: m["start"]))
    surface = {m["id"]: m["text"] for m in ordered}
    return {surface[r["quantity"]]: r for r in build_records(text, ordered, REF)}

"""Stage: link every QUANTITY mention into a record (SPEC section 4).

For each number the linker reads its sentence and clause and decides what it measures
(``measure``), where (``region``), when (``time``), how (``aspect``) and about whom
(``entities``). The cue words are data in ``rules/link_cues.toml``; the indicator table
is ``rules/indicators.toml``.

One module per concern; data flows one way, from ``records`` (the entry point, ``build_records``)
down to the modules it asks, and on to ``clauses`` and ``cues`` at the bottom:

- ``records``: one record per number, and the adjustments across records (goal spans, 分别)
- ``measure``, ``fact_region``, ``time``, ``aspect``: what, where, when and how, for one number
- ``region``: which region each part of the text is about (``RegionTracker``)
- ``divisions``: divisions by name; ``level_words``: where 全市, 全省 … stand in the text
- ``goals``: the spans whose figures are targets; ``lists``: lists and 分别 pairing numbers
- ``phrases``: the noun phrase before or after a number
- ``clauses``: sentence and clause bounds; ``cues``: the compiled rules and the indicator table
"""

from extract.link.clauses import MAX_SENTENCE_CHARS, clause_end, clause_start, sentence_bounds
from extract.link.cues import Cues, StopWords, canonical_indicator, load_cues
from extract.link.divisions import regions_named_in
from extract.link.records import build_records, region_tracker

__all__ = [
    "MAX_SENTENCE_CHARS",
    "Cues",
    "StopWords",
    "build_records",
    "canonical_indicator",
    "clause_end",
    "clause_start",
    "load_cues",
    "region_tracker",
    "regions_named_in",
    "sentence_bounds",
]

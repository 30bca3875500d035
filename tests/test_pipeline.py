"""The pipeline's own step between recognisers and linker: flat, numbered mentions."""

from __future__ import annotations

import datetime as dt

from extract.ingest import Article
from extract.pipeline import Options, Pipeline

PIPELINE = Pipeline(Options(today=dt.date(2024, 8, 15), model=False))


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m["type"], m["text"]) for m in PIPELINE.process(Article("t", "t.txt", text))["mentions"]]


def test_an_entity_that_swallowed_a_date_is_trimmed_and_the_date_kept():
    found = _mentions("9月16日，2031年宁波高新区·象山县结对合作推进会召开。")
    assert ("DATE", "2031年") in found
    assert ("PLATFORM", "宁波高新区") in found


def test_a_bare_head_left_after_trimming_a_count_is_dropped():
    found = _mentions("该行为企业发放四笔贷款。")
    assert ("QUANTITY", "四笔") in found
    assert not [m for m in found if m[0] == "LOAN"]


def test_mentions_are_numbered_in_text_order():
    doc = PIPELINE.process(Article("t", "t.txt", "截至2031年底，合肥市科技型企业达到1200家。"))
    assert [m["id"] for m in doc["mentions"]] == [f"m{i}" for i in range(1, len(doc["mentions"]) + 1)]
    assert [m["start"] for m in doc["mentions"]] == sorted(m["start"] for m in doc["mentions"])

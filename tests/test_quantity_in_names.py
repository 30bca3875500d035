"""Numbers inside names stay out of QUANTITY through the whole pipeline (issue 16, SPEC 6)."""

from __future__ import annotations

import datetime as dt

from extract.ingest import Article
from extract.pipeline import Options, Pipeline

PIPELINE = Pipeline(Options(today=dt.date(2024, 8, 15), model=False))


def _quantities(text: str) -> list[str]:
    doc = PIPELINE.process(Article("t", "t.txt", text))
    return [m["text"] for m in doc["mentions"] if m["type"] == "QUANTITY"]


def test_a_plan_name_carries_no_duration_but_its_target_is_read():
    found = _quantities("青禾县印发制造业倍增三年行动计划，力争新增规上企业120家。")
    assert found == ["120家"]


def test_a_term_of_an_assembly_is_no_count_while_editions_held_are():
    found = _quantities("北湖区六届人大四次会议召开，青禾论坛已连续举办4届。")
    assert found == ["4届"]


def test_a_count_of_divisions_in_digits_is_a_count_and_a_grouping_is_not():
    found = _quantities("全省11市全部建成孵化器，禾松丰三市联合发布榜单。")
    assert found == ["11市"]


def test_counts_of_things_joined_by_plus_are_counts():
    found = _quantities("建成18个创新中心+6个中试基地，形成2+3产业格局。")
    assert found == ["18个", "6个"]


def test_a_count_joined_by_plus_measures_its_own_noun_without_the_plus():
    doc = PIPELINE.process(Article("t", "t.txt", "北湖区建成18个创新中心+6个中试基地+3个孵化器的平台体系。"))
    assert [r["measure"]["text"] for r in doc["records"]] == ["创新中心", "中试基地", "孵化器"]

"""Record fields on classes earlier rounds noticed and left open (issue 13, round 12b): invented text
run through the whole pipeline, so each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import records


@pytest.mark.parametrize(("text", "number"), [("北湖区新建澄川发展规划研究院等3个研发机构。", "3个"),
                                              ("北湖区新引进青禾目标检测研究院等4个研发机构。", "4个"),
                                              ("北湖区新认定青禾共享科技有限公司等3家企业。", "3家")])
def test_a_cue_word_inside_a_name_is_no_cue(pipeline, text, number):
    # 规划, 目标 (target) and 共 (level) stand inside the names: the cue before them (新建, 新认定) decides
    assert records(pipeline, text)[number]["aspect"] == "new"


def test_a_cue_word_outside_the_name_still_counts(pipeline):
    got = records(pipeline, "北湖区计划新建澄川检测研究院等3个研发机构。")
    assert got["3个"]["aspect"] == "target"

"""REGION classes (SPEC 3; issue 14): a county opening on a conjunction's character and a province's
one-character abbreviation in a fixed slogan. Invented text."""

from __future__ import annotations

import pytest
from conftest import entity_pairs as found

from extract.entities import find_entities


def test_a_division_opening_on_a_conjunction_stays_a_division_where_no_body_precedes():
    text = "北湖区与和平区签约,和县新增企业,青禾高速和县至澄川段通车。"
    assert [m for m in found(text) if m[1].startswith("和")] == [
        ("REGION", "和平区"), ("REGION", "和县"), ("REGION", "和县"),
    ]


@pytest.mark.parametrize(
    ("text", "abbrev", "name"),
    [
        ("青禾县落实“人才强滇”计划。", "滇", "云南省"),
        ("实施科教兴桂战略。", "桂", "广西壮族自治区"),
        ("大力推进“科技兴湘”行动。", "湘", "湖南省"),
        ("坚持依法治疆。", "疆", "新疆维吾尔自治区"),
        ("践行党的治藏方略。", "藏", "西藏自治区"),
        ("鲁商回归企业增多。", "鲁", "山东省"),
    ],
)
def test_an_abbreviation_in_a_fixed_slogan_is_its_province(text, abbrev, name):
    mentions = [m for m in find_entities(text, model=False) if m["type"] == "REGION"]
    assert [(m["text"], m["norm"]["name"]) for m in mentions] == [(abbrev, name)]


@pytest.mark.parametrize(
    "text", ["在川东北经济区规划。", "推动苏南地区发展。", "沪商品市场兴旺。", "整治沪宁线。", "振兴湘江流域。"]
)
def test_a_grouping_a_word_with_shang_and_a_verb_ending_in_zhi_give_no_abbreviation(text):
    assert [m for m in found(text) if len(m[1]) == 1] == []

"""Entity classes both blind annotators of round 12 marked and the recogniser missed (issue 14,
corpus/ANNOTATION.md "Entities, round 12"), each as a class of text in invented names."""

from __future__ import annotations

import pytest

from extract.entities import find_entities


def found(text: str) -> list[tuple[str, str]]:
    return [(m["type"], m["text"]) for m in find_entities(text, model=False) if m["type"] != "REGION"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("根据科技部火炬中心公布的考核结果,青禾园区获评优秀。", "科技部火炬中心"),
        ("工信部火炬中心印发通知。", "工信部火炬中心"),
        ("省科技厅北湖工作处负责人告诉记者。", "省科技厅北湖工作处"),
    ],
)
def test_an_agency_or_division_after_its_body_is_one_institution(text, body):
    assert found(text) == [("INSTITUTION", body)]


def test_handling_work_is_no_division():
    assert found("澄川县工作处理及时,青禾镇工作处置得当。") == []


def test_a_bare_science_city_names_the_zone_of_the_text_but_not_after_a_count():
    text = "向科技城园区企业推介。澄川湾科技城是全国3个未来科技城之一,各地科技城加快建设。"
    assert found(text) == [("PLATFORM", "科技城"), ("PLATFORM", "澄川湾科技城")]


def test_the_party_committee_and_government_named_together_are_one_authority():
    assert found("在澄川州党委政府的领导下,各级党委政府和北湖区政府高度重视。") == [
        ("INSTITUTION", "澄川州党委政府"),
        ("INSTITUTION", "北湖区政府"),
    ]

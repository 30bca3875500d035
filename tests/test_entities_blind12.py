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
    text = "为科技城园区企业对接。澄川湾科技城是全国3个同类科技城之一,各地科技城加快建设。"
    assert found(text) == [("PLATFORM", "科技城"), ("PLATFORM", "澄川湾科技城")]


def test_the_party_committee_and_government_named_together_are_one_authority():
    assert found("在澄川州党委政府的领导下,各级党委政府和北湖区政府高度重视。") == [
        ("INSTITUTION", "澄川州党委政府"),
        ("INSTITUTION", "北湖区政府"),
    ]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("澄川新片区管委会创新处处长当日表示。", ["澄川新片区管委会创新处"]),
        ("自治区科技厅高新技术处负责人说,今年企业增多。", ["自治区科技厅高新技术处"]),
        ("科技部高新技术司司长介绍。", ["科技部高新技术司"]),
        # a division standing alone after the first names no body of its own
        ("市科技局成果处、规划处负责人出席。", ["市科技局成果处"]),
    ],
)
def test_a_division_written_after_its_body_is_one_institution(text, bodies):
    assert found(text) == [("INSTITUTION", b) for b in bodies]


def test_words_that_end_like_a_division_leave_the_body_alone():
    text = "省科技厅好处多多,省科技厅到此处,省国资委下属公司,市科技局处理及时。"
    assert found(text) == [("INSTITUTION", "省科技厅"), ("INSTITUTION", "省科技厅"),
                           ("INSTITUTION", "省国资委"), ("INSTITUTION", "市科技局")]


def test_a_zones_other_name_in_brackets_stays_inside_its_bodys_name():
    text = ("北湖高新技术产业开发区(北湖经济技术开发区)位于园区,"
            "青禾高新技术产业开发区(青禾经济技术开发区)科技发展局牵头。")
    assert found(text) == [
        ("PLATFORM", "北湖高新技术产业开发区"),
        ("PLATFORM", "北湖经济技术开发区"),
        ("INSTITUTION", "青禾高新技术产业开发区(青禾经济技术开发区)科技发展局"),
    ]


def test_a_leading_groups_office_is_named_by_the_groups_task_and_scope():
    text = "近日,全国澄川品牌认定评价领导小组办公室复函。厅里发挥禾北新区建设领导小组办公室统筹作用。"
    assert found(text) == [
        ("INSTITUTION", "全国澄川品牌认定评价领导小组办公室"),
        ("INSTITUTION", "禾北新区建设领导小组办公室"),
    ]


def test_a_group_set_up_without_a_name_is_no_body():
    assert found("为此成立专门协调领导小组,强化统筹。") == []


def test_intergovernmental_organisations_are_institutions_but_not_inside_other_words():
    text = "世界贸易组织发布报告,这家孵化器被联合国确认,企业联合国际伙伴,国际电信联盟参会。"
    assert found(text) == [
        ("INSTITUTION", "世界贸易组织"),
        ("INSTITUTION", "联合国"),
        ("INSTITUTION", "国际电信联盟"),
    ]

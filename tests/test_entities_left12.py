"""Entity classes the round-12 helpers noticed and left (issue 14, corpus/ANNOTATION.md
"Entities left open in round 12"), each as a class of text in invented names."""

from __future__ import annotations

import pytest

from extract.entities import find_entities


def found(text: str) -> list[tuple[str, str]]:
    return [(m["type"], m["text"]) for m in find_entities(text, model=False)]


@pytest.mark.parametrize("joiner", ["和", "与", "及", "同"])
def test_a_conjunction_before_a_level_word_joins_two_bodies(joiner):
    text = f"澄川区科技局{joiner}县财政局联合发文。"
    assert found(text) == [("INSTITUTION", "澄川区科技局"), ("INSTITUTION", "县财政局")]


def test_a_division_opening_on_a_conjunction_stays_a_division_where_no_body_precedes():
    text = "北湖区与和平区签约,和县新增企业,青禾高速和县至澄川段通车。"
    assert [m for m in found(text) if m[1].startswith("和")] == [
        ("REGION", "和平区"), ("REGION", "和县"), ("REGION", "和县"),
    ]


def test_a_whole_division_after_a_body_opens_the_next_body():
    assert found("澄川县教育局和平区教育局签约。") == [
        ("INSTITUTION", "澄川县教育局"), ("INSTITUTION", "和平区教育局"),
    ]


def test_a_branch_named_after_a_company_stays_one_company():
    assert found("青禾集团同心县分公司成立。") == [("COMPANY", "青禾集团同心县分公司")]


@pytest.mark.parametrize("body", ["财政局", "民政局", "邮政局"])
def test_bodies_ending_in_zheng_ju_are_bodies_and_a_political_situation_is_none(body):
    assert found(f"北湖区{body}印发通知,国际政局稳定。") == [("INSTITUTION", f"北湖区{body}")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("专家组从市科技局获悉。", "市科技局"),
        ("企业由县科技局推荐。", "县科技局"),
        ("通讯员昨天从省科技厅得知。", "省科技厅"),
        ("5日上午澄川县人大召开会议。", "澄川县人大"),
        ("下午青禾市政府召开常务会议。", "青禾市政府"),
        ("当天北湖区科技局发布通知。", "北湖区科技局"),
    ],
)
def test_a_name_never_reads_over_a_glued_preposition_or_a_time_of_day(text, body):
    assert [m for m in found(text) if m[0] == "INSTITUTION"] == [("INSTITUTION", body)]


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


@pytest.mark.parametrize(
    "office",
    [
        "县政府办公室", "市委办公室", "区政府办公厅", "澄川高新区党委办公室", "北湖经开区管委会办公室",
        "青禾县人民政府办公室",
    ],
)
def test_a_bodys_own_office_is_one_institution_with_the_body(office):
    assert found(f"{office}印发通知。") == [("INSTITUTION", office)]


def test_an_office_named_by_its_task_after_a_name_word_joins_the_body_before_it():
    text = "北湖高新区管理委员会青禾园管理办公室获评优秀,加强管理办公室建设。"
    assert found(text) == [("INSTITUTION", "北湖高新区管理委员会青禾园管理办公室")]


@pytest.mark.parametrize("factory", ["卷烟厂", "钢铁厂", "制药厂", "水泥厂", "化工厂", "啤酒厂"])
def test_a_factory_after_a_place_is_a_company_and_a_kind_of_factory_is_none(factory):
    assert found(f"澄川{factory}投产,全省{factory}减产,新建{factory}。") == [("COMPANY", f"澄川{factory}")]


@pytest.mark.parametrize("head", ["实验室", "研究院"])
def test_two_platforms_of_one_head_side_by_side_are_two_names(head):
    assert found(f"澄川量子{head}北湖光子{head}同时揭牌。") == [
        ("PLATFORM", f"澄川量子{head}"), ("PLATFORM", f"北湖光子{head}"),
    ]


def test_a_description_after_a_superlative_before_a_name_of_its_head_is_no_name():
    assert found("全国最大中微子实验室青禾深地实验室投入运行。") == [("PLATFORM", "青禾深地实验室")]


def test_a_county_opening_on_a_conjunction_opens_its_bodys_name():
    assert found("和县科技局发布通知。") == [("INSTITUTION", "和县科技局")]


def test_a_particle_before_a_level_word_is_no_preposition():
    text = "青禾地区双城经济圈北湖产业技术创新联盟成立。"
    assert found(text) == [("PLATFORM", "青禾地区双城经济圈北湖产业技术创新联盟")]

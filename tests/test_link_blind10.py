"""Record fields on classes counted by blind annotation of unlabelled articles (issue 13, round 10):
invented text run through the whole pipeline, so each test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records


@pytest.mark.parametrize("group", ["青北两区", "青北“两区”", "禾松丰三市", "松丰两地"])
def test_a_group_named_by_short_names_and_a_count_has_no_region(pipeline, group):
    got = records(pipeline, f"安徽省科技厅发布数据。2031年,{group}完成地区生产总值1280亿元,同比增长6.8%;"
                            "全省高新技术企业达到612家。")
    assert got["1280亿元"]["region"] is None, group
    assert got["6.8%"]["region"] is None, group
    assert got["612家"]["region"] == "安徽省", group


@pytest.mark.parametrize("lead", ["其中两区", "“一园六区”"])
def test_a_count_of_areas_after_a_pronoun_or_in_a_slogan_is_no_group(pipeline, lead):
    got = records(pipeline, f"2031年,庐阳区{lead}引进项目47个。")
    assert got["47个"]["region"] == "庐阳区", lead


@pytest.mark.parametrize("text,count,want", [
    ("北湖区包括9个光电与储能材料项目、6个智能装备项目。", "9个", "光电与储能材料项目"),
    ("北湖区实施40项前沿研究和共性技术研究课题项目。", "40项", "前沿研究和共性技术研究课题项目"),
    ("北湖区3个专家与团队项目入选省计划。", "3个", "专家与团队项目"),
    ("北湖区建成12家数字及智能制造平台。", "12家", "数字及智能制造平台"),
])
def test_two_qualifiers_joined_before_one_head_share_it(pipeline, text, count, want):
    assert measure(records(pipeline, text)[count]) == want


@pytest.mark.parametrize("text,count,want", [
    ("北湖区新增企业9家和高校2所。", "9家", "企业"),
    ("北湖区引进9家企业和2所高校。", "9家", "企业"),
    ("北湖区新增省级重点实验室4家和工程技术研究中心2家。", "4家", "省级重点实验室"),
])
def test_a_conjunction_before_another_count_still_ends_the_noun(pipeline, text, count, want):
    assert measure(records(pipeline, text)[count]) == want


@pytest.mark.parametrize("rank", ["排第4位", "排第十二名"])
def test_a_rank_inside_the_counted_set_is_no_part_of_its_noun(pipeline, rank):
    got = records(pipeline, f"青禾县在35个参评县中{rank},较上年提升2位。")
    assert measure(got["35个"]) == "参评县"


@pytest.mark.parametrize("clause", ["首次认定的", "新认定的", "经认定的"])
def test_an_approval_describing_the_counted_things_gives_way_to_the_noun(pipeline, clause):
    got = records(pipeline, f"北湖区对12户{clause}高新技术企业给予奖补。")
    assert measure(got["12户"]) == "高新技术企业"


def test_the_rest_of_a_bound_opens_no_measure(pipeline):
    got = records(pipeline, "北湖区共引进5000万元及以上项目8个,1亿元以上项目3个。")
    assert measure(got["8个"]) == "项目"
    assert measure(got["3个"]) == "项目"


@pytest.mark.parametrize("verb", ["可年产", "年产"])
def test_a_yearly_output_verb_opens_no_measure(pipeline, verb):
    got = records(pipeline, f"某项目投产后{verb}小型无人机500台,年产值可达8亿元。")
    assert measure(got["500台"]) == "小型无人机"
    assert measure(got["8亿元"]) == "年产值"


@pytest.mark.parametrize("area", ["青禾经济圈", "北湖城市群", "松丰都市圈"])
def test_a_named_economic_area_heading_a_fact_has_no_region(pipeline, area):
    got = records(pipeline, f"2031年,庐阳区新增企业40家。{area}协同创新成效显著,研发人员增长11.7%。")
    assert got["11.7%"]["region"] is None, area
    assert got["40家"]["region"] == "庐阳区", area


@pytest.mark.parametrize("verb", ["抢抓", "融入", "对接"])
def test_an_economic_area_after_a_verb_is_an_object(pipeline, verb):
    got = records(pipeline, f"2031年,庐阳区{verb}青禾经济圈建设机遇,引进项目47个。")
    assert got["47个"]["region"] == "庐阳区", verb


@pytest.mark.parametrize("noun", ["所占比重", "所占比例"])
def test_a_share_noun_after_its_subject_is_kept_whole(pipeline, noun):
    got = records(pipeline, f"2031年,北湖区发明专利申请{noun}为43.9%。")
    assert measure(got["43.9%"]) == f"发明专利申请{noun}"


@pytest.mark.parametrize("verb", ["新成立", "新备案", "新组建"])
def test_a_verb_of_the_period_opens_no_measure(pipeline, verb):
    got = records(pipeline, f"2031年,北湖区{verb}省级新型研发机构17家。")
    assert measure(got["17家"]) == "省级新型研发机构"


def test_a_noun_holding_incubate_is_one_noun(pipeline):
    got = records(pipeline, "截至目前,北湖区各类创业孵化机构总量已达57家。")
    assert measure(got["57家"]) == "创业孵化机构总量"


@pytest.mark.parametrize("verb", ["位列", "跻身"])
def test_a_standing_after_the_counted_noun_ends_it(pipeline, verb):
    got = records(pipeline, f"北湖区5家企业{verb}全球百强。")
    assert measure(got["5家"]) == "企业"


@pytest.mark.parametrize("text,count,want", [
    ("北湖区某某实验室等4个省实验室落地园区。", "4个", "省实验室"),
    ("截至2031年,青禾省5家高新区拥有本省31%的高新技术企业。", "5家", "高新区"),
    # before the count 落地 is a verb like 签约 and 入驻 (签约项目12个 → 项目; left27, issue 14)
    ("北湖区引进落地项目12个。", "12个", "项目"),
])
def test_landing_or_holding_after_the_counted_noun_ends_it(pipeline, text, count, want):
    assert measure(records(pipeline, text)[count]) == want


PROVINCE_LEAD = "安徽省发改委发布安徽省重点项目,全省总投资6000亿元,安徽省产业投资增长8%。\n"


@pytest.mark.parametrize("name,want", [
    ("青禾城际铁路芜湖段项目", "芜湖市"),
    ("青禾大道合肥段改造工程", "合肥市"),
    ("G4高速合肥至芜湖段扩容工程", "安徽省"),
    ("青禾湿地公园启动项目——芜湖体育中心项目", "芜湖市"),  # (named again after the dash: regleft25)
    ("青禾湿地公园启动项目", "安徽省"),
])
def test_a_project_sits_at_the_one_place_its_name_holds(pipeline, name, want):
    got = records(pipeline, PROVINCE_LEAD + f"总投资约86亿元的{name}将于年内开工。")
    assert got["约86亿元"]["region"] == want, name


@pytest.mark.parametrize("stretch", ["合肥至芜湖段", "合肥龙湾到芜湖段"])
def test_a_stretch_between_two_places_is_in_neither(pipeline, stretch):
    got = records(pipeline, PROVINCE_LEAD + f"青禾高速{stretch}扩容工程,拓宽高速公路约64公里。\n芜湖市新增企业40家。")
    assert got["约64公里"]["region"] == "安徽省", stretch
    assert got["40家"]["region"] == "芜湖市", stretch


@pytest.mark.parametrize("text,count,want", [
    ("2031年,青禾省31家银行在全省12个市为260家企业放贷。", "12个", "市"),
    ("青禾省服务中心与5个市建立协作。", "5个", "市"),
    ("检查覆盖的16个省(区、市)均已整改。", "16个", "省(区、市)"),
    ("青禾省新建3个省实验室。", "3个", "省实验室"),
    ("青禾省建成4个市级园区。", "4个", "市级园区"),
])
def test_a_one_character_noun_of_divisions_after_a_count(pipeline, text, count, want):
    assert measure(records(pipeline, text)[count]) == want


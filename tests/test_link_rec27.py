"""Record fields left on unseen text (issue 13, rec27): classes found by a blind annotation of 32 unlabelled
articles outside the earlier pools. Invented text run through the whole pipeline, so each test fails when its
rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("青禾县招商周落幕,17个成功签约项目均已开工。", "17个", "签约项目"),
    ("北湖区有11家已签约企业。", "11家", "签约企业"),
    ("北湖区有13家入驻企业。", "13家", "入驻企业"),
    ("在9个参与测评园区中,北湖区的得分居首。", "9个", "参与测评园区"),
])
def test_a_verb_right_after_a_count_that_qualifies_a_head_opens_the_measure(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


def test_a_verb_after_a_count_without_a_head_stays_its_predicate(pipeline):
    got = records(pipeline, "北湖区另有6家参加评审。北湖区23个项目现场签约。")
    assert measure(got["6家"]) is None
    assert measure(got["23个"]) == "项目"


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("北湖区新建农技服务站14个。", "14个", "农技服务站"),
    ("北湖区组建科技服务队8支。", "8支", "科技服务队"),
])
def test_a_noun_holding_fuwu_keeps_it(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


def test_a_count_closing_a_list_of_named_bases_is_the_reports_not_one_bases(pipeline):
    # each park's name holds a city of the province; the three together are the province's
    got = records(pipeline, "江西省的省级特色园区里,上饶光伏产业园、南昌航空产业园与九江石化产业园3个获评优秀。")
    assert got["3个"]["region"] == "江西省"


def test_a_figure_after_one_named_base_is_still_that_bases_place(pipeline):
    got = records(pipeline, "江西省园区营收稳步增长,其中,上饶高新区达到195亿元、九江经开区达到280亿元。")
    assert got["195亿元"]["region"] == "上饶市"
    assert got["280亿元"]["region"] == "九江市"


@pytest.mark.parametrize(("text", "count"), [
    ("北湖区启动攻关专项7个。", "7个"),
    ("北湖区成立校企联合实验室6个。", "6个"),
    ("北湖区从高校引入博士后11名。", "11名"),
    ("北湖区2人当选院士。", "2人"),
    ("青禾县有41家企业上榜年度瞪羚企业名单。", "41家"),
    ("北湖区新设外商投资企业26家。", "26家"),
    ("2031年以来,北湖区落地科技支行7家。", "7家"),
])
def test_things_launched_founded_or_listed_are_new(pipeline, text, count):
    assert records(pipeline, text)[count]["aspect"] == "new"


def test_work_launched_on_counted_things_makes_them_no_new_things(pipeline):
    got = records(pipeline, "青禾县9个老旧厂区的改造工作近日陆续启动。青禾县6个产业项目启动建设。")
    assert got["9个"]["aspect"] == "level"
    assert measure(got["6个"]) == "产业项目"


@pytest.mark.parametrize(("text", "count"), [
    ("北湖区累计启动示范工程15个。", "15个"),
    ("北湖区累计落地科创企业34家。", "34家"),
])
def test_a_running_total_of_things_launched_stays_level(pipeline, text, count):
    assert records(pipeline, text)[count]["aspect"] == "level"


@pytest.mark.parametrize("change", ["比上年增加8个", "同比增长21%"])
def test_the_parts_after_qizhong_are_what_the_whole_is_past_its_change(pipeline, change):
    # the whole's change stands between, written in its unit or as a rate
    got = records(pipeline, f"北湖区今年新引进研发团队46个,{change},其中,院士团队5个、博士团队19个。")
    assert got["5个"]["aspect"] == got["19个"]["aspect"] == "new"
    assert [r["aspect"] for r in got.values()] == ["new", "change", "new", "new"]


def test_a_part_after_qizhong_with_a_cue_of_its_own_keeps_it(pipeline):
    got = records(pipeline, "北湖区新增高新技术企业120家,其中,累计有制造业企业52家。")
    assert got["52家"]["aspect"] == "level"


def test_a_part_of_another_unit_takes_nothing_from_the_whole(pipeline):
    got = records(pipeline, "北湖区新增企业120家,研发投入8亿元,其中,财政资金3亿元。")
    assert got["3亿元"]["aspect"] == "level"


def test_a_count_as_of_a_date_after_a_creating_verb_is_a_stock(pipeline):
    got = records(pipeline, "截至2031年6月,青禾省在新能源领域建立了4个省实验室、15个工程研究中心。")
    assert got["4个"]["aspect"] == got["15个"]["aspect"] == "level"


def test_a_creating_verb_without_a_date_as_of_stays_new(pipeline):
    got = records(pipeline, "2031年,青禾省在新能源领域建立了4个省实验室。")
    assert got["4个"]["aspect"] == "new"


def test_a_variety_approved_is_new(pipeline):
    assert records(pipeline, "青禾县农科所选育的8个玉米品种通过审定。")["8个"]["aspect"] == "new"

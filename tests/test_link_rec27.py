"""Record fields left on unseen text (issue 13, rec27): classes found by a blind annotation of 32 unlabelled
articles outside the earlier pools. Invented text run through the whole pipeline, so each test fails when its
rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("北湖区举办推介会。28个成功签约项目涉及新材料。", "28个", "签约项目"),
    ("北湖区有11家已签约企业。", "11家", "签约企业"),
    ("北湖区有13家入驻企业。", "13家", "入驻企业"),
    ("北湖区是青禾市9个参与测评园区中进位最多的。", "9个", "参与测评园区"),
])
def test_a_verb_right_after_a_count_that_qualifies_a_head_opens_the_measure(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


def test_a_verb_after_a_count_without_a_head_stays_its_predicate(pipeline):
    got = records(pipeline, "北湖区另有6家参加评审。北湖区17个项目集中签约。")
    assert measure(got["6家"]) is None
    assert measure(got["17个"]) == "项目"


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("北湖区新建农技服务站14个。", "14个", "农技服务站"),
    ("北湖区组建科技服务队8支。", "8支", "科技服务队"),
])
def test_a_noun_holding_fuwu_keeps_it(pipeline, text, count, noun):
    assert measure(records(pipeline, text)[count]) == noun


def test_a_count_closing_a_list_of_named_bases_is_the_reports_not_one_bases(pipeline):
    # each base's name holds a city of the province; the three together are the province's
    got = records(pipeline, ("江西省已建成宜春锂电材料园、赣州稀土材料园和宜春医药园"
                            "三个省级特色园区。"))
    assert got["三个"]["region"] == "江西省"


def test_a_figure_after_one_named_base_is_still_that_bases_place(pipeline):
    got = records(pipeline, "江西省园区发展较快。其中,宜春高新区营收310亿元、赣州高新区营收245亿元。")
    assert got["310亿元"]["region"] == "宜春市"
    assert got["245亿元"]["region"] == "赣州市"


@pytest.mark.parametrize(("text", "count"), [
    ("北湖区启动攻关专项7个。", "7个"),
    ("北湖区成立成果转化企业33家。", "33家"),
    ("北湖区柔性引入院士4名。", "4名"),
    ("北湖区2人当选院士。", "2人"),
    ("北湖区青禾某某等41家企业上榜。", "41家"),
    ("北湖区新设外商投资企业58家。", "58家"),
    ("2031年以来,北湖区落地科技支行7家。", "7家"),
])
def test_things_launched_founded_or_listed_are_new(pipeline, text, count):
    assert records(pipeline, text)[count]["aspect"] == "new"


def test_work_launched_on_counted_things_makes_them_no_new_things(pipeline):
    got = records(pipeline, "北湖区第三批13个科研院所的改制工作均已启动。北湖区5个项目落位启动。")
    assert got["13个"]["aspect"] == "level"
    assert measure(got["5个"]) == "项目"


@pytest.mark.parametrize(("text", "count"), [
    ("北湖区累计启动示范工程15个。", "15个"),
    ("北湖区累计落地科创企业34家。", "34家"),
])
def test_a_running_total_of_things_launched_stays_level(pipeline, text, count):
    assert records(pipeline, text)[count]["aspect"] == "level"


def test_the_parts_after_qizhong_are_what_the_whole_is_past_its_change(pipeline):
    got = records(pipeline, "北湖区新设外资企业58家,比上年增加9家,其中,合资企业21家、独资企业37家。")
    assert got["9家"]["aspect"] == "change"
    assert got["21家"]["aspect"] == got["37家"]["aspect"] == "new"


def test_a_part_after_qizhong_with_a_cue_of_its_own_keeps_it(pipeline):
    got = records(pipeline, "北湖区新增高新技术企业120家,其中,累计有制造业企业52家。")
    assert got["52家"]["aspect"] == "level"


def test_a_part_of_another_unit_takes_nothing_from_the_whole(pipeline):
    got = records(pipeline, "北湖区新增企业120家,研发投入8亿元,其中,财政资金3亿元。")
    assert got["3亿元"]["aspect"] == "level"


def test_a_count_as_of_a_date_after_a_creating_verb_is_a_stock(pipeline):
    got = records(pipeline, "截至2031年6月,青禾省在新材料领域建立了3个省实验室、12个重点实验室。")
    assert got["3个"]["aspect"] == got["12个"]["aspect"] == "level"


def test_a_creating_verb_without_a_date_as_of_stays_new(pipeline):
    got = records(pipeline, "2031年,青禾省在新材料领域建立了3个省实验室。")
    assert got["3个"]["aspect"] == "new"


def test_a_variety_approved_is_new(pipeline):
    assert records(pipeline, "北湖区15个水稻新品种通过审定。")["15个"]["aspect"] == "new"

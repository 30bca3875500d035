"""Record fields left on unseen text (issue 13, recleft26): classes found by scoring the blind record
annotations of the unlabelled articles together. Invented text run through the whole pipeline, so each
test fails when its rule is gone."""

from __future__ import annotations

import pytest
from conftest import measure, records

_CITY = "郴州市重点项目加快建设。"


@pytest.mark.parametrize("verb", ["选址", "落户", "位于"])
def test_a_zone_after_a_site_verb_places_the_project_where_its_name_says(pipeline, verb):
    got = records(pipeline, _CITY + f"某扩能工程总投资15亿元,占地约400亩,{verb}北湖化工园,二期同步推进。")
    assert got["15亿元"]["region"] == got["约400亩"]["region"] == "北湖区"


def test_a_zone_named_without_a_site_verb_leaves_the_report_city(pipeline):
    got = records(pipeline, _CITY + "某扩能工程总投资15亿元,占地约400亩,与北湖化工园签约。")
    assert got["15亿元"]["region"] == "郴州市"


def test_a_zone_whose_name_holds_no_place_after_a_site_verb_leaves_the_report_city(pipeline):
    got = records(pipeline, _CITY + "某扩能工程总投资15亿元,选址青禾化工园。")
    assert got["15亿元"]["region"] == "郴州市"


@pytest.mark.parametrize(("text", "count", "noun"), [
    ("北湖区新开工11个总投资48亿元的项目。", "11个", "项目"),
    ("北湖区12个计划投资80亿元的产业项目开工。", "12个", "产业项目"),
    ("北湖区共有8个总投资30亿元及以上的骨干项目落地。", "8个", "骨干项目"),
    ("北湖区引进6家营收5亿元的企业。", "6家", "企业"),
])
def test_a_count_whose_things_are_sized_by_an_amount_linked_by_de_counts_the_things(pipeline, text, count, noun):
    got = records(pipeline, text)
    assert measure(got[count]) == noun


def test_a_noun_before_the_size_word_keeps_the_amount_the_things(pipeline):
    # 项目投资 is no size word alone: the amount is the projects', the noun after 的 is not what is counted
    got = records(pipeline, "北湖区有5个项目投资10亿元的规模。")
    assert measure(got["5个"]).startswith("项目")


def test_an_amount_of_the_counted_things_without_de_stays_theirs(pipeline):
    got = records(pipeline, "北湖区新开工项目11个,总投资48亿元,其中3个总投资20亿元。")
    assert measure(got["11个"]).endswith("项目")
    assert measure(got["48亿元"]) == measure(got["20亿元"]) == "总投资"


@pytest.mark.parametrize("lead", ["新签约", "引资新签约", "上半年新签约"])
def test_a_count_newly_signed_is_a_signing_and_its_contract_sum_a_level(pipeline, lead):
    got = records(pipeline, f"北湖区{lead}制造业项目9个,合同投资额15亿元。")
    assert got["9个"]["aspect"] == "other"
    assert got["15亿元"]["aspect"] == "level"


def test_a_count_newly_brought_in_is_still_new(pipeline):
    got = records(pipeline, "北湖区新引进工业项目9个,新落户企业6家。")
    assert got["9个"]["aspect"] == got["6家"]["aspect"] == "new"


@pytest.mark.parametrize("items", ["商标、版权", "专利、注册版权"])
def test_a_duration_after_fenbie_measures_the_term_named_before_it(pipeline, items):
    got = records(pipeline, f"北湖区精简审批流程,{items}变更登记时限分别压减到5个工作日、3个工作日。")
    assert measure(got["5个工作日"]).endswith("时限")
    assert measure(got["3个工作日"]).endswith("时限")


def test_numbers_after_fenbie_still_pair_with_the_items_listed(pipeline):
    got = records(pipeline, "北湖区新能源、数字创意产业营收分别增长12%和15%。")
    # (each rate is its own item's: the duration rule must not hand the term before 分别 to them)
    assert measure(got["12%"]).startswith("新能源")
    assert measure(got["15%"]).startswith("数字创意")


_DISTRICT = "北湖区科技工作会召开。北湖区新增企业9家。"


@pytest.mark.parametrize("body", ["国务院办公厅", "近日,科技部", "工信部"])
def test_a_national_body_heading_the_sentence_reports_the_countrys_counts(pipeline, body):
    text = f"{body}印发通知,对评估覆盖的9个省份和14项改革举措予以推广,其中北湖区2项入选。"
    got = records(pipeline, _DISTRICT + text)
    assert got["9个"]["region"] is None and got["14项"]["region"] is None
    assert got["2项"]["region"] == got["9家"]["region"] == "北湖区"


@pytest.mark.parametrize(("text", "count"), [
    ("工信部公布第五批专精特新企业名单,澄光新材等12家企业上榜。", "12家"),
    ("近日,科技部公布国家级孵化器名单,拓禾科技企业孵化器等3家孵化器入选。", "3家"),
    ("教育部公布一流专业建设点名单,青禾职业技术学院5个专业入选。", "5个"),
])
def test_things_named_after_a_national_body_are_the_reports_own(pipeline, text, count):
    # a national list that selected the report's firms, zones or bodies counts them, not the country's
    assert records(pipeline, _DISTRICT + text)[count]["region"] == "北湖区"


def test_a_national_body_named_again_before_the_counts_is_no_local_thing(pipeline):
    text = "国务院办公厅印发通知,对国务院评估覆盖的9个省份予以推广。"
    assert records(pipeline, _DISTRICT + text)["9个"]["region"] is None


def test_a_level_word_after_a_national_body_keeps_the_section(pipeline):
    got = records(pipeline, _DISTRICT + "科技部公布了评价结果,我区5家孵化器获评优秀。")
    assert got["5家"]["region"] == "北湖区"


def test_a_provincial_body_heading_the_sentence_keeps_the_section(pipeline):
    got = records(pipeline, _DISTRICT + "省科技厅公布了评价结果,共评出优秀孵化器12家。")
    assert got["12家"]["region"] == "北湖区"


@pytest.mark.parametrize("verb", ["集中开工", "集中竣工", "集中投产", "新开工"])
def test_things_an_event_started_listed_with_you_are_new(pipeline, verb):
    got = records(pipeline, f"北湖区重点项目集中开竣工。其中,{verb}项目有青禾云谷等7个项目。")
    assert got["7个"]["aspect"] == "new"


@pytest.mark.parametrize("text", ["北湖区已投产项目有12个。", "北湖区投产企业有12个。"])
def test_a_stock_of_things_started_listed_with_you_stays_a_level(pipeline, text):
    assert records(pipeline, text)["12个"]["aspect"] == "level"


@pytest.mark.parametrize(("text", "count"), [
    ("北湖区重新投产企业有12家。", "12家"),  # resumed, not started
    ("北湖区集中开工项目有效拉动投资50亿元。", "50亿元"),  # 有效, 有力: 有 opens another word, lists nothing
    ("北湖区新开工项目有力带动就业岗位3000个。", "3000个"),
])
def test_resumed_work_or_you_opening_another_word_is_no_list_of_things_started(pipeline, text, count):
    assert records(pipeline, text)[count]["aspect"] == "level"

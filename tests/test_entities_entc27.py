"""Company and institution classes from the entc27 blind annotation of 40 unlabelled articles:
brands the segmenter cut into characters, the first item of a list after the word that governs
it, a size class of firms between 等 and the company noun, a place and an industry word listed
before 等…企业, and a copula glued to a pronoun before a body's name. Invented names throughout."""

from __future__ import annotations

import pytest

from extract.entities import find_entities


def _found(text: str) -> list[tuple[str, str]]:
    return [(m["type"], m["text"]) for m in find_entities(text, model=False)]


# --- brands the segmenter knows no word for, cut into single characters (珂|驾)


def test_brands_cut_into_characters_in_a_counted_list_are_companies() -> None:
    found = _found("翎澈、珂驾和佑禾三家公司去年完成扩产。")
    assert [x for x in found if x[0] == "COMPANY"] == [("COMPANY", "翎澈"), ("COMPANY", "珂驾"), ("COMPANY", "佑禾")]


def test_brands_cut_into_characters_before_deng_are_companies() -> None:
    found = _found("翎澈、珂驾、佑禾等企业去年完成扩产。")
    assert ("COMPANY", "珂驾") in found and ("COMPANY", "佑禾") in found


def test_places_listed_before_a_kind_of_firm_stay_places() -> None:
    assert _found("会议邀请北湖、澄川等地企业参加。") == [("REGION", "北湖")]


# --- the first item of a list that opens after the clause's verb or preposition


def test_first_item_after_a_preposition_is_a_company() -> None:
    found = _found("澄川港区码头由北湖控股、拓岭实业和青禾集团合资运营。")
    assert ("COMPANY", "北湖控股") in found
    assert ("REGION", "北湖") not in found


def test_first_item_after_a_verb_in_a_closed_list_is_a_company() -> None:
    found = _found("园区引进北湖钢铁、澄川控股、拓川集团等企业。")
    assert ("COMPANY", "北湖钢铁") in found


def test_place_alone_first_in_a_list_of_firms_stays_a_place() -> None:
    found = _found("支持北湖、澄川控股、拓川集团共同发展。")
    assert ("REGION", "北湖") in found
    assert ("COMPANY", "北湖") not in found


# --- a size class of firms (规上) between 等 and the company noun


def test_size_class_after_the_count_keeps_the_list_of_firms() -> None:
    found = _found("截至去年,澄光科技、拓川、北湖锂电等12家规上企业建成投产。")
    assert [x for x in found if x[0] == "COMPANY"] == [
        ("COMPANY", "澄光科技"), ("COMPANY", "拓川"), ("COMPANY", "北湖锂电")]


def test_place_and_industry_word_before_deng_qiye_is_a_company() -> None:
    # (科技 alone is a generic word: the place is what names the firm)
    found = _found("拓川、北湖科技等企业扩建厂房。")
    assert ("COMPANY", "拓川") in found and ("COMPANY", "北湖科技") in found


# --- a pronoun or an adverb glued to the copula ends a body's name


def test_copula_after_a_pronoun_is_no_part_of_the_body() -> None:
    assert _found("这是北湖区统计局发布的数据。") == [("INSTITUTION", "北湖区统计局")]


# --- brands written in Latin letters, as items of a list that holds a brand the dictionary lacks


def test_latin_brand_beside_an_unknown_brand_is_a_company() -> None:
    found = _found("园区吸引了澄屿、zuvo、拓岚电子等家电企业。")
    assert ("COMPANY", "zuvo") in found and ("COMPANY", "拓岚电子") in found


def test_latin_letters_before_ideographs_make_one_short_name() -> None:
    assert ("COMPANY", "Ko优选") in _found("孵化器走出了拓屿澄辉、Ko优选等一批初创企业。")


def test_capital_acronyms_in_a_list_of_firms_stay_sectors() -> None:
    found = _found("AI、VR、拓屿科技等企业。")
    assert [x for x in found if x[0] == "COMPANY"] == [("COMPANY", "拓屿科技")]


@pytest.mark.parametrize("sector", ["LED照明", "IT服务"])
def test_an_acronym_before_an_industry_word_in_a_list_of_firms_stays_a_sector(sector: str) -> None:
    found = _found(f"园区聚集了{sector}、澄屿、拓岚电子等企业。")
    assert [x for x in found if x[0] == "COMPANY"] == [("COMPANY", "澄屿"), ("COMPANY", "拓岚电子")]


# --- a body's short form with an official's title glued to it by the segmenter


def test_short_form_before_a_glued_title_is_the_body() -> None:
    assert _found("市委书记张青宣布项目落地。") == [("INSTITUTION", "市委")]


def test_short_form_inside_a_longer_word_stays_out() -> None:
    # 市委员 of a word that runs on is no title after the body: only whole titles count
    assert ("INSTITUTION", "市委") not in _found("全市委员会议召开。")


# --- working with a body (协同, 紧密协同) is no part of its name


def test_xietong_before_a_university_is_the_verb() -> None:
    found = _found("该中心将协同青禾大学、北湖大学共建。")
    assert ("INSTITUTION", "青禾大学") in found and ("INSTITUTION", "北湖大学") in found


def test_jinmi_xietong_before_an_agency_is_no_part_of_it() -> None:
    assert _found("各部门紧密协同北湖发展署推进。") == [("INSTITUTION", "北湖发展署")]


def test_platform_name_opening_on_xietong_keeps_it() -> None:
    assert ("PLATFORM", "协同育人服务平台") in _found("青禾县建成协同育人服务平台。")

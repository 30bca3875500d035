"""Entity recognition: SPEC section 3 and 6 behaviour, with and without the trained model."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.entities import SPACY_MODEL_DIR, find_entities, get_recogniser, join_broken_lines
from extract.entities.text import _LINE_BREAK

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT.parent / "shared" / "examples"
ARTICLES = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
ENTITY_TYPES = {"COMPANY", "PLATFORM", "LOAN", "REGION", "INSTITUTION"}


def found(text: str, model: bool = False) -> list[tuple[str, str, str]]:
    return [(m["type"], m["text"], m["norm"]["name"]) for m in find_entities(text, model=model)]


def assert_flat_and_exact(text: str, mentions: list[dict]) -> None:
    for m in mentions:
        assert m["text"] == text[m["start"] : m["end"]]
        assert m["type"] in ENTITY_TYPES and m["norm"]["name"]
        assert m["source"].startswith(("rule:", "model:"))
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a["end"] <= b["start"], f"{a['text']} overlaps {b['text']}"


def test_worked_example_rules_find_all_but_the_bare_short_name():
    text = (EXAMPLES / "example.txt").read_text(encoding="utf-8")
    gold = json.loads((EXAMPLES / "example.json").read_text(encoding="utf-8"))
    want = {(m["type"], m["start"], m["end"], m["norm"]["name"]) for m in gold["mentions"] if m["type"] in ENTITY_TYPES}
    got = {(m["type"], m["start"], m["end"], m["norm"]["name"]) for m in find_entities(text, model=False)}
    assert want - got == {("COMPANY", 7, 11, "东科模具")}  # a short name only the model can see
    assert got <= want


def test_regions_get_their_full_official_names():
    assert found("重庆綦江与遂宁、南充、璧山合作") == [
        ("REGION", "重庆", "重庆市"),
        ("REGION", "綦江", "綦江区"),
        ("REGION", "遂宁", "遂宁市"),
        ("REGION", "南充", "南充市"),
        ("REGION", "璧山", "璧山区"),
    ]
    assert found("重庆彭水县与贵州黔南州") == [
        ("REGION", "重庆", "重庆市"),
        ("REGION", "彭水县", "彭水苗族土家族自治县"),
        ("REGION", "贵州", "贵州省"),
        ("REGION", "黔南州", "黔南布依族苗族自治州"),
    ]


def test_region_short_forms_follow_the_document_context():
    assert found("北京市朝阳区和朝阳的企业")[-1] == ("REGION", "朝阳", "朝阳区")
    assert found("辽宁省朝阳的企业")[-1] == ("REGION", "朝阳", "朝阳市")


def test_groupings_countries_and_far_away_homonyms_are_not_regions():
    text = "重庆共建西部双城经济圈,渝东北片区和川渝两地,中国与美国"
    assert found(text) == [("REGION", "重庆", "重庆市")]  # 双城 is a district of 哈尔滨


def test_zones_are_platforms_never_regions():
    assert found("两江新区和铜梁高新区") == [
        ("PLATFORM", "两江新区", "两江新区"),
        ("PLATFORM", "铜梁高新区", "铜梁高新区"),
    ]
    assert [m["norm"]["subtype"] for m in find_entities("北湖科学城青禾片区", model=False)] == ["park"]
    assert found("上海市浦东新区") == [("REGION", "上海市", "上海市"), ("REGION", "浦东新区", "浦东新区")]


def test_surface_decides_platform_or_institution():
    assert found("北航成都研究院与四川大学、中国科学院成都分院合作") == [
        ("PLATFORM", "北航成都研究院", "北航成都研究院"),
        ("INSTITUTION", "四川大学", "四川大学"),
        ("INSTITUTION", "中国科学院成都分院", "中国科学院成都分院"),
    ]


def test_the_longest_whole_name_wins():
    assert found("新引进四川大学精密制造国家重点实验室绵阳中心") == [
        ("PLATFORM", "四川大学精密制造国家重点实验室绵阳中心", "四川大学精密制造国家重点实验室绵阳中心")
    ]


def test_registered_companies_are_companies_and_central_bank_is_an_institution():
    assert found("四川遂宁先进材料研究院有限公司与中国人民银行对接") == [
        ("COMPANY", "四川遂宁先进材料研究院有限公司", "四川遂宁先进材料研究院有限公司"),
        ("INSTITUTION", "中国人民银行", "中国人民银行"),
    ]


def test_categories_are_not_entities():
    assert found("全区656家科技型企业、198个创新平台,博士后科研工作站16个,新增2家市级重点实验室。") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a count right after the name counts a category; a count of something else does not
        ("全县新增省技术创新中心6家、建成澄川实验室5个以上。", []),
        ("北湖创业中心入驻企业40家。", ["北湖创业中心"]),
        ("青禾高新区3家企业获奖。", ["青禾高新区"]),
        # a rank word after an owner or a field ranks a category
        ("青禾省国家级科技企业孵化器共有23家,航天领域国家级科创平台落地。", []),
        ("建设澄川药谷国家级创新平台。", ["澄川药谷"]),
        # verbs of raising or promoting, exclusions and event nouns are no part of a name
        ("12家孵化器晋升为国家级科技企业孵化器,着力提升创新平台建设质效。", []),
        ("全省17个高新区(不含澄川高新区)实现增长。", ["澄川高新区"]),
        ("系列专题新闻发布会北湖国家高新区专场。", ["北湖国家高新区"]),
        # a kind (…型) makes no name specific
        ("打造智慧型特色产业园区。", []),
        # a count whose measure word the segmenter glued to the name (3个省实验室) makes no
        # name "禾芯3个省实验室"; the listed items are the labs' short names
        ("长白山、澄川、禾芯4个省实验室揭牌。", ["长白山", "澄川", "禾芯"]),
        # an adverb glued to a governing verb ends the name (全力支持, 充分发挥, 积极探索)
        ("青禾市全力支持北湖新区建设,充分发挥园区主引擎作用。", ["北湖新区"]),
        ("澄川市积极谋划创新服务平台建设,支持国家和自治区级创新平台,打造重要平台。", []),
        # a verb right before the place or the proper word that opens the name governs it
        ("多亏澄川协同创新中心的帮助,合作项目高度契合北湖高新区产业。", ["澄川协同创新中心", "北湖高新区"]),
    ],
)
def test_counted_ranked_and_verb_led_platforms_are_categories(text, kept):
    assert [name for typ, _, name in found(text) if typ == "PLATFORM"] == kept


def test_kinds_of_firm_and_ownership_words_make_no_company_name():
    text = "3家担保公司、知名跨国公司参与,设立科技子公司等53家,由澄川集团全资子公司青禾瑞澄生态科技有限公司建设。"
    assert [name for typ, _, name in found(text) if typ == "COMPANY"] == ["澄川集团", "青禾瑞澄生态科技有限公司"]


def test_short_name_is_linked_to_the_full_name_it_abbreviates():
    mentions = find_entities("四川澄科模具制造有限公司专注铸件十余年。澄科模具并非孤例。", model=False)
    short = mentions[-1]
    assert (short["text"], short["norm"]["name"]) == ("澄科模具", "澄科模具")
    assert short["norm"]["alias_of"] == "四川澄科模具制造有限公司"
    assert short["source"] == "rule:company.alias"


def test_a_name_broken_over_lines_is_one_mention_without_the_break():
    text = "“产线改造后,我们的精度更高,合格率提高到了97%。”青禾澄焱动力制造\n\n有限公司技术总监介绍。"
    company = [m for m in find_entities(text, model=False) if m["type"] == "COMPANY"]
    assert [(m["text"], m["norm"]["name"]) for m in company] == [
        ("青禾澄焱动力制造\n\n有限公司", "青禾澄焱动力制造有限公司")
    ]


def test_captions_on_separate_short_lines_stay_apart():
    text = "青禾澄湖软件产业园\n\n\n\n北湖高新区\n"
    assert [m["text"] for m in find_entities(text, model=False)] == ["青禾澄湖软件产业园", "北湖高新区"]


def test_full_width_text_keeps_offsets_and_written_names():
    text = "中国联通澄川公司与北湖云（天津）公司出资５亿元"
    mentions = find_entities(text, model=False)
    assert [m["norm"]["name"] for m in mentions] == ["中国联通澄川公司", "北湖云（天津）公司"]
    assert_flat_and_exact(text, mentions)


def test_join_broken_lines_maps_back_to_the_original():
    text = "一" * 25 + "\n\n二三。\n短行\n\n下一行"
    joined, offsets = join_broken_lines(text)
    assert joined == "一" * 25 + "二三。\n短行\n\n下一行"
    assert all(text[o] == c for o, c in zip(offsets, joined, strict=True))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:3])
def test_articles_give_flat_exact_mentions(path):
    text = path.read_text(encoding="utf-8")
    assert_flat_and_exact(text, find_entities(text, model=False))


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet="重庆江津区铜梁高新产业园有限公司科技局大学研究院贷款创新积分、等的在\n()（）·“”,。12",
        max_size=60,
    )
)
def test_any_text_gives_flat_exact_mentions(text):
    assert_flat_and_exact(text, find_entities(text, model=False))


def test_recogniser_is_built_once():
    assert get_recogniser(False, "jieba") is get_recogniser(False, "jieba")


def test_worked_example_with_the_spacy_model_is_complete():
    text = (EXAMPLES / "example.txt").read_text(encoding="utf-8")
    gold = json.loads((EXAMPLES / "example.json").read_text(encoding="utf-8"))
    want = [(m["type"], m["start"], m["end"], m["norm"]["name"]) for m in gold["mentions"] if m["type"] in ENTITY_TYPES]
    spacy_model = str(SPACY_MODEL_DIR)  # the short name 东科模具 is the spaCy option's find
    got = [(m["type"], m["start"], m["end"], m["norm"]["name"]) for m in find_entities(text, model=spacy_model)]
    assert got == want


def test_model_adds_company_short_names_the_rules_cannot_see():
    text = "腾讯与阿里巴巴在深圳签约。"
    assert found(text) == [("REGION", "深圳", "深圳市")]
    mentions = find_entities(text, model=str(SPACY_MODEL_DIR))  # the spaCy option, not the default CRF
    assert_flat_and_exact(text, mentions)
    added = {m["text"] for m in mentions if m["source"] == "model:ner"}
    assert added & {"腾讯", "阿里巴巴"}
    assert {m["type"] for m in mentions if m["source"] == "model:ner"} == {"COMPANY"}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:3])
def test_articles_with_the_model_give_flat_exact_mentions(path):
    text = path.read_text(encoding="utf-8")
    assert_flat_and_exact(text, find_entities(text, model=True))


def test_white_space_before_a_name_neither_hangs_nor_joins_the_name():
    """News datelines put a space before names (本报成都6月5日电 四川省…); this once looped forever."""
    import signal

    def too_slow(signum, frame):
        raise TimeoutError("find_entities did not return within 20 s")

    signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(20)
    try:
        for text, name in [("江苏 南京大学", "南京大学"), ("今天 四川省科技厅发布。", "四川省科技厅"),
                           ("本报成都6月5日电 四川省科技厅近日发布消息。", "四川省科技厅"),
                           ("今天\u3000四川省科技厅发布。", "四川省科技厅")]:
            for model in (False, True):
                found = find_entities(text, model=model)
                assert_flat_and_exact(text, found)
                assert ("INSTITUTION", name) in {(m["type"], m["text"]) for m in found}, (text, found)
    finally:
        signal.alarm(0)


def test_a_numbered_heading_never_joins_the_name_on_the_next_line():
    # a heading of twenty characters or more without closing punctuation is still a heading
    text = "三、青禾县科技创新工作的主要做法与下一步工作重点\n县科技局牵头组建澄川精工研究院。"
    names = [m["text"] for m in find_entities(text, model=False)]
    assert "县科技局" in names
    assert not any("\n" in n for n in names)


def test_two_blank_lines_end_a_caption_before_a_company_name():
    text = "澄川瑞禾精工有限公司全自动焊接生产线示意图\n\n\n\n青禾澄光材料股份有限公司新建厂房。"
    companies = [m["text"] for m in find_entities(text, model=False) if m["type"] == "COMPANY"]
    assert companies == ["澄川瑞禾精工有限公司", "青禾澄光材料股份有限公司"]


def test_a_body_name_broken_after_its_place_keeps_the_break_in_its_span_only():
    text = "特此复函。\n株洲市\n科学技术局\n"
    (body,) = [m for m in find_entities(text, model=False) if m["type"] == "INSTITUTION"]
    assert (body["text"], body["norm"]["name"]) == ("株洲市\n科学技术局", "株洲市科学技术局")


def test_loans_summed_in_a_statistic_or_shared_are_no_loans():
    text = "青禾县重点项目贷款总量增长,半数贷款投向制造业,发放信用贷款总额3亿元。"
    assert [name for typ, _, name in found(text) if typ == "LOAN"] == ["信用贷款"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("园区孵化出澄川微电子股份有限公司等企业", "澄川微电子股份有限公司"),  # verb + result
        ("将申报表汇总后报送到市科技局审核", "市科技局"),  # verb + 到 + level word
        ("生物医药重点布局青禾经济技术开发区", "青禾经济技术开发区"),  # a planning verb tagged n
        ("年终盘点北湖高新区的产业版图", "北湖高新区"),
    ],
)
def test_a_name_never_runs_over_the_verb_that_governs_it(text, name):
    names = [m["text"] for m in find_entities(text, model=False) if m["type"] != "REGION"]
    assert names == [name]


def test_the_governments_work_report_names_no_body():
    text = "县长在会上作政府工作报告,向代表们报告一年来的政府工作。"
    assert [m for m in find_entities(text, model=False) if m["type"] == "INSTITUTION"] == []


def test_a_short_name_defined_in_brackets_is_the_same_kind_of_mention_wherever_it_is_used():
    text = (
        "青禾农业高新技术产业示范区(以下简称“青禾农高区”)去年新增企业12家。"
        "青禾农高区将扩区,《三年行动计划》(以下简称《计划》)印发。"
    )
    mentions = find_entities(text, model=False)
    assert [(m["type"], m["text"], m["norm"]["subtype"]) for m in mentions] == [
        ("PLATFORM", "青禾农业高新技术产业示范区", "park"),
        ("PLATFORM", "青禾农高区", "park"),
        ("PLATFORM", "青禾农高区", "park"),
    ]
    assert mentions[2]["norm"]["alias_of"] == "青禾农业高新技术产业示范区"


def test_sectors_are_no_company_short_names():
    text = "无人机、氢能等未来领域新设企业增长,光伏材料、储能电池呈规模化发展,澄瑞、禾光等储能产业企业落户。"
    companies = [m["text"] for m in find_entities(text, model=False) if m["type"] == "COMPANY"]
    assert companies == ["澄瑞", "禾光"]


def test_a_laboratory_joining_two_fields_with_yu_is_one_name_but_two_names_joined_by_he_stay_two():
    text = "网络通信与安全澄川实验室发布成果,青禾稀土技术创新中心和北湖草业技术创新中心揭牌。"
    platforms = [m["text"] for m in find_entities(text, model=False) if m["type"] == "PLATFORM"]
    assert platforms == ["网络通信与安全澄川实验室", "青禾稀土技术创新中心", "北湖草业技术创新中心"]


def test_a_body_on_the_line_after_a_long_title_starts_at_its_place():
    text = "湖南省2031年科技创新统计公报\n湖南省统计局  国家统计局湖南调查总队\n"
    bodies = [m["text"] for m in find_entities(text, model=False) if m["type"] == "INSTITUTION"]
    assert bodies[0] == "湖南省统计局"


def test_common_words_of_a_registered_name_are_no_short_name_of_it():
    text = "与湖南知识产权运营服务有限公司合作,推动知识产权运营,澄瑞智能装备有限公司旗下澄瑞智能投产。"
    companies = [m["text"] for m in find_entities(text, model=False) if m["type"] == "COMPANY"]
    assert companies == ["湖南知识产权运营服务有限公司", "澄瑞智能装备有限公司", "澄瑞智能"]


def test_quoted_loan_products_are_loans_however_they_are_cut():
    text = "推出“澄禾专精贷”“工信贷”和信贷产品“青融宝”,“首贷”“续贷”户数增加。"
    loans = [m["text"] for m in find_entities(text, model=False) if m["type"] == "LOAN"]
    assert loans == ["澄禾专精贷", "工信贷", "青融宝"]


@pytest.mark.parametrize(("joined", "spans", "expected"), [
    ("青禾县科技局", [(0, 3), (3, 6)], [0, 0, 0, 1, 1, 1, 2]),
    ("北湖 区", [(0, 2), (3, 4)], [0, 0, 1, 1, 2]),  # the space before a token maps to it
    ("北湖区  ", [(0, 3)], [0, 0, 0, 1, 1, 1]),  # past the last token: the token count
    ("", [], [0]),
])
def test_every_character_maps_to_the_token_covering_it_or_the_next(joined, spans, expected):
    from extract.entities import Text
    from extract.segment import Token

    t = Text(joined, joined, list(range(len(joined))))
    t.set_tokens([Token(s, e, joined[s:e]) for s, e in spans])
    assert t.token_at == expected
    assert all(type(i) is int for i in t.token_at)


def test_a_quoted_product_counts_again_where_repeated_without_its_cue():
    text = "推出信贷产品“澄融宝”。次年联合推出“澄融宝”这一纯信用产品,澄融宝累计放款3亿元,澄融宝贷款增长。"
    loans = [(m["text"], m["source"]) for m in find_entities(text, model=False) if m["type"] == "LOAN"]
    assert loans == [
        ("澄融宝", "rule:loan.quoted"),
        ("澄融宝", "rule:loan.repeated"),
        ("澄融宝", "rule:loan.repeated"),
        ("澄融宝贷款", "rule:loan.head"),  # the longer name by its head wins
    ]


def test_a_bare_zone_is_the_category_only_where_two_zones_of_its_kind_are_named():
    two = "高新区是全省创新的主阵地。青禾高新区收入增长,北湖高新区收入下降。"
    one = "澄川省青禾市高新区收入增长,青禾高新区新增企业,高新区各项指标增长。"
    def zones(text: str) -> list[str]:
        return [m["text"] for m in find_entities(text, model=False) if m["type"] == "PLATFORM"]

    assert zones(two) == ["青禾高新区", "北湖高新区"]
    assert zones(one)[-1] == "高新区"


def test_zones_listed_beside_a_zone_named_in_full_are_zones():
    text = "开放指标仅次于株洲翠谷、湘潭澄岭和长沙工业园,株洲高新区与芦淞区实行合署办公。"
    platforms = [(m["text"], m["source"]) for m in find_entities(text, model=False) if m["type"] == "PLATFORM"]
    assert platforms == [
        ("株洲翠谷", "rule:platform.listed"),
        ("湘潭澄岭", "rule:platform.listed"),
        ("长沙工业园", "rule:platform.head"),
        ("株洲高新区", "rule:platform.head"),
    ]


def test_only_a_list_that_holds_a_zone_named_in_full_lists_zones():
    # a zone named in an earlier sentence, a list holding one, and a list of the same shape without one
    text = "株洲高新区发布年报。指标仅次于湘潭翠岭、株洲澄谷和长沙工业园,又如湘潭澄湖、株洲翠湾和芦淞区。"
    platforms = [(m["text"], m["source"]) for m in find_entities(text, model=False) if m["type"] == "PLATFORM"]
    assert platforms == [
        ("株洲高新区", "rule:platform.head"),
        ("湘潭翠岭", "rule:platform.listed"),
        ("株洲澄谷", "rule:platform.listed"),
        ("长沙工业园", "rule:platform.head"),
    ]


def test_a_one_character_abbreviation_between_a_word_before_and_a_word_after_names_the_division():
    text = "綦江区科技局组织专家来綦调研,在綦创业的企业又落户綦。离綦后,在綦通过评审。"
    regions = [(m["start"], m["source"], m["norm"]["name"]) for m in find_entities(text, model=False)
               if m["type"] == "REGION"]
    assert regions == [  # (綦江区 itself stands inside the name 綦江区科技局)
        (11, "rule:region.abbreviation", "綦江区"),  # 来綦调研
        (16, "rule:region.abbreviation", "綦江区"),  # 在綦创业
        (25, "rule:region.abbreviation", "綦江区"),  # 落户綦。 (a two-character word before)
    ]  # not 离綦后, 在綦通过: no word of the list after
    assert [m for m in find_entities("专家来綦调研。", model=False) if m["type"] == "REGION"] == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="青禾。 \t\n\r\u3000\x0b", max_size=24))
def test_the_line_break_runs_are_the_white_space_runs_that_hold_a_line_break(text):
    # the pattern is written for speed; these are the pieces the plain one cuts
    assert _LINE_BREAK.split(text) == re.split(r"(\s*\n\s*)", text)


def test_a_platform_a_company_owns_is_one_name_and_its_owner_no_mention_of_its_own():
    mentions = find_entities("澄禾集团技术研究院和青禾钢铁有限公司研发中心投用。", model=False)
    assert [(m["type"], m["text"]) for m in mentions] == [
        ("PLATFORM", "澄禾集团技术研究院"),
        ("PLATFORM", "青禾钢铁有限公司研发中心"),
    ]


def test_words_that_end_in_dai_are_no_loans_where_they_are_verbs_or_cut_words():
    text = "使银行愿贷敢贷,撬动银行信贷款5亿元,通过创新贷款产品服务企业,发放信用贷款。"
    loans = [m["text"] for m in find_entities(text, model=False) if m["type"] == "LOAN"]
    assert loans == ["信用贷款"]


def _platforms(text: str) -> list[str]:
    return [m["text"] for m in find_entities(text, model=False) if m["type"] == "PLATFORM"]


def test_a_zone_named_from_the_nation_without_a_place_is_a_designation_not_a_zone():
    text = "北湖区创建国家数字经济创新发展试验区,澄川县成为国家环保高新技术产业园,青禾国家农业科技园扩区。"
    assert _platforms(text) == ["青禾国家农业科技园"]


def test_a_bare_high_tech_zone_in_a_province_report_without_a_named_zone_is_the_category():
    province = "湖南省科技厅介绍,由高新区培育的企业超过千家。湖南省将深化开发区改革。"
    district = "澄川区科技局介绍,高新区新增企业30家,澄川区将推广。"
    listed = "湖南省科技厅、株洲高新区、经开区参加,湖南省将推广。"
    assert _platforms(province) == []
    assert _platforms(district) == ["高新区"]
    assert _platforms(listed) == ["株洲高新区", "经开区"]


def test_a_quoted_name_right_before_pingtai_is_the_service_platform_without_quotes():
    mentions = find_entities("依托“澄企云”平台发布需求,建设“双创”平台。", model=False)
    assert [(m["type"], m["text"], m["norm"]["subtype"]) for m in mentions] == [("PLATFORM", "澄企云", "service")]


def test_a_dates_nian_or_a_preposition_glued_to_a_name_is_cut_off():
    mentions = find_entities("2031年澄川高新区收入增长。项目由爱澄新能源(株洲)有限公司投资建设。", model=False)
    assert [m["text"] for m in mentions if m["type"] != "REGION"] == ["澄川高新区", "爱澄新能源(株洲)有限公司"]


def test_a_policy_tool_named_by_two_purposes_joined_with_yu_is_one_loan():
    text = "发挥绿色转型与普惠养老再贷款作用,财政贴息与再贷款协同,运用支农与支小再贷款。"
    loans = [name for kind, _, name in found(text) if kind == "LOAN"]
    assert loans == ["绿色转型与普惠养老再贷款", "再贷款", "支农与支小再贷款"]


def test_a_verbs_complement_hao_is_no_part_of_the_name_after_it():
    text = "落实好澄融积分贷,用好青禾科技再贷款,建设好北湖产业园,用足用好澄川创新再贷款。"
    assert found(text) == [
        ("LOAN", "澄融积分贷", "澄融积分贷"),
        ("LOAN", "青禾科技再贷款", "青禾科技再贷款"),
        ("PLATFORM", "北湖产业园", "北湖产业园"),
        ("LOAN", "澄川创新再贷款", "澄川创新再贷款"),
    ]


@pytest.mark.parametrize(
    "text,base",
    [
        ("北湖新材料产业基地一期投产", "北湖新材料产业基地"),  # a place and its industry
        ("澄光集团电池基地开工建设", "澄光集团电池基地"),  # an owner named by its head
        ("株洲锂电材料生产基地建成", "株洲锂电材料生产基地"),
        ("支持株洲市抗生素产业化基地扩能", "株洲市抗生素产业化基地"),
    ],
)
def test_a_base_with_a_place_or_an_owner_is_one_platform(text, base):
    bases = [(m["text"], m["norm"]["subtype"]) for m in find_entities(text, model=False) if m["type"] == "PLATFORM"]
    assert bases == [(base, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "打造全国重要的储能产业基地",  # a goal
        "新建光伏生产基地和科普基地",  # bare kinds
        "积极创建湖南省人才聚集基地",  # a designation: the place names the level granting it
        "被认定为省特色高新技术产业化基地",  # a bare level word is no place
        "建设以生物制药为主的综合保税区生物制药产业基地",  # a bare zone head is no owner
    ],
)
def test_goals_kinds_and_designations_of_bases_are_no_platform(text):
    assert [m["text"] for m in find_entities(text, model=False) if m["type"] == "PLATFORM"] == []


def test_a_base_named_under_its_zone_is_part_of_that_park():
    bases = [(m["text"], m["norm"]["subtype"]) for m in find_entities("落户青禾高新区智能制造基地", model=False)]
    assert bases == [("青禾高新区智能制造基地", "park")]


def test_a_zones_named_section_is_one_platform_but_a_category_zones_is_not():
    assert found("项目在株洲高新区澄山园区开工") == [("PLATFORM", "株洲高新区澄山园区", "株洲高新区澄山园区")]
    assert found("建设国家级高新区主体园区") == []
    assert found("北湖高新区各园区加快发展") == [("PLATFORM", "北湖高新区", "北湖高新区")]


def test_chemical_parks_need_a_place_or_name():
    assert found("选址株洲澄山化工园") == [("PLATFORM", "株洲澄山化工园", "株洲澄山化工园")]
    assert found("被认定为化工园区") == []


def test_a_national_centres_seat_inside_its_name_is_no_region():
    assert found("国家超算株洲中心和国家技术转移西南中心") == [
        ("PLATFORM", "国家超算株洲中心", "国家超算株洲中心"),
        ("PLATFORM", "国家技术转移西南中心", "国家技术转移西南中心"),
    ]


def test_two_joined_places_and_a_name_opening_belong_to_the_platform():
    assert found("共建“株洲-湘潭技术转移基地”") == [("PLATFORM", "株洲-湘潭技术转移基地", "株洲-湘潭技术转移基地")]
    assert found("省部共建澄山对地观测国家重点实验室获批") == [
        ("PLATFORM", "省部共建澄山对地观测国家重点实验室", "省部共建澄山对地观测国家重点实验室")
    ]


def test_a_count_or_date_mark_after_its_number_is_no_part_of_the_name():
    # the mark alone, glued to the name's first characters, after digits or a numeral word (issue 14)
    assert found("第3批澄瑞电子有限公司投产") == [("COMPANY", "澄瑞电子有限公司", "澄瑞电子有限公司")]
    assert found("第三批青澄光学有限公司投产") == [("COMPANY", "青澄光学有限公司", "青澄光学有限公司")]
    assert found("10号青禾电子有限公司开业") == [("COMPANY", "青禾电子有限公司", "青禾电子有限公司")]
    assert found("2031年澄溪新材料有限公司投产") == [("COMPANY", "澄溪新材料有限公司", "澄溪新材料有限公司")]


def test_a_name_opening_on_a_mark_character_keeps_it_where_no_number_stands_before():
    assert found("年丰科技有限公司在澄溪投产") == [("COMPANY", "年丰科技有限公司", "年丰科技有限公司")]
    assert found("引进2家年丰科技有限公司") == [("COMPANY", "年丰科技有限公司", "年丰科技有限公司")]
    assert found("引进名澄药业有限公司") == [("COMPANY", "名澄药业有限公司", "名澄药业有限公司")]


def test_a_bank_branch_ends_at_its_head_where_the_segmenter_glues_the_next_word():
    # 分|行为: the branch's 行 is cut into 行为 (issue 14); 县分|行为 glues the place's level too
    assert found("中国工商银行青禾分行为企业授信") == [("COMPANY", "中国工商银行青禾分行", "中国工商银行青禾分行")]
    assert found("澄川银行北湖县分行为园区发放贷款") == [("COMPANY", "澄川银行北湖县分行", "澄川银行北湖县分行")]
    assert found("青禾农商行北湖支行为企业授信") == [("COMPANY", "青禾农商行北湖支行", "青禾农商行北湖支行")]


def test_ordinary_words_holding_fen_hang_are_no_branch():
    assert found("规范部分行为,查处扣分行为,存在加分行为") == []


def test_a_list_joins_its_last_item_with_he_yu_or_ji():
    names = [m[1] for m in found("澄光、瑞禾和青泓等企业获得支持")]
    assert names == ["澄光", "瑞禾", "青泓"]
    assert [m[1] for m in found("支持澄光科技、瑞禾精密及青泓电子等5家公司")] == ["澄光科技", "瑞禾精密", "青泓电子"]
    assert [m[1] for m in found("澄光与青泓两家企业签约")] == ["澄光", "青泓"]


def test_fields_joined_by_he_before_deng_qiye_are_no_names():
    assert found("研发和生产等企业") == []
    assert found("澄光、瑞禾和人工智能等企业") == []


def test_a_glued_token_is_cut_where_the_name_opens_and_a_dictionary_word_is_never_cut():
    from extract.entities.names import glued_cut

    def is_verb(word: str) -> bool:
        return word in {"转建", "报"}

    assert glued_cut("转建澄山", range(2, 4), is_verb) == 2  # the first cut that fits
    assert glued_cut("报至省", range(2, 3), lambda verb: verb.endswith("至"), lambda place: place == "省") == 2
    assert glued_cut("报至省", range(2, 3), lambda verb: verb.endswith("至"), lambda place: place == "县") == 0
    assert glued_cut("出色", (1,), lambda mark: mark == "出") == 0  # a word of the dictionary
    assert glued_cut("本市", (1,), lambda mark: mark == "本") == 0
    assert glued_cut("本市", (1,), lambda mark: mark == "本", known_words_too=True) == 1
    assert glued_cut("澄", (1,), lambda mark: True) == 0  # no character left for the name


def test_a_name_the_segmenter_glued_to_a_verb_starts_after_the_verb():
    # the segmenter cuts 报至省 | 科技厅 and 转建澄山 | 新 | 材料: the verb is no part of the name
    assert found("材料报至省科技厅审核") == [("INSTITUTION", "省科技厅", "省科技厅")]
    assert found("支持转建澄山新材料实验室") == [("PLATFORM", "澄山新材料实验室", "澄山新材料实验室")]


# Invented sentences whose names are read leftwards across plain words, conjunctions, trade words,
# verbs glued to names, counts and heads: the shortcut through name_start must read them as the
# full sequence of tests does.
SHORTCUT_TEXTS = [
    "青禾县科学技术局和北湖区财政局联合支持青禾澄川精密机械有限公司建设澄山光子实验室。",
    "孵化出澄川智造科技有限公司,引进3家青禾城市建设投资有限公司,设立北湖区农业农村局办公室。",
    "报至省科技厅后,专家组从市科技局赴青禾高新技术产业开发区和中德青禾产业园调研。",
    "北湖县分行为企业发放知识产权质押贷款,澄川镁及镁合金研究院牵头建设国家级青禾经济技术开发区。",
]


def test_the_plain_word_shortcut_reads_names_as_the_full_tests_do(monkeypatch):
    from extract.entities import names

    with_shortcut = [find_entities(text, model=False) for text in SHORTCUT_TEXTS]
    monkeypatch.setattr(names, "_reads_on_across", lambda *args: False)
    monkeypatch.setattr(names, "stopping_word", lambda *args: False)
    assert [find_entities(text, model=False) for text in SHORTCUT_TEXTS] == with_shortcut
    assert any(m["type"] == "COMPANY" for m in with_shortcut[0])


def test_plain_name_words_are_those_no_word_test_stops():
    from extract.entities.names import plain_name_word, stopping_word

    assert plain_name_word("青禾", False) and plain_name_word("光子", False)
    for word in ("和", "支持", "研究院", "有限公司", "建设", "3家", "出澄川", "中德", "、"):
        assert not plain_name_word(word, False), word
    assert stopping_word("、", False) and stopping_word(",", True)
    for word in ("青禾", "和", "建设", ")", "中", " "):  # a name word, or one a test may read past
        assert not stopping_word(word, False), word

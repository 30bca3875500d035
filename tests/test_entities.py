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


def _loans(text: str) -> list[str]:
    return [m["text"] for m in find_entities(text, model=False) if m["type"] == "LOAN"]


def test_a_financing_mode_named_by_its_terms_is_no_loan_where_a_pledge_loan_is_one():
    # (loan28: …质押融资 names a financing mode, no LOAN; written with 贷款 the same pledge is a kind of loan)
    text = ("北湖区订单质押融资增长,澄川县林权抵押融资落地,企业以数据资产质押融资800万元,"
            "禾川公司以商标进行质押融资,澄屿银行发放林权抵押贷款,全市专利质押贷款增长。")
    assert _loans(text) == ["林权抵押贷款", "专利质押贷款"]
    assert _loans("澄屿银行为园区企业发放仓单质押融资贷款300万元。") == ["仓单质押融资贷款"]


def test_verbs_of_carrying_out_and_the_lenders_at_large_stay_outside_a_loans_name():
    text = ("青禾市广泛开展商标质押贷款,澄屿公司用专利进行质押贷款,为企业办理仓单质押贷款,宣传股权质押贷款,"
            "银行业金融机构知识产权质押贷款余额增长。")
    assert _loans(text) == ["商标质押贷款", "质押贷款", "仓单质押贷款", "股权质押贷款", "知识产权质押贷款"]


def test_other_financing_renewals_first_loans_and_rediscounts_are_no_loans():
    text = "澄屿公司完成股权融资,青禾租赁开展融资租赁,争取融资担保,办理无还本续贷,用好再贴现,首贷续贷户数增加。"
    assert _loans(text) == []


def test_the_state_before_a_policy_loan_and_a_borrower_class_before_a_kind_stay_outside():
    text = "北湖区对接国家澄川养老再贷款,青禾银行发放小微企业信用贷款,推广科技型企业股权质押贷款。"
    assert _loans(text) == ["澄川养老再贷款", "信用贷款", "股权质押贷款"]


def test_invented_products_in_a_list_with_a_loan_noun_are_loans():
    assert _loans("澄屿银行推出澄屿贷、禾川e贷等产品,上线“青禾科创通”贷款产品。") == ["澄屿贷", "禾川e贷", "青禾科创通"]


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


# Listed companies by their short names (comp28, corpus/ANNOTATION.md): the table rules/company_names.tsv
# holds the exchanges' short names (facts, as the division table holds places); the sentences are invented.


def _table_spans(text: str, names: set[str]) -> list[str]:
    from extract.entities.company_short import table_candidates
    from extract.lexicon import PhraseMatcher

    t, _ = get_recogniser(model=False).prepare(text)
    return [t.joined[c.start : c.end] for c in table_candidates(t, PhraseMatcher(names))]


def test_a_listed_short_name_is_a_company_without_any_cue():
    # names of the table that no article holds, in sentences of our own: a subject, an object, a list
    assert ("COMPANY", "斯莱克", "斯莱克") in found("斯莱克与北湖区签约建设新厂。")
    assert ("COMPANY", "赢时胜", "赢时胜") in found("赢时胜投资12亿元建设青禾研发中心。")
    assert ("COMPANY", "海利尔", "海利尔") in found("澄川县引进海利尔,新建一条生产线。")


def test_a_listed_short_name_inside_a_longer_name_or_word_is_not_read_alone():
    # the firm's base named after it is one PLATFORM (longest whole name); a name of the table inside a
    # longer word is no name (whole tokens only)
    assert found("斯莱克北湖生产基地投产。") == [("PLATFORM", "斯莱克北湖生产基地", "斯莱克北湖生产基地")]
    assert _table_spans("澄屿光能在北湖区投产。", {"澄屿光能"}) == ["澄屿光能"]
    assert _table_spans("北湖科技局走访企业。", {"湖科技"}) == []
    assert _table_spans("澄屿光能化工园开园。", {"澄屿光"}) == []


def test_the_table_leaves_out_ordinary_words_phrases_zones_and_media():
    from extract.entities.words import lexicon

    names = lexicon().company_names
    assert {"京东方", "斯莱克", "赢时胜", "中兴通讯"} <= names  # brands the dictionary lacks or tags as names
    # words and phrases of the dictionary (a robot, new industries, smart farming), a street, a bureau's
    # name, a zone's developer, a port, a news site, two characters (a word or a person's name too often)
    assert not names & {"机器人", "新产业", "新动力", "数字人", "线上线下", "中国建筑", "智慧农业", "王府井", "招商局",
                        "济南高新", "珠海港", "人民网", "万科"}
    assert all(3 <= len(n) <= 8 for n in names)
    assert not any(found(text) for text in ["培育新产业、新动力和机器人企业。", "澄川县打造线上线下服务体系。"])


def test_a_listed_short_name_shows_a_list_to_be_of_firms():
    # a word the dictionary knows as a name is an item where a listed company's short name is one (as a
    # brand it does not know shows it); without either, the list stays unread (known words name sectors too)
    assert {n for _, n, _ in found("中兴通讯、华为等企业参展。")} == {"华为", "中兴通讯"}
    assert found("华为、腾讯等企业参展。") == []


def _platforms(text: str) -> list[str]:
    return [name for kind, _, name in found(text) if kind == "PLATFORM"]


@pytest.mark.parametrize("text, want", [
    ("科技数据服务平台功能持续拓展。", ["科技数据服务平台"]),  # its working: 功能 right after it
    ("该区科技担保服务中心揭牌。", ["科技担保服务中心"]),  # its working (揭牌), not the scope word
    ("青禾县成果信息服务平台正式上线。", ["青禾县成果信息服务平台"]),  # a place names it anyway
    ("成果信息服务平台投入运行,", ["成果信息服务平台"]),
    ("澄川县去年组建数据信息服务中心,为企业提供查询。", ["数据信息服务中心"]),  # founded
])
def test_a_name_of_generic_words_pinned_to_one_platform_is_a_platform(text, want):
    assert _platforms(text) == want


@pytest.mark.parametrize("text", [
    "澄川县提升研发创新平台的服务水平。",  # the innovation words alone name the category
    "高端研发创新平台投入使用。",
    "金融数据平台、成果信息平台上线。",  # listed kinds
    "新增科技担保服务中心3家。",  # counted
    "将搭建科技数据服务平台,发挥科技数据服务平台作用。",  # planned, a kind at work
    "青禾集团被定为全县数据服务总平台。",  # a role given to a firm
    "组建协同创新联盟。",  # founded, but only innovation words
    "科技数据服务平台建设加快。",
    "我市科技数据服务平台已覆盖全部乡镇。",  # the report's own scope word pins nothing
    "该区成立科技担保服务中心3家。",  # founded, but counted
    "鼓励银行设立科技担保服务中心。",  # a founding urged (rv28): a kind still to be founded
    "青禾县将设立数据信息服务中心,",  # a founding planned (rv28)
])
def test_a_name_of_generic_words_not_pinned_stays_a_kind(text):
    assert _platforms(text) == []


# A brand as the maker of a product and a product's acronym in a project's name (compb28, corpus/ANNOTATION.md);
# the brands, places and sentences are invented.


def test_a_brand_opening_a_makers_clause_is_a_company():
    assert found("澄屿研发的储氢罐通过验收。") == [("COMPANY", "澄屿", "澄屿")]
    assert found("项目投产;禾川研发生产的叶片出口。") == [("COMPANY", "禾川", "禾川")]
    assert found("如青峰研制出新型电池。") == [("COMPANY", "青峰", "青峰")]
    # a place before the brand is part of its name (SPEC 6.1); a date before it opens the clause
    assert ("COMPANY", "北湖区禾川", "北湖区禾川") in found("去年,北湖区禾川自主研发出新型电池。")
    assert ("COMPANY", "澄屿金翎", "澄屿金翎") in found("2032年澄屿金翎研发的机器人上市。")
    # a brand of a name the dictionary knows (北斗, tagged as one) and a word it lacks
    assert found("北斗翎澈研发的机器人获奖。") == [("COMPANY", "北斗翎澈", "北斗翎澈")]


def test_no_maker_without_a_brand_opening_the_clause():
    # ordinary words, a place alone, a verb's subject after a stop word, a clause that runs on, a person's
    # name on a common surname, no maker's verb with 的 or 出 after it
    for text in ["企业自主研发的芯片走俏。", "当地生产的茶叶畅销。", "团队研制出样机。", "我市研发的平台上线。",
                 "北湖区加大对于研发的投入。", "张澄研发的装置获奖。", "陈禾川研制的仪器获奖。",
                 "北湖区引导青禾澄屿禾川研发的新品上市。", "澄屿研发投入增长。", "澄屿生产线投产。",
                 "如东县研发的新品上市。"]:  # (a division opening on 如 is no glued 如)
        assert [m for m in found(text) if m[0] == "COMPANY"] == [], text
    # a name another rule reads there keeps its reading (a brand and its industry word, a university)
    assert found("澄屿科技研发的储氢罐出口。") == [("COMPANY", "澄屿科技", "澄屿科技")]
    assert found("青禾大学研发的系统上线。") == [("INSTITUTION", "青禾大学", "青禾大学")]


def test_a_maker_frame_before_an_attribute_of_the_making_names_no_maker():
    # (rv28) 研发的 before the pace, the cost or the effort of the making is the activity: the material or the
    # technology before it (words the dictionary lacks) is no brand; a product after 的 keeps the maker
    for text in ["近年来,碳化硅研发的速度加快。", "此外,磷酸铁锂生产的成本下降。", "澄屿研发的投入逐年增加。"]:
        assert [m for m in found(text) if m[0] == "COMPANY"] == [], text
    assert found("澄屿研发的水平仪通过验收。") == [("COMPANY", "澄屿", "澄屿")]  # a product opening on 水平


def test_a_products_acronym_after_a_brand_opening_a_projects_name():
    assert found("禾川OLED模组扩产项目签约落地。") == [("COMPANY", "禾川", "禾川")]
    assert found("北湖区澄屿LNG项目投产。") == [("REGION", "北湖区", "北湖区"), ("COMPANY", "澄屿", "澄屿")]
    # one capital (a grade) names no product; a known word before the acronym is no brand
    assert found("青峰A级项目获评。") == []
    assert found("全市LNG项目投产。") == []


def _subtypes(text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["norm"]["subtype"]) for m in find_entities(text, model=False) if m["type"] == "PLATFORM"]


@pytest.mark.parametrize("text, want", [
    # named venues and facilities are PLATFORM other (SPEC 6.1, ANNOTATION platb28)
    ("澄谷国际会展中心今年接待展会40场。", [("澄谷国际会展中心", "other")]),
    ("北湖博览中心完成改造,拓川展览中心对外开放。", [("北湖博览中心", "other"), ("拓川展览中心", "other")]),
    ("青禾会议中心扩建工程开工。", [("青禾会议中心", "other")]),
    ("澄谷展示中心陈列了园区企业的新产品。", [("澄谷展示中心", "other")]),
    ("拓川云数据中心上线运行。", [("拓川云数据中心", "other")]),
    ("澄川散裂中子源通过验收。", [("澄川散裂中子源", "other")]),
    # a computing-power centre is rnd, like an AI computing centre
    ("青屿算力中心一期投用。", [("青屿算力中心", "rnd")]),
    # a science data centre keeps its own head
    ("北湖国家科学数据中心揭牌。", [("北湖国家科学数据中心", "rnd")]),
])
def test_named_venues_and_facilities_are_platforms(text, want):
    assert _subtypes(text) == want


@pytest.mark.parametrize("text", [
    "年度颁奖典礼在澄谷会议中心举行。",  # a venue named only as the place a meeting is held
    "秋季车展于北湖会展中心举办。",
    "全市建成数据中心3个。",  # counted
    "加快布局算力中心和数据中心。",  # kinds in a plan
    "建设散裂中子源。",  # a kind of facility without a place or an owner
    "推进绿色智慧数据中心建设。",  # generic words only
])
def test_venues_of_meetings_and_kinds_of_facility_are_no_platforms(text):
    assert _platforms(text) == []


@pytest.mark.parametrize("text, want", [
    # a base opening on the short name of a firm the text gives: one PLATFORM, the brand inside,
    # also where the dictionary knows the brand's word (长风, 鸿雁)
    ("长风集团与北湖区签约,长风新能源电池基地开工。", ["长风新能源电池基地"]),
    ("鸿雁控股集团投资建设的鸿雁智能装备制造基地投产。", ["鸿雁智能装备制造基地"]),
    # a short name of a registered firm, with a field verb inside the base's name
    ("北湖澄禾生物科技有限公司成立,澄禾生物菌种培育基地投产。", ["澄禾生物菌种培育基地"]),
])
def test_a_firms_own_base_by_its_short_name_is_one_platform(text, want):
    assert _platforms(text) == want


@pytest.mark.parametrize("text", [
    "长风集团与北湖区签约,长风建设储能基地。",  # the firm's verb right after its brand
    "长风集团与北湖区签约,长风培育基地2个。",  # its verb, then a count
    "长风集团与北湖区签约,长风集团的生产基地扩建。",  # a function word between
    "长风集团与北湖区签约,长风电池基地3个。",  # counted bases
    "长风集团与北湖区签约,长风在青禾的电池基地开工。",  # a place phrase between
])
def test_a_firm_before_its_verb_or_a_counted_base_names_no_base(text):
    assert not any(name.startswith("长风") for name in _platforms(text))


def _bodies(text: str) -> list[str]:
    return [m[1] for m in found(text) if m[0] == "INSTITUTION"]


@pytest.mark.parametrize("text, want", [
    ("据澄川县发改局消息,北湖区科创局牵头。", ["澄川县发改局", "北湖区科创局"]),
    # the segmenter cuts the field in two (青禾|市经|信局, 北湖区|住|建局): one body all the same
    ("据青禾市经信局消息,青禾市人社局参与。", ["青禾市经信局", "青禾市人社局"]),
    ("北湖区住建局、北湖区经科局联合检查。", ["北湖区住建局", "北湖区经科局"]),
    ("市经信局牵头,市文旅局和市市监局配合。", ["市经信局", "市文旅局", "市市监局"]),
])
def test_a_bureau_by_its_two_character_field_after_its_place(text, want):
    assert _bodies(text) == want


def test_no_bureau_where_the_head_ends_a_word_or_a_document_number():
    # situations (破局, 困局 after a place too), a count of offices, a pronoun, a document number's
    # issuer marks, a service done in one place (通办)
    for text in ["北湖区破局之道在于创新。", "青禾市困局已解。", "靠技术创新破局。", "首批有5个厅局参与会商。",
                 "我局将按期办结此事。", "依据澄科局函〔2032〕27号办理。", "社保业务已在全县通办。",
                 "北政办发〔2032〕9号", "依据澄府办发〔2032〕27号文件办理。", "此前禾川委发〔2032〕8号已作部署。",
                 "事项实现市区通办。",
                 "该项目由市长领办。"]:
        assert _bodies(text) == [], text


def test_a_department_written_bare_by_its_field_is_one_body():
    assert _bodies("首批奖补资金由科技厅拨付到位。") == ["科技厅"]
    assert _bodies("国资委将于下月公布考核结果,中组部参与督导。") == ["国资委", "中组部"]
    # listed after a body that names the place, sharing it
    assert _bodies("会议邀请北湖区商务局、财政厅和科学技术厅派员列席。") == ["北湖区商务局", "财政厅", "科学技术厅"]
    assert _bodies("青禾市市场监管局会同财政局开展检查。") == ["青禾市市场监管局", "财政局"]


def test_a_field_word_alone_or_distributed_names_no_department():
    for text in ["请各科技局及时报送。", "各市(县)科技局组织申报。", "该局负责审核。", "有关科技局参与。",
                 "建设科技园区。", "推动科技金融局面改善。", "加强金融监管。"]:
        assert _bodies(text) == [], text


def test_a_member_of_a_committee_names_the_committee():
    # as a secretary's title does (entc27) and as a member's title with its place written already did
    assert _bodies("出席的还有市委常委张青。") == ["市委"]
    assert _bodies("省委常委李澄前来调研,市委书记王禾陪同。") == ["省委", "市委"]
    assert _bodies("北湖区委常委、常务副区长王禾主持。") == ["北湖区委"]
    # a position alone names no body
    assert _bodies("副市长张青、区长李澄出席。") == []


def test_a_committee_before_a_verb_of_issuing_is_a_body():
    assert _bodies("青禾市科委发布新一轮申报指南。") == ["青禾市科委"]
    assert _bodies("北湖区发改委发文推动。") == ["北湖区发改委"]


def test_a_universitys_short_form_in_a_list_of_universities():
    assert _bodies("今年来青禾求职的毕业生多来自澄川理工学院、哈工大和北湖大学。") == [
        "澄川理工学院", "哈工大", "北湖大学"]
    assert _bodies("邀请青禾师范学院、重大和北湖大学的教授授课。") == ["青禾师范学院", "重大", "北湖大学"]
    assert _bodies("北湖实验室同浙大等院校签约。") == ["浙大"]


def test_no_university_short_form_outside_a_list_of_universities():
    # a word (重大 is "major"), the short form opening a platform's or a firm's name, no university word
    for text in ["推进重大、关键项目建设,引进大学生。", "与北大澄屿材料有限公司签约。", "复旦、青禾两地互访。",
                 "浙大禾川孵化营与青禾大学签约。", "一般和重大、紧急事项需要大学生志愿者协助。",
                 # a university word elsewhere in the clause is no item of the list (rvc28)
                 "支持高校和重大、关键领域的企业合作。", "东航、南航等企业与北湖大学签约。"]:
        assert [m for m in found(text) if m[2] in ("重大", "北大", "复旦", "浙大", "南航")] == [], text


@pytest.mark.parametrize("text, want", [
    # the segmenter glues 为/到 to the level word (企业|为区|人|社局): the body opens on the level word (rvc28)
    ("企业为市科技局提交材料。", ["市科技局"]),
    ("企业为区人社局提交材料。", ["区人社局"]),
    ("各部门为市经信局提供数据。", ["市经信局"]),
    ("企业到区人社局办理。", ["区人社局"]),
    # 为 before a word that is no level word stays out of the name all the same; 为民 opens a name
    ("他们为市场监管局提供线索。", ["市场监管局"]),
    ("为民服务中心由青禾市民政局设立。", ["青禾市民政局"]),
])
def test_a_preposition_glued_to_the_level_word_is_no_part_of_the_body(text, want):
    assert _bodies(text) == want


@pytest.mark.parametrize("text, want", [
    # a one-character head, 和/与 and the next body's level word cut as one token (委和区, 局与区):
    # two bodies, no name read across the conjunction (rvc28)
    ("北湖区教育委和区卫健委联合发文。", ["北湖区教育委", "区卫健委"]),
    ("北湖区产业促进局与区商务局签署备忘录。", ["区商务局"]),
    # a situation word before 和 and a word opening on a level word: no body at all
    ("这种格局和区域特点有关。", []),
    ("全局和县域发展相结合。", []),
])
def test_two_bodies_joined_where_the_segmenter_glues_the_head_to_the_conjunction(text, want):
    assert _bodies(text) == want

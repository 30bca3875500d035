"""INSTITUTION classes (SPEC 3, 6.1; issue 14): a division or an office after its body, bodies joined by a
conjunction, short forms (市委, 北湖师大, a bureau by its two-character field, a department by its field, a
university's short form in a list of universities), a committee member's title, a committee issuing, what a
body's name never reads over (prepositions, a time of day, a copula, 协同, a document number's issuer marks)
and intergovernmental organisations. Invented names throughout."""

from __future__ import annotations

import pytest
from conftest import entity_names as named
from conftest import entity_pairs as _found
from conftest import entity_pairs as found
from conftest import entity_pairs_but_regions as found_but_regions


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("根据科技部火炬中心公布的考核结果,青禾园区获评优秀。", "科技部火炬中心"),
        ("工信部火炬中心印发通知。", "工信部火炬中心"),
        ("省科技厅北湖工作处负责人告诉记者。", "省科技厅北湖工作处"),
    ],
)
def test_an_agency_or_division_after_its_body_is_one_institution(text, body):
    assert found_but_regions(text) == [("INSTITUTION", body)]


def test_handling_work_is_no_division():
    assert found_but_regions("澄川县工作处理及时,青禾镇工作处置得当。") == []


def test_the_party_committee_and_government_named_together_are_one_authority():
    assert found_but_regions("在澄川州党委政府的领导下,各级党委政府和北湖区政府高度重视。") == [
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
    assert found_but_regions(text) == [("INSTITUTION", b) for b in bodies]


def test_words_that_end_like_a_division_leave_the_body_alone():
    text = "省科技厅好处多多,省科技厅到此处,省国资委下属公司,市科技局处理及时。"
    assert found_but_regions(text) == [("INSTITUTION", "省科技厅"), ("INSTITUTION", "省科技厅"),
                           ("INSTITUTION", "省国资委"), ("INSTITUTION", "市科技局")]


def test_a_zones_other_name_in_brackets_stays_inside_its_bodys_name():
    text = ("北湖高新技术产业开发区(北湖经济技术开发区)位于园区,"
            "青禾高新技术产业开发区(青禾经济技术开发区)科技发展局牵头。")
    assert found_but_regions(text) == [
        ("PLATFORM", "北湖高新技术产业开发区"),
        ("PLATFORM", "北湖经济技术开发区"),
        ("INSTITUTION", "青禾高新技术产业开发区(青禾经济技术开发区)科技发展局"),
    ]


def test_a_leading_groups_office_is_named_by_the_groups_task_and_scope():
    text = "近日,全国澄川品牌认定评价领导小组办公室复函。厅里发挥禾北新区建设领导小组办公室统筹作用。"
    assert found_but_regions(text) == [
        ("INSTITUTION", "全国澄川品牌认定评价领导小组办公室"),
        ("INSTITUTION", "禾北新区建设领导小组办公室"),
    ]


def test_a_group_set_up_without_a_name_is_no_body():
    assert found_but_regions("为此成立专门协调领导小组,强化统筹。") == []


def test_intergovernmental_organisations_are_institutions_but_not_inside_other_words():
    text = "世界贸易组织发布报告,这家孵化器被联合国确认,企业联合国际伙伴,国际电信联盟参会。"
    assert found_but_regions(text) == [
        ("INSTITUTION", "世界贸易组织"),
        ("INSTITUTION", "联合国"),
        ("INSTITUTION", "国际电信联盟"),
    ]


@pytest.mark.parametrize("joiner", ["和", "与", "及", "同"])
def test_a_conjunction_before_a_level_word_joins_two_bodies(joiner):
    text = f"澄川区科技局{joiner}县财政局联合发文。"
    assert found(text) == [("INSTITUTION", "澄川区科技局"), ("INSTITUTION", "县财政局")]


def test_a_whole_division_after_a_body_opens_the_next_body():
    assert found("澄川县教育局和平区教育局签约。") == [
        ("INSTITUTION", "澄川县教育局"), ("INSTITUTION", "和平区教育局"),
    ]


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


def test_a_county_opening_on_a_conjunction_opens_its_bodys_name():
    assert found("和县科技局发布通知。") == [("INSTITUTION", "和县科技局")]


# --- a university or an academy ends a name before a firm's


@pytest.mark.parametrize("body", ["青禾大学", "北湖理工学院", "澄川科学院", "拓川材料研究所"])
def test_a_university_before_a_firm_is_a_body_of_its_own(body):
    assert found(f"{body}北湖集团签约合作。", "COMPANY", "INSTITUTION") == [
        ("INSTITUTION", body),
        ("COMPANY", "北湖集团"),
    ]


# --- a university's short form after its city (北湖师大)


def test_university_short_form_after_its_city_is_an_institution() -> None:
    assert ("INSTITUTION", "北湖师大") in _found("园区与北湖师大签约。")
    assert ("INSTITUTION", "北湖交大") in _found("支持企业与北湖交大合作。")


def test_short_form_characters_inside_other_words_are_no_body() -> None:
    assert _found("外交大使到访,种粮农大户增收,中医大楼落成。") == []


def test_short_form_after_a_word_that_is_no_division_is_no_body() -> None:
    assert _found("支持企业与澄峰师大合作。") == []


# --- a pronoun or an adverb glued to the copula ends a body's name


def test_copula_after_a_pronoun_is_no_part_of_the_body() -> None:
    assert _found("这是北湖区统计局发布的数据。") == [("INSTITUTION", "北湖区统计局")]


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


# --- bureaus by their short field, departments by their field, a member's title, issuing committees,
# universities' short forms in lists, document numbers, and what a segmenter's glued token hides


def _bodies(text: str) -> list[str]:
    return [m[1] for m in named(text) if m[0] == "INSTITUTION"]


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
        assert [m for m in named(text) if m[2] in ("重大", "北大", "复旦", "浙大", "南航")] == [], text


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

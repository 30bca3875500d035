"""Segmentation: jieba with the domain lexicons by default, pkuseg as an option."""

from __future__ import annotations

import subprocess

import pytest

from extract import segment as seg
from extract.segment import PkusegModelMissing, check_pkuseg_model, make_nlp, pkuseg_segmenter, segment


@pytest.mark.parametrize(
    "text,word",
    [
        ("在綦江区商务局的支持下", "綦江区"),
        ("深化綦江与遂宁、南充协作", "綦江"),
        ("彭水苗族土家族自治县和石柱县", "彭水苗族土家族自治县"),
        ("新疆维吾尔自治区乌鲁木齐市", "新疆维吾尔自治区"),
        ("坐落在北湖高新区的工厂", "高新区"),
        ("四川澄禾顺科技有限公司是一家企业", "有限公司"),
        ("建成市级众创空间2家", "众创空间"),
    ],
)
def test_jieba_user_dictionary_keeps_names_whole(text, word):
    assert word in segment(text)


def test_segmentation_covers_the_text_exactly():
    text = "澄钦德(四川)精密装备有限公司在青禾湖软件产业园开业。\n截至7月"
    assert "".join(segment(text)) == text


def test_pipeline_is_built_once_per_segmenter():
    assert make_nlp("jieba") is make_nlp("jieba")
    assert make_nlp().lang == "zh"


def test_lexicon_goes_to_a_private_jieba_tokenizer():
    import jieba

    make_nlp("jieba")
    jieba.dt.initialize()
    assert seg.jieba_segmenter() is not jieba.dt
    assert "临平区" in seg.jieba_segmenter().FREQ  # a district new since jieba's dictionary
    assert "临平区" not in jieba.dt.FREQ


def test_unknown_segmenter_is_refused():
    with pytest.raises(ValueError, match="jieba, pkuseg"):
        make_nlp("thulac")


def test_missing_pkuseg_model_names_the_setup_command(tmp_path):
    with pytest.raises(PkusegModelMissing, match="setup-pkuseg"):
        check_pkuseg_model(tmp_path)
    with pytest.raises(PkusegModelMissing, match="pip download pkuseg==0.0.25"):
        pkuseg_segmenter(tmp_path)


def test_setup_pkuseg_keeps_a_model_already_there(tmp_path, monkeypatch):
    for name in seg.PKUSEG_FILES:
        (tmp_path / name).write_bytes(b"x")

    def no_download(*args, **kwargs):
        raise AssertionError("downloaded although the model was present")

    monkeypatch.setattr(subprocess, "run", no_download)
    assert seg.setup_pkuseg(tmp_path) == tmp_path


@pytest.fixture(scope="module")
def pkuseg_model():
    """The real pkuseg model, fetched from the pkuseg wheel on PyPI the first time (as a user would)."""
    return seg.setup_pkuseg()


def test_pkuseg_segments_with_the_lexicons(pkuseg_model):
    words = segment("坐落在北湖高新区的四川澄禾顺科技有限公司是一家企业", "pkuseg")
    assert "高新区" in words and "有限公司" in words
    assert make_nlp("pkuseg") is make_nlp("pkuseg")


# Runs of letters and digits that jieba-rs keeps whole and Python jieba cuts (7.3L, 163.com),
# words whose route depends on the dictionary total (可支配 after our words are added), and
# names from the user dictionary.
COMPILED_CASES = [
    "青禾县新建5.8L风冷进气管生产线,邮箱qhkj@163.com。",
    "全县农户人均可支配所得提高6.3%,企业技术中心12个,技术成果转化加快。",
    "北湖区引进AK-47型号、x86_64架构和COVID-19检测项目,版本12.5.3发布。",
    "培育专精特新和国家高新技术企业,特别是在产业链上,全区14个盟市中位居前列。",
    "  青禾县科技局\n\n 北湖区高新区 iPhone15 与 5G 基站,R&D投入3.2亿元,2031—2033年。 ",
    "𫖯𫐐先生来到青禾县䶮字村,鿏元素研究所",  # ideographs outside Python jieba's Han range
]


@pytest.mark.parametrize("text", COMPILED_CASES)
def test_compiled_jieba_cuts_as_python_jieba_does(text):
    assert seg.compiled_jieba().cut(text) == list(seg.jieba_segmenter().cut(text))


@pytest.mark.parametrize("text", COMPILED_CASES)
def test_token_spans_are_the_tokens_of_the_spacy_doc(text):
    doc = make_nlp("jieba").make_doc(text)
    assert [(t.start, t.end, t.text) for t in seg.tokenize(text)] == [(t.idx, t.idx + len(t.text), t.text) for t in doc]


def test_compiled_jieba_only_cuts_in_accurate_mode():
    with pytest.raises(ValueError, match="accurate"):
        seg.compiled_jieba().cut("青禾县", cut_all=True)


@pytest.mark.parametrize(
    "words,expected",
    [
        (["青禾县", " ", "科技局"], [(0, 3, "青禾县"), (4, 7, "科技局")]),  # one plain space belongs to the word
        (["北湖区", "  ", "企业"], [(0, 3, "北湖区"), (4, 5, " "), (5, 7, "企业")]),  # more is a token
        (["\n", "北湖", "\n\n", "区"], [(0, 1, "\n"), (1, 3, "北湖"), (3, 5, "\n\n"), (5, 6, "区")]),
        (["x y", "区", " "], [(0, 3, "x y"), (3, 4, "区")]),  # a word holding a space stays whole
        ([], []),
    ],
)
def test_token_spans_drop_white_space_words_and_keep_the_gaps(words, expected):
    text = "".join(words)
    assert [(t.start, t.end, t.text) for t in seg.token_spans(text, words)] == expected


def _tokenizer(folder) -> seg.jieba.Tokenizer:
    tokenizer = seg.jieba.Tokenizer()
    tokenizer.tmp_dir = str(folder)
    return tokenizer


def test_the_dictionary_cache_read_in_one_piece_is_jiebas_dictionary(tmp_path):
    built = _tokenizer(tmp_path)
    seg._initialize(built)  # no cache in the folder yet: jieba builds the dictionary and writes it
    assert (tmp_path / "jieba.cache").is_file()
    loaded, reference = _tokenizer(tmp_path), _tokenizer(tmp_path)
    seg._initialize(loaded)
    reference.initialize()  # jieba's own reading of the same cache
    assert loaded.initialized and loaded.total == reference.total == built.total
    assert loaded.FREQ == reference.FREQ == built.FREQ and len(loaded.FREQ) > 100_000
    assert loaded.lcut("北湖区累计培育科技型企业") == reference.lcut("北湖区累计培育科技型企业")


def test_a_broken_dictionary_cache_is_left_to_jieba(tmp_path):
    (tmp_path / "jieba.cache").write_bytes(b"\x00not a marshal dump")
    tokenizer = _tokenizer(tmp_path)
    seg._initialize(tokenizer)
    assert tokenizer.initialized and tokenizer.lcut("科技型企业") == ["科技型", "企业"]

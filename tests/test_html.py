"""Web pages in: the main article text, the page's title and date, never its navigation or footer."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.html import HtmlError, read_page
from extract.ingest import ArticleFile, IngestError, read_article

BODY = [
    "2031年，青禾县持续推进创新强县建设，全县科技工作迈出坚实步伐，新增高新技术企业35家，累计达到218家。",
    "全县研发投入达到12.6亿元，占地区生产总值的比重为2.8%，新认定市级工程技术研究中心6个，新建众创空间3家。",
    "截至2031年底，北湖区科技型企业达到1560家，累计发放知识价值信用贷款4.3亿元，惠及企业420家次。",
]


def page(meta: str = "", headline: str = "青禾县科技创新工作成效显著", charset: str = "utf-8") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<!DOCTYPE html><html><head><meta charset='{charset}'><title>站点名称_{headline}</title>{meta}"
            "<script>var tracker = '统计代码99万元';</script></head><body>"
            "<div class='nav'><a href='/'>首页</a> | <a href='/a'>政务公开</a> | <a href='/b'>办事服务</a></div>"
            f"<div class='article'><h1>{headline}</h1><div class='content'>{paragraphs}</div></div>"
            "<div class='footer'>版权所有：青禾县人民政府 备案号：00000000号 联系电话：000-12345678</div>"
            "</body></html>")


def test_main_text_is_headline_and_paragraphs_one_per_line():
    found = read_page(page("<meta name='ArticleTitle' content='青禾县科技创新工作成效显著'>"))
    assert found.text.splitlines() == ["青禾县科技创新工作成效显著", *BODY]
    for boilerplate in ("首页", "版权所有", "统计代码"):
        assert boilerplate not in found.text


@pytest.mark.parametrize("meta,expected", [
    ("<meta name='PubDate' content='2032-01-15 09:30'>", dt.date(2032, 1, 15)),
    ("<meta property='article:published_time' content='2031-11-02T08:00:00+08:00'>", dt.date(2031, 11, 2)),
    ("<meta name='publishdate' content='2031年3月9日'>", dt.date(2031, 3, 9)),
])
def test_publication_date_comes_from_the_page_metadata(meta, expected):
    assert read_page(page(meta)).date == expected


def test_title_prefers_the_article_title_field_over_the_window_title():
    found = read_page(page("<meta name='ArticleTitle' content='北湖区2031年工作总结'>"))
    assert found.title == "北湖区2031年工作总结"
    assert found.text.splitlines()[0] == "北湖区2031年工作总结"


def test_a_gbk_page_is_decoded_from_its_charset(tmp_path):
    path = tmp_path / "gbk.htm"
    path.write_bytes(page("<meta name='PubDate' content='2032-01-15'>", charset="gbk").encode("gbk"))
    article = read_article(ArticleFile(path, path.name))
    assert BODY[1] in article.text
    assert article.meta["ref_date"] == "2032-01-15" and article.encoding == "html"


def test_sidecar_metadata_wins_over_the_page(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(page("<meta name='PubDate' content='2032-01-15'>"), encoding="utf-8")
    (tmp_path / "p.meta.json").write_text('{"ref_date": "2032-02-01"}', encoding="utf-8")
    article = read_article(ArticleFile(path, path.name))
    assert article.meta["ref_date"] == "2032-02-01" and article.meta["title"]


def test_a_page_without_article_text_is_a_clear_error(tmp_path):
    with pytest.raises(HtmlError, match="no article text"):
        read_page("<html><head><script>var a = '统计代码';</script></head><body><div></div></body></html>")
    path = tmp_path / "empty.html"
    path.write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match="empty.html: no article text"):
        read_article(ArticleFile(path, path.name))

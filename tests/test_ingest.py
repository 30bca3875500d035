"""Decoding and discovery: every encoding SPEC section 1 names, and clear errors for the rest."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from conftest import run_cli

from extract.ingest import ArticleFile, IngestError, decode_bytes, discover, markup_reason, read_article

SAMPLE = "截至7月，江津累计发放知识价值信用贷款１７.４６亿元。\n第二行"


@pytest.mark.parametrize("raw,encoding", [
    (SAMPLE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
    (SAMPLE.encode("gb18030"), "gb18030"),
    (SAMPLE.encode("gbk"), "gb18030"),
    (SAMPLE.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16"),
])
def test_decodes_supported_encodings(raw, encoding):
    text, used = decode_bytes(raw)
    assert text == SAMPLE
    assert used == encoding


def test_binary_file_is_rejected_with_reason():
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_crlf_and_cr_become_lf_and_bom_is_dropped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + "第一行\r\n第二行\r第三行".encode())
    article = read_article(ArticleFile(path, "a.txt"))
    assert article.text == "第一行\n第二行\n第三行"


def test_read_error_names_the_file(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(IngestError) as info:
        read_article(ArticleFile(path, "bad.txt"))
    assert "bad.txt" in str(info.value) and "binary" in str(info.value)


def test_meta_sidecar_is_read_and_broken_meta_is_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("正文", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"ref_date": "2023-05-01"}', encoding="utf-8")
    (tmp_path / "b.txt").write_text("正文", encoding="utf-8")
    (tmp_path / "b.meta.json").write_text("{not json", encoding="utf-8")
    a, b = (read_article(f) for f in discover([tmp_path]))
    assert a.meta == {"ref_date": "2023-05-01"} and not a.warnings
    assert b.meta is None and "b.meta.json" in b.warnings[0]


def test_discover_walks_folders_and_keeps_relative_sources(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "y.txt").write_text("y", encoding="utf-8")
    (tmp_path / "z.md").write_text("z", encoding="utf-8")
    files = discover([tmp_path])
    assert [f.source for f in files] == ["sub/x.txt", "y.txt"]
    assert [f.doc_id for f in files] == ["x", "y"]


def test_discover_missing_input_is_an_error(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        discover([tmp_path / "missing"])


# --- a web page saved as .txt is read as a page; a text that mentions tags stays text ---------------

REPORT = "截至2031年6月底，青禾县累计培育科技型企业320家，发放知识价值信用贷款4.3亿元。"
SKELETON = "<html><head><title>青禾县科技工作</title></head><body><div class='nav'><a href='/'>首页</a></div>" \
           "<div class='content'><p>{body}</p><p>北湖区新增企业15家。</p></div><div class='footer'>版权所有</div>" \
           "</body></html>"


@pytest.mark.parametrize("markup", [
    "<!DOCTYPE html>\n" + SKELETON.format(body=REPORT),
    "<!doctype HTML>" + SKELETON.format(body=REPORT),
    '<?xml version="1.0" encoding="utf-8"?>\n' + SKELETON.format(body=REPORT),
    "<!-- saved from url=(0042)http://example.invalid/ -->\r\n" + SKELETON.format(body=REPORT),
    "\n\n  " + SKELETON.format(body=REPORT),
    # a fragment: no doctype, no <html>, but markup from end to end
    "<div class='article'><h1>青禾县科技工作</h1>\n<p>" + REPORT + "</p>\n<p>北湖区新增企业15家。</p>\n"
    "<p>新建众创空间3家。</p></div>",
])
def test_a_web_page_saved_as_txt_is_read_as_a_page(tmp_path, markup):
    path, as_html = tmp_path / "page.txt", tmp_path / "same.html"
    path.write_text(markup, encoding="utf-8")
    as_html.write_text(markup, encoding="utf-8")
    article = read_article(ArticleFile(path, path.name))
    assert REPORT in article.text.splitlines() and "<" not in article.text
    assert article.text == read_article(ArticleFile(as_html, as_html.name)).text  # as if it were named .html
    assert article.read_as_html and article.encoding == "html"
    assert any("read as a web page" in w for w in article.warnings)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_a_page_saved_as_txt_in_any_supported_encoding_is_read(tmp_path, encoding):
    path = tmp_path / "page.txt"
    path.write_bytes(("<!DOCTYPE html>" + SKELETON.format(body=REPORT)).encode(encoding))
    assert REPORT in read_article(ArticleFile(path, path.name)).text


@pytest.mark.parametrize("text", [
    REPORT + "\n网站改版后，正文用<p>标记段落，用<br>换行，标题用<h1>。",
    REPORT + "\n" + "页面模板中的</p>和</div>结束标记缺失，导致显示错乱。" + REPORT,
    # a short snippet of markup quoted in the middle of a longer report
    REPORT * 8 + "\n示例代码：<html><body><p>你好</p><p>再见</p></body></html>\n" + REPORT * 8,
    REPORT + "当x<5且y>3时，指标a<b成立；<<青禾县志>>收录。",
])
def test_a_text_that_mentions_tags_stays_text(tmp_path, text):
    assert markup_reason(text) is None
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(ArticleFile(path, path.name))
    assert article.text == text and article.read_as_html is None and not article.warnings


def test_a_page_saved_as_txt_with_no_article_text_fails_saying_it_was_read_as_a_page(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("<!DOCTYPE html><html><head><script>var a = 1;</script></head><body></body></html>",
                    encoding="utf-8")
    with pytest.raises(IngestError, match=r"empty.txt: an HTML page saved as \.txt .*read as a web page: no article"):
        read_article(ArticleFile(path, path.name))


def test_a_web_archive_saved_as_txt_fails_with_a_reason(tmp_path):
    path = tmp_path / "archive.txt"
    path.write_text("From: <Saved by Blink>\nSubject: =?utf-8?Q?=E9=9D=92?=\nMIME-Version: 1.0\n"
                    "Content-Type: multipart/related;\n\ttype=\"text/html\"\n\n=E9=9D=92=E7=A6=BE\n",
                    encoding="utf-8")
    with pytest.raises(IngestError, match="web archive"):
        read_article(ArticleFile(path, path.name))


def test_extract_writes_the_page_text_beside_and_says_in_run_json_it_was_read_as_html(tmp_path):
    articles, out = tmp_path / "in", tmp_path / "out"
    articles.mkdir()
    (articles / "page.txt").write_text("<!DOCTYPE html>" + SKELETON.format(body=REPORT), encoding="utf-8")
    (articles / "note.txt").write_text(REPORT + "\n正文用<p>标记段落。", encoding="utf-8")
    result = run_cli("extract", str(articles), "--out", str(out), "--quiet", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert "page.txt" in result.stderr and "read as a web page" in result.stderr
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert [Path(item["path"]).name for item in manifest["read_as_html"]] == ["page.txt"]
    text = (out / "page.txt").read_text(encoding="utf-8")
    doc = json.loads((out / "page.json").read_text(encoding="utf-8"))
    assert REPORT in text and "<" not in text and doc["source"] == "page.txt"
    assert all(text[m["start"]:m["end"]] == m["text"] for m in doc["mentions"])
    assert not (out / "note.txt").exists()
    shown = run_cli("show", str(out / "page.json"))
    assert shown.returncode == 0 and "北湖区" in shown.stdout and "<div" not in shown.stdout


def test_the_page_text_never_replaces_the_page_when_out_is_the_input_folder(tmp_path):
    page = tmp_path / "page.txt"
    markup = "<!DOCTYPE html>" + SKELETON.format(body=REPORT)
    page.write_text(markup, encoding="utf-8")
    result = run_cli("extract", str(tmp_path), "--out", str(tmp_path), "--quiet", "--overwrite", "--jobs", "1")
    assert result.returncode == 1 and "replace the page itself" in result.stderr
    assert page.read_text(encoding="utf-8") == markup and not (tmp_path / "page.json").exists()

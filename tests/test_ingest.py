"""Decoding and discovery: every encoding SPEC section 1 names, and clear errors for the rest."""

from __future__ import annotations

import codecs

import pytest

from extract.ingest import ArticleFile, IngestError, decode_bytes, discover, read_article

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

"""The Python API and the spaCy component, on invented text."""

from __future__ import annotations

import pytest
import spacy
from spacy import displacy

from extract.api import Extractor
from extract.write import schema_errors

TEXT = "截至2031年6月底，北湖区累计培育科技型企业320家。\n今年新增高新技术企业15家。"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(model=False)


def test_process_text_returns_a_valid_spec_document(extractor):
    doc = extractor.process_text(TEXT, ref_date="2031-09-01")
    assert schema_errors(doc) == []
    assert doc["ref_date"] == "2031-09-01" and doc["ref_date_source"] == "cli"
    assert [(r["value"], r["unit"]) for r in doc["records"]] == [(320, "家"), (15, "家")]
    assert all(TEXT[m["start"]:m["end"]] == m["text"] for m in doc["mentions"])


def test_ref_date_changes_per_call_on_one_extractor(extractor):
    early, late = (extractor.process_text("今年新增企业15家。", ref_date=d) for d in ("2030-05-01", "2033-05-01"))
    assert early["mentions"][0]["norm"]["start"] == "2030-01-01"
    assert late["mentions"][0]["norm"]["start"] == "2033-01-01"


def test_carriage_returns_are_normalised_as_for_a_file(extractor):
    doc = extractor.process_text(TEXT.replace("\n", "\r\n"), ref_date="2031-09-01")
    assert [m["text"] for m in doc["mentions"]] == [m["text"] for m in extractor.process_text(TEXT)["mentions"]]


def test_process_texts_numbers_the_documents(extractor):
    docs = list(extractor.process_texts(["北湖区新增企业15家。", "北湖区新增企业16家。"]))
    assert [d["doc_id"] for d in docs] == ["text1", "text2"]
    assert [d["records"][0]["value"] for d in docs] == [15, 16]


def test_process_file_reads_a_web_page_and_returns_its_text(extractor, tmp_path):
    from test_html import BODY, page

    path = tmp_path / "news.html"
    path.write_text(page("<meta name='PubDate' content='2032-01-15'>"), encoding="utf-8")
    doc = extractor.process_file(path)
    assert doc["text"].splitlines()[1:] == BODY and doc["ref_date"] == "2032-01-15"
    assert all(doc["text"][m["start"]:m["end"]] == m["text"] for m in doc["mentions"])


def test_spacy_component_puts_mentions_on_spans_and_records_on_the_doc():
    nlp = spacy.blank("zh")
    nlp.add_pipe("zh_report_extract", config={"model": False, "ref_date": "2031-09-01", "set_ents": True})
    doc = nlp(TEXT)
    spans = doc.spans["zh_report"]
    assert ("320家", "QUANTITY") in [(s.text, s.label_) for s in spans]
    quantity = next(s for s in spans if s.text == "320家")
    assert quantity._.zh_norm["value"] == 320 and quantity.id_.startswith("m")
    assert [r["value"] for r in doc._.zh_records] == [320, 15]
    assert "北湖区" in [e.text for e in doc.ents]
    assert "QUANTITY" in displacy.render(doc, style="span", options={"spans_key": "zh_report"})


def test_spacy_component_ref_date_per_doc():
    nlp = spacy.blank("zh")
    nlp.add_pipe("zh_report_extract", config={"model": False})
    doc = nlp.make_doc("今年新增企业15家。")
    doc._.ref_date = "2030-05-01"
    doc = nlp.get_pipe("zh_report_extract")(doc)
    assert doc._.zh_report["ref_date"] == "2030-05-01"


def test_the_readme_python_examples_run(tmp_path, monkeypatch):
    import re

    from conftest import ROOT
    from test_html import page

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert len(blocks) >= 2
    (tmp_path / "news.html").write_text(page("<meta name='PubDate' content='2032-01-15'>"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for block in blocks:
        scope: dict = {}
        exec(compile(block, "README.md", "exec"), scope)  # noqa: S102 - the README's own examples
    assert scope["doc"]._.zh_records[0]["value"] == 320

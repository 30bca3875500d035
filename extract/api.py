"""The Python API: load the pipeline once, then turn strings, files or web pages into SPEC documents.

    from extract.api import Extractor
    extractor = Extractor()                      # loads the lexicons once (model=True adds the CRF)
    doc = extractor.process_text("截至2031年底，北湖区累计培育科技型企业320家。", ref_date="2032-01-15")
    doc["records"][0]["value"]                   # 320

And as a spaCy component, so it composes with spaCy code and displaCy:

    nlp = spacy.blank("zh")
    nlp.add_pipe("zh_report_extract")            # found through the spacy_factories entry point
    doc = nlp(text)
    doc.spans["zh_report"]                       # every mention, label = its type, span._.zh_norm = its norm
    doc._.zh_records                             # the records (SPEC section 4)

Offsets are those of the text after SPEC section 1 (BOM removed, CRLF and CR made LF); for a
string without carriage returns they are offsets into the string itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from extract.ingest import Article, ArticleFile, normalise_newlines, read_article
from extract.pipeline import Options, Pipeline

SPANS_KEY = "zh_report"
COMPONENT = "zh_report_extract"


class Extractor:
    """The whole pipeline, loaded once; each call returns a SPEC document (a dict)."""

    def __init__(self, *, segmenter: str = "jieba", model: bool | str | None = None, warm_up: bool = True) -> None:
        """``model``: None for the pipeline's default (``Options.model``), False for rules only, True
        for the shipped entity model, or a model directory."""
        self.options = Options(segmenter=segmenter)
        if model is not None:
            self.options = dataclasses.replace(self.options, model=model if isinstance(model, bool) else str(model))
        if warm_up:
            Pipeline(self.options).warm_up()  # load now, and fail here if a model is missing

    def process_text(self, text: str, *, ref_date: dt.date | str | None = None, doc_id: str = "text",
                     title: str | None = None) -> dict[str, Any]:
        """The document for one article text. ``ref_date`` (a date or YYYY-MM-DD) resolves
        relative dates; without it the date is inferred from the text, else today."""
        meta = {"title": title} if title else None
        article = Article(doc_id, f"{doc_id}.txt", normalise_newlines(text.lstrip("\ufeff")), meta)
        return self._pipeline(ref_date).process(article)

    def process_texts(self, texts: Iterable[str], *, ref_date: dt.date | str | None = None) -> Iterator[dict]:
        """A document per text, in order (doc_ids ``text1``, ``text2``, ...)."""
        for n, text in enumerate(texts, 1):
            yield self.process_text(text, ref_date=ref_date, doc_id=f"text{n}")

    def process_file(self, path: Path | str, *, ref_date: dt.date | str | None = None) -> dict[str, Any]:
        """The document for an article file (.txt in any supported encoding, or a .html/.htm page,
        whose extracted text is under the document's ``text`` key). Raises ``IngestError``."""
        path = Path(path)
        article = read_article(ArticleFile(path, path.name))
        doc = self._pipeline(ref_date).process(article)
        if path.suffix.lower() in (".html", ".htm"):
            doc["text"] = article.text  # offsets refer to it; extract writes it as <doc_id>.txt
        return doc

    def _pipeline(self, ref_date: dt.date | str | None) -> Pipeline:
        # A Pipeline only holds options: the recognisers behind it are built once per process.
        if isinstance(ref_date, str):
            ref_date = dt.date.fromisoformat(ref_date)
        return Pipeline(dataclasses.replace(self.options, ref_date=ref_date))


def process_text(text: str, *, ref_date: dt.date | str | None = None) -> dict[str, Any]:
    """One-off convenience: ``Extractor().process_text(text)`` (the loading is cached per process)."""
    return Extractor(warm_up=False).process_text(text, ref_date=ref_date)


# ----------------------------------------------------------------------------- spaCy component


class ReportComponent:
    """A spaCy pipeline component: mentions on ``doc.spans["zh_report"]``, records on ``doc._.zh_records``,
    the whole SPEC document on ``doc._.zh_report``. ``doc._.ref_date`` (set before the call) or the
    ``ref_date`` setting resolves relative dates."""

    def __init__(self, *, segmenter: str, model: bool | str | None, ref_date: str | None, set_ents: bool) -> None:
        self.extractor = Extractor(segmenter=segmenter, model=model, warm_up=False)
        self.ref_date = ref_date
        self.set_ents = set_ents

    def __call__(self, doc):  # spacy.tokens.Doc -> Doc
        from spacy.tokens import Span

        result = self.extractor.process_text(doc.text, ref_date=doc._.ref_date or self.ref_date)
        spans = []
        for m in result["mentions"]:
            span = doc.char_span(m["start"], m["end"], label=m["type"], alignment_mode="expand", span_id=m["id"])
            if span is not None:
                span._.zh_norm = m["norm"]
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        doc._.zh_records = result["records"]
        doc._.zh_report = result
        if self.set_ents:
            doc.ents = [Span(doc, s.start, s.end, label=s.label_) for s in _without_overlaps(spans)]
        return doc


def _without_overlaps(spans: list) -> list:
    """Token-aligned spans may overlap where two mentions share a token: keep the first."""
    kept, end = [], -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start >= end:
            kept.append(span)
            end = span.end
    return kept


def _register_extensions() -> None:
    from spacy.tokens import Doc, Span

    for cls, name, default in ((Doc, "zh_records", None), (Doc, "zh_report", None), (Doc, "ref_date", None),
                               (Span, "zh_norm", None)):
        if not cls.has_extension(name):
            cls.set_extension(name, default=default)


def make_component(nlp, name: str, segmenter: str, model: bool | str | None, ref_date: str | None, set_ents: bool):
    """spaCy factory (``nlp.add_pipe("zh_report_extract", config={...})``)."""
    _register_extensions()
    return ReportComponent(segmenter=segmenter, model=model, ref_date=ref_date, set_ents=set_ents)


def _register_factory() -> None:
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, default_config={"segmenter": "jieba", "model": None, "ref_date": None,
                                                    "set_ents": False})(make_component)


_register_factory()

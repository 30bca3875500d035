"""Web pages in: the main article text of an HTML page, with its title and publication date.

SPEC section 1: a ``.html``/``.htm`` page is read as its headline and body paragraphs, one per
line, without navigation, scripts or footers; offsets refer to that text, which ``extract``
writes beside the document as ``<doc_id>.txt``. The boilerplate removal is trafilatura's (a
maintained extractor); the page's title and publication date become the document's ``title``
and a ``ref_date`` candidate, as a sidecar ``.meta.json`` would give them (the sidecar wins).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extract.ingest import Article, ArticleFile, read_meta

# <meta name=...> fields Chinese government and news sites fill in (the 政府网站 template uses
# ArticleTitle / PubDate), then the Open Graph and article fields most other sites use.
TITLE_FIELDS = ("ArticleTitle", "og:title", "twitter:title")
DATE_FIELDS = ("PubDate", "pubdate", "publishdate", "firstpublishedtime", "article:published_time",
               "og:release_date", "datePublished", "date", "dc.date", "DC.date.issued")
ISO_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


class HtmlError(ValueError):
    """A page with no article text to take out; the message says why."""


@dataclass(frozen=True)
class Page:
    """A web page's main text, title, publication date and address."""

    text: str  # headline and body paragraphs, one per line
    title: str | None
    date: dt.date | None
    url: str | None


def read_html_article(file: ArticleFile, raw: str | bytes) -> Article:
    """An article from a saved page (its bytes, or its text when ingest decoded a .txt): its main
    text, the page's metadata under the sidecar's.

    Raises ``HtmlError`` when the page holds no article text.
    """
    page = read_page(raw)
    sidecar, warning = read_meta(file.path)
    article = Article(file.doc_id, file.source, page.text, {**page_meta(page), **(sidecar or {})}, "html")
    if warning:
        article.warnings.append(warning)
    return article


def read_page(markup: str | bytes) -> Page:
    """The main article text of ``markup`` and its metadata; raises ``HtmlError`` when there is none.

    Bytes are decoded by trafilatura and lxml from the page's own charset (GBK pages are common)."""
    import trafilatura  # loaded only when a page is read: it costs half a second

    found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, include_tables=True,
                                        deduplicate=False)
    if found is None or not (found.text or "").strip():
        raise HtmlError("no article text found in the page (empty, or only navigation and boilerplate)")
    fields = _meta_fields(markup)
    title = _first(fields, TITLE_FIELDS) or found.title
    date = _parse_date(_first(fields, DATE_FIELDS)) or _parse_date(found.date)
    return Page(_with_headline(found.text, title), title, date, found.url)


def page_meta(page: Page) -> dict[str, str]:
    """The page's metadata in the shape of a sidecar ``.meta.json`` (SPEC section 2)."""
    meta = {"title": page.title, "ref_date": page.date.isoformat() if page.date else None, "url": page.url}
    return {key: value for key, value in meta.items() if value}


def _with_headline(body: str, title: str | None) -> str:
    """Body paragraphs one per line, with the headline as the first line unless the body has it."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if title and (not lines or lines[0] != title.strip()):
        lines.insert(0, title.strip())
    return "\n".join(lines) + "\n"


def _meta_fields(markup: str | bytes) -> dict[str, str]:
    """``<meta name|property|itemprop=... content=...>`` of the page, first value per name."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(markup)
    except (ValueError, SyntaxError):  # lxml's ParserError is a ValueError
        return {}
    fields: dict[str, str] = {}
    for node in tree.iter("meta"):
        name = node.get("name") or node.get("property") or node.get("itemprop")
        content = (node.get("content") or "").strip()
        if name and content:
            fields.setdefault(name, content)
    return fields


def _first(fields: dict[str, str], names: tuple[str, ...]) -> str | None:
    lowered = {key.lower(): value for key, value in fields.items()}
    return next((lowered[name.lower()] for name in names if name.lower() in lowered), None)


def _parse_date(value: str | None) -> dt.date | None:
    match = ISO_DATE.search(value or "")
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None

"""Stage 1: find article files, decode them to SPEC text, read their sidecar metadata.

SPEC section 1: the text is the decoded file (UTF-8, UTF-8 with BOM, GB18030/GBK, UTF-16 with
BOM), BOM removed, CRLF and CR turned into LF, nothing else changed.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class IngestError(Exception):
    """A file that cannot be read as an article; ``str()`` names the file and the reason."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class Article:
    doc_id: str
    source: str  # path relative to the input folder it was found in
    text: str
    meta: dict[str, Any] | None = None
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ArticleFile:
    path: Path
    source: str

    @property
    def doc_id(self) -> str:
        return self.path.stem


HTML_SUFFIXES = frozenset({".html", ".htm"})  # read by extract/html.py
ARTICLE_SUFFIXES = frozenset({".txt"}) | HTML_SUFFIXES
SIDECAR_SUFFIX = ".meta.json"


@dataclass
class Inputs:
    files: list[ArticleFile]
    skipped: list[str]  # other files found in the folders (not articles, not sidecars)


def find_inputs(inputs: list[Path]) -> Inputs:
    """Expand folders (recursively: ``*.txt``, ``*.html``, ``*.htm``) and files into a sorted,
    de-duplicated list; other files in the folders are listed as skipped, never dropped silently."""
    found: dict[Path, ArticleFile] = {}
    skipped: list[str] = []
    for item in inputs:
        if item.is_dir():
            for path in sorted(p for p in item.rglob("*") if p.is_file()):
                if path.suffix.lower() in ARTICLE_SUFFIXES:
                    found.setdefault(path.resolve(), ArticleFile(path, path.relative_to(item).as_posix()))
                elif not path.name.endswith(SIDECAR_SUFFIX):
                    skipped.append(str(path))
        elif item.is_file():
            found.setdefault(item.resolve(), ArticleFile(item, item.name))
        else:
            raise IngestError(item, "no such file or folder")
    return Inputs(sorted(found.values(), key=lambda f: (f.source, str(f.path))), skipped)


def derived_text(file: ArticleFile) -> bool:
    """True when the article text is taken out of the file (a web page) rather than being the file."""
    return file.path.suffix.lower() in HTML_SUFFIXES


def discover(inputs: list[Path]) -> list[ArticleFile]:
    """The article files of ``inputs`` (see ``find_inputs``)."""
    return find_inputs(inputs).files


_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# Share of control characters above which decoded bytes are taken for a binary file.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode article bytes; return ``(text, encoding)`` or raise ``ValueError`` with the reason."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                reason = f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc}"
                raise ValueError(reason) from exc
            return text.lstrip("\ufeff"), encoding
    if b"\x00" in raw:
        raise ValueError("binary file (contains NUL bytes and no UTF-16 byte-order mark)")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise ValueError(f"binary file (decodes as {encoding} but is mostly control characters)")
        return text, encoding
    raise ValueError("not text in any supported encoding (UTF-8, GB18030/GBK, UTF-16 with BOM)")


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    return controls / len(text) > _MAX_CONTROL_SHARE


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_meta(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """Read ``<name>.meta.json`` beside an article; return ``(meta, warning)``."""
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return None, None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, f"{meta_path}: ignored, not readable JSON ({exc})"
    if not isinstance(meta, dict):
        return None, f"{meta_path}: ignored, not a JSON object"
    return meta, None


def source_text(articles: Path, doc: dict[str, Any]) -> str:
    """The decoded text of the article a SPEC document was made from (``articles/<source>``).

    ``doc`` needs ``source`` or ``doc_id``; raises ``IngestError`` naming the file.
    """
    source = doc.get("source") or f"{doc['doc_id']}.txt"
    return read_article(ArticleFile(articles / source, source)).text


def read_article(file: ArticleFile) -> Article:
    """Read and decode one article; raise ``IngestError`` naming the file and the reason."""
    try:
        raw = file.path.read_bytes()
    except OSError as exc:
        raise IngestError(file.path, f"cannot read: {exc.strerror or exc}") from exc
    if derived_text(file):
        from extract.html import HtmlError, read_html_article  # a web page: its main text (extract/html.py)

        try:
            return read_html_article(file, raw)
        except HtmlError as exc:
            raise IngestError(file.path, str(exc)) from exc
    try:
        text, encoding = decode_bytes(raw)
    except ValueError as exc:
        raise IngestError(file.path, str(exc)) from exc
    meta, warning = read_meta(file.path)
    article = Article(file.doc_id, file.source, normalise_newlines(text), meta, encoding)
    if warning:
        article.warnings.append(warning)
    return article

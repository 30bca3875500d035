"""Stage 1: find article files, decode them to SPEC text, read their sidecar metadata.

SPEC section 1: the text is the decoded file (UTF-8, UTF-8 with BOM, GB18030/GBK, Big5, UTF-16
with BOM), BOM removed, CRLF and CR turned into LF, nothing else changed.

A web page saved as ``.txt`` (a browser's "save as text" that kept the markup) is recognised by
its markup and read as a page (``extract/html.py``), not as text with tags in it; the article says
so (``Article.read_as_html``). What is not an article fails that one file with a reason, never the
batch: bytes that are no Chinese text in a supported encoding (Japanese, Latin-1 ...), binary files,
a web archive (MHTML) saved as ``.txt``, and files above ``MAX_ARTICLE_BYTES`` (checked before the
file is read). Entries of an
input folder that cannot be articles (folders named ``x.txt``, FIFOs, dangling or looping
symbolic links) are listed as skipped, with the reason.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import functools
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.manifest import COMPLETE, RUN_FILE, RUNNING

# Larger files are refused before they are read (a report of 10 million characters is about
# 30 MB in UTF-8; the pipeline itself has no length limit, it works in chunks).
MAX_ARTICLE_BYTES = 64 * 1024 * 1024


class IngestError(Exception):
    """A file that cannot be read as an article; ``str()`` names the file and the reason."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class Article:
    """One article read: its text, where it came from, sidecar metadata and warnings."""

    doc_id: str
    source: str  # path relative to the input folder it was found in
    text: str
    meta: dict[str, Any] | None = None
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    # Why a file whose name does not say "web page" (a .txt) was read as one, else None.
    read_as_html: str | None = None


@dataclass(frozen=True)
class ArticleFile:
    """An article file found in the input, with the path it is reported under."""

    path: Path
    source: str

    @property
    def doc_id(self) -> str:
        """The document id: the file name without its suffix."""
        return self.path.stem


HTML_SUFFIXES = frozenset({".html", ".htm"})  # read by extract/html.py
ARTICLE_SUFFIXES = frozenset({".txt"}) | HTML_SUFFIXES
SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Skipped:
    """An entry of an input folder that is not read as an article, and why."""

    path: str
    reason: str


@dataclass
class Inputs:
    """The article files found in the inputs, and the other entries passed over with why."""

    files: list[ArticleFile]
    skipped: list[str]  # other entries found in the folders (not articles, not sidecars)
    reasons: dict[str, str] = field(default_factory=dict)  # why each was skipped


def find_inputs(inputs: list[Path]) -> Inputs:
    """Expand folders (recursively: ``*.txt``, ``*.html``, ``*.htm``) and files into a sorted,
    de-duplicated list; other entries in the folders are listed as skipped, never dropped silently."""
    files, skipped = scan(inputs)
    return Inputs(files, [s.path for s in skipped], {s.path: s.reason for s in skipped})


def derived_text(file: ArticleFile) -> bool:
    """True when the article text is taken out of the file (a web page) rather than being the file."""
    return file.path.suffix.lower() in HTML_SUFFIXES


def discover(inputs: list[Path]) -> list[ArticleFile]:
    """The article files of ``inputs`` (see ``find_inputs``)."""
    return scan(inputs)[0]


def scan(inputs: list[Path]) -> tuple[list[ArticleFile], list[Skipped]]:
    """Article files and every skipped entry with its reason (for ``run.json``).

    Symbolic links to folders are followed once (a loop is skipped, not walked forever). A sidecar
    named among the inputs (``extract dir/*`` names them all) is no article: it is passed over in
    silence when its article is read too, else listed as skipped."""
    found: dict[Path, ArticleFile] = {}
    skipped: list[Skipped] = []
    sidecars: list[Path] = []
    for item in inputs:
        if item.is_dir():
            for path in _walk(item, skipped):
                found.setdefault(path.resolve(), ArticleFile(path, path.relative_to(item).as_posix()))
        elif item.is_file() and item.name.endswith(SIDECAR_SUFFIX):
            sidecars.append(item)
        elif item.is_file():
            found.setdefault(item.resolve(), ArticleFile(item, item.name))
        elif item.is_symlink() or item.exists():
            skipped.append(Skipped(str(item), _not_a_file_reason(item)))
        else:
            raise IngestError(item, "no such file or folder")
    with_article = {file.path.resolve().parent / (file.path.stem + SIDECAR_SUFFIX) for file in found.values()}
    skipped += [Skipped(str(item), "a sidecar (.meta.json: an article's metadata), not an article; give the "
                                   "article beside it") for item in sidecars if item.resolve() not in with_article]
    return sorted(found.values(), key=lambda f: (f.source, str(f.path))), skipped


def _walk(root: Path, skipped: list[Skipped]) -> list[Path]:
    """Article files under ``root``; entries named like articles that are not files go to ``skipped``."""
    files: list[Path] = []
    seen_dirs = {os.path.realpath(root)}
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            skipped.append(Skipped(str(folder), f"folder cannot be read: {exc.strerror or exc}"))
            continue
        for entry in entries:
            path = Path(entry.path)
            is_article_name = path.suffix.lower() in ARTICLE_SUFFIXES
            try:
                mode = os.stat(path).st_mode
            except OSError as exc:
                if is_article_name or entry.is_symlink():
                    skipped.append(Skipped(str(path), _stat_failure(exc, entry.is_symlink())))
                continue
            if stat.S_ISDIR(mode):
                if _walks_into(path, is_article_name, seen_dirs, skipped):
                    pending.append(path)
            elif is_article_name:
                if stat.S_ISREG(mode):
                    files.append(path)
                else:
                    skipped.append(Skipped(str(path), _not_a_file_reason(path, mode)))
            elif not entry.name.endswith(SIDECAR_SUFFIX):
                skipped.append(Skipped(str(path), "not an article (.txt, .html, .htm)"))
            elif not _has_article(path):
                skipped.append(Skipped(str(path), "a sidecar (.meta.json) without its article (.txt, .html, .htm)"))
    return files


def _walks_into(folder: Path, is_article_name: bool, seen_dirs: set[str], skipped: list[Skipped]) -> bool:
    """Whether the walk goes into ``folder``: not one walked already (a link making a loop), nor an
    extract output folder; a folder named like an article is noted in ``skipped`` and still read."""
    real = os.path.realpath(folder)
    if real in seen_dirs:
        skipped.append(Skipped(str(folder), "symbolic link to a folder already walked (a loop)"))
        return False
    seen_dirs.add(real)
    if _is_run_output(folder):
        skipped.append(Skipped(str(folder), "an extract output folder (it holds run.json): "
                                            "its documents and page texts are not articles"))
        return False
    if is_article_name:
        skipped.append(Skipped(str(folder), "a folder, not a file (its contents are read)"))
    return True


def _has_article(sidecar: Path) -> bool:
    """True when an article the sidecar ``<name>.meta.json`` belongs to is beside it."""
    stem = sidecar.name[: -len(SIDECAR_SUFFIX)]
    suffixes = [suffix for lower in sorted(ARTICLE_SUFFIXES) for suffix in (lower, lower.upper())]
    return any(sidecar.with_name(stem + suffix).exists() for suffix in suffixes)


def _is_run_output(folder: Path) -> bool:
    """True for a folder an earlier ``extract`` wrote (an --out inside the input folder): its
    ``<doc_id>.txt`` page texts would otherwise be read again as articles, under the same doc_id."""
    try:
        manifest = json.loads((folder / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and manifest.get("status") in (RUNNING, COMPLETE)


def _stat_failure(exc: OSError, is_link: bool) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT and is_link:
        return "dangling symbolic link (its target does not exist)"
    return f"cannot be examined: {exc.strerror or exc}"


def _not_a_file_reason(path: Path, mode: int | None = None) -> str:
    try:
        mode = os.stat(path).st_mode if mode is None else mode
    except OSError as exc:
        return _stat_failure(exc, path.is_symlink())
    kinds = [(stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder")]
    kind = next((name for test, name in kinds if test(mode)), "not a regular file")
    return f"{kind}, not an article file"


_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# Share of control characters above which decoded bytes are taken for a binary file.
_MAX_CONTROL_SHARE = 0.01
# Control characters other than \t \n \v \f \r (U+0009-U+000D), which text uses.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")


# Single-byte-free Chinese encodings tried, in order, on bytes that are not UTF-8; the one whose
# text reads as Chinese best wins, ties going to the first (GB18030 is the common case).
_CHINESE_ENCODINGS = ("gb18030", "big5hkscs", "cp950")
# Share of common Chinese characters (see _common_han) in decoded text below which it is taken
# for mojibake: correct decodings score above 0.99 on report text, wrong ones below 0.6.
_MIN_COMMON_SHARE = 0.8
_KANA = re.compile(r"[\u3040-\u30ff]")
_MAX_KANA_SHARE = 0.02


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
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_chinese(raw)
    if _looks_binary(text):
        raise ValueError(f"binary file (decodes as {encoding} but is mostly control characters)")
    return text, encoding


def _decode_chinese(raw: bytes) -> tuple[str, str]:
    """Bytes that are not UTF-8: the Chinese encoding they read best in, or ``ValueError``.

    GB18030 accepts almost any byte sequence, so "it decodes" proves nothing: Big5, Shift-JIS
    or EUC-JP bytes decode as GB18030 too, into rare characters. A real decoding reads as
    common characters; a mojibake one does not."""
    readings = []
    for encoding in _CHINESE_ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise ValueError(f"binary file (decodes as {encoding} but is mostly control characters)")
        readings.append((_common_share(text), encoding, text))
    if readings:
        share, encoding, text = max(readings, key=lambda r: r[0])  # max keeps the first of equals
        kana = len(_KANA.findall(text)) / max(1, len(text))
        if share >= _MIN_COMMON_SHARE and kana <= _MAX_KANA_SHARE:
            return text, encoding
    raise ValueError(f"not Chinese text in a supported encoding (UTF-8, GB18030/GBK, Big5, UTF-16 with BOM)"
                     f"{_detected(raw)}")


def _detected(raw: bytes) -> str:
    """What a general detector (charset-normalizer) makes of the bytes, for the error message."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:65536]).best()
    if best is None:
        return ""
    language = f", {best.language}" if best.language and best.language != "Unknown" else ""
    return f"; it looks like {best.encoding}{language}"


@functools.cache
def _common_han() -> frozenset[str]:
    """The everyday Chinese characters: GB2312's level 1 (3,755 simplified) and Big5's common
    set (5,401 traditional), taken from the codecs themselves."""
    common = set()
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        try:
            if 0xB0 <= char.encode("gb2312")[0] <= 0xD7:
                common.add(char)
        except UnicodeEncodeError:
            pass
        try:
            if 0xA440 <= int.from_bytes(char.encode("big5"), "big") <= 0xC67E:
                common.add(char)
        except UnicodeEncodeError:
            pass
    return frozenset(common)


def _common_share(text: str) -> float:
    """Share of common Chinese characters among the letters beyond Latin and CJK punctuation."""
    common = _common_han()
    letters = [c for c in text if c > "\u2e7f" and not ("\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")]
    if not letters:
        return 1.0  # nothing but ASCII and punctuation: no evidence against the first encoding
    return sum(c in common for c in letters) / len(letters)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = len(text) - len(_CONTROLS.sub("", text))  # a scan in C, one copy at most
    return controls / len(text) > _MAX_CONTROL_SHARE


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR line ends as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


_NO_SUCH_FILE = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def read_meta(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """Read ``<name>.meta.json`` beside an article; return ``(meta, warning)``.

    A ``ref_date`` that is no calendar date (2024-13-45) is dropped with a warning, like
    unreadable JSON: the date is then inferred from the text."""
    meta_path = path.with_name(path.stem + ".meta.json")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8-sig"))  # opened at once: no stat first
    except OSError as exc:
        if exc.errno in _NO_SUCH_FILE:  # what Path.exists() takes for "not there"
            return None, None
        return None, f"{meta_path}: ignored, not readable JSON ({exc})"
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, f"{meta_path}: ignored, not readable JSON ({exc})"
    if not isinstance(meta, dict):
        return None, f"{meta_path}: ignored, not a JSON object"
    written = meta.get("ref_date")
    if written is not None:
        try:
            dt.date.fromisoformat(str(written))
        except ValueError:
            meta = {k: v for k, v in meta.items() if k != "ref_date"}
            return meta, f"{meta_path}: ref_date {written!r} ignored, not a date YYYY-MM-DD"
    return meta, None


# A page's opening: an optional XML prolog and comments, then a doctype or the <html> element.
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)
# Tags of page structure, opening or closing (attributes bounded, so a stray '<' costs nothing).
_PAGE_TAG = re.compile(r"</?(?:html|head|body|title|meta|link|script|style|div|span|p|br|a|img|table|tbody|tr|td"
                       r"|th|ul|ol|li|h[1-6]|section|article|header|footer|nav|form|input|iframe|font|strong|b)"
                       r"\b[^<>]{0,500}>", re.IGNORECASE)
# Markup (not a text that mentions a tag or quotes a snippet): at least this many tags, some of them
# closing ones, spread over most of the text and a noticeable share of its characters.
_MIN_PAGE_TAGS = 5
_MIN_CLOSING_TAGS = 2
_MIN_MARKUP_SPAN = 0.8  # from the first tag to the last, as a share of the text
_MIN_MARKUP_SHARE = 0.005  # characters inside tags, as a share of the text
_MARKUP_SCAN_CHARS = 200_000  # a page gives itself away early; the rest of a long text is not scanned
_MHTML = re.compile(r"(?:[\w-]+:[^\n]*\n)*?MIME-Version:\s*1\.0", re.IGNORECASE)


def markup_reason(text: str) -> str | None:
    """Why ``text`` (decoded from a .txt) reads as an HTML page rather than article text, or ``None``.

    A doctype or ``<html>`` at the start decides it; otherwise the tags of page structure must be
    many, partly closing, spread over the text and a noticeable share of it. A report that
    mentions ``<p>`` or quotes a short snippet of markup stays text."""
    if _HTML_START.match(text[:4096]):
        return "an HTML page saved as .txt (it starts with <!DOCTYPE html> or <html>)"
    scanned = text[:_MARKUP_SCAN_CHARS].strip()
    tags = list(_PAGE_TAG.finditer(scanned))
    if len(tags) < _MIN_PAGE_TAGS or sum(t.group().startswith("</") for t in tags) < _MIN_CLOSING_TAGS:
        return None
    span = (tags[-1].end() - tags[0].start()) / len(scanned)
    share = sum(t.end() - t.start() for t in tags) / len(scanned)
    if span >= _MIN_MARKUP_SPAN and share >= _MIN_MARKUP_SHARE:
        return f"HTML markup saved as .txt ({len(tags)} tags such as <div>, <p>, </p> throughout the text)"
    return None


def _web_archive(text: str) -> bool:
    """A browser's single-file web archive (MHTML): MIME headers, then quoted-printable parts."""
    head = text[:4096]
    return bool(_MHTML.match(head)) and "multipart/related" in head.lower()


def source_text(articles: Path, doc: dict[str, Any]) -> str:
    """The decoded text of the article a SPEC document was made from (``articles/<source>``).

    ``doc`` needs ``source`` or ``doc_id``; raises ``IngestError`` naming the file.
    """
    source = doc.get("source") or f"{doc['doc_id']}.txt"
    return read_article(ArticleFile(articles / source, source)).text


def read_article(file: ArticleFile) -> Article:
    """Read and decode one article; raise ``IngestError`` naming the file and the reason."""
    try:
        size = file.path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise IngestError(file.path, f"too large: {size:,} bytes, above the limit of "
                                         f"{MAX_ARTICLE_BYTES:,} bytes per article (split the file)")
        raw = file.path.read_bytes()
    except FileNotFoundError as exc:
        raise IngestError(file.path, "cannot read: no longer there (removed or renamed after the input "
                                     "was listed)") from exc
    except OSError as exc:
        raise IngestError(file.path, f"cannot read: {exc.strerror or exc}") from exc
    if derived_text(file):
        return _read_page(file, raw)
    try:
        text, encoding = decode_bytes(raw)
    except ValueError as exc:
        raise IngestError(file.path, str(exc)) from exc
    text = normalise_newlines(text)
    if file.path.suffix.lower() == ".txt":
        if _web_archive(text):
            raise IngestError(file.path, "a web archive (MHTML) saved as .txt; save the page as .html to have "
                                         "its article text read")
        markup = markup_reason(text)
        if markup:
            return _read_page(file, text, markup)  # our decoding, which knows GBK and UTF-16
    meta, warning = read_meta(file.path)
    article = Article(file.doc_id, file.source, text, meta, encoding)
    if warning:
        article.warnings.append(warning)
    if not text.strip():
        article.warnings.append(f"{file.path}: empty article (no text{' but blank lines' if text else ''}); "
                                "its document has no mentions")
    return article


def _read_page(file: ArticleFile, page: str | bytes, markup: str | None = None) -> Article:
    """A web page's main text (extract/html.py); ``markup`` says why a .txt is read as one."""
    from extract.html import HtmlError, read_html_article  # trafilatura loads only when a page is read

    try:
        article = read_html_article(file, page)
    except HtmlError as exc:
        raise IngestError(file.path, f"{markup}; read as a web page: {exc}" if markup else str(exc)) from exc
    if markup:
        article.read_as_html = markup
        article.warnings.append(f"{file.path}: {markup}; read as a web page, its article text is written "
                                f"beside its document as {file.doc_id}.txt")
    return article

"""Find the article text a written document was made from, wherever the command is run.

A document's ``source`` is relative to the folder ``extract`` read (SPEC section 2), and
``run.json`` beside the documents records those folders, so ``show``, ``table`` and ``export``
need no ``--articles`` after an ``extract`` run. A web page's extracted text is read from the
``<doc_id>.txt`` written beside its document, since offsets refer to that text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from extract.ingest import ArticleFile, IngestError, derived_text, source_text

FALLBACK_ARTICLES = Path("corpus/articles")  # the checkout's bundled articles, for its gold set


class ArticleNotFound(ValueError):
    """The article of a document is in none of the folders looked in; the message names them."""


def run_inputs(docs_dir: Path) -> list[Path]:
    """The folders ``extract`` read to write ``docs_dir`` (from its run.json; a file's folder)."""
    try:
        report = json.loads((docs_dir / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    paths = [Path(p) for p in report.get("inputs", []) if isinstance(p, str)] if isinstance(report, dict) else []
    return [p if p.is_dir() else p.parent for p in paths]


def candidate_folders(docs_dir: Path, articles: Path | None = None) -> list[Path]:
    """Where to look for articles: ``articles`` if given, else beside the documents, the folders
    of the run that wrote them, and the checkout's bundled articles."""
    if articles is not None:
        return [articles]
    return list(dict.fromkeys([docs_dir, *run_inputs(docs_dir), FALLBACK_ARTICLES]))


def article_text(doc: dict[str, Any], docs_dir: Path, articles: Path | None = None) -> str:
    """The decoded text ``doc``'s offsets refer to; raises ``ArticleNotFound`` naming where it looked."""
    source = doc.get("source") or f"{doc['doc_id']}.txt"
    beside = docs_dir / f"{doc['doc_id']}.txt"
    if derived_text(ArticleFile(Path(source), source)) and beside.is_file():
        return source_text(docs_dir, {"source": beside.name})
    folders = candidate_folders(docs_dir, articles)
    for folder in folders:
        if (folder / source).is_file():
            try:
                return source_text(folder, doc)
            except IngestError as exc:
                raise ArticleNotFound(str(exc)) from exc
    where = ", ".join(str(f) for f in folders)
    raise ArticleNotFound(f"article {source!r} of {doc['doc_id']} not found in {where}; "
                          "use --articles DIR (the folder extract read)")


def articles_folder(docs: list[dict[str, Any]], docs_dir: Path, articles: Path | None = None) -> Path:
    """The first candidate folder that holds every document's article (for ``export``)."""
    folders = candidate_folders(docs_dir, articles)
    for folder in folders:
        if all((folder / (d.get("source") or f"{d['doc_id']}.txt")).is_file() for d in docs):
            return folder
    where = ", ".join(str(f) for f in folders)
    raise ArticleNotFound(f"the articles of {docs_dir} are not all in any of {where}; "
                          "use --articles DIR (the folder extract read)")

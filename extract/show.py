"""Render a document's mentions over its article: inline in a terminal, or as displaCy HTML."""

from __future__ import annotations

import html as html_lib
from pathlib import Path
from typing import Any

from extract.ingest import source_text

COLORS = {  # ANSI colours for the terminal, hex for displaCy
    "QUANTITY": ("33", "#fde68a"), "DATE": ("36", "#a5f3fc"), "COMPANY": ("35", "#f5d0fe"),
    "PLATFORM": ("32", "#bbf7d0"), "LOAN": ("31", "#fecaca"), "REGION": ("34", "#bfdbfe"),
    "INSTITUTION": ("93", "#fef3c7"),
}


def find_article_text(doc_path: Path, doc: dict[str, Any], articles: Path | None) -> str:
    """Locate and decode the article a document was made from."""
    source = doc.get("source") or f"{doc['doc_id']}.txt"
    candidates = [articles] if articles else [doc_path.parent, Path("corpus/articles")]
    for folder in candidates:
        if (folder / source).is_file():
            return source_text(folder, doc)
    raise ValueError(f"article {source!r} not found in {', '.join(str(c) for c in candidates)}; use --articles")


def render_terminal(text: str, doc: dict[str, Any], color: bool = True) -> str:
    """The article with each mention as ``[text]TYPE`` (coloured on a terminal)."""
    out, pos = [], 0
    for m in sorted(doc["mentions"], key=lambda m: m["start"]):
        out.append(text[pos : m["start"]])
        label = m["type"]
        if color:
            out.append(f"\x1b[{COLORS.get(label, ('0',))[0]}m[{m['text']}]\x1b[2m{label}\x1b[0m")
        else:
            out.append(f"[{m['text']}]{label}")
        pos = m["end"]
    out.append(text[pos:])
    return "".join(out)


def render_html(text: str, doc: dict[str, Any]) -> str:
    """A standalone page: mentions in displaCy's entity style, then records as span groups."""
    from spacy import displacy

    colors = {k: v[1] for k, v in COLORS.items()}
    ents = [{"start": m["start"], "end": m["end"], "label": m["type"]} for m in doc["mentions"]]
    ent_html = displacy.render({"text": text, "ents": ents, "title": doc["doc_id"]}, style="ent", manual=True,
                               options={"colors": colors}, page=False)
    record_parts = [_record_html(text, doc, r) for r in doc.get("records", [])]
    body = "\n".join([ent_html, "<h2>Records</h2>", *record_parts])
    return (f"<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{html_lib.escape(doc['doc_id'])}"
            f"</title></head><body style='font-family:sans-serif;max-width:60em;margin:auto'>{body}</body></html>")


def _record_html(text: str, doc: dict[str, Any], record: dict[str, Any]) -> str:
    """One record's sentence with its quantity, measure and time as displaCy spans."""
    from spacy import displacy

    sent = record.get("sentence") or {"start": 0, "end": len(text)}
    s0 = sent["start"]
    tokens = list(text[s0 : sent["end"]])  # one token per character: Chinese needs no spaces here
    by_id = {m["id"]: m for m in doc["mentions"]}
    spans = []
    q = by_id.get(record["quantity"])
    if q:
        spans.append(_char_span(q["start"] - s0, q["end"] - s0, "QUANTITY"))
    if record.get("measure"):
        spans.append(_char_span(record["measure"]["start"] - s0, record["measure"]["end"] - s0, "MEASURE"))
    time = record.get("time") or {}
    if time.get("mention") in by_id:
        d = by_id[time["mention"]]
        spans.append(_char_span(d["start"] - s0, d["end"] - s0, "TIME"))
    spans = [s for s in spans if 0 <= s["start_token"] < s["end_token"] <= len(tokens)]
    title = (f"{record['id']}: {record.get('region')} · {record.get('indicator') or '-'} · {record['value']} "
             f"{record['unit']} · {time.get('start')}..{time.get('end')} · {record['aspect']}")
    return displacy.render({"text": "".join(tokens), "tokens": tokens, "spans": spans, "title": title},
                           style="span", manual=True, page=False)


def _char_span(start: int, end: int, label: str) -> dict[str, Any]:
    return {"start_token": start, "end_token": end, "label": label}

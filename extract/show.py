"""Render a document's mentions over its article: inline in a terminal, or as an HTML page.

The page shows the mentions in displaCy's entity style and the records as a table (one row per
record, its sentence with the quantity, measure and time highlighted), with a CJK font stack so
Chinese renders in the fonts a reader has, and nothing shown as ``None``.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path
from typing import Any

from extract.locate import article_text

COLORS = {  # ANSI colours for the terminal, hex for displaCy
    "QUANTITY": ("33", "#fde68a"), "DATE": ("36", "#a5f3fc"), "COMPANY": ("35", "#f5d0fe"),
    "PLATFORM": ("32", "#bbf7d0"), "LOAN": ("31", "#fecaca"), "REGION": ("34", "#bfdbfe"),
    "INSTITUTION": ("93", "#fef3c7"),
}
RECORD_COLORS = {"QUANTITY": "#fde68a", "MEASURE": "#c7d2fe", "TIME": "#a5f3fc"}
CJK_FONTS = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
             '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif')
PAGE_CSS = f"""
body {{ font-family: {CJK_FONTS}; max-width: 72em; margin: 2em auto; padding: 0 1em; color: #111; }}
.entities {{ line-height: 2.6 !important; }}
table.records {{ border-collapse: collapse; width: 100%; font-size: 0.92em; }}
table.records th, table.records td {{ border: 1px solid #d4d4d8; padding: 0.35em 0.5em; vertical-align: top;
  text-align: left; }}
table.records th {{ background: #f4f4f5; white-space: nowrap; }}
table.records td.value {{ text-align: right; white-space: nowrap; }}
table.records td.time {{ white-space: nowrap; }}
table.records mark {{ padding: 0 0.15em; border-radius: 0.2em; }}
.legend span {{ display: inline-block; margin-right: 1em; padding: 0 0.4em; border-radius: 0.2em; }}
"""
BLANK_LINES = re.compile(r"(?:<br>\s*){3,}")
RECORD_COLUMNS = ("id", "sentence", "value", "measure", "indicator", "region", "time", "aspect")


class NotADocument(ValueError):
    """The file is not a SPEC document (run.json, a table, a JSON Lines file holding several)."""


def load_document(path: Path, doc_id: str | None = None) -> dict[str, Any]:
    """The SPEC document in ``path``: a ``<doc_id>.json`` file, or one line of a JSON Lines file
    (``doc_id`` chooses it when there are several). Raises ``NotADocument`` saying what it is."""
    raw = path.read_text(encoding="utf-8")
    try:
        docs = [json.loads(raw)]
    except json.JSONDecodeError:
        try:
            docs = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise NotADocument(f"{path}: not JSON or JSON Lines ({exc})") from exc
    docs = [d for d in docs if _is_document(d)]
    if not docs:
        hint = " (run.json is the run report)" if path.name == "run.json" else ""
        raise NotADocument(f"{path}: not a document written by extract{hint}; show takes OUT/<doc_id>.json "
                           "or documents.jsonl")
    if doc_id is not None:
        chosen = [d for d in docs if d["doc_id"] == doc_id]
        if not chosen:
            raise NotADocument(f"{path}: no document with doc_id {doc_id!r}")
        return chosen[0]
    if len(docs) > 1:
        ids = ", ".join(d["doc_id"] for d in docs[:3])
        raise NotADocument(f"{path}: JSON Lines with {len(docs)} documents ({ids}, ...); choose one with --doc ID")
    return docs[0]


def _is_document(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("doc_id"), str) and isinstance(value.get("mentions"), list)


def find_article_text(doc_path: Path, doc: dict[str, Any], articles: Path | None) -> str:
    """Locate and decode the article a document was made from (see ``extract.locate``)."""
    return article_text(doc, doc_path.parent, articles)


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
    """A standalone page: mentions in displaCy's entity style, then the records as a table."""
    from spacy import displacy

    colors = {k: v[1] for k, v in COLORS.items()}
    ents = [{"start": m["start"], "end": m["end"], "label": m["type"]} for m in doc["mentions"]]
    heading = doc.get("title") or doc["doc_id"]
    ent_html = displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True,
                               options={"colors": colors}, page=False)
    ent_html = BLANK_LINES.sub("<br><br>", ent_html)  # runs of empty lines in the article: one gap on the page
    esc = html_lib.escape
    about = f"{esc(doc['doc_id'])} · ref_date {esc(doc.get('ref_date', ''))} ({esc(doc.get('ref_date_source', ''))})"
    legend = "".join(f"<span style='background:{c}'>{k}</span>" for k, c in RECORD_COLORS.items())
    body = "\n".join([f"<h1>{esc(heading)}</h1>", f"<p>{about}</p>", ent_html,
                      f"<h2>Records ({len(doc.get('records', []))})</h2>", f"<p class='legend'>{legend}</p>",
                      records_table(text, doc)])
    return (f"<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{esc(heading)}</title>"
            f"<style>{PAGE_CSS}</style></head><body>{body}</body></html>")


def records_table(text: str, doc: dict[str, Any]) -> str:
    """One table row per record; empty cells where a field is null (never the word None)."""
    by_id = {m["id"]: m for m in doc["mentions"]}
    head = "".join(f"<th>{c}</th>" for c in RECORD_COLUMNS)
    rows = []
    for record in doc.get("records", []):
        cells = record_cells(text, record, by_id)
        rows.append("<tr>" + "".join(
            f"<td class='{c}'>{cells[c]}</td>" for c in RECORD_COLUMNS
        ) + "</tr>")
    return f"<table class='records'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def record_cells(text: str, record: dict[str, Any], by_id: dict[str, dict]) -> dict[str, str]:
    """The escaped HTML of each column for one record."""
    esc = html_lib.escape
    time = record.get("time") or {}
    start, end = time.get("start"), time.get("end")
    period = "" if not time else start if start and start == end else f"{start or '…'} – {end or '…'}"
    modifier = f" ({record['modifier']})" if record.get("modifier") else ""
    return {
        "id": esc(record["id"]),
        "sentence": _sentence_html(text, record, by_id),
        "value": esc(f"{record['value']:,.15g} {record.get('unit') or ''}{modifier}"),
        "measure": esc((record.get("measure") or {}).get("text") or ""),
        "indicator": esc(record.get("indicator") or ""),
        "region": esc(record.get("region") or ""),
        "time": esc(period),
        "aspect": esc(record.get("aspect") or ""),
    }


def _sentence_html(text: str, record: dict[str, Any], by_id: dict[str, dict]) -> str:
    """The record's sentence with its quantity, measure and time marked (spans never overlap in
    the SPEC, and a span that would is dropped rather than drawn over another)."""
    sent = record.get("sentence") or {"start": 0, "end": len(text)}
    spans = []
    q = by_id.get(record["quantity"])
    if q:
        spans.append((q["start"], q["end"], "QUANTITY"))
    if record.get("measure"):
        spans.append((record["measure"]["start"], record["measure"]["end"], "MEASURE"))
    time_id = (record.get("time") or {}).get("mention")
    if time_id in by_id:
        spans.append((by_id[time_id]["start"], by_id[time_id]["end"], "TIME"))
    out, pos = [], sent["start"]
    for start, end, label in sorted(spans):
        if start < pos or end > sent["end"]:
            continue
        out.append(html_lib.escape(text[pos:start]))
        out.append(f"<mark style='background:{RECORD_COLORS[label]}' title='{label}'>"
                   f"{html_lib.escape(text[start:end])}</mark>")
        pos = end
    out.append(html_lib.escape(text[pos : sent["end"]]))
    return "".join(out).strip()

"""Round-trip SPEC documents through the labelling tools annotators use: doccano and brat.

Export carries every mention's type and span (and, in tool-specific side fields, its norm),
so that ``import`` can rebuild a SPEC document after review: a span left as it was keeps its
norm; a new or moved span gets a norm from the recognisers; records survive for quantities
that still exist, and new quantities get a record from the linker.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from extract.evaluate import TYPES, document_problems, load_dir
from extract.ingest import IngestError, source_text
from extract.mentions import assign_ids
from extract.write import dumps_document, write_text_atomic

Span = tuple[int, int, str]  # start, end, type


def export_doccano(docs_dir: Path, articles: Path, out: Path) -> int:
    """One JSONL line per document: doccano's ``text`` and ``label`` plus our ``meta``."""
    lines = []
    for doc in load_dir(docs_dir).values():
        text = source_text(articles, doc)
        lines.append(json.dumps({
            "text": text,
            "label": [[m["start"], m["end"], m["type"]] for m in doc["mentions"]],
            "meta": {"doc_id": doc["doc_id"], "source": doc.get("source"), "ref_date": doc["ref_date"],
                     "norms": {f"{m['start']}:{m['end']}:{m['type']}": m["norm"] for m in doc["mentions"]}},
        }, ensure_ascii=False))
    write_text_atomic(out, "".join(line + "\n" for line in lines))
    return len(lines)


def _brat_fragments(text: str, start: int, end: int) -> str:
    """brat spans cannot hold a newline: split the span into fragments at line breaks."""
    parts, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if stop > pos:
            parts.append(f"{pos} {stop}")
        pos = stop + 1
    return ";".join(parts)


def export_brat(docs_dir: Path, articles: Path, out: Path) -> int:
    """``<doc_id>.txt`` and ``<doc_id>.ann`` per document; norms as AnnotatorNotes (JSON)."""
    docs = load_dir(docs_dir)
    out.mkdir(parents=True, exist_ok=True)
    types = set()
    for doc in docs.values():
        text = source_text(articles, doc)
        lines = []
        for i, m in enumerate(doc["mentions"], 1):
            types.add(m["type"])
            surface = m["text"].replace("\n", " ")
            lines.append(f"T{i}\t{m['type']} {_brat_fragments(text, m['start'], m['end'])}\t{surface}")
            lines.append(f"#{i}\tAnnotatorNotes T{i}\t{json.dumps(m['norm'], ensure_ascii=False)}")
        write_text_atomic(out / f"{doc['doc_id']}.txt", text)
        write_text_atomic(out / f"{doc['doc_id']}.ann", "".join(line + "\n" for line in lines))
        meta = {"doc_id": doc["doc_id"], "source": doc.get("source"), "ref_date": doc["ref_date"]}
        write_text_atomic(out / f"{doc['doc_id']}.meta.json", json.dumps(meta, ensure_ascii=False) + "\n")
    entity_lines = "".join(f"{t}\n" for t in sorted(types))
    write_text_atomic(out / "annotation.conf", f"[entities]\n{entity_lines}[relations]\n[events]\n[attributes]\n")
    return len(docs)


def _read_doccano(path: Path) -> list[tuple[dict[str, Any], list[Span], dict[str, Any]]]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: not valid JSON ({exc})") from exc
        if not isinstance(row, dict):
            raise ValueError(f"{where}: a {type(row).__name__}, not a JSON object")
        meta = row.get("meta") or {}
        if not isinstance(meta, dict) or "doc_id" not in meta:
            raise ValueError(f"{where}: meta.doc_id missing (export with cli.py export)")
        labels = row.get("label") or row.get("labels") or []
        items.append((_checked_meta(meta, where), _checked_labels(labels, where), meta.get("norms") or {}))
    return items


def safe_doc_id(doc_id: Any, where: str) -> str:
    """A doc_id is a file name (SPEC section 2), never a path: no separators, no ``..``."""
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise ValueError(f"{where}: doc_id {doc_id!r} is not a file name")
    if "/" in doc_id or "\\" in doc_id or "\x00" in doc_id or doc_id.startswith(".") or ".." in doc_id:
        raise ValueError(f"{where}: doc_id {doc_id!r} is not a plain file name (no /, \\, .. or leading .)")
    return doc_id


def _checked_meta(meta: dict[str, Any], where: str) -> dict[str, Any]:
    safe_doc_id(meta.get("doc_id"), f"{where}: meta")
    source = meta.get("source")
    if source is not None and (not isinstance(source, str) or ".." in Path(source).parts
                               or Path(source).is_absolute()):
        raise ValueError(f"{where}: meta.source {source!r} must be a path inside the article folder")
    try:
        dt.date.fromisoformat(str(meta.get("ref_date")))
    except ValueError:
        raise ValueError(f"{where}: meta.ref_date {meta.get('ref_date')!r} is not a date YYYY-MM-DD") from None
    return meta


def _checked_labels(labels: Any, where: str) -> list[Span]:
    """Labels as ``(start, end, type)``: known types, ``start < end``, flat (SPEC section 3)."""
    if not isinstance(labels, list):
        raise ValueError(f"{where}: label is a {type(labels).__name__}, not a list")
    spans = []
    for i, label in enumerate(labels):
        if not (isinstance(label, list | tuple) and len(label) == 3):
            raise ValueError(f"{where}: label[{i}] {label!r} is not [start, end, type]")
        start, end, type_ = label
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or not 0 <= start < end:
            raise ValueError(f"{where}: label[{i}] {label!r}: start and end must be whole numbers, start < end")
        if type_ not in TYPES:
            raise ValueError(f"{where}: label[{i}] type {type_!r} is not one of {', '.join(TYPES)}")
        spans.append((start, end, type_))
    ordered = sorted(spans)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b[0] < a[1]:
            raise ValueError(f"{where}: labels {list(a)} and {list(b)} overlap (spans are flat, SPEC section 3)")
    return spans


def _read_brat(folder: Path) -> list[tuple[dict[str, Any], list[Span], dict[str, Any]]]:
    items = []
    for ann in sorted(folder.glob("*.ann")):
        meta_path = ann.with_suffix(".meta.json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {"doc_id": ann.stem}
        except json.JSONDecodeError as exc:
            raise ValueError(f"{meta_path}: not valid JSON ({exc})") from exc
        if not isinstance(meta, dict):
            raise ValueError(f"{meta_path}: not a JSON object")
        labels, notes, by_tid = [], {}, {}
        for n, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
            try:
                if line.startswith("T"):
                    tid, info, _ = line.split("\t", 2)
                    type_, frags = info.split(" ", 1)
                    offsets = [int(x) for frag in frags.split(";") for x in frag.split()]
                    by_tid[tid] = [min(offsets), max(offsets), type_]
                    labels.append(by_tid[tid])
                elif line.startswith("#") and "AnnotatorNotes" in line:
                    _, ref, note = line.split("\t", 2)
                    notes[ref.split()[1]] = note
            except (ValueError, IndexError) as exc:
                raise ValueError(f"{ann}:{n}: not a brat annotation line ({exc})") from exc
        norms = {}
        for tid, note in notes.items():
            if tid in by_tid:
                s, e, t = by_tid[tid]
                try:
                    norms[f"{s}:{e}:{t}"] = json.loads(note)
                except json.JSONDecodeError:
                    pass
        items.append((_checked_meta(meta, str(meta_path)), _checked_labels(labels, str(ann)), norms))
    return items


def import_annotations(source: Path, articles: Path, out: Path, original: Path | None = None) -> int:
    """Rebuild SPEC documents from a doccano JSONL file or a brat folder.

    Every document is checked before anything is written: one bad item (a path as doc_id, a
    span past the article's end, an unknown type) fails the import with its file and line."""
    items = _read_brat(source) if source.is_dir() else _read_doccano(source)
    originals = load_dir(original) if original else {}
    docs = []
    for meta, spans, norms in items:
        where = f"{source} (doc_id {meta['doc_id']!r})"
        try:
            doc, text = rebuild_document(meta, spans, norms, articles, originals.get(meta["doc_id"]))
        except IngestError as exc:
            raise IngestError(exc.path, f"{exc.reason} (the article of {where})") from exc
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from exc
        problems = document_problems(doc, text)
        if problems:
            raise ValueError(f"{where}: " + "; ".join(problems[:5]))
        docs.append(doc)
    for doc in docs:
        write_text_atomic(out / f"{doc['doc_id']}.json", dumps_document(doc, pretty=True))
    return len(docs)


def rebuild_document(meta: dict[str, Any], spans: list[Span], norms: dict[str, Any], articles: Path,
                     original: dict[str, Any] | None) -> tuple[dict[str, Any], str]:
    """The SPEC document for one imported item, and the article text it refers to."""
    from extract.link import build_records

    doc_id = meta["doc_id"]
    source = meta.get("source") or f"{doc_id}.txt"
    text = source_text(articles, {"doc_id": doc_id, "source": source})
    ref_date = dt.date.fromisoformat(meta["ref_date"])
    past_end = [span for span in spans if span[1] > len(text)]
    if past_end:
        raise ValueError(f"{doc_id}: label {list(past_end[0])} ends past the article's end ({len(text)} characters)")
    mentions = []
    for start, end, type_ in sorted(spans):
        norm = norms.get(f"{start}:{end}:{type_}") or derive_norm(text, start, end, type_, ref_date)
        mentions.append({"type": type_, "start": start, "end": end, "text": text[start:end], "norm": norm})
    assign_ids(mentions)
    draft = {"schema_version": "1.0", "doc_id": doc_id, "ref_date": meta["ref_date"], "mentions": mentions,
             "records": []}
    problems = [p for p in document_problems(draft, text) if "without a record" not in p]
    if problems:  # a norm from the tool's notes that the linker cannot use
        raise ValueError("; ".join(problems[:5]))
    records = _carry_records(original, mentions) if original else None
    fresh = build_records(text, mentions, ref_date)
    doc = {"schema_version": "1.0", "doc_id": doc_id, "source": source, "ref_date": meta["ref_date"],
           "ref_date_source": (original or {}).get("ref_date_source", "meta"), "mentions": mentions,
           "records": _merge_records(records, fresh)}
    return doc, text


def derive_norm(text: str, start: int, end: int, type_: str, ref_date: dt.date) -> dict[str, Any]:
    """A norm for a span the annotator added: the recogniser's reading of that span alone."""
    surface = text[start:end]
    if type_ == "QUANTITY":
        from extract.quantity import find_quantities

        found = find_quantities(surface)
    elif type_ == "DATE":
        from extract.dates import find_dates

        found = find_dates(surface, ref_date)
    else:
        from extract.entities import find_entities

        found = [m for m in find_entities(surface, model=False) if m["type"] == type_]
    best = max(found, key=lambda m: m["end"] - m["start"], default=None)
    if best is not None:
        return best["norm"]
    if type_ in ("QUANTITY", "DATE"):
        raise ValueError(f"cannot read a {type_} norm from {surface!r}@{start}: give it one in the tool's notes")
    return {"name": surface.replace("\n", "")}


def _carry_records(original: dict[str, Any], mentions: list[dict[str, Any]]) -> dict[tuple[int, int], dict]:
    """Original records keyed by their quantity span, re-pointed at the new mention ids."""
    old = {m["id"]: m for m in original["mentions"]}
    new_ids = {(m["start"], m["end"], m["type"]): m["id"] for m in mentions}
    carried = {}
    for r in original["records"]:
        q = old.get(r["quantity"])
        if q is None or (q["start"], q["end"], "QUANTITY") not in new_ids:
            continue
        r = json.loads(json.dumps(r))
        r["quantity"] = new_ids[(q["start"], q["end"], "QUANTITY")]
        time = r.get("time")
        if time and time.get("mention"):
            d = old.get(time["mention"])
            time["mention"] = new_ids.get((d["start"], d["end"], "DATE")) if d else None
        r["entities"] = [new_ids[(old[e]["start"], old[e]["end"], old[e]["type"])] for e in r.get("entities", [])
                         if e in old and (old[e]["start"], old[e]["end"], old[e]["type"]) in new_ids]
        carried[(q["start"], q["end"])] = r
    return carried


def _merge_records(carried: dict[tuple[int, int], dict] | None, fresh: list[dict]) -> list[dict]:
    if not carried:
        return fresh
    by_qid = {}
    records = []
    for r in fresh:
        by_qid[r["quantity"]] = r
    spans = {r["quantity"]: key for key, r in carried.items()}
    kept = {r["quantity"]: r for r in carried.values()}
    for qid, r in by_qid.items():
        records.append(kept.get(qid, r) if qid in spans else r)
    for i, r in enumerate(records, 1):
        r["id"] = f"r{i}"
    return records

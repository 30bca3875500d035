"""Mechanical checks of gold documents (and of any SPEC document) against their articles.

Schema-valid; every mention's text equals ``text[start:end]``; no two mentions overlap;
ids unique; every record points at a QUANTITY whose value, unit and modifier it copies;
exactly one record per QUANTITY; measure spans match the text; time mentions are DATEs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from extract.evaluate import values_equal
from extract.ingest import IngestError, source_text
from extract.write import schema_errors


def check_document(doc: dict[str, Any], text: str | None = None) -> list[str]:
    """Every problem found in one document, as readable messages (empty when clean).

    Without the article ``text`` the checks that need it (offsets against the text) are
    replaced by what the document itself can show (a span as long as its text)."""
    problems = [f"schema: {e}" for e in schema_errors(doc)]
    if problems:
        return problems
    problems += _check_mentions(doc["mentions"], text)
    problems += _check_records(doc, text)
    return problems


def _check_mentions(mentions: list[dict], text: str | None) -> list[str]:
    problems = []
    ids = [m["id"] for m in mentions]
    if len(set(ids)) != len(ids):
        problems.append("mentions: ids are not unique")
    for m in mentions:
        if m["start"] >= m["end"] or (text is not None and m["end"] > len(text)):
            problems.append(f"mentions {m['id']}: bad span start {m['start']} end {m['end']}")
        elif text is None and len(m["text"]) != m["end"] - m["start"]:
            problems.append(f"mentions {m['id']}: text {m['text']!r} is not {m['end'] - m['start']} characters long "
                            f"(start {m['start']}, end {m['end']})")
        elif text is not None and text[m["start"] : m["end"]] != m["text"]:
            problems.append(f"{m['id']}: text {m['text']!r} != text[{m['start']}:{m['end']}] "
                            f"{text[m['start']:m['end']]!r}")
    ordered = sorted(mentions, key=lambda m: (m["start"], m["end"]))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b["start"] < a["end"]:
            problems.append(f"{a['id']} {a['text']!r} overlaps {b['id']} {b['text']!r}")
    return problems


def _check_records(doc: dict, text: str | None) -> list[str]:
    problems = []
    by_id = {m["id"]: m for m in doc["mentions"]}
    quantities = {m["id"] for m in doc["mentions"] if m["type"] == "QUANTITY"}
    linked: dict[str, str] = {}
    for r in doc["records"]:
        q = by_id.get(r["quantity"])
        if q is None or q["type"] != "QUANTITY":
            problems.append(f"records {r['id']}: quantity {r['quantity']!r} is not a QUANTITY mention")
            continue
        if r["quantity"] in linked:
            problems.append(f"records {r['id']}: second record for {r['quantity']} (first {linked[r['quantity']]})")
        linked[r["quantity"]] = r["id"]
        norm = q["norm"]
        if not values_equal(r["value"], norm["value"]) or r["unit"] != norm["unit"] \
                or r.get("modifier") != norm.get("modifier"):
            problems.append(f"records {r['id']}: value/unit/modifier differ from {q['id']} {q['text']!r}")
        measure = r.get("measure")
        if measure and text is not None and text[measure["start"] : measure["end"]] != measure.get("text"):
            span = f"text[{measure['start']}:{measure['end']}]"
            problems.append(f"records {r['id']}: measure {measure.get('text')!r} != {span}")
        time = r.get("time")
        if time and time.get("mention") and by_id.get(time["mention"], {}).get("type") != "DATE":
            problems.append(f"records {r['id']}: time mention {time['mention']!r} is not a DATE")
        for ent in r.get("entities", []):
            if by_id.get(ent, {}).get("type") not in ("COMPANY", "PLATFORM", "LOAN", "INSTITUTION"):
                problems.append(f"records {r['id']}: entity {ent!r} is not a COMPANY/PLATFORM/LOAN/INSTITUTION mention")
    for qid in sorted(quantities - linked.keys()):
        problems.append(f"{qid} {by_id[qid]['text']!r}: QUANTITY without a record")
    return problems


def check_gold_dir(gold_dir: Path, articles_dir: Path) -> list[str]:
    """Check every ``*.json`` in ``gold_dir`` against ``articles_dir/<source>``."""
    problems = []
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        return [f"{gold_dir}: no gold files"]
    for path in files:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            problems.append(f"{path}: not readable JSON ({exc})")
            continue
        if not isinstance(doc, dict):
            problems.append(f"{path}: a {type(doc).__name__}, not a JSON object")
            continue
        try:
            text = source_text(articles_dir, {"doc_id": path.stem, **doc})
        except IngestError as exc:
            problems.append(f"{path}: article {exc}")
            continue
        problems += [f"{path}: {p}" for p in check_document(doc, text)]
    return problems

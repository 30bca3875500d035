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


def check_document(doc: dict[str, Any], text: str) -> list[str]:
    """Every problem found in one document, as readable messages (empty when clean)."""
    problems = [f"schema: {e}" for e in schema_errors(doc)]
    if problems:
        return problems
    problems += _check_mentions(doc["mentions"], text)
    problems += _check_records(doc, text)
    return problems


def _check_mentions(mentions: list[dict], text: str) -> list[str]:
    problems = []
    ids = [m["id"] for m in mentions]
    if len(set(ids)) != len(ids):
        problems.append("mention ids are not unique")
    for m in mentions:
        if text[m["start"] : m["end"]] != m["text"]:
            problems.append(f"{m['id']}: text {m['text']!r} != text[{m['start']}:{m['end']}] "
                            f"{text[m['start']:m['end']]!r}")
        if m["end"] > len(text) or m["start"] >= m["end"]:
            problems.append(f"{m['id']}: bad span {m['start']}..{m['end']}")
    ordered = sorted(mentions, key=lambda m: (m["start"], m["end"]))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b["start"] < a["end"]:
            problems.append(f"{a['id']} {a['text']!r} overlaps {b['id']} {b['text']!r}")
    return problems


def _check_records(doc: dict, text: str) -> list[str]:
    problems = []
    by_id = {m["id"]: m for m in doc["mentions"]}
    quantities = {m["id"] for m in doc["mentions"] if m["type"] == "QUANTITY"}
    linked: dict[str, str] = {}
    for r in doc["records"]:
        q = by_id.get(r["quantity"])
        if q is None or q["type"] != "QUANTITY":
            problems.append(f"{r['id']}: quantity {r['quantity']!r} is not a QUANTITY mention")
            continue
        if r["quantity"] in linked:
            problems.append(f"{r['id']}: second record for {r['quantity']} (first {linked[r['quantity']]})")
        linked[r["quantity"]] = r["id"]
        norm = q["norm"]
        if not values_equal(r["value"], norm["value"]) or r["unit"] != norm["unit"] \
                or r.get("modifier") != norm.get("modifier"):
            problems.append(f"{r['id']}: value/unit/modifier differ from {q['id']} {q['text']!r}")
        measure = r.get("measure")
        if measure and text[measure["start"] : measure["end"]] != measure.get("text"):
            problems.append(f"{r['id']}: measure {measure.get('text')!r} != text[{measure['start']}:{measure['end']}]")
        time = r.get("time")
        if time and time.get("mention") and by_id.get(time["mention"], {}).get("type") != "DATE":
            problems.append(f"{r['id']}: time mention {time['mention']!r} is not a DATE")
        for ent in r.get("entities", []):
            if by_id.get(ent, {}).get("type") not in ("COMPANY", "PLATFORM", "LOAN", "INSTITUTION"):
                problems.append(f"{r['id']}: entity {ent!r} is not a COMPANY/PLATFORM/LOAN/INSTITUTION mention")
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
        try:
            text = source_text(articles_dir, {"doc_id": path.stem, **doc})
        except IngestError as exc:
            problems.append(f"{path}: article {exc}")
            continue
        problems += [f"{path}: {p}" for p in check_document(doc, text)]
    return problems

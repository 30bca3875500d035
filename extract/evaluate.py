"""Score system documents against gold documents exactly as SPEC section 5 defines.

Mentions: per type and overall, precision/recall/F1 for spans (strict: identical span;
lenient: overlapping span, one-to-one) and for span+norm (strict span and a correct norm).
Records: paired by their quantity's strict span; field accuracies over paired records and
P/R/F1 of fully correct records (value, unit, measure, region and time all correct).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TYPES = ["QUANTITY", "DATE", "COMPANY", "PLATFORM", "LOAN", "REGION", "INSTITUTION"]
RECORD_FIELDS = ["value", "unit", "measure", "region", "time", "aspect"]
FULLY_CORRECT_FIELDS = ["value", "unit", "measure", "region", "time"]


@dataclass
class Counts:
    """Gold, system and matched counts of one type and criterion."""

    gold: int = 0
    system: int = 0
    matched: int = 0

    def prf(self) -> dict[str, float]:
        """Precision, recall and F1 (SPEC section 5), with the counts they come from."""
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "gold": self.gold, "system": self.system, "matched": self.matched}


@dataclass
class TypeScore:
    """The scores of one mention type: strict and lenient spans, norms, modifier or subtype."""

    strict: Counts = field(default_factory=Counts)
    lenient: Counts = field(default_factory=Counts)
    norm: Counts = field(default_factory=Counts)
    extra_correct: int = 0  # modifier (QUANTITY) or subtype (PLATFORM) equal, over strict matches


@dataclass
class Miss:
    """One error listed by ``eval --misses``."""

    doc_id: str
    kind: str  # missed, spurious, wrong-norm, wrong-record
    detail: str


def values_equal(a: Any, b: Any) -> bool:
    """Numbers equal up to a relative 1e-6 (floats from different parses); anything else by ==."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)
    return a == b


def norm_correct(gold: dict, system: dict) -> bool:
    """The system norm matches the gold one (SPEC 5): value and unit, interval, or name."""
    g, s = gold["norm"], system["norm"]
    if gold["type"] == "QUANTITY":
        return values_equal(g.get("value"), s.get("value")) and g.get("unit") == s.get("unit")
    if gold["type"] == "DATE":
        return g.get("start") == s.get("start") and g.get("end") == s.get("end")
    return g.get("name") == s.get("name")


def _extra_field(type_: str) -> str | None:
    return {"QUANTITY": "modifier", "PLATFORM": "subtype"}.get(type_)


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def score_mentions(gold_doc: dict, sys_doc: dict, scores: dict[str, TypeScore], misses: list[Miss]) -> None:
    """Add one document's mention scores to ``scores`` and its errors to ``misses``."""
    doc_id = gold_doc["doc_id"]
    for type_ in TYPES:
        gold = [m for m in gold_doc["mentions"] if m["type"] == type_]
        system = [m for m in sys_doc["mentions"] if m["type"] == type_]
        score = scores[type_]
        for counts in (score.strict, score.lenient, score.norm):
            counts.gold += len(gold)
            counts.system += len(system)
        by_span = {(m["start"], m["end"]): m for m in system}
        strict_pairs = [(g, by_span[(g["start"], g["end"])]) for g in gold if (g["start"], g["end"]) in by_span]
        score.strict.matched += len(strict_pairs)
        extra = _extra_field(type_)
        for g, s in strict_pairs:
            if norm_correct(g, s):
                score.norm.matched += 1
            else:
                detail = f"{type_} {g['text']!r}@{g['start']}: gold {g['norm']} system {s['norm']}"
                misses.append(Miss(doc_id, "wrong-norm", detail))
            if extra and g["norm"].get(extra) == s["norm"].get(extra):
                score.extra_correct += 1
        score.lenient.matched += _lenient_matches(gold, system)
        for g in gold:
            if not any(_overlaps(g, s) for s in system):
                misses.append(Miss(doc_id, "missed", f"{type_} {g['text']!r}@{g['start']}"))
        for s in system:
            if not any(_overlaps(g, s) for g in gold):
                misses.append(Miss(doc_id, "spurious", f"{type_} {s['text']!r}@{s['start']} ({s.get('source', '')})"))


def _lenient_matches(gold: list[dict], system: list[dict]) -> int:
    """One-to-one matching of overlapping spans, greedily in text order (spans are flat)."""
    used: set[int] = set()
    matched = 0
    for g in gold:
        for i, s in enumerate(system):
            if i not in used and _overlaps(g, s):
                used.add(i)
                matched += 1
                break
    return matched


@dataclass
class RecordScore:
    """Record counts: paired by quantity span, fully correct, and correct per field."""

    gold: int = 0
    system: int = 0
    paired: int = 0
    fully_correct: int = 0
    field_correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _record_key(doc: dict) -> dict[tuple[int, int], dict]:
    spans = {m["id"]: (m["start"], m["end"]) for m in doc["mentions"]}
    return {spans[r["quantity"]]: r for r in doc["records"] if r["quantity"] in spans}


def record_fields_correct(gold: dict, system: dict) -> dict[str, bool]:
    """Which fields of a system record match the gold record for the same quantity."""
    gm, sm = gold.get("measure"), system.get("measure")
    gt, st = gold.get("time"), system.get("time")
    return {
        "value": values_equal(gold["value"], system["value"]),
        "unit": gold["unit"] == system["unit"],
        "measure": (gm is None and sm is None) or (gm is not None and sm is not None and _overlaps(gm, sm)),
        "region": gold.get("region") == system.get("region"),
        "time": (gt is None and st is None)
        or (gt is not None and st is not None and (gt.get("start"), gt.get("end")) == (st.get("start"), st.get("end"))),
        "aspect": gold.get("aspect") == system.get("aspect"),
    }


def score_records(gold_doc: dict, sys_doc: dict, score: RecordScore, misses: list[Miss]) -> None:
    """Add one document's record scores to ``score`` and its errors to ``misses``."""
    gold, system = _record_key(gold_doc), _record_key(sys_doc)
    score.gold += len(gold)
    score.system += len(system)
    for span, g in gold.items():
        s = system.get(span)
        if s is None:
            continue
        score.paired += 1
        fields = record_fields_correct(g, s)
        for name, ok in fields.items():
            score.field_correct[name] += ok
        if all(fields[f] for f in FULLY_CORRECT_FIELDS):
            score.fully_correct += 1
        wrong = [f for f, ok in fields.items() if not ok]
        if wrong:
            misses.append(Miss(gold_doc["doc_id"], "wrong-record", _describe_record(g, s, wrong)))


def _describe_record(g: dict, s: dict, wrong: list[str]) -> str:
    def show(r: dict, f: str) -> Any:
        v = r.get(f)
        if f == "measure" and v:
            return v["text"]
        if f == "time" and v:
            return f"{v.get('start')}..{v.get('end')}"
        return v

    parts = [f"{f}: gold {show(g, f)!r} system {show(s, f)!r}" for f in wrong]
    where = g["sentence"]["start"] if g.get("sentence") else "?"
    return f"record {g['value']} {g['unit']} @{where}: " + "; ".join(parts)


SPLIT_FILE = "split.json"


def load_dir(path: Path) -> dict[str, dict]:
    """The documents in ``path``, by doc_id, each checked (schema and SPEC invariants).

    In a folder ``extract`` wrote, only the documents its last run lists in ``run.json`` are
    read (a stale ``<doc>.json`` from an earlier run never counts); elsewhere (a gold folder)
    every ``*.json`` and ``*.jsonl``. Raises ``ValueError`` naming the file (and line) and the
    field of every problem found."""
    from extract.manifest import run_documents

    listed = run_documents(path)
    files = listed if listed is not None else [
        f for f in sorted(path.glob("*.json")) + sorted(path.glob("*.jsonl"))
        if f.name not in ("run.json", SPLIT_FILE)
    ]
    docs: dict[str, dict] = {}
    problems: list[str] = []
    for file in files:
        for where, doc in _read_documents(file, problems):
            found = document_problems(doc)
            if found:
                problems += [f"{where}: {p}" for p in found]
            elif doc["doc_id"] in docs:
                problems.append(f"{where}: doc_id {doc['doc_id']!r} appears twice in {path}")
            else:
                docs[doc["doc_id"]] = doc
    if problems:
        shown = problems[:20] + ([f"... and {len(problems) - 20} more"] if len(problems) > 20 else [])
        raise ValueError(f"{len(problems)} problem(s) in the documents of {path}:\n" + "\n".join(shown))
    return docs


def _read_documents(file: Path, problems: list[str]) -> list[tuple[str, Any]]:
    """``(where, parsed JSON)`` for each document in a ``.json`` file or each line of a ``.jsonl``."""
    try:
        content = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{file}: cannot read ({exc})")
        return []
    lines = enumerate(content.splitlines(), 1) if file.suffix == ".jsonl" else [(0, content)]
    found = []
    for n, line in lines:
        where = f"{file}:{n}" if n else str(file)
        if not line.strip():
            continue
        try:
            found.append((where, json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not valid JSON ({exc})")
    return found


def document_problems(doc: Any, text: str | None = None) -> list[str]:
    """Every way ``doc`` breaks the schema or the SPEC's invariants, each naming its field."""
    from extract.goldcheck import check_document

    if not isinstance(doc, dict):
        return [f"<document>: a {type(doc).__name__}, not a JSON object"]
    return check_document(doc, text)


def split_manifest(gold_dir: Path) -> dict[str, Any] | None:
    """The ``split.json`` that names a gold set's splits: in ``gold_dir`` or its parent (corpus/dev/)."""
    for folder in (gold_dir, gold_dir.parent):
        path = folder / SPLIT_FILE
        if path.is_file():
            manifest = json.loads(path.read_text(encoding="utf-8"))
            if "articles" in manifest:  # written relative to the manifest, so it works from any folder
                manifest["articles"] = str((folder / manifest["articles"]).resolve())
            return manifest
    return None


def split_ids(gold_dir: Path, split: str) -> list[str]:
    """The doc_ids of one named split of a gold set (``tune``, ``check``)."""
    manifest = split_manifest(gold_dir)
    if manifest is None:
        raise ValueError(f"{gold_dir}: no {SPLIT_FILE} here or in its parent, so no split '{split}'")
    splits = manifest.get("splits", {})
    if split not in splits:
        raise ValueError(f"{gold_dir}: no split '{split}' (splits: {', '.join(sorted(splits))})")
    return list(splits[split])


def evaluate(gold_dir: Path, system_dir: Path, only: list[str] | None = None) -> tuple[dict[str, Any], list[Miss]]:
    """Score every gold document (or the doc_ids in ``only``) against the system document with the same doc_id."""
    gold_docs, sys_docs = load_dir(gold_dir), load_dir(system_dir)
    if only is not None:
        unknown = sorted(set(only) - set(gold_docs))
        if unknown:
            raise ValueError(f"{gold_dir}: the split names documents without gold: {', '.join(unknown)}")
        gold_docs = {doc_id: gold_docs[doc_id] for doc_id in only}
    if not gold_docs:
        raise ValueError(f"{gold_dir}: no gold documents (*.json) found")
    scores = {t: TypeScore() for t in TYPES}
    records = RecordScore()
    misses: list[Miss] = []
    missing_docs = []
    for doc_id, gold_doc in gold_docs.items():
        sys_doc = sys_docs.get(doc_id)
        if sys_doc is None:
            missing_docs.append(doc_id)
            sys_doc = {"doc_id": doc_id, "mentions": [], "records": []}
        score_mentions(gold_doc, sys_doc, scores, misses)
        score_records(gold_doc, sys_doc, records, misses)
    return _summary(scores, records, len(gold_docs), missing_docs), misses


def _summary(scores: dict[str, TypeScore], records: RecordScore, n_docs: int, missing: list[str]) -> dict[str, Any]:
    overall = TypeScore()
    by_type = {}
    for type_, s in scores.items():
        for name in ("strict", "lenient", "norm"):
            total, part = getattr(overall, name), getattr(s, name)
            total.gold += part.gold
            total.system += part.system
            total.matched += part.matched
        entry = {"strict": s.strict.prf(), "lenient": s.lenient.prf(), "norm": s.norm.prf()}
        extra = _extra_field(type_)
        if extra:
            entry[f"{extra}_accuracy"] = round(s.extra_correct / s.strict.matched, 4) if s.strict.matched else 0.0
        by_type[type_] = entry
    paired = records.paired
    return {
        "documents": n_docs,
        "missing_documents": missing,
        "mentions": by_type,
        "overall": {"strict": overall.strict.prf(), "lenient": overall.lenient.prf(), "norm": overall.norm.prf()},
        "records": {
            **Counts(records.gold, records.system, records.fully_correct).prf(),
            "paired": paired,
            "field_accuracy": {f: round(records.field_correct[f] / paired, 4) if paired else 0.0
                               for f in RECORD_FIELDS},
        },
    }


def format_table(summary: dict[str, Any]) -> str:
    """The summary as a fixed-width text table (what ``cli.py eval`` prints)."""
    head = f"{'type':<12}{'gold':>6}{'sys':>6}  {'strict P/R/F1':<21}{'lenient F1':>11}{'norm F1':>9}  extra"
    lines = [head, "-" * len(head)]
    rows = list(summary["mentions"].items()) + [("overall", summary["overall"])]
    for name, e in rows:
        s = e["strict"]
        extra = next((f"{k.split('_')[0]} {v:.3f}" for k, v in e.items() if k.endswith("_accuracy")), "")
        lines.append(f"{name:<12}{s['gold']:>6}{s['system']:>6}  "
                     f"{s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f}    "
                     f"{e['lenient']['f1']:>8.3f}{e['norm']['f1']:>9.3f}  {extra}")
    r = summary["records"]
    lines += ["", f"records: gold {r['gold']} system {r['system']} paired {r['paired']}  "
                  f"fully correct P/R/F1 {r['precision']:.3f}/{r['recall']:.3f}/{r['f1']:.3f}",
              "field accuracy: " + "  ".join(f"{k} {v:.3f}" for k, v in r["field_accuracy"].items())]
    if summary["missing_documents"]:
        lines.append(f"no system document for: {', '.join(summary['missing_documents'])}")
    return "\n".join(lines)


def flat_figures(summary: dict[str, Any]) -> dict[str, float]:
    """The summary as flat names (``PLATFORM.strict_f1``, ``records.time_accuracy``): what the
    regression gate's floors in corpus/baseline.json are written in."""
    figures = {}
    for type_, entry in summary["mentions"].items():
        for kind in ("strict", "lenient", "norm"):
            figures[f"{type_}.{kind}_f1"] = entry[kind]["f1"]
    figures["records.f1"] = summary["records"]["f1"]
    for field_name, accuracy in summary["records"]["field_accuracy"].items():
        figures[f"records.{field_name}_accuracy"] = accuracy
    return figures

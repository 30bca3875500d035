"""doccano and brat round trips: a reviewed document comes back as the same SPEC document."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS, GOLD, load_docs, run_cli


@pytest.mark.parametrize("fmt,target", [("doccano", "gold.jsonl"), ("brat", "brat")])
def test_export_then_import_restores_gold(tmp_path, fmt, target):
    out = tmp_path / target
    assert run_cli("export", str(GOLD), "--to", fmt, "--out", str(out), "--articles", str(CORPUS)).returncode == 0
    back = tmp_path / "back"
    result = run_cli("import", str(out), "--out", str(back), "--articles", str(CORPUS), "--original", str(GOLD))
    assert result.returncode == 0, result.stderr
    gold, restored = load_docs(GOLD), load_docs(back)
    assert sorted(restored) == sorted(gold)
    for doc_id, doc in gold.items():
        assert restored[doc_id]["mentions"] == doc["mentions"]
        assert restored[doc_id]["records"] == doc["records"]


def test_import_of_an_edited_doccano_line_gives_new_spans_a_norm(tmp_path):
    gold_doc = json.loads(next(GOLD.glob("*.json")).read_text(encoding="utf-8"))
    out = tmp_path / "one.jsonl"
    single = tmp_path / "single"
    single.mkdir()
    (single / f"{gold_doc['doc_id']}.json").write_text(json.dumps(gold_doc, ensure_ascii=False), encoding="utf-8")
    exported = run_cli("export", str(single), "--to", "doccano", "--out", str(out), "--articles", str(CORPUS))
    assert exported.returncode == 0
    row = json.loads(out.read_text(encoding="utf-8"))
    first_q = next(m for m in gold_doc["mentions"] if m["type"] == "QUANTITY")
    row["label"] = [lab for lab in row["label"] if lab[0] != first_q["start"]]  # reviewer removed it
    row["meta"]["norms"] = {}  # and the tool lost the norms
    out.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    back = tmp_path / "back"
    assert run_cli("import", str(out), "--out", str(back), "--articles", str(CORPUS)).returncode == 0
    doc = load_docs(back)[gold_doc["doc_id"]]
    assert first_q["text"] not in [m["text"] for m in doc["mentions"] if m["start"] == first_q["start"]]
    quantities = [m for m in doc["mentions"] if m["type"] == "QUANTITY"]
    gold_q = {(m["start"], m["end"]): m["norm"] for m in gold_doc["mentions"] if m["type"] == "QUANTITY"}
    rederived = [m for m in quantities if gold_q.get((m["start"], m["end"])) == m["norm"]]
    assert len(rederived) >= 0.8 * len(quantities)  # norms re-read by the recognisers
    assert len(doc["records"]) == len(quantities)

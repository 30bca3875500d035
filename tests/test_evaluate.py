"""The metric of SPEC section 5 on small hand-made documents whose scores are worked out by hand."""

from __future__ import annotations

import json

from extract.evaluate import evaluate


def q(id_, start, end, text, value, unit="家", modifier=None):
    return {"id": id_, "type": "QUANTITY", "start": start, "end": end, "text": text,
            "norm": {"value": value, "unit": unit, "dimension": "count", "modifier": modifier}}


def rec(id_, qid, value, measure=None, region="江津区", time=None, aspect="level", unit="家"):
    return {"id": id_, "quantity": qid, "value": value, "unit": unit, "modifier": None, "measure": measure,
            "indicator": None, "region": region, "time": time, "aspect": aspect, "entities": []}


def doc(mentions, records):
    return {"schema_version": "1.0", "doc_id": "d", "ref_date": "2024-08-15", "mentions": mentions,
            "records": records}


def write(folder, document):
    folder.mkdir()
    (folder / "d.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return folder


def test_strict_lenient_and_norm_scores(tmp_path):
    gold = doc([q("m1", 0, 4, "656家", 656), q("m2", 10, 14, "158家", 158), q("m3", 20, 23, "近9名", 9)],
               [rec("r1", "m1", 656), rec("r2", "m2", 158), rec("r3", "m3", 9)])
    system = doc([q("m1", 0, 4, "656家", 656),            # strict, norm right
                  q("m2", 10, 13, "158", 158),            # lenient only
                  q("m3", 20, 23, "近9名", 90),           # strict, norm wrong
                  q("m4", 30, 32, "5个", 5)],             # spurious
                 [rec("r1", "m1", 656), rec("r2", "m2", 158), rec("r3", "m3", 90), rec("r4", "m4", 5)])
    summary, misses = evaluate(write(tmp_path / "g", gold), write(tmp_path / "s", system))
    qty = summary["mentions"]["QUANTITY"]
    assert (qty["strict"]["matched"], qty["strict"]["precision"], qty["strict"]["recall"]) == (2, 0.5, 0.6667)
    assert qty["lenient"]["matched"] == 3
    assert qty["norm"]["matched"] == 1
    assert summary["records"]["paired"] == 2  # by the quantity's strict span
    assert summary["records"]["field_accuracy"]["value"] == 0.5
    assert summary["records"]["matched"] == 1
    assert {m.kind for m in misses} >= {"spurious", "wrong-norm", "wrong-record"}


def test_record_fields_measure_overlap_time_and_region(tmp_path):
    measure = {"text": "科技型企业", "start": 4, "end": 9}
    time = {"mention": None, "kind": "until", "start": None, "end": "2024-07-31"}  # (a mention must exist)
    gold = doc([q("m1", 0, 4, "656家", 656)], [rec("r1", "m1", 656, measure=measure, time=time)])
    shifted = {"text": "型企业", "start": 6, "end": 9}
    system = doc([q("m1", 0, 4, "656家", 656)],
                 [rec("r1", "m1", 656, measure=shifted, time=dict(time), region="铜梁区")])
    summary, _ = evaluate(write(tmp_path / "g", gold), write(tmp_path / "s", system))
    acc = summary["records"]["field_accuracy"]
    assert acc["measure"] == 1.0 and acc["time"] == 1.0 and acc["region"] == 0.0
    assert summary["records"]["f1"] == 0.0


def test_missing_system_document_counts_as_all_missed(tmp_path):
    gold = doc([q("m1", 0, 4, "656家", 656)], [rec("r1", "m1", 656)])
    (tmp_path / "s").mkdir()
    summary, _ = evaluate(write(tmp_path / "g", gold), tmp_path / "s")
    assert summary["missing_documents"] == ["d"]
    assert summary["mentions"]["QUANTITY"]["strict"]["recall"] == 0.0

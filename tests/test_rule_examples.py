"""Every rule file in rules/ carries examples; this test runs them all (Duckling's habit).

A rule file names the stage its examples exercise (``stage = "quantity"`` ...):

- quantity, date, entity: an example gives a text (dates: a ``ref_date``) and the complete
  list of mentions that stage must find there (``expect = []``: nothing). Each expected item
  names the mention ``text`` and any norm fields to compare; "null" stands for JSON null.
  A date example may give ``inferred_ref_date`` instead (or as well): the reference date
  ``infer_ref_date`` must read from the text alone (the words of [inference]).
- indicator: ``text`` is a measure, ``expect`` the canonical indicator (or "null").
- record: ``text`` runs through the whole pipeline; each expected item names a ``quantity``
  text and the record fields to compare (``measure`` must overlap, ``time_end`` is compared).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract.rules import load_rules, rule_files


def _null(v):
    return None if v == "null" else v


def _same(got, want) -> bool:
    want = _null(want)
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return abs(got - want) <= 1e-6 * max(1.0, abs(want))
    return got == want


def _matches(mention, item) -> bool:
    if mention["text"] != item["text"] or mention["type"] != item.get("type", mention["type"]):
        return False
    return all(_same(mention["norm"].get(k), v) for k, v in item.items() if k not in ("text", "type"))


def _found(stage, example):
    text = example["text"]
    if stage == "quantity":
        from extract.quantity import find_quantities

        return find_quantities(text)
    if stage == "date":
        from extract.dates import find_dates

        return find_dates(text, dt.date.fromisoformat(example.get("ref_date", "2024-08-15")))
    from extract.entities import find_entities

    return find_entities(text, model=False)


def check_mentions(stage, example):
    found = _found(stage, example)
    expected = example.get("expect", [])
    shown = [(m["text"], m["norm"]) for m in found]
    for item in expected:
        assert any(_matches(m, item) for m in found), f"missing {item}; found {shown}"
    assert len(found) == len(expected), f"extra mentions: {shown}"
    for m in found:
        assert m["text"] == example["text"][m["start"] : m["end"]]


def check_inferred_ref_date(example):
    from extract.ref_date import infer_ref_date

    got = infer_ref_date(example["text"])
    assert str(got) == example["inferred_ref_date"], f"inferred {got}, want {example['inferred_ref_date']}"


def check_indicator(example):
    from extract.link import canonical_indicator

    assert canonical_indicator(example["text"]) == _null(example["expect"])


def check_record(example):
    from extract.ingest import Article
    from extract.pipeline import Options, Pipeline

    ref = dt.date.fromisoformat(example["ref_date"])
    doc = Pipeline(Options(ref_date=ref, today=ref)).process(Article("example", "example.txt", example["text"]))
    by_id = {m["id"]: m for m in doc["mentions"]}
    records = {by_id[r["quantity"]]["text"]: r for r in doc["records"]}
    for item in example["expect"]:
        record = records.get(item["quantity"])
        assert record is not None, f"no record for {item['quantity']}; records for {list(records)}"
        for key, want in item.items():
            if key == "measure":
                got = record["measure"]["text"] if record["measure"] else None
                if _null(want) is None:
                    assert got is None, f"{item['quantity']}: measure {got!r}, want none"
                    continue
                assert got and (want in got or got in want), f"{item['quantity']}: measure {got!r}, want {want!r}"
            elif key == "time_end":
                got = record["time"]["end"] if record["time"] else None
                assert got == _null(want), f"{item['quantity']}: time end {got!r}, want {want!r}"
            elif key != "quantity":
                assert record[key] == _null(want), f"{item['quantity']}: {key} {record[key]!r}, want {want!r}"


def _cases():
    for path in rule_files():
        rules = load_rules(path.stem)
        for i, example in enumerate(rules.get("example", [])):
            yield pytest.param(rules.get("stage"), example, id=f"{path.stem}[{i}]:{example['text'][:16]}")


@pytest.mark.parametrize("stage,example", list(_cases()))
def test_rule_example(stage, example):
    if stage == "date" and "inferred_ref_date" in example:
        check_inferred_ref_date(example)
        if "expect" in example:
            check_mentions(stage, example)
    elif stage in ("quantity", "date", "entity"):
        check_mentions(stage, example)
    elif stage == "indicator":
        check_indicator(example)
    elif stage == "record":
        check_record(example)
    else:
        pytest.fail(f"unknown stage {stage!r}")

"""Serialisation and the schema check every document passes before it is written."""

from __future__ import annotations

import copy
import itertools
import json
import os

import jsonschema
import pandas as pd
import pytest
from conftest import GOLD

from extract import write
from extract.write import SCHEMA_PATH, _TempTable, document_bytes, dumps_document, schema_errors


@pytest.fixture(scope="module")
def gold_doc() -> dict:
    return json.loads(sorted(GOLD.glob("*.json"))[0].read_text(encoding="utf-8"))


def _first(doc: dict, type_: str) -> dict:
    return next(m for m in doc["mentions"] if m["type"] == type_)


BREAKAGES = {
    "negative offset": lambda d: d["mentions"][0].update(start=-1),
    "unknown mention type": lambda d: d["mentions"][0].update(type="PERSON"),
    "company without a name": lambda d: _first(d, "COMPANY")["norm"].pop("name"),
    "ref_date not a date": lambda d: d.update(ref_date="15/08/2024"),
    "wrong schema version": lambda d: d.update(schema_version="0.9"),
    "records missing": lambda d: d.pop("records"),
    "quantity value as text": lambda d: _first(d, "QUANTITY")["norm"].update(value="1746000000"),
    "date kind unknown": lambda d: _first(d, "DATE")["norm"].update(kind="sometime"),
    "record without quantity": lambda d: d["records"][0].pop("quantity"),
    "empty doc_id": lambda d: d.update(doc_id=""),
}


def test_gold_document_is_valid(gold_doc):
    assert schema_errors(gold_doc) == []


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_broken_documents_are_reported_with_a_path(gold_doc, breakage):
    doc = copy.deepcopy(gold_doc)
    BREAKAGES[breakage](doc)
    reference = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    assert list(reference.iter_errors(doc)), "the breakage must break the schema itself"
    errors = schema_errors(doc)
    assert errors and all(":" in e for e in errors)


def test_compact_and_pretty_dumps_hold_the_same_document(gold_doc):
    compact, pretty = dumps_document(gold_doc), dumps_document(gold_doc, pretty=True)
    assert compact.count("\n") == 1 and compact.endswith("\n")
    assert pretty.count("\n") > 100
    assert json.loads(compact) == json.loads(pretty) == gold_doc
    assert "江津" in compact  # UTF-8, not \\u escapes


# Values orjson writes otherwise than the json module (a float below 1e-4, NaN, an infinity) or
# refuses (an integer beyond 64 bits, a key that is no string), and ones it writes alike.
ODD_VALUES = {
    "tiny float": lambda d: _first(d, "QUANTITY")["norm"].update(value=1e-05),
    "tiny bound": lambda d: _first(d, "QUANTITY")["norm"].update(low=-3e-07),
    "NaN value": lambda d: _first(d, "QUANTITY")["norm"].update(value=float("nan")),
    "infinite record value": lambda d: d["records"][0].update(value=float("inf")),
    "tiny float at the top": lambda d: d.update(score=2.5e-05),
    "integer beyond 64 bits": lambda d: _first(d, "QUANTITY")["norm"].update(value=10**30),
    "key that is no string": lambda d: _first(d, "QUANTITY")["norm"].update({7: "x"}),
    "plain floats": lambda d: _first(d, "QUANTITY")["norm"].update(value=0.0001, low=-0.0, high=1.5e16),
    "control characters": lambda d: d.update(title="北湖区\x00\x1f\x7f\u2028\t\"\\"),
    "mention without a norm": lambda d: d["mentions"][0].pop("norm"),
    "records not a list of objects": lambda d: d.update(records=[["r1", 2.5e-05]]),
}


@pytest.mark.parametrize("change", sorted(ODD_VALUES))
def test_document_bytes_are_the_json_modules(gold_doc, change):
    doc = copy.deepcopy(gold_doc)
    ODD_VALUES[change](doc)
    assert document_bytes(doc) == dumps_document(doc).encode("utf-8")


def test_document_bytes_of_a_lone_surrogate_fail_as_the_json_modules_did(gold_doc):
    doc = copy.deepcopy(gold_doc)
    doc["title"] = "青禾县\ud800"
    with pytest.raises(UnicodeEncodeError):
        document_bytes(doc)


def _number_fields(node: object, path: tuple = ()) -> list[tuple]:
    """Paths in the schema to every field whose type allows a (non-integer) number."""
    found = []
    if isinstance(node, dict):
        kinds = node.get("type")
        if kinds == "number" or isinstance(kinds, list) and "number" in kinds:
            found.append(path)
        for key, child in node.items():
            found += _number_fields(child, (*path, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            found += _number_fields(child, (*path, i))
    return found


def test_floats_stand_only_where_document_bytes_looks_for_them():
    # document_bytes checks the floats of the document's fields, of each mention's norm and each
    # record's fields; a number field anywhere else in the schema would slip past that check.
    fields = _number_fields(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    assert fields, "the schema has number fields (values, bounds)"
    for path in fields:
        top = len(path) == 2 and path[0] == "properties"
        record = path[:3] == ("$defs", "record", "properties") and len(path) == 4
        norm = path[:2] == ("$defs", "mention") and path[-3:-1] == ("norm", "properties")
        assert top or record or norm, path


# Each document's rows as pandas' DataFrame(rows).to_csv() wrote them (the tables' format before the
# csv-module writer): per document, a number column with a gap or a fraction holds floats.
TABLE_DOCS = [
    [{"a": 3, "b": "北湖区", "c": None}, {"a": None, "b": "青禾县", "c": True}],
    [{"a": 17, "b": None, "c": 1.5}, {"a": 2, "b": "含,逗号\n和换行", "c": 2}],
    [{"a": 2**63, "b": 'say "hi"', "c": 10**20}, {"a": 0.1 + 0.2, "b": "", "c": None}],
    [{"a": float("nan"), "b": "x", "c": "文字"}, {"a": 1e16, "b": "y", "c": 7}],
    [{"a": None, "b": None, "c": None}],
    [],
]


def test_tables_write_the_cells_pandas_wrote(tmp_path):
    table = _TempTable(tmp_path / "t.csv", ["a", "b", "c"])
    expected = tmp_path / "expected.csv"
    pd.DataFrame(columns=["a", "b", "c"]).to_csv(expected, index=False)
    for rows in TABLE_DOCS:
        table.append(rows)
        frame = pd.DataFrame(rows, columns=["a", "b", "c"])
        if not frame.empty:
            frame.to_csv(expected, mode="a", header=False, index=False)
    table.commit()
    assert (tmp_path / "t.csv").read_bytes() == expected.read_bytes()


def test_values_the_compiled_check_refuses_get_the_verdict_they_had_before(gold_doc):
    # jsonschema-rs refuses NaN and Python objects JSON has no type for; the check falls back to
    # fastjsonschema, which accepted NaN as a number and refuses a date object as a string.
    doc = copy.deepcopy(gold_doc)
    _first(doc, "QUANTITY")["norm"]["value"] = float("nan")
    assert schema_errors(doc) == []
    doc["ref_date"] = __import__("datetime").date(2031, 6, 30)
    assert any(e.startswith("ref_date") for e in schema_errors(doc))


def test_atomic_write_makes_the_folder_and_steps_over_a_leftover_temporary(tmp_path, monkeypatch):
    target = tmp_path / "new" / "folder" / "a.json"
    write.write_text_atomic(target, "北湖区\n")  # the folder does not exist yet
    assert target.read_bytes() == "北湖区\n".encode()
    monkeypatch.setattr(write, "_TEMP_NAMES", itertools.count(7))
    leftover = target.parent / f".a.json.{os.getpid()}-7.tmp"  # an interrupted run's, same process id
    leftover.write_text("old", encoding="utf-8")
    write.write_text_atomic(target, "青禾县\r\n")
    assert target.read_bytes() == "青禾县\r\n".encode() and leftover.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in target.parent.iterdir()) == [leftover.name, "a.json"]

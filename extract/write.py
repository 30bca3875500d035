"""Last stage: serialise documents (SPEC section 2) and the flat tables downstream tools read.

Every file is written atomically (a temporary file in the same folder, then a rename), so an
interrupted run never leaves a half-written JSON or CSV behind; the next run removes the
temporary files an interrupted one left. ``run.json`` (see ``manifest.py``) says which documents
belong to the run; what earlier runs left and this one did not write is removed.
"""

from __future__ import annotations

import csv
import functools
import itertools
import json
import math
import operator
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from extract.manifest import RUN_FILE, RUNNING, left_by_earlier_runs, read_manifest

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "document.schema.json"

MENTION_COLUMNS = [
    "doc_id", "id", "type", "start", "end", "text", "source",
    "value", "unit", "dimension", "modifier", "low", "high",
    "kind", "date_start", "date_end", "granularity", "name", "subtype",
]
RECORD_COLUMNS = [
    "doc_id", "id", "quantity", "quantity_text", "value", "unit", "modifier",
    "measure", "measure_start", "measure_end", "indicator", "region",
    "time_mention", "time_kind", "time_start", "time_end", "aspect", "entities",
    "sentence_start", "sentence_end", "sentence",
]


def dumps_document(doc: dict[str, Any], *, pretty: bool = False) -> str:
    """The one serialisation of a document: UTF-8 text, stable key order, one trailing newline.

    Extraction output is compact (one line: the C encoder, several times faster than an
    indented dump); ``pretty`` indents it for files people edit by hand, such as the gold set."""
    if pretty:
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    return _COMPACT.encode(doc) + "\n"


# One encoder for every document (json.dumps builds one per call), without the check for circular
# references (a dict insert per object): a document is a tree by construction (read from JSON,
# or built by the pipeline and checked against the schema). 250 -> 200 us per real document.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def document_bytes(doc: dict[str, Any]) -> bytes:
    """``dumps_document(doc)`` as UTF-8 bytes: what an extract run writes per document.

    orjson writes them in a fifth of the json module's time (30 against 160 us for a real
    document, the check below included: 2% of a rules-only run) and the same bytes (key order,
    separators, the characters escaped, floats as ``repr`` writes them), except for a float
    below 1e-4 (``0.00001`` against ``1e-05``) and NaN or an infinity (``null``): a document
    holding one, or anything orjson refuses (an integer beyond 64 bits, a lone surrogate, a key
    that is no string), goes through ``dumps_document``."""
    if _floats_written_alike(doc):
        try:
            return orjson.dumps(doc, option=orjson.OPT_APPEND_NEWLINE)
        except orjson.JSONEncodeError:
            pass
    return dumps_document(doc).encode("utf-8")


_TINY_FLOAT = 1e-4  # below it (zero aside) repr writes 1e-05 where orjson writes 0.00001 (or 1e-7 for 1e-07)


def _floats_written_alike(doc: dict[str, Any]) -> bool:
    """No float of the document is one orjson writes otherwise than the json module.

    Looks where floats can stand: the document's own fields, each mention's ``norm`` (a
    quantity's value and bounds) and each record's fields (its value); the schema's other
    fields are integers, strings or objects of them (tests/test_write.py holds it to that).
    Floats are picked out first: most documents hold a few, and a test per value cost more.
    A document of another shape (a mention without a norm) is left to the json module."""
    try:
        floats = [v for norm in map(_NORM, doc.get("mentions", ())) for v in norm.values() if type(v) is float]
        floats += [v for record in doc.get("records", ()) for v in record.values() if type(v) is float]
    except (KeyError, TypeError, AttributeError):
        return False
    floats += [v for v in doc.values() if type(v) is float]
    return all(math.isfinite(v) and (v == 0 or abs(v) >= _TINY_FLOAT) for v in floats)


_NORM = operator.itemgetter("norm")


_TEMP_NAMES = itertools.count()


def _temp_file(path: Path) -> tuple[int, str]:
    """A new temporary file beside ``path`` (``.<name>.<pid>-<n>.tmp``), open for writing.

    Created with mode 0666 so the kernel applies the user's umask, the permissions a plain
    ``open()`` gives (``mkstemp`` makes them 0600 and needed an fchmod per file). The folder is
    made when missing."""
    folder_made = False
    while True:
        tmp = str(path.parent / f".{path.name}.{os.getpid()}-{next(_TEMP_NAMES)}.tmp")
        try:
            return os.open(tmp, _CREATE_FLAGS, 0o666), tmp
        except FileExistsError:
            continue  # left by an interrupted run of a process with the same id: take the next name
        except FileNotFoundError:
            if folder_made:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            folder_made = True


# O_BINARY: no newline translation where the platform has a text mode
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def write_text_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` (text, written as UTF-8, or bytes already encoded) to ``path`` through a
    temporary file and a rename (one ``os.write`` for a document: no text layer, no per-file
    folder check)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = _temp_file(path)
    try:
        try:
            written = 0
            while written < len(data):
                written += os.write(fd, data[written:])  # the whole of data is no copy
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class OutputError(Exception):
    """The output folder cannot be used or written; ``str()`` says which path and why."""


def prepare_out_dir(out_dir: Path, planned: list[str], *, overwrite: bool = False) -> set[str]:
    """Make ``out_dir`` ready for a run that plans to write ``planned`` documents.

    Returns the document files earlier runs left there, for ``finish_out_dir`` to remove once
    this run has written its own. A folder that holds files but no run of ours is refused
    unless ``overwrite`` (then its ``*.json``/``*.jsonl`` documents count as left by a run).
    Writes a *running* manifest, so a reader never takes a half-finished run for a whole one."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(out_dir)
        manifest = read_manifest(out_dir)
    except (OSError, ValueError) as exc:
        raise OutputError(f"{out_dir}: cannot be used as the output folder ({_why(exc)})") from exc
    previous = left_by_earlier_runs(manifest)
    if manifest is None:
        present = [p for p in out_dir.iterdir() if not p.name.startswith(".")]
        if present and not overwrite:
            raise OutputError(f"{out_dir}: not empty and holds no extract run ({len(present)} entries, e.g. "
                              f"{present[0].name}); choose an empty folder or pass --overwrite")
        previous = {p.name for p in present if p.suffix in (".json", ".jsonl") and p.is_file()}
    running = {"status": RUNNING, "planned": sorted(planned), "previous": sorted(previous)}
    try:
        write_text_atomic(out_dir / RUN_FILE, json.dumps(running, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise OutputError(f"{out_dir / RUN_FILE}: cannot write ({_why(exc)})") from exc
    return previous | set(planned)


def finish_out_dir(out_dir: Path, manifest: dict[str, Any], stale: set[str]) -> list[str]:
    """Write the complete manifest, then remove the ``stale`` documents it does not list.

    Returns what could not be removed (as messages). Raises ``OutputError`` when the manifest
    itself cannot be written."""
    try:
        write_text_atomic(out_dir / RUN_FILE, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    except OSError as exc:
        raise OutputError(f"{out_dir / RUN_FILE}: cannot write ({_why(exc)})") from exc
    problems = []
    for name in sorted(stale - set(manifest["documents"]) - set(manifest.get("page_texts", []))):
        try:
            (out_dir / name).unlink(missing_ok=True)
        except OSError as exc:
            problems.append(f"{out_dir / name}: stale document not removed ({_why(exc)})")
    return problems


def remove_stale_temporaries(folder: Path) -> None:
    """Remove the temporary files (``.<name>.<random>.tmp``) an interrupted run left behind."""
    for path in folder.glob(".*.tmp"):
        if path.is_file():
            path.unlink(missing_ok=True)


def _why(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)


@functools.cache
def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@functools.cache
def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(_schema())


@functools.cache
def _fast_check():
    import fastjsonschema

    return fastjsonschema.compile(_schema())


@functools.cache
def _compiled_check():
    import jsonschema_rs

    return jsonschema_rs.validator_for(_schema())


def schema_errors(doc: dict[str, Any]) -> list[str]:
    """Messages for every way ``doc`` breaks the document schema (empty when valid).

    Every document is checked before it is written. A validator in compiled code (jsonschema-rs,
    about 15 times faster than the generated Python of fastjsonschema, which was a tenth of a
    rules-only run) answers the common case, a valid document. Anything else goes the way it
    went before: fastjsonschema decides (jsonschema-rs also refuses NaN and values JSON has no
    type for, which fastjsonschema let through), and jsonschema lists every error with its path."""
    import fastjsonschema

    try:
        if _compiled_check().is_valid(doc):
            return []
    except (ValueError, TypeError, OverflowError):  # a value JSON has no type for (a date, a non-string key)
        pass
    try:
        _fast_check()(doc)
        return []
    except fastjsonschema.JsonSchemaException as exc:
        errors = [
            f"{'/'.join(str(p) for p in err.absolute_path) or '<document>'}: {err.message}"
            for err in _validator().iter_errors(doc)
        ]
        return errors or [exc.message]  # the two validators disagree: trust the stricter one


_DATE_COLUMNS = (("kind", "kind"), ("date_start", "start"), ("date_end", "end"), ("granularity", "granularity"))


def mention_columns(doc: dict[str, Any]) -> dict[str, list[Any]]:
    """``MENTION_COLUMNS`` → the column's values, one per mention (the tables are written by
    column: a dict per row cost more than writing it)."""
    mentions = doc["mentions"]
    norms = [m.get("norm", {}) for m in mentions]
    is_date = [m["type"] == "DATE" for m in mentions]
    columns: dict[str, list[Any]] = {"doc_id": [doc["doc_id"]] * len(mentions)}
    columns.update({k: [m.get(k) for m in mentions] for k in ("id", "type", "start", "end", "text", "source")})
    columns.update({k: [n.get(k) for n in norms] for k in ("value", "unit", "dimension", "modifier", "low", "high")})
    columns.update({column: [n.get(key) if date else None for n, date in zip(norms, is_date, strict=True)]
                    for column, key in _DATE_COLUMNS})
    columns.update({k: [n.get(k) for n in norms] for k in ("name", "subtype")})
    return columns


def record_rows(doc: dict[str, Any], text: str | None = None) -> list[dict[str, Any]]:
    """One row per record; with the article ``text`` the row also carries its sentence."""
    columns = record_columns(doc, text)
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def record_columns(doc: dict[str, Any], text: str | None = None) -> dict[str, list[Any]]:
    """``RECORD_COLUMNS`` → the column's values, one per record (built by column, as
    ``mention_columns``: the table writer needs columns, and a dict per row cost more)."""
    records = doc["records"]
    texts = {m["id"]: m.get("text") for m in doc["mentions"]}
    measures = [r.get("measure") or {} for r in records]
    times = [r.get("time") or {} for r in records]
    sentences = [r.get("sentence") or {} for r in records]
    columns: dict[str, list[Any]] = {
        "doc_id": [doc["doc_id"]] * len(records), "id": [r["id"] for r in records],
        "quantity": [r["quantity"] for r in records],
        "quantity_text": [texts.get(r["quantity"]) for r in records],
        "value": [r["value"] for r in records], "unit": [r["unit"] for r in records],
        "modifier": [r.get("modifier") for r in records],
        "measure": [m.get("text") for m in measures], "measure_start": [m.get("start") for m in measures],
        "measure_end": [m.get("end") for m in measures],
        "indicator": [r.get("indicator") for r in records], "region": [r.get("region") for r in records],
        "time_mention": [t.get("mention") for t in times], "time_kind": [t.get("kind") for t in times],
        "time_start": [t.get("start") for t in times], "time_end": [t.get("end") for t in times],
        "aspect": [r["aspect"] for r in records],
        "entities": [";".join(r.get("entities", [])) for r in records],
        "sentence_start": [s.get("start") for s in sentences], "sentence_end": [s.get("end") for s in sentences],
        "sentence": [text[s["start"]:s["end"]] if text and s else None for s in sentences],
    }
    return columns


class TableWriter:
    """Appends each document's rows to ``mentions.csv`` and ``records.csv`` as it arrives.

    Rows go to temporary files that replace the final ones on ``close()``, so memory stays flat
    in corpus size and an interrupted run leaves the previous tables untouched.
    """

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self._parts = {name: _TempTable(out_dir / f"{name}.csv", cols)
                       for name, cols in (("mentions", MENTION_COLUMNS), ("records", RECORD_COLUMNS))}

    def add(self, doc: dict[str, Any], text: str | None = None) -> None:
        """Append one document's mention and record rows."""
        self._parts["mentions"].append_columns(mention_columns(doc))
        self._parts["records"].append_columns(record_columns(doc, text))

    def close(self) -> None:
        """Move the finished tables into place."""
        for part in self._parts.values():
            part.commit()

    def abort(self) -> None:
        """Remove the unfinished tables."""
        for part in self._parts.values():
            part.discard()


class _FileBeside:
    """A file written through a temporary file beside its ``path``: ``commit()`` moves it into
    place, ``discard()`` removes it (an interrupted run leaves the previous file untouched)."""

    def __init__(self, path: Path, mode: str, **open_args: Any):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        fd, self.tmp = _temp_file(path)
        self._fh = os.fdopen(fd, mode, **open_args)

    def commit(self) -> None:
        self._fh.close()
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        self._fh.close()
        Path(self.tmp).unlink(missing_ok=True)


class _TempTable(_FileBeside):
    """One CSV table, written row by row through the csv module to a temporary file.

    The cells are those pandas' ``DataFrame(rows).to_csv()`` wrote per document before (tables
    were 40% of a rules-only run): a column that pandas stores as float64 (numbers with a gap or
    a fraction) shows its integers as floats (``1.0``), and a missing value or NaN is empty."""

    def __init__(self, path: Path, columns: list[str]):
        super().__init__(path, "w", encoding="utf-8", newline="")
        self.columns = columns
        self._csv = csv.writer(self._fh, lineterminator="\n")
        self._csv.writerow(columns)

    def append(self, rows: Iterable[dict[str, Any]]) -> None:
        rows = list(rows)
        self.append_columns({name: [row.get(name) for row in rows] for name in self.columns})

    def append_columns(self, columns: dict[str, list[Any]]) -> None:
        """One document's rows given by column (name → values; a missing column is empty)."""
        cells = [_column_cells(columns[name]) if name in columns else None for name in self.columns]
        rows = max((len(c) for c in cells if c is not None), default=0)
        if rows:
            self._csv.writerows(zip(*(c if c is not None else [None] * rows for c in cells), strict=True))


_KEPT_AS_THEY_ARE = frozenset({str, bool, type(None)})  # text, flags and gaps: no number to convert
_INTEGERS = {int}
_FLOAT64_INTS = range(-(2**63), 2**64)  # integers pandas puts in a float64 column (beyond: object)


def _column_cells(values: list[Any]) -> list[Any]:
    """One document's values of one column as the csv module should write them (see ``_TempTable``)."""
    kinds = set(map(type, values))
    if kinds <= _KEPT_AS_THEY_ARE or kinds == _INTEGERS:
        return values  # no number, or integers without a gap: pandas kept the column's values as they are
    values = [None if isinstance(v, float) and v != v else v for v in values]  # NaN is missing
    numbers = [v for v in values if v is not None]
    as_float64 = (
        any(type(v) is float for v in numbers) or len(numbers) < len(values)
    ) and all(type(v) is float or (type(v) is int and v in _FLOAT64_INTS) for v in numbers)
    if as_float64 and numbers:
        return [None if v is None else float(v) for v in values]
    return values


class JsonlWriter(_FileBeside):
    """Streams documents, one JSON per line, to ``path`` (atomically replaced on ``close()``)."""

    def __init__(self, path: Path):
        super().__init__(path, "wb")

    def add(self, doc: dict[str, Any]) -> None:
        """Write one document as a JSON line: the bytes its own ``<doc_id>.json`` would hold."""
        self._fh.write(document_bytes(doc))

    def close(self) -> None:
        """Move the finished file into place."""
        self.commit()

    def abort(self) -> None:
        """Remove the unfinished file."""
        self.discard()

"""Cross-article tables of records: one row per record, or a region × indicator × period pivot.

Where two articles give different values for the same region, indicator, period and aspect,
the rows are flagged in a ``conflict`` column so an analyst sees them before trusting either.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from extract.evaluate import load_dir
from extract.ingest import IngestError, source_text
from extract.write import record_rows

KEY = ["region", "indicator", "time_start", "time_end", "aspect", "unit"]


def build_record_table(docs_dir: Path, articles: Path | None = None) -> pd.DataFrame:
    """All records of all documents in ``docs_dir`` with a ``conflict`` flag."""
    rows = []
    for doc in load_dir(docs_dir).values():
        rows += record_rows(doc, _article_text(doc, articles))
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    return flag_conflicts(frame)


def _article_text(doc: dict, articles: Path | None) -> str | None:
    if articles is None:
        return None
    try:
        return source_text(articles, doc)
    except IngestError:
        return None


def flag_conflicts(frame: pd.DataFrame) -> pd.DataFrame:
    """``conflict`` is True where the same key has different values in different articles."""
    keyed = frame.dropna(subset=["region", "indicator"])
    groups = keyed.groupby(KEY, dropna=False)
    conflicting = set()
    for _, group in groups:
        if group["doc_id"].nunique() > 1 and group["value"].nunique() > 1:
            conflicting.update(group.index)
    frame = frame.copy()
    frame["conflict"] = frame.index.isin(conflicting)
    return frame


def period_label(start: str | None, end: str | None) -> str:
    """``start..end`` with ``…`` for an open side (missing values may arrive as NaN from CSV)."""
    start, end = (None if pd.isna(v) else v for v in (start, end))
    if start is None and end is None:
        return "unknown"
    return f"{start or '…'}..{end or '…'}"


def pivot_records(frame: pd.DataFrame) -> pd.DataFrame:
    """Region × indicator rows, one column per period; cells list the values found."""
    if frame.empty:
        return frame
    keyed = frame.dropna(subset=["indicator"]).copy()
    keyed["period"] = [period_label(s, e) for s, e in zip(keyed["time_start"], keyed["time_end"], strict=True)]
    keyed["region"] = keyed["region"].fillna("unknown")
    cell = keyed.assign(cell=keyed["value"].map(lambda v: f"{v:g}") + keyed["unit"])
    table = cell.pivot_table(index=["region", "indicator", "aspect"], columns="period", values="cell",
                             aggfunc=lambda values: " | ".join(sorted(set(values))))
    return table.reset_index()


def save_table(frame: pd.DataFrame, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".csv":
        frame.to_csv(out, index=False)
    elif out.suffix == ".parquet":
        frame.to_parquet(out, index=False)
    else:
        raise ValueError(f"{out}: use a .csv or .parquet file name")

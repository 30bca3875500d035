"""The regression gate: extract the corpus, score it against the gold set, hold every floor.

Floors live in corpus/baseline.json; each is a figure `eval` reported when it was last
raised (a commit of its own, with the new figures). A change that lowers any per-type F1,
the record F1 or a record field accuracy below its floor fails here.
"""

from __future__ import annotations

import json

from conftest import GOLD, ROOT

from extract.evaluate import evaluate

BASELINE = ROOT / "corpus" / "baseline.json"


def _figures(summary: dict) -> dict[str, float]:
    figures = {}
    for type_, entry in summary["mentions"].items():
        for kind in ("strict", "lenient", "norm"):
            figures[f"{type_}.{kind}_f1"] = entry[kind]["f1"]
    figures["records.f1"] = summary["records"]["f1"]
    for field, accuracy in summary["records"]["field_accuracy"].items():
        figures[f"records.{field}_accuracy"] = accuracy
    return figures


def test_scores_hold_the_committed_floors(corpus_output):
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]
    summary, _ = evaluate(GOLD, corpus_output)
    figures = _figures(summary)
    assert set(floors) <= set(figures), f"unknown figures in baseline: {set(floors) - set(figures)}"
    below = {name: (figures[name], floor) for name, floor in floors.items() if figures[name] < floor - 1e-9}
    assert not below, "below the floor (now, floor): " + ", ".join(f"{k} {v}" for k, v in sorted(below.items()))

"""The regression gate: extract the bundled corpus and the development set, score both, hold every floor.

Floors live in corpus/baseline.json: ``floors`` for the bundled corpus (in-sample: the rules were
written from it) and ``dev_check_floors`` for the dev set's ``check`` split (unseen articles from
other provinces, ../shared/devset). Each is a figure `eval` reported when it was last raised (a
commit of its own, with the new figures). A change that lowers any per-type F1, the record F1 or
a record field accuracy below its floor fails here, so a change that loses on unseen text fails.
"""

from __future__ import annotations

import json

from conftest import DEV_GOLD, GOLD, ROOT

from extract.evaluate import evaluate, flat_figures, split_ids

BASELINE = ROOT / "corpus" / "baseline.json"


def _assert_floors(summary: dict, floors: dict[str, float]) -> None:
    figures = flat_figures(summary)
    assert set(floors) <= set(figures), f"unknown figures in baseline: {set(floors) - set(figures)}"
    below = {name: (figures[name], floor) for name, floor in floors.items() if figures[name] < floor - 1e-9}
    assert not below, "below the floor (now, floor): " + ", ".join(f"{k} {v}" for k, v in sorted(below.items()))


def test_bundled_corpus_holds_its_floors(corpus_output):
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]
    summary, _ = evaluate(GOLD, corpus_output)
    _assert_floors(summary, floors)


def test_dev_check_holds_its_floors(dev_output):
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["dev_check_floors"]
    summary, _ = evaluate(DEV_GOLD, dev_output, split_ids(DEV_GOLD, "check"))
    assert summary["documents"] == 8
    _assert_floors(summary, floors)

"""The date tests the linker makes once per date and document (``DateTests``), on invented text."""

from __future__ import annotations

from typing import Any

import pytest

from extract.link import time as link_time
from extract.link.cues import load_cues
from extract.link.time import DateTests


def _date(text: str, surface: str, mention_id: str = "m1") -> dict[str, Any]:
    start = text.index(surface)
    return {"id": mention_id, "type": "DATE", "start": start, "end": start + len(surface), "text": surface,
            "norm": {"kind": "point", "granularity": "year", "start": None, "end": None}}


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("青禾县科技型企业较2031年增长12%", "2031年", (False, True, False, False)),  # a comparison base
    ("2032年,青禾县新增科技型企业12家", "2032年", (True, False, False, False)),  # the fact's own date
    ("2030年8月落户的某研究所获得资金30万元", "2030年8月", (True, False, True, False)),  # a body's date
    ("北湖区举行2032年科创活动周开幕仪式,签约项目8个", "2032年", (True, False, False, True)),  # a name's date
])
def test_each_test_of_a_date_answers_as_its_function(text: str, surface: str,
                                                       expected: tuple[bool, bool, bool, bool]) -> None:
    tests = DateTests(text, load_cues())
    d = _date(text, surface)
    found = (tests.may_scope(d), tests.compared_with(d), tests.describes_a_body(d), tests.names_a_thing(d))
    assert found == expected


def test_a_date_is_tested_once_however_often_it_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = link_time._names_a_thing

    def counted(*args: Any) -> bool:
        calls.append(args[1]["start"])
        return real(*args)

    monkeypatch.setattr(link_time, "_names_a_thing", counted)
    text = "北湖区举行2032年科创活动周开幕仪式,签约项目8个,总投资12亿元"
    tests = DateTests(text, load_cues())
    first, again = _date(text, "2032年"), _date(text, "2032年", "m9")  # (another mention, the same place)
    assert [tests.names_a_thing(first), tests.names_a_thing(first), tests.names_a_thing(again)] == [True] * 3
    assert calls == [first["start"]]

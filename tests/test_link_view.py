"""The sentence and clause views the linker reads (extract/link/view.py), on invented text."""

from __future__ import annotations

from extract.link.view import clause_view, sentence_view, within

TEXT = "青禾县新增企业3家、5家和8家，北湖区投资12亿元。"
JOINS = ("、", "和")


def _mention(kind: str, word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return {"id": f"{kind}{start}", "type": kind, "start": start, "end": start + len(word), "text": word, "norm": {}}


MENTIONS = [_mention("REGION", "青禾县"), _mention("QUANTITY", "3家"), _mention("QUANTITY", "5家"),
            _mention("QUANTITY", "8家"), _mention("REGION", "北湖区"), _mention("QUANTITY", "12亿元")]


def _view():
    return sentence_view(TEXT, (0, len(TEXT)), MENTIONS)


def test_a_sentence_view_sorts_its_mentions_by_type_in_text_order():
    view = _view()
    assert [m["text"] for m in view.quantities] == ["3家", "5家", "8家", "12亿元"]
    assert [m["text"] for m in view.regions] == ["青禾县", "北湖区"]
    assert view.dates == [] and view.names == []
    assert [m["text"] for m in view.ending_at(TEXT.index("3家"))] == []
    assert [m["text"] for m in view.ending_at(TEXT.index("新增"))] == ["青禾县"]
    assert [m["text"] for m in view.starting_at(TEXT.index("北湖区"))] == ["北湖区"]


def test_a_clause_view_is_made_once_and_shared_by_the_numbers_of_its_clause():
    view = _view()
    first, second, last, money = (clause_view(q, view, JOINS) for q in view.quantities)
    assert first is second is last
    assert money is not first
    assert (first.start, first.end) == (0, TEXT.index("，"))
    assert (money.start, money.end) == (TEXT.index("，") + 1, TEXT.index("。"))


def test_numbers_joined_by_list_words_form_one_run_and_a_lone_number_none():
    view = _view()
    counts = clause_view(view.quantities[0], view, JOINS)
    assert [m["text"] for m in counts.run_of(view.quantities[1])] == ["3家", "5家", "8家"]
    money = clause_view(view.quantities[3], view, JOINS)
    assert money.run_of(view.quantities[3]) == []


def test_the_numbers_before_a_position_and_the_clause_starts_read_backwards():
    view = _view()
    counts = clause_view(view.quantities[0], view, JOINS)
    assert [m["text"] for m in counts.numbers_before(view.quantities[2]["start"])] == ["3家", "5家"]
    comma = TEXT.index("，")
    assert view.clause_starts_back(0, len(TEXT)) == [len(TEXT), comma + 1]  # (the 。 closes the last clause)
    assert view.clause_starts_back(0, comma) == []


def test_within_keeps_the_mentions_lying_wholly_inside():
    assert [m["text"] for m in within(MENTIONS, 0, TEXT.index("8家") + 1)] == ["青禾县", "3家", "5家"]

"""The entity stage's kept answers: a word test whose answers are kept per process answers as the test
itself does, for the lexicon's own word sets and for sets made per call; phrase finding agrees with the
automaton."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.entities.recogniser import find_entities, get_recogniser
from extract.entities.regions import province_abbreviations
from extract.entities.words import _covered_by, covered_by, is_proper_word, lexicon
from extract.lexicon import FEW_PHRASES, PhraseMatcher, find_phrases

_CHARS = "青禾澄川园区"


def test_covered_by_kept_and_fresh_sets_agree() -> None:
    lex = lexicon()
    generic = sorted(w for w in lex.generic if len(w) == 2)[:3]
    texts = ["".join(generic), "".join(generic) + "禾", "青禾" + "".join(generic), "", generic[0][:1]]
    for words in (lex.generic, lex.business_words, lex.industry_words, lex.platform_kind_words):
        for text in texts:
            fresh = set(words)  # a set made per call: its answer is not kept
            assert covered_by(text, words) == covered_by(text, fresh) == _covered_by(text, words)
    assert covered_by("".join(generic), lex.generic)
    assert not covered_by("".join(generic) + "禾", lex.generic)


def test_a_union_made_per_call_is_not_kept() -> None:
    lex = lexicon()
    union = lex.generic | lex.business_words
    assert id(union) not in lex.kept_word_sets
    assert id(lex.generic) in lex.kept_word_sets


def test_is_proper_word_tells_a_proper_word_from_a_common_one() -> None:
    # asked twice: the second answer comes from the per-word cache and must still be the word's own
    for _ in range(2):
        assert is_proper_word("澄禾") and not is_proper_word("科技") and not is_proper_word("联合开发")


def test_province_abbreviation_patterns_built_once_still_read_each_document() -> None:
    table = lexicon().region_rules["province_abbrev"]
    abbrev = sorted(table)[0]
    rec = get_recogniser(False)
    for text in (f"专家组来{abbrev}指导工作。", f"青禾县科技兴{abbrev}成效明显。", "北湖区今年新增企业。"):
        t, _ = rec.prepare(text)
        found = province_abbreviations(t)
        assert all(t.joined[c.start:c.end] == abbrev and c.name == table[abbrev] for c in found)
        assert bool(found) == (abbrev in text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=40), st.lists(st.text(alphabet=_CHARS, min_size=1, max_size=4), max_size=6))
def test_find_phrases_finds_what_the_automaton_finds(text: str, phrases: list[str]) -> None:
    """Leftmost, then longest, then on after its end: overlapping and nested phrases included."""
    expected = [(m.start(), m.end(), m.group()) for m in PhraseMatcher(phrases).finditer(text)] if phrases else []
    assert [(m.start(), m.end(), m.group()) for m in find_phrases(text, phrases)] == expected


def test_find_phrases_prefers_the_longest_at_the_leftmost_place() -> None:
    found = find_phrases("北湖青禾园区青禾园", ["青禾", "青禾园区", "园区青"])
    assert [(m.start(), m.end(), m.group()) for m in found] == [(2, 6, "青禾园区"), (6, 8, "青禾")]
    many = [f"禾{i}" for i in range(FEW_PHRASES + 5)]  # past the few: the automaton, same answer
    assert [m.group() for m in find_phrases("禾1禾22禾3", many)] == ["禾1", "禾22", "禾3"]


def test_a_preposition_glued_to_a_place_is_trimmed_off_the_name() -> None:
    """从|市 glued as one token before a body: the name starts at the level word (the verdict on
    the token is kept per word; asked twice, it reads the same)."""
    for _ in range(2):
        names = [m["text"] for m in find_entities("专家组从市科技局获悉,青禾县新增企业。", model=False)
                 if m["type"] == "INSTITUTION"]
        assert names == ["市科技局"]

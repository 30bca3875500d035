"""Where level words (全市, 全省, 全区 …) and other fixed words stand in a text, found once per text.

Decides which places of a level word are the subject's scope (``level_words_in``), not the base of
a share or rank; ``places_of_any`` finds any group of words (the groupings too) by one automaton
pass per text. Fed by ``rules/link_cues.toml`` [region] (section, city, province, base_before,
share_after, groupings).
"""

from __future__ import annotations

import bisect
import functools

from extract.lexicon import WordPlaces
from extract.link.clauses import HAN_CHAR
from extract.link.cues import Cues


def level_words_in(text: str, lo: int, hi: int, words: tuple[str, ...], cues: Cues) -> list[int]:
    """Where a level word (全市, 全省, 全区 ...) stands in ``text[lo:hi]`` as the subject's scope, not as
    the base of a share, gap or rank (占全市的, 高于全省, 居全省第一; …、全省的7.9%)."""
    return [at for at, end in _spans_of_any(text, lo, hi, words)
            if not text[max(0, at - 2) : at].endswith(cues.base_before)
            and not cues.share_after.match(text, end)]


def places_of_any(text: str, lo: int, hi: int, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` occurs in ``text[lo:hi]`` (as ``_level_word_places`` finds it), in order."""
    return [at for at, _ in _spans_of_any(text, lo, hi, words)]


def _spans_of_any(text: str, lo: int, hi: int, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """``(start, end)`` of each of ``words`` in ``text[lo:hi]`` (as ``_level_word_places`` finds it), in order.

    Looked up among their places in the whole text, found once per text: the level words and the
    groupings (35 words) were searched for in the sentence of every number, 7% of the linker."""
    places = _group_places(text).get(words)
    if places is None:
        places = _group_places(text)[words] = _all_places(text, words)
    if not places or lo < 0 or hi < 0:  # (str.find reads negative bounds from the back)
        return [] if places == [] else sorted(
            (at, at + len(w)) for w in words for at in _level_word_places(text, lo, hi, w))
    return [(at, end) for at, end in places[bisect.bisect_left(places, (lo,)) : bisect.bisect_left(places, (hi,))]
            if end <= hi]


@functools.lru_cache(maxsize=4)
def _group_places(text: str) -> dict[tuple[str, ...], list[tuple[int, int]] | None]:
    """Per text (the last few), the places of each group of words asked about so far."""
    return {}


def _all_places(text: str, words: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """``(start, end)`` of every place of ``words`` in ``text``, in order (as ``_level_word_places`` keeps
    them: a bare 区内 only as a word of its own); None when they cannot be looked up (``_places_finder``)."""
    finder = _places_finder(words)
    if finder is None:
        return None
    return sorted((at, end) for at, end in finder.spans(text)
                  if not (text[at] in "区县" and at > 0 and HAN_CHAR.match(text, at - 1)))


@functools.lru_cache(maxsize=64)  # (a few groups of words)
def _places_finder(words: tuple[str, ...]) -> WordPlaces | None:
    """One automaton finding every place of any of ``words`` in one pass; None when a word can overlap
    itself (a proper prefix is also a suffix: its places found from different starts then differ), is
    empty or is given twice."""
    if len(set(words)) != len(words) or not all(words) or any(
            word[:n] == word[-n:] for word in words for n in range(1, len(word))):
        return None
    return WordPlaces(words)


def _level_word_places(text: str, lo: int, hi: int, word: str) -> list[int]:
    """Where ``word`` occurs in ``text[lo:hi]``; a bare 区内/县内 only as a word of its own, not inside
    园区内, 社区内, 景区内."""
    found, at = [], text.find(word, lo, hi)
    while at != -1:
        if not (word[0] in "区县" and HAN_CHAR.match(text, at - 1) and at > 0):
            found.append(at)
        at = text.find(word, at + len(word), hi)
    return found

"""The document as the entity rules read it: the joined text (line breaks inside a sentence
removed, so a name broken over two lines is one name), its tokens indexed by character, the
candidates found in it, and the way back to the original text's offsets and written names.

Decides which line breaks cut a sentence (join_broken_lines); reads no rules/ file.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field

import numpy

from extract.lexicon import Region
from extract.segment import Token

SENTENCE_END = '。！？!?；;：:”"」』)）】…'


@dataclass
class Candidate:
    """A mention found in the joined text (offsets into ``Text.joined``)."""

    type: str
    start: int
    end: int
    source: str
    subtype: str | None = None
    name: str | None = None
    alias_of: str | None = None
    regions: tuple[Region, ...] = ()
    legal: bool = False  # a registered company name (…有限公司): alias linking keys on it


@dataclass
class Text:
    """One document as the recogniser sees it."""

    original: str
    joined: str
    offsets: list[int]
    tokens: list[Token] = field(default_factory=list)
    token_at: list[int] = field(default_factory=list)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the joined-text span ``start:end``."""
        return self.offsets[start], self.offsets[end - 1] + 1

    def set_tokens(self, tokens: list[Token]) -> None:
        """Index tokens by character; a character outside every token (white space between
        tokens) maps to the token after it, so scans over positions always move forward."""
        self.tokens = tokens
        # token i covers the characters from the furthest end before it to its own end (the gap
        # before it, and itself); built by numpy (a run of ints per token through Python's
        # iterators cost as much as the segmenter), handed on as a list of Python ints
        ends = numpy.fromiter(map(operator.attrgetter("end"), tokens), dtype=numpy.int64, count=len(tokens))
        reach = numpy.maximum.accumulate(ends)
        widths = reach.copy()  # reach[i] - reach[i - 1]; in place, as numpy.diff(prepend=0) costs
        widths[1:] -= reach[:-1]  # about 15 us a call (most of it for a short document)
        token_at = numpy.repeat(numpy.arange(len(tokens)), widths).tolist()
        token_at.extend([len(tokens)] * (len(self.joined) + 1 - len(token_at)))
        self.token_at = token_at

    def is_boundary(self, pos: int) -> bool:
        """True when a token starts (or the text ends) at ``pos``; white space after the last
        token maps past every token (``set_tokens``) and counts as the text's end."""
        if pos >= len(self.joined):
            return True
        i = self.token_at[pos]
        return i >= len(self.tokens) or self.tokens[i].start == pos


# A run of white space holding a line break (what r"(\s*\n\s*)" matches), written to open on the
# white-space character it consumes first: re then skips in C to white space, instead of trying
# the pattern at every character of the text.
_LINE_BREAK = re.compile(r"(\s(?:(?<=\n)|[^\S\n]*\n)\s*)")


def join_broken_lines(text: str) -> tuple[str, list[int]]:
    """Remove line breaks that cut a sentence (a long line with no closing punctuation).

    Returns the joined text and, for each of its characters, the index in ``text``. Short
    lines (captions, headings) keep their breaks, so two captions never merge into one name.
    """
    keep: list[int] = []
    kept: list[str] = []
    lines = _LINE_BREAK.split(text)
    pos = 0
    for i, piece in enumerate(lines):
        is_gap = i % 2 == 1
        blank_line = piece.count("\n") > 2  # two blank lines: a caption or section ends there
        if not (is_gap and not blank_line and _joins(lines[i - 1], lines[i + 1] if i + 1 < len(lines) else "")):
            keep.extend(range(pos, pos + len(piece)))
            kept.append(piece)
        pos += len(piece)
    return "".join(kept), keep


# A numbered heading (一、, (三), 2., 第四章): its line break ends it, however long it is.
CN_DIGITS = "一二三四五六七八九十"
# (the text is width-folded first: （三） reads as (三))
HEADING = re.compile(rf"^\s*(?:[{CN_DIGITS}]+[、.]|\([{CN_DIGITS}\d]+\)|\d+[、.]|第[{CN_DIGITS}\d]+[章节部分])")


def _joins(before: str, after: str) -> bool:
    before = before.strip()
    return (
        len(before) >= 20
        and before[-1] not in SENTENCE_END
        and not before.startswith("#")
        and not HEADING.match(before)
        and bool(after)
        and not after.lstrip().startswith("#")
    )


def written_name(t: Text, c: Candidate) -> str:
    """The name as written in the original text, without the line breaks inside it."""
    start, end = t.to_original(c.start, c.end)
    if end - start == c.end - c.start:  # no line break was joined inside it (the offsets only grow):
        return t.original[start:end].replace("\n", "")  # one slice, not a character at a time
    return "".join(t.original[i] for i in t.offsets[c.start : c.end] if start <= i < end).replace("\n", "")

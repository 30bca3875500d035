"""Character-level normalisation that keeps offsets: one character in, one character out.

Recognisers match against ``fold_width(text)``; because folding never changes the length,
every offset found there is an offset into the original text (SPEC section 1).
"""

from __future__ import annotations

import re

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
# Dashes and tildes that separate ranges (1—10月, 2023–2027年) all become one hyphen-like mark;
# the wave dash 〜 (U+301C, Japanese-style input) and the swung dash ⁓ are tildes too.
_DASHES = {ord(c): ord("—") for c in "‐‑‒–―−～~－〜⁓"}
_TABLE = {**_FULLWIDTH, **_DASHES}
_TABLE[ord("-")] = ord("—")


_REPLACEMENTS = {chr(a): chr(b) for a, b in _TABLE.items()}
# Most characters of a Chinese text are left alone, so substituting only the ones that change
# is several times faster than str.translate over every character.
_CHANGED = re.compile("[" + "".join(map(re.escape, _REPLACEMENTS)) + "]")


# Older news text writes the decimal point as a middle dot between digits (418·2亿美元).
_DOT_DECIMAL = re.compile(r"(?<=[0-9０-９])[·・•](?=[0-9０-９])")


def fold_width(text: str) -> str:
    """Full-width ASCII → half-width, range dashes → '—', a dot between digits → '.';
    the result has ``len(text)``. The pipeline folds each article once and hands the result to
    every stage (their ``folded`` argument); a stage called alone folds for itself."""
    return _DOT_DECIMAL.sub(".", _CHANGED.sub(lambda m: _REPLACEMENTS[m.group()], text))

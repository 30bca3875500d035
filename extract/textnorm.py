"""Character-level normalisation that keeps offsets: one character in, one character out.

Recognisers match against ``fold_width(text)``; because folding never changes the length,
every offset found there is an offset into the original text (SPEC section 1).
"""

from __future__ import annotations

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
# Dashes and tildes that separate ranges (1—10月, 2023–2027年) all become one hyphen-like mark.
_DASHES = {ord(c): ord("—") for c in "‐‑‒–―−～~－"}
_TABLE = {**_FULLWIDTH, **_DASHES}
_TABLE[ord("-")] = ord("—")


def fold_width(text: str) -> str:
    """Full-width ASCII → half-width, range dashes → '—'; the result has ``len(text)``."""
    return text.translate(_TABLE)

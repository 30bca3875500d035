"""A character CRF (python-crfsuite) that tags entity spans over characters and span layers.

The tagger knows nothing about entities: it sees the characters of a text, the segmenter's
words, and any number of *layers*, each a list of labelled spans that another stage found
(the rules' own mentions, the heads of names, words the dictionary knows). It learns where
the gold spans lie relative to those clues, so it can keep a rule's span, cut it, or extend
it where the annotated data says the rules are wrong. ``extract.entities`` builds the layers
and merges the result with the rules; ``extract.train`` trains it.

Labels are BIO over characters (``B-COMPANY``, ``I-COMPANY``, ``O``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import pycrfsuite

Span = tuple[int, int, str]
MODEL_FILE = "model.crfsuite"
SETTINGS_FILE = "settings.json"  # how the model's spans meet the rules': {"types": [...], "merge": "add"}
OUTSIDE = "O"


def char_class(ch: str) -> str:
    """H(an), D(igit), L(atin), N(ewline), S(pace) or P(unctuation)."""
    if "\u3400" <= ch <= "\u9fff":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if ch == "\n":
        return "N"
    return "S" if ch.isspace() else "P"


def bio_tags(length: int, spans: Iterable[Span]) -> list[str]:
    """One BIO tag per character; spans must not overlap (a later span overwrites)."""
    tags = [OUTSIDE] * length
    for start, end, label in spans:
        for i in range(start, min(end, length)):
            tags[i] = ("B-" if i == start else "I-") + label
    return tags


def spans_from_tags(tags: Sequence[str]) -> list[Span]:
    """BIO tags back to spans; an I- without its B- opens a span (CRFs rarely do this)."""
    spans: list[Span] = []
    start, label = None, None
    for i, tag in enumerate([*tags, OUTSIDE]):
        kind, _, tag_label = tag.partition("-")
        if start is not None and (kind != "I" or tag_label != label):
            spans.append((start, i, label or ""))
            start, label = None, None
        if kind == "B" or (kind == "I" and start is None):
            start, label = i, tag_label
    return spans


def word_positions(length: int, words: Iterable[tuple[int, int]]) -> list[str]:
    """B/M/E/S position of each character in its word (``-`` outside every word)."""
    pos = ["-"] * length
    for start, end in words:
        if end - start == 1:
            pos[start] = "S"
            continue
        pos[start] = "B"
        for i in range(start + 1, end - 1):
            pos[i] = "M"
        pos[end - 1] = "E"
    return pos


def windows(length: int, cues: Iterable[tuple[int, int]], left: int, right: int) -> list[tuple[int, int]]:
    """The stretches of text worth tagging: ``left`` characters before each cue span to
    ``right`` after it (a name is read leftwards from its head), overlapping stretches merged."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s - left), min(length, e + right)) for s, e in cues):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged if e > s]


def features(
    text: str,
    words: Sequence[tuple[int, int]],
    layers: dict[str, list[Span]],
    spans: Sequence[tuple[int, int]] | None = None,
) -> list[list[list[str]]]:
    """The feature strings of the characters of each of ``spans`` of ``text`` (default: the
    whole text): the character, its neighbours and bigrams, its class, its place in its word,
    and each layer's tag on it; the first layer (the rules' mentions) also on both
    neighbours, since a boundary is what it may move."""
    n = len(text)
    padded = f"#{text}#"
    positions = word_positions(n, words)
    for start, end in words:
        size = str(min(end - start, 4))
        for i in range(start, end):
            positions[i] += size
    names = list(layers)
    tags = [[f"{name}={tag}" for tag in bio_tags(n, layers[name])] for name in names]
    main = ["#", *bio_tags(n, layers[names[0]]), "#"] if names else []
    rows = []
    for first, last in spans if spans is not None else [(0, n)]:
        row = []
        for i in range(first, last):
            prev, ch, nxt = padded[i], padded[i + 1], padded[i + 2]
            f = [f"c={ch}", f"c-1={prev}", f"c+1={nxt}", f"b-={prev}{ch}", f"b+={ch}{nxt}",
                 f"k={char_class(ch)}", f"w={positions[i]}"]
            f += [layer[i] for layer in tags]
            if main:
                f += [f"{names[0]}-1={main[i]}", f"{names[0]}+1={main[i + 2]}"]
            row.append(f)
        rows.append(row)
    return rows


def settings(model_dir: Path) -> dict:
    """The merge settings saved beside the model (chosen by measurement when it was trained)."""
    path = Path(model_dir) / SETTINGS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


class Tagger:
    """A trained CRF loaded from ``model_dir/model.crfsuite``; build once, call often."""

    def __init__(self, model_dir: Path) -> None:
        path = Path(model_dir) / MODEL_FILE
        if not path.is_file():
            raise FileNotFoundError(f"no CRF model at {path}; run `python cli.py train`")
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))

    def __call__(
        self,
        text: str,
        words: Sequence[tuple[int, int]],
        layers: dict[str, list[Span]],
        spans: Sequence[tuple[int, int]] | None = None,
    ) -> list[Span]:
        """Entity spans found in ``spans`` of ``text`` (default: all of it)."""
        spans = spans if spans is not None else [(0, len(text))]
        found = []
        for (first, _), row in zip(spans, features(text, words, layers, spans), strict=True):
            found += [(s + first, e + first, label) for s, e, label in spans_from_tags(self.tagger.tag(row))]
        return found


def train(
    sequences: Iterable[tuple[list[list[str]], list[str]]],
    model_dir: Path,
    *,
    c1: float = 0.05,
    c2: float = 0.01,
    max_iterations: int = 150,
) -> Path:
    """Train with L-BFGS and elastic-net regularisation (deterministic: no random state)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences:
        trainer.append(xseq, yseq)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True}
    )
    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    path = model_dir / MODEL_FILE
    trainer.train(str(path))
    return path

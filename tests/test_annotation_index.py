"""corpus/ANNOTATION.md's index by topic points at real headings: every in-file link (inline `](#…)` or a
reference `[tag]` defined as `[tag]: #…`) resolves to a heading's GitHub anchor, so a renamed or removed
section shows up here instead of leaving a dead link in the index."""

from __future__ import annotations

import re

from conftest import ROOT

ANNOTATION = (ROOT / "corpus" / "ANNOTATION.md").read_text(encoding="utf-8")
INDEX_TITLE = "## Where to find a call (index by topic)"


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped (CJK kept), spaces → hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def heading_anchors(markdown: str) -> set[str]:
    """Every heading's anchor, with GitHub's -1, -2 … suffixes for repeated titles."""
    anchors: set[str] = set()
    seen: dict[str, int] = {}
    for line in markdown.splitlines():
        match = re.match(r"#{1,6} (.+)", line)
        if not match:
            continue
        base = github_anchor(match.group(1))
        count = seen.get(base, 0)
        seen[base] = count + 1
        anchors.add(base if count == 0 else f"{base}-{count}")
    return anchors


def reference_definitions(markdown: str) -> dict[str, str]:
    """`[tag]: #anchor` lines → {tag (lower case, as Markdown matches it): anchor}."""
    return {tag.lower(): target for tag, target in re.findall(r"^\[([^\]]+)\]: #(\S+)$", markdown, re.M)}


def index_section(markdown: str) -> str:
    """The index's text, from its heading to the next second-level heading."""
    start = markdown.index(INDEX_TITLE)
    rest = markdown[start + len(INDEX_TITLE):]
    end = rest.find("\n## ")
    return rest if end < 0 else rest[:end]


def test_the_anchor_rule_matches_githubs_on_the_file_s_kinds_of_title():
    assert github_anchor("The document's frame, round 25 (issue 13; decided 2026-12-05)") == (
        "the-documents-frame-round-25-issue-13-decided-2026-12-05")
    assert github_anchor("Reference dates inferred: lower bounds and years without 年") == (
        "reference-dates-inferred-lower-bounds-and-years-without-年")
    assert heading_anchors("## Spans\n### Spans\n") == {"spans", "spans-1"}


def test_the_index_sits_right_after_the_introduction():
    titles = [line for line in ANNOTATION.splitlines() if line.startswith("## ")]
    assert titles[0] == INDEX_TITLE


def test_every_reference_tag_in_the_file_points_at_a_heading():
    anchors = heading_anchors(ANNOTATION)
    dead = {tag: target for tag, target in reference_definitions(ANNOTATION).items() if target not in anchors}
    assert not dead, f"tags pointing at no heading: {dead}"


def test_every_inline_anchor_link_in_the_file_points_at_a_heading():
    anchors = heading_anchors(ANNOTATION)
    dead = [target for target in re.findall(r"\]\(#([^)\s]+)\)", ANNOTATION) if target not in anchors]
    assert not dead, f"links pointing at no heading: {dead}"


def test_every_tag_the_index_uses_is_defined():
    defined = reference_definitions(ANNOTATION)
    body = re.sub(r"`[^`]*`", "", index_section(ANNOTATION))  # code spans hold examples, not links
    used = {tag.lower() for tag in re.findall(r"\[([^\]\[]+)\](?![(:\[])", body)}
    assert used, "the index links no section"
    assert used <= set(defined), f"tags used but not defined: {sorted(used - set(defined))}"


def test_every_full_reference_in_the_file_is_defined():
    defined = reference_definitions(ANNOTATION)
    used = {tag.lower() for tag in re.findall(r"\]\[([^\]]+)\]", ANNOTATION)}
    assert used <= set(defined), f"tags used but not defined: {sorted(used - set(defined))}"

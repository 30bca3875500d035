"""Rules must be general: no rule file may carry text copied from the bundled or dev-set articles.

We are measured on articles from other regions and sources, so examples in rules/ are
written for the pattern they show (invented names, other places), never lifted from
corpus/articles/ or ../shared/devset/articles/ (the articles we are measured on). A run of
8 characters shared with an article is taken as copying, once
the domain terms that are themselves lexicon entries (高新技术企业, 知识价值信用贷款) are
masked out of the example.
"""

from __future__ import annotations

from conftest import CORPUS, DEV_ARTICLES

from extract.rules import load_rules, rule_files

RUN = 8


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _corpus_runs() -> set[str]:
    runs = set()
    for path in [*CORPUS.glob("*.txt"), *DEV_ARTICLES.glob("*.txt")]:
        text = path.read_text(encoding="utf-8")
        runs.update(text[i : i + RUN] for i in range(len(text) - RUN + 1))
    return runs


def _lexicon_terms() -> list[str]:
    terms = set()
    for path in rule_files():
        data = {k: v for k, v in load_rules(path.stem).items() if k != "example"}
        terms.update(t for t in _strings(data) if len(t) >= 4)
    return sorted(terms, key=len, reverse=True)


def _masked(text: str, terms: list[str]) -> str:
    for term in terms:
        text = text.replace(term, "\0" * len(term))
    return text


def test_no_rule_example_copies_article_text():
    runs, terms = _corpus_runs(), _lexicon_terms()
    copied = []
    for path in rule_files():
        for example in load_rules(path.stem).get("example", []):
            for s in _strings(example):
                masked = _masked(s, terms)
                hits = {masked[i : i + RUN] for i in range(len(masked) - RUN + 1)} & runs
                if hits:
                    copied.append(f"{path.name}: {s[:40]!r} shares {sorted(hits)[0]!r}")
    assert not copied, "article text in rules/:\n" + "\n".join(copied)

"""The repository holds no third-party text: no rule file, test or code comment carries text copied from an article.

We are measured on articles from other regions and sources, so examples in rules/ are written
for the pattern they show (invented names, other places), never lifted from the bundled corpus,
the dev set (the articles we are measured on) or the unlabelled in-domain articles
(``../shared/data/unlabelled/articles``, read to count error classes, never to copy from). The
same holds for the comments of the rule files, for the tests and for the comments and docstrings
of the code (extract/, cli.py, tools/, bench/): a phrase quoted to show a case is an invented
paraphrase. A run of 8 characters holding a Han character and shared with an article is taken
as copying, once the domain terms that are themselves lexicon entries (高新技术企业, 知识价值信用贷款,
the region names of regions.tsv) are masked out.
"""

from __future__ import annotations

import ast
import functools
import io
import re
import tokenize
from pathlib import Path

from conftest import CORPUS, DEV_ARTICLES, ROOT, SHARED

from extract.lexicon import region_table
from extract.rules import load_rules, rule_files

RUN = 8
UNLABELLED = SHARED / "data" / "unlabelled" / "articles"
ARTICLE_FOLDERS = (CORPUS, DEV_ARTICLES, UNLABELLED)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# our own text: every rule file (examples, data and comments) and every test, whole lines
OWN_TEXT = (ROOT / "rules", "*.toml"), (ROOT / "tests", "*.py")
# our own prose in the code: the comments and docstrings only (its string literals are code:
# patterns, cue words and messages)
# (extract/ holds packages too: extract/entities/, extract/link/)
OWN_CODE = (ROOT / "extract", "**/*.py"), (ROOT, "cli.py"), (ROOT / "tools", "*.py"), (ROOT / "bench", "*.py")
DOC_OWNERS = ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


@functools.cache
def _article_runs() -> frozenset[str]:
    """Every run of RUN characters holding a Han character, over all the articles."""
    runs = set()
    for folder in ARTICLE_FOLDERS:
        for path in folder.glob("*.txt"):
            text = path.read_text(encoding="utf-8")
            runs.update(text[i : i + RUN] for i in range(len(text) - RUN + 1))
    return frozenset(run for run in runs if _HAN.search(run))


@functools.cache
def _lexicon_terms() -> tuple[str, ...]:
    """The rules' own data strings and the region names: facts, not copied text."""
    terms = set()
    for path in rule_files():
        data = {k: v for k, v in load_rules(path.stem).items() if k != "example"}
        terms.update(_strings(data))
    terms.update(region_table())  # every surface: official names and short forms
    return tuple(sorted((t for t in terms if len(t) >= 4), key=len, reverse=True))


def _runs(text: str) -> set[str]:
    return {text[i : i + RUN] for i in range(len(text) - RUN + 1)}


def _copied(text: str) -> list[str]:
    """The article runs in ``text`` once the lexicon terms are masked out."""
    if not _HAN.search(text) or not _runs(text) & _article_runs():
        return []  # masking only takes runs away: a line sharing none needs no masking
    for term in _lexicon_terms():
        if term in text:
            text = text.replace(term, "\0" * len(term))
    return sorted(_runs(text) & _article_runs())


def test_the_articles_to_check_against_are_there():
    # a check against no text would pass whatever the repository holds
    for folder in ARTICLE_FOLDERS:
        assert len(list(folder.glob("*.txt"))) >= 5, folder


def test_no_rule_example_copies_article_text_across_its_lines():
    # the runs of a multi-line example text that cross a line break (the line check sees the rest)
    copied = []
    for path in rule_files():
        for example in load_rules(path.stem).get("example", []):
            for s in _strings(example):
                hits = [run for run in _copied(s) if "\n" in run]
                if hits:
                    copied.append(f"{path.name}: {s[:40]!r} shares {hits[0]!r}")
    assert not copied, "article text in rules/:\n" + "\n".join(copied)


def _own_files() -> list[Path]:
    return [path for folder, pattern in OWN_TEXT for path in sorted(folder.glob(pattern))]


def _code_files() -> list[Path]:
    return [path for folder, pattern in OWN_CODE for path in sorted(folder.glob(pattern))]


def _docstring_lines(tree: ast.AST) -> set[int]:
    """The line numbers of every module, class and function docstring."""
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, DOC_OWNERS) and ast.get_docstring(node, clean=False) is not None:
            lines.update(range(node.body[0].lineno, node.body[0].end_lineno + 1))
    return lines


def _prose(source: str) -> list[tuple[int, str]]:
    """(line number, text) of the comments and docstring lines of a Python source."""
    lines = source.splitlines()
    found = [(n, lines[n - 1]) for n in sorted(_docstring_lines(ast.parse(source)))]
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    found += [(tok.start[0], tok.string) for tok in tokens if tok.type == tokenize.COMMENT]
    return found


def _found_copies() -> list[str]:
    """Where our own text shares a run, as "path:line: shares RUN"."""
    texts = [(path, enumerate(path.read_text(encoding="utf-8").splitlines(), 1)) for path in _own_files()]
    texts += [(path, _prose(path.read_text(encoding="utf-8"))) for path in _code_files()]
    found = []
    for path, lines in texts:
        for n, line in lines:
            hits = _copied(line)
            if hits:
                found.append(f"{path.relative_to(ROOT).as_posix()}:{n}: shares {hits[0]!r}")
    return found


def test_no_rule_comment_test_or_code_comment_copies_article_text():
    copied = _found_copies()
    assert not copied, f"article text in {len(copied)} lines of our own text:\n" + "\n".join(copied)


def test_the_code_check_reads_comments_and_docstrings_but_not_code():
    article = next(CORPUS.glob("*.txt")).read_text(encoding="utf-8")
    quoted = next(article[i : i + 12] for i in range(len(article)) if len(_HAN.findall(article[i : i + 12])) == 12)
    assert any(_copied(text) for _, text in _prose(f"x = 1  # 例如（{quoted}）\n"))
    source = '''"""模块说明:青禾县澄川镇新建驿站两座。"""

def f():
    """函数说明:北湖区新增平台三个。"""
    return "代码里的字符串不算"  # 注释:禾洋园区投产
'''
    prose = [text for _, text in _prose(source)]
    assert any("澄川镇" in text for text in prose)
    assert any("北湖区新增" in text for text in prose)
    assert any("禾洋园区" in text for text in prose)
    assert not any("代码里的字符串" in text for text in prose)


def test_the_check_finds_a_copied_phrase_and_passes_an_invented_one():
    article = next(CORPUS.glob("*.txt")).read_text(encoding="utf-8")
    quoted = next(article[i : i + 12] for i in range(len(article)) if len(_HAN.findall(article[i : i + 12])) == 12)
    assert _copied(f"# 例如（{quoted}）")
    assert not _copied("# 例如（青禾县澄川镇北湖村新建创新驿站两座）")


if __name__ == "__main__":  # every line found now
    print("\n".join(_found_copies()))

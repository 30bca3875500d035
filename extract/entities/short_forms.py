"""Names that stand alone, without a head read leftwards: bodies' and big banks' short forms
(省委, 中行), national centres with their seat inside the name, and named service systems and
loan products in quotes (SPEC 6.1), with the later unquoted uses of such a name.

Fed by the institution and company short forms and the platform and loan rules on quoted names
(quoted_service_tails, quoted_loan_marks, product_nouns ...).
"""

from __future__ import annotations

import functools
import re

from extract.entities.text import Candidate, Text
from extract.entities.words import covered_by, is_quoted, lexicon, platform_subtype, quoted_section
from extract.lexicon import PhraseMatch, PhraseMatcher, find_phrases

_PHRASE_END = re.compile(r"[,。;:!?、“”()《》\s]")


def standalone_candidates(t: Text) -> list[Candidate]:
    """Short names of one body (省委, 国务院, 央行) and big banks (中行), as whole words."""
    lex = lexicon()
    found = []
    for m in lex.standalone_re.finditer(t.joined):
        if t.is_boundary(m.start()) and (t.is_boundary(m.end()) or _title_glued(t, m.start(), m.end())):
            type_ = lex.standalone[m.group()]
            found.append(Candidate(type_, m.start(), m.end(), f"rule:{type_.lower()}.short_form"))
    return found


def _title_glued(t: Text, start: int, end: int) -> bool:
    """The segmenter glued an official's title to the body's short form (市委书记 as one word):
    the body is named all the same (市委副书记 names 市委; corpus/ANNOTATION.md, entc27)."""
    token = t.tokens[t.token_at[start]]
    return t.joined[end : token.end] in lexicon().institution["titles_after_short_forms"]


def university_short_candidates(t: Text) -> list[Candidate]:
    """A university's usual short form (哈工大, 浙大) as an item of a list of universities or research
    bodies (澄川大学、浙大和青禾学院): the university, INSTITUTION (corpus/ANNOTATION.md, inst28).
    Needs a list mark on both sides and a list of universities: 浙大禾川孵化营 opens a platform's name,
    重大 in 支持高校和重大、关键领域 is "major" (高校 is no item of the list), 南航 in 东航、南航等企业 a firm."""
    rules = lexicon().institution["university_short"]
    found = []
    for m in _university_short_names().finditer(t.joined):
        before, after = t.joined[m.start() - 1 : m.start()], t.joined[m.end() : m.end() + 1]
        if before not in rules["item_marks_before"] or after not in rules["item_marks_after"]:
            continue
        left = _CLAUSE_END.split(t.joined[max(0, m.start() - _CLAUSE_REACH) : m.start()])[-1]
        right = _CLAUSE_END.split(t.joined[m.end() : m.end() + _CLAUSE_REACH], maxsplit=1)[0]
        if _listed_with_universities(left + m.group() + right, len(left), rules):
            found.append(Candidate("INSTITUTION", m.start(), m.end(), "rule:institution.university_short"))
    return found


def _listed_with_universities(clause: str, at: int, rules: dict) -> bool:
    """Whether the list holding the item at ``at`` of ``clause`` is one of universities (rvc28):
    another item ends in …大学/…学院 (青禾师范学院、重大和北湖大学), or the items from this one on
    close with 等 and a word of the category (浙大等院校, 重大、北湖学院等高校院所). A university word
    elsewhere in the clause (支持高校和重大、关键领域, 需要大学生) makes no list of universities."""
    marks = list(_LIST_MARK.finditer(clause))
    pieces = list(zip([0] + [m.end() for m in marks], [m.start() for m in marks] + [len(clause)], strict=True))
    own = next(i for i, (start, end) in enumerate(pieces) if start <= at < end)
    ends = tuple(rules["item_ends"])
    if any(clause[start:end].endswith(ends) for i, (start, end) in enumerate(pieces) if i != own):
        return True
    for start, end in pieces[own:]:
        closing = clause.find("等", start, end)
        if closing >= 0:
            return clause.startswith(tuple(rules["closing_words"]), closing + 1)
    return False


@functools.cache
def _university_short_names() -> PhraseMatcher:
    """The short forms in one automaton, built once: one pass over the text finds them all."""
    return PhraseMatcher(lexicon().institution["university_short"]["names"])


_CLAUSE_REACH = 40  # characters a list of universities takes on either side of one item
_CLAUSE_END = re.compile(r"[,。;:!?“”()《》\s]")  # what ends the clause of a list (not its 、)
_LIST_MARK = re.compile(r"[、和与及同]")  # what joins the items of a list


def place_inside_candidates(t: Text) -> list[Candidate]:
    """National centres that write their seat inside the name, before the head (国家超算青禾中心,
    国家技术转移北湖中心): one PLATFORM, not a REGION between two words."""
    lex = lexicon()
    rules = lex.platform["place_inside"]
    found = []
    for m in lex.place_inside_re.finditer(t.joined):
        seat = m.group(2)
        if seat in rules["seats"] or lex.is_region_word(seat):
            subtype = platform_subtype(m.group(1) + m.group(3))
            found.append(Candidate("PLATFORM", m.start(), m.end(), "rule:platform.place_inside", subtype))
    return found


# The opening quote is matched, not looked behind for: a pattern that opens on it lets re skip in C
# to the few places a quote stands (twice as fast as trying every character).
QUOTED = re.compile(r"[“\"「『]([\u3400-\u9fff]{2,8})(?=[”\"」』])")


@functools.lru_cache(maxsize=4)  # asked for by two rules per document: the text is scanned once
def quoted_names(joined: str) -> tuple[PhraseMatch, ...]:
    """Names of 2 to 8 ideographs between quotation marks, without the marks, in order."""
    return tuple(PhraseMatch(m.start(1), m.end(1), m.group(1)) for m in QUOTED.finditer(joined))


def quoted_service_candidates(t: Text) -> list[Candidate]:
    """Named service systems in quotes (“云企通”: SPEC 6.1) end in one of the service tails; one
    with 贷 in it or a loan word after it is a loan product (“微贷通”)."""
    rules = lexicon().platform
    tails, not_before = tuple(rules["quoted_service_tails"]), tuple(rules["quoted_service_not_before"])
    found = []
    for m in quoted_names(t.joined):
        after = _phrase_after(t, m.end() + 1)
        if quoted_section(t, m.start(), m.end()) or _names_what_follows(t, m, rules["quoted_name_before"]):
            found.append(Candidate("PLATFORM", m.start(), m.end(), "rule:platform.quoted", "service"))
            continue
        if not m.group().endswith(tails) or any(w in after for w in not_before):
            continue
        loan_after = after.startswith(tuple(rules["quoted_loan_after"]))
        if any(c in m.group() for c in rules["quoted_loan_marks"]) or loan_after:
            found.append(Candidate("LOAN", m.start(), m.end(), "rule:loan.quoted"))
        else:
            found.append(Candidate("PLATFORM", m.start(), m.end(), "rule:platform.quoted", "service"))
    return found


def _names_what_follows(t: Text, m: PhraseMatch, nouns: list[str]) -> bool:
    """A quoted name right before one of ``nouns`` names that thing: “青禾资本”平台 the platform,
    “青碳标”贷款 the product the loans are named after; a quoted category (“双创”平台, “专精特新”
    贷款: a class of borrower) or place does not."""
    lex = lexicon()
    if not t.joined.startswith(tuple(nouns), m.end() + 1):
        return False
    return not covered_by(m.group(), lex.generic) and m.group() not in lex.regions


def quoted_loan_candidates(t: Text) -> list[Candidate]:
    """Loan products named in quotes: one ending in 贷 however the segmenter cut it (“青信贷”:
    青|信贷), and one set beside a loan product noun (信贷产品“澄融宝”, 贷款创新产品——“青融通”)."""
    loan = lexicon().loan
    found = []
    for m in quoted_names(t.joined):
        name, before = m.group(), t.joined[max(0, m.start() - 12) : m.start() - 1]
        ends_in_dai = name.endswith("贷") and len(name) >= 3 and name not in loan["not_product"]
        beside_noun = before.rstrip("—:").endswith(tuple(loan["product_nouns"]))
        named_after = _names_what_follows(t, m, loan["quoted_name_before"])  # “青碳标”贷款
        if (ends_in_dai or beside_noun or named_after) and not quoted_section(t, m.start(), m.end()):
            found.append(Candidate("LOAN", m.start(), m.end(), "rule:loan.quoted"))
    return found


def repeated_quoted_names(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A product or service system the text names in quotes once (推出“青融宝”贷款产品) is the
    same name where it is written again without the cue that found it (“青融宝”这一产品, 青融宝
    累计放款): every other whole-word use is a mention of the same type."""
    quoted = {t.joined[c.start : c.end]: c for c in cands if c.source.endswith(".quoted")}
    names = [n for n in quoted if len(n) >= 3]
    if not names:
        return []  # the common case: no quoted product in the document
    spans = {(c.start, c.end) for c in cands}
    found = []
    for m in find_phrases(t.joined, names):  # (not re, nor an automaton: compiling either per document costs more)
        whole = t.is_boundary(m.start()) and t.is_boundary(m.end()) or is_quoted(t, m.start(), m.end())
        if whole and (m.start(), m.end()) not in spans:
            c = quoted[m.group()]
            found.append(Candidate(c.type, m.start(), m.end(), f"rule:{c.type.lower()}.repeated", c.subtype))
    return found


def _phrase_after(t: Text, start: int) -> str:
    """The text from ``start`` to the next punctuation mark."""
    return _PHRASE_END.split(t.joined[start : start + 30], maxsplit=1)[0]

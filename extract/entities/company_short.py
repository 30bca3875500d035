"""Company short names: items of a list closed by 等 or a count (A、B等N家企业), a brand before
an industry word (a word the segmenter does not know: 青澄科技), short names listed between
companies found by their heads, and aliases: prefixes of a registered name used later in the
same document, and short names the text defines in brackets (以下简称).

Fed by rules/entity_company.toml (list nouns and gaps, industry words, brand followers, alias minimum)
and the alias markers of the [alias] rules.
"""

from __future__ import annotations

import functools
import re

from extract.entities.lists import clauses_holding, list_item_spans, list_joiner_before
from extract.entities.names import modifier_words, name_start
from extract.entities.text import Candidate, Text, written_name
from extract.entities.words import CLAUSE_MARK, HAN, LEVEL_WORDS, NUMERAL, HeadInfo, covered_by, is_proper_word, lexicon
from extract.lexicon import PhraseMatcher, find_phrases

ALIAS_TYPES = ("COMPANY", "PLATFORM", "INSTITUTION")  # kinds of name a text defines a short name for


LIST_ANCHOR = re.compile(r"等|为(?:链主|龙头)")
FRAME_OPEN = "以"  # 以A为链主


def list_candidates(t: Text) -> list[Candidate]:
    """Items of "A、B等N家企业" and "以A为链主": short company names."""
    rules = lexicon().rules["company"]
    found = []
    for match in LIST_ANCHOR.finditer(t.joined):
        if match.group() == "等" and t.joined[match.end() : match.end() + 1] in rules["not_list_after"]:
            continue  # 等到, 等待
        if match.group() == "等" and not _lists_companies(t, match.end(), rules["list_gap"]):
            continue
        subtype = _listed_platform_subtype(t, match.end(), rules["list_gap"]) if match.group() == "等" else None
        items = _list_items(t, match.start(), platforms=bool(subtype))
        if match.group() != "等" and items and t.joined[items[-1].start] == FRAME_OPEN:
            items[-1].start += 1  # 以 of the frame 以A为龙头, cut into A's first token (以三一)
        for item in items:
            if subtype:  # 澄禾、青创等6家科技企业孵化器: the items are incubators, not firms
                item.type, item.subtype, item.source = "PLATFORM", subtype, "rule:platform.list"
        found.extend(items)
    return found + counted_list_candidates(t) + likeness_candidates(t)


@functools.cache
def _likeness_frame() -> re.Pattern[str]:
    """像A这样的 (rules: company.likeness_openers, likeness_anchors): A is the example of a kind."""
    rules = lexicon().rules["company"]
    openers, anchors = "|".join(rules["likeness_openers"]), "|".join(rules["likeness_anchors"])
    return re.compile(f"(?:{openers})([\u4e00-\u9fff]{{2,10}}?)(?:{anchors})")


def likeness_candidates(t: Text) -> list[Candidate]:
    """"像A这样的大企业": the example given of a kind of firm is a company, a short name or a word
    the dictionary knows as a name (a maker's brand and its trade in one word)."""
    gap = lexicon().rules["company"]["list_gap"]
    found = []
    for match in _likeness_frame().finditer(t.joined):
        start, end = match.span(1)
        if not _lists_companies(t, match.end(), gap) or not (t.is_boundary(start) and t.is_boundary(end)):
            continue
        if _is_short_name(t, start, end) or _is_known_brand(t, start, end):
            found.append(Candidate("COMPANY", start, end, "rule:company.likeness"))
    return found


# a count written right after the last item of a list (澄芯、北湖创业营2家众创空间)
LIST_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])[0-9一二两三四五六七八九十]+[家个所]")


def counted_list_candidates(t: Text) -> list[Candidate]:
    """Items of "A、B2家众创空间" and "A、B两家企业": a list counted right after its last item,
    without 等, by a platform kind or a company noun; the items are short names of that kind."""
    gap = lexicon().rules["company"]["list_gap"]
    found = []
    for match in LIST_COUNT.finditer(t.joined):
        if t.joined[match.start() - 1] == "等":
            continue  # 等6家: read by the list rule of 等
        subtype = _listed_platform_subtype(t, match.start(), gap)
        if subtype is None and not _lists_companies(t, match.start(), gap):
            continue
        items = _list_items(t, match.start(), platforms=bool(subtype))
        if len(items) < 2:
            continue  # one name before a count is no list (and may hold the number)
        for item in items:
            if subtype:
                item.type, item.subtype, item.source = "PLATFORM", subtype, "rule:platform.list"
        found.extend(items)
    return found


_LEADING_COUNT = re.compile(r"^[\d一二三四五六七八九十两余多]*[家个所]?")


def _listed_platform_subtype(t: Text, at: int, gap: int) -> str | None:
    """The subtype of the platform head that ends a list after 等, when only a count and
    generic words stand before it (等6家科技企业孵化器), else None."""
    lex = lexicon()
    after = CLAUSE_MARK.split(t.joined[at : at + gap], maxsplit=1)[0]
    for m in lex.head_re.finditer(after):
        info = lex.heads[m.group()]
        before = _LEADING_COUNT.sub("", after[: m.start()])
        if info.type == "PLATFORM" and (not before or covered_by(before, lex.generic)):
            return info.subtype
    return None


def _lists_companies(t: Text, at: int, gap: int) -> bool:
    """等 is followed by a company noun, with only counts and modifiers between (等5家企业,
    等加工企业30余家; not 等到澄川重点企业, where a verb intervenes)."""
    lex = lexicon()
    after = CLAUSE_MARK.split(t.joined[at : at + gap], maxsplit=1)[0]
    for noun in lex.rules["company"]["list_nouns"]:
        pos = after.find(noun)
        if pos >= 0 and _names_sectors(after[:pos]):
            return False  # 新材料、现代种业等未来产业新设企业: the items are sectors
        if pos >= 0 and after.startswith(tuple(lex.rules["company"]["list_noun_not_before"]), pos + len(noun)):
            return False  # 等12万户企业信息: the items are where the data comes from
        if pos >= 0:
            return _between_words(t, at, after[:pos]).isdisjoint(_stops_inside_list_tail())
    return False


def _between_words(t: Text, at: int, between: str) -> set[str]:
    """The words between 等 (ending at ``at``) and the company noun, without those inside a size
    class of firms (规上, 规模以上: company.list_size_words), which the segmenter may cut so that a
    stop word falls out (等12家|规|上 as 12|家规|上)."""
    sizes = [(at + m.start(), at + m.end()) for w in lexicon().rules["company"]["list_size_words"]
             for m in re.finditer(re.escape(w), between)]
    tokens = t.tokens[t.token_at[at] : t.token_at[at + len(between)]]
    return {tok.text for tok in tokens if not any(s < tok.end and tok.start < e for s, e in sizes)}


@functools.cache
def _stops_inside_list_tail() -> frozenset[str]:
    """The stop words that may not stand between 等 and the company noun (all but level words,
    counters and quantifiers: 等5家企业, 等县级企业): built once, not for every list."""
    lex = lexicon()
    allowed = LEVEL_WORDS | {"家", "个"} | set(lex.rules["company"]["list_quantifiers"])
    return frozenset(lex.stop - allowed)


def _names_sectors(between: str) -> bool:
    """The words between 等 and the company noun name the items' sector, and the sector noun
    does not itself qualify the company noun (等未来产业新设企业, 等领域的企业; but 等储能产业企业
    lists firms of an industry)."""
    rules = lexicon().rules["company"]
    nouns = rules["list_sector_nouns"]
    for role in rules["list_role_words"]:  # 等行业龙头企业: the firms that lead the sector
        between = between.removesuffix(role)
    return any(n in between for n in nouns) and not between.endswith(tuple(nouns))


def _list_items(t: Text, end: int, platforms: bool = False) -> list[Candidate]:
    """The items of a list read back from its end: joined by 、, the last one by 和/与/及 too
    (澄光、瑞禾和青泓等企业)."""
    items, known_brands = [], []
    last_item = True
    while end > 0:
        end = _gloss_opening(t, end, _LIST_NOTE_REACH) or end  # 澄川新材(投资60亿)、: the item before it
        start = name_start(t, end, "", HeadInfo("COMPANY"))
        if start < end and _is_short_name(t, start, end, platforms):
            items.append(Candidate("COMPANY", start, end, "rule:company.list"))
        elif start < end and not platforms and (_is_known_brand(t, start, end) or _is_latin_brand(t, start, end)):
            known_brands.append(Candidate("COMPANY", start, end, "rule:company.list"))
        # (a 和 joins names only after a last item that is one: 研发和生产等企业 lists no firm)
        joiner = list_joiner_before(t, start, last_item=last_item and bool(items))
        if not joiner:
            break
        end, last_item = start - joiner, False
    # the dictionary's name tags are loose (it tags sectors and common words so too): a word it
    # knows is a brand only in a list another item shows to be of firms by a brand it does not know,
    # or by a listed company's short name (rules/company_names.tsv: 澄峰、京东方等上市企业)
    names = lexicon().company_names
    if any(is_proper_word(w) for c in items for w in modifier_words(t, c.start, c.end)) \
            or any(t.joined[c.start : c.end] in names for c in items + known_brands):
        return sorted(items + known_brands, key=lambda c: -c.start)
    return items


_LIST_NOTE_REACH = 20  # characters a note after a list item may take: (投资60亿)
_NAME_GLOSS_REACH = 30  # ... and a gloss after a name defining a short one: (青禾高新区)


def _gloss_opening(t: Text, at: int, reach: int) -> int | None:
    """Where a bracketed gloss closing right before ``at`` opens, within ``reach`` characters
    (澄川新材|(投资60亿)|、); None when no gloss closes there."""
    if at > 0 and t.joined[at - 1] == ")":
        open_at = t.joined.rfind("(", max(0, at - reach), at)
        if open_at > 0:
            return open_at
    return None


def _is_short_name(t: Text, start: int, end: int, platform: bool = False) -> bool:
    """An item of a list closed by 等 or a count (A、B等N家企业, A、B2家众创空间), read back by
    ``name_start``, that reads as a short name of a company (or of a ``platform``)."""
    lex = lexicon()
    text = t.joined[start:end]
    if not _short_name_shape(text, 10, brackets=True):
        return False
    if text.endswith(("企业", "公司")) or lex.industry_re.fullmatch(text):
        return False  # a bare industry word (机器人, 新能源) is a sector, not a short name
    if not platform and _place_and_industry(modifier_words(t, start, end)):
        return True  # 北湖钢铁 listed before 等…企业: the place's firm (corpus/ANNOTATION.md, entleft26)
    words = [w for w in modifier_words(t, start, end) if not lex.is_region_word(w)]
    if _names_a_material("".join(words)):
        return False  # so is a material (铜箔, 镍钴), where no place names the firm
    if covered_by("".join(words), lex.generic):
        return False
    if platform:  # a list of platforms of one kind names them with ordinary words (青禾创业训练营),
        # but not with ordinary words alone: those are the platforms' fields (新材料、现代农业2个众创空间)
        return not _ordinary_words_only(words)
    if _trade_verb_and_sector(words):
        return False  # 发展|集成电路: a verb of trade governing a sector, no firm's name
    # a short name holds a brand or ends in an industry word (not 工商注册、专利数据库等…企业)
    brand = any(map(is_proper_word, words)) or _brand_cut_into_characters(words)
    return brand or bool(lex.industry_re.fullmatch(words[-1] if words else ""))


def _names_a_material(text: str) -> bool:
    """铜箔, 镍钴, 硅片: elements or base materials, and at most the form they are made into at the end,
    name what a firm makes (a list 铜箔、镍钴三家公司 is of products, not of brands)."""
    lex = lexicon()
    body = text[:-1] if len(text) > 1 and text[-1] in lex.material_forms else text
    return bool(body) and all(c in lex.material_chars for c in body)


def _brand_cut_into_characters(words: list[str]) -> bool:
    """Two to four single characters, none a function word or a numeral (翎|澈, 珂|驾 of 翎澈、珂驾
    三家公司): the segmenter knew no word there and cut a brand it does not know into characters."""
    lex = lexicon()
    return 2 <= len(words) <= 4 and all(
        len(w) == 1 and HAN.match(w) and w not in lex.stop and not NUMERAL.match(w) for w in words
    )


def _trade_verb_and_sector(words: list[str]) -> bool:
    """A trade word that governs a name elsewhere (发展, 投资, 建设: company.business_words), after
    ordinary words only and before industry words only (重点|发展|新材料 in 重点发展新材料、青禾等企业)."""
    lex = lexicon()
    trade = lex.rules["company"]["business_words"]
    for i, word in enumerate(words[:-1]):
        if word in trade and covered_by("".join(words[i + 1 :]), lex.industry_words):
            return all(w in lex.plain_words for w in words[:i])
    return False


def _is_known_brand(t: Text, start: int, end: int) -> bool:
    """A list item that is one word the dictionary knows and tags as a name (a well-known maker's
    short name), two to six ideographs, no division's name, no generic word and no industry words only."""
    lex = lexicon()
    text = t.joined[start:end]
    if not _short_name_shape(text, 6) or not (t.is_boundary(start) and t.is_boundary(end)):
        return False
    return text in lex.listed_name_words and text not in lex.generic and not covered_by(text, lex.industry_words)


# a brand written in Latin letters, alone or before ideographs (zuvo, Ko优选); capitals alone (AI, VR)
# are read as a sector's acronym, so a lower-case letter or an ideograph must show a brand
_LATIN_BRAND = re.compile(r"[A-Za-z]{2,}[\u4e00-\u9fff]{0,6}")


def _is_latin_brand(t: Text, start: int, end: int) -> bool:
    """A list item that is a brand written in Latin letters (lower-case names like zuvo, or letters and an
    ideograph word); like a brand the dictionary knows, a list item only beside a brand it lacks."""
    text = t.joined[start:end]
    shown = any(c.islower() for c in text) or HAN.search(text[-1:]) is not None
    return bool(_LATIN_BRAND.fullmatch(text)) and shown and t.is_boundary(start) and t.is_boundary(end) \
        and not _sector_after_letters(text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))


def _sector_after_letters(ideographs: str) -> bool:
    """An industry or generic word after the letters (LED照明, IT服务): an acronym naming a sector,
    as capitals alone do, not a brand."""
    lex = lexicon()
    return bool(ideographs) and (covered_by(ideographs, lex.industry_words) or covered_by(ideographs, lex.generic))


def _listed_short_name(t: Text, start: int, end: int) -> bool:
    """An item of a list of companies that reads as a short name: a run of two to eight Chinese
    characters on token boundaries, no division or industry word alone, not ordinary words only.
    Unlike a list item before 等, no reading leftwards found it: it must start and end on
    token boundaries and hold no head itself."""
    lex = lexicon()
    text = t.joined[start:end]
    if not _short_name_shape(text, 8) or not (t.is_boundary(start) and t.is_boundary(end)):
        return False
    if covered_by(text, lex.industry_words) or covered_by(text, lex.generic):
        return False  # (智能家居 is a sector)
    words = modifier_words(t, start, end)
    if text.endswith(lex.name_heads) or words[0] in lex.trim:
        return False  # 各类政策性银行, 大型国有商业银行: a head no name was found for names a kind
    if _place_and_industry(words):
        return True  # 青禾钢铁 among named firms: the place's firm, not the place's industry
    return not _ordinary_words_only([w for w in words if not lex.is_region_word(w)], also=lex.stop)


def _place_and_industry(words: list[str]) -> bool:
    """A division's name and an industry word (青禾|钢铁): alone it may name a place's industry
    (corpus/ANNOTATION.md), among companies a firm."""
    lex = lexicon()
    return len(words) == 2 and lex.is_region_word(words[0]) and words[1] in lex.industry_words


def _short_name_shape(text: str, max_chars: int, brackets: bool = False) -> bool:
    """Two to ``max_chars`` characters, ideographs only (and brackets, where ``brackets``:
    澄川新材(北湖)), and no division's name: the shape of a short name in a list."""
    ideographs = text.replace("(", "").replace(")", "") if brackets else text
    return 2 <= len(text) <= max_chars and bool(HAN.match(ideographs)) and text not in lexicon().regions


def _ordinary_words_only(words: list[str], also: set[str] | frozenset[str] = frozenset()) -> bool:
    """Every word is one the dictionary tags as no name, a generic word or one of ``also``: such
    words name the items' fields or kind (新材料, 现代农业), not one body."""
    lex = lexicon()
    return all(w in lex.plain_words or w in lex.generic or w in also for w in words)


def brand_candidates(t: Text) -> list[Candidate]:
    """Short names made of a brand the segmenter does not know and an industry word
    (慕典科技, 纳美特科技, 烯宇新材料)."""
    lex = lexicon()
    company = HeadInfo("COMPANY")
    found = []
    for match in lex.industry_re.finditer(t.joined):
        # what follows is asked first: it needs no name (reading one leftwards costs the most)
        if not t.is_boundary(match.end()) or not _ends_phrase(t, match.end()):
            continue
        start = name_start(t, match.start(), match.group(), company)
        brand_start = _after_place(t, start, match.start())
        if _is_brand(t, brand_start, match.start()) or _is_named_brand(t, brand_start, match.start(), match.group()):
            found.append(Candidate("COMPANY", start, match.end(), "rule:company.brand"))
    return found


def table_candidates(t: Text, names: PhraseMatcher | None = None) -> list[Candidate]:
    """Short names of listed companies written alone (隆基绿能 with no head, no industry word of its
    own and no list around it): a name of ``names`` (the table rules/company_names.tsv, built from the
    exchanges' list by tools/build_company_names.py) that starts and ends on token boundaries.

    Whole tokens only, so a name is never read inside a longer word (深科技 of 广深科技); a longer name
    around it (the firm's base, its registered name) wins the overlap. One pass of the automaton over
    the text: reading every token against the table cost a third of the entity rules' time."""
    matcher = lexicon().company_name_re if names is None else names
    return [Candidate("COMPANY", m.start(), m.end(), "rule:company.table")
            for m in matcher.finditer(t.joined) if t.is_boundary(m.start()) and t.is_boundary(m.end())]


def project_brand_candidates(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A brand opening a project's name (北湖区澄屿储氢罐项目 → 澄屿; 瑞翎机械汽车零部件项目 → 瑞翎机械):
    one word the segmenter does not know, at a phrase's start or after a place, then the words that
    name what is built, then 项目. Names already found around it (a base, a park) are left whole."""
    lex = lexicon()
    found = []
    for i in _tokens_before_projects(t):
        tok, product = t.tokens[i], t.tokens[i + 1]  # (the cheap tests on the next word first)
        if len(product.text) < 2 or not (HAN.match(product.text) or _latin_product(product.text)) \
                or product.text in lex.stop:
            continue  # the brand must be followed by words naming the product (储氢罐, 动力电池, LNG)
        if product.text in lex.rules["company"]["project_objects"] or not _opens_phrase(t, i) \
                or not _is_brand(t, tok.start, tok.end):
            continue  # 这批|项目 names no product
        if not _runs_to_project(t, i + 1):
            continue
        end = product.end if product.text in lex.industry_words else tok.end  # 瑞翎机械: the short name
        if not any(c.start <= tok.start and end <= c.end for c in cands):
            found.append(Candidate("COMPANY", tok.start, end, "rule:company.project_brand"))
    return found


def _tokens_before_projects(t: Text) -> list[int]:
    """The tokens that may open a brand whose project word (项目) stands within reach after the word
    following it: only these are read (reading every token was a quarter of the entity rules' time)."""
    rules = lexicon().rules["company"]
    reach, last = rules["project_reach"], len(t.tokens) - 3  # (a brand, its product and more words)
    indexes: set[int] = set()
    for word in rules["project_objects"]:
        at = t.joined.find(word)
        while at != -1:  # the brand's token starts before the product's, which starts within reach
            first = t.token_at[max(0, at - reach - rules["brand_max_chars"])]
            indexes.update(range(first, min(t.token_at[at], last + 1)))
            at = t.joined.find(word, at + 1)
    return sorted(indexes)


def _opens_phrase(t: Text, i: int) -> bool:
    """Token ``i`` starts a phrase: punctuation or a line before it, or a place (the project's site)."""
    if i == 0:
        return True
    before = t.tokens[i - 1].text
    return not HAN.match(before[-1]) or before in lexicon().regions or lexicon().is_region_word(before)


def _runs_to_project(t: Text, i: int) -> bool:
    """From token ``i`` only words (a closing 等 at most) lead to a project object within reach."""
    lex = lexicon()
    rules = lex.rules["company"]
    start = t.tokens[i].start
    for tok in t.tokens[i:]:
        if tok.end - start > rules["project_reach"]:
            return False
        if tok.text in rules["project_objects"]:
            return True
        if tok.text == "等":
            continue  # 澄屿基板玻璃等项目: the list of projects closes
        if not (HAN.fullmatch(tok.text) or _latin_product(tok.text)) or tok.text in lex.stop \
                or _names_kind_or_place(tok.text):
            return False
    return False


def _latin_product(word: str) -> bool:
    """A product named by its acronym in capitals (LNG, PCB of 澄屿LNG项目): at least
    ``project_latin_product_min`` letters, so that a grade (A级) or a single letter names none."""
    return len(word) >= lexicon().rules["company"]["project_latin_product_min"] and word.isascii() \
        and word.isalpha() and word.isupper()


def _names_kind_or_place(word: str) -> bool:
    """A word that makes a project a kind (澄创平台孵化项目) or a place's (朗坪茶村项目), not a firm's."""
    rules = lexicon().rules["company"]
    return word in rules["project_kind_words"] or word[-1] in rules["project_place_ends"]


@functools.cache
def _maker_frame() -> re.Pattern[str]:
    """(自主|牵头…)?(研发|生产…)+(的|出) (rules: company.maker_adverbs, maker_verbs, maker_ends): what a
    maker does to a product, written right after the maker."""
    rules = lexicon().rules["company"]
    adverbs, verbs, ends = ("|".join(rules[k]) for k in ("maker_adverbs", "maker_verbs", "maker_ends"))
    # a look-ahead on the first characters lets re skip in C to where a frame may start: without it, the
    # optional alternation was tried at every character (0.044 against 0.015 us/char on the 210 unlabelled)
    firsts = "".join(sorted({w[0] for w in rules["maker_adverbs"] + rules["maker_verbs"]}))
    return re.compile(f"(?=[{firsts}])(?:{adverbs})?(?:{verbs})+(?:{ends})")


def maker_candidates(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A brand as the maker of a product (澄屿研发的储氢罐, 北湖禾川自主研发出…): the words opening the
    clause right before a maker's verb, where they read as a brand (``_maker_brand``), a place before
    it part of the name (SPEC 6.1). A name another rule found there (澄屿科技, 青禾大学) is left whole."""
    found = []
    for match in _maker_frame().finditer(t.joined):
        if _names_an_attribute(t, match.end()):
            continue  # 碳化硅研发的速度: the R&D's pace, no product made
        start = _maker_start(t, match.start())
        if start is None or _maker_brand(t, start, match.start()) is None:
            continue
        if not any(c.start < match.start() and start < c.end and c.type != "REGION" for c in cands):
            found.append(Candidate("COMPANY", start, match.start(), "rule:company.maker"))
    return found


def _names_an_attribute(t: Text, at: int) -> bool:
    """The word right after a maker's frame at ``at`` is an attribute of the making (速度, 成本:
    company.maker_not_before), not a product: 研发 is then the activity, and the words before it a
    technology or a material the dictionary lacks (碳化硅研发的速度加快), no maker."""
    if at >= len(t.joined) or not t.is_boundary(at):
        return False
    return t.tokens[t.token_at[at]].text in lexicon().rules["company"]["maker_not_before"]


def _maker_start(t: Text, end: int) -> int | None:
    """Where the clause before a maker's verb at ``end`` opens: after punctuation, a stop word (如, 由)
    or a date (2031年), within ``brand_max_chars`` characters and a place; None where the words before
    run on (a longer phrase: 本地企业自主研发的) or the verb starts inside a word."""
    rules = lexicon().rules["company"]
    if end == 0 or not t.is_boundary(end):
        return None
    i = t.token_at[end - 1]
    reach = rules["brand_max_chars"] + 4  # (a place of up to four characters before the brand: 黑龙江省)
    while i >= 0 and end - t.tokens[i].start <= reach:
        tok = t.tokens[i]
        if not HAN.fullmatch(tok.text) or tok.text in lexicon().stop:
            return None if tok.end == end else tok.end  # the verb right after a stop word has no subject
        if len(tok.text) > 2 and (_after_date_digits(t, tok.start) or _glued_opener(tok.text)):
            return tok.start + 1  # a date's 年 or a 如, 由 glued to the brand (2031|年澄屿, 如禾川): the brand after it
        if i == 0 or _opens_maker_clause(t, i - 1):
            return tok.start
        i -= 1
    return None


def _opens_maker_clause(t: Text, i: int) -> bool:
    """Token ``i`` ends what stands before a maker's clause: punctuation, a line, a stop word, or a
    date's last character after its digits (2031年|澄屿研发的)."""
    tok = t.tokens[i]
    if not HAN.match(tok.text[-1]) or tok.text in lexicon().stop:
        return True
    return len(tok.text) == 1 and _after_date_digits(t, tok.start)


def _glued_opener(word: str) -> bool:
    """A word opening on a preposition the segmenter glued to a brand it lacks (如禾川: company.maker_glued_openers);
    a division's name never (上海市 is no 上 and 海市)."""
    lex = lexicon()
    return word[0] in lex.rules["company"]["maker_glued_openers"] and not lex.is_region_word(word)


def _after_date_digits(t: Text, at: int) -> bool:
    """A date's last character (年, 月, 日: company.maker_openers_after_digits) stands at ``at`` after digits."""
    return t.joined[at : at + 1] in lexicon().rules["company"]["maker_openers_after_digits"] \
        and t.joined[at - 1 : at].isdigit()


def _maker_brand(t: Text, start: int, end: int) -> str | None:
    """The brand of a maker's clause ``start:end``: after a place at most, two to ``brand_max_chars``
    characters of words of two characters or more, each a word the dictionary lacks or tags as a name
    (北斗|金箭 of a brand made of a known name and an unknown word), one of them at least a word it lacks;
    None where an ordinary word, a generic word or a place alone stands there (企业, 当地, 北湖区)."""
    lex = lexicon()
    words = modifier_words(t, start, end)
    while words and lex.is_region_word(words[0]):
        words = words[1:]
    brand = "".join(words)
    if not 2 <= len(brand) <= lex.rules["company"]["brand_max_chars"] or not HAN.fullmatch(brand):
        return None
    if any(len(w) < 2 or w in lex.generic or w in lex.plain_words or w in lex.industry_words
           or (lex.known_word(w) and w not in lex.listed_name_words) for w in words):
        return None
    if len(words) == 1 and len(brand) <= 3 and brand[0] in lex.rules["company"]["maker_person_surnames"]:
        return None  # 张华研发的: a person's name reads as a brand the dictionary lacks; a common surname shows it
    return brand if any(map(is_proper_word, words)) else None


def _is_named_brand(t: Text, start: int, end: int, tail: str) -> bool:
    """Before a tail no sector takes (股份: rules company.named_brand_tails), a brand may be a word
    the dictionary knows and tags as a name (a listed maker's short name: 神舟股份), or the
    dictionary may know the short name whole."""
    lex = lexicon()
    brand = t.joined[start:end]
    if tail not in lex.rules["company"]["named_brand_tails"] or not 2 <= len(brand) <= 4 or not HAN.match(brand):
        return False
    if brand in lex.generic or lex.is_region_word(brand) or brand in lex.heads:
        return False  # 集团股份 names no brand
    whole = t.tokens[t.token_at[start]]
    if whole.start == start and whole.end == end + len(tail):
        return whole.text in lex.listed_name_words  # the dictionary knows the short name whole
    return t.is_boundary(start) and brand in lex.listed_name_words


def _after_place(t: Text, start: int, end: int) -> int:
    """Where a short name's brand starts after a leading place (湖南|荣桓科技: SPEC 6.1, the place
    is part of the name but no part of the brand)."""
    tok = t.tokens[t.token_at[start]]
    if tok.start == start and tok.end < end and tok.text in lexicon().regions:
        return tok.end
    return start


def _is_brand(t: Text, start: int, end: int) -> bool:
    """A brand is no word the segmenter knows, and holds no common word (发展, 提升, 数字)."""
    lex = lexicon()
    brand = t.joined[start:end]
    if not 2 <= len(brand) <= lex.rules["company"]["brand_max_chars"] or not HAN.match(brand):
        return False
    if NUMERAL.match(brand[0]) or t.joined[start - 1 : start].isdigit() or lex.known_word(brand):
        return False
    if covered_by(brand, lex.industry_words):
        return False  # 光伏材料, 智能装备: industry words only name a sector
    words = [w for w in modifier_words(t, start, end) if len(w) >= 2]
    if any(len(w) >= 4 and not is_proper_word(w) for w in words):
        return False  # 国际航运|船舶: a long token the segmenter's user words glue from two common words
    return not any(lex.known_word(w) or lex.is_region_word(w) or w in lex.plain_words for w in words)


def _ends_phrase(t: Text, end: int) -> bool:
    """A short name is not the start of a longer noun phrase (智能网联农机装备, 储能电池产品):
    punctuation, a function word or a role noun follows it."""
    if end >= len(t.joined) or not HAN.match(t.joined[end]):
        return True
    nxt = t.tokens[t.token_at[end]].text
    return nxt in lexicon().stop or nxt in lexicon().rules["company"]["brand_followers"]


def alias_map(t: Text, cands: list[Candidate]) -> dict[str, str]:
    """Short name → the registered full name (as written) it abbreviates in this document."""
    aliases: dict[str, str] = {}
    for c in cands:
        if c.type == "COMPANY" and c.legal:
            for alias in company_aliases(t, c):
                aliases.setdefault(alias, written_name(t, c))
    # a platform's brand a company is named after (澄创汇服务平台 … 澄创汇发展公司): the bare
    # brand names the platform as much as the firm, so it is no alias of the firm
    platforms = [t.joined[c.start : c.end] for c in cands if c.type == "PLATFORM"]
    return {a: full for a, full in aliases.items() if not any(p.startswith(a) for p in platforms)}


def link_aliases(t: Text, cands: list[Candidate], aliases: dict[str, str]) -> list[Candidate]:
    """Short company names found by any rule or the model point to their full name."""
    for c in cands:
        if c.type == "COMPANY" and not c.legal and c.alias_of is None:
            # (a place before the short name is part of it: 青禾裕澄 for 青禾裕澄材料有限公司)
            short = t.joined[_after_place(t, c.start, c.end) : c.end]
            c.alias_of = aliases.get(t.joined[c.start : c.end]) or aliases.get(short)
    return cands


def alias_candidates(t: Text, aliases: dict[str, str]) -> list[Candidate]:
    """Short names of registered companies named in full (禾科模具 ↔ 澄川禾科模具制造有限公司)."""
    found = []
    if aliases:
        for m in find_phrases(t.joined, aliases):  # the leftmost, longest name, as an alternation
            if t.is_boundary(m.start()):
                start = _leading_place(t, m.start())
                found.append(Candidate("COMPANY", start, m.end(), "rule:company.alias", alias_of=aliases[m.group()]))
    return found


def repeated_short_names(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A firm's short name that a list or a brand frame found once (澄屿、禾川等企业) names the
    same firm where it is written again without the cue (两家模具厂为澄屿加工外壳): each other
    whole-word use that no other candidate touches is a COMPANY. Seeds are the rules of
    ``[company] repeated_from``; a word in the dictionary never spreads, since a list may hold a
    sector, a material or a known brand that reads as an ordinary word elsewhere (entmine28)."""
    lex = lexicon()
    seeds = {f"rule:company.{name}" for name in lex.rules["company"]["repeated_from"]}
    glued = lex.rules["company"]["repeated_glued_before"]
    single_after = lex.rules["company"]["repeated_single_after"]
    # a place-feature word after the name makes it a place's or a facility's (禾川大道, 澄屿湖畔) (rvd28)
    place_after = tuple(lex.rules["company"]["repeated_place_after"])
    names = {t.joined[c.start : c.end] for c in cands if c.type == "COMPANY" and c.source in seeds}
    # min_freq 1: any dictionary entry, also a rare name the dictionary tags (玉兔 nr), stays where found
    names = {n for n in names if len(n) >= 2 and HAN.match(n) and not lex.known_word(n, 1) and n not in lex.generic}
    if not names:
        return []  # the common case: no short name found by a list
    found = []
    for m in find_phrases(t.joined, names):
        start, end = m.start(), m.end()
        if not (_starts_word(t, start, glued) and _ends_word(t, end, single_after)):
            continue  # inside a longer word (澄屿 of 澄屿湾): another name or a place
        if t.joined.startswith(place_after, end):
            continue  # 禾川|公园, 澄屿|广场: a place or facility named after the same word, no firm
        if any(c.start < end and start < c.end for c in cands):
            continue  # the name itself, or a longer mention holding it
        found.append(Candidate("COMPANY", start, end, "rule:company.repeated"))
    return found


def _starts_word(t: Text, start: int, glued: str) -> bool:
    """A token starts at ``start``, or one character before it with a preposition the segmenter
    glued to the unknown word that follows (为|澄屿 cut 为澄屿)."""
    return t.is_boundary(start) or start > 0 and t.joined[start - 1] in glued and t.is_boundary(start - 1)


def _ends_word(t: Text, end: int, single_after: str) -> bool:
    """A token ends at ``end`` and what follows is no one-character word that would extend the
    name (澄屿|湾, 禾川|路) rather than a particle or verb after it (澄屿|的, 禾川|将)."""
    if not t.is_boundary(end):
        return False
    if end >= len(t.joined):
        return True
    nxt = t.tokens[t.token_at[end]] if t.token_at[end] < len(t.tokens) else None
    return nxt is None or len(nxt.text) != 1 or not HAN.match(nxt.text) or nxt.text in single_after


def _leading_place(t: Text, start: int) -> int:
    """A place written right before a short name is part of it (青禾裕澄 for 青禾裕澄材料有限公司:
    SPEC 6.1, a leading place name is part of an organisation's name)."""
    i = t.token_at[start] - 1 if start > 0 else -1
    if i >= 0 and t.tokens[i].end == start and t.tokens[i].text in lexicon().regions:
        return t.tokens[i].start
    return start


def defined_alias_candidates(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """A short name the text defines for the name before it (青禾高新技术产业开发区(以下简称
    “青禾高新区”)): the short name in the bracket and every later use of it are mentions of the
    same kind, quotes outside (corpus/ANNOTATION.md)."""
    ends = {c.end: c for c in cands if c.type in ALIAS_TYPES}
    spans = {(c.start, c.end) for c in cands}  # a short name another rule reads (海辰储能: a brand) keeps that reading
    found = []
    for m in lexicon().alias_definition_re.finditer(t.joined):
        # …开发区(青禾高新区)(以下简称…): the name ends before the gloss
        named = ends.get(m.start()) or ends.get(_gloss_opening(t, m.start(), _NAME_GLOSS_REACH))
        if named is None:
            continue
        full = written_name(t, named)
        short = m.group("alias")
        for use in re.finditer(re.escape(short), t.joined[m.start("alias") :]):
            start = m.start("alias") + use.start()
            if t.is_boundary(start) and t.is_boundary(start + len(short)) and (start, start + len(short)) not in spans:
                found.append(
                    Candidate(named.type, start, start + len(short), f"rule:{named.type.lower()}.defined_alias",
                              named.subtype, alias_of=full)
                )
    return found


def company_aliases(t: Text, c: Candidate) -> list[str]:
    """Prefixes of a company's core name (places and legal form removed), cut between tokens."""
    lex = lexicon()
    words = modifier_words(t, c.start, _head_start(t, c))
    while words and (lex.is_region_word(words[0]) or words[0].startswith("(")):
        words = words[1:]
    words = [w for w in words if w not in ("(", ")")]
    # a short name keeps a word of the brand (禾科 of 禾科模具); common words alone (知识产权,
    # 知识产权运营 of 青禾知识产权运营服务有限公司) say what the company does, not which it is
    aliases = ["".join(words[:n]) for n in range(1, len(words) + 1) if not all(map(_common_word, words[:n]))]
    minimum = lex.rules["company"]["alias_min_chars"]
    return [
        a
        for a in aliases
        if (len(a) >= minimum or len(a) == 2 and is_proper_word(a)) and HAN.match(a) and a not in lex.generic
    ]


def _common_word(word: str) -> bool:
    """A common word of two or more characters (知识产权, 运营); single characters are pieces of a
    brand the segmenter split (裕|能, 瑜|珀)."""
    return len(word) >= 2 and lexicon().known_word(word)


def _head_start(t: Text, c: Candidate) -> int:
    name = t.joined[c.start : c.end]
    for head in sorted(lexicon().company_heads, key=len, reverse=True):
        if name.endswith(head):
            return c.end - len(head)
    return c.end


def listed_companies(t: Text, cands: list[Candidate]) -> list[Candidate]:
    """Short names listed between companies found by their heads or brands (澄光集团、北湖拓澄、
    青禾化工等6个项目): the list is of one kind, so an item that is a short name is a COMPANY too,
    with two companies among the items at least. 等 closes a list (…等链主企业带动储能、摩托车等产业)."""
    companies = {(c.start, c.end) for c in cands if c.type == "COMPANY"}
    taken = [(c.start, c.end) for c in cands if c.type != "REGION"]
    found = []
    for clause in clauses_holding(t.joined, sorted(companies)):
        for items, closed in _lists_in(t, list_item_spans(clause)):
            # the first item may open with the clause's verb, the last run on after the list
            listed = [(s, e) for s, e in companies if s >= items[0][0] and e == items[0][1]
                      or (s, e) in items[1:-1] or s == items[-1][0] and e <= items[-1][1]]
            if len(items) < 3 or len(listed) < 2:
                continue
            # (an open list's last item runs on; the first is an item when the clause opens on it,
            # else from the word that governs the list: 由|北湖控股、…)
            opening = _after_governing_word(t, *items[0])
            if opening is None and closed and items[0][0] == clause.start():
                opening = items[0]
            listed_items = ([opening] if opening else []) + (items[1:] if closed else items[1:-1])
            for start, end in listed_items:
                if not any(s < end and start < e for s, e in taken) and _listed_short_name(t, start, end):
                    found.append(Candidate("COMPANY", start, end, "rule:company.listed"))
    return found


def _after_governing_word(t: Text, start: int, end: int) -> tuple[int, int] | None:
    """The first item of a list that opens after the clause's verb or preposition (澄川港区码头由|北湖控股、
    拓岭实业和青禾集团…): the span after the last stop word inside it, None where it holds none.
    The item's last word is its own (控股 governs names too, but ends 北湖控股)."""
    stops = lexicon().stop
    i = t.token_at[end - 1] - 1 if end > start else -1
    while i >= 0 and t.tokens[i].start >= start:
        if t.tokens[i].text in stops:
            return t.tokens[i].end, end
        i -= 1
    return None


def _lists_in(t: Text, items: list[tuple[int, int]]) -> list[tuple[list[tuple[int, int]], bool]]:
    """The enumerations among a clause's items, each with whether 等 closes it: an item holding 等
    ends one (its part before 等 is the last item) and its part after 等 opens the next."""
    lists: list[tuple[list[tuple[int, int]], bool]] = [([], False)]
    for start, end in items:
        etc = t.joined.find("等", start, end)
        if etc < 0:
            lists[-1][0].append((start, end))
            continue
        lists[-1] = (lists[-1][0] + [(start, etc)], True)
        lists.append(([(etc + 1, end)], False))
    return lists

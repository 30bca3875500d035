"""Which region each part of the text is about (``RegionTracker``).

Decides the level a document reports on (``home_rank``), its home division and the region of each
section, paragraph or scope opened inside one (a paragraph led by a zone or company, 该项目 after a
placed project). Fed by the region table (through ``divisions.py``) and ``rules/link_cues.toml``
[region].
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable

import regex

from extract.lexicon import LEVEL_RANK, Region
from extract.link.clauses import ENTITY_TYPES, HAN_CHAR, LEAD_TIME, clause_end, clause_start, sentence_bounds
from extract.link.cues import Cues, is_dateline, load_cues
from extract.link.divisions import (
    ancestor_at,
    division,
    division_in_name,
    level_rank,
    lies_within,
    province_of,
    region_level,
    regions_named_in,
)
from extract.link.level_words import places_of_any
from extract.mentions import Mention

# A heading: a markdown heading line, or a short line without sentence punctuation.
_TOP_HEADING = regex.compile(r"^# [^\n]*", regex.M)
_HEADING = regex.compile(r"^(?:#{1,6}[^\n]*|[^\n。！？!?；;，,]{1,30})$", regex.M)

_LEAD_WORD_LIMIT = 3  # Han characters a paragraph may open with before its subject region (记者从, 据统计)


def _section_votes_province(regions: list[Mention]) -> bool:
    """In an autonomous region's report (宁夏回族自治区) that names no district, 全区 means the whole
    province."""
    if any(level_rank(m) == LEVEL_RANK["county"] for m in regions):
        return False
    top = _dominant_region([m for m in regions if level_rank(m) == LEVEL_RANK["province"]])
    return bool(top and top.endswith("自治区"))


def home_rank(text: str, regions: list[Mention], cues: Cues, inside: Iterable[Region] = ()) -> int:
    """The level a document reports on: the level with most votes. A level's votes are the
    mentions of its most named region plus its level words (全区 county, 全市 city, 全省
    province); on a tie, the lower level. A district report names its own district again and
    again and says 全区; a city or province report names itself and says 全市 or 全省, while each
    of its districts comes up once or twice. 全市 counts for the province level in a
    municipality's text (重庆市 named, no city), not where the province named is a province (我市…,
    河南省…: a city report naming its province once) or a city is named, in the text or inside the
    names of its bodies and zones (``inside``: 高新区…全市 in a zone's report)."""
    qualifiers = {m["start"] for m in regions for finer in regions if finer["start"] == m["end"]
                  and lies_within(finer["norm"]["name"], m["norm"]["name"])}
    # (上海市奉贤区: a run of places names its last one; the higher ones there only qualify it)
    named = Counter((level_rank(m), m["norm"]["name"]) for m in regions if m["start"] not in qualifiers)
    votes: Counter[int] = Counter()
    for (rank, _), n in named.items():
        votes[rank] = max(votes[rank], n)
    for rank in _tied_under_a_named_parent(named, votes):
        votes[rank] = 0  # (省发改委公布…衡阳…邵阳…湖南: a province's list names its cities alike)
    for words, rank in _level_word_ranks(regions, votes[LEVEL_RANK["prefecture"]] > 0, cues, inside):
        # (a base too says which level is in view: 占全市的 is written in a city's district or zone)
        votes[rank] += len(places_of_any(text, 0, len(text), words))
    votes.pop(-1, None)
    if not +votes:
        return LEVEL_RANK["county"]
    if _city_subject_ties_its_district(text, regions, named, votes):
        return LEVEL_RANK["prefecture"]
    return max(votes, key=lambda rank: (votes[rank], rank))


def _city_subject_ties_its_district(text: str, regions: list[Mention], named: Counter[tuple[int, str]],
                                   votes: Counter[int]) -> bool:
    """丽水市研发经费投入强度为2.6%。某公司落户莲都区…: a city and one of its districts with the same votes, the
    city heading a clause as its subject and the district never: the text reports on the city; the district
    only places a body or an event (on a tie otherwise the lower level wins, see home_rank)."""
    county, city = LEVEL_RANK["county"], LEVEL_RANK["prefecture"]
    if not votes[county] or votes[county] != votes[city]:
        return False
    top = {rank: [name for (r, name), n in named.items() if r == rank and n == votes[rank]] for rank in (county, city)}
    if len(top[city]) != 1 or not all(lies_within(name, top[city][0]) for name in top[county]):
        return False
    heads = {m["norm"]["name"] for m in regions if _heads_a_clause(text, m["start"])}
    return top[city][0] in heads and not heads.intersection(top[county])


def _heads_a_clause(text: str, pos: int) -> bool:
    """A place opens its clause, after nothing but a time word (2031年,丽水市…; 丽水市…)."""
    return not HAN_CHAR.search(LEAD_TIME.sub("", text[clause_start(text, pos, 0) : pos]))


def _level_word_ranks(regions: list[Mention], city_named: bool, cues: Cues,
                      inside: Iterable[Region]) -> tuple[tuple[tuple[str, ...], int], ...]:
    """The level words of each kind with the level they vote for (see home_rank)."""
    city_named = city_named or any(r.level == "prefecture" for r in inside)
    municipality = any(level_rank(m) == LEVEL_RANK["province"] and m["norm"]["name"].endswith("市") for m in regions)
    city_rank = 0 if municipality and not city_named else LEVEL_RANK["prefecture"]
    section_rank = LEVEL_RANK["province"] if _section_votes_province(regions) else LEVEL_RANK["county"]
    return ((cues.section_words, section_rank), (cues.city_words, city_rank),
            (cues.province_words, LEVEL_RANK["province"]))


def _title_level(title: str | None, regions: list[Mention], cues: Cues, inside: Iterable[Region]) -> int | None:
    """The level a title's level words name (《全市…情况通报》: the city's, or a municipality's whole), when
    they name one level only; a headline says what the whole piece is about."""
    city_named = any(level_rank(m) == LEVEL_RANK["prefecture"] for m in regions)
    ranks = {rank for words, rank in _level_word_ranks(regions, city_named, cues, inside)
             if title and any(w in title for w in words)}
    return ranks.pop() if len(ranks) == 1 else None


def _tied_under_a_named_parent(named: Counter[tuple[int, str]], votes: Counter[int]) -> list[int]:
    """The levels whose most named division shares the top with another of the same parent division,
    where that parent is named too: a roundup of the parent's parts (a province's project list naming
    two of its cities four times each), no report on either."""
    tied = []
    for rank in (LEVEL_RANK["prefecture"], LEVEL_RANK["county"]):
        top = [division(name) for (r, name), n in named.items() if r == rank and n == votes[rank]]
        parents = {(region.prefecture or region.province) if rank == LEVEL_RANK["county"] else region.province
                   for region in top if region is not None}
        if len(top) >= 2 and len(parents) == 1 and any(name in parents for _, name in named):
            tied.append(rank)
    return tied


def _only_city(regions: list[Mention], inside: list[Region]) -> str | None:
    """全市 in a province-level report: the one city in view, if the text names only one."""
    cities = {m["norm"]["name"] for m in regions if region_level(m["norm"]["name"]) == "prefecture"}
    cities |= {r.name for r in inside if r.level == "prefecture"}
    return next(iter(cities)) if len(cities) == 1 else None


def _section_openings(text: str, local: list[Mention], regions: list[Mention],
                      body_start: int) -> tuple[list[tuple[int, str | None]], list[tuple[int, int, str]]]:
    """Where a section opens on a region: (start, division) for each top-level heading (its first
    local region after it) and each heading or lead naming its subject's region; and (line start,
    line end, division) for a paragraph whose subject is placed by a verb (位于北湖区的某公司)."""
    points: list[tuple[int, str | None]] = []
    for heading in _TOP_HEADING.finditer(text):
        first = next((m for m in local if m["start"] >= heading.start()), None)
        points.append((heading.start(), first["norm"]["name"] if first else None))
    placed: list[tuple[int, int, str]] = []  # (位于北湖区的某公司…: the place of that paragraph's subject)
    for m in local:
        if m["start"] >= body_start and _is_heading_or_lead(text, m["start"]) \
                and _is_the_subject(text, m, regions) and not _opens_a_roundup(text, m, local):
            if _after_a_verb(text, m):  # (位于青禾市北湖区的…: the last of a run of places is the finest)
                line_start = text.rfind("\n", 0, m["start"]) + 1
                placed = [p for p in placed if p[0] != line_start]
                placed.append((line_start, _line_end(text, m["start"]), m["norm"]["name"]))
            else:
                points.append((m["start"], m["norm"]["name"]))
    return points, placed


class RegionTracker:
    """Which region each part of the text is about.

    Local regions are those at the document's level or below it (``home_rank``): districts in a
    district report; the city and its districts in a city report. A top-level heading
    (``# ...``) opens a new piece: its region is the first local region named in the heading or,
    failing that, after it. Inside a piece, a sub-heading or a paragraph that opens by naming a
    local region switches to it. Regions of higher levels (重庆市 in 重庆市重点实验室) never switch
    the section.
    """

    def __init__(self, text: str, mentions: list[Mention], cues: Cues, title: str | None = None):
        regions = self._regions_about(text, mentions, cues)
        inside = _divisions_inside_names(mentions)
        local = self._settle_home(text, mentions, cues, title, regions, inside)
        self.only_city = _only_city(regions, inside)
        # the headline and subtitles above the first paragraph (广东省…报告发布 / 北湖市排名第一) say
        # what the whole piece is about: they vote in home_rank but open no section
        body_start = _title_block_end(text)
        points, placed = _section_openings(text, local, regions, body_start)
        home = division(self.default)
        self.province = province_of(home) if home else None
        self.scopes = sorted(placed + _entity_led_paragraphs(text, mentions, regions, self.home_rank, body_start,
                                                             cues, self.province)
                             + self._anaphora_scopes(text, mentions, cues))
        points.sort(key=lambda p: p[0])
        self.switch_points = [p for p, _ in points]
        self.switch_regions = [r for _, r in points]

    def _regions_about(self, text: str, mentions: list[Mention], cues: Cues) -> list[Mention]:
        """The regions the text is about: not a dateline's newsroom (kept in ``newsroom``), a
        partner or destination, or a grouping of places."""
        datelines = {d["start"] for d in mentions if d["type"] == "DATE" and is_dateline(text, d, cues)}
        # 青禾日报澄川11月23日电: the place of the newsroom, not of the facts
        # 对香港出口, 与青禾市合作: a partner or destination is not what the text is about
        regions = [m for m in mentions if m["type"] == "REGION" and m["end"] not in datelines
                   and not is_partner(text, m, cues) and not _names_a_grouping(text, m, cues)]
        self.newsroom = {m["start"] for m in mentions if m["type"] == "REGION" and m["end"] in datelines}
        return regions

    def _settle_home(self, text: str, mentions: list[Mention], cues: Cues, title: str | None,
                     regions: list[Mention], inside: list[Region]) -> list[Mention]:
        """Set ``home_rank`` and ``default`` (the text's own level and division) from the regions'
        votes, the title, then the bodies named and the byline; return the local regions, those
        at or below the rank the votes and the title give (sections open on them)."""
        titled = _title_home(regions_named_in(title))
        self.home_rank = home_rank(text, regions, cues, inside)
        text_rank = self.home_rank
        if titled:  # 政府工作报告——…在深圳市坪山区…: the title names the division reported on
            self.home_rank = titled.rank
        elif (title_rank := _title_level(title, regions, cues, inside)) is not None:
            self.home_rank = title_rank  # 《全市…培育情况通报》 naming several districts: the city's report
        local = [m for m in regions if self.is_local(m)]
        home = [m for m in local if level_rank(m) == self.home_rank]
        # a city report that names its city only inside body names (佛山市工业和信息化局) is about
        # the city of the districts it names
        self.default = _dominant_region(home) or ancestor_at(_dominant_region(local), self.home_rank)
        if titled:
            self.default = titled.name
            inner = self._inner_home(regions, text_rank, self.default) \
                or _glossed_district(text, mentions, title, self.default, cues)
            if inner:  # 青禾市高新区(北湖区) in the title's city: the text reports on its district
                self.home_rank, self.default = LEVEL_RANK["county"], inner
        if self.default is None:  # 青禾市科技局 alone: the division inside the only body named (SPEC 6.1)
            # (某省高新区…其中,北湖高新区…,青禾高新区…: the one province); at the level the text's own
            # level words name, where one is there (全省… beside 某省分行 and 青禾市某公司: the province)
            found = _only_at_rank(inside, self.home_rank) or _title_home(inside)
            if found is not None:
                self.default, self.home_rank = found.name, found.rank
        if self.default is None:  # 青禾网讯(记者某某)…我市: the paper's place, the only one of its level
            self.default = _byline_division(text, _title_block_end(text), self.home_rank, cues)
        return local

    def _anaphora_scopes(self, text: str, mentions: list[Mention], cues: Cues) -> list[tuple[int, int, str]]:
        """(start, end, division) from each sentence opening on 该项目/该公司 to its paragraph's end: the place of
        the project or body placed last before it, in its paragraph or the one before (SPEC 6: a fact about
        one company takes the region it sits in)."""
        scopes = []
        for start in _sentences_opening_on(text, cues.anaphora, cues):
            lo = text.rfind("\n", 0, max(0, text.rfind("\n", 0, start))) + 1  # (this paragraph and the one before)
            place = self._last_placed(text, mentions, lo, start, cues)
            if place is not None:
                scopes.append((start, _line_end(text, start), place))
        return scopes

    def _last_placed(self, text: str, mentions: list[Mention], lo: int, hi: int, cues: Cues) -> str | None:
        """The finest place given to a project or body in the last sentence of ``text[lo:hi]`` that gives one:
        after a site verb (落户毕节), a zone's or company's name (北湖高新区某产业园), else None."""
        found: list[tuple[int, int, str]] = []  # (sentence start, level, division)
        for m in mentions:
            if not lo <= m["start"] < hi:
                continue
            if m["type"] == "REGION" and self.is_local(m) and after_site_verb(text, m, lo, cues):
                name = m["norm"]["name"]
            elif m["type"] in ("PLATFORM", "COMPANY") and not m["norm"]["name"].endswith(cues.lender_heads):
                name = self.place_in_name(m)
            else:
                continue
            if name is not None:
                found.append((sentence_bounds(text, m["start"])[0], LEVEL_RANK.get(region_level(name) or "", -1), name))
        return max(found)[2] if found else None

    def _inner_home(self, regions: list[Mention], text_rank: int, titled: str) -> str | None:
        """The division the text itself reports on, where it lies inside the title's (a zone's report
        titled by its city, whose text names the zone's district again and again), else None."""
        if region_level(titled) != "prefecture" or text_rank != LEVEL_RANK["county"]:
            return None  # (a province's statistics list its cities: the title's province stays)
        inner = _dominant_region([m for m in regions if level_rank(m) == text_rank
                                  and m["start"] not in self.newsroom])
        region = division(inner)
        return inner if region and region.prefecture == titled else None

    @property
    def home(self) -> str | None:
        """The home division: what a bare 全市/本区 or an unplaced fact takes (None where the text
        names no division that fits)."""
        return self.default

    @property
    def home_level(self) -> str:
        """The level the document reports on: ``province``, ``prefecture`` or ``county``."""
        return next(level for level, rank in LEVEL_RANK.items() if rank == self.home_rank)

    def place_in_name(self, m: Mention) -> str | None:
        """The division the name of the body, company or zone ``m`` holds, read at the document's level
        and province (``division_in_name``): where a fact about that one body sits."""
        return division_in_name(m["norm"]["name"], self.home_rank, self.province)

    def is_local(self, m: Mention) -> bool:
        """The region is at the report's own level or below, and not a newsroom's place."""
        return level_rank(m) >= self.home_rank and m["start"] not in self.newsroom

    def section_region(self, pos: int) -> str | None:
        """The region in force at ``pos``: the section's, or a scope opened inside it."""
        i = bisect.bisect_right(self.switch_points, pos) - 1
        scope = max((s for s in self.scopes if s[0] <= pos < s[1]), default=None, key=lambda s: s[0])
        section = self._switched(i)
        if scope and (i < 0 or self.switch_points[i] < scope[0]) and not lies_within(section, scope[2]):
            return scope[2]  # (a region opening a clause inside the paragraph still switches)
        return section

    def _switched(self, i: int) -> str | None:
        """The region of the last switch point at or before index ``i`` that names one, else the default."""
        while i >= 0 and self.switch_regions[i] is None:
            i -= 1
        return self.switch_regions[i] if i >= 0 else self.default


_LEAD_FILLER = regex.compile(r"[\s，,“”\"]")  # what is dropped before an anaphora's lead words


def _sentences_opening_on(text: str, words: tuple[str, ...], cues: Cues) -> list[int]:
    """Where each sentence starts whose first clause opens on one of ``words`` after a time or lead words
    (该项目总投资…; 2031年,该公司…; 据了解,该项目…)."""
    starts = []
    for word in words:
        at = text.find(word)
        while at != -1:
            start = sentence_bounds(text, at)[0]
            lead = _LEAD_FILLER.sub("", text[start:at])
            if not lead or cues.trim_prefix.fullmatch(lead) or cues.anaphora_lead.fullmatch(lead):
                starts.append(start)
            at = text.find(word, at + len(word))
    return sorted(set(starts))


def _after_a_verb(text: str, m: Mention) -> bool:
    """位于北湖区的某公司…: a place after a verb in its clause modifies what follows; a paragraph opening so
    is about a body sitting there, not a section on the place."""
    clause_lo = max([text.rfind("\n", 0, m["start"]) + 1] + [text.rfind(p, 0, m["start"]) + 1 for p in "，,：:"])
    return holds_a_verb(text[clause_lo : m["start"]])


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _glossed_district(text: str, mentions: list[Mention], title: str | None, titled: str,
                      cues: Cues) -> str | None:
    """The district a zone's report is about where the title names the zone (青禾经济技术开发区2031年…)
    and the text glosses a zone with its district in brackets (经开区(北湖区)): the zone and the district
    are one (the only district so glossed, in the title's city), else None."""
    if not title or region_level(titled) != "prefecture" or not any(h in title for h in cues.zone_heads):
        return None
    glossed = {m["norm"]["name"] for m in mentions if m["type"] == "REGION" and gloss_of(text, m, mentions)
               and lies_within(m["norm"]["name"], titled)}
    return glossed.pop() if len(glossed) == 1 else None


def _title_block_end(text: str) -> int:
    """Where the first paragraph that is no heading starts (0 when the text opens with one): the
    lines above it are the headline and its subtitles."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and not _HEADING.fullmatch(line.strip()):
            return pos
        pos += len(line)
    return 0


_BYLINE_REACH = 12  # Han characters a paper's name may take before its media word (青禾日报讯, 青禾网讯)


def _byline_division(text: str, body_start: int, rank: int, cues: Cues) -> str | None:
    """The division of the paper or site whose byline opens the piece (青禾日报讯, 青禾网讯(记者某某)), when
    the text names none at the level it reports on: a division named only inside an organisation's
    name counts when it is the only one of its level in view (SPEC 6.1)."""
    opening = text[body_start : body_start + 2 * _BYLINE_REACH].lstrip()
    for word in cues.byline_media:
        at = opening.find(word)
        if 0 < at <= _BYLINE_REACH:
            names = {r.name for r in regions_named_in(opening[:at]) if r.rank == rank}
            if len(names) == 1:
                return names.pop()
    return None


def _entity_led_paragraphs(text: str, mentions: list[Mention], regions: list[Mention], home_rank: int,
                           body_start: int, cues: Cues, province: str | None) -> list[tuple[int, int, str]]:
    """(start, end, division) of each paragraph that opens on a zone, company or body whose name holds
    a division at the report's level or below (a province's report: 青禾高新区…,实现营业收入80亿元 →
    青禾市): a fact about one zone or company takes the division it sits in (SPEC 4, 6.1), to the
    paragraph's end. A lender's name (青禾银行北湖支行) says where the lender is, not the borrower; a
    division of another province than the report's is a short form read inside a word (秦创原 → 原平)."""
    scopes: list[tuple[int, int, str]] = []
    for m in mentions:
        if m["type"] not in ENTITY_TYPES or m["type"] == "LOAN" or m["start"] < body_start:
            continue
        line_start = text.rfind("\n", 0, m["start"]) + 1
        if scopes and scopes[-1][0] == line_start or m["norm"]["name"].endswith(cues.lender_heads):
            continue
        if _is_heading_line(text, m["start"]) or not _is_heading_or_lead(text, m["start"]) \
                or not _is_the_subject(text, m, regions) or holds_a_verb(text[line_start : m["start"]]):
            continue  # (推进青禾高新区建设,…: the zone is an object)
        division = division_in_name(m["norm"]["name"], home_rank, province)
        if division is not None:
            line_end = text.find("\n", m["start"])
            scopes.append((line_start, len(text) if line_end == -1 else line_end, division))
    return scopes


def holds_a_verb(lead: str) -> bool:
    """True when a word of two or three characters in ``lead`` is a verb in jieba's dictionary (推进, 依托)."""
    verbs = load_cues().verbs  # (read at start-up: on the first document that asked, it cost a second of the run)
    return any(lead[i : i + n] in verbs for n in (2, 3) for i in range(len(lead) - n + 1))


def _title_home(titled: list[Region]) -> Region | None:
    """The division a title reports on: the one at the lowest level it names alone (深圳市坪山区 →
    坪山区; 某省高新技术产业去年增长12% 北湖市青禾市是主力 → the province: its cities are a roundup's);
    None when every level it names holds several."""
    for rank in sorted({r.rank for r in titled}, reverse=True):
        names = {r.name for r in titled if r.rank == rank}
        if len(names) == 1:
            return next(r for r in titled if r.rank == rank)
    return None


def _only_at_rank(divisions: list[Region], rank: int) -> Region | None:
    """The one division of ``divisions`` at level ``rank``, or None (none there, or several)."""
    at_rank = {r.name: r for r in divisions if r.rank == rank}
    return next(iter(at_rank.values())) if len(at_rank) == 1 else None


def _opens_a_roundup(text: str, m: Mention, local: list[Mention]) -> bool:
    """过去一年,北湖区出台…,青禾县启动…,南山区推进…: a paragraph opening with one of several places of one
    level named in its sentence reports on each in turn; it is no section of the first."""
    if _is_heading_line(text, m["start"]):
        return False
    start, end = sentence_bounds(text, m["start"])
    level = level_rank(m)
    if level == LEVEL_RANK["province"]:
        return False  # (援藏 news names the partner province beside the one reported on)
    if _LIST_CLOSED.match(text, m["end"], clause_end(text, m["end"], end)):
        return True  # (太原重工、某某集团、某某化纤等4户: a list of names from several places)
    named = {o["norm"]["name"] for o in local if start <= o["start"] < end and level_rank(o) == level}
    return len(named) >= 2


_LIST_CLOSED = regex.compile(r"[^，,。；;：:]*、[^，,。；;：:]*等")  # a list of items closed by 等, in one clause


def _line_of(text: str, pos: int) -> str:
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    return text[line_start : line_end if line_end != -1 else len(text)]


def _is_heading_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a heading (``_HEADING``)."""
    return _HEADING.fullmatch(_line_of(text, pos).strip()) is not None


def is_partner(text: str, m: Mention, cues: Cues) -> bool:
    """A region right after 对, 向, 与 … is a partner or a destination, not where the fact is; not where a
    body sitting there follows it (向北湖区某企业发放贷款: the borrower's place)."""
    return text[max(0, m["start"] - 1) : m["start"]] in cues.partner_before \
        and not text.startswith(cues.partner_holder_after, m["end"])


def _names_a_grouping(text: str, m: Mention, cues: Cues) -> bool:
    """A place naming a grouping (青禾都市圈, 北湖经济圈): not what the piece reports on, so it casts no vote
    for the home division (a grouping's fact has no region; round 6)."""
    return text.startswith(cues.grouping_heads, m["end"])


def _divisions_inside_names(mentions: list[Mention]) -> list[Region]:
    """Divisions named inside the names of bodies, companies and platforms (青禾市科技局 → 青禾市). Where
    a province is among them, a division of another province is a short form that only looks like
    one (兴业银行 beside 中国银行某省分行: 兴业 is no county of the text)."""
    found: list[Region] = []
    for m in mentions:
        if m["type"] in ENTITY_TYPES:
            found.extend(regions_named_in(m["norm"]["name"]))
    provinces = {r.name for r in found if r.level == "province"}
    found = [r for r in found if not provinces or province_of(r) in provinces]
    # (龙江银行 beside seven names holding 大庆: a division off the line of the one named most is no
    # place of the text)
    top = division(Counter(r.name for r in found).most_common(1)[0][0]) if found else None
    return [r for r in found if top is None or r.name in (top.name, top.province, top.prefecture)
            or top.name in (r.province, r.prefecture)]


def _dominant_region(regions: list[Mention]) -> str | None:
    """The region named most often (ties: the first named)."""
    counts: dict[str, int] = {}
    for m in regions:
        counts[m["norm"]["name"]] = counts.get(m["norm"]["name"], 0) + 1
    return max(counts, key=lambda n: (counts[n], -list(counts).index(n))) if counts else None


def _is_the_subject(text: str, m: Mention, regions: list[Mention]) -> bool:
    """A region opening a paragraph is what it is about only as the subject of its clause (近年来,北湖区…;
    在青禾省北湖区…). After a verb phrase (某某集团落户北湖区, 为加快建设创新青禾) it is an object or a
    modifier: the paragraph stays with the section it is in. The lead's own clause, less the
    places named in it, may hold a time word or a preposition (记者从, 对于, 据统计,去年), not more."""
    if _is_heading_line(text, m["start"]):
        return True  # (a heading names its section's place whatever words it wraps it in)
    line_start = text.rfind("\n", 0, m["start"]) + 1
    clause_lo = max([line_start] + [text.rfind(p, line_start, m["start"]) + 1 for p in "，,：:、"])
    lead = list(text[clause_lo : m["start"]])
    for other in regions:  # 在青禾省北湖区: the province before the district is no verb
        for at in range(max(other["start"], clause_lo), min(other["end"], m["start"])):
            lead[at - clause_lo] = " "
    return len(HAN_CHAR.findall("".join(lead))) <= _LEAD_WORD_LIMIT


def _is_heading_or_lead(text: str, pos: int) -> bool:
    if _is_heading_line(text, pos):
        return True
    # A paragraph whose first clause names the region within its first few characters.
    lead = text[text.rfind("\n", 0, pos) + 1 : pos]
    return len(lead) <= 8 and not any(ch in lead for ch in "。！？；;")


def after_site_verb(text: str, m: Mention, floor: int, cues: Cues) -> bool:
    """A site verb (落户, 选址) ends right before the place ``m``, read no further back than ``floor``."""
    return text[max(floor, m["start"] - _SITE_VERB_CHARS) : m["start"]].endswith(cues.site_verbs)


_SITE_VERB_CHARS = 3  # characters a site verb is read in before a place


def gloss_of(text: str, m: Mention, in_sentence: list[Mention]) -> Mention | None:
    """The zone a region glosses in brackets right after its name (经开区(北湖区)), else None."""
    if text[m["start"] - 1 : m["start"]] not in ("(", "（") or text[m["end"] : m["end"] + 1] not in (")", "）"):
        return None
    return next((z for z in in_sentence if z["type"] == "PLATFORM" and z["end"] == m["start"] - 1), None)

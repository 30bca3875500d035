"""The recogniser: every rule's candidates put together (``rule_candidates``), optionally a
statistical model over them (the character CRF of ``extract.crf`` in models/crf, or the older
spaCy ner pipeline in models/ner), and the candidates as SPEC mentions of the original text
(``find_entities``). Reads no rules/ file of its own; a CRF model's merge settings are saved
with it.
"""

from __future__ import annotations

import functools
from pathlib import Path

import spacy
from spacy.language import Language

from extract import crf
from extract.entities.company_short import (
    alias_candidates,
    alias_map,
    brand_candidates,
    defined_alias_candidates,
    link_aliases,
    list_candidates,
    listed_companies,
    maker_candidates,
    project_brand_candidates,
    repeated_short_names,
    table_candidates,
)
from extract.entities.heads import head_candidates
from extract.entities.platforms import (
    drop_bare_zones_of_many,
    drop_bare_zones_of_province,
    listed_zones,
    opened_platforms,
    owned_bases,
    place_dropped_platforms,
    place_joined_platforms,
    quoted_names_described,
    zone_short_forms,
)
from extract.entities.regions import (
    abbreviation_regions,
    choose_regions,
    city_short_forms,
    province_abbreviations,
    region_candidates,
)
from extract.entities.short_forms import (
    place_inside_candidates,
    quoted_loan_candidates,
    quoted_service_candidates,
    repeated_quoted_names,
    standalone_candidates,
    university_short_candidates,
)
from extract.entities.text import Candidate, Text, join_broken_lines, written_name
from extract.entities.words import HAN, lexicon, platform_subtype
from extract.mentions import Mention, make_mention, resolve_overlaps
from extract.resources import crf_model_dir, ner_model_dir
from extract.segment import Token, install_segmenter, make_nlp, tokenize
from extract.textnorm import fold_width

MODEL_DIR = crf_model_dir()  # the model ``model=True`` loads (models/crf, or the copy a wheel carries)
SPACY_MODEL_DIR = ner_model_dir()  # models/ner
# Types the spaCy model may add where the rules found nothing. Measured on the gold set
# (models/ner/MODEL_CARD.md): rules are more precise for the other types.
MODEL_TYPES = frozenset({"COMPANY"})
# The CRF tags only the characters within MODEL_WINDOW (left, right) of a MODEL_CUES span.
MODEL_CUES = ("rule", "head", "industry")
MODEL_WINDOW = (10, 2)


def rule_candidates(t: Text) -> list[Candidate]:
    """Every mention the entity rules find in ``t``, overlaps resolved."""
    cands = choose_regions(head_candidates(t) + region_candidates(t))
    cands = drop_bare_zones_of_province(t, drop_bare_zones_of_many(t, cands))
    cands += abbreviation_regions(t, cands) + province_abbreviations(t) + city_short_forms(t, cands)
    cands += standalone_candidates(t) + quoted_service_candidates(t) + quoted_loan_candidates(t)
    cands += university_short_candidates(t)
    cands = quoted_names_described(t, cands)
    cands += place_inside_candidates(t)
    cands += repeated_quoted_names(t, cands)
    cands += list_candidates(t)
    cands += brand_candidates(t) + table_candidates(t)
    cands += project_brand_candidates(t, cands)
    cands += maker_candidates(t, cands)
    cands += defined_alias_candidates(t, cands)
    cands += listed_zones(t, cands) + listed_companies(t, cands)
    cands += place_dropped_platforms(t, cands)
    cands += place_joined_platforms(t, cands) + opened_platforms(t, cands)
    cands += zone_short_forms(t, cands)
    aliases = alias_map(t, cands)
    cands += alias_candidates(t, aliases)
    cands += owned_bases(t, cands, aliases)
    cands += repeated_short_names(t, cands)
    return link_aliases(t, cands, aliases)


def model_candidates(
    t: Text, ents: list[tuple[int, int, str]], types: frozenset[str], source: str = "model:ner"
) -> list[Candidate]:
    """Candidates for the model's spans of ``types``: a REGION only where the table knows the
    name, a PLATFORM's subtype from the head its name ends with."""
    lex = lexicon()
    found = []
    for start, end, label in ents:
        surface = t.joined[start:end]
        if label not in types or (label == "REGION" and surface not in lex.regions):
            continue
        cand = Candidate(label, start, end, source)
        cand.regions = lex.regions.get(surface, ()) if label == "REGION" else ()
        if label == "PLATFORM":
            cand.subtype = platform_subtype(surface)
        found.append(cand)
    return found


def to_mention(t: Text, c: Candidate) -> Mention:
    """A candidate as a SPEC mention of the original text, with its written name as the norm."""
    start, end = t.to_original(c.start, c.end)
    name = c.name if c.type == "REGION" else written_name(t, c)
    norm = {"name": name}
    if c.type == "PLATFORM":
        norm["subtype"] = c.subtype or "other"
    if c.alias_of and c.alias_of != name:
        norm["alias_of"] = c.alias_of
    return make_mention(c.type, t.original, start, end, norm, c.source)


class Recogniser:
    """Rules plus (optionally) a statistical model over one segmenter; build once, call often.

    ``model_dir`` holds either a character CRF (``model.crfsuite``, extract.crf) or a spaCy
    ner pipeline (``config.cfg``). ``merge`` says how the model's spans meet the rules' for
    ``model_types``: "add" keeps every rule mention and adds model spans that overlap none;
    "override" lets a model span replace the rule mentions it overlaps; "replace" also drops
    the rule mentions of those types that the model does not tag.
    """

    def __init__(
        self,
        model: bool = True,
        segmenter: str = "jieba",
        model_dir: Path | None = None,
        model_types: frozenset[str] | None = None,
        merge: str | None = None,
    ) -> None:
        model_dir = Path(model_dir or MODEL_DIR)
        self.crf = crf.Tagger(model_dir) if model and (model_dir / crf.MODEL_FILE).is_file() else None
        self.model = model
        spacy_model = model and self.crf is None
        settings = crf.settings(model_dir) if self.crf else {}
        self.model_types = model_types or frozenset(settings.get("types", MODEL_TYPES))
        self.merge = merge or settings.get("merge", "add")
        self.segmenter = segmenter
        self.nlp = load_model(model_dir, segmenter) if spacy_model else make_nlp(segmenter)
        self.spacy_model = spacy_model

    def prepare(self, text: str, folded: str | None = None) -> tuple[Text, list[tuple[int, int, str]]]:
        """The document's joined text and tokens, and the spaCy model's entities (start, end, label)."""
        joined, offsets = join_broken_lines(fold_width(text) if folded is None else folded)
        t = Text(text, joined, offsets)
        if not self.spacy_model:  # the rules and the CRF need only the words: no spaCy Doc
            t.set_tokens(tokenize(joined, self.segmenter))
            return t, []
        doc = self.nlp(joined)
        t.set_tokens([Token(tok.idx, tok.idx + len(tok.text), tok.text) for tok in doc])
        return t, [(e.start_char, e.end_char, e.label_) for e in doc.ents]

    def rule_view(self, text: str, folded: str | None = None
                  ) -> tuple[Text, list[tuple[int, int, str]], list[Candidate], list[Mention]]:
        """The prepared text, the spaCy model's entities, the rule candidates and the rules' mentions."""
        t, ents = self.prepare(text, folded)
        rules = rule_candidates(t)
        return t, ents, rules, resolve_overlaps([to_mention(t, c) for c in rules])

    def __call__(self, text: str, folded: str | None = None) -> list[Mention]:
        t, ents, rules, mentions = self.rule_view(text, folded)
        if not self.model:
            return mentions
        if self.crf is not None:
            layers = model_layers(t, mentions)
            ents = self.crf(t.joined, [(tok.start, tok.end) for tok in t.tokens], layers, model_windows(t, layers))
        source = "model:crf" if self.crf else "model:ner"
        found = [c for c in model_candidates(t, ents, self.model_types, source) if not _is_rule_span(c, t, mentions)]
        found = choose_regions(link_aliases(t, found, alias_map(t, rules)))
        extra = [to_mention(t, c) for c in found]
        if self.merge == "replace":  # the model decides: a rule mention stays only where it agrees
            kept = {(s, e, label) for s, e, label in _original_spans(t, ents)}
            mentions = [m for m in mentions if m["type"] not in self.model_types or
                        (m["start"], m["end"], m["type"]) in kept]
        if self.merge in ("override", "replace"):
            mentions = [m for m in mentions if not any(_mention_overlap(m, e) for e in extra)]
        else:
            extra = [e for e in extra if not any(_mention_overlap(m, e) for m in mentions)]
        return resolve_overlaps(mentions + extra)


def _original_spans(t: Text, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    return [(*t.to_original(s, e), label) for s, e, label in ents if e > s]


def _mention_overlap(a: Mention, b: Mention) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _is_rule_span(c: Candidate, t: Text, mentions: list[Mention]) -> bool:
    """The model agrees with a rule mention: the rule's own mention (and norm) stays."""
    start, end = t.to_original(c.start, c.end)
    return any(m["start"] == start and m["end"] == end and m["type"] == c.type for m in mentions)


def model_windows(t: Text, layers: dict[str, list[crf.Span]]) -> list[tuple[int, int]]:
    """Where the CRF looks: around the rules' mentions, heads and industry words (about 40%
    of a report's characters, holding nine in ten of its entities): this keeps it cheap."""
    cues = [(s, e) for name in MODEL_CUES for s, e, _ in layers[name]]
    return crf.windows(len(t.joined), cues, *MODEL_WINDOW)


def model_layers(t: Text, mentions: list[Mention]) -> dict[str, list[crf.Span]]:
    """What the CRF sees besides the characters, as spans of ``t.joined``: the rules' own
    mentions, every head of a name, division names, industry words, and words the
    dictionary knows (K) or not (U: a brand is usually an unknown word)."""
    lex = lexicon()
    where = {original: i for i, original in enumerate(t.offsets)}
    rules = [(where[m["start"]], where[m["end"] - 1] + 1, m["type"]) for m in mentions if m["start"] in where]
    heads = [(m.start(), m.end(), lex.heads[m.group()].type) for m in lex.head_re.finditer(t.joined)]
    industry = [(m.start(), m.end(), "I") for m in lex.industry_re.finditer(t.joined)]
    regions, words = [], []
    for tok in t.tokens:
        if tok.text in lex.regions:
            regions.append((tok.start, tok.end, "R"))
        if len(tok.text) >= 2 and HAN.match(tok.text):
            words.append((tok.start, tok.end, "K" if lex.known_word(tok.text) else "U"))
    return {"rule": rules, "head": heads, "region": regions, "industry": industry, "word": words}


def load_model(model_dir: Path, segmenter: str) -> Language:
    """The trained ner pipeline from ``model_dir``, tokenised by ``segmenter``."""
    if not (Path(model_dir) / "config.cfg").is_file():
        raise FileNotFoundError(
            f"no trained NER model in {model_dir}; run `python cli.py train` or call find_entities(..., model=False)"
        )
    return install_segmenter(spacy.load(model_dir), segmenter)


@functools.cache
def get_recogniser(model: bool | str = True, segmenter: str = "jieba") -> Recogniser:
    """One recogniser per (model, segmenter) and process; ``model`` may name a model directory."""
    if isinstance(model, str):
        return Recogniser(model=True, segmenter=segmenter, model_dir=Path(model))
    return Recogniser(model=model, segmenter=segmenter)


def find_entities(text: str, *, model: bool | str = True, segmenter: str = "jieba",
                  folded: str | None = None) -> list[Mention]:
    """COMPANY, PLATFORM, LOAN, REGION and INSTITUTION mentions of ``text``, flat and in order.

    ``model`` adds the trained model's finds (True: the one in ``MODEL_DIR``; a string: the
    model in that directory, a CRF or a spaCy ner pipeline); ``segmenter`` is "jieba"
    or "pkuseg". Each mention's ``text`` is ``text[start:end]``; ``norm`` holds the canonical
    ``name`` (and a PLATFORM's ``subtype``); ``source`` names the rule, "model:crf" or "model:ner".
    """
    return get_recogniser(model, segmenter)(text, folded)

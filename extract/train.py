"""Train the statistical ``ner`` component that ``extract.entities`` loads from models/ner.

Training data (read in place, never copied into the repository):

* MSRA NER (SIGHAN 2006) and CLUENER2020 from ``../shared/data/ner`` (see their READMEs for
  origin and research-use terms), their labels mapped to ours: ``map_msra``, ``map_cluener``;
* optionally the project's own gold documents (``corpus/gold``), which alone label PLATFORM
  and LOAN and follow our SPEC exactly. Documents named in ``held_out`` are left out, so
  they can be scored honestly.

Architecture and optimiser settings live in ``extract/ner.cfg`` only. Training is
reproducible: a fixed seed, a fixed number of epochs, the best epoch on a fixed dev set
kept. ``max_seconds`` is a safety cap; if it cuts training short, the log says so.
"""

from __future__ import annotations

import json
import random
import re
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.schemas import ConfigSchemaTraining
from spacy.training import Example, offsets_to_biluo_tags
from spacy.util import fix_random_seed, load_config, load_model_from_config, registry
from thinc.api import Optimizer

from extract import crf
from extract.entities import Recogniser, join_broken_lines, model_layers, model_windows
from extract.ingest import ArticleFile, decode_bytes, normalise_newlines, read_article, source_text
from extract.lexicon import entity_rules, platform_heads, split_regions
from extract.segment import install_segmenter
from extract.textnorm import fold_width

CONFIG_PATH = Path(__file__).with_name("ner.cfg")
LABELS = ("COMPANY", "INSTITUTION", "PLATFORM", "REGION", "LOAN")
MISSING = "?"  # a span whose label we cannot map: its tokens are left unannotated
NOT_ENTITY = "O"  # a span that is not one of our entities (people, countries, sports teams)
MEDIA_ENDINGS = ("报", "社", "台", "网", "杂志", "频道")
SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


@dataclass
class Sentence:
    """A text and its labelled spans (label: one of LABELS, MISSING or NOT_ENTITY)."""

    text: str
    spans: list[tuple[int, int, str]]


# --- label mapping ----------------------------------------------------------------------


def label_by_surface(name: str) -> str:
    """Our type for an organisation name by its head (SPEC section 6: surface decides)."""
    rules = entity_rules()
    if any(name.endswith(cb) for cb in rules["company"]["central_bank"]):
        return "INSTITUTION"
    heads = [(h, "COMPANY") for h in rules["company"]["heads"]]
    heads += [(h, "PLATFORM") for h in platform_heads()]
    heads += [(h, "INSTITUTION") for h in rules["institution"]["heads"] if len(h) > 1 or h in "局委厅"]
    for head, label in sorted(heads, key=lambda hl: len(hl[0]), reverse=True):
        if name.endswith(head) and len(name) > len(head):
            return label
    return NOT_ENTITY if name.endswith(MEDIA_ENDINGS) or name.endswith("队") else MISSING


def region_pieces(text: str, start: int) -> list[tuple[int, int, str]] | None:
    """Split a place name into divisions (四川省成都市 → 四川省, 成都市), or None if it is not
    made of divisions only (rivers, countries, streets)."""
    pieces = split_regions(text)
    return None if pieces is None else [(start + s, start + e, "REGION") for s, e in pieces]


def map_location(text: str, start: int, end: int, unknown: str) -> list[tuple[int, int, str]]:
    """A place: REGION pieces when it is made of divisions; one-character abbreviations
    (京) are left unannotated; anything else gets ``unknown``."""
    if end - start == 1:
        return [(start, end, MISSING)]
    return region_pieces(text, start) or [(start, end, unknown)]


def map_msra(tag: str, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """MSRA nr/ns/nt → our labels: people are not entities; places are REGION where they are
    administrative divisions, else not entities (countries, rivers); organisations by head."""
    if tag == "nr":
        return [(start, end, NOT_ENTITY)]
    if tag == "ns":
        return map_location(text, start, end, NOT_ENTITY)
    return [(start, end, label_by_surface(text))]


def map_cluener(label: str, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """CLUENER labels → ours. company → COMPANY (news sites excepted), government →
    INSTITUTION, organization by head (sports clubs are not entities), address → REGION
    pieces where it is made of divisions, titles unannotated (they may hold names)."""
    if label == "company":
        return [(start, end, NOT_ENTITY if text.endswith(MEDIA_ENDINGS) else "COMPANY")]
    if label == "government":
        return [(start, end, "INSTITUTION")]
    if label == "organization":
        mapped = label_by_surface(text)
        return [(start, end, NOT_ENTITY if mapped == MISSING else mapped)]
    if label == "address":
        return map_location(text, start, end, MISSING)
    if label in ("book", "movie", "game"):
        return [(start, end, MISSING)]
    return [(start, end, NOT_ENTITY)]


# --- corpus readers -------------------------------------------------------------------------


def read_msra(path: Path) -> Iterator[Sentence]:
    """``token/tag`` lines (split on the last slash), full-width characters folded."""
    for line in path.read_text(encoding="utf-8").splitlines():
        text, spans = "", []
        for item in line.split():
            word, _, tag = item.rpartition("/")
            word = fold_width(word)
            if tag in ("nr", "ns", "nt"):
                spans.extend(map_msra(tag, word, len(text), len(text) + len(word)))
            text += word
        if text:
            yield Sentence(text, spans)


def read_cluener(path: Path) -> Iterator[Sentence]:
    """JSON lines with end-inclusive character spans."""
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = fold_width(record["text"])
        spans = []
        for label, names in record["label"].items():
            for name, offsets in names.items():
                for start, end in offsets:
                    spans.extend(map_cluener(label, fold_width(name), start, end + 1))
        yield Sentence(text, spans)


def read_gold(gold_dir: Path, articles_dir: Path, held_out: Iterable[str] = ()) -> Iterator[Sentence]:
    """Sentences of the gold documents (entity mentions only), in the text the recogniser sees."""
    for path in sorted(gold_dir.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc["doc_id"] in held_out:
            continue
        text = normalise_newlines(decode_bytes((articles_dir / doc["source"]).read_bytes())[0])
        joined, offsets = join_broken_lines(fold_width(text))
        where = {original: i for i, original in enumerate(offsets)}
        spans = [
            (where[m["start"]], where[m["end"] - 1] + 1, m["type"])
            for m in doc["mentions"]
            if m["type"] in LABELS and m["start"] in where and m["end"] - 1 in where
        ]
        yield from split_sentences(joined, spans)


def split_sentences(text: str, spans: list[tuple[int, int, str]]) -> Iterator[Sentence]:
    """The sentences of ``text`` with the labelled spans inside each, offsets made relative."""
    for match in SENTENCE.finditer(text):
        s, e = match.span()
        inside = [(a - s, b - s, label) for a, b, label in spans if s <= a and b <= e]
        if match.group().strip():
            yield Sentence(match.group(), inside)


# --- examples -------------------------------------------------------------------------------


def flat(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop spans that overlap a longer one (CLUENER has a book title holding a company)."""
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: s[0] - s[1]):
        if all(span[1] <= k[0] or k[1] <= span[0] for k in kept):
            kept.append(span)
    return sorted(kept)


def to_example(nlp: Language, sentence: Sentence) -> Example:
    """An Example whose MISSING spans (and spans off token boundaries) are unannotated."""
    doc = nlp.make_doc(sentence.text)
    spans = flat(sentence.spans)
    known = [(s, e, label) for s, e, label in spans if label in LABELS]
    tags = offsets_to_biluo_tags(doc, known, missing="O")
    for s, e, label in spans:
        if label == MISSING:
            for token in doc:
                if token.idx < e and s < token.idx + len(token.text):
                    tags[token.i] = "-"
    return Example.from_dict(doc, {"entities": tags})


def corpus_sentences(corpora_dir: Path, split: str, limit: int | None, seed: int) -> list[Sentence]:
    """MSRA and CLUENER sentences of ``split`` ("train" or "dev"); MSRA sentences with no
    entity of ours are sampled down (most MSRA sentences are about people and countries)."""
    msra_file = "train.txt" if split == "train" else "test_with_label.txt"
    cluener_file = "train.json" if split == "train" else "dev.json"
    msra = list(read_msra(corpora_dir / "msra" / msra_file))
    cluener = list(read_cluener(corpora_dir / "cluener2020" / cluener_file))
    rng = random.Random(seed)
    useful, others = [], []
    for sentence in msra:
        (useful if any(label in LABELS for _, _, label in sentence.spans) else others).append(sentence)
    rng.shuffle(others)
    sentences = useful + others[: len(useful) // 5] + cluener
    rng.shuffle(sentences)
    return sentences[:limit] if limit else sentences


# --- training -------------------------------------------------------------------------------


def build_nlp(segmenter: str = "jieba") -> Language:
    """A fresh, untrained pipeline from ner.cfg with our segmenter and lexicons."""
    nlp = load_model_from_config(load_config(CONFIG_PATH), auto_fill=True, validate=True)
    return install_segmenter(nlp, segmenter)


@dataclass(frozen=True)
class NerSettings:
    """How long and on how much the ner trains (its architecture and optimiser are in ner.cfg)."""

    epochs: int = 8
    max_seconds: int = 900  # a safety cap on the whole run, preparation included; it breaks reproducibility
    corpus_limit: int | None = None  # at most this many corpus sentences (None: all), for quick runs
    gold_repeats: int = 5  # each gold sentence this many times: they are few, and alone label PLATFORM and LOAN
    seed: int = 0  # sampling, shuffling and spaCy's initialisation


def train_ner(
    output: Path,
    *,
    corpora_dir: Path,
    gold_dir: Path | None = None,
    articles_dir: Path | None = None,
    held_out: Iterable[str] = (),
    settings: NerSettings = NerSettings(),
    log: Callable[[str], None] = print,
) -> dict:
    """Train the ner model and save it to ``output`` (e.g. models/ner); return its dev scores.

    ``corpora_dir`` holds msra/ and cluener2020/ (``../shared/data/ner``). ``gold_dir`` and
    ``articles_dir`` (default: the ``articles`` folder beside ``gold_dir``, as in corpus/) add
    the project's gold documents (each sentence ``settings.gold_repeats`` times), except those in
    ``held_out``. Stops after ``settings.epochs`` or ``settings.max_seconds``, whichever comes
    first, and keeps the epoch that scores best on the corpora's dev sets.
    """
    started = time.monotonic()
    # W030: a corpus span that does not fall on token boundaries; it is left unannotated.
    warnings.filterwarnings("ignore", message=r"\[W030\]")
    fix_random_seed(settings.seed)
    nlp = build_nlp()
    held_out = set(held_out)
    train_sents = corpus_sentences(corpora_dir, "train", settings.corpus_limit, settings.seed)
    if gold_dir is not None:
        gold = list(read_gold(gold_dir, articles_dir or Path(gold_dir).parent / "articles", held_out))
        train_sents += gold * settings.gold_repeats
        log(f"gold: {len(gold)} sentences (x{settings.gold_repeats}), held out: {sorted(held_out) or 'none'}")
    train = [to_example(nlp, s) for s in train_sents]
    dev = [to_example(nlp, s) for s in corpus_sentences(corpora_dir, "dev", 3000, settings.seed)]
    log(f"train {len(train)} sentences, dev {len(dev)}; prepared in {time.monotonic() - started:.0f}s")
    optimizer = nlp.initialize(lambda: train)
    best = _train_epochs(nlp, optimizer, train, dev, settings, started + settings.max_seconds, log)
    output = Path(output)
    nlp.from_bytes(best["weights"])
    nlp.meta.update(_meta(best, held_out, settings.seed, time.monotonic() - started))
    nlp.to_disk(output)
    log(f"saved {output} (best epoch {best['epoch']}, dev ents_f {best['scores']['ents_f']:.3f})")
    return best["scores"]


def _train_epochs(nlp: Language, optimizer: Optimizer, train: list[Example], dev: list[Example],
                  settings: NerSettings, deadline: float, log: Callable[[str], None]) -> dict:
    """Train ``settings.epochs`` epochs on ``train`` (or until ``deadline``, a ``time.monotonic``
    reading); return the epoch that scored best on ``dev``: its number, scores and weights."""
    training = registry.resolve(nlp.config.interpolate()["training"], schema=ConfigSchemaTraining)
    best: dict = {"scores": {"ents_f": -1.0}}
    for epoch in range(1, settings.epochs + 1):
        random.Random(settings.seed + epoch).shuffle(train)
        losses, cut_short = _one_epoch(nlp, optimizer, train, training, deadline)
        if cut_short:
            log(f"time limit reached in epoch {epoch}: training cut short (not reproducible)")
        with nlp.use_params(optimizer.averages):
            scores = nlp.evaluate(dev)
            log(
                f"epoch {epoch}: loss {losses.get('ner', 0):.0f} dev ents_f {scores['ents_f']:.3f} "
                f"per type {_per_type(scores)}"
            )
            if scores["ents_f"] > best["scores"]["ents_f"]:
                best = {"epoch": epoch, "scores": scores, "weights": nlp.to_bytes()}
        if time.monotonic() > deadline:
            break
    return best


def _one_epoch(nlp: Language, optimizer: Optimizer, train: list[Example], training: dict,
               deadline: float) -> tuple[dict[str, float], bool]:
    """One pass over ``train`` in the batches and with the dropout of ner.cfg's [training]; its
    losses, and whether ``deadline`` cut it short."""
    losses: dict[str, float] = {}
    for batch in training["batcher"](train):
        nlp.update(batch, drop=training["dropout"], sgd=optimizer, losses=losses)
        if time.monotonic() > deadline:
            return losses, True
    return losses, False


def _per_type(scores: dict) -> str:
    per = scores.get("ents_per_type") or {}
    return " ".join(f"{label}:{v['f']:.2f}" for label, v in sorted(per.items()))


def _meta(best: dict, held_out: set[str], seed: int, seconds: float) -> dict:
    return {
        "name": "zh_report_entities",
        "version": "0.1.0",
        "description": "COMPANY/INSTITUTION/PLATFORM/REGION/LOAN ner for Chinese reports (see MODEL_CARD.md)",
        "license": "trained on research-use corpora (MSRA, CLUENER2020): see MODEL_CARD.md",
        "sources": [
            {"name": "MSRA NER (SIGHAN 2006)", "terms": "no open license; research use"},
            {"name": "CLUENER2020", "terms": "no explicit license; research benchmark"},
            {"name": "project gold (corpus/gold)", "held_out": sorted(held_out)},
        ],
        "training": {"seed": seed, "best_epoch": best["epoch"], "seconds": round(seconds)},
        "performance": {k: v for k, v in best["scores"].items() if k.startswith("ents")},
    }


# --- the character CRF (extract.crf) --------------------------------------------------------

CRF_TYPES = ("COMPANY", "PLATFORM", "LOAN", "REGION", "INSTITUTION")
# The types whose rule mentions the CRF may change, and how (extract.entities.Recogniser): on
# dev-tune (4-fold CV) it gains on INSTITUTION (+0.13 F1) and LOAN (+0.03), changes nothing on
# COMPANY and REGION and moves PLATFORM by -0.03 to +0.01, so the rules keep the other three.
CRF_MERGE_TYPES = ("INSTITUTION", "LOAN")
CRF_MERGE = "replace"


@dataclass
class GoldSet:
    """Gold documents to train on: a folder of SPEC documents, their articles, and which ids."""

    gold_dir: Path
    articles_dir: Path
    ids: list[str] | None = None  # None: every document in gold_dir


def gold_texts(gold_set: GoldSet) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(article text, entity spans in that text) of each chosen gold document."""
    out = []
    for path in sorted(Path(gold_set.gold_dir).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if "mentions" not in doc or (gold_set.ids is not None and doc["doc_id"] not in gold_set.ids):
            continue
        text = source_text(Path(gold_set.articles_dir), doc)
        out.append((text, [(m["start"], m["end"], m["type"]) for m in doc["mentions"] if m["type"] in CRF_TYPES]))
    return out


def silver_texts(articles_dir: Path) -> list[tuple[str, None]]:
    """Unlabelled articles: the rules' own mentions are their labels."""
    return [(read_article(ArticleFile(p, p.name)).text, None) for p in sorted(Path(articles_dir).glob("*.txt"))]


def news_texts(corpora_dir: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """CLUENER2020 training sentences with our labels; a sentence with a span we cannot map
    (MISSING) is left out, since a CRF has no way to leave characters unannotated."""
    out = []
    for sentence in read_cluener(Path(corpora_dir) / "cluener2020" / "train.json"):
        spans = flat(sentence.spans)
        if all(label != MISSING for _, _, label in spans):
            out.append((sentence.text, [(s, e, label) for s, e, label in spans if label in LABELS]))
    return out


def crf_sequences(
    recogniser: Recogniser, text: str, spans: list[tuple[int, int, str]] | None
) -> list[tuple[list[list[str]], list[str]]]:
    """One (features, BIO labels) pair per stretch the CRF looks at (``model_windows``);
    ``spans`` None labels the text with the rules' own mentions (silver)."""
    t, _, _, mentions = recogniser.rule_view(text)
    if spans is None:
        spans = [(m["start"], m["end"], m["type"]) for m in mentions]
    where = {original: i for i, original in enumerate(t.offsets)}
    joined_spans = [(where[s], where[e - 1] + 1, label) for s, e, label in spans if s in where and e - 1 in where]
    layers = model_layers(t, mentions)
    words = [(tok.start, tok.end) for tok in t.tokens]
    tags = crf.bio_tags(len(t.joined), joined_spans)
    spans = model_windows(t, layers)
    return [(row, tags[s:e]) for (s, e), row in zip(spans, crf.features(t.joined, words, layers, spans), strict=True)]


@dataclass(frozen=True)
class CrfSettings:
    """How the character CRF is trained and merged with the rules; saved beside the model
    (settings.json), where ``extract.crf.settings`` reads the merge back."""

    types: Sequence[str] = CRF_MERGE_TYPES  # the types whose rule mentions the CRF may change
    merge: str = CRF_MERGE  # how (extract.entities.Recogniser)
    c1: float = 0.05  # L1 regularisation (crfsuite's L-BFGS)
    c2: float = 0.01  # L2 regularisation
    max_iterations: int = 150


def train_crf(
    output: Path,
    *,
    gold_sets: list[GoldSet],
    silver_dir: Path | None = None,
    corpora_dir: Path | None = None,
    settings: CrfSettings = CrfSettings(),
    log: Callable[[str], None] = print,
) -> dict:
    """Train the character CRF on gold documents (and silver ones: ``silver_dir``'s articles as the
    rules label them; news: CLUENER2020's sentences in ``corpora_dir``) and save it with its
    ``settings`` to ``output``; return what was trained on. Deterministic: the same data gives
    the same model."""
    started = time.monotonic()
    docs = [doc for gold_set in gold_sets for doc in gold_texts(gold_set)]
    silver = silver_texts(silver_dir) if silver_dir is not None else []
    news = news_texts(corpora_dir) if corpora_dir is not None else []
    recogniser = Recogniser(model=False)
    sequences = [seq for text, spans in docs + silver + news for seq in crf_sequences(recogniser, text, spans)]
    log(f"crf: {len(docs)} gold + {len(silver)} silver documents + {len(news)} news sentences, "
        f"{len(sequences)} sequences")
    crf.train(sequences, output, c1=settings.c1, c2=settings.c2, max_iterations=settings.max_iterations)
    info = {"types": sorted(settings.types), "merge": settings.merge, "gold_documents": len(docs),
            "silver_documents": len(silver), "news_sentences": len(news),
            "c1": settings.c1, "c2": settings.c2, "max_iterations": settings.max_iterations}
    (Path(output) / crf.SETTINGS_FILE).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    log(f"crf: saved {output} in {time.monotonic() - started:.0f}s")
    return info

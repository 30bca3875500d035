"""Word segmentation: spaCy's Chinese tokenizer driven by jieba (default) or spacy-pkuseg.

Both segmenters get the domain lexicons (region names, name heads such as 有限公司 or
高新区) as a user dictionary, so that names are not split across tokens. Segmenters and
pipelines are built once per process.

jieba runs compiled: ``CompiledJieba`` drives rjieba (jieba-rs) with exactly the word
frequencies and total of our Python ``jieba.Tokenizer``, and gives the same tokens about 17×
faster (bench/README.md says where the two differ by themselves and how that is closed).
``token_spans`` gives the tokens spaCy's Chinese tokenizer would make, without building a Doc,
for the stages that need only the words.

The pkuseg model is not on any hub this project can reach; ``setup_pkuseg`` takes it from the
``pkuseg==0.0.25`` wheel on PyPI (``python cli.py setup-pkuseg``) into a per-user cache folder
(``extract.resources.pkuseg_dir``), outside the repository and the installed package.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import marshal
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import jieba
import rjieba
import spacy
from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language

from extract.lexicon import segmenter_words
from extract.resources import cache_dir, pkuseg_dir
from extract.stdio import stdout_to_stderr

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
    tokenizer.tmp_dir = _jieba_cache_folder()
    _initialize(tokenizer)
    for word in segmenter_words():
        # suggest_freq gives the lowest frequency that keeps the word whole, so the user
        # dictionary does not swallow the words around it.
        tokenizer.add_word(word, tokenizer.suggest_freq(word, tune=False))
    return tokenizer


def _initialize(tokenizer: jieba.Tokenizer) -> None:
    """``tokenizer.initialize()``, with jieba's dictionary cache read in one piece.

    jieba unmarshals the cache from the open file, one small read per entry: 0.9-1.0 s of CPU for
    its 500,000 entries, against 0.25 s from bytes, a quarter of start-up. Anything else (no cache
    yet, another dictionary, a cache that does not load) is left to jieba, which builds it."""
    if tokenizer.dictionary is None and not tokenizer.cache_file:  # jieba's own dictionary
        cache = Path(tokenizer.tmp_dir or tempfile.gettempdir()) / "jieba.cache"
        try:
            tokenizer.FREQ, tokenizer.total = marshal.loads(cache.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
        else:
            tokenizer.initialized = True
            return
    tokenizer.initialize()


def _jieba_cache_folder() -> str | None:
    """Where jieba keeps its dictionary cache: the per-user cache folder, not the shared /tmp, where
    another user's jieba.cache cannot be replaced (jieba prints a traceback each run) and should
    not be loaded. ``None`` (jieba's default) when the folder cannot be made."""
    folder = cache_dir() / "jieba"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return str(folder)


# What Python jieba's HMM step keeps whole in a run of letters and digits (finalseg.re_skip);
# jieba-rs keeps more (7.3L, 163.com, AK-47), so such tokens are cut again the Python way.
_PY_WHOLE_RUN = re.compile(r"[a-zA-Z0-9]+(?:\.\d+)?%?")
_ASCII_RUN = re.compile(r"[a-zA-Z0-9+#&._%\-]{2,}")  # the characters both jiebas read inside words
# Ideographs jieba-rs reads as Chinese and Python jieba does not (its range ends at U+9FD5):
# a text holding one is cut by Python jieba itself.
_PY_NOT_HAN = re.compile("[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# A key no text holds (private-use characters): it carries the frequency that makes the
# compiled dictionary's total equal Python jieba's, which counts a re-added word twice.
_TOTAL_FILLER = "\ue000\ue001\ue002"


class Token(NamedTuple):
    """One token: ``text`` is ``joined[start:end]`` of the text it was cut from.

    A tuple, so that a whole article's tokens are made in compiled code (``token_spans``)."""

    start: int
    end: int
    text: str


class CompiledJieba:
    """jieba's cut in compiled code, token for token the same as ``jieba_segmenter().cut``.

    The dictionary is copied from the Python tokenizer after our words were added, so word
    frequencies, the total they are divided by, and hence every route through the DAG agree.
    """

    def __init__(self, reference: jieba.Tokenizer):
        self.reference = reference
        self.compiled = rjieba.Jieba.empty()
        added = 0
        for word, freq in reference.FREQ.items():
            if freq:  # zero marks a prefix only; the Python DAG skips it too
                self.compiled.add_word(word, freq, None)
                added += freq
        if reference.total > added:
            self.compiled.add_word(_TOTAL_FILLER, reference.total - added, None)

    def cut(self, text: str, cut_all: bool = False) -> list[str]:
        """The words of ``text`` (``cut_all`` is accepted for spaCy's call and must be False)."""
        if cut_all:
            raise ValueError("CompiledJieba only cuts in jieba's default (accurate) mode")
        if _PY_NOT_HAN.search(text):
            return list(self.reference.cut(text))
        words = self.compiled.cut(text)
        if all(_PY_WHOLE_RUN.fullmatch(run) for run in _ASCII_RUN.findall(text)):
            return words  # no run of letters and digits the two cut differently
        # only a word of ASCII characters can have been cut otherwise (### of a heading, R&D):
        # those few are looked at, the others are copied over in slices
        recut = {i: pieces for i in [i for i, word in enumerate(words) if word.isascii()]
                 if (pieces := self._as_python(words[i])) != (words[i],)}
        if not recut:
            return words
        cut, copied = [], 0
        for i, pieces in recut.items():
            cut += words[copied:i]
            cut += pieces
            copied = i + 1
        return cut + words[copied:]

    def _as_python(self, word: str) -> tuple[str, ...]:
        if len(word) == 1 or _PY_WHOLE_RUN.fullmatch(word) or self.reference.FREQ.get(word):
            return (word,)
        return tuple(self.reference.cut(word))


@functools.cache
def compiled_jieba() -> CompiledJieba:
    """The compiled twin of ``jieba_segmenter()``, built once per process."""
    return CompiledJieba(jieba_segmenter())


def token_spans(text: str, words: list[str]) -> list[Token]:
    """The tokens spaCy's Chinese tokenizer makes from ``words``, which cover ``text`` in order.

    Same alignment as ``spacy.util.get_words_and_spaces``: white-space words are dropped, one
    plain space after a word belongs to it, any other white space between words is a token.
    Runs of words without white space map one to one onto tokens and are made in one go;
    only the words holding white space (a few per paragraph) are walked one by one.
    """
    if "".join(words) != text:
        raise ValueError("the words do not cover the text")
    starts = list(itertools.accumulate(map(len, words), initial=0))
    spaced = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _WHITE_SPACE.finditer(text)})
    tokens: list[Token] = []
    covered = run = 0  # end of the last token; first word of the current run without white space
    for i in [*spaced, len(words)]:
        if run < i:  # words[run:i] hold no white space: no gap between them
            if starts[run] > covered:
                tokens.append(Token(covered, starts[run], text[covered : starts[run]]))
            fields = zip(starts[run:i], starts[run + 1 : i + 1], words[run:i], strict=True)
            tokens.extend(map(tuple.__new__, itertools.repeat(Token), fields))  # Token(*f), without Python frames
            covered = starts[i] + 1 if text[starts[i] : starts[i] + 1] == " " else starts[i]
        run = i + 1
        if i == len(words) or words[i].isspace():
            continue
        start, at = starts[i], starts[i + 1]
        if start > covered:
            tokens.append(Token(covered, start, text[covered:start]))
        tokens.append(Token(start, at, words[i]))
        covered = at + 1 if text[at : at + 1] == " " else at
    if covered < len(text):
        tokens.append(Token(covered, len(text), text[covered:]))
    return tokens


_WHITE_SPACE = re.compile(r"\s")


def tokenize(text: str, segmenter: str = "jieba") -> list[Token]:
    """The tokens of ``text``, the same as those of ``make_nlp(segmenter)(text)``."""
    if segmenter == "jieba":
        return token_spans(text, compiled_jieba().cut(text))
    if segmenter not in SEGMENTERS:
        raise ValueError(f"unknown segmenter {segmenter!r}; choose one of {', '.join(SEGMENTERS)}")
    return [Token(t.idx, t.idx + len(t.text), t.text) for t in make_nlp(segmenter).make_doc(text)]


@functools.cache
def pkuseg_segmenter(model_dir: Path) -> spacy_pkuseg.pkuseg:
    """spacy-pkuseg loaded from ``model_dir``, with the lexicons as its user dictionary."""
    import spacy_pkuseg  # only when asked for: loading it costs time and memory

    check_pkuseg_model(model_dir)
    with stdout_to_stderr():  # it reports on loading; stdout may be carrying JSON Lines (extract --out -)
        return spacy_pkuseg.pkuseg(model_name=str(model_dir), user_dict=list(segmenter_words()))


def install_segmenter(nlp: Language, segmenter: str = "jieba") -> Language:
    """Give ``nlp`` a Chinese tokenizer that segments with ``segmenter`` and our lexicons."""
    if segmenter not in SEGMENTERS:
        raise ValueError(f"unknown segmenter {segmenter!r}; choose one of {', '.join(SEGMENTERS)}")
    # Should anything load the global jieba, its dictionary cache goes to the per-user folder too.
    jieba.dt.tmp_dir = jieba.dt.tmp_dir or _jieba_cache_folder()
    # Built as "char" and switched over: asked for "jieba", spaCy loads the global jieba dictionary
    # (about a second of start-up) only for it to be replaced by our own tokenizer at once.
    tokenizer = ChineseTokenizer(nlp.vocab, segmenter="char")
    if segmenter == "jieba":
        tokenizer.jieba_seg = compiled_jieba()
        tokenizer.segmenter = "jieba"
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

"""Named entities: COMPANY, PLATFORM, LOAN, REGION, INSTITUTION (SPEC sections 3 and 6).

A rule layer finds names by their heads (有限公司, 高新区, 研究院, 科技局, 贷款 ...) and reads
each name leftwards one segmenter token at a time until a boundary (punctuation, a function
word, a governing verb: rules/entity_common.toml). Regions come from the generated table
of administrative divisions (rules/regions.tsv). Short company names are found in lists
("A、B等企业"), and through alias linking to a full name in the same document.

A statistical model is optional (``model``): the character CRF of ``extract.crf``
(models/crf), which reads the text near the rules' findings together with those findings
and may cut, extend, retype or drop them (its merge settings are saved with it), or the
older spaCy ``ner`` model (models/ner), which only adds ``MODEL_TYPES`` where the rules found
nothing. ``extract.train`` trains both.

Recognition runs on ``fold_width(text)`` with line breaks inside a sentence removed (a name
broken over two lines is one name); every offset is mapped back to ``text``.

The modules, in the order data flows through them (each imports only those before it):

- ``text``: the document as the rules see it (joined lines, tokens, candidates);
- ``words``: the rule files compiled once (``lexicon()``) and the shared word tests;
- ``names``: reading a name leftwards from its head;
- ``regions``: divisions, their official names and short forms;
- ``heads``: names found by their heads, and whether they name one thing;
- ``short_forms``: names that stand alone: bodies' short forms, quoted systems and products;
- ``lists``: enumerations (A、B和C) and their joiners;
- ``company_short``: company short names: list items, brands, aliases;
- ``platforms``: platforms read from other finds, and bare zone heads that name a category;
- ``recogniser``: all rules together, the optional model, and ``find_entities``.
"""

from extract.entities.recogniser import (
    MODEL_DIR,
    SPACY_MODEL_DIR,
    Recogniser,
    find_entities,
    get_recogniser,
    model_layers,
    model_windows,
)
from extract.entities.text import Text, join_broken_lines

__all__ = [
    "MODEL_DIR",
    "SPACY_MODEL_DIR",
    "Recogniser",
    "Text",
    "find_entities",
    "get_recogniser",
    "join_broken_lines",
    "model_layers",
    "model_windows",
]

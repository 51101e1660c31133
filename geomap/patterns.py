"""Place names found by the words around them, where NER missed them.

Two patterns that news uses to introduce places:

- a unit word and "of": "the village of Kampungu", "the town of Pulawy" says
  "this is a place" whatever the name and whatever NER thought, so a name the
  gazetteer lacks is still found (it stays unresolved, but the reader sees it
  was named);
- a list whose other items are places: "Kisumu, Bondo, Nyando and Wajir"
  (known names only: a list may mix places and other things).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .gazetteer import Gazetteer

#: One capitalised name of up to four words ("Ceamurlia de Jos", "Homa Bay").
_NAME = r"[A-Z][\w-]*(?:\s+(?:(?:de|del|da|do|la|le|el|al)\s+)?[A-Z][\w-]*){0,3}"

_UNIT_OF = re.compile(
    rf"\b(?:village|town|city|district|municipality|hamlet|township|province|suburb|island|settlement)s?"
    rf"\s+of\s+({_NAME})"
)

#: A comma list of names, closed by "and" / "or": "Suba, Migori, Homa Bay and Rongo".
_LIST = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})+(?:\s*,?\s+(?:and|or)\s+{_NAME})?")
_LIST_ITEM = re.compile(_NAME)

#: Entity labels that make a name something other than a place.
_NOT_PLACE_LABELS = {"PERSON", "ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE", "TIME"}

#: Items a list of places must have before the rest are taken as places too.
_MIN_PLACES_IN_LIST = 2


def pattern_mentions(doc: Doc, found: Sequence[Mention], gazetteer: Gazetteer) -> Iterable[Mention]:
    """Mentions the two patterns add to those already ``found``."""
    text = doc.text
    taken = {(m.start, m.end) for m in found}
    places = {(m.start, m.end): m for m in found if m.kind == "toponym"}
    candidates: list[tuple[int, int, str]] = []
    for match in _UNIT_OF.finditer(text):
        candidates.append((match.start(1), match.end(1), "unit-of"))
    for match in _LIST.finditer(text):
        items = [(match.start() + i.start(), match.start() + i.end()) for i in _LIST_ITEM.finditer(match.group())]
        items = [(s, e) for s, e in items if text[s:e] not in ("and", "or")]
        if sum(1 for item in items if item in places) >= _MIN_PLACES_IN_LIST:
            candidates.extend((s, e, "list") for s, e in items if (s, e) not in places)
    for start, end, source in candidates:
        if (start, end) in taken:
            continue
        name = text[start:end]
        if source == "list" and not (gazetteer.is_name(name) and _free(doc, start, end)):
            continue
        taken.add((start, end))
        yield Mention(text=name, start=start, end=end, confidence=0.5, source=source)


def _free(doc: Doc, start: int, end: int) -> bool:
    """Whether NER left the words alone, or called them a place."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(token.ent_type_ in _NOT_PLACE_LABELS for token in span)

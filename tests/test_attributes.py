"""The compiled attribute rules must annotate exactly as the model's own attribute_ruler."""

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from geomap.attributes import UnsupportedPattern, compile_ruler

SEED = Path(__file__).resolve().parent.parent / "seeds" / "us-russia-geneva-talks.txt"

#: Sentences that reach the rarer rules: two-token patterns ("gonna", "y'all",
#: "let's", "there are"), regexes ("nothin'"), dependency tests ("I" as subject
#: and object, auxiliaries, "but" as an adverb) and whitespace tokens.
TRICKY = [
    "We're gonna win, y'all. Ain't nothin' gonna stop us, but let's see.",
    "There are troops in Kyiv and there's talk of talks. I told them; they told me.",
    "KYIV, Ukraine (Reuters) -\n\nIt has been said that he'd have done it if it could.\n   Done.",
    "Did you see it? You did. Those who know, know; that is that. Which one? This.",
]


def annotations(doc):
    return doc.to_array([TAG, POS, MORPH, LEMMA, DEP]).tolist(), [str(t.morph) for t in doc]


@pytest.mark.parametrize("text", [*TRICKY, SEED.read_text(encoding="utf-8")])
def test_same_annotations_as_the_stock_ruler(nlp, text):
    with nlp.select_pipes(disable=["geomap_attributes"]):
        parsed = nlp(text)
    stock, compiled = parsed.copy(), parsed.copy()
    nlp.get_pipe("attribute_ruler")(stock)
    nlp.get_pipe("geomap_attributes")(compiled)
    assert annotations(compiled) == annotations(stock)


def test_the_pipeline_runs_the_compiled_rules(nlp):
    assert "geomap_attributes" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    assert nlp("Troops gathered near the border.")[0].pos_ == "NOUN"


def test_patterns_beyond_the_compiler_are_refused():
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the", "OP": "?"}]], {"POS": "DET"})
    with pytest.raises(UnsupportedPattern):
        compile_ruler(ruler)

"""Turn a place name into the key the gazetteer indexes it under.

One function decides what counts as "the same name" for both the builder and
every lookup, so an index built from GeoNames spellings and a query typed from
a news article meet on the same string: case-folded, accents stripped, curly
quotes and apostrophes dropped, dashes as spaces, "St."/"Ft."/"Mt." spelled
out and a leading "the" dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD leaves alone but a reader treats as plain Latin letters.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ß": "ss",
        "&": " and ",
    }
)

# Apostrophes, quotes and periods vanish ("L'viv" = "Lviv", "U.S." = "US");
# every other non-alphanumeric character separates words.
_VANISH = re.compile(r"[.'’‘`´ʹʼʻ′ʾʿ\"“”„«»]")
_SEPARATOR = re.compile(r"[^\w]+|_")

# Abbreviations a name may begin words with; expanded so both spellings meet.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


@lru_cache(maxsize=32_768)
def normalize(text: str) -> str:
    """Return the lookup key for ``text``; "" when nothing name-like is left.

    >>> normalize("St. Petersburg")
    'saint petersburg'
    >>> normalize("the Côte d’Ivoire")
    'cote divoire'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _VANISH.sub("", stripped.translate(_LETTERS))
    words = _SEPARATOR.sub(" ", plain).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


#: The Arabic article as English transliterations write it, assimilated or not
#: ("al-", "el-", "ash-", "az-", "ad-"...): one source writes "Al-Shadadi",
#: another "Ash Shaddadah", a third plain "Shadadi".
_ARABIC_ARTICLES = frozenset("al el ad adh an ar as ash at ath az ed en er es et ez".split())
_DOUBLED = re.compile(r"(.)\1+")
#: A final "h" after a vowel, which one transliteration writes and another
#: leaves out ("Raqqah", "Raqqa").
_FINAL_H = re.compile(r"(?<=[ae])h$")


@lru_cache(maxsize=8_192)
def fold(key: str) -> str:
    """A looser key for a normalised ``key``, on which transliterations of one
    name meet: a leading Arabic article dropped, word breaks, doubled letters
    and a final "h" after a vowel ignored. "Deir Ezzor" meets "Deir ez-Zor",
    "Qamishli" meets "Al Qamishli", "Al-Shadadi" meets "Ash Shaddadah"'s
    "Shadadi".

    Far more names collide on it than on ``normalize``: it is for places a
    recognised name finds no exact match for, never for deciding that a word
    is a place at all.

    >>> fold("deir ezzor") == fold("deir ez zor")
    True
    """
    words = key.split()
    if len(words) > 1 and words[0] in _ARABIC_ARTICLES:
        words = words[1:]
    return _FINAL_H.sub("", _DOUBLED.sub(r"\1", "".join(words)))


def is_plain(key: str) -> bool:
    """True when a normalised key is plain ASCII, i.e. a Latin-script name.

    Alternate names in other scripts cannot occur in the English text geomap
    reads, so the builder skips them to keep the index small.
    """
    return key.isascii()


def demonym_forms(word: str) -> list[str]:
    """Return the singular and plural keys of a demonym.

    "Russian" -> ["russian", "russians"]; words ending in a sibilant or
    "-ese" ("British", "Swiss", "Chinese") have no separate plural.
    """
    key = normalize(word)
    if not key:
        return []
    if key.endswith(("s", "sh", "ch", "x", "z", "ese")):
        return [key]
    return [key, key + "s"]

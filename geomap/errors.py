"""One rooted exception tree, as geopy's ``exc.py``.

Front ends catch ``GeomapError``: an ``InputError`` is the user's to fix (exit
code 2, one line on stderr); anything else that escapes is our bug (exit 1).
"""


class GeomapError(Exception):
    """Base of every error geomap raises on purpose."""


class InputError(GeomapError):
    """Bad input from the user: a missing, empty, binary or undecodable file,
    an unwritable output path, a malformed JSONL line."""


class DataError(GeomapError):
    """geomap's own data (gazetteer, shapes, NER model) is missing or broken."""


class MissingDependency(GeomapError):
    """An optional part geomap needs for what was asked is not installed
    (Playwright or Chromium for ``--png``)."""

"""Where geomap's own data files live.

In a checkout (and the Makefile's editable install) they are ``data/`` beside
the package; a regular install puts them under ``<prefix>/share/geomap/data``
(``setup.cfg``'s ``data_files``). ``GEOMAP_DATA_DIR`` overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent / "data"
_INSTALLED = Path(sys.prefix) / "share" / "geomap" / "data"


def data_dir() -> Path:
    """The folder holding countries.parquet, admin1.parquet, aliases.csv, groups.csv and event_ranker.json."""
    override = os.environ.get("GEOMAP_DATA_DIR")
    if override:
        return Path(override)
    if (_CHECKOUT / "aliases.csv").is_file():
        return _CHECKOUT
    return _INSTALLED


DATA_DIR = data_dir()

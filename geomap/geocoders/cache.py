"""The persistent cache of online geocoding answers, in SQLite.

One row per question asked of a service: the backend, the normalised query
and the request options (country hint, result count, endpoint) are the key;
the answer is the list of results the service gave, empty for a miss, so a
miss is not asked again either. Answers are stored as the service's own
records, not as Places, so a fix in how a backend's records are read needs no
new request. ``stored_at`` is kept for people inspecting the file; nothing
geomap outputs depends on it. Failures (timeouts, 429s, garbage) are never
stored: the next run asks again.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..gazetteer import default_cache_dir

__all__ = ["BackendCount", "GeocodeCache", "default_cache_path"]

#: Bumped when the table changes shape; an older file is emptied, not misread.
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    backend TEXT NOT NULL,
    query TEXT NOT NULL,
    options TEXT NOT NULL,
    results TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    PRIMARY KEY (backend, query, options)
)
"""


def default_cache_path() -> Path:
    """``geocode.sqlite`` in geomap's cache folder (beside the gazetteer index)."""
    return default_cache_dir() / "geocode.sqlite"


@dataclass(frozen=True)
class BackendCount:
    """How many answers one backend has in the cache, found and not found."""

    backend: str
    found: int
    missing: int

    @property
    def entries(self) -> int:
        return self.found + self.missing


class GeocodeCache:
    """Answers of online geocoders, kept across runs in one SQLite file.

    The file is created on the first ``put``; reading a cache that does not
    exist yet finds nothing and creates nothing.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()

    def get(self, backend: str, query: str, options: Mapping[str, Any]) -> list[dict[str, Any]] | None:
        """The stored results (``[]`` for a stored miss), or None when never asked."""
        if not self.path.exists():
            return None
        with self._connect() as db:
            row = db.execute(
                "SELECT results FROM answers WHERE backend = ? AND query = ? AND options = ?",
                (backend, query, _options_key(options)),
            ).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, backend: str, query: str, options: Mapping[str, Any], results: list[dict[str, Any]]) -> None:
        """Store the results of one question (an empty list records a miss)."""
        stored_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        with self._connect(create=True) as db:
            db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                (backend, query, _options_key(options), json.dumps(results, ensure_ascii=False), stored_at),
            )

    def counts(self) -> list[BackendCount]:
        """Entries per backend, by name."""
        if not self.path.exists():
            return []
        with self._connect() as db:
            rows = db.execute(
                "SELECT backend, SUM(results != '[]'), SUM(results = '[]') FROM answers"
                " GROUP BY backend ORDER BY backend"
            ).fetchall()
        return [BackendCount(backend, int(found), int(missing)) for backend, found, missing in rows]

    def size(self) -> int:
        """Bytes on disk (0 when there is no file yet)."""
        return self.path.stat().st_size if self.path.exists() else 0

    def clear(self, backend: str | None = None) -> int:
        """Forget every answer (or one backend's); return how many were dropped."""
        if not self.path.exists():
            return 0
        with self._connect() as db:
            if backend is None:
                dropped = db.execute("DELETE FROM answers").rowcount
            else:
                dropped = db.execute("DELETE FROM answers WHERE backend = ?", (backend,)).rowcount
            db.execute("VACUUM")
        return dropped

    @contextmanager
    def _connect(self, *, create: bool = False) -> Iterator[sqlite3.Connection]:
        if create:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DataError(f"cannot create cache folder {self.path.parent}: {exc.strerror or exc}") from None
        db = self._open()
        try:
            yield db
        except sqlite3.Error as exc:
            raise DataError(f"geocoding cache {self.path} is unusable: {exc}") from None
        finally:
            db.close()

    def _open(self) -> sqlite3.Connection:
        """A connection with the current schema; a damaged file is disposable
        (it only saves requests) and is started afresh."""
        for attempt in (1, 2):
            try:
                # Autocommit: each statement is its own transaction; a
                # concurrent run waits for the lock instead of failing.
                db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            except sqlite3.Error as exc:
                raise DataError(f"cannot open geocoding cache {self.path}: {exc}") from None
            try:
                _ensure_schema(db)
                return db
            except sqlite3.DatabaseError:
                db.close()
                if attempt == 2:
                    raise DataError(f"geocoding cache {self.path} is unusable") from None
                self.path.unlink(missing_ok=True)
        raise AssertionError("unreachable")


def _ensure_schema(db: sqlite3.Connection) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    # A new file, or one written by another schema: start it afresh.
    db.execute("DROP TABLE IF EXISTS answers")
    db.execute(_SCHEMA)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _options_key(options: Mapping[str, Any]) -> str:
    """The request options as one canonical string (sorted keys, lists as given)."""
    return json.dumps(dict(options), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

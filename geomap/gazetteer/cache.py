"""Where the built index lives, what version it is, and opening it once.

The file name carries a hash of everything the index is built from (source
package versions, the curated alias file, the builder's own code), so a
changed input builds a new file beside the old one and a stale index is
never opened. A lock file makes concurrent first runs build once.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import DataError
from . import sources
from .build import build_index
from .store import Gazetteer

log = logging.getLogger(__name__)


#: Index files kept per cache folder: other checkouts or versions may still use them.
KEEP_VERSIONS = 3

_OPENED: dict[tuple[Path, Path], Gazetteer] = {}
_OPENED_LOCK = threading.Lock()


def default_cache_dir() -> Path:
    """``$GEOMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/geomap``, else ``~/.cache/geomap``."""
    if os.environ.get("GEOMAP_CACHE_DIR"):
        return Path(os.environ["GEOMAP_CACHE_DIR"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / "geomap"


#: Geometry the index takes points from: the shape files and the module
#: that reads them (``shapes.country_centre``, ``shapes.admin1_centre``).
SHAPE_INPUTS = (
    sources.DATA_DIR / "countries.parquet",
    sources.DATA_DIR / "admin1.parquet",
    Path(__file__).resolve().parents[1] / "shapes.py",
)

#: Code outside this folder that reads the gazetteer's curated inputs.
READER_INPUTS = (
    Path(__file__).resolve().parents[1] / "groups.py",
    Path(__file__).resolve().parents[1] / "csvfile.py",
)


def index_version(aliases_path: Path = sources.DEFAULT_ALIASES_PATH) -> str:
    """Hash of the source package versions, the alias file, the group
    memberships, the shape files and the code that builds from them."""
    digest = hashlib.sha256()
    digest.update(json.dumps(sources.package_versions(), sort_keys=True).encode())
    digest.update(f"cities{sources.CITY_MIN_POPULATION}".encode())
    # Any edit to the gazetteer's own code may change the index: rebuild.
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.read_bytes())
    for path in (aliases_path, sources.DEFAULT_GROUPS_PATH, *SHAPE_INPUTS, *READER_INPUTS):
        try:
            digest.update(path.read_bytes())
        except OSError as exc:
            raise DataError(f"gazetteer input unreadable: {path}: {exc.strerror or exc}") from None
    return digest.hexdigest()[:16]


def index_path(cache_dir: Path, version: str) -> Path:
    """The index file for ``version`` inside ``cache_dir``."""
    return cache_dir / f"gazetteer-{version}.sqlite"


def open_gazetteer(
    cache_dir: str | os.PathLike[str] | None = None,
    *,
    aliases_path: str | os.PathLike[str] | None = None,
) -> Gazetteer:
    """Open the offline gazetteer, building its index on first use.

    The index is written to ``cache_dir`` (default ``default_cache_dir()``)
    under a name keyed by ``index_version``; later calls in any process just
    open it. Memoised per process and cache directory.
    """
    folder = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    aliases = Path(aliases_path) if aliases_path is not None else sources.DEFAULT_ALIASES_PATH
    memo_key = (folder.resolve(), aliases.resolve())
    with _OPENED_LOCK:
        if memo_key not in _OPENED:
            _OPENED[memo_key] = _open_or_build(folder, aliases)
        return _OPENED[memo_key]


def _open_or_build(folder: Path, aliases: Path) -> Gazetteer:
    version = index_version(aliases)
    path = index_path(folder, version)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(f"cannot create gazetteer cache folder {folder}: {exc.strerror or exc}") from None
    if path.exists():
        try:
            return Gazetteer(path)
        except DataError:
            # A damaged cache file is disposable: rebuild it once below.
            log.warning("gazetteer index %s is damaged; rebuilding", path)
            path.unlink(missing_ok=True)
    with _build_lock(folder):
        if not path.exists():  # another process may have built it meanwhile
            log.info("building gazetteer index %s (first use)", path)
            try:
                report = build_index(path, version=version, aliases_path=aliases)
            except (OSError, sqlite3.Error) as exc:
                raise DataError(f"cannot write gazetteer index {path}: {exc}") from exc
            log.info("built %d places, %d names in %.1f s", report.places, report.names, report.seconds)
            _prune(folder, keep=path)
    return Gazetteer(path)


def _prune(folder: Path, keep: Path) -> None:
    """Delete all but the newest ``KEEP_VERSIONS`` indexes, and temp files a
    killed build left behind. Readers of a deleted file keep their open handle."""
    indexes = sorted(folder.glob("gazetteer-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    stale = [p for p in indexes[KEEP_VERSIONS:] if p != keep]
    cutoff = time.time() - 3600
    stale += [p for p in folder.glob(".gazetteer-*.tmp") if p.stat().st_mtime < cutoff]
    for old in stale:
        log.info("removing old gazetteer file %s", old)
        old.unlink(missing_ok=True)


@contextmanager
def _build_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``<folder>/gazetteer.lock`` while building."""
    lock_path = folder / "gazetteer.lock"
    try:
        handle = open(lock_path, "a")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise DataError(f"cannot lock {lock_path}: {exc.strerror or exc}") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

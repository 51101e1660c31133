"""The folder a batch run writes: item rows, mentions, the done-index, failures.

Layout of ``DIR``::

    items/<part>.parquet     GeoParquet, one row per item (EPSG:4326)
    mentions/<part>.jsonl    one line per article: its id, hash and mentions
    index/<part>.jsonl       one line per article done in that part (the commit marker)
    failures.jsonl           articles that failed, with their error (the latest attempt)
    item_countries.parquet   the country each item lies in (a spatial join over the batch)

A part is one chunk of one run (``r0003-p00012``), so a later run only adds
files.  A part counts once its index file exists: that file is written last,
atomically, so a run killed halfway leaves either a whole part or files that
the next run deletes.  An article redone with ``--force`` lands in a new part;
the index names the part that holds each article's current rows, and readers
keep only those (older copies are also removed at the end of the run).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import write_atomic
from .errors import InputError
from .model import Article, Situation

if TYPE_CHECKING:
    import geopandas
    import pandas

ITEMS, MENTIONS, INDEX = "items", "mentions", "index"
FAILURES = "failures.jsonl"
ITEM_COUNTRIES = "item_countries.parquet"

#: Item columns and their pandas dtypes: fixed, so every part has the same
#: Arrow schema even when a column is empty in it (dask reads them as one table).
ITEM_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "article_hash": "string",
    "part": "string",
    "item_id": "string",
    "kind": "string",
    "role": "string",
    "side": "string",
    "sides": "string",
    "attribution": "string",
    "troop_count": "Int64",
    "troop_low": "Int64",
    "troop_high": "Int64",
    "unit": "string",
    "date": "string",
    "label": "string",
    "confidence": "float64",
    "sequence": "Int64",
    "article_date": "string",
    "article_title": "string",
}

_PART_NAME = re.compile(r"^r(\d{4,})-p(\d{5,})$")


def article_hash(article: Article) -> str:
    """What identifies an article's content: a rerun skips an article whose hash is done.

    Everything the pipeline reads is in it (text, date, title) and the id the
    rows carry; the source path is not, so moving a file does not redo it.
    """
    key = json.dumps([article.id, article.title, article.date, article.url, article.text], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def part_name(run: int, sequence: int) -> str:
    return f"r{run:04d}-p{sequence:05d}"


@dataclass(frozen=True)
class DoneRecord:
    """One article a part holds: the line the done-index keeps for it."""

    hash: str
    id: str
    items: int
    mentions: int

    def to_json(self) -> dict[str, Any]:
        return {"hash": self.hash, "id": self.id, "items": self.items, "mentions": self.mentions}


@dataclass(frozen=True)
class Failure:
    """An article that could not be read or mapped, and why.

    ``key`` is its content hash, or its source (``file:line``) when it could
    not even be read as an article.
    """

    key: str
    id: str
    source: str
    error: str

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "id": self.id, "source": self.source, "error": self.error}


@dataclass(frozen=True)
class PartResult:
    """What a worker hands back for one chunk: the part's files, ready to write."""

    part: str
    items: bytes
    mentions: str
    done: tuple[DoneRecord, ...]
    failures: tuple[Failure, ...]

    @property
    def articles(self) -> int:
        return len(self.done) + len(self.failures)


def item_rows(situation: Situation, hash_: str, part: str) -> list[dict[str, Any]]:
    """One row per item of a situation, geometry still a GeoJSON mapping."""
    rows = []
    for item in situation.items:
        count = item.troop_count
        low, high = count if isinstance(count, tuple) else (count, count)
        rows.append(
            {
                "article_id": situation.article.id,
                "article_hash": hash_,
                "part": part,
                "item_id": item.id,
                "kind": item.kind,
                "role": item.role,
                "side": item.side,
                # comma-joined as in the GeoJSON export: a column of scalars reads everywhere
                "sides": ",".join(item.sides) or None,
                "attribution": ",".join(item.attribution) or None,
                "troop_count": count if isinstance(count, int) else None,
                "troop_low": low,
                "troop_high": high,
                "unit": item.unit,
                "date": item.date,
                "label": item.label,
                "confidence": round(item.confidence, 3),
                "sequence": item.sequence,
                "article_date": situation.article.date,
                "article_title": situation.article.title or None,
                "geometry": item.geometry,
            }
        )
    return rows


def mentions_line(situation: Situation, hash_: str) -> str:
    """The mentions JSONL line of one article."""
    article = situation.article
    record = {
        "id": article.id,
        "hash": hash_,
        "source": article.source,
        "title": article.title,
        "date": article.date,
        "url": article.url,
        "countries": list(situation.countries),
        "mentions": [m.to_json() for m in situation.mentions],
    }
    return json.dumps(record, ensure_ascii=False) + "\n"


def items_frame(rows: list[dict[str, Any]]) -> geopandas.GeoDataFrame:
    """Item rows as a GeoDataFrame with the fixed column types."""
    import geopandas
    import pandas
    import shapely.geometry

    frame = pandas.DataFrame({name: [row[name] for row in rows] for name in ITEM_COLUMNS})
    frame = frame.astype(ITEM_COLUMNS)
    geometry = [shapely.geometry.shape(row["geometry"]) for row in rows]
    return geopandas.GeoDataFrame(frame, geometry=geopandas.GeoSeries(geometry, crs="EPSG:4326"))


def geoparquet_bytes(frame: geopandas.GeoDataFrame) -> bytes:
    """A GeoDataFrame as GeoParquet bytes (built in the worker; the driver only writes them)."""
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, compression="zstd")
    return buffer.getvalue()


def part_result(
    part: str, outcomes: Iterable[tuple[str, Situation]], failures: Iterable[Failure] = ()
) -> PartResult:
    """Pack the situations of one chunk into its part's files."""
    rows: list[dict[str, Any]] = []
    lines: list[str] = []
    done: list[DoneRecord] = []
    for hash_, situation in outcomes:
        rows.extend(item_rows(situation, hash_, part))
        lines.append(mentions_line(situation, hash_))
        done.append(DoneRecord(hash_, situation.article.id, len(situation.items), len(situation.mentions)))
    return PartResult(part, geoparquet_bytes(items_frame(rows)), "".join(lines), tuple(done), tuple(failures))


class BatchFolder:
    """Reading and writing one batch output folder (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    # -- creating and checking -------------------------------------------------

    def prepare(self) -> None:
        """Create the folder (an ``InputError`` if it cannot be) and drop uncommitted parts."""
        if self.path.exists() and not self.path.is_dir():
            raise InputError(f"--out {self.path} exists and is not a folder")
        try:
            for sub in (ITEMS, MENTIONS, INDEX):
                (self.path / sub).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot create {self.path}: {exc.strerror or exc}") from None
        if not os.access(self.path, os.W_OK):
            raise InputError(f"cannot write {self.path}: folder is not writable")
        committed = set(self.parts())
        for sub in (ITEMS, MENTIONS):
            for file in (self.path / sub).iterdir():
                # Written by a run that died before committing the part (or a temp file).
                if file.name.split(".")[0] not in committed:
                    file.unlink(missing_ok=True)

    def require(self) -> None:
        """An ``InputError`` unless this is a batch output folder."""
        if not (self.path / INDEX).is_dir():
            raise InputError(f"{self.path} is not a batch output folder (run `geomap batch ... --out {self.path}`)")

    # -- parts ------------------------------------------------------------------

    def parts(self) -> list[str]:
        """Committed part names, oldest first."""
        folder = self.path / INDEX
        if not folder.is_dir():
            return []
        names = [f.name[: -len(".jsonl")] for f in folder.iterdir() if f.name.endswith(".jsonl")]
        return sorted(n for n in names if _PART_NAME.match(n))

    def next_run(self) -> int:
        """The number of a new run: one after every part on disk, committed or not."""
        runs = [0]
        for sub in (ITEMS, MENTIONS, INDEX):
            folder = self.path / sub
            for file in folder.iterdir() if folder.is_dir() else ():
                match = _PART_NAME.match(file.name.split(".")[0])
                if match:
                    runs.append(int(match.group(1)))
        return max(runs) + 1

    def write_part(self, result: PartResult) -> None:
        """Write a part's files; the index file last, which commits it."""
        write_atomic(self.path / ITEMS / f"{result.part}.parquet", result.items)
        write_atomic(self.path / MENTIONS / f"{result.part}.jsonl", result.mentions)
        index = "".join(json.dumps(d.to_json()) + "\n" for d in result.done)
        write_atomic(self.path / INDEX / f"{result.part}.jsonl", index)

    def done_index(self) -> dict[str, str]:
        """Article hash -> the part holding its current rows (the latest part wins)."""
        current: dict[str, str] = {}
        for part in self.parts():
            for record in _jsonl(self.path / INDEX / f"{part}.jsonl"):
                current[record["hash"]] = part
        return current

    def drop_superseded(self, redone: set[str], current: dict[str, str]) -> None:
        """Remove redone articles' older rows from the parts that held them.

        The index is rewritten first: from then on readers ignore the old rows
        even if the run stops before the data files are rewritten.
        """
        if not redone:
            return
        for part in self.parts():
            index_path = self.path / INDEX / f"{part}.jsonl"
            records = list(_jsonl(index_path))
            stale = {r["hash"] for r in records if r["hash"] in redone and current.get(r["hash"]) != part}
            if not stale:
                continue
            kept_records = [json.dumps(r) + "\n" for r in records if r["hash"] not in stale]
            if not kept_records:  # nothing current left in the part: remove it, index first
                for file in (index_path, self.path / MENTIONS / f"{part}.jsonl", self.path / ITEMS / f"{part}.parquet"):
                    file.unlink(missing_ok=True)
                continue
            write_atomic(index_path, "".join(kept_records))
            mentions_path = self.path / MENTIONS / f"{part}.jsonl"
            kept = [json.dumps(r, ensure_ascii=False) + "\n" for r in _jsonl(mentions_path) if r["hash"] not in stale]
            write_atomic(mentions_path, "".join(kept))
            items_path = self.path / ITEMS / f"{part}.parquet"
            frame = _read_geoparquet(items_path)
            write_atomic(items_path, geoparquet_bytes(frame[~frame["article_hash"].isin(stale)]))

    # -- failures ---------------------------------------------------------------

    def failures(self) -> list[Failure]:
        path = self.path / FAILURES
        return [Failure(**record) for record in _jsonl(path)] if path.exists() else []

    def write_failures(self, failures: Iterable[Failure]) -> None:
        lines = [json.dumps(f.to_json(), ensure_ascii=False) + "\n" for f in failures]
        write_atomic(self.path / FAILURES, "".join(lines))

    # -- reading back -----------------------------------------------------------

    def item_files(self) -> list[Path]:
        return [self.path / ITEMS / f"{part}.parquet" for part in self.parts()]

    def read_items(self) -> geopandas.GeoDataFrame:
        """Every current item row of the batch, as one GeoDataFrame."""
        import geopandas
        import pandas

        frames = [_read_geoparquet(path) for path in self.item_files()]
        if not frames:
            return items_frame([])
        frame = geopandas.GeoDataFrame(pandas.concat(frames, ignore_index=True), crs="EPSG:4326")
        return current_rows(frame, self.done_index())

    def read_mentions(self) -> Iterator[dict[str, Any]]:
        """Every current article's mentions line, as a dict."""
        current = self.done_index()
        for part in self.parts():
            for record in _jsonl(self.path / MENTIONS / f"{part}.jsonl"):
                if current.get(record["hash"]) == part:
                    yield record


def current_rows(frame: pandas.DataFrame, current: dict[str, str]) -> Any:
    """Rows whose part is the one the index names for their article."""
    wanted = frame["article_hash"].map(current)
    return frame[(wanted == frame["part"]).fillna(False).astype(bool)].reset_index(drop=True)


def _read_geoparquet(path: Path) -> geopandas.GeoDataFrame:
    import geopandas

    return geopandas.read_parquet(path)


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def join_item_countries(folder: BatchFolder, *, scheduler: Any = None) -> tuple[pandas.DataFrame, int]:
    """The country each current item lies in, by a dask-geopandas spatial join over the batch.

    Each item is placed by a point inside it (a movement by a point on its
    line); an item at sea has no row.  ``scheduler`` is passed to
    ``compute`` (a ``distributed.Client`` runs the join on the cluster).
    Returns a frame with columns ``article_hash``, ``item_id``, ``country``
    (ISO alpha-2), and the number of current items in the batch.
    """
    import dask
    import dask_geopandas
    import pandas

    from .shapes import countries

    files = [str(p) for p in folder.item_files()]
    columns = ["article_hash", "item_id", "country"]
    if not files:
        return pandas.DataFrame({c: pandas.Series(dtype="string") for c in columns}), 0
    current = folder.done_index()
    items = dask_geopandas.read_parquet(files, columns=["article_hash", "part", "item_id", "geometry"])
    items = items.map_partitions(current_rows, current, meta=items._meta)
    points = items.set_geometry(items.geometry.representative_point())
    shapes = countries()
    shapes = shapes[shapes["iso2"].notna()][["iso2", "geometry"]]
    shapes = dask_geopandas.from_geopandas(shapes, npartitions=1)
    joined = dask_geopandas.sjoin(points, shapes, predicate="within")  # inner: dask-geopandas has no left join
    with warnings.catch_warnings():
        # dask's parquet reader still calls reset_index(inplace=True), which pandas 3.1 deprecates.
        warnings.filterwarnings("ignore", message="The inplace keyword", category=Warning)
        frame, total = dask.compute(
            joined[["article_hash", "item_id", "iso2"]], items.index.size, scheduler=scheduler
        )
    # A point on a shared border falls "within" neither or, rarely, both: keep the first.
    frame = frame.drop_duplicates(["article_hash", "item_id"]).rename(columns={"iso2": "country"})
    frame = frame.sort_values(["article_hash", "item_id"]).reset_index(drop=True)
    return frame.astype({c: "string" for c in columns}), int(total)


def write_item_countries(folder: BatchFolder, *, scheduler: Any = None) -> tuple[int, int]:
    """Write ``item_countries.parquet``; returns how many items the batch holds, and in how many countries."""
    frame, total = join_item_countries(folder, scheduler=scheduler)
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, compression="zstd")
    write_atomic(folder.path / ITEM_COUNTRIES, buffer.getvalue())
    return total, int(frame["country"].nunique())

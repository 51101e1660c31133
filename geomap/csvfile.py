"""Reading the curated CSV files in ``data/``: one place that turns a missing,
unreadable or misheaded file into a ``DataError`` naming it, so each reader
only checks its own rows."""

from __future__ import annotations

import csv
from pathlib import Path

from .errors import DataError


def checked_rows(path: Path, columns: tuple[str, ...], what: str) -> list[tuple[int, dict[str, str | None]]]:
    """``(line number, row)`` for every data row of a CSV file whose header must be ``columns``."""
    if not path.is_file():
        raise DataError(f"{what} missing: {path}")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read {what} {path}: {exc}") from None
    reader = csv.DictReader(text.splitlines())
    if tuple(reader.fieldnames or ()) != columns:
        raise DataError(f"{path}: header must be {','.join(columns)}")
    return list(enumerate(reader, start=2))

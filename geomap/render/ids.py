"""Deterministic element ids for folium/branca, so a rebuild is byte-identical.

branca gives every element a random id (``urandom(16)``) that ends up in the
HTML as JavaScript variable names, so two renders of the same Situation differ.
Inside :func:`stable_ids` the ids come from a counter instead, in creation
order; since the map is built in a fixed order, the same input gives the same
names.  The counter lives in a ``ContextVar``, so renders in other threads (or
other folium users in this process) keep their own ids and see no change.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from branca.element import Element

_counter: ContextVar[Iterator[int] | None] = ContextVar("geomap_render_ids", default=None)
_random_id = Element._generate_id


def _generate_id(cls: type[Element]) -> str:
    counter = _counter.get()
    if counter is None:
        return _random_id()
    return f"{next(counter):x}"


# Installed once at import; outside ``stable_ids`` it defers to branca's own.
Element._generate_id = classmethod(_generate_id)  # type: ignore[method-assign,assignment]


@contextmanager
def stable_ids() -> Iterator[None]:
    """Number every element created in this block 1, 2, 3... (hex)."""
    token = _counter.set(itertools.count(1))
    try:
        yield
    finally:
        _counter.reset(token)

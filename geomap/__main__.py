"""``python -m geomap`` is the ``geomap`` command."""

from .cli import entry_point

entry_point()

"""geomap: turn a news article into an offline situation map."""

__version__ = "0.1.0"

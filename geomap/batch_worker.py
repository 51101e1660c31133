"""The ``dask.distributed`` worker plugin: the NER model and gazetteer, loaded once per worker.

Its own module because it subclasses ``distributed.WorkerPlugin``, so importing
it imports distributed: only a run on a cluster pays for that.
"""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin


class GeomapWorkerPlugin(WorkerPlugin):
    """Loads the pipeline's heavy parts when a worker joins, before its first task.

    Tasks then find them in the per-process caches (``geomap.nlp.load_nlp``,
    ``geomap.pipeline.process_gazetteer``) instead of loading them per article.
    """

    def __init__(self, gazetteer_path: str | None = None) -> None:
        self.gazetteer_path = gazetteer_path

    def setup(self, worker: Any) -> None:
        from .pipeline import process_gazetteer, warm_up

        warm_up(process_gazetteer(self.gazetteer_path))

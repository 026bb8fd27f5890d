"""Enrichment on a Dask cluster: the stateless model work of each batch (NER model outputs,
embeddings) on worker processes, everything that reads or writes shared state in the client.

``LocalEnrichCluster(n)`` starts ``n`` worker processes on this machine; ``connect(address)``
joins a running scheduler (``tcp://HOST:PORT``). Either gives a :class:`DaskEnricher` for
``Pipeline(..., enricher=...)``. See ``docs/SCALE.md``.
"""
from __future__ import annotations

from typing import Any

from .enricher import DaskEnricher, PendingEnrichment

__all__ = ["DaskEnricher", "EnrichCluster", "LocalEnrichCluster", "PendingEnrichment", "connect"]


class EnrichCluster:
    """A ``distributed.Client`` (and the cluster it started, if any), closed together."""

    def __init__(self, client: Any, cluster: Any = None) -> None:
        self.client, self.cluster = client, cluster
        self._enricher = DaskEnricher(client)

    def enricher(self) -> DaskEnricher:
        return self._enricher

    def worker_cpu_seconds(self) -> float:
        return self._enricher.worker_cpu_seconds()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> "EnrichCluster":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def LocalEnrichCluster(n_workers: int) -> EnrichCluster:  # noqa: N802 - reads as a class
    """``n_workers`` worker processes (one thread each) on this machine, no dashboard."""
    from distributed import Client, LocalCluster  # optional dependency: the `cluster` extra
    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return EnrichCluster(Client(cluster), cluster)


def connect(address: str) -> EnrichCluster:
    """A client of the scheduler at ``address`` (``tcp://HOST:PORT``); its workers must be able to
    import this version of newsweave."""
    from distributed import Client  # optional dependency: the `cluster` extra
    return EnrichCluster(Client(address))

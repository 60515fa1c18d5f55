"""Batch summarization on Dask: the same code on one machine or on a cluster.

    import dask.bag as db
    from distributed import Client, LocalCluster
    import precis.dask

    with Client(LocalCluster(n_workers=2)):
        bag = db.read_text("clusters.jsonl").map(json.loads)
        lines = precis.dask.summarize_bag(bag, words=100).compute()

Each partition is summarized by `precis.summarize_many` on its worker; the
order of the input is kept. docs/PYTHON.md tells how to run it on several
machines.
"""
import precis

__all__ = ["summarize_bag", "summarize_dataframe"]


def _summarize_partition(clusters, threads, options):
    return [s.to_json() for s in precis.summarize_many(list(clusters), threads=threads, **options)]


def summarize_bag(bag, threads=1, **options):
    """A bag of clusters (dicts {"id", "documents"} or lists of documents) to a
    bag of summary JSON lines, each what `precis summarize --format json`
    writes for it (and `precis batch`, which adds the input "line").
    `threads` native threads per partition; options as for
    `precis.summarize`."""
    return bag.map_partitions(_summarize_partition, threads, options)


def summarize_dataframe(df, documents="documents", id="id", column="summary", threads=1,
                        **options):
    """Adds a column `column` with each row's summary JSON line to a Dask (or
    pandas-partitioned) dataframe whose column `documents` holds each
    cluster's documents (a list of strings, pairs or dicts) and `id` its id
    (optional)."""

    def partition(frame):
        clusters = []
        for _, row in frame.iterrows():
            cluster = {"documents": list(row[documents])}
            if id in frame.columns and row[id] is not None:
                cluster["id"] = str(row[id])
            clusters.append(cluster)
        out = frame.copy()
        out[column] = _summarize_partition(clusters, threads, options) if clusters else []
        return out

    meta = df._meta.copy()
    meta[column] = ""  # An empty frame: the column's type, strings.
    return df.map_partitions(partition, meta=meta)

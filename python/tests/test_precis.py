"""Tests of the Python package, run by ctest (PythonTests) with PYTHONPATH set to
the build tree's python/ and PRECIS_BINARY to the command-line tool."""
import json
import os
import subprocess
import threading
import time

import pytest

import precis

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = os.path.join(ROOT, "examples", "sony-hack")
BINARY = os.environ.get("PRECIS_BINARY", os.path.join(ROOT, "build", "apps", "cli", "precis"))
SHARED = os.environ.get("PRECIS_SHARED_DATA", os.path.join(os.path.dirname(ROOT), "shared", "data"))
MULTINEWS = os.path.join(SHARED, "multinews_sample", "validation.jsonl")


def example_documents():
    names = sorted(os.listdir(EXAMPLE))
    return [(os.path.splitext(n)[0], open(os.path.join(EXAMPLE, n), encoding="utf-8").read())
            for n in names]


def cli(*args, stdin=None):
    run = subprocess.run([BINARY, *args], capture_output=True, text=True, input=stdin)
    assert run.returncode == 0, run.stderr
    return run.stdout


def multinews_clusters(limit=None):
    if not os.path.exists(MULTINEWS):
        pytest.skip("no development data")
    with open(MULTINEWS, encoding="utf-8") as f:
        clusters = [json.loads(line) for line in f if line.strip()]
    return clusters[:limit] if limit else clusters


def test_summary_is_what_the_command_line_prints():
    summary = precis.summarize(example_documents(), words=60, id="sony-hack")
    expected = cli("summarize", EXAMPLE, "--words", "60", "--format", "json")
    assert summary.to_json() + "\n" == expected
    assert summary.to_dict() == json.loads(expected)
    assert summary.text == " ".join(s.text for s in summary.sentences)
    texts = dict(example_documents())
    for s in summary.sentences:
        original = texts[s.doc].encode("utf-8")[s.start:s.end].decode("utf-8")
        assert " ".join(original.split())[:30] == " ".join(s.text.split())[:30]
        assert s.doc not in s.supported_by


def test_documents_as_strings_pairs_and_dicts():
    text = "Nine people died when the storm hit Galveston on Monday. The mayor ordered an evacuation."
    as_strings = precis.summarize([text, text.replace("Nine", "Seven")], sentences=1)
    assert as_strings.sentences[0].doc in ("0", "1")
    as_pairs = precis.summarize([("a", text), ("b", "Schools stayed closed on Tuesday.")], sentences=1)
    assert as_pairs.sentences[0].doc in ("a", "b")
    as_html = precis.summarize([{"id": "h", "html": f"<html><body><p>{text}</p></body></html>"}],
                               sentences=1)
    assert as_html.sentences[0].doc == "h"
    with pytest.raises(TypeError):
        precis.summarize("just one string")
    with pytest.raises(TypeError):
        precis.summarize([42])


def test_keywords_are_named_like_the_command_line_options():
    docs = example_documents()
    a = precis.summarize(docs, sentences=2, method="lexrank", support_threshold=0.4,
                         param={"lexrank.damping": 0.9})
    expected = cli("summarize", EXAMPLE, "--sentences", "2", "--method", "lexrank",
                   "--support-threshold", "0.4", "--param", "lexrank.damping=0.9",
                   "--format", "json")
    assert a.to_dict()["sentences"] == json.loads(expected)["sentences"]
    b = precis.summarize(docs, bytes=300, truncate=True, method="centroid", mmr_lambda=0.7)
    assert b.bytes == 300
    assert precis.summarize(docs, words=20).words <= 20


def test_errors_are_precis_error_with_the_library_message():
    with pytest.raises(precis.Error, match="unknown method 'nope'"):
        precis.summarize(["One sentence."], method="nope")
    with pytest.raises(precis.Error, match="unknown field 'wrods'"):
        precis.summarize(["One sentence."], wrods=5)
    with pytest.raises(precis.Error, match="no text left after cleaning"):
        precis.summarize(["Copyright 2014 The Times."])
    with pytest.raises(precis.Error):
        precis.summarize([])
    with pytest.raises(precis.Error, match="cluster 1"):
        precis.summarize_many([["A sentence here."], ["Copyright 2014 The Times."]])
    with pytest.raises(precis.Error, match="at most 1024"):
        precis.summarize_many([["A sentence here."]], threads=1025)
    with pytest.raises(TypeError):
        precis.summarize_many([["A sentence here."]], threads=-1)
    assert issubclass(precis.Error, Exception)


def test_analyze_rouge_segment_methods():
    analysis = precis.analyze(example_documents())
    names = {v["value"] for d in analysis["differences"] for v in d["values"]}
    assert {"Guardians for Peace", "Steve Carell"} <= names
    assert analysis == json.loads(cli("analyze", EXAMPLE, "--format", "json")) | {"id": "request"}
    scores = precis.rouge("The cat sat on the mat.", ["The cat sat on the mat."], metrics="1,2,L",
                          resamples=0)
    assert scores["ROUGE-1"]["R"] == 1.0 and scores["ROUGE-L"]["F"] == 1.0
    assert precis.segment("Mr. Smith arrived in the U.S. on Dec. 25. He left.") == [
        "Mr. Smith arrived in the U.S. on Dec. 25.", "He left."]
    assert "default" in precis.methods() and "lexrank" in precis.methods()


def test_summarize_many_keeps_order_and_matches_one_by_one():
    clusters = multinews_clusters(20)
    many = precis.summarize_many(clusters, threads=2, words=80)
    one_by_one = [precis.summarize(c["documents"], id=c["id"], words=80) for c in clusters]
    assert [s.to_json() for s in many] == [s.to_json() for s in one_by_one]


def test_native_calls_release_the_gil():
    clusters = multinews_clusters(60)
    span = {}

    def native():
        span["start"] = time.monotonic()
        precis.summarize_many(clusters, threads=1)
        span["end"] = time.monotonic()

    thread = threading.Thread(target=native)
    samples = []
    thread.start()
    count = 0
    while thread.is_alive():
        count += 1
        if count % 1000 == 0:
            samples.append(time.monotonic())
    thread.join()
    # Python kept running while the native call worked: were the GIL held,
    # no sample could fall inside the call (past the first switch interval).
    inside = [t for t in samples if span["start"] + 0.02 < t < span["end"] - 0.02]
    assert span["end"] - span["start"] > 0.1, "the batch is too small to tell"
    assert len(inside) > 100, (len(inside), span)


def test_dask_on_a_local_cluster_equals_precis_batch():
    clusters = multinews_clusters()
    dask_bag = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    import precis.dask

    expected = cli("batch", "--in", MULTINEWS, "--threads", "2").splitlines()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        bag = dask_bag.from_sequence(clusters, npartitions=8)
        lines = precis.dask.summarize_bag(bag).compute()
    assert len(lines) == len(expected) == len(clusters)
    # The same records but for the input line number that `precis batch` adds.
    records = [json.loads(line) for line in expected]
    for number, record in enumerate(records, start=1):
        assert record.pop("line") == number
    assert [json.loads(line) for line in lines] == records


def test_dask_dataframe():
    pandas = pytest.importorskip("pandas")
    dask_dataframe = pytest.importorskip("dask.dataframe")
    import precis.dask

    clusters = multinews_clusters(12)
    frame = pandas.DataFrame({"id": [c["id"] for c in clusters],
                              "documents": [c["documents"] for c in clusters]})
    result = precis.dask.summarize_dataframe(dask_dataframe.from_pandas(frame, npartitions=3),
                                             words=50).compute(scheduler="threads")
    assert list(result["id"]) == list(frame["id"])
    for row in result.itertuples():
        summary = json.loads(row.summary)
        assert summary["id"] == row.id and summary["words"] <= 50

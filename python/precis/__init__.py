"""Precis: cited multi-document summaries, agreement reports and ROUGE, from Python.

    import precis
    summary = precis.summarize(["First article ...", "Second article ..."], words=60)
    print(summary.text)
    for s in summary.sentences:
        print(s.doc, s.start, s.end, s.supported_by)

Keyword arguments are named like the command-line options (`support_threshold`
for `--support-threshold`); every library error raises `precis.Error` with the
library's message. The work runs in C++ with the GIL released, so threads
overlap; `summarize_many` spreads a batch over native threads.
"""
import json

from . import _precis

__all__ = ["Error", "Sentence", "Summary", "summarize", "summarize_many", "analyze", "rouge",
           "segment", "methods"]

Error = _precis.Error
Error.__doc__ = "An error of the Precis library; the message is the library's, on one line."


class Sentence:
    """A summary sentence: its text, source document, byte span in that document's
    original text, and the other documents that state the same."""

    __slots__ = ("text", "doc", "start", "end", "supported_by")

    def __init__(self, fields):
        self.text = fields["text"]
        self.doc = fields["doc"]
        self.start = fields["start"]
        self.end = fields["end"]
        self.supported_by = list(fields.get("supported_by", []))

    def __repr__(self):
        return f"Sentence(doc={self.doc!r}, start={self.start}, end={self.end}, text={self.text!r})"


class Summary:
    """A summary as `precis summarize --format json` prints it: `to_json()` is that
    exact line, `to_dict()` its value."""

    def __init__(self, json_text):
        self._json = json_text
        self._dict = json.loads(json_text)
        self.id = self._dict.get("id")
        self.method = self._dict.get("method")
        self.text = self._dict.get("summary", "")
        self.words = self._dict.get("words", 0)
        self.bytes = self._dict.get("bytes", 0)
        self.sentences = [Sentence(s) for s in self._dict.get("sentences", [])]
        self.notes = list(self._dict.get("notes", []))
        self.empty_documents = list(self._dict.get("empty_documents", []))

    def to_dict(self):
        return json.loads(self._json)

    def to_json(self):
        return self._json

    def __str__(self):
        return self.text

    def __repr__(self):
        return f"Summary(id={self.id!r}, method={self.method!r}, words={self.words})"


def _documents(documents):
    """Documents as the request takes them: strings, (id, text) pairs or dicts
    ({"id", "text"} or {"id", "html"})."""
    if isinstance(documents, (str, bytes, dict)):
        raise TypeError("documents must be a list of strings, (id, text) pairs or dicts")
    out = []
    for i, d in enumerate(documents):
        if isinstance(d, str):
            out.append({"id": str(i), "text": d})
        elif isinstance(d, tuple) and len(d) == 2:
            out.append({"id": str(d[0]), "text": d[1]})
        elif isinstance(d, dict):
            out.append(d)
        else:
            raise TypeError(f"documents[{i}]: expected a string, an (id, text) pair or a dict, "
                            f"got {type(d).__name__}")
    return out


def _cluster(cluster):
    """A cluster: a list of documents, or a dict {"id", "documents"}."""
    if isinstance(cluster, dict):
        request = {"documents": _documents(cluster.get("documents", []))}
        if cluster.get("id") is not None:
            request["id"] = cluster["id"]
        return request
    return {"documents": _documents(cluster)}


def _options(options):
    return {key: value for key, value in options.items() if value is not None}


def _summary_request(cluster, words, options):
    request = _cluster(cluster)
    if options.get("bytes") is None and options.get("sentences") is None:
        request["words"] = words
    request.update(_options(options))
    return json.dumps(request)


def summarize(documents, words=100, method="default", id=None, **options):
    """Summarizes one cluster. `documents`: strings, (id, text) pairs, or dicts
    {"id", "text"} / {"id", "html"}. Options as on the command line: `bytes`,
    `sentences`, `truncate`, `mmr_lambda`, `position_weight`, `support_threshold`,
    `param` ({"lexrank.damping": 0.9}), `repair_utf8`, `max_document_bytes`."""
    cluster = {"id": id, "documents": documents}
    return Summary(_precis.summarize(_summary_request(cluster, words,
                                                      dict(options, method=method))))


def summarize_many(clusters, threads=0, words=100, method="default", **options):
    """Summaries of many clusters (each a list of documents or a dict {"id",
    "documents"}), in order, on `threads` native threads (0: one per core)."""
    requests = [_summary_request(c, words, dict(options, method=method)) for c in clusters]
    return [Summary(s) for s in _precis.summarize_many(requests, threads)]


def analyze(documents, id=None, **options):
    """What the documents agree on, where they differ, who said what: the dict
    `precis analyze --format json` prints. Options: `shared_threshold`,
    `unique_threshold`, `repair_utf8`, `max_document_bytes`."""
    request = _cluster({"id": id, "documents": documents})
    request.update(_options(options))
    return json.loads(_precis.analyze(json.dumps(request)))


def rouge(system, references, stem=True, **options):
    """ROUGE of one summary against its references, as the official ROUGE-1.5.5
    script computes it: the dict `precis eval --format json` prints. A summary is
    a string (split into sentences) or a list of sentences. Options: `metrics`
    ("1,2,L,SU4"), `remove_stopwords`, `words`, `bytes`, `alpha`, `multi`,
    `confidence`, `resamples`, `seed`."""
    if isinstance(references, str):
        references = [references]
    request = {"system": system, "references": list(references), "stem": stem}
    request.update(_options(options))
    return json.loads(_precis.rouge(json.dumps(request)))


def segment(text):
    """The sentences of `text` as Precis splits them (no cleaning): a list of
    strings."""
    encoded = text.encode("utf-8")
    return [encoded[start:end].decode("utf-8") for start, end in _precis.segment(text)]


def methods():
    """{name: one-line description} of the summarization methods."""
    return dict(_precis.methods())

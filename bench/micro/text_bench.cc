// Copyright 2026 The Precis Authors.
//
// The text pipeline: reading a JSONL line, cleaning, segmentation, both
// (PreprocessCluster), tokenizing, stemming, and all of them together, in
// bytes of input per second.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "base/mapped_text.h"
#include "bench_data.h"
#include "normalize/text_cleaner.h"
#include "precis/preprocess.h"
#include "precis/reader.h"
#include "segment/sentence_splitter.h"
#include "tokenize/stemmer.h"
#include "tokenize/stopwords.h"
#include "tokenize/tokenizer.h"

namespace precis::bench {
namespace {

// Every sentence has text, and its span lies in its document's original and
// starts where the sentence's first byte (or a decoded form of it) is.
bool SentencesCiteTheirBytes(const Cluster& cluster, std::string* problem) {
  size_t sentences = 0;
  for (const Document& doc : cluster.documents) {
    for (const Sentence& s : doc.sentences) {
      ++sentences;
      if (s.text.empty() || s.span.begin >= s.span.end || s.span.end > doc.original.size()) {
        *problem = cluster.id + "/" + doc.id + ": a sentence with a bad span";
        return false;
      }
    }
  }
  if (sentences == 0) *problem = cluster.id + ": no sentence";
  return sentences > 0;
}

// Cleans, segments, tokenizes and stems the content words of `raw`;
// returns the number of content words.
size_t RunTextPipeline(const RawCluster& raw, Cluster* cluster, std::vector<Token>* tokens) {
  PreprocessCluster(raw, PreprocessOptions(), cluster);
  Stemmer stemmer;
  size_t content_words = 0;
  for (const Document& doc : cluster->documents) {
    for (const Sentence& s : doc.sentences) {
      Tokenize(s.text, tokens);
      for (const Token& t : *tokens) {
        if (t.is_number || IsStopword(t.folded)) continue;
        benchmark::DoNotOptimize(stemmer.Stem(t.folded));
        ++content_words;
      }
    }
  }
  return content_words;
}

void BM_ReadJsonl(benchmark::State& state) {
  const std::string path = DataPath(kMultiNews);
  const std::vector<RawCluster>& expected = RawClusters(kMultiNews);
  std::vector<std::string> lines;
  std::ifstream in(path);
  for (std::string line; lines.size() < expected.size() && std::getline(in, line);) {
    lines.push_back(line);
  }
  RawCluster first;
  if (lines.empty() || !ParseJsonCluster(lines[0], "bench", "bench", &first).ok() ||
      first.documents.size() != expected[0].documents.size() ||
      first.documents[0].original != expected[0].documents[0].original) {
    FailCheck(state, "the first line does not parse to the cluster the data loader read");
    return;
  }
  size_t bytes = 0;
  for (const std::string& line : lines) bytes += line.size();
  for (auto _ : state) {
    for (const std::string& line : lines) {
      RawCluster cluster;
      benchmark::DoNotOptimize(ParseJsonCluster(line, "bench", "bench", &cluster));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond);

// Cleaning and segmentation of raw web text.
void BM_Preprocess(benchmark::State& state) {
  const std::vector<RawCluster>& raw = RawClusters(kMultiNews);
  for (const RawCluster& r : raw) {
    Cluster cluster;
    std::string problem;
    if (!PreprocessCluster(r, PreprocessOptions(), &cluster).ok() ||
        !SentencesCiteTheirBytes(cluster, &problem)) {
      FailCheck(state, "preprocessing " + r.id + ": " + problem);
      return;
    }
  }
  for (auto _ : state) {
    for (const RawCluster& r : raw) {
      Cluster cluster;
      benchmark::DoNotOptimize(PreprocessCluster(r, PreprocessOptions(), &cluster));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * OriginalBytes(raw)));
}
BENCHMARK(BM_Preprocess)->Unit(benchmark::kMillisecond);

// Cleaning alone (the text documents of the set: no HTML to extract).
void BM_Clean(benchmark::State& state) {
  const std::vector<RawCluster>& raw = RawClusters(kMultiNews);
  size_t kept = 0;
  for (const RawCluster& r : raw) {
    for (const RawDocument& d : r.documents) {
      CleanedText cleaned;
      CleanText(MappedText::Identity(d.original), "", &cleaned);
      kept += cleaned.body.size();
    }
  }
  if (kept == 0 || kept >= OriginalBytes(raw)) {
    FailCheck(state, "cleaning kept nothing, or removed nothing from web text");
    return;
  }
  for (auto _ : state) {
    for (const RawCluster& r : raw) {
      for (const RawDocument& d : r.documents) {
        CleanedText cleaned;
        CleanText(MappedText::Identity(d.original), "", &cleaned);
        benchmark::DoNotOptimize(cleaned.body.size());
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * OriginalBytes(raw)));
}
BENCHMARK(BM_Clean)->Unit(benchmark::kMillisecond);

// Segmentation alone: learning from each cluster's cleaned documents, then
// splitting them, in bytes of cleaned text.
void BM_Segment(benchmark::State& state) {
  std::vector<std::vector<std::string>> bodies;
  size_t bytes = 0;
  for (const RawCluster& r : RawClusters(kMultiNews)) {
    bodies.emplace_back();
    for (const RawDocument& d : r.documents) {
      CleanedText cleaned;
      CleanText(MappedText::Identity(d.original), "", &cleaned);
      bytes += cleaned.body.size();
      bodies.back().push_back(cleaned.body.text());
    }
  }
  {
    SentenceSplitter splitter;
    const std::vector<SentenceRange> ranges =
        splitter.Split("Mr. Smith went to the U.S. Embassy. It rained.");
    if (ranges.size() != 2) {
      FailCheck(state, "the splitter split a known text wrongly");
      return;
    }
  }
  for (auto _ : state) {
    for (const std::vector<std::string>& cluster : bodies) {
      SentenceSplitter splitter;
      splitter.Learn(std::vector<std::string_view>(cluster.begin(), cluster.end()));
      for (const std::string& body : cluster) benchmark::DoNotOptimize(splitter.Split(body));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const std::vector<Cluster>& clusters = Clusters(kMultiNews);
  std::vector<Token> tokens;
  Tokenize("The U.S. said 1,000 didn't.", &tokens);
  if (tokens.size() != 5 || tokens[1].folded != "u.s." || tokens[3].folded != "1,000") {
    FailCheck(state, "tokenizer output changed");
    return;
  }
  size_t bytes = 0;
  for (const Cluster& c : clusters) {
    for (const Document& d : c.documents) {
      for (const Sentence& s : d.sentences) bytes += s.text.size();
    }
  }
  for (auto _ : state) {
    for (const Cluster& c : clusters) {
      for (const Document& d : c.documents) {
        for (const Sentence& s : d.sentences) {
          Tokenize(s.text, &tokens);
          benchmark::DoNotOptimize(tokens.data());
        }
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// Stemming of every content word, a new Stemmer (and so an empty memory of
// stems) per cluster, as the summarizers run it.
void BM_Stem(benchmark::State& state) {
  const std::vector<Cluster>& clusters = Clusters(kMultiNews);
  std::vector<std::vector<std::string>> words(clusters.size());
  std::vector<Token> tokens;
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (const Document& d : clusters[c].documents) {
      for (const Sentence& s : d.sentences) {
        Tokenize(s.text, &tokens);
        for (const Token& t : tokens) {
          if (!t.is_number && !IsStopword(t.folded)) words[c].push_back(t.folded);
        }
      }
    }
  }
  {
    Stemmer stemmer;
    if (stemmer.Stem("attacks") != "attack" || stemmer.Stem("sony's") != "soni") {
      FailCheck(state, "stemmer output changed");
      return;
    }
  }
  size_t total = 0;
  for (const auto& list : words) total += list.size();
  for (auto _ : state) {
    for (const auto& list : words) {
      Stemmer stemmer;
      for (const std::string& w : list) benchmark::DoNotOptimize(stemmer.Stem(w));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * total));
}
BENCHMARK(BM_Stem)->Unit(benchmark::kMillisecond);

// Clean + segment + tokenize + stem, the "text pipeline".
void BM_TextPipeline(benchmark::State& state) {
  const std::vector<RawCluster>& raw = RawClusters(kMultiNews);
  std::vector<Token> tokens;
  for (const RawCluster& r : raw) {
    Cluster cluster;
    if (RunTextPipeline(r, &cluster, &tokens) == 0) {
      FailCheck(state, r.id + ": no content word");
      return;
    }
  }
  for (auto _ : state) {
    for (const RawCluster& r : raw) {
      Cluster cluster;
      benchmark::DoNotOptimize(RunTextPipeline(r, &cluster, &tokens));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * OriginalBytes(raw)));
}
BENCHMARK(BM_TextPipeline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace precis::bench

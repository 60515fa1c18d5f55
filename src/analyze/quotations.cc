// Copyright 2026 The Precis Authors.
#include "analyze/quotations.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <numeric>
#include <string>
#include <string_view>

#include "analyze/locate.h"
#include "analyze/union_find.h"
#include "attribute/lexicon.h"
#include "base/utf8.h"
#include "tokenize/tokenizer.h"

namespace precis {
namespace {

constexpr size_t kMinQuotationWords = 4;
constexpr size_t kMostSentences = 5;  // A quotation longer than this is a misread mark.
// Bounds the pairwise grouping on huge inputs; quotations past this many in
// one cluster are not reported (docs/ANALYZE.md).
constexpr size_t kMostQuotations = 2000;

constexpr std::string_view kOpen = "\xE2\x80\x9C";   // “
constexpr std::string_view kClose = "\xE2\x80\x9D";  // ”

// Where a quotation's words are: (sentence index, begin, end) pieces.
struct Piece {
  int sentence = 0;
  size_t begin = 0, end = 0;
};

struct Found {
  int doc = 0;
  std::vector<Piece> pieces;
  std::string text, speaker, attribution;
  std::vector<std::string> words;     // Folded tokens, for grouping.
  std::vector<std::string> distinct;  // The same, sorted, once each.
};

bool Capitalized(std::string_view text, const Token& t) {
  size_t pos = t.begin;
  const char32_t cp = NextCodePoint(text, &pos);
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool EndsClause(std::string_view gap) {
  return gap.find_first_of(",.;:!?()\"") != std::string_view::npos ||
         gap.find("\xE2\x80\x94") != std::string_view::npos ||  // em dash
         gap.find("\xE2\x80\x93") != std::string_view::npos ||  // en dash
         gap.find(kOpen) != std::string_view::npos || gap.find(kClose) != std::string_view::npos;
}

// Words that join clauses: a speaker found by walking back from the verb
// stops before them ("... — and a U.S. official told").
bool JoinsClauses(std::string_view folded) {
  return folded == "and" || folded == "but" || folded == "that" || folded == "while";
}
bool EndsSentence(std::string_view gap) {
  return gap.find_first_of(".!?") != std::string_view::npos;
}
bool HasQuoteMark(std::string_view gap) {
  return gap.find('"') != std::string_view::npos || gap.find(kOpen) != std::string_view::npos ||
         gap.find(kClose) != std::string_view::npos;
}

// Words that end a speaker named after the verb: "said Smith in a call".
bool EndsSpeaker(std::string_view folded) {
  static constexpr std::array<std::string_view, 16> kStops = {
      "in",    "on",   "at",     "during", "after",  "when",   "while", "who",
      "which", "that", "before", "as",     "adding", "saying", "and",   "but"};
  return std::find(kStops.begin(), kStops.end(), folded) != kStops.end();
}

std::string_view Gap(std::string_view text, const std::vector<Token>& t, size_t k) {
  const size_t from = k == 0 ? 0 : t[k - 1].end;
  return text.substr(from, t[k].begin - from);
}

// The attribution after a closing mark: ", Sony said in a statement" or
// ", according to a U.S. government source".
bool AttributionAfter(std::string_view after, std::string* speaker, std::string* attribution) {
  std::vector<Token> t;
  Tokenize(after, &t);
  size_t verb = t.size();
  for (size_t k = 0; k < t.size() && k < 10; ++k) {
    const std::string_view gap = Gap(after, t, k);
    if (HasQuoteMark(gap) || (k > 0 && EndsSentence(gap))) return false;
    if (k == 0 && EndsSentence(gap) && gap.find(',') == std::string_view::npos) return false;
    if (IsReportingVerb(t[k].folded)) {
      verb = k;
      break;
    }
  }
  if (verb == t.size()) return false;
  size_t first = 0, last = verb;  // Speaker tokens [first, last).
  size_t clause_end = verb;       // Last token of the attribution.
  if (verb == 0) {
    first = (t[0].folded == "according" && t.size() > 1 && t[1].folded == "to") ? 2 : 1;
    last = first;
    while (last < t.size() && last - first < 10 && !EndsSpeaker(t[last].folded) &&
           (last == first || !EndsClause(Gap(after, t, last)))) {
      ++last;
    }
    clause_end = last == 0 ? 0 : last - 1;
  } else {
    for (size_t k = 1; k < verb; ++k) {
      if (EndsClause(Gap(after, t, k))) {
        last = k;
        break;
      }
    }
    while (clause_end + 1 < t.size() && clause_end - verb < 8 &&
           !EndsClause(Gap(after, t, clause_end + 1))) {
      ++clause_end;
    }
  }
  if (last <= first) return false;
  *speaker = std::string(after.substr(t[first].begin, t[last - 1].end - t[first].begin));
  *attribution = std::string(after.substr(t[0].begin, t[clause_end].end - t[0].begin));
  return true;
}

// The attribution before an opening mark: "Sony said in a statement: ".
bool AttributionBefore(std::string_view before, std::string* speaker, std::string* attribution) {
  std::vector<Token> t;
  Tokenize(before, &t);
  if (t.empty()) return false;
  const size_t from = t.size() > 12 ? t.size() - 12 : 0;
  for (size_t k = t.size(); k-- > from;) {
    if (k + 1 < t.size() && EndsSentence(Gap(before, t, k + 1))) return false;
    if (!IsReportingVerb(t[k].folded)) continue;
    size_t first = k, last = k;
    if (t[k].folded == "according") {
      first = k + 1 < t.size() && t[k + 1].folded == "to" ? k + 2 : k + 1;
      last = first;
      while (last < t.size() && (last == first || !EndsClause(Gap(before, t, last)))) ++last;
    } else {
      while (first > 0 && k - first < 8 && !EndsClause(Gap(before, t, first)) &&
             !JoinsClauses(t[first - 1].folded)) {
        --first;
      }
      if (first == k && k > 0 && Gap(before, t, k).find(',') != std::string_view::npos) {
        // "Charlie Beck, the police chief, said": the subject is the clause's
        // first part, before its first comma.
        size_t start = k;
        while (start > 0 && k - start < 30) {
          const std::string_view gap = Gap(before, t, start);
          if (start < k && (EndsSentence(gap) || HasQuoteMark(gap) ||
                            gap.find_first_of(";:") != std::string_view::npos)) {
            break;
          }
          --start;
        }
        size_t stop = start + 1;
        while (stop < k && !EndsClause(Gap(before, t, stop))) ++stop;
        first = start;
        last = stop;
      }
    }
    if (last <= first || first >= t.size()) return false;
    if (JoinsClauses(t[first].folded)) return false;
    *speaker = std::string(before.substr(t[first].begin, t[last - 1].end - t[first].begin));
    const size_t start = std::min(first, k);
    size_t end = std::max(k, last - 1);
    while (end + 1 < t.size() && !EndsClause(Gap(before, t, end + 1))) ++end;
    *attribution = std::string(before.substr(t[start].begin, t[end].end - t[start].begin));
    return true;
  }
  return false;
}

class QuotationFinder {
 public:
  QuotationFinder(const Cluster& cluster, const std::vector<SentenceMentions>& mentions)
      : cluster_(cluster), mentions_(mentions) {}

  std::vector<Quotation> Find() {
    int index = 0;
    for (size_t d = 0; d < cluster_.documents.size(); ++d) {
      const Document& doc = cluster_.documents[d];
      first_sentence_.push_back(index);
      ScanDocument(static_cast<int>(d), doc, index);
      index += static_cast<int>(doc.sentences.size());
    }
    return Group();
  }

 private:
  const Sentence& SentenceAt(int doc, int index) const {
    return cluster_.documents[static_cast<size_t>(doc)]
        .sentences[static_cast<size_t>(index - first_sentence_[static_cast<size_t>(doc)])];
  }

  void ScanDocument(int doc, const Document& document, int first) {
    bool open = false;
    Piece start;
    for (size_t p = 0; p < document.sentences.size(); ++p) {
      const std::string& text = document.sentences[p].text;
      const int sentence = first + static_cast<int>(p);
      if (open && (static_cast<size_t>(sentence - start.sentence) >= kMostSentences)) open = false;
      for (size_t i = 0; i < text.size(); ++i) {
        const std::string_view rest = std::string_view(text).substr(i);
        const bool opening = rest.substr(0, kOpen.size()) == kOpen;
        const bool closing = rest.substr(0, kClose.size()) == kClose;
        const bool straight = text[i] == '"';
        if (!opening && !closing && !straight) continue;
        const size_t width = straight ? 1 : kOpen.size();
        if (opening || (straight && !open)) {
          open = true;
          start = {sentence, i + width, 0};
        } else if (open) {
          Emit(doc, start, {sentence, 0, i});
          open = false;
        }
        i += width - 1;
      }
    }
  }

  void Emit(int doc, const Piece& open, const Piece& close) {
    if (found_.size() >= kMostQuotations) return;
    Found q;
    q.doc = doc;
    for (int s = open.sentence; s <= close.sentence; ++s) {
      const std::string& text = SentenceAt(doc, s).text;
      Piece piece{s, s == open.sentence ? open.begin : 0,
                  s == close.sentence ? close.end : text.size()};
      if (piece.end <= piece.begin) continue;
      if (!q.text.empty()) q.text.push_back(' ');
      q.text += text.substr(piece.begin, piece.end - piece.begin);
      q.pieces.push_back(piece);
    }
    while (!q.text.empty() && (q.text.back() == ' ' || q.text.back() == ',')) q.text.pop_back();
    while (!q.text.empty() && q.text.front() == ' ') q.text.erase(q.text.begin());
    std::vector<Token> tokens;
    Tokenize(q.text, &tokens);
    if (tokens.size() < kMinQuotationWords) return;
    // “The Guardians of Peace”: a title, not a quotation.
    bool title = true;
    for (const Token& t : tokens) {
      if (!Capitalized(q.text, t) && t.folded != "of" && t.folded != "the" && t.folded != "and") {
        title = false;
      }
    }
    if (title) return;
    for (const Token& t : tokens) q.words.push_back(t.folded);
    q.distinct = q.words;
    std::sort(q.distinct.begin(), q.distinct.end());
    q.distinct.erase(std::unique(q.distinct.begin(), q.distinct.end()), q.distinct.end());

    const std::string& close_text = SentenceAt(doc, close.sentence).text;
    const std::string& open_text = SentenceAt(doc, open.sentence).text;
    const size_t after = std::min(
        close.end + (close_text.compare(close.end, kClose.size(), kClose) == 0 ? kClose.size() : 1),
        close_text.size());
    const size_t before =
        open.begin - (open.begin >= kOpen.size() &&
                              open_text.compare(open.begin - kOpen.size(), kOpen.size(), kOpen) == 0
                          ? kOpen.size()
                          : 1);
    if (!AttributionAfter(std::string_view(close_text).substr(after), &q.speaker, &q.attribution)) {
      AttributionBefore(std::string_view(open_text).substr(0, before), &q.speaker, &q.attribution);
    }
    std::vector<Token> speaker_tokens;
    Tokenize(q.speaker, &speaker_tokens);
    if (speaker_tokens.size() == 1 &&
        (speaker_tokens[0].folded == "he" || speaker_tokens[0].folded == "she")) {
      const std::string name = ResolvePronoun(doc, open.sentence, before);
      if (!name.empty()) q.speaker = name;
    }
    // A quotation that goes on in the next sentence of the same paragraph
    // without attribution keeps its speaker.
    if (q.speaker.empty() && !found_.empty() && found_.back().doc == doc &&
        open.sentence - found_.back().pieces.back().sentence <= 1 &&
        SentenceAt(doc, open.sentence).paragraph ==
            SentenceAt(doc, found_.back().pieces.back().sentence).paragraph) {
      q.speaker = found_.back().speaker;
      q.attribution = found_.back().attribution;
    }
    found_.push_back(std::move(q));
  }

  // Who "he" or "she" is: the last multi-word name before the quotation in
  // its own sentence, else the first multi-word name (the subject) of the
  // nearest of the three sentences before it. "" when there is none; "we",
  // "they" and "it" stay as they are.
  std::string ResolvePronoun(int doc, int sentence, size_t before) const {
    const int doc_first = first_sentence_[static_cast<size_t>(doc)];
    for (int s = sentence; s >= doc_first && s >= sentence - 3; --s) {
      const auto& list = mentions_[static_cast<size_t>(s)].mentions;
      if (s == sentence) {
        for (size_t k = list.size(); k-- > 0;) {
          const Mention& m = list[k];
          if (m.kind == MentionKind::kName && m.end <= before &&
              m.normalized.find(' ') != std::string::npos) {
            return m.surface;
          }
        }
        continue;
      }
      for (const Mention& m : list) {
        if (m.kind == MentionKind::kName && m.normalized.find(' ') != std::string::npos) {
          return m.surface;
        }
      }
    }
    return "";
  }

  static bool SameQuotation(const Found& a, const Found& b) {
    const auto& shorter = a.words.size() <= b.words.size() ? a.words : b.words;
    const auto& longer = a.words.size() <= b.words.size() ? b.words : a.words;
    if (std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) != longer.end()) {
      return true;
    }
    // Seven tenths of the distinct words in common (Jaccard).
    size_t common = 0;
    auto x = a.distinct.begin(), y = b.distinct.begin();
    while (x != a.distinct.end() && y != b.distinct.end()) {
      if (*x < *y) {
        ++x;
      } else if (*y < *x) {
        ++y;
      } else {
        ++common;
        ++x;
        ++y;
      }
    }
    return 10 * common >= 7 * (a.distinct.size() + b.distinct.size() - common);
  }

  std::vector<Quotation> Group() {
    UnionFind same(found_.size());
    for (size_t i = 0; i < found_.size(); ++i) {
      for (size_t j = i + 1; j < found_.size(); ++j) {
        if (same.Find(i) != same.Find(j) && SameQuotation(found_[i], found_[j])) same.Union(i, j);
      }
    }
    std::vector<std::pair<size_t, Quotation>> groups;  // (root, quotation)
    std::vector<std::vector<int>> group_docs;
    for (size_t i = 0; i < found_.size(); ++i) {
      const size_t root = same.Find(i);
      auto it = std::find_if(groups.begin(), groups.end(),
                             [&](const auto& g) { return g.first == root; });
      if (it == groups.end()) {
        groups.push_back({root, Quotation()});
        group_docs.emplace_back();
        it = groups.end() - 1;
      }
      Quotation& q = it->second;
      std::vector<int>& docs = group_docs[static_cast<size_t>(it - groups.begin())];
      const Found& f = found_[i];
      if (f.text.size() > q.text.size()) q.text = f.text;
      if (q.speaker.empty() && !f.speaker.empty()) {
        q.speaker = f.speaker;
        q.attribution = f.attribution;
      }
      if (std::find(docs.begin(), docs.end(), f.doc) == docs.end()) docs.push_back(f.doc);
      SourceSpan span;
      for (const Piece& piece : f.pieces) {
        const SourceSpan part = Locate(cluster_, static_cast<size_t>(f.doc),
                                       SentenceAt(f.doc, piece.sentence), piece.begin, piece.end);
        if (span.doc.empty()) {
          span = part;
        } else {
          span.span.end = std::max(span.span.end, part.span.end);
        }
      }
      q.spans.push_back(span);
    }
    std::vector<size_t> order(groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return group_docs[a].size() > group_docs[b].size();
    });
    std::vector<Quotation> out;
    for (size_t g : order) {
      std::vector<int>& docs = group_docs[g];
      std::sort(docs.begin(), docs.end());
      Quotation& q = groups[g].second;
      for (int d : docs) q.docs.push_back(cluster_.documents[static_cast<size_t>(d)].id);
      out.push_back(std::move(q));
    }
    return out;
  }

  const Cluster& cluster_;
  const std::vector<SentenceMentions>& mentions_;
  std::vector<int> first_sentence_;  // Index of each document's first sentence.
  std::vector<Found> found_;
};

}  // namespace

std::vector<Quotation> FindQuotations(const Cluster& cluster,
                                      const std::vector<SentenceMentions>& mentions) {
  return QuotationFinder(cluster, mentions).Find();
}

}  // namespace precis

// Copyright 2026 The Precis Authors.
#include "analyze/differences.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "analyze/locate.h"
#include "analyze/person_nouns.h"
#include "analyze/spelling_dictionary.h"
#include "analyze/union_find.h"
#include "attribute/lexicon.h"
#include "base/ascii.h"
#include "tokenize/irregular_forms.h"
#include "tokenize/stemmer.h"
#include "tokenize/stopwords.h"

namespace precis {
namespace {

// Similarity of two sentences above which they are "about the same thing"
// when checking whether a document also states the other value; and the
// evidence at which another document's mention of a slot's value joins it
// (AddOtherGivers), unless kOtherGiverEvidence does.
constexpr float kNearSlot = 0.5f;
// The evidence (sentence similarity plus a tenth per context point) at
// which another document's mention of a slot's value joins it
// (AddOtherGivers) where a content word around both agrees, in a cluster
// of at most kFewReports documents. The slot is already a disagreement:
// this only decides which documents are listed with a value it holds
// ("her family said sunday" / "critical condition sunday evening,
// according to ... her family"). A cluster of more reports, gathered over
// months or years (DUC's 25), tells of many events that share values and
// words: there most mentions that this would join were of other facts
// ("a graduating class of nine" / "a father of nine and grandfather of
// nine"), and it keeps kNearSlot.
constexpr float kOtherGiverEvidence = 0.3f;
constexpr size_t kFewReports = 10;
// Words on each side of a mention that make up its context.
constexpr size_t kWindow = 4;
// A slot with more values than this is noise (a list, a table), not a
// disagreement.
constexpr size_t kMostValues = 5;
// Evidence (sentence similarity plus a tenth per context point) at which a
// value one document alone gives is paired with its best counterpart; and
// the lesser evidence that suffices when each is the other's best.
constexpr float kLoneEvidence = 0.3f;
constexpr float kMutualEvidence = 0.1f;
// Evidence taken off, when choosing among counterparts, from a value that
// the lone value's own document also gives.
constexpr float kAlsoGivenDiscount = 0.2f;
// The evidence a weekday or a year needs when its document also gives the
// other value: one report tells of several days and years, so only the
// same words around both ("called on Senate Republicans Friday" / "Senate
// Republicans on Wednesday morning") say it is the same one. A weekday
// that the document gives only in sentences unlike the other's and in
// other words needs kLoneEvidence, where no other counterpart is paired
// (BestCounterpart).
constexpr float kTimeEvidence = 0.6f;
// Evidence added for two large values of one magnitude (CloseLargeValues)
// and for two years close together (CloseYears); the years only to at
// least kLeastForCloseYears of other evidence, so that closeness alone
// never makes a slot ("elected mayor ... in 2003" / "closed the old bridge
// ... by 2004").
constexpr float kCloseValueEvidence = 0.1f;
constexpr float kLeastForCloseYears = 0.05f;
// Two numbers further apart than this factor are paired only beside the
// same word or as the only numbers of alike sentences, and under
// kLoneEvidence not at all: with little said around them, only values of
// one magnitude are one quantity reported two ways (not "2,500 died" and
// "6 had been rescued").
constexpr double kWeakMostRatio = 4.0;
// Mentions of one class scanned for each such value; beyond this, only
// those in alike sentences or beside the same words.
constexpr size_t kMostScanned = 4000;
// Work bounds that keep a hostile cluster (a million short sentences of
// the same few names and numbers) within seconds; real clusters of a few
// thousand sentences stay far below them. Mention pairs compared, and
// counterparts scanned for values one document alone gives; past these,
// the rest is not compared.
constexpr size_t kMostCandidatePairs = size_t{1} << 20;
constexpr size_t kMostCounterpartScans = size_t{8} << 20;
// The most confidence of a difference between the days of wire datelines
// alone ("OTTAWA, May 15 (Xinhua)" / "OTTAWA, October 30 (Xinhua)"):
// reports filed on different days do not disagree, and a reader wants
// such differences after the others. They stay reported, since of two
// reports filed the same day one may give its day wrongly.
constexpr float kDatelineConfidence = 0.1f;

// Context words of a mention: the nearest on each side, and the content
// words within kWindow.
struct Context {
  std::string left, right;
  std::string right_next;  // The second unit after the mention.
  std::vector<std::string> left_words, right_words;
  // Each of `right_words` as written, folded ("" for a name).
  std::vector<std::string> right_folded;
  // The words that hedge a number ("more than"), "" if none: the `left`
  // of the mention is the word before them.
  std::string hedge;
};

class DifferenceFinder {
 public:
  DifferenceFinder(const Cluster& cluster, const FactVectors& facts,
                   const std::vector<SentenceMentions>& mentions)
      : cluster_(cluster), facts_(facts), mentions_(mentions) {
    offset_.resize(mentions.size() + 1, 0);
    for (size_t s = 0; s < mentions.size(); ++s) {
      offset_[s + 1] = offset_[s] + mentions[s].mentions.size();
    }
    contexts_.resize(offset_.back());
    for (size_t s = 0; s < mentions.size(); ++s) {
      for (size_t k = 0; k < mentions[s].mentions.size(); ++k) {
        contexts_[offset_[s] + k] = ContextOf(mentions[s], mentions[s].mentions[k]);
      }
    }
  }

  // `alike`: pairs of sentences as FindDifferences takes them.
  std::vector<Difference> Find(const FactVectors::Pairs& alike) {
    // Differences are between documents.
    if (cluster_.documents.size() < 2) return {};
    std::vector<bool> linked(offset_.back(), false);
    // Each link joins two mentions that fill one slot; `firm` links join a
    // value one document alone gives to one that document never gives.
    // `strength` is the evidence: sentence similarity plus a tenth per
    // context point, 1 for two spellings of a name.
    struct Link {
      size_t a, b;
      bool firm;
      float strength;
    };
    std::vector<Link> links;
    auto link = [&](size_t a, size_t b, bool firm, float strength) {
      links.push_back({a, b, firm, strength});
      linked[a] = linked[b] = true;
    };
    near_.assign(mentions_.size(), {});
    for (const auto& [pair, similarity] : alike) {
      if (similarity < kLeastSlotSimilarity) continue;
      near_[static_cast<size_t>(pair.first)].emplace_back(pair.second, similarity);
      near_[static_cast<size_t>(pair.second)].emplace_back(pair.first, similarity);
    }
    for (size_t flat = 0; flat < offset_.back(); ++flat) {
      std::vector<int>& docs = docs_of_value_[ValueKey(M(flat))];
      const int doc = facts_.doc(static_cast<int>(SentenceOf(flat)));
      if (std::find(docs.begin(), docs.end(), doc) == docs.end()) docs.push_back(doc);
      mentions_of_value_[ValueInDocument(M(flat), doc)].push_back(flat);
      if (M(flat).kind == MentionKind::kName) {
        for (const std::string& word : Words(M(flat).normalized))
          names_by_word_[word].push_back(flat);
      }
    }
    const std::vector<std::pair<size_t, size_t>> pairs = CandidatePairs();
    for (const auto& [a, b] : pairs) ComparePair(a, b, link);
    // A value one document alone gives keeps one counterpart: its best.
    const std::vector<Choice> chosen = MatchLoneValues(pairs);
    std::vector<Link> kept;
    std::fill(linked.begin(), linked.end(), false);
    for (const Link& l : links) {
      if ((chosen[l.a].counterpart != SIZE_MAX && chosen[l.a].counterpart != l.b) ||
          (chosen[l.b].counterpart != SIZE_MAX && chosen[l.b].counterpart != l.a)) {
        continue;
      }
      kept.push_back(l);
      linked[l.a] = linked[l.b] = true;
    }
    links = std::move(kept);
    for (size_t m = 0; m < chosen.size(); ++m) {
      if (chosen[m].counterpart != SIZE_MAX) {
        link(m, chosen[m].counterpart, true, chosen[m].evidence);
      }
    }
    LinkSpellings(link);

    // Slots are the groups that links join. A group with more values than
    // a disagreement has (a table, a box score) keeps only its firm links.
    auto groups_of = [&](bool firm_only) {
      UnionFind groups(offset_.back());
      for (const Link& l : links) {
        if (!firm_only || l.firm) groups.Union(l.a, l.b);
      }
      std::map<size_t, std::vector<size_t>> members;
      for (size_t m = 0; m < offset_.back(); ++m) {
        if (linked[m]) members[groups.Find(m)].push_back(m);
      }
      return members;
    };
    std::vector<std::vector<size_t>> slots;
    std::vector<bool> crowded(offset_.back(), false);
    for (auto& [root, list] : groups_of(false)) {
      if (CountValues(list) <= kMostValues) {
        slots.push_back(std::move(list));
      } else {
        for (size_t m : list) crowded[m] = true;
      }
    }
    for (auto& [root, list] : groups_of(true)) {
      if (crowded[list.front()] && list.size() > 1) slots.push_back(std::move(list));
    }
    // A slot's confidence is the strength of its strongest link.
    std::vector<size_t> slot_of(offset_.back(), SIZE_MAX);
    for (size_t k = 0; k < slots.size(); ++k) {
      for (size_t m : slots[k]) slot_of[m] = k;
    }
    std::vector<float> confidence(slots.size(), 0.0f);
    for (const Link& l : links) {
      if (slot_of[l.a] != SIZE_MAX && slot_of[l.a] == slot_of[l.b]) {
        confidence[slot_of[l.a]] = std::max(confidence[slot_of[l.a]], l.strength);
      }
    }
    // Slots of the same values that no document fills with two of them
    // are one difference ("Tuesday" in two reports, "Wednesday" in a third,
    // paired in two places): the later joins the first. Where a document
    // gives both values in two places ("4" and "5" in each of two reports,
    // crosswise), the slots stay apart.
    std::map<std::string, SlotValues> slot_of_values;
    std::vector<Difference> built(slots.size());
    std::vector<bool> reported(slots.size(), false), grown(slots.size(), false);
    for (size_t k = 0; k < slots.size(); ++k) {
      if (!Build(slots[k], &built[k])) continue;
      reported[k] = true;
      std::map<std::string, std::set<std::string>> docs;
      for (const DifferenceValue& v : built[k].values) {
        docs[v.normalized].insert(v.docs.begin(), v.docs.end());
      }
      std::string key = std::to_string(static_cast<int>(built[k].kind));
      for (const auto& [value, unused] : docs) key += "|" + value;
      const auto [it, first] = slot_of_values.emplace(key, SlotValues{k, docs});
      if (first) continue;
      std::map<std::string, std::set<std::string>> merged = it->second.docs;
      if (!JoinWithOneValuePerDocument(docs, &merged)) continue;
      it->second.docs = std::move(merged);
      const size_t into = it->second.slot;
      slots[into].insert(slots[into].end(), slots[k].begin(), slots[k].end());
      confidence[into] = std::max(confidence[into], confidence[k]);
      grown[into] = true;
      reported[k] = false;
    }
    MergeIntoWiderSlots(slot_of_values, &slots, &reported, &grown, &confidence);
    MergeFormsOfOneName(built, &slots, &reported, &grown, &confidence);
    // Every document that gives a slot's value in its place is listed with
    // it, paired or not.
    size_t allowance = kMostCandidatePairs;
    for (size_t k = 0; k < slots.size(); ++k) {
      if (reported[k] && AddOtherGivers(k, &slots[k], &slot_of, &allowance)) grown[k] = true;
    }
    std::vector<std::pair<std::pair<size_t, size_t>, Difference>> found;
    for (size_t k = 0; k < slots.size(); ++k) {
      if (!reported[k]) continue;
      Difference& d = built[k];
      // A slot that others joined is built again with their mentions.
      if (grown[k]) {
        d = Difference();
        Build(slots[k], &d);
      }
      // A difference of datelines' days alone is most often of reports
      // filed on different days, no disagreement: it goes last.
      const bool datelines =
          std::all_of(slots[k].begin(), slots[k].end(), [&](size_t m) { return M(m).in_dateline; });
      if (datelines) confidence[k] = std::min(confidence[k], kDatelineConfidence);
      // Two decimals, so that the order does not hang on rounding noise.
      d.confidence = std::round(std::min(1.0f, confidence[k]) * 100.0f) / 100.0;
      found.push_back({{MinDocOf(slots[k]), slots[k].front()}, std::move(d)});
    }
    // Strongest first, then by the first document and position.
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
      if (a.second.confidence != b.second.confidence) {
        return a.second.confidence > b.second.confidence;
      }
      return a.first < b.first;
    });
    std::vector<Difference> out;
    for (auto& [key, d] : found) out.push_back(std::move(d));
    return out;
  }

 private:
  // Adds the documents of each value of `more` to `*docs` (value ->
  // documents) and returns whether every document then gives one value
  // only; false, with `*docs` left partly joined, where one gives two.
  static bool JoinWithOneValuePerDocument(const std::map<std::string, std::set<std::string>>& more,
                                          std::map<std::string, std::set<std::string>>* docs) {
    for (const auto& [value, list] : more) (*docs)[value].insert(list.begin(), list.end());
    std::set<std::string> seen;
    size_t givings = 0;
    for (const auto& [value, list] : *docs) {
      seen.insert(list.begin(), list.end());
      givings += list.size();
    }
    return seen.size() == givings;
  }

  // A reported slot's values and the documents that give each; the key of
  // a slot_of_values map is the kind and the values, "|" between them.
  struct SlotValues {
    size_t slot;
    std::map<std::string, std::set<std::string>> docs;  // Value -> documents.
  };

  // Joins a slot into one whose values include all of its own, where no
  // document then gives two of the values ("Tuesday" / "Sunday" in one
  // place and "Tuesday" / "Sunday" / "Friday" in another): one
  // disagreement seen in two places, as slots of the same values are.
  void MergeIntoWiderSlots(const std::map<std::string, SlotValues>& slot_of_values,
                           std::vector<std::vector<size_t>>* slots, std::vector<bool>* reported,
                           std::vector<bool>* grown, std::vector<float>* confidence) const {
    // Bounded work (pairs of slots): a real cluster has some tens of
    // differences, a DUC cluster of 25 reports about fifty.
    constexpr size_t kMostCompared = 1024;
    std::vector<std::pair<std::string, const SlotValues*>> all;
    for (const auto& [key, values] : slot_of_values) {
      if ((*reported)[values.slot] && all.size() < kMostCompared) {
        all.emplace_back(key.substr(0, key.find('|')), &values);
      }
    }
    // Wider slots last, so that each joins the narrowest that holds it.
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
      return a.second->docs.size() < b.second->docs.size();
    });
    // The documents of each value once slots have joined.
    std::vector<std::map<std::string, std::set<std::string>>> docs;
    for (const auto& entry : all) docs.push_back(entry.second->docs);
    for (size_t a = 0; a < all.size(); ++a) {
      for (size_t b = a + 1; b < all.size(); ++b) {
        if (all[a].first != all[b].first || docs[a].size() >= docs[b].size()) continue;
        const bool within = std::all_of(docs[a].begin(), docs[a].end(), [&](const auto& value) {
          return docs[b].count(value.first) != 0;
        });
        if (!within) continue;
        std::map<std::string, std::set<std::string>> merged = docs[b];
        if (!JoinWithOneValuePerDocument(docs[a], &merged)) continue;
        docs[b] = std::move(merged);
        const size_t from = all[a].second->slot, into = all[b].second->slot;
        (*slots)[into].insert((*slots)[into].end(), (*slots)[from].begin(), (*slots)[from].end());
        (*confidence)[into] = std::max((*confidence)[into], (*confidence)[from]);
        (*grown)[into] = true;
        (*reported)[from] = false;
        break;
      }
    }
  }

  // Joins name slots whose values are forms of one another, value by value
  // ("Greg Abbott" / "Greg Abobtt" and "Abbott" / "Abobtt"): one name
  // written two ways is one difference, whatever form each sentence uses.
  // Each value of the later slot must be compatible (CompatibleNames) with
  // exactly one of the first's, and no document may give a value in one
  // slot and another's counterpart in the other.
  void MergeFormsOfOneName(const std::vector<Difference>& built,
                           std::vector<std::vector<size_t>>* slots, std::vector<bool>* reported,
                           std::vector<bool>* grown, std::vector<float>* confidence) const {
    std::vector<size_t> names;
    for (size_t k = 0; k < slots->size(); ++k) {
      if ((*reported)[k] && built[k].kind == DifferenceKind::kName) names.push_back(k);
    }
    // Bounded work: a cluster has a few name differences.
    constexpr size_t kMostMerged = 256;
    if (names.size() > kMostMerged) names.resize(kMostMerged);
    // True when each value of `from` is a form of exactly one value of
    // `into`, each of theirs taken once, and no document of a value of
    // `from` gives another value of `into`.
    auto pair_value_by_value = [](const Difference& into, const Difference& from) {
      if (into.values.size() != from.values.size()) return false;
      std::vector<bool> taken(into.values.size(), false);
      for (const DifferenceValue& v : from.values) {
        size_t found = SIZE_MAX;
        for (size_t i = 0; i < into.values.size(); ++i) {
          if (!CompatibleNames(into.values[i].normalized, v.normalized)) continue;
          if (found != SIZE_MAX || taken[i]) return false;
          found = i;
        }
        if (found == SIZE_MAX) return false;
        taken[found] = true;
        for (size_t i = 0; i < into.values.size(); ++i) {
          if (i == found) continue;
          const std::vector<std::string>& other = into.values[i].docs;
          for (const std::string& doc : v.docs) {
            if (std::find(other.begin(), other.end(), doc) != other.end()) return false;
          }
        }
      }
      return true;
    };
    // A slot that others join keeps its first values for the comparisons
    // after: theirs are forms of them.
    for (size_t a = 0; a < names.size(); ++a) {
      const size_t into = names[a];
      if (!(*reported)[into]) continue;
      for (size_t b = a + 1; b < names.size(); ++b) {
        const size_t from = names[b];
        if (!(*reported)[from] || !pair_value_by_value(built[into], built[from])) continue;
        (*slots)[into].insert((*slots)[into].end(), (*slots)[from].begin(), (*slots)[from].end());
        (*confidence)[into] = std::max((*confidence)[into], (*confidence)[from]);
        (*grown)[into] = true;
        (*reported)[from] = false;
      }
    }
  }

  const Mention& M(size_t flat) const {
    const size_t s = SentenceOf(flat);
    return mentions_[s].mentions[flat - offset_[s]];
  }
  size_t SentenceOf(size_t flat) const {
    return static_cast<size_t>(std::upper_bound(offset_.begin(), offset_.end(), flat) -
                               offset_.begin() - 1);
  }
  size_t MinDocOf(const std::vector<size_t>& list) const {
    size_t best = SIZE_MAX;
    for (size_t m : list)
      best = std::min(best, static_cast<size_t>(facts_.doc(static_cast<int>(SentenceOf(m)))));
    return best;
  }

  std::string Key(const Token& t) {
    if (t.is_number) return "#";
    if (IsStopword(t.folded)) return t.folded;
    // An irregular verb as its verb: "won 75 seats" counts what "winning
    // 75 seats" counts.
    if (const std::string_view verb = IrregularVerbs::Shared().LemmaOf(t.folded); !verb.empty()) {
      return std::string(stemmer_.Stem(verb));
    }
    // A unit's abbreviation as its word: "50 lbs." counts what "50
    // pounds" counts.
    const std::string_view unit = UnitInFull(t.folded);
    return std::string(stemmer_.Stem(unit.empty() ? std::string_view(t.folded) : unit));
  }

  // The words around `m`, a name counting as one word ("N:" and its
  // normalized form, so that "Dan Keller, 75" and "Fran Keller, 67" have
  // different neighbours).
  Context ContextOf(const SentenceMentions& s, const Mention& m) {
    struct Unit {
      std::string key;
      bool content = false;
      std::string folded;  // Of a word's unit.
    };
    std::vector<Unit> before, after;
    auto unit_at = [&](size_t k, size_t* first, size_t* end) {
      for (const Mention& other : s.mentions) {
        if (k >= other.first_token && k < other.end_token) {
          *first = other.first_token;
          *end = other.end_token;
          if (other.kind == MentionKind::kName) return Unit{"N:" + other.normalized, true};
          // The day a year is of says which year it is: "Oct. 2, 2015" and
          // "October 2, 2016" are one date.
          if (m.value_class == "y" && other.kind == MentionKind::kDate &&
              other.value_class == "md") {
            return Unit{"D:" + other.normalized, true};
          }
          // A month alone says less ("in May 2000" / "in May 1996"): it
          // counts only for years close together (OfOneMonth).
          if (m.value_class == "y" && other.kind == MentionKind::kDate &&
              other.value_class == "m") {
            return Unit{"D:" + other.normalized, false};
          }
          return Unit{"#", false};
        }
      }
      *first = k;
      *end = k + 1;
      const Token& t = s.tokens[k];
      return Unit{Key(t), !t.is_number && !IsStopword(t.folded), t.folded};
    };
    // The words before a hedge ("valued at more than $1 billion") are those
    // an exact figure has ("valued at $3 billion").
    const size_t hedge_begin = m.first_token - std::min(m.hedge_tokens, m.first_token);
    for (size_t k = hedge_begin; k > 0 && before.size() < kWindow;) {
      size_t first = 0, end = 0;
      before.push_back(unit_at(k - 1, &first, &end));
      k = first;
    }
    if (!m.glued_unit.empty()) {
      after.push_back(Unit{std::string(stemmer_.Stem(UnitInFull(m.glued_unit))), true});
    }
    for (size_t k = AfterWholeOfPart(s, m); k < s.tokens.size() && after.size() < kWindow;) {
      size_t first = 0, end = 0;
      after.push_back(unit_at(k, &first, &end));
      k = end;
    }
    Context c;
    for (size_t k = hedge_begin; k < m.first_token; ++k) {
      c.hedge += (c.hedge.empty() ? "" : " ") + s.tokens[k].folded;
    }
    if (!before.empty()) c.left = before.front().key;
    if (!after.empty()) c.right = after.front().key;
    if (after.size() >= 2) c.right_next = after[1].key;
    for (const Unit& u : before) {
      if (u.content) c.left_words.push_back(u.key);
    }
    for (const Unit& u : after) {
      if (!u.content) continue;
      c.right_words.push_back(u.key);
      c.right_folded.push_back(u.folded);
    }
    return c;
  }

  // Where number `m` counts part of a whole written after it ("97 of the
  // 125 seats", "nine out of 10 doctors"), the token after the whole: what
  // the part counts is the word after it, as in "won 75 seats". Else the
  // token after `m`.
  static size_t AfterWholeOfPart(const SentenceMentions& s, const Mention& m) {
    size_t k = m.end_token;
    if (m.kind != MentionKind::kNumber) return k;
    auto word_at = [&](size_t i, std::string_view w) {
      return i < s.tokens.size() && s.tokens[i].folded == w;
    };
    if (word_at(k, "out")) ++k;
    if (!word_at(k, "of")) return m.end_token;
    ++k;
    if (word_at(k, "the") || word_at(k, "its") || word_at(k, "their")) ++k;
    for (const Mention& whole : s.mentions) {
      if (whole.kind == MentionKind::kNumber && whole.first_token == k &&
          whole.glued_unit.empty()) {
        return whole.end_token;
      }
    }
    return m.end_token;
  }

  // True for two days of one month ("July 22" / "July 29"): the month is
  // the word beside the day that agrees, as "22 people" / "29 people"
  // agree in "people".
  static bool SameMonth(const Mention& a, const Mention& b) {
    if (a.kind != MentionKind::kDate || a.value_class != "md" || b.value_class != "md") {
      return false;
    }
    const size_t dash = a.normalized.find('-');
    return dash != std::string::npos &&
           b.normalized.compare(0, dash + 1, a.normalized, 0, dash + 1) == 0;
  }

  // True for the context keys of two dates of one month before two years
  // ("D:12-21" of "Dec. 21, 2012", "D:m12" of "December 2013").
  static bool OfOneMonth(const std::string& a, const std::string& b) {
    auto month = [](const std::string& key) -> std::string {
      if (!key.starts_with("D:")) return "";
      if (key.size() > 2 && key[2] == 'm') return key.substr(3);
      const size_t dash = key.find('-');
      return dash == std::string::npos ? "" : key.substr(2, dash - 2);
    };
    const std::string ma = month(a);
    return !ma.empty() && ma == month(b);
  }

  // Whether a neighbour of a mention can agree with another's: not a
  // number, nor a month alone.
  static bool IsAgreeingKey(const std::string& key) {
    return !key.empty() && key != "#" && !key.starts_with("D:m");
  }

  // How the words around mentions `m` and `n` (contexts `x`, `y`) agree:
  // the nearest word on the left, on the right, and the content words
  // shared within kWindow. Two days of one month agree on the left and in
  // one word more, and so do two years close together after dates of one
  // month.
  struct Agreement {
    bool left = false, right = false;
    size_t shared = 0;
    // Context points: 2 for each agreeing neighbour, 1 per shared word.
    size_t Points() const { return 2 * left + 2 * right + shared; }
  };
  Agreement AgreementAround(const Mention& m, const Mention& n, const Context& x,
                            const Context& y) const {
    const bool month = SameMonth(m, n) || (CloseYears(m, n) && OfOneMonth(x.left, y.left));
    Agreement a;
    // The same hedge agrees as a word would ("at least 23 people" / "at
    // least 16 people"), and so do the words before hedges or none.
    a.left = month || (IsAgreeingKey(x.left) && SameKey(x.left, y.left)) ||
             (!x.hedge.empty() && x.hedge == y.hedge);
    a.right = IsAgreeingKey(x.right) && SameKey(x.right, y.right);
    a.shared = SharedAround(m, x, y) + month;
    return a;
  }

  // Context keys that agree: equal, or names that CompatibleNames joins.
  static bool SameKey(const std::string& a, const std::string& b) {
    if (a == b) return true;
    const bool name_a = a.rfind("N:", 0) == 0, name_b = b.rfind("N:", 0) == 0;
    if (name_a && name_b) {
      return CompatibleNames(std::string_view(a).substr(2), std::string_view(b).substr(2));
    }
    // A name's last word written in lower case, where it is not seen as a
    // name ("Ms. Ortega, 50," / "yoselyn ortega, 65,"): the same person.
    if (name_a == name_b) return false;
    const std::string_view name = std::string_view(name_a ? a : b).substr(2);
    const std::string_view word = name_a ? b : a;
    const size_t space = name.rfind(' ');
    return word.size() >= 3 && name.substr(space == std::string_view::npos ? 0 : space + 1) == word;
  }

  // Context words both sides share; a shared name counts three times: who
  // a number is about says most about which number it is.
  static size_t Shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return SharedWithEither(a, b, {});
  }

  // Shared(a, b + c), without building b + c.
  static size_t SharedWithEither(const std::vector<std::string>& a,
                                 const std::vector<std::string>& b,
                                 const std::vector<std::string>& c) {
    size_t n = 0;
    for (const std::string& w : a) {
      auto same = [&](const std::string& v) { return SameKey(w, v); };
      if (std::any_of(b.begin(), b.end(), same) || std::any_of(c.begin(), c.end(), same)) {
        n += w.rfind("N:", 0) == 0 ? 3 : 1;
      }
    }
    return n;
  }

  // Context points of two mentions of `m`'s kind: words shared on the same
  // side; for a date, on either side, since a date moves freely in its
  // sentence ("Monday's lawsuit says" / "the lawsuit filed Tuesday").
  static size_t SharedAround(const Mention& m, const Context& x, const Context& y) {
    if (m.kind != MentionKind::kDate) {
      return Shared(x.left_words, y.left_words) + Shared(x.right_words, y.right_words);
    }
    return SharedWithEither(x.left_words, y.left_words, y.right_words) +
           SharedWithEither(x.right_words, y.left_words, y.right_words);
  }

  // True when two content words (or a name) on each side agree: "combat
  // photographer Mason Harper (Brie Larson)" / "combat photographer Mason
  // Weaver (Brie Larson": the same slot, however different the rest of the
  // sentences. One word a side is too little: "said David Bradley, a
  // spokesman" / "said David Healy, a spokesman" are two people.
  static bool Framed(const Context& x, const Context& y) {
    return Shared(x.left_words, y.left_words) >= 2 && Shared(x.right_words, y.right_words) >= 2;
  }

  // True when mentions `m` and `n` may fill one slot: of one kind and
  // class, and both days of wire datelines or neither (a report's filing
  // day is no day its text tells of). Every comparison of two mentions
  // asks this first.
  static bool Comparable(const Mention& m, const Mention& n) {
    return m.kind == n.kind && m.value_class == n.value_class && m.in_dateline == n.in_dateline;
  }

  static std::string ValueKey(const Mention& m) {
    return std::to_string(static_cast<int>(m.kind)) + m.value_class + "|" + m.normalized;
  }

  // True when `mine` is stated by document `doc` alone and `theirs` is
  // stated by other documents only.
  bool Exclusive(const Mention& mine, int doc, const Mention& theirs) const {
    const auto a = docs_of_value_.find(ValueKey(mine));
    const auto b = docs_of_value_.find(ValueKey(theirs));
    if (a == docs_of_value_.end() || b == docs_of_value_.end()) return false;
    return a->second.size() == 1 && a->second[0] == doc &&
           std::find(b->second.begin(), b->second.end(), doc) == b->second.end();
  }

  // Mentions in sentence `s` of the same kind and class as `m`.
  size_t CountOfClass(int s, const Mention& m) const {
    size_t n = 0;
    for (const Mention& other : mentions_[static_cast<size_t>(s)].mentions) {
      n += other.kind == m.kind && other.value_class == m.value_class;
    }
    return n;
  }

  // True when a number follows the same name in both contexts: an age.
  static bool AfterSameName(const Context& x, bool left_agrees) {
    return left_agrees && x.left.rfind("N:", 0) == 0;
  }

  // True for ages of two people a name beside each tells apart ("Dan
  // Keller, 75" / "Fran Keller, 67"; "the 45-year-old Smith").
  static bool AgesOfDifferentPeople(const Mention& m, const Context& x, const Context& y) {
    if (!m.age) return false;
    auto person = [](const Context& c) -> const std::string& {
      return c.left.rfind("N:", 0) == 0 ? c.left : c.right;
    };
    const std::string& a = person(x);
    const std::string& b = person(y);
    return a.rfind("N:", 0) == 0 && b.rfind("N:", 0) == 0 && !SameKey(a, b);
  }

  // The person an age is of: the nearest name before it ("Carl Conyers, a
  // 27-year-old student"), else after it ("21-year-old Carl Conyers"); ""
  // where none is within the context.
  static std::string PersonOfAge(const Context& c) {
    for (const std::vector<std::string>* words : {&c.left_words, &c.right_words}) {
      for (const std::string& w : *words) {
        if (w.rfind("N:", 0) == 0) return w;
      }
    }
    return "";
  }

  // True for two ages of one person, named beside each: a report that
  // gives both contradicts itself ("Twenty-one-year-old Carl Conyers" and
  // "Carl Conyers, a 27-year-old student"), where another number it also
  // gives in agreeing words elsewhere is most often another thing. Not an
  // age after "was" or "were", which may be of another time ("when
  // Shinozuka was four years old").
  static bool AgesOfOnePerson(const Mention& m, const Mention& n, const Context& x,
                              const Context& y) {
    if (!m.age || !n.age) return false;
    for (const Context* c : {&x, &y}) {
      if (c->left == "was" || c->left == "were") return false;
    }
    const std::string a = PersonOfAge(x), b = PersonOfAge(y);
    return !a.empty() && !b.empty() && SameKey(a, b);
  }

  // True when one number is an age and the other cannot be one: too large
  // or not whole ("the 11-year-old" / "2,400 texts"), or a span of time
  // ("the 39-year-old" / "an accident five years ago", "in the past 30
  // years"). A span since something may be its age: "almost 21 years
  // old" / "it's been 16 years since".
  static bool AgeAgainstNoAge(const Mention& m, const Mention& n, const Context& x,
                              const Context& y) {
    auto could_be_age = [](const Mention& a, const Context& c) {
      if (a.age) return true;
      return a.value_class.empty() && a.number >= 1 && a.number <= 120 &&
             a.number == std::floor(a.number) && !SpanOfTime(c);
    };
    return (m.age && !could_be_age(n, y)) || (n.age && !could_be_age(m, x));
  }

  // True for a number followed by a unit of time, not then by "since". An
  // age is marked as one before this is asked ("21 years old").
  static bool SpanOfTime(const Context& c) {
    static constexpr std::string_view kUnits[] = {"year", "month", "week", "day",
                                                  "hour", "minut", "decad"};
    // Keys are stems: "sinc" is "since".
    return std::find(std::begin(kUnits), std::end(kUnits), c.right) != std::end(kUnits) &&
           c.right_next != "sinc";
  }

  // Two numbers that count different things, or ages of different
  // people, or an age against a number no age could be: never one slot.
  static bool DifferentThings(const Mention& m, const Mention& n, const Context& x,
                              const Context& y, bool left, bool right) {
    return CountDifferentThings(m, x, y, left, right) || AgesOfDifferentPeople(m, x, y) ||
           AgeAgainstNoAge(m, n, x, y);
  }

  // True when two numbers count different things: "7 people" / "8 cars",
  // the first two content words after each all different ("1,300
  // inappropriate pictures" / "1,000 pictures" count one thing), and not
  // both naming people ("five young people" / "five friends"; PersonNouns).
  // Not ages, whatever follows them ("Harold Noel, 37, lives" / "the
  // 37-year-old told").
  static bool CountDifferentThings(const Mention& m, const Context& x, const Context& y, bool left,
                                   bool right) {
    if (m.kind != MentionKind::kNumber || m.age || right || !IsContentKey(x.right) ||
        !IsContentKey(y.right) || AfterSameName(x, left)) {
      return false;
    }
    const size_t nx = std::min<size_t>(2, x.right_words.size());
    const size_t ny = std::min<size_t>(2, y.right_words.size());
    for (size_t i = 0; i < nx; ++i) {
      for (size_t j = 0; j < ny; ++j) {
        if (SameKey(x.right_words[i], y.right_words[j])) return false;
      }
    }
    auto names_people = [](const std::string& folded) {
      return !folded.empty() && PersonNouns::Shared().NamesPeople(folded);
    };
    const bool people_x =
        std::any_of(x.right_folded.begin(), x.right_folded.begin() + nx, names_people);
    return !people_x ||
           std::none_of(y.right_folded.begin(), y.right_folded.begin() + ny, names_people);
  }

  // True for two numbers of 100 or more less than twice apart: reports
  // that disagree on a quantity give values of one magnitude ("$3.2
  // billion" / "$4.2 billion"), and such values are rare enough in a
  // cluster that closeness says something (small counts are everywhere).
  static bool CloseLargeValues(const Mention& m, const Mention& n) {
    if (m.kind != MentionKind::kNumber || m.value_class == "th") return false;
    const double low = std::min(m.number, n.number), high = std::max(m.number, n.number);
    return low >= 100 && high < 2 * low;
  }

  // True for two years at most two apart: a year reported wrongly is most
  // often a neighbour ("established in 2003" / "since its inception in
  // 2002"), while the other years of a story lie further off.
  static bool CloseYears(const Mention& m, const Mention& n) {
    if (m.kind != MentionKind::kDate || m.value_class != "y" || n.value_class != "y") return false;
    const int a = std::atoi(m.normalized.c_str() + 1), b = std::atoi(n.normalized.c_str() + 1);
    return a != b && std::abs(a - b) <= 2;
  }

  // Two numbers within kWeakMostRatio of each other ("two" / "eight";
  // not 2,500 / 6, nor 0 / 12).
  static bool OneMagnitude(const Mention& m, const Mention& n) {
    const double low = std::min(m.number, n.number), high = std::max(m.number, n.number);
    return low > 0 && high <= kWeakMostRatio * low;
  }

  // Two numbers further apart than kWeakMostRatio with neither neighbouring
  // word in common: the words they share further off are the story's
  // ("the Community of Christ" near "1" and near "1,500 delegates"), not
  // the quantity's. Beside the same word they may be one quantity
  // ("killed 3" / "killed 30").
  static bool FarApartWithNothingBeside(const Mention& m, const Mention& n, bool left, bool right) {
    return m.kind == MentionKind::kNumber && !OneMagnitude(m, n) && !left && !right;
  }

  static bool IsContentKey(const std::string& key) {
    return !key.empty() && key != "#" && !IsStopword(key);
  }

  // True when the common noun that ends name `theirs` ("Hennepin County",
  // "Senate Intelligence Committee") ends `mine` replaced by a word no
  // dictionary lists ("Hennepin Castellano", "Senate Intelligence
  // Oyelaran"): a county, a committee or a zoo is not called by a surname,
  // so the two are one body written two ways. Not for names of two words
  // that open with a word the dictionary lists as a name, mostly a given
  // name ("John Bennet" / "John Dossett" are two people, though "bennet" is
  // a plant too; "Senate" in "Senate Intelligence Committee" opens no
  // person's name), nor where one word lengthens the other ("World Food
  // Program" / "World Food Programme"); two common nouns name two bodies
  // ("Sony Pictures" / "Sony Entertainment"). A common noun that is a name
  // as well still counts ("Pleasant Hill" / "Pleasant Oyelaran", "United
  // States" / "United Marchetti").
  static bool HeadNounReplaced(const std::string& mine, const std::string& theirs) {
    if (!LastWordSwapped(mine, theirs)) return false;
    const std::vector<std::string> a = Words(mine);
    const std::vector<std::string> b = Words(theirs);
    // After "of" or "de" the last word is no head noun but what the body
    // is of: "Port de Bales" / "Port de Pailheres" are two passes.
    if (IsNameConnector(a[a.size() - 2])) return false;
    return !PersonsName(mine) && UnlistedForCommon(a.back(), b.back());
  }

  // True when an inner common word of a name of three words or more
  // (`theirs`, "Good Country Index") is replaced in `mine` by a word no
  // dictionary lists ("Good Marchetti Index"): with the first and last
  // words the same, one body written two ways, as with a head noun
  // (HeadNounReplaced). Two common words name two bodies ("Pew Research
  // Center" / "Pew Hispanic Center").
  static bool InnerWordReplaced(const std::string& mine, const std::string& theirs) {
    if (!LongNameOneWordSwapped(mine, theirs)) return false;
    const std::vector<std::string> a = Words(mine);
    const std::vector<std::string> b = Words(theirs);
    size_t k = 1;
    while (k + 1 < a.size() && a[k] == b[k]) ++k;
    return UnlistedForCommon(a[k], b[k]);
  }

  // True when word `own` of a name stands where another's has the common
  // word `other` and no dictionary lists it: not where one lengthens the
  // other ("Program" / "Programme"), nor a word run into a number
  // ("Cascade Range34").
  static bool UnlistedForCommon(const std::string& own, const std::string& other) {
    if (own.starts_with(other) || other.starts_with(own) ||
        own.find_first_of("0123456789") != std::string::npos) {
      return false;
    }
    const SpellingDictionary& dictionary = SpellingDictionary::Shared();
    return dictionary.KnowsInLowerCase(other) && !dictionary.Knows(own);
  }

  // True for a normalized name of two words whose first the dictionary
  // lists as a name, mostly a given name: a person's ("john bennet"; not
  // "southern california" or "senate intelligence committee").
  static bool PersonsName(std::string_view name) {
    const size_t space = name.find(' ');
    return space != std::string_view::npos && space == name.rfind(' ') &&
           SpellingDictionary::Shared().ListsAsName(name.substr(0, space));
  }

  // True for two people's names of three words, a given name, a middle
  // name and a surname, that differ in the surname alone: two people who
  // share a given and a middle name are rare, one name changed is not
  // ("Martin Luther King Jr." / "Martin Luther Harper Jr."). `mine` and
  // `theirs` are normalized names, a generational suffix left on. A
  // person's name is one with such a suffix, or one no word of which is a
  // common word ("Sarah Jessica Parker"): "Hong Kong Standard" / "Hong Kong
  // China", "Union City Park" / "Union City Football", "Los Angeles Times"
  // / "Los Angeles Despite" name no people.
  static bool MiddleNameShared(std::string_view mine, std::string_view theirs) {
    const std::string_view a = WithoutNameSuffix(mine), b = WithoutNameSuffix(theirs);
    const std::vector<std::string> words = Words(a), other = Words(b);
    if (words.size() != 3 || other.size() != 3 || !LastWordSwapped(a, b)) return false;
    if (a.size() != mine.size() || b.size() != theirs.size()) return true;
    const SpellingDictionary& dictionary = SpellingDictionary::Shared();
    auto uncommon = [&](const std::string& w) {
      return w.size() >= 3 && dictionary.ListsAsName(w) && !dictionary.KnowsInLowerCase(w);
    };
    return uncommon(words[0]) && uncommon(words[1]) && uncommon(words[2]) && uncommon(other[2]);
  }

  // The words of a normalized name.
  static std::vector<std::string> Words(std::string_view s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
      size_t space = s.find(' ', start);
      if (space == std::string_view::npos) space = s.size();
      out.emplace_back(s.substr(start, space - start));
      start = space + 1;
    }
    return out;
  }

  // Names of two words or more, equal but for the last: "seth rogen" /
  // "seth harper".
  static bool LastWordSwapped(std::string_view a, std::string_view b) {
    const size_t x = a.rfind(' '), y = b.rfind(' ');
    return x != std::string_view::npos && x == y && a.substr(0, x) == b.substr(0, y) &&
           a.substr(x) != b.substr(y);
  }

  // Names of two words or more, equal but for one word: "seth rogen" /
  // "seth harper".
  static bool OneWordSwapped(std::string_view a, std::string_view b) {
    const std::vector<std::string> x = Words(a), y = Words(b);
    if (x.size() != y.size() || x.size() < 2) return false;
    size_t differing = 0;
    for (size_t k = 0; k < x.size(); ++k) differing += x[k] != y[k];
    return differing == 1;
  }

  // Names of three words or more, equal but for one word inside: their
  // first and last words agree, more than a shared first name says ("Pew
  // Research Center" / "Pew Marchetti Center"). A different first word is
  // mostly a different place or body: "Columbine High School" / "Chatfield
  // High School".
  static bool LongNameOneWordSwapped(std::string_view a, std::string_view b) {
    if (std::count(a.begin(), a.end(), ' ') < 2) return false;
    // The first and last words, compared in place before any split.
    const size_t first_a = a.find(' '), first_b = b.find(' ');
    const size_t last_a = a.rfind(' '), last_b = b.rfind(' ');
    if (first_b == std::string_view::npos || a.substr(0, first_a) != b.substr(0, first_b) ||
        a.substr(last_a) != b.substr(last_b)) {
      return false;
    }
    return OneWordSwapped(a, b);
  }

  // Names of four words or more that differ in one word inside.
  static bool InnerWordOfFourSwapped(std::string_view a, std::string_view b) {
    return std::count(a.begin(), a.end(), ' ') >= 3 && LongNameOneWordSwapped(a, b);
  }

  // The last word of name `a` that name `b` lacks (`a`'s last word if
  // none).
  static std::string WordNotIn(const std::string& a, const std::string& b) {
    const std::vector<std::string> x = Words(a), y = Words(b);
    for (size_t k = x.size(); k-- > 0;) {
      if (std::find(y.begin(), y.end(), x[k]) == y.end()) return x[k];
    }
    return x.back();
  }

  static bool SameValue(const Mention& a, const Mention& b) {
    if (a.kind == MentionKind::kName) return CompatibleNames(a.normalized, b.normalized);
    return a.normalized == b.normalized;
  }

  // True when sentence `s` states `value`.
  bool SentenceStates(int s, const Mention& value) const {
    for (const Mention& m : mentions_[static_cast<size_t>(s)].mentions) {
      if (m.kind == value.kind && m.value_class == value.value_class && SameValue(m, value)) {
        return true;
      }
    }
    return false;
  }

  // True when document `doc` states `value` in sentence `own` or in a
  // sentence close to `other` (the slot's sentence in the other document);
  // for a name, anywhere: a document that names both is not in conflict.
  bool DocumentStates(int doc, int own, int other, const Mention& value) const {
    auto holds = [&](int s) {
      for (const Mention& m : mentions_[static_cast<size_t>(s)].mentions) {
        if (m.kind == value.kind && m.value_class == value.value_class && SameValue(m, value)) {
          return true;
        }
      }
      return false;
    };
    if (holds(own)) return true;
    if (value.kind == MentionKind::kName) {
      for (size_t s = 0; s < mentions_.size(); ++s) {
        if (facts_.doc(static_cast<int>(s)) == doc && holds(static_cast<int>(s))) return true;
      }
      return false;
    }
    for (const auto& [s, similarity] : near_[static_cast<size_t>(other)]) {
      if (facts_.doc(s) == doc && similarity >= kNearSlot && holds(s)) return true;
    }
    return false;
  }

  // Pairs of mentions (flat indices, a < b) of different documents worth
  // comparing: those in sentences that are alike, and those that share a
  // content word around them, however different their sentences ("pushed
  // 6-week-old Areej Ali into" / "When 9-week-old Areej Ali's body").
  std::vector<std::pair<size_t, size_t>> CandidatePairs() const {
    std::vector<std::pair<size_t, size_t>> out;
    for (size_t s = 0; s < near_.size() && out.size() < kMostCandidatePairs; ++s) {
      for (const auto& [t, similarity] : near_[s]) {
        if (static_cast<size_t>(t) < s) continue;
        for (size_t a = offset_[s]; a < offset_[s + 1]; ++a) {
          for (size_t b = offset_[static_cast<size_t>(t)]; b < offset_[static_cast<size_t>(t) + 1];
               ++b) {
            if (out.size() < kMostCandidatePairs) out.emplace_back(a, b);
          }
        }
      }
    }
    std::unordered_map<std::string, std::vector<size_t>> by_word;
    for (size_t m = 0; m < contexts_.size(); ++m) {
      std::vector<std::string> words = contexts_[m].left_words;
      words.insert(words.end(), contexts_[m].right_words.begin(), contexts_[m].right_words.end());
      std::sort(words.begin(), words.end());
      words.erase(std::unique(words.begin(), words.end()), words.end());
      for (std::string& w : words) by_word[w].push_back(m);
    }
    // Words around hundreds of mentions ("said") find nothing particular.
    constexpr size_t kMostPerWord = 200;
    for (const auto& [word, list] : by_word) {
      if (list.size() > kMostPerWord) continue;
      for (size_t i = 0; i < list.size() && out.size() < kMostCandidatePairs; ++i) {
        for (size_t j = i + 1; j < list.size(); ++j) out.emplace_back(list[i], list[j]);
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  template <typename Link>
  void ComparePair(size_t fa, size_t fb, Link& link) {
    const int s = static_cast<int>(SentenceOf(fa)), t = static_cast<int>(SentenceOf(fb));
    if (facts_.doc(s) == facts_.doc(t)) return;
    const Mention& m = M(fa);
    const Mention& n = M(fb);
    if (!Comparable(m, n) || m.value_class == kCodeClass || SameValue(m, n) || RoundedAlike(m, n)) {
      return;
    }
    const Context& x = contexts_[fa];
    const Context& y = contexts_[fb];
    const Agreement agreement = AgreementAround(m, n, x, y);
    const auto [left, right, shared_words] = agreement;
    const size_t score = agreement.Points();
    const float similarity = facts_.Similarity(s, t);
    // Two alike sentences with one value of the class each: the values
    // fill the same slot whatever the words around them ("agreed to buy
    // Jimmy Choo for ... $1.2 billion" / "... for $2.2 billion").
    const bool only_ones = similarity >= 0.3f && CountOfClass(s, m) == 1 && CountOfClass(t, n) == 1;
    // One document alone gives its value, and never the value the others
    // give beside the same word: the signature of a disagreement ("Fran
    // Keller, 87" against "Fran Keller, 67" in two others).
    const bool exclusive = Exclusive(m, facts_.doc(s), n) || Exclusive(n, facts_.doc(t), m);
    // Otherwise a content word around both must agree ("12 people" / "15
    // people"), not only "on" or "the"; or, for a value one document alone
    // gives, the word right beside it.
    if (shared_words == 0 && !only_ones && !(exclusive && (left || right))) return;
    if (!only_ones && FarApartWithNothingBeside(m, n, left, right)) return;
    // Numbers of different things, unless the only ones of alike sentences;
    // ages of different people.
    if ((!only_ones && CountDifferentThings(m, x, y, left, right)) ||
        AgesOfDifferentPeople(m, x, y) || AgeAgainstNoAge(m, n, x, y)) {
      return;
    }
    bool same_slot =
        only_ones || (similarity >= 0.4f && score >= 2) || score >= 3 || (exclusive && score >= 2);
    // Weekdays and years differ between reports of different days and
    // between facts of different years: only the same sentence counts.
    if (m.value_class == "d" || m.value_class == "y") {
      same_slot = (similarity >= 0.4f && (score >= 3 || only_ones)) ||
                  (similarity >= 0.2f && score >= 4 && (left || right)) ||
                  (exclusive && score >= 3 && (left || right));
    }
    if (!same_slot) return;
    // Two different names in one slot are often two parties of one event
    // ("Scotland" / "Shetland", "University of California" / "University of
    // Maryland"): a changed name keeps all its words but one, in sentences
    // that state the same thing. Three words kept around the one changed
    // say much of it themselves ("Fort Calhoun Nuclear Station" / "Fort
    // Kowalczyk Nuclear Station"): less alike sentences do.
    if (m.kind == MentionKind::kName &&
        !(OneWordSwapped(m.normalized, n.normalized) &&
          (similarity >= 0.3f ||
           (similarity >= 0.2f && InnerWordOfFourSwapped(m.normalized, n.normalized))))) {
      return;
    }
    // Where either document states the other value nearby, or gives it
    // beside words that agree as well, it does not disagree; unless it
    // gives it only in copies of this sentence, and contradicts itself.
    auto reconciles = [&](int own, int other, const Mention& value, size_t value_mention) {
      const int doc = facts_.doc(own);
      return (DocumentStates(doc, own, other, value) || FillsAsWell(value_mention, doc, score)) &&
             !GivesOnlyInCopiesOf(value, doc, own);
    };
    if (reconciles(s, t, n, fb) || reconciles(t, s, m, fa)) return;
    link(fa, fb, exclusive, similarity + 0.1f * static_cast<float>(score));
  }

  // True when document `doc` gives the value of mention `f` beside words
  // that agree with those around `f` at least as well as `score` (context
  // points, as ComparePair counts them) and at least by one word beside
  // it: there the document agrees with `f` ("around 2,700 km (1,680 miles)
  // southwest of Perth" against "about 2,700km ... south-west of Perth",
  // whatever its "2,500 km" elsewhere). Past kMostChecks mentions of the
  // value in the document, the rest are not compared; the best agreement
  // of each mention and document is kept.
  bool FillsAsWell(size_t f, int doc, size_t score) const {
    constexpr size_t kMostChecks = 64;
    const uint64_t key =
        static_cast<uint64_t>(f) * cluster_.documents.size() + static_cast<uint64_t>(doc);
    auto [it, fresh] = best_fill_.emplace(key, -1);
    if (fresh) {
      const Mention& m = M(f);
      const auto found = mentions_of_value_.find(ValueInDocument(m, doc));
      if (found != mentions_of_value_.end()) {
        const std::vector<size_t>& own = found->second;
        for (size_t i = 0; i < own.size() && i < kMostChecks; ++i) {
          // The same ValueKey: the same kind and class.
          const Agreement a = AgreementAround(m, M(own[i]), contexts_[f], contexts_[own[i]]);
          if (a.left || a.right) it->second = std::max(it->second, static_cast<int>(a.Points()));
        }
      }
    }
    return it->second >= 0 && static_cast<size_t>(it->second) >= score;
  }

  // Adds to `slot` (number `k` in `slot_of`) the mentions by which other
  // documents give one of its values in its place, one per document, and
  // returns whether it added any. A value one document alone gives keeps
  // one counterpart, so of three reports that write "could have been me 35
  // years ago" against a fourth's "45 years ago", only one would be listed
  // otherwise. A name joins wherever another document writes it so: a name
  // is its own slot. Another value joins where its evidence with a mention
  // in the slot, of any of its values (sentence similarity plus a tenth
  // per context point, as BestCounterpart weighs it) reaches kNearSlot
  // with a word beside it agreeing or the sentences alike, or, in a
  // cluster of few reports, kOtherGiverEvidence with a content word around
  // both ("her family said sunday" / "critical condition sunday evening,
  // according to ... her family"); two spans of time always need kNearSlot
  // ("results expected in about five years" / "in the last five years" is
  // 0.43). Not where the words after two numbers count different things or
  // one is an age. A mention of another value says as much of the place as
  // one of the same: "three members of Pussy Riot would be convicted" joins
  // a slot through "sentenced the four members of the feminist punk band
  // Pussy Riot", more alike than the slot's "found three members of the
  // punk band Pussy Riot guilty". In a cluster of few reports a document
  // may also join, once, through a mention that has just joined.
  // Not from a document that gives another of the slot's values, nor a
  // mention already in a slot. Each comparison is paid from `*allowance`;
  // none is made once it is spent.
  bool AddOtherGivers(size_t k, std::vector<size_t>* slot, std::vector<size_t>* slot_of,
                      size_t* allowance) const {
    constexpr size_t kMostChecks = 64;
    std::set<int> listed;
    for (size_t f : *slot) listed.insert(facts_.doc(static_cast<int>(SentenceOf(f))));
    std::map<int, std::pair<float, size_t>> best;  // Document -> evidence, mention.
    const bool few_reports = cluster_.documents.size() <= kFewReports;
    // Adds to `*found` the best mention of each document not listed (nor
    // in `*joined`, if given) that gives a value of the slot where one of
    // `against` gives one. False when the allowance runs out.
    auto look_for_givers = [&](const std::vector<size_t>& against,
                               const std::map<int, std::pair<float, size_t>>* joined,
                               std::map<int, std::pair<float, size_t>>* found) {
      std::set<std::string> values;  // Those whose givers were looked for.
      for (size_t f : *slot) {
        const Mention& m = M(f);
        if (!values.insert(ValueKey(m)).second) continue;
        for (int doc : docs_of_value_.at(ValueKey(m))) {
          if (listed.count(doc) != 0 || (joined != nullptr && joined->count(doc) != 0)) continue;
          const auto mentions = mentions_of_value_.find(ValueInDocument(m, doc));
          if (mentions == mentions_of_value_.end()) continue;
          const std::vector<size_t>& theirs = mentions->second;
          for (size_t j = 0; j < theirs.size() && j < kMostChecks; ++j) {
            if (*allowance == 0) return false;
            --*allowance;
            const size_t g = theirs[j];
            if ((*slot_of)[g] != SIZE_MAX) continue;
            // A name is its own slot: every document that writes it so joins.
            if (m.kind == MentionKind::kName) {
              found->emplace(doc, std::make_pair(1.0f, g));
              break;
            }
            for (size_t h : against) {
              if (*allowance == 0) return false;
              --*allowance;
              const float evidence = GiverEvidence(h, g, few_reports);
              if (evidence < 0.0f) continue;
              auto [it, fresh] = found->emplace(doc, std::make_pair(evidence, g));
              if (!fresh && evidence > it->second.first) it->second = {evidence, g};
            }
          }
        }
      }
      return true;
    };
    if (!look_for_givers(*slot, nullptr, &best)) return false;
    // In a cluster of few reports, a document may join through one that
    // just joined: "the penny-pinching 1981 original" through "Sam Raimi's
    // 1981 original", which joined through "Sam Raimi's 1981 cult
    // favorite". Once only, and not in more reports, where errors would
    // compound.
    if (few_reports && !best.empty() && M(slot->front()).kind != MentionKind::kName) {
      std::vector<size_t> joined;
      for (const auto& [doc, chosen] : best) joined.push_back(chosen.second);
      std::map<int, std::pair<float, size_t>> through_joined;
      if (!look_for_givers(joined, &best, &through_joined)) return false;
      best.insert(through_joined.begin(), through_joined.end());
    }
    if (!slot->empty() && M(slot->front()).kind == MentionKind::kName &&
        !AddShorterForms(*slot, listed, *slot_of, &best, allowance)) {
      return false;
    }
    for (const auto& [doc, chosen] : best) {
      slot->push_back(chosen.second);
      (*slot_of)[chosen.second] = k;
    }
    return !best.empty();
  }

  // The evidence by which mention `g` of another document gives the value
  // of a slot where its mention `h` does (sentence similarity plus a tenth
  // per context point), -1 where that is too little (AddOtherGivers).
  float GiverEvidence(size_t h, size_t g, bool few_reports) const {
    const Mention& o = M(h);
    const Mention& n = M(g);
    if (!Comparable(o, n)) return -1.0f;
    const float similarity =
        facts_.Similarity(static_cast<int>(SentenceOf(h)), static_cast<int>(SentenceOf(g)));
    const Agreement a = AgreementAround(o, n, contexts_[h], contexts_[g]);
    const float evidence = similarity + 0.1f * static_cast<float>(a.Points());
    // A content word shared around the two mentions lets the lesser
    // evidence do; not a word beside them alone ("an act she first
    // exhibited Sunday in Chicago" / "will meet again Sunday in Seattle"),
    // nor the month of two dates, nor for two spans of time, which agree in
    // their unit whatever they measure ("sentenced to five years in prison"
    // / "ran the branch for five years").
    const bool lesser = few_reports && SharedAround(o, contexts_[h], contexts_[g]) > 0 &&
                        !(SpanOfTime(contexts_[h]) && SpanOfTime(contexts_[g]));
    if (evidence < (lesser ? kOtherGiverEvidence : kNearSlot) ||
        (!lesser && !a.left && !a.right && similarity < kNearSlot) ||
        DifferentThings(o, n, contexts_[h], contexts_[g], a.left, a.right)) {
      return -1.0f;
    }
    return evidence;
  }

  // True when `form`, a shorter form of name `value` ("ottawa" of
  // "university of ottawa"), names another thing: the words it leaves out
  // are common words ("university", "of", "embassy", "air") and its own
  // are listed as names only (a city, a state, a country). A person's name
  // keeps its short form ("abbott" of "greg abbott": "greg" is no common
  // word), and so does a word common too ("paramount" of "paramount
  // pictures").
  static bool ShortFormNamesAnother(const std::string& value, const std::string& form) {
    const SpellingDictionary& dictionary = SpellingDictionary::Shared();
    const std::vector<std::string> words = Words(value), kept = Words(form);
    bool left_out = false;
    for (const std::string& w : words) {
      if (std::find(kept.begin(), kept.end(), w) != kept.end()) continue;
      if (!dictionary.KnowsInLowerCase(w)) return false;
      left_out = true;
    }
    return left_out && std::all_of(kept.begin(), kept.end(), [&](const std::string& w) {
             return dictionary.ListsAsName(w) && !dictionary.KnowsInLowerCase(w);
           });
  }

  // For a name slot: adds to `*best` (document -> evidence, mention) a
  // document not `listed` that writes a value in another form holding the
  // one word another value replaces ("Paramount" for "Paramount Pictures"
  // against "Piramount Pictures"; nothing for "Dean Heller of Nevada"
  // against "Dean Hleler", which differ in three words), a form no other
  // value of the slot takes, in a mention of no slot (`slot_of`). False
  // when the allowance runs out.
  bool AddShorterForms(const std::vector<size_t>& slot, const std::set<int>& listed,
                       const std::vector<size_t>& slot_of,
                       std::map<int, std::pair<float, size_t>>* best, size_t* allowance) const {
    std::vector<std::string> values;
    for (size_t f : slot) {
      if (std::find(values.begin(), values.end(), M(f).normalized) == values.end()) {
        values.push_back(M(f).normalized);
      }
    }
    // The word of a value that another value replaces by one of its own
    // ("paramount" against "piramount"), where that is their only
    // difference.
    auto replaced_word = [](const std::string& value, const std::string& other) -> std::string {
      const std::vector<std::string> mine = Words(value), theirs = Words(other);
      auto only_word_not_in = [](const std::vector<std::string>& a,
                                 const std::vector<std::string>& b) -> std::string {
        std::string found;
        for (const std::string& w : a) {
          if (std::find(b.begin(), b.end(), w) != b.end()) continue;
          if (!found.empty()) return "";
          found = w;
        }
        return found;
      };
      return only_word_not_in(theirs, mine).empty() ? "" : only_word_not_in(mine, theirs);
    };
    for (const std::string& value : values) {
      for (const std::string& other : values) {
        if (other == value) continue;
        const std::string word = replaced_word(value, other);
        if (word.empty()) continue;
        const auto it = names_by_word_.find(word);
        if (it == names_by_word_.end()) continue;
        for (size_t g : it->second) {
          if (*allowance == 0) return false;
          --*allowance;
          const int doc = facts_.doc(static_cast<int>(SentenceOf(g)));
          const std::string& form = M(g).normalized;
          if (slot_of[g] != SIZE_MAX || listed.count(doc) != 0 || best->count(doc) != 0 ||
              !CompatibleNames(value, form) || ShortFormNamesAnother(value, form)) {
            continue;
          }
          const bool other_value = std::any_of(
              values.begin(), values.end(),
              [&](const std::string& v) { return v != value && CompatibleNames(v, form); });
          if (!other_value) best->emplace(doc, std::make_pair(1.0f, g));
        }
      }
    }
    return true;
  }

  // The key of mentions_of_value_: a value (ValueKey) in one document.
  static std::string ValueInDocument(const Mention& m, int doc) {
    return ValueKey(m) + '\n' + std::to_string(doc);
  }

  // A counterpart taken only where no other is paired: a weekday that the
  // lone value's document also gives, with less evidence than
  // kTimeEvidence (but kLoneEvidence at least), where the document gives
  // it only in sentences unlike the counterpart's and in other words. A
  // report's "Troopers said Monday they had caught the snowmobiler"
  // against another's Saturday, where its own Saturdays are "took her son
  // to jail around noon Saturday" and "late Saturday afternoon": those
  // tell of other things, and leave Monday against Saturday.
  struct Fallback {
    size_t mention = SIZE_MAX;
    float evidence = 0.0f;
  };

  // The mention of another document (of `only_doc`, if not negative) that
  // best fills the slot of mention `fa`, among those whose value the
  // other's document does not give and whose document does not give
  // `fa`'s value; SIZE_MAX if none. `*evidence` is the sentence similarity
  // plus a tenth per context point. Where `fallback` is given, the best
  // Fallback goes there.
  size_t BestCounterpart(size_t fa, const std::vector<size_t>& scan, int only_doc, float* evidence,
                         Fallback* fallback = nullptr) const {
    const Mention& m = M(fa);
    const int s = static_cast<int>(SentenceOf(fa));
    const int doc = facts_.doc(s);
    const std::vector<int>& mine = docs_of_value_.at(ValueKey(m));
    size_t best = SIZE_MAX;
    float best_rank = -1.0f, alike_rank = -1.0f;
    *evidence = 0.0f;
    float fallback_rank = -1.0f;
    for (size_t fb : scan) {
      const Mention& n = M(fb);
      const int t = static_cast<int>(SentenceOf(fb));
      const int other = facts_.doc(t);
      if (other == doc || (only_doc >= 0 && other != only_doc) || !Comparable(m, n) ||
          SameValue(m, n)) {
        continue;
      }
      if (std::find(mine.begin(), mine.end(), other) != mine.end()) continue;
      // Where the document gives the other value too (elsewhere: never in
      // this sentence), only strong evidence pairs them: one of its
      // mentions was written differently from the rest. Copies of this
      // sentence that give it do not count (GivesOnlyInCopiesOf).
      const std::vector<int>& theirs = docs_of_value_.at(ValueKey(n));
      const bool also_mine = std::find(theirs.begin(), theirs.end(), doc) != theirs.end() &&
                             !GivesOnlyInCopiesOf(n, doc, s);
      // Not for names: a report that names both means two.
      if (also_mine && (SentenceStates(s, n) || n.kind == MentionKind::kName)) {
        continue;
      }
      // A name's counterpart is the same name with its last word changed
      // ("Donald Okafor" / "Donald Trump"; "Pacific Ocean" / "Indian Ocean"
      // are two places), a long name with one inner word changed ("Pew
      // Marchetti Center" / "Pew Research Center"), or one word misspelled;
      // a generational suffix one writes and the other leaves out is no
      // word of the name ("Keith Knowles Jr." / "Keith Okafor, Jr.").
      if (m.kind == MentionKind::kName) {
        const std::string_view a = WithoutNameSuffix(m.normalized);
        const std::string_view b = WithoutNameSuffix(n.normalized);
        if (!LastWordSwapped(a, b) && !LongNameOneWordSwapped(a, b) && !SpellingVariants(a, b)) {
          continue;
        }
      }
      const Context& x = contexts_[fa];
      const Context& y = contexts_[fb];
      const Agreement agreement = AgreementAround(m, n, x, y);
      const bool left = agreement.left, right = agreement.right;
      if (DifferentThings(m, n, x, y, left, right)) continue;
      float score = facts_.Similarity(s, t) + 0.1f * static_cast<float>(agreement.Points());
      // A value that is this one rounded, or that it rounds, agrees with
      // it; where it fills the slot best, there is no other counterpart.
      if (RoundedAlike(m, n)) {
        alike_rank = std::max(alike_rank, score);
        continue;
      }
      if (CloseLargeValues(m, n) || (CloseYears(m, n) && score >= kLeastForCloseYears)) {
        score += kCloseValueEvidence;
      }
      const bool time = m.value_class == "d" || m.value_class == "y";
      if (also_mine && score < kLoneEvidence) continue;
      // A weekday the document also gives, short of kTimeEvidence, is only
      // a `fallback`, and only where the document gives it in sentences
      // unlike the other's and in other words (see Fallback). Not years,
      // which one story gives many of, far apart.
      const bool short_of_time = also_mine && time && score < kTimeEvidence;
      if (short_of_time && (fallback == nullptr || m.value_class != "d" || GivesAlike(fb, doc))) {
        continue;
      }
      // Nor where the document gives it beside words that agree with
      // those around it as well: there it agrees ("2,700 km southwest of
      // Perth" in both, whatever its "2,500 km" elsewhere).
      if (also_mine && FillsAsWell(fb, doc, agreement.Points()) && !AgesOfOnePerson(m, n, x, y)) {
        continue;
      }
      if (FarApartWithNothingBeside(m, n, left, right) ||
          (m.kind == MentionKind::kNumber && score < kLoneEvidence && !OneMagnitude(m, n))) {
        continue;
      }
      // A value the document never gives is the likelier counterpart: it
      // competes with its full evidence, one the document also gives with
      // kAlsoGivenDiscount less ("will pay $4.4 million to a couple" is
      // not "pays $80,000 for each year" where the document says $80,000
      // too, but "will receive $3.4 million").
      const float rank = also_mine ? score - kAlsoGivenDiscount : score;
      if (short_of_time) {
        if (rank > fallback_rank) {
          fallback_rank = rank;
          *fallback = {fb, score};
        }
      } else if (rank > best_rank) {
        best_rank = rank;
        *evidence = score;
        best = fb;
      }
    }
    if (best != SIZE_MAX && alike_rank >= best_rank) {
      *evidence = 0.0f;
      return SIZE_MAX;
    }
    return best;
  }

  // True when document `doc` gives the value of `value`, and only in
  // copies of sentence `s` (CopyButForOneValue): a page that repeats its
  // lead, "handing Pistorius a five-year ban" in one copy and "a
  // seven-year ban" in the other, contradicts itself, and the copy states
  // no other fact. Past kMostChecks mentions of the value in the
  // document, false.
  bool GivesOnlyInCopiesOf(const Mention& value, int doc, int s) const {
    constexpr size_t kMostChecks = 64;
    const auto found = mentions_of_value_.find(ValueInDocument(value, doc));
    if (found == mentions_of_value_.end() || found->second.size() > kMostChecks) return false;
    for (size_t own : found->second) {
      if (!CopyButForOneValue(static_cast<int>(SentenceOf(own)), s)) return false;
    }
    return true;
  }

  // True when sentences `a` and `b` (a != b) are one sentence written
  // twice but for one value: the same words, mentions of the same kinds in
  // the same places, and all of them the same but one. Sentences of a
  // template filled anew ("The Dow rose 30 points to 10,412") differ in
  // more.
  bool CopyButForOneValue(int a, int b) const {
    if (a == b) return false;
    const SentenceMentions& x = mentions_[static_cast<size_t>(a)];
    const SentenceMentions& y = mentions_[static_cast<size_t>(b)];
    // The mention that starts at or covers token `k`, if any.
    auto mention_at = [](const SentenceMentions& in, size_t k) -> const Mention* {
      for (const Mention& m : in.mentions) {
        if (k >= m.first_token && k < m.end_token) return &m;
      }
      return nullptr;
    };
    size_t i = 0, j = 0;
    bool changed = false;
    while (i < x.tokens.size() && j < y.tokens.size()) {
      const Mention* m = mention_at(x, i);
      const Mention* n = mention_at(y, j);
      if ((m == nullptr) != (n == nullptr)) return false;
      if (m != nullptr) {
        if (m->kind != n->kind) return false;
        if (!SameValue(*m, *n)) {
          if (changed) return false;
          changed = true;
        }
        i = m->end_token;
        j = n->end_token;
      } else {
        if (x.tokens[i].folded != y.tokens[j].folded) return false;
        ++i;
        ++j;
      }
    }
    return i == x.tokens.size() && j == y.tokens.size();
  }

  // True when document `doc` gives the value of mention `f` in a sentence
  // alike `f`'s (kLeastSlotSimilarity) or beside a word that agrees with
  // those around `f`. Past kMostChecks mentions of the value in the
  // document, the rest are not compared.
  bool GivesAlike(size_t f, int doc) const {
    constexpr size_t kMostChecks = 64;
    const Mention& n = M(f);
    const auto found = mentions_of_value_.find(ValueInDocument(n, doc));
    if (found == mentions_of_value_.end()) return false;
    const int t = static_cast<int>(SentenceOf(f));
    const std::vector<size_t>& own = found->second;
    for (size_t i = 0; i < own.size() && i < kMostChecks; ++i) {
      if (AgreementAround(n, M(own[i]), contexts_[f], contexts_[own[i]]).Points() > 0 ||
          facts_.Similarity(static_cast<int>(SentenceOf(own[i])), t) >= kLeastSlotSimilarity) {
        return true;
      }
    }
    return false;
  }

  // Name mentions by each word of their normalized form.
  using NameIndex = std::unordered_map<std::string, std::vector<size_t>>;

  // True when a document that `accept` takes names `name` in a compatible
  // form that shares a word with it (`only_word`, if not empty), other
  // than `not_alone` alone (if not empty).
  template <typename Accept>
  bool Named(const NameIndex& names, const std::string& name, Accept accept,
             const std::string& only_word = "", const std::string& not_alone = "") const {
    const std::vector<std::string> words =
        only_word.empty() ? Words(name) : std::vector<std::string>{only_word};
    for (const std::string& word : words) {
      const auto it = names.find(word);
      if (it == names.end()) continue;
      for (size_t f : it->second) {
        if (accept(facts_.doc(static_cast<int>(SentenceOf(f)))) &&
            (not_alone.empty() || M(f).normalized != not_alone) &&
            CompatibleNames(M(f).normalized, name)) {
          return true;
        }
      }
    }
    return false;
  }

  // True when the cluster names `name` in another spelling (SpellingVariants):
  // "senate judiciary committee" for "senate judicary committee".
  bool SpelledOtherwise(const NameIndex& names, const std::string& name) const {
    const auto it = names.find(Words(name).front());
    if (it == names.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](size_t f) { return SpellingVariants(M(f).normalized, name); });
  }

  // Mentions whose whole name is the single word `word`, in document
  // `doc` (any document if `doc` is -1).
  size_t Alone(const NameIndex& names, const std::string& word, int doc) const {
    const auto it = names.find(word);
    if (it == names.end()) return 0;
    return static_cast<size_t>(std::count_if(it->second.begin(), it->second.end(), [&](size_t f) {
      return M(f).normalized == word &&
             (doc < 0 || facts_.doc(static_cast<int>(SentenceOf(f))) == doc);
    }));
  }

  // True when document `doc` gives a name of two words or more that ends
  // in `word` ("josh koskoff" for "koskoff").
  bool OtherFullName(const NameIndex& names, const std::string& word, int doc) const {
    const auto it = names.find(word);
    if (it == names.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](size_t f) {
      const std::string& name = M(f).normalized;
      return name.size() > word.size() && name.ends_with(word) &&
             name[name.size() - word.size() - 1] == ' ' &&
             facts_.doc(static_cast<int>(SentenceOf(f))) == doc;
    });
  }

  // A value that one document alone gives is compared with its best
  // counterpart: the value of another document, which the first never
  // gives, in the most alike sentence or beside the same words. This is the
  // signature of one outlet's different figure for a fact the others report
  // in other words ("Texas will pay $4.4 million to a couple" / "will
  // receive $3.4 million from a state fund"). Returns, for each mention,
  // its chosen counterpart (SIZE_MAX if none) and the evidence for it.
  struct Choice {
    size_t counterpart = SIZE_MAX;
    float evidence = 0.0f;
  };
  std::vector<Choice> MatchLoneValues(const std::vector<std::pair<size_t, size_t>>& pairs) const {
    std::vector<Choice> chosen(offset_.back());
    std::vector<std::vector<size_t>> partners(offset_.back());
    for (const auto& [a, b] : pairs) {
      partners[a].push_back(b);
      partners[b].push_back(a);
    }
    // Every mention of a class is a partner where the class is small
    // enough to scan.
    std::unordered_map<std::string, std::vector<size_t>> by_class;
    const NameIndex& names = names_by_word_;
    for (size_t f = 0; f < offset_.back(); ++f) {
      by_class[std::to_string(static_cast<int>(M(f).kind)) + M(f).value_class].push_back(f);
    }
    // The one weekday each document names ("d4"); "" where it names none,
    // "*" (no weekday's value) where it names several.
    std::vector<std::string> only_weekday(cluster_.documents.size());
    for (size_t f = 0; f < offset_.back(); ++f) {
      if (M(f).kind != MentionKind::kDate || M(f).value_class != "d") continue;
      std::string& day =
          only_weekday[static_cast<size_t>(facts_.doc(static_cast<int>(SentenceOf(f))))];
      day = day.empty() || day == M(f).normalized ? M(f).normalized : "*";
    }
    // Every mention scanned below is paid for from one allowance
    // (kMostCounterpartScans); a value whose scan no longer fits is not
    // paired.
    size_t allowance = kMostCounterpartScans;
    auto afford = [&](size_t cost) {
      if (cost > allowance) return false;
      allowance -= cost;
      return true;
    };
    auto named_cost = [&](const std::string& word) {
      const auto it = names.find(word);
      return it == names.end() ? size_t{0} : it->second.size();
    };
    for (size_t fa = 0; fa < offset_.back() && allowance > 0; ++fa) {
      const Mention& m = M(fa);
      const int doc = facts_.doc(static_cast<int>(SentenceOf(fa)));
      if (docs_of_value_.at(ValueKey(m)).size() != 1 || m.value_class == kCodeClass) continue;
      const std::vector<size_t>& same_class =
          by_class[std::to_string(static_cast<int>(m.kind)) + m.value_class];
      const bool scan_all = same_class.size() <= kMostScanned;
      if (m.kind == MentionKind::kName) {
        // Names of two words or more that no other document names in a
        // form with the last word ("Okafor" alone would be the same person;
        // "Donald" alone could be the other). A common word alone ("the
        // Index") is not the name of three words or more it ends ("Good
        // Marchetti Index"; "US" of "U.S." is no such word).
        if (m.normalized.find(' ') == std::string::npos) continue;
        const std::vector<std::string> words = Words(m.normalized);
        const bool common_end = words.size() >= 3 && words.back().size() >= 4 &&
                                SpellingDictionary::Shared().KnowsInLowerCase(words.back());
        if (!afford(named_cost(words.back())) ||
            Named(
                names, m.normalized, [&](int d) { return d != doc; }, words.back(),
                common_end ? words.back() : "")) {
          continue;
        }
      }
      // The mentions a counterpart of `f` may be: for a name, those sharing
      // a word with it (a name one word apart does). Empty when the
      // allowance cannot pay for them.
      std::vector<size_t> sharing;
      const std::vector<size_t> none;
      auto scan_for = [&](size_t f) -> const std::vector<size_t>& {
        if (M(f).kind != MentionKind::kName) {
          const std::vector<size_t>& scan = scan_all ? same_class : partners[f];
          return afford(scan.size()) ? scan : none;
        }
        sharing.clear();
        size_t cost = 0;
        for (const std::string& word : Words(M(f).normalized)) {
          const auto it = names.find(word);
          if (it != names.end()) cost += it->second.size();
        }
        if (!afford(cost)) return none;
        for (const std::string& word : Words(M(f).normalized)) {
          const auto it = names.find(word);
          if (it != names.end())
            sharing.insert(sharing.end(), it->second.begin(), it->second.end());
        }
        std::sort(sharing.begin(), sharing.end());
        sharing.erase(std::unique(sharing.begin(), sharing.end()), sharing.end());
        return sharing;
      };
      float evidence = 0.0f;
      Fallback fallback;
      const size_t best = BestCounterpart(fa, scan_for(fa), -1, &evidence, &fallback);
      if (best == SIZE_MAX) {
        if (fallback.mention != SIZE_MAX) chosen[fa] = {fallback.mention, fallback.evidence};
        continue;
      }
      bool mutual = false;
      float back_evidence = 0.0f;
      if (evidence < kLoneEvidence) {
        mutual = BestCounterpart(best, scan_for(best), doc, &back_evidence) == fa;
      }
      // Two people of one first name, each named by one document, are
      // common, and so are two schools or two universities: a changed name
      // needs the document to name the other's by the word that differs too
      // ("Trump" beside "Donald Okafor"; not "Sony" beside "Sony
      // Entertainment" against "Sony Pictures"), and not where that word
      // ends another name of the document ("Koskoff" beside "Josh Koskoff"
      // is Josh), or a sentence much alike; or a common word of the name
      // replaced by one no dictionary lists (HeadNounReplaced,
      // InnerWordReplaced).
      //
      // With a person's name (two words, the first never a name alone:
      // "Senate GOP" / "Senate Democratic" are not people), that is
      // evidence enough on its own when the document names the other by
      // that word twice or more and itself never by its own last word: it
      // writes "Trump" thirty times and "Donald Okafor" once, never
      // "Okafor", where another document writes "Donald Trump". A second
      // person would be called by the last name after the first mention.
      bool names_other = false;
      if (m.kind == MentionKind::kName && !Framed(contexts_[fa], contexts_[best]) &&
          facts_.Similarity(static_cast<int>(SentenceOf(fa)), static_cast<int>(SentenceOf(best))) <
              0.3f) {
        const std::string mine(WithoutNameSuffix(m.normalized));
        const std::string theirs(WithoutNameSuffix(M(best).normalized));
        const std::vector<std::string> own_words = Words(mine);
        const std::string word = WordNotIn(theirs, mine);
        auto in_doc = [&](int d) { return d == doc; };
        // The dictionary is asked only where the naming rule fails; a word
        // replaced is none where the cluster spells the name otherwise
        // ("Senate Judicary Committee" beside "Senate Judiciary Committee"
        // is no "Senate Intelligence Committee").
        if ((!afford(2 * named_cost(word)) || !Named(names, theirs, in_doc, word) ||
             OtherFullName(names, word, doc)) &&
            ((!HeadNounReplaced(mine, theirs) && !InnerWordReplaced(mine, theirs)) ||
             !afford(named_cost(own_words.front())) || SpelledOtherwise(names, mine)) &&
            !MiddleNameShared(m.normalized, M(best).normalized)) {
          continue;
        }
        const std::string first = Words(theirs).front();
        const std::string& own_last = own_words.back();
        names_other = own_words.size() == 2 && LastWordSwapped(mine, theirs) &&
                      afford(named_cost(first) + named_cost(word) + named_cost(own_last)) &&
                      Alone(names, first, -1) == 0 && Alone(names, word, doc) >= 2 &&
                      Alone(names, own_last, doc) == 0;
      }
      // Two reports that each name one day of the week, a different one,
      // in sentences that share a word and are each other's best: the
      // day of the one event they tell ("a court decision Friday
      // dismissed a lawsuit" / "a New York judge ruled Thursday"), where
      // the words around the days seldom agree.
      const bool only_days =
          mutual && m.value_class == "d" && evidence > 0.0f &&
          only_weekday[static_cast<size_t>(doc)] == m.normalized &&
          only_weekday[static_cast<size_t>(facts_.doc(static_cast<int>(SentenceOf(best))))] ==
              M(best).normalized;
      if (evidence >= kLoneEvidence || (mutual && evidence >= kMutualEvidence) || names_other ||
          only_days) {
        chosen[fa] = {best, evidence};
      } else if (fallback.mention != SIZE_MAX) {
        chosen[fa] = {fallback.mention, fallback.evidence};
      }
    }
    return chosen;
  }

  // The mentions of names[i] and of every name compatible with it but not
  // with names[j] that holds the word of names[i] that names[j] spells
  // otherwise: "mitt romniy" with "romniy" against "romney", but not "state
  // duma", a part of "state duma speaker sergei naryshkin", against "sergey
  // naryshkin".
  static std::vector<size_t> WithOtherForms(
      const std::vector<const std::pair<const std::string, std::vector<size_t>>*>& names, size_t i,
      size_t j) {
    std::vector<size_t> out = names[i]->second;
    const std::string spelled = WordNotIn(names[i]->first, names[j]->first);
    for (size_t k = 0; k < names.size(); ++k) {
      if (k != i && CompatibleNames(names[k]->first, names[i]->first) &&
          !CompatibleNames(names[k]->first, names[j]->first)) {
        const std::vector<std::string> words = Words(names[k]->first);
        if (std::find(words.begin(), words.end(), spelled) == words.end()) continue;
        out.insert(out.end(), names[k]->second.begin(), names[k]->second.end());
      }
    }
    return out;
  }

  // Whether a mention of `a` and one of `b`, in two documents, fill one
  // slot: their sentences are alike, or a content word beside them agrees
  // ("President Trump" / "President Tramp"). Past kMostSlotChecks
  // mentions of each, the rest are not compared.
  bool InOneSlot(const std::vector<size_t>& a, const std::vector<size_t>& b) const {
    constexpr size_t kMostSlotChecks = 200;
    std::set<size_t> sentences_of_b;
    for (size_t m : b) sentences_of_b.insert(SentenceOf(m));
    for (size_t i = 0; i < a.size() && i < kMostSlotChecks; ++i) {
      const size_t s = SentenceOf(a[i]);
      const int doc = facts_.doc(static_cast<int>(s));
      for (const auto& [t, similarity] : near_[s]) {
        if (sentences_of_b.count(static_cast<size_t>(t)) != 0 && facts_.doc(t) != doc) return true;
      }
      for (size_t j = 0; j < b.size() && j < kMostSlotChecks; ++j) {
        if (facts_.doc(static_cast<int>(SentenceOf(b[j]))) != doc &&
            SharedAround(M(a[i]), contexts_[a[i]], contexts_[b[j]]) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  // Names that documents spell two ways.
  template <typename Link>
  void LinkSpellings(Link& link) {
    const SpellingDictionary& dictionary = SpellingDictionary::Shared();
    std::map<std::string, std::vector<size_t>> by_name;
    std::map<std::string, bool> seen_inside;  // Some mention not opening a clause.
    for (size_t flat = 0; flat < offset_.back(); ++flat) {
      const Mention& m = M(flat);
      if (m.kind != MentionKind::kName) continue;
      by_name[m.normalized].push_back(flat);
      seen_inside[m.normalized] = seen_inside[m.normalized] || !m.opens_clause ||
                                  m.normalized.find(' ') != std::string::npos;
    }
    auto docs_of = [&](const std::vector<size_t>& list) {
      std::vector<int> docs;
      for (size_t m : list) docs.push_back(facts_.doc(static_cast<int>(SentenceOf(m))));
      std::sort(docs.begin(), docs.end());
      docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
      return docs;
    };
    // Whether a document writes `name` with `lone` in place of its word
    // at `word` (a view into `name`): the two longer names are then the
    // pair ("International Holocaast Remembrance Day" / "International
    // Holocaust Remembrance Day"), not a longer name and a lone word.
    auto written_with = [&](std::string_view name, std::string_view word, std::string_view lone) {
      std::string other(name.substr(0, static_cast<size_t>(word.data() - name.data())));
      other += lone;
      other += name.substr(static_cast<size_t>(word.data() - name.data()) + word.size());
      return by_name.count(other) != 0;
    };
    // A lone word one slip from a word of a longer name, first and last
    // letters kept, is that name misspelled in a short form ("Stanfird" /
    // "Stanford University", "Heavun" / "Stairway to Heaven"); an ending
    // added is another word ("Australia" / "Australian Open"), and a word
    // seen only where sentences open may be no name ("Nothing" / "Notting
    // Hill").
    auto short_form = [&](const std::string& lone, bool lone_inside, const std::string& name) {
      if (!lone_inside || lone.size() < 6 || lone.find(' ') != std::string::npos ||
          name.find(' ') == std::string::npos) {
        return false;
      }
      for (size_t start = 0; start < name.size();) {
        const size_t end = std::min(name.find(' ', start), name.size());
        const std::string_view piece = std::string_view(name).substr(start, end - start);
        start = end + 1;
        if (piece.size() < 6 || lone.back() != piece.back() || !OneSlipApart(lone, piece)) {
          continue;
        }
        const std::string word(piece);
        // Two words the dictionary lists are two words ("Colombia" /
        // "British Columbia", "Middletown" / "Jim Middleton"). So are a
        // person's surname and a known word one slip from it ("Frank
        // Tomota" / "Toyota"), though an unknown one may be the surname
        // misspelled ("Modzeleski" / "Bill Modzelski"). A name that opens
        // with a word not listed as a name is no person's ("Southern
        // Claifornia" / "California").
        const bool lone_known = dictionary.Knows(lone);
        if (lone_known && dictionary.Knows(word)) continue;
        // (The dictionary is asked whether the name is a person's last.)
        if (lone_known != dictionary.Knows(word) && end == name.size() && PersonsName(name)) {
          continue;
        }
        if (written_with(name, piece, lone)) continue;
        // Where other documents write the word as a name of its own that
        // the lone word misspells ("Ukrainian" beside "Ukrainian Navy"),
        // the two are paired directly, not the lone word with every longer
        // name holding the word ("Ukranian" / "Ukrainian Navy", "Ukrainian
        // Parliament", ...).
        const auto alone = by_name.find(word);
        if (alone == by_name.end() || !SpellingVariants(lone, word) ||
            docs_of(alone->second) == docs_of(by_name.at(lone))) {
          return true;
        }
      }
      return false;
    };
    // A lone word and a word of a longer name one slip apart, one of the
    // two no word at all and the other a common one ("Undergground" /
    // "London Underground", "Twilight" / "Twillight Saga"), where no
    // document writes that word of the longer name alone (the two lone
    // words are then compared above). Names are known to the dictionary
    // as often as not, and one unknown name beside a known one is most
    // often two names ("Tomota" / "Toyota", "Nicholae" / "Nicholas"):
    // the known word must be listed in lower case.
    auto slip_in_longer = [&](const std::vector<std::string_view>& a,
                              const std::vector<std::string_view>& b) {
      if ((a.size() == 1) == (b.size() == 1)) return false;
      const std::string_view lone = a.size() == 1 ? a[0] : b[0];
      const std::vector<std::string_view>& longer = a.size() == 1 ? b : a;
      if (lone.size() < 6) return false;
      // The words are views into the name.
      const std::string_view name_of_longer(
          longer.front().data(),
          static_cast<size_t>(longer.back().data() + longer.back().size() - longer.front().data()));
      return std::any_of(longer.begin(), longer.end(), [&](std::string_view word) {
        if (word.size() < 6 || !OneSlipApart(lone, word) || !CloseSpelling(lone, word, 1)) {
          return false;
        }
        const bool lone_known = dictionary.Knows(lone);
        if (lone_known == dictionary.Knows(word)) return false;
        if (!dictionary.KnowsInLowerCase(lone_known ? lone : word)) return false;
        return by_name.count(std::string(word)) == 0 && !written_with(name_of_longer, word, lone);
      });
    };
    std::vector<const std::pair<const std::string, std::vector<size_t>>*> names;
    for (const auto& entry : by_name) names.push_back(&entry);
    // Bounded work on huge clusters: the most mentioned names only.
    constexpr size_t kMostNames = 3000;
    if (names.size() > kMostNames) {
      std::stable_sort(names.begin(), names.end(), [](const auto* a, const auto* b) {
        return a->second.size() > b->second.size();
      });
      names.resize(kMostNames);
    }
    // Looked up once here, not for each of the pairs below.
    std::vector<bool> inside(names.size());
    std::vector<std::vector<std::string_view>> words(names.size());
    for (size_t k = 0; k < names.size(); ++k) {
      inside[k] = seen_inside.at(names[k]->first);
      const std::string& name = names[k]->first;
      for (size_t start = 0; start <= name.size();) {
        const size_t end = std::min(name.find(' ', start), name.size());
        words[k].push_back(std::string_view(name).substr(start, end - start));
        start = end + 1;
      }
    }
    for (size_t i = 0; i < names.size(); ++i) {
      for (size_t j = i + 1; j < names.size(); ++j) {
        // A single capitalized word seen only where a sentence or clause
        // opens may be an ordinary word ("Speaking" / "Speeding"): one of
        // the two spellings must be seen inside a sentence ("the northern
        // Japunese island" / "(Japanese)"), and then the two must be one
        // slip apart.
        const std::string& x = names[i]->first;
        const std::string& y = names[j]->first;
        const bool variants = (inside[i] || inside[j]) && SpellingVariants(x, y) &&
                              ((inside[i] && inside[j]) || OneSlipApart(x, y));
        if (!variants && !short_form(x, inside[i], y) && !short_form(y, inside[j], x) &&
            !slip_in_longer(words[i], words[j])) {
          continue;
        }
        // Two lone words the dictionary lists are two words ("Christian" /
        // "Christmas", "Explore" / "Explorer") unless two documents give
        // them in one slot ("President Tramp"), and always where one
        // document writes both ("Colombia" and "Columbia").
        if (variants && words[i].size() == 1 && words[j].size() == 1 && dictionary.Knows(x) &&
            dictionary.Knows(y)) {
          const std::vector<int> of_x = docs_of(names[i]->second), of_y = docs_of(names[j]->second);
          const bool one_writes_both =
              std::find_first_of(of_x.begin(), of_x.end(), of_y.begin(), of_y.end()) != of_x.end();
          if (one_writes_both || !InOneSlot(names[i]->second, names[j]->second)) continue;
        }
        std::vector<size_t> a = names[i]->second;
        std::vector<size_t> b = names[j]->second;
        // Where one document alone writes both, each spelling with the
        // other forms of its name ("Romniy" / "Romney" and "Mitt Romney").
        if (docs_of(a) == docs_of(b)) {
          a = WithOtherForms(names, i, j);
          b = WithOtherForms(names, j, i);
          if (docs_of(a) == docs_of(b)) continue;
        }
        for (size_t k = 1; k < a.size(); ++k) link(a[0], a[k], true, 1.0f);
        for (size_t k = 1; k < b.size(); ++k) link(b[0], b[k], true, 1.0f);
        link(a[0], b[0], true, 1.0f);
      }
    }
  }

  // Distinct values among the mentions of `list`.
  size_t CountValues(const std::vector<size_t>& list) const {
    std::vector<const Mention*> values;
    for (size_t flat : list) {
      const Mention& m = M(flat);
      if (std::none_of(values.begin(), values.end(),
                       [&](const Mention* v) { return SameValue(*v, m); })) {
        values.push_back(&m);
      }
      if (values.size() > kMostValues) break;
    }
    return values.size();
  }

  bool Build(const std::vector<size_t>& list, Difference* d) const {
    // Distinct forms of a name kept per value, to show the likest.
    constexpr size_t kMostForms = 16;
    struct Value {
      DifferenceValue out;
      size_t first = SIZE_MAX;
      std::vector<int> docs;
      std::vector<const Mention*> forms;  // Of distinct normalized names.
      std::vector<std::vector<int>> form_docs;  // The documents writing each form.
    };
    std::vector<Value> values;
    for (size_t flat : list) {
      const Mention& m = M(flat);
      const size_t s = SentenceOf(flat);
      const int doc = facts_.doc(static_cast<int>(s));
      auto it = std::find_if(values.begin(), values.end(), [&](const Value& v) {
        return m.kind == MentionKind::kName ? CompatibleNames(v.out.normalized, m.normalized)
                                            : v.out.normalized == m.normalized;
      });
      if (it == values.end()) {
        values.emplace_back();
        it = values.end() - 1;
        it->out.value = m.surface;
        it->out.normalized = m.normalized;
        it->first = flat;
      }
      if (std::find(it->docs.begin(), it->docs.end(), doc) == it->docs.end()) {
        it->docs.push_back(doc);
      }
      // A form in capitals ("PLEASANT HILL --", a dateline) is shown as
      // another mention writes it, where one does.
      const bool shouted = !HasLowercaseAscii(m.surface);
      if (it->out.normalized == m.normalized && !HasLowercaseAscii(it->out.value) && !shouted) {
        it->out.value = m.surface;
      }
      if (m.kind == MentionKind::kName) {
        auto form = std::find_if(it->forms.begin(), it->forms.end(),
                                 [&](const Mention* f) { return f->normalized == m.normalized; });
        if (form != it->forms.end()) {
          std::vector<int>& docs = it->form_docs[static_cast<size_t>(form - it->forms.begin())];
          if (std::find(docs.begin(), docs.end(), doc) == docs.end()) docs.push_back(doc);
          if (!HasLowercaseAscii((*form)->surface) && !shouted) *form = &m;
        } else if (it->forms.size() < kMostForms) {
          it->forms.push_back(&m);
          it->form_docs.push_back({doc});
        }
      }
      it->out.spans.push_back(Locate(cluster_, static_cast<size_t>(doc),
                                     facts_.text(static_cast<int>(s)), m.begin, m.end));
    }
    if (values.size() < 2 || values.size() > kMostValues) return false;
    // Values each the other rounded ("1.6 million" / "1,589,234") agree.
    bool all_alike = true;
    for (size_t i = 0; i < values.size() && all_alike; ++i) {
      for (size_t j = i + 1; j < values.size() && all_alike; ++j) {
        all_alike = RoundedAlike(M(values[i].first), M(values[j].first));
      }
    }
    if (all_alike) return false;
    // A name written several ways is shown in the form likest another
    // value's, so that the reader sees what differs: "South Korean" /
    // "South Korena" rather than "South Korea" / "South Korena", "Donald
    // Trump" / "Donald Okafor" rather than "Trump" / "Donald Okafor". The
    // fewest edits (SpellingDistance); then a form no document giving the
    // other value writes, which is the one in contrast ("Viking" /
    // "Vikingg" rather than "Vikings" / "Vikingg" where the second
    // document writes "Vikings" too); then the nearest length; the first
    // seen where those tie.
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].forms.size() < 2) continue;
      std::tuple<size_t, bool, size_t> best_key{SIZE_MAX, true, SIZE_MAX};
      const Mention* best = nullptr;
      for (size_t f = 0; f < values[i].forms.size(); ++f) {
        const Mention* form = values[i].forms[f];
        const std::vector<int>& writers = values[i].form_docs[f];
        std::tuple<size_t, bool, size_t> key{SIZE_MAX, true, SIZE_MAX};
        for (size_t j = 0; j < values.size(); ++j) {
          if (j == i) continue;
          const bool written_by_other = std::any_of(writers.begin(), writers.end(), [&](int doc) {
            return std::find(values[j].docs.begin(), values[j].docs.end(), doc) !=
                   values[j].docs.end();
          });
          for (const Mention* other : values[j].forms) {
            const size_t length_gap = form->normalized.size() > other->normalized.size()
                                          ? form->normalized.size() - other->normalized.size()
                                          : other->normalized.size() - form->normalized.size();
            key = std::min(key, {SpellingDistance(form->normalized, other->normalized),
                                 written_by_other, length_gap});
          }
        }
        if (key < best_key) {
          best_key = key;
          best = form;
        }
      }
      // Set: every value holds the form of its first mention.
      values[i].out.value = best->surface;
      values[i].out.normalized = best->normalized;
    }
    d->kind = M(list.front()).kind == MentionKind::kNumber
                  ? DifferenceKind::kNumber
                  : (M(list.front()).kind == MentionKind::kDate ? DifferenceKind::kDate
                                                                : DifferenceKind::kName);
    std::stable_sort(values.begin(), values.end(), [](const Value& a, const Value& b) {
      if (a.docs.size() != b.docs.size()) return a.docs.size() > b.docs.size();
      return a.first < b.first;
    });
    for (Value& v : values) {
      std::sort(v.docs.begin(), v.docs.end());
      for (int doc : v.docs) v.out.docs.push_back(cluster_.documents[static_cast<size_t>(doc)].id);
      std::sort(v.out.spans.begin(), v.out.spans.end(),
                [](const SourceSpan& a, const SourceSpan& b) {
                  return a.doc_index != b.doc_index ? a.doc_index < b.doc_index
                                                    : a.span.begin < b.span.begin;
                });
      d->values.push_back(std::move(v.out));
    }
    d->context = facts_.text(static_cast<int>(SentenceOf(values.front().first))).text;
    return true;
  }

  const Cluster& cluster_;
  const FactVectors& facts_;
  const std::vector<SentenceMentions>& mentions_;
  std::vector<size_t> offset_;  // First flat mention index of each sentence.
  std::vector<Context> contexts_;
  std::vector<std::vector<std::pair<int, float>>> near_;  // Similar sentences.
  // Documents stating each value (ValueKey), in the order first seen.
  std::unordered_map<std::string, std::vector<int>> docs_of_value_;
  // The mentions (flat indices) of each value in each document
  // (ValueInDocument), in order.
  std::unordered_map<std::string, std::vector<size_t>> mentions_of_value_;
  // The name mentions (flat indices) holding each word, in order
  // (NameIndex).
  std::unordered_map<std::string, std::vector<size_t>> names_by_word_;
  // FillsAsWell's best agreement by mention and document, -1 for none.
  mutable std::unordered_map<uint64_t, int> best_fill_;
  Stemmer stemmer_;
};

}  // namespace

std::vector<Difference> FindDifferences(const Cluster& cluster, const FactVectors& facts,
                                        const std::vector<SentenceMentions>& mentions,
                                        const FactVectors::Pairs& pairs) {
  return DifferenceFinder(cluster, facts, mentions).Find(pairs);
}

}  // namespace precis

// Copyright 2026 The Precis Authors.
//
// Concept coverage (Gillick & Favre, 2009, "A Scalable Global Model for
// Summarization"): concepts are pairs of adjacent tokens (content words
// stemmed), except pairs of two stopwords, weighted by the number of
// documents that contain them; the summary is
// the set of sentences that maximizes the total weight of the concepts it
// covers (each counted once) within the budget, found exactly by integer
// linear programming:
//   maximize  sum_i w_i c_i
//   s.t.      sum_j cost_j s_j <= budget
//             sum_{j has i} s_j >= c_i
//             c_i, s_j binary.
// The paper also asks s_j <= c_i for each concept i of sentence j. With no
// weight below zero those rows change no optimum, only the program's size:
// the objective itself covers every concept a chosen sentence holds. They
// are left out (the program has a row per concept instead of one per
// concept occurrence, and is solved faster: docs/BENCHMARKS.md).
// GLPK (Debian's libglpk) solves it within two bounds: ilp.nodes
// subproblems of its branch and bound (default 2000; the development sets
// need at most about 700, and the bound gives the same summary on any
// machine) and ilp.time_limit seconds (default 5, a last resort). If a
// bound is reached with a feasible solution that is not proven optimal,
// that solution is used; with none, a greedy choice (concept weight gained
// per unit of cost) is, and the summary's notes say which. Concepts found
// in fewer than ilp.min_documents documents are dropped (default: 3 for 10
// documents or more, else 2, else 1 for a single document, as the paper
// prunes rare concepts). Departure: only the
// ilp.candidates (default 200) sentences with the most concept weight enter
// the program, so that it stays small for any cluster size.
#include <glpk.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <unordered_map>

#include "summarize/candidates.h"
#include "summarize/selection.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

struct Concepts {
  std::vector<double> weight;                  // Per concept.
  std::vector<std::vector<int>> of_candidate;  // Distinct concepts per candidate.
};

// How concepts are weighted. The paper's weighting is {0, 0}: a concept is
// worth the number of documents that contain it.
struct ConceptWeighting {
  // Each containing document adds position / (1 + the index of the first
  // sentence where the concept occurs) on top of 1: news states its main
  // facts first.
  double position = 0;
  // Single content words are concepts too, weighted by this fraction.
  double unigrams = 0;
};

// A concept's key: a pair of adjacent tokens (model token ids), or a single
// content term with kUnigram as the second id.
constexpr int32_t kUnigram = INT32_MIN;
uint64_t ConceptKey(int32_t a, int32_t b) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
}

// Calls visit(key) for each concept occurrence of sentence `s`: its pairs of
// adjacent tokens, except pairs of two non-content tokens ("of the"), and,
// when asked, its content terms.
template <typename Visit>
void ForEachConcept(const SentenceInfo& s, bool unigrams, Visit visit) {
  for (size_t k = 0; k + 1 < s.tokens.size(); ++k) {
    if (s.tokens[k] < 0 && s.tokens[k + 1] < 0) continue;
    visit(ConceptKey(s.tokens[k], s.tokens[k + 1]));
  }
  if (unigrams) {
    for (int32_t t : s.terms) visit(ConceptKey(t, kUnigram));
  }
}

Concepts FindConcepts(const ClusterModel& model, const std::vector<int>& candidates,
                      int min_documents, const ConceptWeighting& weighting = {}) {
  // For each concept, (document, first sentence position there), in
  // document order: the model lists sentences by document, then position.
  std::unordered_map<uint64_t, std::vector<std::pair<int, int>>> first;
  const bool unigrams = weighting.unigrams > 0;
  for (const SentenceInfo& s : model.sentences()) {
    ForEachConcept(s, unigrams, [&](uint64_t key) {
      std::vector<std::pair<int, int>>& docs = first[key];
      if (docs.empty() || docs.back().first != s.doc) docs.emplace_back(s.doc, s.position);
    });
  }
  Concepts out;
  std::unordered_map<uint64_t, int> id;
  out.of_candidate.resize(candidates.size());
  for (size_t c = 0; c < candidates.size(); ++c) {
    const SentenceInfo& s = model.sentences()[static_cast<size_t>(candidates[c])];
    std::vector<int>& mine = out.of_candidate[c];
    ForEachConcept(s, unigrams, [&](uint64_t key) {
      const std::vector<std::pair<int, int>>& docs = first[key];
      if (static_cast<int>(docs.size()) < min_documents) return;
      auto [it, added] = id.emplace(key, static_cast<int>(out.weight.size()));
      if (added) {
        double w = 0;
        for (const auto& [doc, position] : docs) w += 1 + weighting.position / (1.0 + position);
        const bool unigram = static_cast<uint32_t>(key) == static_cast<uint32_t>(kUnigram);
        out.weight.push_back(unigram ? weighting.unigrams * w : w);
      }
      if (std::find(mine.begin(), mine.end(), it->second) == mine.end()) mine.push_back(it->second);
    });
  }
  return out;
}

// Defaults of the parameters that `ilp` (the paper's model) and `default`
// (the same program with the weighting chosen on the development sets)
// set differently.
struct IlpDefaults {
  double position = 0;
  double unigrams = 0;
  double fill = 0;
};

// GLPK keeps an environment per thread and frees it only when asked; this
// frees the thread's environment when the thread ends.
class GlpkThreadEnvironment {
 public:
  static void Touch() {
    thread_local GlpkThreadEnvironment environment;
    (void)environment;
  }
  ~GlpkThreadEnvironment() { glp_free_env(); }

 private:
  GlpkThreadEnvironment() = default;
};

// Ends GLPK's branch and bound once its tree has grown past `most_nodes`
// subproblems: a bound on the work that, unlike the time limit, gives the
// same summary on any machine.
struct SearchLimit {
  int most_nodes;
  static void Callback(glp_tree* tree, void* info) {
    if (glp_ios_reason(tree) != GLP_ISELECT) return;
    int active = 0, current = 0, total = 0;
    glp_ios_tree_size(tree, &active, &current, &total);
    if (total > static_cast<SearchLimit*>(info)->most_nodes) glp_ios_terminate(tree);
  }
};

class IlpSummarizer : public Summarizer {
 public:
  IlpSummarizer(MethodParameters* p, const IlpDefaults& d)
      : time_limit_(p->Number("time_limit", 5.0, 0.001, 86400.0)),
        min_documents_(p->Number("min_documents", 0.0, 0.0, 1e6)),
        max_candidates_(p->Number("candidates", 200.0, 1.0, 1e6)),
        max_nodes_(p->Number("nodes", 2000.0, 1.0, 1e9)),
        fill_(p->Number("fill", d.fill, 0.0, 1e3)) {
    weighting_.position = p->Number("position", d.position, 0.0, 1e3);
    weighting_.unigrams = p->Number("unigrams", d.unigrams, 0.0, 1e3);
  }

  Status Select(const ClusterModel& model, const Budget& budget, std::vector<int>* chosen,
                std::vector<std::string>* notes) const override {
    chosen->clear();
    std::vector<int> candidates = SummaryCandidates(model);
    const size_t docs = model.num_documents();
    int min_docs = static_cast<int>(min_documents_);
    if (min_docs == 0) min_docs = docs >= 10 ? 3 : (docs >= 2 ? 2 : 1);
    Concepts concepts = FindConcepts(model, candidates, min_docs, weighting_);
    // Too rare a concept set (small clusters): relax to every concept.
    while (concepts.weight.empty() && min_docs > 1) {
      concepts = FindConcepts(model, candidates, --min_docs, weighting_);
    }
    if (concepts.weight.empty()) {
      notes->push_back("ilp: no concept in this cluster; sentences taken in document order");
      *chosen = SelectInOrder(model, budget, candidates);
      return Status::OK();
    }
    PreSelect(&candidates, &concepts);
    std::vector<int> picked;
    const std::string outcome = Solve(model, budget, candidates, concepts, &picked);
    if (!outcome.empty()) notes->push_back(outcome);
    for (int c : picked) chosen->push_back(candidates[static_cast<size_t>(c)]);
    return Status::OK();
  }

  // Unchosen candidates by the weight of the concepts they would add, then
  // by their concepts' total weight.
  std::vector<int> Fillers(const ClusterModel& model,
                           const std::vector<int>& chosen) const override {
    const std::vector<int> candidates = SummaryCandidates(model);
    const Concepts concepts = FindConcepts(model, candidates, 1);
    std::vector<bool> covered(concepts.weight.size(), false);
    for (size_t c = 0; c < candidates.size(); ++c) {
      if (std::find(chosen.begin(), chosen.end(), candidates[c]) == chosen.end()) continue;
      for (int i : concepts.of_candidate[c]) covered[static_cast<size_t>(i)] = true;
    }
    std::vector<std::pair<double, size_t>> ranked;
    for (size_t c = 0; c < candidates.size(); ++c) {
      if (std::find(chosen.begin(), chosen.end(), candidates[c]) != chosen.end()) continue;
      double added = 0, total = 0;
      for (int i : concepts.of_candidate[c]) {
        total += concepts.weight[static_cast<size_t>(i)];
        if (!covered[static_cast<size_t>(i)]) added += concepts.weight[static_cast<size_t>(i)];
      }
      ranked.emplace_back(-(added + 1e-3 * total), c);
    }
    std::stable_sort(ranked.begin(), ranked.end());
    std::vector<int> out;
    for (const auto& [score, c] : ranked) out.push_back(candidates[c]);
    return out;
  }

 private:
  // Keeps the candidates with the most concept weight (ties: earlier).
  void PreSelect(std::vector<int>* candidates, Concepts* concepts) const {
    const size_t keep = static_cast<size_t>(max_candidates_);
    if (candidates->size() <= keep) return;
    std::vector<std::pair<double, size_t>> ranked;
    for (size_t c = 0; c < candidates->size(); ++c) {
      double sum = 0;
      for (int i : concepts->of_candidate[c]) sum += concepts->weight[static_cast<size_t>(i)];
      ranked.emplace_back(-sum, c);
    }
    std::stable_sort(ranked.begin(), ranked.end());
    ranked.resize(keep);
    std::sort(ranked.begin(), ranked.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    std::vector<int> kept;
    std::vector<std::vector<int>> kept_concepts;
    for (const auto& [score, c] : ranked) {
      kept.push_back((*candidates)[c]);
      kept_concepts.push_back(concepts->of_candidate[c]);
    }
    *candidates = std::move(kept);
    concepts->of_candidate = std::move(kept_concepts);
  }

  // The same program, smaller: a concept held by one candidate only becomes
  // part of that candidate's own worth (`sentence_worth`), and concepts held
  // by the same set of candidates become one concept of their summed weight.
  // Both leave every solution's value unchanged.
  static Concepts MergeConcepts(const Concepts& concepts, size_t num_candidates,
                                std::vector<double>* sentence_worth) {
    sentence_worth->assign(num_candidates, 0.0);
    std::vector<std::vector<int>> holders(concepts.weight.size());
    for (size_t c = 0; c < num_candidates; ++c) {
      for (int i : concepts.of_candidate[c])
        holders[static_cast<size_t>(i)].push_back(static_cast<int>(c));
    }
    Concepts out;
    out.of_candidate.resize(num_candidates);
    std::map<std::vector<int>, int> id_of_holders;
    for (size_t i = 0; i < holders.size(); ++i) {
      const std::vector<int>& h = holders[i];
      if (h.empty()) continue;
      if (h.size() == 1) {
        (*sentence_worth)[static_cast<size_t>(h[0])] += concepts.weight[i];
        continue;
      }
      auto [it, added] = id_of_holders.emplace(h, static_cast<int>(out.weight.size()));
      if (added) {
        out.weight.push_back(0.0);
        for (int c : h) out.of_candidate[static_cast<size_t>(c)].push_back(it->second);
      }
      out.weight[static_cast<size_t>(it->second)] += concepts.weight[i];
    }
    return out;
  }

  // Fills `picked` (indices into candidates); returns a note, or "" when
  // the optimum was found.
  std::string Solve(const ClusterModel& model, const Budget& budget,
                    const std::vector<int>& candidates, const Concepts& concepts,
                    std::vector<int>* picked) const {
    const int num_sentences = static_cast<int>(candidates.size());
    std::vector<double> sentence_worth;
    const Concepts merged = MergeConcepts(concepts, candidates.size(), &sentence_worth);
    const int num_concepts = static_cast<int>(merged.weight.size());
    GlpkThreadEnvironment::Touch();
    glp_term_out(GLP_OFF);
    glp_prob* lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MAX);
    // Columns: concepts 1..C, then sentences C+1..C+S.
    glp_add_cols(lp, num_concepts + num_sentences);
    for (int i = 0; i < num_concepts; ++i) {
      glp_set_col_kind(lp, i + 1, GLP_BV);
      glp_set_obj_coef(lp, i + 1, merged.weight[static_cast<size_t>(i)]);
    }
    for (int j = 0; j < num_sentences; ++j) {
      glp_set_col_kind(lp, num_concepts + j + 1, GLP_BV);
      // A small value per word of an opening sentence: once the concepts
      // are covered, the rest of the budget goes to lead sentences.
      const SentenceInfo& s =
          model.sentences()[static_cast<size_t>(candidates[static_cast<size_t>(j)])];
      const double fill = fill_ * static_cast<double>(s.words) / std::sqrt(1.0 + s.position);
      glp_set_obj_coef(lp, num_concepts + j + 1, sentence_worth[static_cast<size_t>(j)] + fill);
    }
    std::vector<int> ia = {0}, ja = {0};
    std::vector<double> ar = {0};
    auto entry = [&](int row, int col, double value) {
      ia.push_back(row);
      ja.push_back(col);
      ar.push_back(value);
    };
    // Row 1: the budget. A byte budget counts a joining space per sentence;
    // one too many is allowed for, so the limit gains one byte.
    int row = glp_add_rows(lp, 1);
    const bool bytes = budget.unit() == Budget::Unit::kBytes;
    glp_set_row_bnds(lp, row, GLP_UP, 0.0,
                     static_cast<double>(budget.limit()) + (bytes ? 1.0 : 0.0));
    for (int j = 0; j < num_sentences; ++j) {
      const SentenceInfo& s =
          model.sentences()[static_cast<size_t>(candidates[static_cast<size_t>(j)])];
      entry(row, num_concepts + j + 1, static_cast<double>(budget.Cost(s, false)));
    }
    std::vector<std::vector<int>> holders(static_cast<size_t>(num_concepts));
    for (int j = 0; j < num_sentences; ++j) {
      for (int i : merged.of_candidate[static_cast<size_t>(j)]) {
        holders[static_cast<size_t>(i)].push_back(j);
      }
    }
    for (int i = 0; i < num_concepts; ++i) {
      row = glp_add_rows(lp, 1);  // sum_j s_j - c_i >= 0
      glp_set_row_bnds(lp, row, GLP_LO, 0.0, 0.0);
      for (int j : holders[static_cast<size_t>(i)]) entry(row, num_concepts + j + 1, 1.0);
      entry(row, i + 1, -1.0);
    }
    glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;
    // Columns are concepts, then sentences: the last fractional column is a
    // sentence's. A concept's value follows from the sentences chosen, so
    // branching on it decides little; a sentence's decides the summary.
    parm.br_tech = GLP_BR_LFV;
    parm.msg_lev = GLP_MSG_OFF;
    parm.tm_lim = static_cast<int>(std::min(time_limit_ * 1000.0, 2e9));
    SearchLimit limit{static_cast<int>(std::min(max_nodes_, 2e9))};
    parm.cb_func = &SearchLimit::Callback;
    parm.cb_info = &limit;
    const int ret = glp_intopt(lp, &parm);
    const int status = glp_mip_status(lp);
    std::string note;
    if (status == GLP_OPT || status == GLP_FEAS) {
      for (int j = 0; j < num_sentences; ++j) {
        if (glp_mip_col_val(lp, num_concepts + j + 1) > 0.5) picked->push_back(j);
      }
      if (status != GLP_OPT) {
        note =
            "ilp: search bound reached (ilp.nodes or ilp.time_limit); the best solution found is "
            "used, not proven optimal";
      }
    }
    glp_delete_prob(lp);
    if (status == GLP_OPT || status == GLP_FEAS) {
      if (FitsBudget(model, budget, candidates, *picked)) return note;
      picked->clear();
    }
    (void)ret;
    Greedy(model, budget, candidates, concepts, picked);
    return "ilp: no solution from GLPK within its search bounds (ilp.nodes, ilp.time_limit); "
           "greedy concept coverage used";
  }

  static bool FitsBudget(const ClusterModel& model, const Budget& budget,
                         const std::vector<int>& candidates, const std::vector<int>& picked) {
    size_t used = 0;
    for (size_t k = 0; k < picked.size(); ++k) {
      used += budget.Cost(
          model.sentences()[static_cast<size_t>(candidates[static_cast<size_t>(picked[k])])],
          k == 0);
    }
    return used <= budget.limit();
  }

  static void Greedy(const ClusterModel& model, const Budget& budget,
                     const std::vector<int>& candidates, const Concepts& concepts,
                     std::vector<int>* picked) {
    std::vector<bool> covered(concepts.weight.size(), false), taken(candidates.size(), false);
    size_t used = 0;
    while (true) {
      size_t best = candidates.size();
      double best_value = 0;
      for (size_t j = 0; j < candidates.size(); ++j) {
        if (taken[j]) continue;
        const size_t cost =
            budget.Cost(model.sentences()[static_cast<size_t>(candidates[j])], picked->empty());
        if (used + cost > budget.limit()) continue;
        double gain = 0;
        for (int i : concepts.of_candidate[j]) {
          if (!covered[static_cast<size_t>(i)]) gain += concepts.weight[static_cast<size_t>(i)];
        }
        const double value = gain / static_cast<double>(std::max<size_t>(cost, 1));
        if (value > best_value) {
          best_value = value;
          best = j;
        }
      }
      if (best == candidates.size()) break;
      taken[best] = true;
      used +=
          budget.Cost(model.sentences()[static_cast<size_t>(candidates[best])], picked->empty());
      picked->push_back(static_cast<int>(best));
      for (int i : concepts.of_candidate[best]) covered[static_cast<size_t>(i)] = true;
    }
  }

  double time_limit_, min_documents_, max_candidates_, max_nodes_, fill_;
  ConceptWeighting weighting_;
};

}  // namespace

std::unique_ptr<Summarizer> NewIlpSummarizer(const SummaryOptions&, MethodParameters* parameters) {
  return std::make_unique<IlpSummarizer>(parameters, IlpDefaults());
}

// Precis's default: the concept program with concepts weighted up where
// documents state them early (position 1) and a small value per word of
// opening sentences (fill 0.01) so that the budget is used once the
// concepts are covered. Chosen by bench/quality.sh on the development sets
// (docs/RESULTS.md); not fitted per cluster.
std::unique_ptr<Summarizer> NewDefaultSummarizer(const SummaryOptions&,
                                                 MethodParameters* parameters) {
  IlpDefaults tuned;
  tuned.position = 1.0;
  tuned.fill = 0.01;
  return std::make_unique<IlpSummarizer>(parameters, tuned);
}

}  // namespace precis

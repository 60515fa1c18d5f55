// Copyright 2026 The Precis Authors.
//
// One longest common subsequence of two token sequences, chosen the way
// ROUGE-1.5.5 (and Google's rouge_score, which copies it) back-tracks its
// table: from the end, take the diagonal when the tokens are equal, else go
// up (drop a model token) when the cell above is at least the cell to the
// left, else go left. Which LCS is chosen changes ROUGE-L once hits are
// clipped, so the choice is part of the contract.
#ifndef PRECIS_EVAL_LCS_H_
#define PRECIS_EVAL_LCS_H_

#include <cstdint>
#include <span>
#include <vector>

namespace precis {

// Sets (*hit_mask)[i] = 1 for each model position i on the chosen LCS of
// `model` and `peer`; other entries are left as they are. hit_mask must hold
// model.size() entries. Token ids are dense (small) integers. Bit-parallel:
// O(|model| |peer| / 64) words of work. Thread-safe (thread-local scratch).
void MarkLcs(std::span<const uint32_t> model, std::span<const uint32_t> peer,
             std::vector<char>* hit_mask);

// For each model sentence, the union over the peer sentences of the
// positions MarkLcs marks (ROUGE-L's summary-level union LCS), each peer
// sentence's masks built once.
std::vector<std::vector<char>> UnionLcsMasks(const std::vector<std::vector<uint32_t>>& model,
                                             const std::vector<std::vector<uint32_t>>& peer);

// The same for ROUGE-W's weighted LCS with weight f(k) = k^weight
// (weight > 1): the script's dynamic programme, run lengths and all.
void MarkWeightedLcs(std::span<const uint32_t> model, std::span<const uint32_t> peer, double weight,
                     std::vector<char>* hit_mask);

// The length of a longest common subsequence. Bit-parallel.
size_t LcsLength(std::span<const uint32_t> a, std::span<const uint32_t> b);

}  // namespace precis

#endif  // PRECIS_EVAL_LCS_H_

// Copyright 2026 The Precis Authors.
//
// The unweighted LCS uses the bit-vector recurrence of Allison and Dix
// (1986) as Hyyro (2004) writes it: with M the positions of the peer equal
// to the current model token and V a bit row (1 = no LCS step yet at that
// column), V' = (V + (V & M)) | (V & ~M). After i model tokens, the LCS
// length of the model prefix and the first j peer tokens is the number of
// zero bits among V_i's first j. Keeping every row lets the back-tracking
// read any table cell as j - popcount(first j bits of V_i).
#include "eval/lcs.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>

namespace precis {
namespace {

using Word = uint64_t;
constexpr size_t kBits = 64;

// Per thread: match masks by token id, and the rows of the current table.
struct BitScratch {
  std::vector<Word> masks;             // masks[token * words + w]
  std::vector<uint32_t> set;           // Tokens whose mask is non-zero, to clear.
  std::vector<char> present;           // present[token]: the peer has it.
  std::vector<Word> rows;              // rows[i * words + w], i = 0..|model|
  std::vector<const Word*> row_masks;  // row_masks[i]: match mask of model[i - 1].
  std::vector<uint32_t> kept_tokens;   // The model's tokens that the peer has,
  std::vector<size_t> kept_positions;  // and where they stand in the model.
};

BitScratch& Scratch() {
  thread_local BitScratch scratch;
  return scratch;
}

// Fills scratch.masks with the peer's match masks.
void BuildMasks(std::span<const uint32_t> peer, size_t words, BitScratch* s) {
  uint32_t max_token = 0;
  for (uint32_t t : peer) max_token = std::max(max_token, t);
  const size_t needed = (static_cast<size_t>(max_token) + 1) * words;
  if (s->masks.size() < needed) s->masks.resize(needed, 0);
  if (s->present.size() <= max_token) s->present.resize(static_cast<size_t>(max_token) + 1, 0);
  for (size_t j = 0; j < peer.size(); ++j) {
    Word& w = s->masks[peer[j] * words + j / kBits];
    if (!s->present[peer[j]]) s->set.push_back(peer[j]);
    s->present[peer[j]] = 1;
    w |= Word{1} << (j % kBits);
  }
}

void ClearMasks(size_t words, BitScratch* s) {
  for (uint32_t t : s->set) {
    std::fill_n(&s->masks[t * words], words, Word{0});
    s->present[t] = 0;
  }
  s->set.clear();
}

// The mask of `token` (all zero when the peer lacks it).
const Word* MaskOf(uint32_t token, size_t words, const BitScratch& s) {
  static const Word kNone[8] = {};
  const size_t at = static_cast<size_t>(token) * words;
  if (at + words <= s.masks.size()) return &s.masks[at];
  if (words <= 8) return kNone;
  return nullptr;
}

// One row step: next = (v + (v & m)) | (v & ~m), with carries across words.
void Step(const Word* v, const Word* m, size_t words, Word* next) {
  Word carry = 0;
  for (size_t w = 0; w < words; ++w) {
    const Word u = m ? (v[w] & m[w]) : 0;
    Word sum = v[w] + u;
    const Word carry_out = sum < v[w] ? 1 : 0;
    const Word with_carry = sum + carry;
    const Word carry_out2 = with_carry < sum ? 1 : 0;
    carry = carry_out | carry_out2;
    next[w] = with_carry | (v[w] & ~(m ? m[w] : 0));
  }
}

// Zero bits among the first j bits of a row: the table cell c[i][j].
inline __attribute__((always_inline)) size_t Cell(const Word* row, size_t j) {
  size_t ones = 0;
  size_t w = 0;
  for (; (w + 1) * kBits <= j; ++w) ones += static_cast<size_t>(std::popcount(row[w]));
  const size_t rest = j - w * kBits;
  if (rest > 0) ones += static_cast<size_t>(std::popcount(row[w] & ((Word{1} << rest) - 1)));
  return j - ones;
}

// The highest bit index below `limit` set in (match | ~v), or -1 as size_t
// (so that adding one gives 0).
inline __attribute__((always_inline)) size_t HighestStopBelow(const Word* match, const Word* v,
                                                              size_t limit) {
  size_t w = limit / kBits;
  const size_t bits = limit % kBits;
  if (bits != 0) {
    const Word x = (match[w] | ~v[w]) & ((Word{1} << bits) - 1);
    if (x != 0) return w * kBits + (kBits - 1) - static_cast<size_t>(std::countl_zero(x));
  }
  while (w-- > 0) {
    const Word x = match[w] | ~v[w];
    if (x != 0) return w * kBits + (kBits - 1) - static_cast<size_t>(std::countl_zero(x));
  }
  return static_cast<size_t>(-1);
}

// Built twice, with and without the popcnt instruction (which x86-64's
// baseline lacks); the loader picks one for the machine it runs on.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define PRECIS_POPCOUNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define PRECIS_POPCOUNT_CLONES
#endif

// MarkLcs against the peer whose masks are in the scratch.
PRECIS_POPCOUNT_CLONES
void MarkWithMasks(std::span<const uint32_t> full_model, std::span<const uint32_t> peer,
                   std::vector<char>* hit_mask) {
  const size_t n = peer.size();
  if (full_model.empty() || n == 0) return;
  const size_t words = (n + kBits - 1) / kBits;
  BitScratch& s = Scratch();
  // Model tokens the peer lacks are dropped first. Their rows would repeat
  // the row above, and the back-tracking always steps up through them (the
  // cell above equals the cell itself, which is at least the cell to the
  // left), so the LCS chosen over the rest is the same one.
  s.kept_tokens.clear();
  s.kept_positions.clear();
  for (size_t i = 0; i < full_model.size(); ++i) {
    const uint32_t t = full_model[i];
    if (t < s.present.size() && s.present[t]) {
      s.kept_tokens.push_back(t);
      s.kept_positions.push_back(i);
    }
  }
  const std::span<const uint32_t> model = s.kept_tokens;
  const size_t m = model.size();
  if (m == 0) return;  // No common token: nothing to mark.
  s.rows.resize((m + 1) * words);
  s.row_masks.resize(m + 1);
  std::fill_n(s.rows.begin(), words, ~Word{0});
  std::vector<Word> zeros;
  for (size_t i = 1; i <= m; ++i) {
    const Word* mask = MaskOf(model[i - 1], words, s);
    if (mask == nullptr) {
      zeros.assign(words, 0);
      mask = zeros.data();
    }
    s.row_masks[i] = mask;
    if (words == 1) {  // Most sentences: one word, no carries.
      const Word v = s.rows[i - 1];
      s.rows[i] = (v + (v & mask[0])) | (v & ~mask[0]);
    } else {
      Step(&s.rows[(i - 1) * words], mask, words, &s.rows[i * words]);
    }
  }
  // Back-tracking with the cells c[i][j] and c[i-1][j] kept up to date.
  // A step left happens when c[i-1][j] = c[i][j] - 1 and c[i][j-1] = c[i][j];
  // both stay so along a run of left steps, which ends at the first column
  // (going left) where the tokens match or row i's count drops. So a run is
  // one search for the highest set bit of (match mask | ~V_i), and only
  // steps up or diagonally count bits over a row.
  auto row = [&](size_t r) { return &s.rows[r * words]; };
  auto zero_bit = [&](size_t r, size_t col) {
    return ((row(r)[col / kBits] >> (col % kBits)) & 1) == 0 ? size_t{1} : size_t{0};
  };
  size_t i = m, j = n;
  size_t here = Cell(row(i), j), up = Cell(row(i - 1), j);
  while (i != 0 && j != 0) {
    if (model[i - 1] == peer[j - 1]) {
      --i;
      --j;
      (*hit_mask)[s.kept_positions[i]] = 1;
      if (i == 0 || j == 0) break;
      here = up - zero_bit(i, j);
      up = Cell(row(i - 1), j);
    } else if (up >= here - zero_bit(i, j - 1)) {
      --i;
      if (i == 0) break;
      here = up;
      up = Cell(row(i - 1), j);
    } else {
      j = HighestStopBelow(s.row_masks[i], row(i), j - 1) + 1;  // 0 when none.
    }
  }
}

}  // namespace

void MarkLcs(std::span<const uint32_t> model, std::span<const uint32_t> peer,
             std::vector<char>* hit_mask) {
  if (model.empty() || peer.empty()) return;
  const size_t words = (peer.size() + kBits - 1) / kBits;
  BitScratch& s = Scratch();
  BuildMasks(peer, words, &s);
  MarkWithMasks(model, peer, hit_mask);
  ClearMasks(words, &s);
}

std::vector<std::vector<char>> UnionLcsMasks(const std::vector<std::vector<uint32_t>>& model,
                                             const std::vector<std::vector<uint32_t>>& peer) {
  std::vector<std::vector<char>> masks(model.size());
  for (size_t k = 0; k < model.size(); ++k) masks[k].assign(model[k].size(), 0);
  BitScratch& s = Scratch();
  for (const std::vector<uint32_t>& p : peer) {
    if (p.empty()) continue;
    const size_t words = (p.size() + kBits - 1) / kBits;
    BuildMasks(p, words, &s);
    for (size_t k = 0; k < model.size(); ++k) MarkWithMasks(model[k], p, &masks[k]);
    ClearMasks(words, &s);
  }
  return masks;
}

size_t LcsLength(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  const size_t m = a.size(), n = b.size();
  if (m == 0 || n == 0) return 0;
  const size_t words = (n + kBits - 1) / kBits;
  BitScratch& s = Scratch();
  BuildMasks(b, words, &s);
  std::vector<Word> v(words, ~Word{0}), next(words), zeros(words, 0);
  for (size_t i = 0; i < m; ++i) {
    const Word* mask = MaskOf(a[i], words, s);
    Step(v.data(), mask ? mask : zeros.data(), words, next.data());
    v.swap(next);
  }
  ClearMasks(words, &s);
  return Cell(v.data(), n);
}

void MarkWeightedLcs(std::span<const uint32_t> model, std::span<const uint32_t> peer, double weight,
                     std::vector<char>* hit_mask) {
  const size_t m = model.size(), n = peer.size();
  if (m == 0 || n == 0) return;
  const size_t width = n + 1;
  thread_local std::vector<double> c;
  thread_local std::vector<int> runs;
  c.assign((m + 1) * width, 0.0);
  runs.assign((m + 1) * width, 0);
  for (size_t i = 1; i <= m; ++i) {
    double* row = &c[i * width];
    const double* up = &c[(i - 1) * width];
    const uint32_t token = model[i - 1];
    for (size_t j = 1; j <= n; ++j) {
      if (token == peer[j - 1]) {
        const int k = runs[(i - 1) * width + j - 1];
        row[j] = up[j - 1] + (std::pow(k + 1, weight) - std::pow(k, weight));
        runs[i * width + j] = k + 1;
      } else {
        row[j] = up[j] >= row[j - 1] ? up[j] : row[j - 1];
      }
    }
  }
  size_t i = m, j = n;
  while (i != 0 && j != 0) {
    if (model[i - 1] == peer[j - 1]) {
      --i;
      --j;
      (*hit_mask)[i] = 1;
    } else if (c[(i - 1) * width + j] >= c[i * width + j - 1]) {
      --i;
    } else {
      --j;
    }
  }
}

}  // namespace precis

// Copyright 2026 The Precis Authors.
//
// Each rule below is a hand-written matcher over a short word list, with a
// word limit so that story sentences which merely mention "share", "follow"
// or "photo" survive. The rules were drawn from the lines that recur across
// the Multi-News sample, not from any one page.
#include "normalize/boilerplate.h"

#include <absl/container/inlined_vector.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <new>
#include <stdexcept>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/ascii.h"
#include "base/packed_word.h"
#include "base/utf8.h"
#include "base/words.h"

namespace precis {
namespace {

// A line of more than this many words is story text, whatever it contains.
constexpr size_t kMaxBoilerplateWords = 40;

// A line's words: rules see lines of at most kMaxBoilerplateWords words
// (a few more where punctuation splits them), held without an allocation.
using Words = absl::InlinedVector<std::string_view, 2 * kMaxBoilerplateWords>;
using List = std::initializer_list<std::string_view>;

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool IsLetterOrNumber(char32_t cp) {
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

// Calls emit(byte) for each byte of FoldForComparison(line), stopping early
// when emit returns false. Returns false when stopped.
template <typename Emit>
bool Fold(std::string_view line, Emit emit) {
  bool space_pending = false;
  bool started = false;
  size_t i = 0;
  while (i < line.size()) {
    const size_t start = i;
    bool keep;
    if (static_cast<unsigned char>(line[i]) < 0x80) {
      keep = IsAsciiAlnum(line[i]);
      ++i;
    } else {
      keep = IsLetterOrNumber(NextCodePoint(line, &i));
    }
    if (!keep) {
      space_pending = true;
      continue;
    }
    if (space_pending && started && !emit(' ')) return false;
    space_pending = false;
    started = true;
    for (size_t k = start; k < i; ++k) {
      char c = line[k];
      if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
      if (!emit(c)) return false;
    }
  }
  return true;
}

bool EqualsFolded(std::string_view line, std::string_view folded) {
  if (line.size() < folded.size()) return false;
  size_t k = 0;
  const bool whole = Fold(line, [&](char c) { return k < folded.size() && folded[k++] == c; });
  return whole && k == folded.size();
}

bool HasLetterOrDigit(std::string_view line) {
  return !Fold(line, [](char) { return false; });
}

// Byte loops, not memcmp: the phrases are a few bytes, and most compares
// end at the first byte or two, where a call to memcmp cost more than the
// compare (it was an eighth of cleaning's time).
bool SameBytes(const char* a, const char* b, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}
bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && SameBytes(s.data(), p.data(), p.size());
}
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && SameBytes(s.data() + s.size() - p.size(), p.data(), p.size());
}
bool Contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}
// A rule's list of prefixes in groups by first byte, built by the compiler:
// a line is compared with the few prefixes that open with its first byte
// only. Comparing every prefix's first byte was a tenth of classifying.
template <size_t N>
class PrefixList {
 public:
  // REQUIRES: no prefix is empty.
  consteval explicit PrefixList(const std::string_view (&prefixes)[N]) {
    static_assert(N < 256, "group bounds are bytes");
    std::copy(std::begin(prefixes), std::end(prefixes), prefixes_.begin());
    std::sort(prefixes_.begin(), prefixes_.end(),
              [](std::string_view a, std::string_view b) { return First(a) < First(b); });
    size_t k = 0;
    for (size_t c = 0; c < 256; ++c) {
      group_[c] = static_cast<uint8_t>(k);
      while (k < N && First(prefixes_[k]) == c) ++k;
    }
    group_[256] = static_cast<uint8_t>(k);
  }
  // True when `s` opens with one of the prefixes.
  bool OpensWithOne(std::string_view s) const {
    if (s.empty()) return false;
    const size_t c = First(s);
    for (size_t k = group_[c]; k < group_[c + 1]; ++k) {
      if (StartsWith(s, prefixes_[k])) return true;
    }
    return false;
  }

 private:
  static constexpr size_t First(std::string_view s) { return static_cast<unsigned char>(s[0]); }

  std::array<std::string_view, N> prefixes_{};  // By first byte.
  // The prefixes opening with byte c: prefixes_[group_[c], group_[c + 1]).
  std::array<uint8_t, 257> group_{};
};

template <size_t N>
bool StartsWithAny(std::string_view s, const PrefixList<N>& prefixes) {
  return prefixes.OpensWithOne(s);
}
// The phrase lists the rules look for anywhere in a line's lowercase form.
// ClassifyLine finds which of them occur in one pass over the line
// (LineFacts::phrases), so a line costs one scan however many rules ask.
enum Phrase : uint32_t {
  kProfileSites,    // "twitter.com"
  kCreditMarks,     // "getty images", "(ap photo"
  kScriptWords,     // "javascript"
  kScriptVerbs,     // "enable", "requires"
  kCookieNotice,    // "cookies"
  kCookieWords,     // "we use", "consent"
  kSignUp,          // "sign up"
  kMailWords,       // "newsletter", "inbox"
  kNetworks,        // "twitter", "youtube"
  kHttp,            // "http"
  kContactPhrases,  // "can be reached", "email:"
  kPostSharedBy,    // "a post shared by"
  kRightsNotices,   // "all rights reserved"
  kCreditPhrases,   // "contributed to this report"
  kNumPhrases
};

using PhraseList = std::vector<std::string_view>;

const std::vector<std::pair<Phrase, PhraseList>>& PhraseLists() {
  static const auto& lists = *new std::vector<std::pair<Phrase, PhraseList>>{
      {kProfileSites, {"twitter.com", "facebook.com", "instagram.com"}},
      {kCreditMarks,
       {"getty images",
        "ap photo/",
        "(ap photo",
        "ap photo)",
        "/ap)",
        ", ap)",
        "/reuters",
        "reuters/",
        "/afp",
        "afp/",
        "(photo:",
        "(photo by",
        "(image:",
        "photo credit",
        "via getty",
        "/getty",
        "(getty",
        "/shutterstock",
        "via shutterstock",
        "(shutterstock",
        "/istock",
        "via istock",
        "/epa",
        "epa/",
        "(via facebook)",
        "(via twitter)",
        "(via instagram)",
        " photo: ",
        " photograph: ",
        " image: ",
        " photographer: ",
        "image credit"}},
      {kScriptWords, {"javascript"}},
      {kScriptVerbs, {"enable", "turn on", "disabled", "requires", "required", "need"}},
      {kCookieNotice, {"cookies"}},
      {kCookieWords, {"we use", "this site uses", "accept", "policy", "consent"}},
      {kSignUp, {"sign up"}},
      {kMailWords, {"newsletter", "email", "e-mail", "alerts", "inbox"}},
      {kNetworks,
       {"twitter", "facebook", "instagram", "linkedin", "tiktok", "youtube", "snapchat", "google+",
        "tumblr", "pinterest"}},
      {kHttp, {"http"}},
      {kContactPhrases,
       {"twitter: @", "on twitter at", "on twitter:", "follow him", "follow her", "follow them",
        "follow me", "follow us", "email him", "email her", "e-mail:", "email:", "twitter @",
        "reached at", "can be reached"}},
      {kPostSharedBy, {"a post shared by"}},
      {kRightsNotices,
       {"all rights reserved", "material may not be published", "may not be published, broadcast",
        "not be reproduced without"}},
      {kCreditPhrases,
       {"contributed to this report", "contributed to this article", "contributed to this story",
        "contributed reporting", "additional reporting by", "editing by"}},
  };
  return lists;
}

// Every phrase of PhraseLists(), bucketed by a hash of its first four bytes,
// so that a position of a line whose four bytes start no phrase costs one
// read of a small table, and one that does is compared with the few
// phrases of its bucket. Two bytes were too common a start (" p", "re",
// "co"): a tenth of the positions went on to compare phrases.
class PhraseIndex {
 public:
  PhraseIndex() {
    for (const auto& [list, phrases] : PhraseLists()) {
      for (std::string_view p : phrases) {
        // Every phrase has kWindow bytes or more: positions fewer bytes
        // before the end are not looked at.
        if (p.size() < kWindow) throw std::logic_error("phrase shorter than its window");
        entries_.push_back({p, Bucket(p.data()), list});
      }
    }
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const Entry& a, const Entry& b) { return a.bucket < b.bucket; });
    if (ranges_ == nullptr) throw std::bad_alloc();  // As a failed new would.
    for (size_t e = 0; e < entries_.size(); ++e) {
      const uint16_t bucket = entries_[e].bucket;
      Range& r = ranges_[bucket];
      if (r.begin == r.end) r.begin = static_cast<uint16_t>(e);
      r.end = static_cast<uint16_t>(e + 1);
      starts_[bucket] = true;
    }
  }
  // The lists of which some phrase occurs in `s`, as a bit set (bit = Phrase).
  uint32_t Find(std::string_view s) const {
    uint32_t found = 0;
    for (size_t i = 0; i + kWindow <= s.size(); ++i) {
      const uint16_t bucket = Bucket(s.data() + i);
      if (!starts_[bucket]) continue;
      const Range r = ranges_[bucket];
      for (const Entry* e = entries_.data() + r.begin; e != entries_.data() + r.end; ++e) {
        if ((found >> e->list & 1) == 0 && StartsWith(s.substr(i), e->phrase)) {
          found |= uint32_t{1} << e->list;
        }
      }
    }
    return found;
  }

 private:
  static constexpr size_t kWindow = 4;
  static constexpr int kBucketBits = 14;  // 2^14 buckets.
  struct Entry {
    std::string_view phrase;
    uint16_t bucket;  // Bucket(phrase.data()).
    Phrase list;
  };
  struct Range {
    uint16_t begin, end;  // Of entries_; both zero for an empty bucket.
  };
  struct Free {
    void operator()(Range* p) const { std::free(p); }
  };
  // A hash of the kWindow bytes at `p`.
  static uint16_t Bucket(const char* p) {
    uint32_t window;
    std::memcpy(&window, p, sizeof(window));
    return static_cast<uint16_t>((window * 0x9E3779B1u) >> (32 - kBucketBits));
  }
  // The phrases, by bucket.
  std::vector<Entry> entries_;
  // Whether some phrase is in the bucket: a byte each, read without the
  // shifts of a bit table (16 KiB for 91 phrases, a false "maybe" at about
  // one position in two hundred).
  bool starts_[1 << kBucketBits] = {};
  // The entries of each bucket: 64 KiB from calloc, which the system hands
  // out as zero pages, so that a process touches only the pages of the
  // buckets that hold phrases. A vector of entries for each two-byte start,
  // 1.5 MiB written at start, took a millisecond of page faults in every
  // process.
  std::unique_ptr<Range[], Free> ranges_{
      static_cast<Range*>(std::calloc(size_t{1} << kBucketBits, sizeof(Range)))};
};

bool InList(std::string_view w, List list) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view p) {
    return p.size() == w.size() && SameBytes(p.data(), w.data(), w.size());
  });
}

// Bullets, arrows and dashes that pages put before link and sign-off lines.
size_t LeaderLength(std::string_view s) {
  static constexpr std::string_view kLeaders[] = {"\xE2\x80\x94",
                                                  "\xE2\x80\x93",
                                                  "\xE2\x80\xA2",
                                                  "\xE2\x96\xBA",
                                                  "\xE2\x96\xB6",
                                                  "\xE2\x96\xAA",
                                                  "\xE2\x96\xA0",
                                                  "\xE2\x97\x86",
                                                  "\xC2\xBB",
                                                  "\xC2\xB7",
                                                  "-",
                                                  "*",
                                                  ">",
                                                  "|",
                                                  "+",
                                                  " "};
  size_t pos = 0;
  for (bool advanced = true; advanced && pos < s.size();) {
    advanced = false;
    for (std::string_view leader : kLeaders) {
      if (StartsWith(s.substr(pos), leader)) {
        pos += leader.size();
        advanced = true;
        break;
      }
    }
  }
  return pos;
}

constexpr std::array<bool, 256> kWordBreaks = [] {
  std::array<bool, 256> breaks{};
  for (unsigned char c : std::string_view(" |,-/():;[]\"!?")) breaks[c] = true;
  return breaks;
}();
inline bool IsWordBreak(char c) { return kWordBreaks[static_cast<unsigned char>(c)]; }

// Tokens without an ASCII letter or digit that are only punctuation: "—",
// "•", "&", "...". Words of other scripts are kept.
bool IsPunctuationToken(std::string_view w) {
  size_t i = 0;
  while (i < w.size()) {
    if (static_cast<unsigned char>(w[i]) < 0x80) {
      if (IsAsciiAlnum(w[i])) return false;
      ++i;
    } else if (IsLetterOrNumber(NextCodePoint(w, &i))) {
      return false;
    }
  }
  return true;
}

#if defined(__SSE2__)
// Bit k set: byte k of the 16 at `p` is a word break (kWordBreaks). Pairs
// of breaks that differ in one bit are tested together: ' ' and '!', '('
// and ')', ',' and '-', ':' and ';' by setting bit 0, '/' and '?' by
// setting bit 4.
unsigned WordBreaks16(const char* p) {
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i odd = _mm_or_si128(bytes, _mm_set1_epi8(0x01));
  const __m128i high = _mm_or_si128(bytes, _mm_set1_epi8(0x10));
  const auto is = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  const __m128i pairs = _mm_or_si128(_mm_or_si128(is(odd, '!'), is(odd, ')')),
                                     _mm_or_si128(is(odd, '-'), is(odd, ';')));
  const __m128i singles = _mm_or_si128(_mm_or_si128(is(bytes, '"'), is(bytes, '[')),
                                       _mm_or_si128(is(bytes, ']'), is(bytes, '|')));
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(pairs, singles), is(high, '?'))));
}

// Bit k set: byte `base` + k of `s` is a word break or past the end.
uint64_t WordBreaks64(std::string_view s, size_t base) {
  uint64_t breaks = 0;
  for (size_t k = 0; k < 64; k += 16) {
    const size_t at = base + k;
    unsigned chunk = 0xFFFFu;
    if (at + 16 <= s.size()) {
      chunk = WordBreaks16(s.data() + at);
    } else if (at < s.size()) {
      char tail[16];
      std::memset(tail, ' ', sizeof(tail));
      std::memcpy(tail, s.data() + at, s.size() - at);
      chunk = WordBreaks16(tail);
    }
    breaks |= uint64_t{chunk} << k;
  }
  return breaks;
}
#endif

// Keeps the word s[begin, end) unless it is only punctuation. Inlined: a
// call per word cost a third of AppendWords.
[[gnu::always_inline]] inline void AddWord(std::string_view s, size_t begin, size_t end,
                                           Words* out) {
  const std::string_view w = s.substr(begin, end - begin);
  // Most words open with an ASCII letter or digit: no call to read them.
  if (IsAsciiAlnum(w[0]) || !IsPunctuationToken(w)) out->push_back(w);
}

// Appends the words of `s` to `out`: the runs between word breaks
// (kWordBreaks) that are not only punctuation. Into the caller's vector:
// returning one copied its whole inline buffer, 1280 bytes.
void AppendWords(std::string_view s, Words* out) {
#if defined(__SSE2__)
  // Sixteen bytes at a time into a mask of breaks, 64 bytes to a block;
  // words are the runs of clear bits, found from the bits where a run
  // starts and where one ends. A word may run on into the next block.
  size_t open = std::string_view::npos;  // Where the word that runs on starts.
  bool break_before = true;              // Whether the byte before the block is a break.
  for (size_t base = 0; base < s.size(); base += 64) {
    const uint64_t breaks = WordBreaks64(s, base);
    const uint64_t shifted = breaks << 1 | (break_before ? 1 : 0);
    uint64_t starts = ~breaks & shifted;
    uint64_t ends = breaks & ~shifted;
    while (true) {
      if (open != std::string_view::npos) {
        if (ends == 0) break;
        AddWord(s, open, base + static_cast<size_t>(std::countr_zero(ends)), out);
        ends &= ends - 1;
        open = std::string_view::npos;
      } else {
        if (starts == 0) break;
        open = base + static_cast<size_t>(std::countr_zero(starts));
        starts &= starts - 1;
      }
    }
    break_before = (breaks >> 63) != 0;
  }
  // Bytes past the end count as breaks: only a word that fills the last
  // block to its end is still open.
  if (open != std::string_view::npos) AddWord(s, open, s.size(), out);
#else
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsWordBreak(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsWordBreak(s[j])) ++j;
    if (j > i) AddWord(s, i, j, out);
    i = j;
  }
#endif
}

std::string_view StripDot(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

// "2014", "3:45" (split at ':'), "1,500", "20th", "1990s".
bool IsNumber(std::string_view w) {
  w = StripDot(w);
  if (w.empty() || !IsDigit(w[0])) return false;
  size_t i = 0;
  while (i < w.size() && (IsDigit(w[i]) || w[i] == '.' || w[i] == ',')) ++i;
  const std::string_view suffix = w.substr(i);
  return suffix.empty() || InList(suffix, {"s", "st", "nd", "rd", "th"});
}

bool IsMonthOrDay(std::string_view w) {
  return InList(
      StripDot(w),
      {"january", "february",  "march",   "april",    "may",      "june",      "july",
       "august",  "september", "october", "november", "december", "jan",       "feb",
       "mar",     "apr",       "jun",     "jul",      "aug",      "sep",       "sept",
       "oct",     "nov",       "dec",     "monday",   "tuesday",  "wednesday", "thursday",
       "friday",  "saturday",  "sunday",  "mon",      "tue",      "tues",      "wed",
       "thu",     "thurs",     "fri",     "sat",      "sun",      "today",     "yesterday"});
}

bool IsStampWord(std::string_view w) {
  return InList(
      StripDot(w),
      {"updated", "published", "posted", "last", "modified", "first", "on",   "at",   "am",
       "pm",      "a.m",       "p.m",    "et",   "est",      "edt",   "ct",   "cst",  "cdt",
       "mt",      "mst",       "mdt",    "pt",   "pst",      "pdt",   "gmt",  "utc",  "bst",
       "cet",     "cest",      "of",     "and",  "time",     "times", "date", "local"});
}

// The facts rules look at: the line without leading bullets or dashes, its
// lowercase form and words.
struct LineFacts {
  std::string_view line;  // As given.
  std::string_view core;  // Without leaders.
  bool had_dash = false;  // The line started with a dash: "— Reuters".
  std::string lower;      // Lowercase ASCII of `core`.
  Words words;            // Of `lower`.
  size_t n = 0;           // words.size().
  uint32_t phrases = 0;   // The Phrase lists found in `lower` (PhraseIndex).

  bool Has(Phrase list) const { return (phrases >> list & 1) != 0; }
};

// ---------------------------------------------------------------------------
// Shapes of contact details.

bool IsHandleChar(char c) { return IsAsciiAlnum(c) || c == '_'; }

// "name@site.com", "@handle", "twitter.com/name".
bool HasAddress(const LineFacts& f) {
  const std::string_view lower = f.lower;
  for (size_t at = lower.find('@'); at != std::string_view::npos; at = lower.find('@', at + 1)) {
    if (at + 1 < lower.size() && IsHandleChar(lower[at + 1])) return true;
  }
  return f.Has(kProfileSites);
}

// "(317) 444-6156", "765-420-5339", "212.515.1595": three digit groups of
// 3, 3 and 4 digits.
bool HasPhoneNumber(std::string_view s) {
  size_t groups = 0;
  size_t digits = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    const char c = i < s.size() ? s[i] : ' ';
    if (IsDigit(c)) {
      ++digits;
      continue;
    }
    const bool group_ok = (groups < 2 && digits == 3) || (groups == 2 && digits == 4);
    if (digits > 0 && group_ok) {
      if (++groups == 3) return true;
    } else if (digits > 0 || !(c == '-' || c == '.' || c == ' ' || c == '(' || c == ')')) {
      groups = 0;
    }
    digits = 0;
  }
  return false;
}

bool IsUrlToken(std::string_view t) {
  return Contains(t, "://") || StartsWith(t, "www.") || StartsWith(t, "pic.twitter.com");
}

bool IsEmailToken(std::string_view t) {
  const size_t at = t.find('@');
  return at != std::string_view::npos && at > 0 && t.find('.', at) != std::string_view::npos;
}

// Space-separated tokens of `s`, a few at most (returns false past `max`).
bool Tokens(std::string_view s, size_t max, std::vector<std::string_view>* out) {
  out->clear();
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) {
      if (out->size() == max) return false;
      out->push_back(s.substr(i, j - i));
    }
    i = j + 1;
  }
  return true;
}

// ---------------------------------------------------------------------------
// The rules, one kind of boilerplate each.

// Markup that leaked through extraction: `poster="http://..."`, "<br>".
bool IsMarkupResidue(const LineFacts& f) {
  return Contains(f.line, "=\"http") || (f.line.front() == '<' && f.line.back() == '>');
}

// Wire-service notes to editors: "(BEGIN OPTIONAL TRIM)", "(END ADVANCE)".
bool IsEditorNote(const LineFacts& f) {
  return f.line.front() == '(' && f.line.back() == ')' && f.n <= 6 &&
         std::none_of(f.line.begin(), f.line.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Pull quotes set in the page: "Quote: ...".
bool IsPullQuote(const LineFacts& f) {
  static constexpr PrefixList kOpenings({"quote:", "pull quote:"});
  return StartsWithAny(f.lower, kOpenings);
}

// Captions introduced by a label: "Pic: ...", "Image copyright AFP Image
// caption ...", "Media playback is unsupported ...", "toggle caption ...".
bool IsLabelledCaption(const LineFacts& f) {
  static constexpr PrefixList kOpenings({"pic:",
                                         "pics:",
                                         "photo:",
                                         "photos:",
                                         "image:",
                                         "images:",
                                         "picture:",
                                         "pictures:",
                                         "caption:",
                                         "photograph:",
                                         "photographer:",
                                         "photo credit",
                                         "photo illustration",
                                         "image copyright",
                                         "image caption",
                                         "image source",
                                         "media playback",
                                         "media caption",
                                         "(photo",
                                         "(image",
                                         "(ap photo",
                                         "ap file photo",
                                         "credit:",
                                         "photo by ",
                                         "photo courtesy",
                                         "facebook twitter pinterest",
                                         "gallery:",
                                         "slideshow:",
                                         "toggle caption",
                                         "itoggle caption",
                                         "hide caption",
                                         "enlarge this image",
                                         "enlarge image",
                                         "source: getty",
                                         "file photo",
                                         "[image",
                                         "[photo"});
  return StartsWithAny(f.lower, kOpenings);
}

// Short lines carrying a photo credit, usually at the end: "... (Photo: Susan
// Walsh, AP)", "... REUTERS/Eric Gaillard", "... Photo: Getty Images".
bool HasPhotoCredit(const LineFacts& f) { return f.n <= 25 && f.Has(kCreditMarks); }

// Bare credits: "Sarah Tew/CNET", "Pew Research Center/NPR", "iStock".
bool IsBareCredit(const LineFacts& f) {
  if (InList(StripDot(f.lower),
             {"photo", "photos", "istock", "shutterstock", "getty", "getty images", "ap photo",
              "file photo", "courtesy photo", "handout", "epa"})) {
    return true;
  }
  if (f.n > 6 || EndsWith(f.core, "?") || EndsWith(f.core, "!")) return false;
  // A "Name/Agency" token, capitalized on both sides of the slash.
  bool credit = false;
  for (size_t i = 1; i + 1 < f.core.size(); ++i) {
    if (f.core[i] == '/' && f.core[i - 1] != ' ' && IsUpper(f.core[i + 1])) credit = true;
  }
  if (!credit) return false;
  std::vector<std::string_view> tokens;
  Tokens(f.core, 8, &tokens);
  return std::all_of(tokens.begin(), tokens.end(), [](std::string_view t) {
    return IsUpper(t[0]) || InList(t, {"via", "and", "of", "the", "for", "de"});
  });
}

// Links to other stories by label: "RELATED: ...", "READ MORE: ...",
// "Read or Share this story: http://...", "On the Net:".
bool IsLabelledLink(const LineFacts& f) {
  static constexpr PrefixList kOpenings({"related:",
                                         "just watched",
                                         "must watch",
                                         "related coverage",
                                         "related stories",
                                         "related content",
                                         "related articles",
                                         "related links",
                                         "related video",
                                         "related news",
                                         "read more",
                                         "read also",
                                         "also read",
                                         "read next",
                                         "read the full",
                                         "read the original",
                                         "read or share this story",
                                         "see also",
                                         "see more",
                                         "more:",
                                         "more from",
                                         "more info",
                                         "more information:",
                                         "more video",
                                         "more photos",
                                         "also:",
                                         "also on ",
                                         "(also on ",
                                         "click here",
                                         "recommended:",
                                         "recommended for you",
                                         "trending:",
                                         "trending news",
                                         "trending now",
                                         "you may also like",
                                         "you might also like",
                                         "don't miss",
                                         "keep reading",
                                         "sponsored:",
                                         "promoted:",
                                         "editor's picks",
                                         "editors' picks",
                                         "most popular stories",
                                         "most read",
                                         "most viewed",
                                         "more stories",
                                         "top stories",
                                         "latest news",
                                         "further reading",
                                         "explore further",
                                         "on the net:",
                                         "on the web:",
                                         "online:",
                                         "full coverage",
                                         "complete coverage",
                                         "for ap's complete",
                                         "previously:",
                                         "earlier:",
                                         "video:",
                                         "watch:",
                                         "listen:",
                                         "[video",
                                         "(video"});
  if (f.lower == "most popular") return true;
  return f.n <= 30 && StartsWithAny(f.lower, kOpenings);
}

// A line that is a URL, or a short label and a URL: "http://usat.ly/1",
// "Navajo Nation: http://www.navajo.org/", "More info: http://...".
bool IsUrlLine(const LineFacts& f) {
  constexpr size_t kMostTokens = 12;
  // The first and the last space-separated token; the tokens are counted
  // only when one of them is an address, which nearly no line has.
  std::string_view s = f.lower;
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty()) return false;
  const size_t first_space = s.find(' ');
  const size_t last_space = s.rfind(' ');
  const bool last_is_url =
      IsUrlToken(last_space == std::string_view::npos ? s : s.substr(last_space + 1));
  if (!last_is_url && !IsUrlToken(s.substr(0, first_space))) return false;
  size_t tokens = 0;
  for (size_t i = 0; i < s.size() && tokens <= kMostTokens; ++i) {
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) ++tokens;
  }
  return tokens <= kMostTokens && (last_is_url || tokens <= 2);
}

// Bracketed teasers: "[Who is Brian Sandoval?]", "[VIDEO: Coffee in America]".
bool IsBracketedTeaser(const LineFacts& f) {
  return f.core.front() == '[' && f.core.back() == ']' && f.n <= 15;
}

// Teasers that end in their call to action: "... Read more", "For a full
// recap, click here.", "ON A MOBILE DEVICE? CLICK HERE TO SEE THE VIDEO."
bool IsClickThrough(const LineFacts& f) {
  if (f.n > 25) return false;
  std::string_view s = f.lower;
  while (!s.empty() && (s.back() == '.' || s.back() == ')' || s.back() == ']' || s.back() == '>'))
    s.remove_suffix(1);
  return EndsWith(s, "read more") || EndsWith(s, "watch here") || Contains(s, "click here");
}

// Words of share bars, comment counters and page furniture.
bool IsFurnitureWord(std::string_view w) {
  return InList(
      w,
      {"comments",  "comment",  "share",     "shares",     "sharing",   "tweet",    "tweets",
       "pin",       "email",    "e-mail",    "print",      "facebook",  "twitter",  "reddit",
       "whatsapp",  "linkedin", "pinterest", "google+",    "messenger", "sms",      "copy",
       "link",      "this",     "article",   "story",      "on",        "save",     "saved",
       "more",      "reply",    "replies",   "leave",      "a",         "add",      "your",
       "view",      "show",     "hide",      "post",       "like",      "us",       "subscribe",
       "sign",      "up",       "in",        "log",        "close",     "menu",     "advertisement",
       "ad",        "ads",      "report",    "continue",   "reading",   "the",      "main",
       "continued", "below",    "page",      "next",       "previous",  "prev",     "no",
       "back",      "to",       "top",       "home",       "skip",      "content",  "text",
       "size",      "reset",    "embed",     "video",      "videos",    "play",     "replay",
       "sound",     "mute",     "volume",    "fullscreen", "photos",    "gallery",  "watch",
       "listen",    "now",      "or",        "and",        "with",      "location", "font",
       "enlarge",   "image",    "toggle",    "caption",    "expand",    "collapse", "read",
       "full",      "all",      "see",       "options",    "explore",   "further",  "loading",
       "..."});
}

// Share bars and counters: "Comments", "12 Comments", "share tweet pin email",
// "Advertisement Continue reading the main story", "Tweet with a location".
bool IsShareBar(const LineFacts& f) {
  return f.n > 0 && f.n <= 8 && std::all_of(f.words.begin(), f.words.end(), [](auto w) {
           return IsNumber(w) || IsFurnitureWord(w);
         });
}

// Page prompts and notices: "Advertisement", "Story Continued Below", "Please
// enable Javascript to watch this video", "Sign up for ...", "Subscribe to
// ...", "Leave a comment", "(Distributed by ...)".
bool IsPagePrompt(const LineFacts& f) {
  static constexpr PrefixList kOpenings({"advertisement",
                                         "story continues",
                                         "story continued",
                                         "continue reading",
                                         "please enable javascript",
                                         "enable javascript",
                                         "javascript is",
                                         "you need to enable javascript",
                                         "please turn on javascript",
                                         "you'll need an html5",
                                         "your browser does not",
                                         "your browser doesn't",
                                         "this browser does not",
                                         "we use cookies",
                                         "this site uses cookies",
                                         "this website uses cookies",
                                         "by using this site",
                                         "by continuing to use",
                                         "accept cookies",
                                         "cookie policy",
                                         "this video is not",
                                         "this video is unavailable",
                                         "this video has been",
                                         "this content is not",
                                         "this content is available",
                                         "sorry, this",
                                         "sorry, the video",
                                         "report this ad",
                                         "have a tip",
                                         "got a tip",
                                         "send us a tip",
                                         "from wikipedia",
                                         "sign up for",
                                         "sign up to",
                                         "subscribe to",
                                         "subscribe for",
                                         "subscribe now",
                                         "subscribe:",
                                         "subscribe here",
                                         "click to ",
                                         "tap to ",
                                         "thank you for registering",
                                         "thank you for subscribing",
                                         "thanks for subscribing",
                                         "thanks for signing up",
                                         "registration for",
                                         "(distributed by",
                                         "distributed by",
                                         "leave a comment",
                                         "add a comment",
                                         "post a comment",
                                         "join the conversation",
                                         "comments are closed",
                                         "comment on this",
                                         "share this",
                                         "share on ",
                                         "share your",
                                         "print this",
                                         "email this",
                                         "loading...",
                                         "already a subscriber",
                                         "not a subscriber",
                                         "become a member",
                                         "support our journalism",
                                         "listen to this article",
                                         "skip to ",
                                         "jump to "});
  return f.n <= 15 && StartsWithAny(f.lower, kOpenings);
}

// The notices of a web form, each a whole line or sentence: "Invalid email
// address.", "An error has occurred.", "Please try again later." Only the
// whole notice counts: "An error occurred in the count, officials said" is
// story text.
bool IsFormNotice(const LineFacts& f) {
  // The notices open with these letters: most lines are ruled out here.
  if (f.n > 8 || f.lower.empty() ||
      std::string_view("aipsty").find(f.lower[0]) == std::string_view::npos) {
    return false;
  }
  std::string_view s = f.lower;
  while (!s.empty() && (s.back() == '.' || s.back() == '!')) s.remove_suffix(1);
  return InList(s,
                {"invalid email address", "invalid email", "please re-enter",
                 "please enter a valid email address", "an error has occurred", "an error occurred",
                 "something went wrong", "please try again later", "please try again",
                 "this feature is not available right now", "you can unsubscribe at any time"});
}

// JavaScript, browser and cookie notices worded in other ways: "Please turn on
// JavaScript. Media requires JavaScript to play."
bool IsTechnicalNotice(const LineFacts& f) {
  if (f.n > 30) return false;
  return (f.Has(kScriptWords) && f.Has(kScriptVerbs)) ||
         (f.Has(kCookieNotice) && f.Has(kCookieWords));
}

// Newsletter prompts: "Get breaking news alerts ... Sign Up", "Sign up for our
// free newsletter".
bool IsNewsletterPrompt(const LineFacts& f) {
  // A form's terms without a word of mail: "Sign Up You agree to receive
  // occasional updates and special offers ...".
  if (f.Has(kSignUp) && Contains(f.lower, "you agree to receive")) return true;
  if (!f.Has(kMailWords)) return false;
  if (f.n <= 30 && f.Has(kSignUp)) return true;
  // The terms of a sign-up form, and a form's own notices: "... Email Sign
  // Up By signing up you agree to receive email newsletters ...", "You must
  // select a newsletter to subscribe to.", "View all New York Times
  // newsletters."
  return Contains(f.lower, "by signing up you agree") ||
         Contains(f.lower, "by signing up, you agree") ||
         StartsWith(f.lower, "you must select a newsletter") ||
         (StartsWith(f.lower, "view all ") && Contains(f.lower, "newsletters"));
}

// Notes about the article rather than the story: "This story has been updated
// to ...", "This article was originally published ...", "Editor's note: ...".
bool IsEditorialNote(const LineFacts& f) {
  static constexpr PrefixList kOpenings(
      {"this story has been updated", "this article has been updated", "this story was updated",
       "this article was updated", "this post has been updated",
       "this article was originally published", "this story was originally published",
       "this story originally appeared", "this article originally appeared",
       "this article first appeared", "this story first appeared", "originally published",
       "editor's note:", "editors' note:", "editors note:"});
  return f.n <= 30 && StartsWithAny(f.lower, kOpenings);
}

// Notes that a story is still being written: "This is a developing
// story.", "Check back for details as they develop.", "Stay with KDKA for
// the latest on this developing story."
bool IsDevelopingStoryNote(const LineFacts& f) {
  static constexpr PrefixList kNotes({"this is a developing story", "this story is developing",
                                      "this is a breaking news story", "this story will be updated",
                                      "this article will be updated", "this post will be updated",
                                      "check back for", "please check back", "refresh this page"});
  static constexpr PrefixList kStayWith({"stay with ", "stay tuned to "});
  if (f.n > 15) return false;
  if (StartsWithAny(f.lower, kNotes)) {
    return true;
  }
  return StartsWithAny(f.lower, kStayWith) &&
         (Contains(f.lower, " for the latest") || Contains(f.lower, " for updates") ||
          Contains(f.lower, " for more"));
}

// The line without closing punctuation ends with a network's name: "Follow
// Scott Stump on Twitter and Google+.", "Like us on Facebook".
bool EndsWithNetwork(std::string_view lower) {
  while (!lower.empty() && (lower.back() == '.' || lower.back() == '!' || lower.back() == ')')) {
    lower.remove_suffix(1);
  }
  for (std::string_view network : {"twitter", "facebook", "instagram", "linkedin", "tiktok",
                                   "youtube", "snapchat", "google+", "tumblr", "pinterest"}) {
    if (EndsWith(lower, network)) return true;
  }
  return false;
}

// Social sign-offs: "Follow Sarah on Twitter: @dadasarahle", "Like us on
// Facebook", "Follow us on twitter.com/...", "Like NBC: http://...".
bool IsFollowPrompt(const LineFacts& f) {
  static constexpr PrefixList kJoinUs(
      {"like us", "find us on", "connect with us", "join us on", "friend us"});
  static constexpr PrefixList kFollow({"follow ", "follow:", "like "});
  if (f.n > 20) return false;
  if (StartsWithAny(f.lower, kJoinUs)) {
    return f.Has(kNetworks);
  }
  return StartsWithAny(f.lower, kFollow) &&
         (HasAddress(f) || f.Has(kHttp) || EndsWithNetwork(f.lower));
}

// Contact lines: "Email the author at ...", "Contact Tracey Kaplan at
// 408-278-3482.", "Kale Williams is a staff writer. E-mail: ... Twitter: @sfkale",
// "wlee@tribune.com", "Twitter: @JulieMakLAT".
bool IsContactLine(const LineFacts& f) {
  static constexpr PrefixList kAuthorContacts({"email the author", "e-mail the author",
                                               "contact the author", "contact the reporter",
                                               "email the reporter", "reach the reporter"});
  static constexpr PrefixList kContactOpenings({"email", "e-mail", "contact ", "write to ",
                                                "reach ", "call ", "you can reach",
                                                "twitter:", "tips@", "send tips", "send comments"});
  if (f.n > kMaxBoilerplateWords) return false;
  if (f.n <= 20 && StartsWithAny(f.lower, kAuthorContacts)) {
    return true;
  }
  const bool contact_start = f.n <= 30 && StartsWithAny(f.lower, kContactOpenings);
  const bool contact_phrase = f.Has(kContactPhrases);
  if (!contact_start && !contact_phrase && f.n > 8) return false;
  if (!HasAddress(f) && !HasPhoneNumber(f.lower)) return false;
  if (contact_start || contact_phrase) return true;
  // Lines made only of addresses, phone numbers and joiners.
  std::vector<std::string_view> tokens;
  if (!Tokens(f.lower, 8, &tokens)) return false;
  return std::all_of(tokens.begin(), tokens.end(), [](std::string_view t) {
    return IsEmailToken(t) || IsUrlToken(t) || HasPhoneNumber(t) || t.front() == '(' ||
           IsDigit(t.front()) || IsPunctuationToken(t) || InList(t, {"or", "and"});
  });
}

// Embedded Instagram posts and handle lines: "... A post shared by AZ
// (@quietazmoney) on Jun 20, 2017", "Twitter @John_Kass", "Instagram: @name".
// Embedded tweets stay: their text is often the news itself.
bool IsSocialEmbed(const LineFacts& f) {
  static constexpr PrefixList kHandleLabels(
      {"twitter @", "twitter:", "instagram @", "instagram:", "facebook:", "snapchat:", "tiktok:"});
  if (f.Has(kPostSharedBy)) return true;
  return f.n <= 20 && HasAddress(f) && StartsWithAny(f.lower, kHandleLabels);
}

// Copyright and syndication notices: "© 2014 ...", "Copyright 2014 The
// Associated Press. All rights reserved. This material may not be published,
// broadcast, rewritten or redistributed."
bool IsCopyright(const LineFacts& f) {
  if (StartsWith(f.lower, "\xC2\xA9") ||
      (StartsWith(f.lower, "(c) ") && f.lower.size() > 4 && IsDigit(f.lower[4]))) {
    return true;
  }
  if (StartsWith(f.lower, "copyright")) {
    const std::string_view second = f.n >= 2 ? f.words[1] : std::string_view();
    if (f.n <= 8 || StartsWith(second, "\xC2\xA9") || second == "c" ||
        (second.size() == 4 && IsNumber(second))) {
      return true;
    }
  }
  return f.Has(kRightsNotices);
}

// Datelines and update stamps: lines made only of dates, times, weekday names
// and stamp words: "December 17, 2014 Updated: December 18, 2014", "Saturday,
// January 8, 2005", "Published 3:45 p.m. ET Dec. 17, 2014", "Last updated at
// 6:04 PM on 20th October 2011".
bool IsDateline(const LineFacts& f) {
  if (f.n == 0 || f.n > 20) return false;
  bool has_date = false;
  for (std::string_view w : f.words) {
    if (IsMonthOrDay(w)) {
      has_date = true;
    } else if (IsStampWord(w)) {
      if (InList(StripDot(w), {"updated", "published", "posted", "modified"})) has_date = true;
    } else if (!IsNumber(w)) {
      return false;
    }
  }
  return has_date;
}

// Times counted back from when the page was seen: "2 years ago", "Updated
// 5 hours ago", "a day ago". A sentence never ends in "ago" with only a
// count and its unit before.
bool IsRelativeStamp(const LineFacts& f) {
  if (f.n < 2 || f.n > 6 || StripDot(f.words[f.n - 1]) != "ago") return false;
  bool has_unit = false;
  for (size_t i = 0; i + 1 < f.n; ++i) {
    const std::string_view w = StripDot(f.words[i]);
    if (InList(w, {"second", "seconds", "sec",   "secs",   "minute", "minutes", "min",
                   "mins",   "hour",    "hours", "hr",     "hrs",    "day",     "days",
                   "week",   "weeks",   "month", "months", "year",   "years"})) {
      has_unit = true;
    } else if (!IsNumber(w) && !IsStampWord(w) && !InList(w, {"a", "an", "about"})) {
      return false;
    }
  }
  return has_unit;
}

bool IsCapitalizedToken(std::string_view w) {
  return !w.empty() && (IsUpper(w[0]) || IsDigit(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80);
}

// Bylines: "By John Smith", "By John Smith, CNN", "By Jane Doe and John Roe |
// Staff Writers", "By Staff Sgt. B. W. Stratton, 7th Air Force / Published
// March 24, 2017": after "By", only names, joiners and stamp words.
bool IsByline(const LineFacts& f) {
  if (!StartsWith(f.lower, "by ") || f.n > 16) return false;
  const char last = f.core.back();
  if (last == '!' || last == '?' || last == ',' || last == ':') return false;
  if (last == '.') {
    // Only after an initial or a suffix: "By John Smith Jr."
    const size_t space = f.core.rfind(' ');
    if (f.core.size() - space > 5) return false;
  }
  std::string_view rest = f.core.substr(3);
  size_t i = 0;
  size_t total = 0;
  while (i < rest.size()) {
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == ',' || rest[i] == '|' ||
                               rest[i] == '/' || rest[i] == '&')) {
      ++i;
    }
    size_t j = i;
    while (j < rest.size() && rest[j] != ' ' && rest[j] != ',' && rest[j] != '|' &&
           rest[j] != '/' && rest[j] != '&') {
      ++j;
    }
    const std::string_view w = rest.substr(i, j - i);
    i = j;
    if (w.empty()) continue;
    ++total;
    if (IsCapitalizedToken(w)) continue;
    const std::string_view lw = StripDot(w);
    if (InList(lw, {"and", "of", "the", "for", "in", "de", "la", "van", "von", "der", "staff",
                    "writer", "writers", "reporter", "correspondent", "editor", "on", "at"}) ||
        IsStampWord(lw) || IsMonthOrDay(lw)) {
      continue;
    }
    return false;
  }
  return total > 0;
}

// Sign-offs after a dash: "— Reuters", "— David R. Baker".
bool IsDashSignOff(const LineFacts& f) {
  if (!f.had_dash || f.n == 0 || f.n > 6) return false;
  const char last = f.core.back();
  if (last == '!' || last == '?' || last == ',' || last == ':' || last == ';') return false;
  std::vector<std::string_view> tokens;
  if (!Tokens(f.core, 6, &tokens)) return false;
  return std::all_of(tokens.begin(), tokens.end(),
                     [](std::string_view t) { return IsCapitalizedToken(t); });
}

// Credits for reporting: "Jill Colvin contributed to this report.",
// "(Additional reporting by Jumin Park; Editing by Raju Gopalakrishnan)",
// and agency names on a line of their own: "The Associated Press".
bool IsReportingCredit(const LineFacts& f) {
  static constexpr PrefixList kCreditOpenings(
      {"(reporting by", "reporting by ", "(writing by", "compiled by ", "written by "});
  if (InList(StripDot(f.lower),
             {"associated press", "the associated press", "reuters", "ap", "afp", "cnn wire",
              "staff report", "staff reports", "wire reports", "staff and wire reports"})) {
    return true;
  }
  return f.Has(kCreditPhrases) || StartsWithAny(f.lower, kCreditOpenings);
}

Boilerplate ClassifyFacts(const LineFacts& f) {
  if (IsMarkupResidue(f) || IsEditorNote(f)) return Boilerplate::kDecoration;
  if (IsPullQuote(f)) return Boilerplate::kPullQuote;
  if (IsLabelledCaption(f) || HasPhotoCredit(f) || IsBareCredit(f) ||
      IsPhotoCaptionSentence(f.line)) {
    return Boilerplate::kCaption;
  }
  if (IsLabelledLink(f) || IsUrlLine(f) || IsBracketedTeaser(f) || IsClickThrough(f)) {
    return Boilerplate::kLink;
  }
  if (IsFollowPrompt(f) || IsContactLine(f) || IsSocialEmbed(f)) return Boilerplate::kSocial;
  if (IsShareBar(f) || IsPagePrompt(f) || IsFormNotice(f) || IsTechnicalNotice(f) ||
      IsNewsletterPrompt(f) || IsEditorialNote(f) || IsDevelopingStoryNote(f)) {
    return Boilerplate::kPrompt;
  }
  if (IsCopyright(f)) return Boilerplate::kCopyright;
  if (IsDateline(f) || IsRelativeStamp(f)) return Boilerplate::kDateline;
  if (IsByline(f) || IsDashSignOff(f) || IsReportingCredit(f)) return Boilerplate::kByline;
  return Boilerplate::kNone;
}

}  // namespace

std::string FoldForComparison(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  Fold(line, [&](char c) {
    out.push_back(c);
    return true;
  });
  return out;
}

bool RepeatsTitle(std::string_view line, std::string_view folded_title) {
  return EqualsFolded(line, folded_title);
}

namespace {

const PhraseIndex& Phrases() {
  static const PhraseIndex& index = *new PhraseIndex();
  return index;
}

// The controls of an embedded video player, which open its description or
// its playlist: "CLOSE Skip in Skip x Embed x Share A former officer ...
// Video provided by Newsy".
constexpr std::string_view kVideoPlayer = "Skip in Skip x Embed x Share";
constexpr std::string_view kClosedVideoPlayer = "CLOSE Skip in Skip x Embed x Share";

// A photo gallery, or a video's description or playlist, flattened into one
// line, whatever its length: each caption of a gallery ends with "Hide
// Caption 3 of 43", and so does the line ("Photos: Crisis in Ukraine ...
// Hide Caption 1 of 132 Photos: ... Hide Caption 132 of 132"); a video's
// text opens with the player's controls. Only the ends are read, so every
// line is tested: no story line ends or opens so.
bool IsGalleryLine(std::string_view line) {
  if (StartsWith(line, kVideoPlayer) || StartsWith(line, kClosedVideoPlayer)) {
    return true;
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  auto digits_before = [&] {  // Strips the digits that end `line`.
    const size_t size = line.size();
    while (!line.empty() && IsDigit(line.back())) line.remove_suffix(1);
    return line.size() < size;
  };
  if (!digits_before() || !EndsWith(line, " of ")) return false;
  line.remove_suffix(4);
  return digits_before() && EndsWith(line, "Hide Caption ");
}

// ClassifyLine, where `too_long` tells whether the line has more than
// kMaxBoilerplateWords words.
template <typename TooLong>
Boilerplate Classify(std::string_view line, std::string_view folded_title, TooLong too_long) {
  if (line.empty()) return Boilerplate::kNone;
  // Repeated headlines, whatever their length.
  if (!folded_title.empty() && EqualsFolded(line, folded_title)) return Boilerplate::kPullQuote;
  // Rules, dots, stars, stray symbols: "___", "* * *", "•••", "- - - -".
  if (!HasLetterOrDigit(line)) return Boilerplate::kDecoration;
  if (IsGalleryLine(line)) return Boilerplate::kCaption;
  if (too_long()) return Boilerplate::kNone;

  LineFacts f;
  f.line = line;
  const size_t leader = LeaderLength(line);
  f.core = line.substr(leader);
  if (f.core.empty()) return Boilerplate::kDecoration;
  // Em dash, en dash or "--"; a single "-" starts a list item instead.
  f.had_dash = StartsWith(line, "\xE2\x80\x94") || StartsWith(line, "\xE2\x80\x93") ||
               StartsWith(line, "--");
  f.lower.assign(f.core);
  LowerAsciiInPlace(f.lower.data(), f.lower.size());
  AppendWords(f.lower, &f.words);
  f.n = f.words.size();
  f.phrases = Phrases().Find(f.lower);
  return ClassifyFacts(f);
}

}  // namespace

Boilerplate ClassifyLine(std::string_view line, std::string_view folded_title) {
  return Classify(line, folded_title, [&] { return HasMoreWordsThan(line, kMaxBoilerplateWords); });
}

Boilerplate ClassifyLine(std::string_view line, std::string_view folded_title, size_t words) {
  return Classify(line, folded_title, [&] { return words > kMaxBoilerplateWords; });
}

namespace {

// The first word of `sentence` in lower case, ASCII letters and hyphens;
// "" where it opens otherwise (a quotation mark, a digit) or is longer than
// kMostPackedBytes.
std::string_view FirstWordLowered(std::string_view sentence, char (&buffer)[kMostPackedBytes]) {
  size_t n = 0;
  for (; n < sentence.size(); ++n) {
    const char c = sentence[n];
    const char lower = LowerAscii(c);
    if (!(lower >= 'a' && lower <= 'z') && c != '-') break;
    if (n == sizeof(buffer)) return {};
    buffer[n] = lower;
  }
  return {buffer, n};
}

// A word that opens prompts and notices, and the most words of a sentence
// it opens that IsBoilerplateSentence classifies.
struct PromptOpener {
  PackedWord word;
  size_t most_words;
};

constexpr bool PackedLess(const PackedWord& a, const PackedWord& b) {
  return a.low != b.low ? a.low < b.low : a.high < b.high;
}

// The first words of the prompts, notices and links the line rules know
// (IsPagePrompt, IsNewsletterPrompt, IsFormNotice, IsFollowPrompt,
// IsClickThrough, ...), sorted for a binary search of packed words. Those
// that open story sentences too ("you", "this", "an") are asked about
// sentences of 8 words at most, where the notices are; "we" ("We use
// cookies"), which opens many, not at all.
constexpr auto kPromptOpeners = [] {
  constexpr size_t kPrompt = 30, kStory = 8;
  std::array<PromptOpener, 45> openers{{
      {PackWord("accept"), kPrompt},     {PackWord("already"), kPrompt},
      {PackWord("become"), kPrompt},     {PackWord("click"), kPrompt},
      {PackWord("comment"), kPrompt},    {PackWord("comments"), kPrompt},
      {PackWord("connect"), kPrompt},    {PackWord("e-mail"), kPrompt},
      {PackWord("email"), kPrompt},      {PackWord("enable"), kPrompt},
      {PackWord("find"), kPrompt},       {PackWord("follow"), kPrompt},
      {PackWord("invalid"), kPrompt},    {PackWord("javascript"), kPrompt},
      {PackWord("join"), kPrompt},       {PackWord("jump"), kPrompt},
      {PackWord("leave"), kPrompt},      {PackWord("like"), kPrompt},
      {PackWord("listen"), kPrompt},     {PackWord("loading"), kPrompt},
      {PackWord("newsletter"), kPrompt}, {PackWord("please"), kPrompt},
      {PackWord("print"), kPrompt},      {PackWord("share"), kPrompt},
      {PackWord("sign"), kPrompt},       {PackWord("skip"), kPrompt},
      {PackWord("sorry"), kPrompt},      {PackWord("subscribe"), kPrompt},
      {PackWord("support"), kPrompt},    {PackWord("tap"), kPrompt},
      {PackWord("thank"), kPrompt},      {PackWord("thanks"), kPrompt},
      {PackWord("view"), kPrompt},       {PackWord("add"), kStory},
      {PackWord("an"), kStory},          {PackWord("by"), kStory},
      {PackWord("got"), kStory},         {PackWord("have"), kStory},
      {PackWord("post"), kStory},        {PackWord("report"), kStory},
      {PackWord("send"), kStory},        {PackWord("something"), kStory},
      {PackWord("this"), kStory},        {PackWord("you"), kStory},
      {PackWord("your"), kStory},
  }};
  std::sort(openers.begin(), openers.end(), [](const PromptOpener& a, const PromptOpener& b) {
    return PackedLess(a.word, b.word);
  });
  return openers;
}();

// The index of a word's first two bytes (letters, or a hyphen second) in
// kOpenerLengths.
constexpr size_t OpeningPair(char first, char second) {
  return static_cast<size_t>(first - 'a') * 27 +
         (second == '-' ? 26 : static_cast<size_t>(second - 'a'));
}

// For each first two bytes of kPromptOpeners, the lengths of its words as
// bits (bit n: a word of n bytes): a sentence whose first word has no such
// opening and length ("the", "they", "police") is ruled out without a
// look-up.
constexpr auto kOpenerLengths = [] {
  std::array<uint16_t, 26 * 27> lengths{};
  for (const PromptOpener& o : kPromptOpeners) {
    const size_t pair = OpeningPair(static_cast<char>(o.word.low & 0xff),
                                    static_cast<char>(o.word.low >> 8 & 0xff));
    lengths[pair] = static_cast<uint16_t>(lengths[pair] | 1u << (o.word.high >> 56));
  }
  return lengths;
}();

}  // namespace

bool IsBoilerplateSentence(std::string_view sentence) {
  // A prompt of more words than this may run on into the story, where a
  // page's lines were joined ("Please enable JavaScript to watch this video
  // KANSAS CITY, Kan. -- Over the last 26 months ..."): only a link, a
  // contact line or a sign-up form's terms are taken whole.
  constexpr size_t kMostWordsOfAnyPrompt = 8;
  static constexpr std::string_view kSignUpTerms[] = {"by signing up", "you agree to receive",
                                                      "you will receive emails", "not a robot"};
  // Nearly every sentence is ruled out by its first word, without being
  // classified.
  char buffer[kMostPackedBytes];
  const std::string_view first = FirstWordLowered(sentence, buffer);
  if (first.size() < 2 || first[0] == '-' ||
      (kOpenerLengths[OpeningPair(first[0], first[1])] >> first.size() & 1) == 0) {
    return false;
  }
  const PackedWord key = PackWord(first);
  const auto it = std::lower_bound(
      kPromptOpeners.begin(), kPromptOpeners.end(), key,
      [](const PromptOpener& o, const PackedWord& w) { return PackedLess(o.word, w); });
  if (it == kPromptOpeners.end() || !(it->word == key) ||
      HasMoreWordsThan(sentence, it->most_words)) {
    return false;
  }
  const Boilerplate kind = ClassifyLine(sentence, "");
  if (kind == Boilerplate::kLink || kind == Boilerplate::kSocial) return true;
  if (kind != Boilerplate::kPrompt) return false;
  if (!HasMoreWordsThan(sentence, kMostWordsOfAnyPrompt)) return true;
  return std::any_of(std::begin(kSignUpTerms), std::end(kSignUpTerms), [&](std::string_view terms) {
    return FindNoCase(sentence, terms) != std::string_view::npos;
  });
}

// A wire service's photo caption, written as a sentence: "FILE - In this
// May 24, 2016, file photo, Rep. John Conyers ... speaks on Capitol Hill.",
// "In this photo provided by the Vatican paper L'Osservatore Romano, Pope
// Francis ...", "This undated photo provided by Husky Homestead shows
// Banjo ...". The photo is named within its first words, and a comma or a
// verb of showing or of supplying it follows ("This image of the president
// has been shared widely" is story text).
bool IsPhotoCaptionSentence(std::string_view text) {
  constexpr size_t kMostWordsBefore = 14;  // "In this Saturday, July 1, 2017, photo,".
  constexpr size_t kMostWordsToVerb = 6;
  if (!text.empty() && text[0] == 'F') {
    for (std::string_view file :
         {"FILE - ", "FILE \xE2\x80\x93 ", "FILE \xE2\x80\x94 ", "FILE: "}) {
      if (StartsWith(text, file)) {
        text.remove_prefix(file.size());
        break;
      }
    }
  }
  // Nearly every line and sentence is ruled out by its first bytes.
  if (text.empty() || (LowerAscii(text[0]) != 'i' && LowerAscii(text[0]) != 't')) return false;
  const bool in_this = StartsWithNoCase(text, "in this ");
  if (!in_this && !StartsWithNoCase(text, "this ")) return false;
  text.remove_prefix(in_this ? 8 : 5);
  // The words after it in lower case, enough of them for the rule.
  char lower[160];
  const size_t n = std::min(text.size(), sizeof(lower));
  for (size_t i = 0; i < n; ++i) lower[i] = LowerAscii(text[i]);
  std::string_view s(lower, n);
  absl::InlinedVector<std::string_view, kMostWordsBefore + kMostWordsToVerb> words;
  while (!s.empty() && words.size() < words.capacity()) {
    const size_t end = std::min(s.find(' '), s.size());
    if (end > 0) words.push_back(s.substr(0, end));
    s.remove_prefix(std::min(end + 1, s.size()));
  }
  for (size_t i = 0; i < words.size() && i < kMostWordsBefore; ++i) {
    std::string_view w = words[i];
    const bool comma = EndsWith(w, ",");
    if (comma) w.remove_suffix(1);
    if (!InList(w, {"photo", "photos", "image", "images", "photograph", "photographs"})) continue;
    if (comma) return true;
    // A story tells of a photo in sentences of its own: "This photo was
    // taken an hour before the attack.", "This image shows that the edge
    // lies 10.5 billion miles away."
    if (i + 1 < words.size() && InList(words[i + 1], {"was", "were", "is", "are", "has", "had"})) {
      return false;
    }
    for (size_t j = i + 1; j < words.size() && j <= i + kMostWordsToVerb; ++j) {
      if (InList(words[j], {"shows", "show", "showing", "provided", "released", "taken", "made",
                            "obtained", "posted", "courtesy"})) {
        return j + 1 >= words.size() || words[j + 1] != "that";
      }
    }
    return false;
  }
  return false;
}

size_t PromptOpeningStory(std::string_view sentence) {
  // Longest first: "advertisement continue reading the main story" before
  // "continue reading the main story".
  static constexpr std::string_view kPrompts[] = {
      "advertisement continue reading the main story", "continue reading the main story",
      "story continues below advertisement", "story continued below", "story continues below"};
  if (sentence.empty()) return 0;
  const char first = LowerAscii(sentence[0]);
  if (first != 'a' && first != 'c' && first != 's') return 0;
  for (std::string_view prompt : kPrompts) {
    // The prompt ends at a space, and story follows it.
    if (sentence.size() <= prompt.size() || !StartsWithNoCase(sentence, prompt) ||
        sentence[prompt.size()] != ' ') {
      continue;
    }
    size_t end = prompt.size();
    while (end < sentence.size() && sentence[end] == ' ') ++end;
    return end < sentence.size() ? end : 0;
  }
  return 0;
}

}  // namespace precis

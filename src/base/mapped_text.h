// Copyright 2026 The Precis Authors.
//
// MappedText: text derived from an original byte string, remembering for every
// byte which original bytes produced it. Each cleaning stage reads one
// MappedText and appends to a new one; origins compose, so after any number of
// stages a byte range of the final text still names its original bytes.
//
// Invariant (checked by tests): for every byte i, origin_begin(i) <=
// origin_end(i) <= original size, and origins never decrease along the text
// (stages keep order; they drop, replace or insert, never reorder).
//
// Origins are stored as runs, not per byte: a run of bytes copied from the
// original (byte k of the run maps to one original byte, the run's first
// plus k) or a run of bytes that all map to one original range (a
// replacement). Appending costs time in the number of runs it copies, and a
// cleaning stage that mostly copies adds a few runs per line however long
// the lines are. Reading the origin of one byte is a binary search.
#ifndef PRECIS_BASE_MAPPED_TEXT_H_
#define PRECIS_BASE_MAPPED_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"

namespace precis {

class MappedText {
 public:
  MappedText() = default;

  // Text equal to `original`, each byte mapped to itself.
  static MappedText Identity(std::string_view original);

  const std::string& text() const { return text_; }
  size_t size() const { return text_.size(); }
  bool empty() const { return text_.empty(); }
  char operator[](size_t i) const { return text_[i]; }

  // Original range of byte i. REQUIRES: i < size().
  size_t origin_begin(size_t i) const;
  size_t origin_end(size_t i) const;

  // The original span covering text bytes [begin, end): from the origin of
  // `begin` to the end of the origin of `end - 1`. An empty range maps to the
  // empty span at the origin of `begin` (or the end of the last byte).
  // REQUIRES: begin <= end <= size().
  Span OriginalSpan(size_t begin, size_t end) const;

  // Appends text[pos, pos + len) of `source`, keeping each byte's origin.
  void AppendFrom(const MappedText& source, size_t pos, size_t len);

  // Appends `bytes` as produced by source bytes [src_begin, src_end): every
  // new byte gets the union of their origins. With src_begin == src_end the
  // bytes are an insertion and get the empty origin just before
  // source[src_begin] (or after the last byte).
  // REQUIRES: src_begin <= src_end <= source.size().
  void AppendReplacement(std::string_view bytes, const MappedText& source, size_t src_begin,
                         size_t src_end);

  // For the first stage over raw bytes: appends `bytes` with origin
  // [orig_begin, orig_end) for every byte (a replacement), or, when
  // bytes.size() == orig_end - orig_begin and `one_to_one`, byte i maps to
  // orig_begin + i.
  void AppendOriginal(std::string_view bytes, size_t orig_begin, size_t orig_end, bool one_to_one);

  void Reserve(size_t n);

 private:
  // Bytes [text_begin, the next run's text_begin or size()) of text_.
  struct Run {
    uint32_t text_begin;
    uint32_t origin_begin;  // Of the run's first byte.
    uint32_t origin_end;    // Of every byte when !copied; unused when copied.
    bool copied;            // Byte k maps to [origin_begin + k, origin_begin + k + 1).
  };

  // The run holding byte i. REQUIRES: i < size().
  const Run& RunAt(size_t i) const;
  // Appends `n` bytes' origins (their text already in text_ or about to be):
  // a run of copied bytes from `origin_begin`, or of one replaced range,
  // extending the last run when it continues it.
  void AppendRun(size_t n, uint32_t origin_begin, uint32_t origin_end, bool copied);

  std::string text_;
  std::vector<Run> runs_;  // text_begin strictly increasing; none empty.
};

}  // namespace precis

#endif  // PRECIS_BASE_MAPPED_TEXT_H_

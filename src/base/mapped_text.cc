// Copyright 2026 The Precis Authors.
#include "base/mapped_text.h"

#include <algorithm>

namespace precis {

MappedText MappedText::Identity(std::string_view original) {
  MappedText out;
  out.AppendOriginal(original, 0, original.size(), /*one_to_one=*/true);
  return out;
}

const MappedText::Run& MappedText::RunAt(size_t i) const {
  auto after = std::upper_bound(runs_.begin(), runs_.end(), i,
                                [](size_t at, const Run& run) { return at < run.text_begin; });
  return *(after - 1);
}

size_t MappedText::origin_begin(size_t i) const {
  const Run& run = RunAt(i);
  return run.copied ? run.origin_begin + (i - run.text_begin) : run.origin_begin;
}

size_t MappedText::origin_end(size_t i) const {
  const Run& run = RunAt(i);
  return run.copied ? run.origin_begin + (i - run.text_begin) + 1 : run.origin_end;
}

Span MappedText::OriginalSpan(size_t begin, size_t end) const {
  if (begin >= end) {
    size_t at = begin < size() ? origin_begin(begin) : (size() ? origin_end(size() - 1) : 0);
    return Span{at, at};
  }
  return Span{origin_begin(begin), origin_end(end - 1)};
}

void MappedText::AppendRun(size_t n, uint32_t origin_begin, uint32_t origin_end, bool copied) {
  if (n == 0) return;
  const size_t at = text_.size() - n;  // The run's first byte; text_ holds it already.
  if (!runs_.empty()) {
    const Run& last = runs_.back();
    const size_t last_size = at - last.text_begin;
    if (copied && last.copied && last.origin_begin + last_size == origin_begin) return;
    if (!copied && !last.copied && last.origin_begin == origin_begin &&
        last.origin_end == origin_end) {
      return;
    }
  }
  runs_.push_back(Run{static_cast<uint32_t>(at), origin_begin, origin_end, copied});
}

void MappedText::AppendFrom(const MappedText& source, size_t pos, size_t len) {
  if (len == 0) return;
  const size_t stop = pos + len;
  auto run = std::upper_bound(source.runs_.begin(), source.runs_.end(), pos,
                              [](size_t at, const Run& r) { return at < r.text_begin; }) -
             1;
  size_t from = pos;
  while (from < stop) {
    const size_t run_end = run + 1 == source.runs_.end() ? source.size() : (run + 1)->text_begin;
    const size_t to = std::min(stop, run_end);
    text_.append(source.text_, from, to - from);
    if (run->copied) {
      AppendRun(to - from, static_cast<uint32_t>(run->origin_begin + (from - run->text_begin)), 0,
                true);
    } else {
      AppendRun(to - from, run->origin_begin, run->origin_end, false);
    }
    from = to;
    ++run;
  }
}

void MappedText::AppendReplacement(std::string_view bytes, const MappedText& source,
                                   size_t src_begin, size_t src_end) {
  size_t b, e;
  if (src_begin < src_end) {
    b = source.origin_begin(src_begin);
    e = source.origin_end(src_end - 1);
  } else if (src_begin < source.size()) {
    b = e = source.origin_begin(src_begin);
  } else {
    b = e = source.empty() ? 0 : source.origin_end(source.size() - 1);
  }
  text_.append(bytes);
  AppendRun(bytes.size(), static_cast<uint32_t>(b), static_cast<uint32_t>(e), false);
}

void MappedText::AppendOriginal(std::string_view bytes, size_t orig_begin, size_t orig_end,
                                bool one_to_one) {
  text_.append(bytes);
  const bool copied = one_to_one && bytes.size() == orig_end - orig_begin;
  AppendRun(bytes.size(), static_cast<uint32_t>(orig_begin), static_cast<uint32_t>(orig_end),
            copied);
}

void MappedText::Reserve(size_t n) { text_.reserve(n); }

}  // namespace precis

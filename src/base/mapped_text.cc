// Copyright 2026 The Precis Authors.
#include "base/mapped_text.h"

#include <algorithm>

namespace precis {

MappedText MappedText::Identity(std::string_view original) {
  MappedText out;
  out.AppendOriginal(original, 0, original.size(), /*one_to_one=*/true);
  return out;
}

Span MappedText::OriginalSpan(size_t begin, size_t end) const {
  if (begin >= end) {
    size_t at = begin < size() ? begin_[begin] : (size() ? end_[size() - 1] : 0);
    return Span{at, at};
  }
  return Span{begin_[begin], end_[end - 1]};
}

void MappedText::AppendFrom(const MappedText& source, size_t pos, size_t len) {
  text_.append(source.text_, pos, len);
  begin_.insert(begin_.end(), source.begin_.begin() + pos,
                source.begin_.begin() + pos + len);
  end_.insert(end_.end(), source.end_.begin() + pos,
              source.end_.begin() + pos + len);
}

void MappedText::AppendReplacement(std::string_view bytes,
                                   const MappedText& source, size_t src_begin,
                                   size_t src_end) {
  uint32_t b, e;
  if (src_begin < src_end) {
    b = source.begin_[src_begin];
    e = source.end_[src_end - 1];
  } else if (src_begin < source.size()) {
    b = e = source.begin_[src_begin];
  } else {
    b = e = source.empty() ? 0 : source.end_.back();
  }
  text_.append(bytes);
  begin_.insert(begin_.end(), bytes.size(), b);
  end_.insert(end_.end(), bytes.size(), e);
}

void MappedText::AppendOriginal(std::string_view bytes, size_t orig_begin,
                                size_t orig_end, bool one_to_one) {
  text_.append(bytes);
  if (one_to_one && bytes.size() == orig_end - orig_begin) {
    for (size_t i = 0; i < bytes.size(); ++i) {
      begin_.push_back(static_cast<uint32_t>(orig_begin + i));
      end_.push_back(static_cast<uint32_t>(orig_begin + i + 1));
    }
  } else {
    begin_.insert(begin_.end(), bytes.size(), static_cast<uint32_t>(orig_begin));
    end_.insert(end_.end(), bytes.size(), static_cast<uint32_t>(orig_end));
  }
}

void MappedText::Reserve(size_t n) {
  text_.reserve(n);
  begin_.reserve(n);
  end_.reserve(n);
}

}  // namespace precis

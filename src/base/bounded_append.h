// Copyright 2026 The Precis Authors.
//
// Appending to a string that has a size limit without letting its capacity
// overshoot the limit: std::string doubles its capacity as it grows, so a
// buffer filled up to a 256 MiB limit could hold 512 MiB.
#ifndef PRECIS_BASE_BOUNDED_APPEND_H_
#define PRECIS_BASE_BOUNDED_APPEND_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

// Appends `bytes` to *s, growing its capacity geometrically but never past
// max(`limit`, the new size); `limit` 0 means no limit.
inline void AppendBounded(std::string* s, std::string_view bytes, size_t limit) {
  const size_t needed = s->size() + bytes.size();
  if (needed > s->capacity()) {
    size_t grown = std::max(needed, 2 * s->capacity());
    if (limit > 0) grown = std::max(needed, std::min(grown, limit));
    s->reserve(grown);
  }
  s->append(bytes);
}

}  // namespace precis

#endif  // PRECIS_BASE_BOUNDED_APPEND_H_

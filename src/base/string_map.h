// Copyright 2026 The Precis Authors.
//
// StringMap<V>: a hash map from std::string that is searched with a
// std::string_view, so that looking up a word allocates nothing. Abseil's
// flat_hash_map (open addressing, no node per entry): the word tables are
// the hottest lookups of the pipeline. References to its values are
// invalidated by an insertion.
#ifndef PRECIS_BASE_STRING_MAP_H_
#define PRECIS_BASE_STRING_MAP_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <absl/container/flat_hash_map.h>

namespace precis {

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <typename V>
using StringMap = absl::flat_hash_map<std::string, V, StringViewHash, std::equal_to<>>;

}  // namespace precis

#endif  // PRECIS_BASE_STRING_MAP_H_

// Copyright 2026 The Precis Authors.
//
// StringMap<V>: an unordered_map from std::string that is searched with a
// std::string_view, so that looking up a word allocates nothing.
#ifndef PRECIS_BASE_STRING_MAP_H_
#define PRECIS_BASE_STRING_MAP_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace precis {

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <typename V>
using StringMap = std::unordered_map<std::string, V, StringViewHash, std::equal_to<>>;

}  // namespace precis

#endif  // PRECIS_BASE_STRING_MAP_H_

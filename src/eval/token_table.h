// Copyright 2026 The Precis Authors.
//
// A map from short strings (tokens) to 32-bit values, for the scorer's hot
// loop: open addressing over one array of 32-byte slots. Keys of up to 16
// bytes (nearly every word) live in their slot, longer ones in one arena, so
// a look-up usually touches one cache line, where std::unordered_map touched
// a bucket, a node and a heap string and spent most of ROUGE's time there.
#ifndef PRECIS_EVAL_TOKEN_TABLE_H_
#define PRECIS_EVAL_TOKEN_TABLE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

class TokenTable {
 public:
  // The value stored for `key`, or nullptr.
  const uint32_t* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t hash = Hash(key);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.length == kEmpty) return nullptr;
      if (slot.hash == hash && Matches(slot, key)) return &slot.value;
    }
  }

  // Stores `value` for `key` unless the key is present; returns the value
  // stored.
  uint32_t Insert(std::string_view key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    const uint64_t hash = Hash(key);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.length == kEmpty) {
        slot.hash = hash;
        slot.length = static_cast<uint32_t>(key.size());
        slot.value = value;
        if (key.size() <= kInline) {
          std::memcpy(slot.key.bytes, key.data(), key.size());
        } else {
          slot.key.offset = arena_.size();
          arena_.append(key);
        }
        ++size_;
        return value;
      }
      if (slot.hash == hash && Matches(slot, key)) return slot.value;
    }
  }

  size_t size() const { return size_; }
  // Bytes held, keys and slots.
  size_t memory() const { return arena_.capacity() + slots_.capacity() * sizeof(Slot); }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  static constexpr size_t kInline = 16;
  struct Slot {
    uint64_t hash = 0;
    uint32_t length = kEmpty;
    uint32_t value = 0;
    union {
      char bytes[kInline];  // Keys of up to kInline bytes.
      uint64_t offset;      // Longer keys: where in arena_.
    } key = {};
  };

  // FNV-1a, then a final mix so that the low bits (the slot) depend on all.
  static uint64_t Hash(std::string_view key) {
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : key) h = (h ^ c) * 1099511628211ULL;
    h ^= h >> 32;
    return h;
  }

  bool Matches(const Slot& slot, std::string_view key) const {
    if (slot.length != key.size()) return false;
    const char* stored = key.size() <= kInline ? slot.key.bytes : arena_.data() + slot.key.offset;
    for (size_t i = 0; i < key.size(); ++i) {
      if (stored[i] != key[i]) return false;
    }
    return true;
  }

  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot());
    const size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.length == kEmpty) continue;
      size_t i = slot.hash & mask;
      while (slots_[i].length != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::string arena_;
  size_t size_ = 0;
};

}  // namespace precis

#endif  // PRECIS_EVAL_TOKEN_TABLE_H_

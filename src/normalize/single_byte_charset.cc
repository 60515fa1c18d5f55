// Copyright 2026 The Precis Authors.
#include "normalize/single_byte_charset.h"

#include <iconv.h>

#include <array>
#include <cerrno>
#include <cstddef>
#include <map>
#include <mutex>
#include <utility>

#include "base/ascii.h"
#include "base/utf8.h"

namespace precis {
namespace {

// The label in lower case without surrounding spaces and quotes; "" when
// it holds a character no encoding name has (iconv would also read
// suffixes such as "//TRANSLIT").
std::string CleanLabel(std::string_view label) {
  while (!label.empty() && (label.front() == ' ' || label.front() == '"' || label.front() == '\''))
    label.remove_prefix(1);
  while (!label.empty() && (label.back() == ' ' || label.back() == '"' || label.back() == '\''))
    label.remove_suffix(1);
  if (label.empty() || label.size() > 40) return "";
  std::string out;
  for (char c : label) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.' || c == ':';
    if (!ok) return "";
    out += LowerAscii(c);
  }
  return out;
}

// The WHATWG Encoding standard's labels of windows-1252.
bool IsWindows1252Label(const std::string& label) {
  static const char* const kLabels[] = {
      "ansi_x3.4-1968", "ascii",    "cp1252",          "cp819",      "csisolatin1",
      "ibm819",         "iso-8859-1", "iso-ir-100",    "iso8859-1",  "iso88591",
      "iso_8859-1",     "iso_8859-1:1987", "l1",       "latin1",     "us-ascii",
      "windows-1252",   "x-cp1252"};
  for (const char* l : kLabels) {
    if (label == l) return true;
  }
  return false;
}

// The table of `iconv_name`, or false when iconv does not know it or it is
// not single-byte and ASCII-compatible.
bool BuildTable(const std::string& iconv_name, std::array<std::string, 128>* high) {
  iconv_t cd = iconv_open("UTF-8", iconv_name.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  bool ok = true;
  for (int b = 0; b < 256 && ok; ++b) {
    iconv(cd, nullptr, nullptr, nullptr, nullptr);  // Back to the initial state.
    char in_byte = static_cast<char>(b);
    char* in = &in_byte;
    size_t in_left = 1;
    char buffer[16];
    char* out = buffer;
    size_t out_left = sizeof(buffer);
    std::string utf8;
    if (iconv(cd, &in, &in_left, &out, &out_left) == static_cast<size_t>(-1)) {
      // Undefined in the encoding (EILSEQ): a replacement character. The
      // start of a longer sequence (EINVAL): not single-byte.
      ok = errno == EILSEQ && b >= 0x80;
      utf8 = "\xEF\xBF\xBD";
    } else {
      utf8.assign(buffer, sizeof(buffer) - out_left);
      ok = in_left == 0 && !utf8.empty() && FindInvalidUtf8(utf8) == kValidUtf8 &&
           (b >= 0x80 || utf8 == std::string(1, static_cast<char>(b)));
    }
    if (ok && b >= 0x80) (*high)[static_cast<size_t>(b - 0x80)] = std::move(utf8);
  }
  iconv_close(cd);
  return ok;
}

}  // namespace

SingleByteCharset::SingleByteCharset(std::string name, std::array<std::string, 128> high)
    : name_(std::move(name)), high_(std::move(high)) {}

std::shared_ptr<const SingleByteCharset> SingleByteCharset::ForLabel(std::string_view label) {
  std::string name = CleanLabel(label);
  if (name.empty()) return nullptr;
  if (IsWindows1252Label(name)) name = "windows-1252";
  // Built once per name; names that are no such encoding are remembered
  // too, up to a bound (labels come from documents).
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const SingleByteCharset>>* const kBuilt =
      new std::map<std::string, std::shared_ptr<const SingleByteCharset>>();
  constexpr size_t kMostRemembered = 256;
  std::lock_guard lock(mutex);
  if (auto it = kBuilt->find(name); it != kBuilt->end()) return it->second;
  std::shared_ptr<const SingleByteCharset> charset;
  std::array<std::string, 128> high;
  if (BuildTable(name, &high)) charset = std::make_shared<SingleByteCharset>(name, std::move(high));
  if (kBuilt->size() < kMostRemembered) kBuilt->emplace(name, charset);
  return charset;
}

MappedText SingleByteCharset::Decode(std::string_view bytes) const {
  MappedText out;
  out.Reserve(bytes.size() + bytes.size() / 8);
  size_t run = 0;  // Start of the current run of ASCII bytes.
  for (size_t pos = 0; pos < bytes.size(); ++pos) {
    const unsigned char c = static_cast<unsigned char>(bytes[pos]);
    if (c < 0x80) continue;
    out.AppendOriginal(bytes.substr(run, pos - run), run, pos, true);
    out.AppendOriginal(high_[c - 0x80], pos, pos + 1, false);
    run = pos + 1;
  }
  out.AppendOriginal(bytes.substr(run), run, bytes.size(), true);
  return out;
}

}  // namespace precis

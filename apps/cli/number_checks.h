// Copyright 2026 The Precis Authors.
//
// Checks for the command lines' numeric flags. CLI11 converts "-1" for an
// unsigned option by wrapping it to a huge count (a worker pool of 2^64
// threads), and its ready-made ranges print their bound as a 300-digit
// number; these reject what is not a number of the range and say which
// range in one line.
#ifndef PRECIS_APPS_CLI_NUMBER_CHECKS_H_
#define PRECIS_APPS_CLI_NUMBER_CHECKS_H_

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

namespace precis_cli {

// A whole number written in decimal digits (no sign, point or exponent)
// from `least` to `most`.
inline CLI::Validator WholeNumber(uint64_t least, uint64_t most = UINT64_MAX) {
  const std::string range = most == UINT64_MAX ? "of at least " + std::to_string(least)
                                               : "from " + std::to_string(least) + " to " +
                                                     std::to_string(most);
  return CLI::Validator(
      [least, most, range](std::string& text) -> std::string {
        const std::string expected = "expected a whole number " + range + ", got '" + text + "'";
        if (text.empty() || text.size() > 20 ||
            text.find_first_not_of("0123456789") != std::string::npos) {
          return expected;
        }
        errno = 0;
        const unsigned long long value = std::strtoull(text.c_str(), nullptr, 10);
        if (errno == ERANGE || value < least || value > most) return expected;
        return std::string();
      },
      "");
}

// A finite decimal number of at least `least`.
inline CLI::Validator NumberAtLeast(double least) {
  std::ostringstream bound;
  bound << least;
  return CLI::Validator(
      [least, bound = bound.str()](std::string& text) -> std::string {
        char* end = nullptr;
        errno = 0;
        const double value = std::strtod(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size() || errno == ERANGE ||
            !std::isfinite(value) || value < least) {
          return "expected a number of at least " + bound + ", got '" + text + "'";
        }
        return std::string();
      },
      "");
}

}  // namespace precis_cli

#endif  // PRECIS_APPS_CLI_NUMBER_CHECKS_H_

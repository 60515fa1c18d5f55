// Copyright 2026 The Precis Authors.
//
// A method's tunable parameters, given by name (`--param lexrank.damping=0.9`
// on the command line, SummaryOptions::parameters in the library). Each
// method reads its own with a default and a valid range; a name no method
// reads, or a value out of range, is an InvalidArgument naming it.
#ifndef PRECIS_SUMMARIZE_METHOD_PARAMETERS_H_
#define PRECIS_SUMMARIZE_METHOD_PARAMETERS_H_

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis {

class MethodParameters {
 public:
  // `given`: "method.name" -> value, as in SummaryOptions::parameters.
  // Only entries whose prefix is `method` are this method's.
  MethodParameters(const std::map<std::string, std::string>& given, std::string_view method);

  // The value of `name` (the default when not given), which must lie in
  // [min, max]; records an error otherwise.
  double Number(std::string_view name, double fallback, double min, double max);

  // OK, or the first error: a bad value, or a given parameter of this
  // method that it never read (a typo).
  Status Finish() const;

 private:
  std::string method_;
  std::map<std::string, std::string> mine_;  // name -> value
  std::set<std::string> read_;
  Status error_;
};

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_METHOD_PARAMETERS_H_

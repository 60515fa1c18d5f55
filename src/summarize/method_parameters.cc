// Copyright 2026 The Precis Authors.
#include "summarize/method_parameters.h"

#include <cstdlib>
#include <sstream>

namespace precis {

MethodParameters::MethodParameters(const std::map<std::string, std::string>& given,
                                   std::string_view method)
    : method_(method) {
  const std::string prefix = method_ + ".";
  for (const auto& [key, value] : given) {
    if (key.rfind(prefix, 0) == 0) mine_[key.substr(prefix.size())] = value;
  }
}

double MethodParameters::Number(std::string_view name, double fallback, double min, double max) {
  const std::string key(name);
  read_.insert(key);
  auto it = mine_.find(key);
  if (it == mine_.end()) return fallback;
  const std::string& text = it->second;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !(value >= min && value <= max)) {
    if (error_.ok()) {
      // "[0, 1]", not std::to_string's "[0.000000, 1.000000]".
      std::ostringstream range;
      range << '[' << min << ", " << max << ']';
      error_ = Status::InvalidArgument(method_ + "." + key + " must be a number within " +
                                       range.str() + ", not '" + text + "'");
    }
    return fallback;
  }
  return value;
}

Status MethodParameters::Finish() const {
  if (!error_.ok()) return error_;
  for (const auto& [key, value] : mine_) {
    if (read_.count(key) == 0) {
      std::string known;
      for (const std::string& k : read_) known += (known.empty() ? "" : ", ") + method_ + "." + k;
      return Status::InvalidArgument(
          "unknown parameter '" + method_ + "." + key + "'" +
          (known.empty() ? " (this method has none)" : " (known: " + known + ")"));
    }
  }
  return Status::OK();
}

}  // namespace precis

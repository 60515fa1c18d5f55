// Copyright 2026 The Precis Authors.
//
// Status: the outcome of a library call. Every function at the library boundary
// that can fail returns a Status (or fills an out-parameter and returns one).
// The command line maps kInvalidArgument to exit code 2 and every other error to
// exit code 1; the message is one line meant for a person.
#ifndef PRECIS_STATUS_H_
#define PRECIS_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace precis {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // The caller asked for something meaningless (bad option, flag).
    kNotFound,         // A named file, directory or id does not exist.
    kIOError,          // Reading or writing failed.
    kInvalidInput,     // Input bytes are unusable: invalid UTF-8, binary, malformed JSON.
    kEmptyInput,       // Input holds nothing to work on: no documents, no sentences.
    kInternal,         // A bug in Precis.
  };

  // An OK status. Cheap to copy.
  Status() = default;

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string message) {
    return Status(Code::kInvalidArgument, std::move(message));
  }
  static Status NotFound(std::string message) {
    return Status(Code::kNotFound, std::move(message));
  }
  static Status IOError(std::string message) { return Status(Code::kIOError, std::move(message)); }
  static Status InvalidInput(std::string message) {
    return Status(Code::kInvalidInput, std::move(message));
  }
  static Status EmptyInput(std::string message) {
    return Status(Code::kEmptyInput, std::move(message));
  }
  static Status Internal(std::string message) {
    return Status(Code::kInternal, std::move(message));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The message without a code prefix; empty for OK.
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "<context>: <message>"; OK stays OK.
  Status WithContext(std::string_view context) const;

  // "OK", or the message as one line (newlines replaced by spaces).
  std::string ToString() const;

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace precis

// Returns from the enclosing function if `expr` yields a non-OK Status.
#define PRECIS_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::precis::Status precis_status_ = (expr);        \
    if (!precis_status_.ok()) return precis_status_; \
  } while (false)

#endif  // PRECIS_STATUS_H_

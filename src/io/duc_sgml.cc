// Copyright 2026 The Precis Authors.
#include "io/duc_sgml.h"

namespace precis {

Status SplitDucDocuments(std::string_view, std::string_view, std::vector<RawDocument>*) {
  return Status::Internal("DUC reader is not built yet");
}

Status ExtractDucContent(const MappedText&, DucContent*) {
  return Status::Internal("DUC reader is not built yet");
}

}  // namespace precis

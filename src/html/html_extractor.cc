// Copyright 2026 The Precis Authors.
#include "html/html_extractor.h"

namespace precis {

Status ExtractHtmlContent(const MappedText&, HtmlContent*) {
  return Status::Internal("HTML extraction is not built yet");
}

}  // namespace precis

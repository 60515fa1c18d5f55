// Copyright 2026 The Precis Authors.
#include "precis/reader.h"

namespace precis {

Status ParseInputFormat(std::string_view, InputFormat*) {
  return Status::Internal("readers are not built yet");
}
const char* InputFormatName(InputFormat) { return "auto"; }
Status ReadClusters(const std::vector<std::string>&, const ReadOptions&,
                    std::vector<RawCluster>*) {
  return Status::Internal("readers are not built yet");
}
Status ParseJsonCluster(std::string_view, std::string_view, std::string_view,
                        RawCluster*) {
  return Status::Internal("readers are not built yet");
}
Status ParseMultiNewsCluster(std::string_view, std::string_view, std::string_view,
                             RawCluster*) {
  return Status::Internal("readers are not built yet");
}
ClusterStream::ClusterStream(std::istream* in, InputFormat format,
                             std::string origin, const ReadOptions& options)
    : in_(in), format_(format), origin_(std::move(origin)), options_(options) {}
bool ClusterStream::Next(RawCluster*, Status*, size_t*) { return false; }

}  // namespace precis

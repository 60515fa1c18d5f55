// Copyright 2026 The Precis Authors.
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "precis/serve.h"
#include "serve/api.h"

namespace precis {

bool IsLoopbackHost(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

// Whether an Authorization header value is "Bearer <token>". The comparison
// takes the same time wherever the first difference is, so that timing
// does not reveal the token byte by byte.
bool HoldsToken(const std::string& authorization, const std::string& token) {
  constexpr std::string_view kScheme = "Bearer ";
  if (authorization.size() != kScheme.size() + token.size() ||
      authorization.compare(0, kScheme.size(), kScheme) != 0) {
    return false;
  }
  unsigned char difference = 0;
  for (size_t i = 0; i < token.size(); ++i) {
    difference |= static_cast<unsigned char>(authorization[kScheme.size() + i] ^ token[i]);
  }
  return difference == 0;
}

// Admits `slots` holders at a time, in the order they asked: no request
// starves behind later ones.
class FairSlots {
 public:
  explicit FairSlots(size_t slots) : slots_(slots) {}
  void Acquire() {
    std::unique_lock<std::mutex> lock(mutex_);
    const uint64_t ticket = issued_++;
    turn_.wait(lock, [&] { return ticket < finished_ + slots_; });
  }
  void Release() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ++finished_;
    }
    turn_.notify_all();
  }

 private:
  const size_t slots_;
  std::mutex mutex_;
  std::condition_variable turn_;
  uint64_t issued_ = 0, finished_ = 0;
};

struct Server::Impl {
  explicit Impl(size_t slots) : computing(slots) {}
  ServeOptions options;
  httplib::Server http;
  // The library gives each connection a thread for as long as it is kept
  // alive, so there are many more threads than cores; the work itself runs
  // `threads` requests at a time, the others waiting their turn.
  FairSlots computing;
  int port = -1;
  // Run() and Stop() may race from two threads: Stop waits until Run
  // listens (or returned) before stopping it.
  std::atomic<bool> run_called{false}, run_returned{false}, stop_requested{false};
};

// Connection threads per computing slot: idle kept-alive connections must not
// keep busy ones waiting. The library's pool starts them all when Run()
// listens and cannot recover from a thread that fails to start (its
// half-built pool ends the process), so the count is bounded: kMostThreads
// slots would ask for 16,384.
constexpr size_t kConnectionsPerSlot = 16;
constexpr size_t kMostConnections = 4096;

size_t Slots(const ServeOptions& options) {
  return options.threads > 0 ? options.threads
                             : std::max<size_t>(1, std::thread::hardware_concurrency());
}

Server::Server(const ServeOptions& options) : impl_(std::make_unique<Impl>(Slots(options))) {
  impl_->options = options;
  httplib::Server& http = impl_->http;
  const size_t connections = std::max<size_t>(
      256, kConnectionsPerSlot * std::min(Slots(options), kMostConnections / kConnectionsPerSlot));
  http.new_task_queue = [connections] { return new httplib::ThreadPool(connections); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.read_timeout_seconds, 0);
  http.set_write_timeout(options.write_timeout_seconds, 0);
  http.set_keep_alive_timeout(5);
  // SO_REUSEADDR for quick restarts, but not the library's SO_REUSEPORT: a
  // second server on a taken port must fail, not share the port.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  auto handle = [impl = impl_.get()](const httplib::Request& request, httplib::Response& response) {
    if (!impl->options.token.empty() && request.path.rfind("/v1/", 0) == 0 &&
        !HoldsToken(request.get_header_value("Authorization"), impl->options.token)) {
      const ApiReply reply = ErrorReply(401, "this service needs \"Authorization: Bearer TOKEN\"");
      response.status = reply.status;
      response.set_content(reply.body, reply.content_type.c_str());
      response.set_header("WWW-Authenticate", "Bearer");
      return;
    }
    impl->computing.Acquire();
    const ApiReply reply = HandleApiRequest(request.method, request.path, request.body);
    impl->computing.Release();
    response.status = reply.status;
    response.set_content(reply.body, reply.content_type.c_str());
    // The page and the API are the same origin; nothing is shared beyond.
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Cache-Control", "no-store");
  };
  for (const char* path :
       {"/", "/healthz", "/v1/methods", "/v1/summarize", "/v1/analyze", "/v1/rouge"}) {
    http.Get(path, handle);
    http.Post(path, handle);
    http.Put(path, handle);
    http.Delete(path, handle);
    http.Patch(path, handle);
  }
  // Paths without a route, and errors raised by the library itself (413 for
  // a body over the limit, 400 for a malformed request line), as JSON.
  http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& request,
                                                                 httplib::Response& response) {
    // The API's own errors carry their JSON already.
    if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string message;
    switch (response.status) {
      case 404:
        message = "no such path: " + request.path;
        break;
      case 413:
        // The library caps form bodies (curl -d sends one) at 8 KB.
        message = request.get_header_value("Content-Type") == "application/x-www-form-urlencoded"
                      ? "form bodies are limited to 8 KB: send Content-Type: application/json"
                      : "request body over the limit (--max-body-mb)";
        break;
      case 400:
        message = "malformed HTTP request";
        break;
      default:
        message = "HTTP error " + std::to_string(response.status);
    }
    const ApiReply reply = ErrorReply(response.status, message);
    response.set_content(reply.body, reply.content_type.c_str());
    return httplib::Server::HandlerResponse::Handled;
  }));
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
        const ApiReply reply = ErrorReply(500, "internal error");
        response.status = reply.status;
        response.set_content(reply.body, reply.content_type.c_str());
      });
}

Server::~Server() { Stop(); }

Status Server::Bind() {
  const ServeOptions& o = impl_->options;
  if (o.port < 0 || o.port > 65535) {
    return Status::InvalidArgument("port " + std::to_string(o.port) + " is not in 0..65535");
  }
  if (o.max_body_bytes == 0) return Status::InvalidArgument("the body limit must be positive");
  PRECIS_RETURN_IF_ERROR(CheckThreadCount(o.threads));
  const std::string host = o.host == "[::1]" ? "::1" : o.host;
  if (o.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(host);
  } else {
    impl_->port = impl_->http.bind_to_port(host, o.port) ? o.port : -1;
  }
  if (impl_->port < 0) {
    return Status::IOError("cannot listen on " + o.host + ":" + std::to_string(o.port) +
                           " (address in use, or no such address)");
  }
  return Status::OK();
}

int Server::port() const { return impl_->port; }

Status Server::Run() {
  if (impl_->port < 0) return Status::InvalidArgument("Run() before a successful Bind()");
  impl_->run_called = true;
  Status status;
  if (!impl_->stop_requested && !impl_->http.listen_after_bind()) {
    status = Status::IOError("the server stopped on an error");
  }
  impl_->run_returned = true;
  return status;
}

void Server::Stop() {
  impl_->stop_requested = true;
  if (!impl_->run_called) return;
  while (!impl_->http.is_running() && !impl_->run_returned) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->http.stop();
}

}  // namespace precis

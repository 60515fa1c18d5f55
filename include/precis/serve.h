// Copyright 2026 The Precis Authors.
//
// The local HTTP service: the JSON API of src/serve/api.h and the web page,
// on cpp-httplib. Loopback by default.
#ifndef PRECIS_SERVE_H_
#define PRECIS_SERVE_H_

#include <cstddef>
#include <memory>
#include <string>

#include "precis/status.h"
#include "precis/thread_limit.h"

namespace precis {

struct ServeOptions {
  // Address to listen on. Anything but a loopback address ("127.0.0.1",
  // "::1", "localhost") opens the service to the network: the command line
  // asks for it explicitly.
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port (see Server::port()).
  // Requests computed at once, at most kMostThreads (Bind() answers
  // InvalidArgument beyond); 0 means one per hardware thread. Connections
  // are read and written by a larger pool (16 per computing thread, at
  // least 256), so idle kept-alive connections never hold others up.
  size_t threads = 0;
  // Largest request body; a larger one is answered 413.
  size_t max_body_bytes = size_t{16} << 20;
  // Seconds a client may take to send a request, or to read a reply.
  int read_timeout_seconds = 10;
  int write_timeout_seconds = 10;
  // When not empty, every API request (/v1/...) must carry the header
  // "Authorization: Bearer <token>", else it is answered 401; the page and
  // /healthz stay open (the page sends the token it finds after "#token="
  // in its address). For a service reachable beyond loopback.
  std::string token;
};

// True for "127.0.0.1" (any 127.x.y.z), "::1" and "localhost".
bool IsLoopbackHost(const std::string& host);

class Server {
 public:
  explicit Server(const ServeOptions& options);
  ~Server();  // Stops the server if it runs.
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the address. IOError when the port is taken or the host cannot be
  // bound; InvalidArgument for bad options.
  Status Bind();
  // The bound port (after Bind).
  int port() const;
  // Serves until Stop() is called (from another thread). IOError if the
  // server could not run.
  Status Run();
  // Makes Run() return; safe from any thread, and more than once.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace precis

#endif  // PRECIS_SERVE_H_

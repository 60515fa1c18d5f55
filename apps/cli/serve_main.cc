// Copyright 2026 The Precis Authors.
//
// precis-serve: the program behind `precis serve` (docs/HTTP.md). `precis`
// checks the flags and runs this program in its place, so that only the
// program that serves loads the HTTP library.
#include <signal.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <string>
#include <thread>

#include "precis/serve.h"
#include "precis/status.h"
#include "serve_flags.h"

namespace {

using precis::Status;

int Fail(const Status& status) {
  std::cerr << "precis: " << status.ToString() << '\n';
  return status.code() == Status::Code::kInvalidArgument ? 2 : 1;
}

// Serves until SIGINT or SIGTERM. The signals are blocked before the
// server's threads start (they inherit the mask) and awaited here, so no
// handler runs inside the library.
int RunServe(const precis::ServeOptions& options) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  precis::Server server(options);
  if (Status s = server.Bind(); !s.ok()) return Fail(s);
  if (!precis::IsLoopbackHost(options.host)) {
    std::cerr << "precis: listening on " << options.host << ", beyond loopback: "
              << (options.token.empty()
                      ? "whoever reaches this machine can use the service (see --token)\n"
                      : "API requests need the token\n");
  }
  const std::string host =
      options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  std::cerr << "precis: serving http://" << host << ":" << server.port() << "/ (Ctrl-C stops)"
            << std::endl;
  Status run;
  std::thread thread([&] {
    run = server.Run();
    // Run returning on its own (an error) ends the wait below too.
    kill(getpid(), SIGTERM);
  });
  int received = 0;
  sigwait(&signals, &received);
  server.Stop();
  thread.join();
  return run.ok() ? 0 : Fail(run);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Run the local HTTP service: JSON API and web page (docs/HTTP.md)", "precis serve"};
  ServeFlags flags;
  flags.Add(&app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string what = e.what();
    for (char& c : what)
      if (c == '\n') c = ' ';
    std::cerr << "precis: " << what << " (see precis serve --help)\n";
    return 2;
  }
  return RunServe(flags.Resolved());
}

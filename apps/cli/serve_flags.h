// Copyright 2026 The Precis Authors.
//
// The flags of `precis serve`, declared once for the two programs that read
// them: `precis` checks them (and prints their help), `precis-serve` serves.
#ifndef PRECIS_APPS_CLI_SERVE_FLAGS_H_
#define PRECIS_APPS_CLI_SERVE_FLAGS_H_

#include <CLI/CLI.hpp>
#include <cstddef>
#include <cstdlib>
#include <string>
#include <vector>

#include "number_checks.h"
#include "precis/serve.h"

struct ServeFlags {
  precis::ServeOptions options;
  double max_body_mb = 16;

  void Add(CLI::App* app) {
    app->add_option("--host", options.host,
                    "Address to listen on; other than loopback opens the service to the network")
        ->capture_default_str();
    app->add_option("--port", options.port, "Port (0: any free port)")
        ->capture_default_str()
        ->check(precis_cli::WholeNumber(0, 65535));
    app->add_option("--threads", options.threads,
                    "Requests computed at once, the others wait in arrival order (0: one per core)")
        ->capture_default_str()
        ->check(precis_cli::WholeNumber(0, precis::kMostThreads));
    app->add_option("--max-body-mb", max_body_mb, "Largest request body in MiB (larger: 413)")
        ->capture_default_str()
        ->check(CLI::Range(0.001, 4096.0));
    app->add_option("--token", options.token,
                    "Require \"Authorization: Bearer TOKEN\" on API requests (for --host beyond "
                    "loopback; also read from PRECIS_TOKEN)")
        ->envname("PRECIS_TOKEN");
  }

  // The options, with the body limit in bytes.
  precis::ServeOptions Resolved() const {
    precis::ServeOptions resolved = options;
    resolved.max_body_bytes = static_cast<size_t>(max_body_mb * 1024 * 1024);
    return resolved;
  }

  // The flags again, as arguments for precis-serve.
  std::vector<std::string> Arguments() const {
    std::vector<std::string> arguments = {"--host",        options.host,
                                          "--port",        std::to_string(options.port),
                                          "--threads",     std::to_string(options.threads),
                                          "--max-body-mb", std::to_string(max_body_mb)};
    // Not on the command line, where other users could read it: the
    // environment passes it on.
    if (!options.token.empty()) setenv("PRECIS_TOKEN", options.token.c_str(), 1);
    return arguments;
  }
};

#endif  // PRECIS_APPS_CLI_SERVE_FLAGS_H_

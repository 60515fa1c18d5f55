// Copyright 2026 The Precis Authors.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "precis/serve.h"

namespace precis {
namespace {

using nlohmann::json;

// A server on a free loopback port, running on its own thread for the
// test's lifetime.
class RunningServer {
 public:
  explicit RunningServer(ServeOptions options) : server_(Prepare(options)) {
    bound_ = server_.Bind();
    if (bound_.ok()) thread_ = std::thread([this] { run_ = server_.Run(); });
  }
  ~RunningServer() {
    server_.Stop();
    if (thread_.joinable()) thread_.join();
  }
  const Status& bound() const { return bound_; }
  int port() const { return server_.port(); }
  httplib::Client Client() const {
    httplib::Client client("127.0.0.1", server_.port());
    client.set_read_timeout(30, 0);
    return client;
  }

 private:
  static ServeOptions Prepare(ServeOptions options) {
    options.host = "127.0.0.1";
    options.port = 0;
    return options;
  }
  Server server_;
  Status bound_, run_;
  std::thread thread_;
};

TEST(Server, AnswersOverLoopback) {
  RunningServer server(ServeOptions{});
  ASSERT_TRUE(server.bound().ok()) << server.bound().ToString();
  httplib::Client client = server.Client();
  auto health = client.Get("/healthz");
  ASSERT_TRUE(health) << httplib::to_string(health.error());
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(json::parse(health->body)["status"], "ok");
  const std::string request =
      json({{"documents",
             {{{"id", "a"}, {"text", "The storm hit the coast on Monday. Nine people died."}},
              {{"id", "b"}, {"text", "Seven people died when the storm hit the coast."}}}},
            {"sentences", 1}})
          .dump();
  auto summary = client.Post("/v1/summarize", request, "application/json");
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->status, 200) << summary->body;
  EXPECT_EQ(json::parse(summary->body)["sentences"].size(), 1u);
  auto missing = client.Get("/nowhere");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_TRUE(json::parse(missing->body).contains("error"));
}

TEST(Server, BodiesOverTheLimitGet413) {
  ServeOptions options;
  options.max_body_bytes = 1000;
  RunningServer server(options);
  ASSERT_TRUE(server.bound().ok());
  httplib::Client client = server.Client();
  auto reply = client.Post("/v1/summarize", std::string(5000, ' '), "application/json");
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 413);
  EXPECT_TRUE(json::parse(reply->body).contains("error")) << reply->body;
  // The server still answers afterwards.
  auto health = server.Client().Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST(Server, TokenGuardsTheApiButNotThePage) {
  ServeOptions options;
  options.token = "s3cret-token";
  RunningServer server(options);
  ASSERT_TRUE(server.bound().ok());
  httplib::Client client = server.Client();
  auto none = client.Get("/v1/methods");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(none->get_header_value("WWW-Authenticate"), "Bearer");
  EXPECT_TRUE(json::parse(none->body).contains("error"));
  // (Trailing white space is not part of a header's value in HTTP.)
  for (const char* wrong : {"Bearer s3cret-tokeN", "Bearer s3cret-toke", "s3cret-token",
                            "Basic s3cret-token", "Bearer ", "Bearer s3cret-token2"}) {
    auto reply = client.Get("/v1/methods", {{"Authorization", wrong}});
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 401) << wrong;
  }
  auto right = client.Get("/v1/methods", {{"Authorization", "Bearer s3cret-token"}});
  ASSERT_TRUE(right);
  EXPECT_EQ(right->status, 200);
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(client.Get("/healthz")->status, 200);
}

// Clients that announce a body and send a few bytes of it hold a connection
// each until the read timeout; the others are answered meanwhile.
TEST(Server, StalledClientsDoNotBlockOthers) {
  ServeOptions options;
  options.threads = 1;
  options.read_timeout_seconds = 5;
  RunningServer server(options);
  ASSERT_TRUE(server.bound().ok());
  std::vector<std::thread> holders;
  for (int i = 0; i < 20; ++i) {
    holders.emplace_back([port = server.port(), i] {
      // Announces a long body, sends a few bytes of it and waits.
      httplib::Client raw("127.0.0.1", port);
      raw.set_read_timeout(5, 0);
      httplib::Request partial;
      partial.method = "POST";
      partial.path = "/v1/summarize";
      partial.set_header("Content-Length", "100000");
      partial.body = std::string(static_cast<size_t>(10 + i), '{');
      httplib::Response response;
      httplib::Error error;
      static_cast<void>(raw.send(partial, response, error));
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const auto start = std::chrono::steady_clock::now();
  auto health = server.Client().Get("/v1/methods");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  // Well before the stalled connections time out (5 s), even under the
  // sanitizers' slowdown.
  EXPECT_LT(seconds, 2.5);
  for (std::thread& t : holders) t.join();
}

TEST(Server, ManyClientsAtOnce) {
  ServeOptions options;
  options.threads = 4;
  RunningServer server(options);
  ASSERT_TRUE(server.bound().ok());
  const std::string request =
      json({{"documents", {{{"id", "a"}, {"text", "One sentence here. Another one there."}}}},
            {"words", 5}})
          .dump();
  std::vector<std::thread> clients;
  std::vector<int> ok(8, 0);
  for (size_t i = 0; i < ok.size(); ++i) {
    clients.emplace_back([&, i] {
      httplib::Client client = server.Client();
      for (int k = 0; k < 10; ++k) {
        auto reply = client.Post("/v1/summarize", request, "application/json");
        ok[i] += reply && reply->status == 200;
      }
    });
  }
  for (std::thread& t : clients) t.join();
  for (int n : ok) EXPECT_EQ(n, 10);
}

TEST(Server, PortInUseIsAnError) {
  RunningServer first(ServeOptions{});
  ASSERT_TRUE(first.bound().ok());
  ServeOptions options;
  options.port = first.port();
  Server second(options);
  const Status s = second.Bind();
  EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
}

TEST(Server, LoopbackHosts) {
  EXPECT_TRUE(IsLoopbackHost("127.0.0.1"));
  EXPECT_TRUE(IsLoopbackHost("127.1.2.3"));
  EXPECT_TRUE(IsLoopbackHost("::1"));
  EXPECT_TRUE(IsLoopbackHost("localhost"));
  EXPECT_FALSE(IsLoopbackHost("0.0.0.0"));
  EXPECT_FALSE(IsLoopbackHost("192.168.1.4"));
  EXPECT_FALSE(IsLoopbackHost("::"));
}

TEST(Server, MoreThreadsThanTheLimitIsAnError) {
  ServeOptions options;
  options.port = 0;
  options.threads = kMostThreads + 1;
  Server server(options);
  EXPECT_EQ(server.Bind().code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace precis

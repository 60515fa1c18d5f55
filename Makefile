# Precis: set-up, build, demo and tests.
#   make demo   install missing Debian packages, build, summarize the example
#   make test   the same set-up, then every test through ctest, in a normal
#               build and in an AddressSanitizer + UBSan build
#   make python the Python package, importable from build/python
#   make bench  the micro-benchmarks (docs/BENCHMARKS.md)
SHELL := /bin/bash
BUILD_DIR ?= build
SANITIZE_DIR ?= build-sanitize
TSAN_DIR ?= build-tsan
FUZZ_SECONDS ?= 300
JOBS ?= 2
BUILD_TYPE ?= RelWithDebInfo
# Unity builds compile a target's sources a few at a time as one unit, which
# parses each header once per batch instead of once per file: a third off a
# build from scratch. UNITY_BUILD=OFF makes a change rebuild only its file.
UNITY_BUILD ?= ON

# Debian 12 packages the build and the tests need.
DEBIAN_PACKAGES := cmake g++ make pkg-config libcli11-dev nlohmann-json3-dev \
  libutf8proc-dev libgumbo-dev libstemmer-dev libsimdjson-dev libeigen3-dev libspectra-dev libglpk-dev libgtest-dev libgmock-dev libbenchmark-dev libabsl-dev \
  libhunspell-dev hunspell-en-us libltdl-dev libjemalloc-dev \
  libcpp-httplib-dev clang libclang-rt-14-dev curl chromium python3-websocket wordnet-base python3-nltk \
  pybind11-dev python3-dev python3-pytest python3-dask python3-distributed python3-pandas \
  python3-setuptools python3-pip python3-venv

.PHONY: all deps configure build demo python bench test test-sanitize sanitize-build \
  test-tsan tsan-build fuzz clean

all: build

# Installs only the packages that are missing (apt-get update first, once).
deps:
	@missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed$$' \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# -g1: line tables only, enough for profiles and stack traces, and a faster
# build than full debug information.
configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_UNITY_BUILD=$(UNITY_BUILD) \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

# The demo needs the command-line tool only, not the tests.
demo: configure
	cmake --build $(BUILD_DIR) -j$(JOBS) --target precis_cli
	./$(BUILD_DIR)/apps/cli/precis summarize examples/sony-hack

# The Python package in $(BUILD_DIR)/python (docs/PYTHON.md).
python: configure
	cmake --build $(BUILD_DIR) -j$(JOBS) --target precis_python

# The micro-benchmarks (docs/BENCHMARKS.md); BENCH_FLAGS go to google-benchmark,
# e.g. BENCH_FLAGS=--benchmark_filter=Summarize.
bench: configure
	cmake --build $(BUILD_DIR) -j$(JOBS) --target precis_micro_bench
	./$(BUILD_DIR)/bench/precis_micro_bench $(BENCH_FLAGS)

# AddressSanitizer and UBSan, built by clang, which also builds the libFuzzer
# targets (fuzz/) in the same tree: their ctest entries run each briefly.
# -O1 without debug information keeps `make test` within its time; reports
# still name the functions (rebuild with -g for lines).
sanitize-build: deps
	cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1" \
	  -DPRECIS_SANITIZE=ON -DCMAKE_UNITY_BUILD=$(UNITY_BUILD) \
	  -DCMAKE_CXX_COMPILER=clang++
	cmake --build $(SANITIZE_DIR) -j$(JOBS)

test-sanitize: sanitize-build
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(SANITIZE_DIR) --output-on-failure -j$(JOBS)

# ThreadSanitizer on the threaded parts: batch's worker pool, the server,
# and ROUGE's bootstrap threads (through the API's ROUGE requests); the one
# API test that runs the command line is left to the other builds.
TSAN_TARGETS := batch_test serve_test
TSAN_TESTS := ^RunBatch|^Server\.|^Api\.
TSAN_SKIP := CommandLine
tsan-build: deps
	cmake -S . -B $(TSAN_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1" -DCMAKE_CXX_COMPILER=clang++ \
	  -DPRECIS_TSAN=ON -DPRECIS_PYTHON=OFF -DPRECIS_BUILD_BENCHMARKS=OFF \
	  -DCMAKE_UNITY_BUILD=$(UNITY_BUILD)
	cmake --build $(TSAN_DIR) -j$(JOBS) --target $(TSAN_TARGETS)

test-tsan: tsan-build
	TSAN_OPTIONS="halt_on_error=1 suppressions=$(CURDIR)/tsan.supp" \
	  ctest --test-dir $(TSAN_DIR) --output-on-failure -j$(JOBS) -R '$(TSAN_TESTS)' \
	  -E '$(TSAN_SKIP)'

# Each fuzzer for FUZZ_SECONDS (default 300), keeping its corpus in
# $(SANITIZE_DIR)/fuzz/corpus/NAME between runs (docs/RELIABILITY.md).
fuzz: sanitize-build
	for name in text_document html_document jsonl_line multinews_line duc_file clean \
	    segment rouge_request rouge_files http_request; do \
	  /usr/bin/python3 fuzz/run_fuzzer.py $(SANITIZE_DIR)/fuzz/$${name}_fuzzer $$name \
	    --seconds $(FUZZ_SECONDS) --examples examples/sony-hack \
	    --regressions fuzz/regressions/$$name \
	    --corpus $(SANITIZE_DIR)/fuzz/corpus/$$name || exit 1; \
	done

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)
	$(MAKE) --no-print-directory test-sanitize
	$(MAKE) --no-print-directory test-tsan

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(TSAN_DIR)

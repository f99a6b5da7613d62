# Kalkulator Indeks SPBE — two commands on a fresh Debian machine with rustup, Node.js/npm
# and make:
#   make serve   build the release into dist/ and serve it on http://127.0.0.1:<port>
#   make test    formatting, clippy, native tests, browser component tests, end-to-end tests
# Every target installs what it is missing first and is quick when all is in place.

SHELL := /bin/bash
.DEFAULT_GOAL := help
TARGET := wasm32-unknown-unknown
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)
# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/"/, "", $$3); print $$3; exit}' Cargo.lock)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CHROMEDRIVER ?= /usr/bin/chromedriver
CHROMIUM ?= /usr/bin/chromium
FIREFOX ?= /usr/bin/firefox-esr
# The tool that cuts the app's wasm into the first screen's module and chunks (scripts/build.sh):
# wasm_split_cli_support, vendored with tiers for shared chunks (tools/wasm-split/README.md).
WASM_SPLIT := tools/wasm-split/target/release/wasm-split-cli
# The nightly the release wasm is built with (for size; see scripts/build.sh).
NIGHTLY := nightly-2026-10-30
export SPBE_NIGHTLY := $(NIGHTLY)

.PHONY: help setup setup-test build serve cli package test lint test-native test-web test-e2e bench clean \
	fuzz-setup fuzz fuzz-smoke fuzz-seeds

help:
	@echo "make serve  - build the release into dist/ and serve it (compressed) on 127.0.0.1"
	@echo "make test   - every check: fmt, clippy, native, browser and end-to-end tests"
	@echo "make build  - build the release into dist/ only"
	@echo "make cli    - build the command-line tool: target/release/spbe"
	@echo "make package - build the npm package in packages/engine/"

# --- installation (idempotent) -------------------------------------------------------------
setup:
	@rustup target list --installed | grep -qx $(TARGET) || rustup target add $(TARGET)
	@# The release wasm is built with a pinned nightly for size (see scripts/build.sh); the
	@# build falls back to stable when it cannot be installed.
	@rustup run $(NIGHTLY) rustc --version >/dev/null 2>&1 && \
	  rustup component list --toolchain $(NIGHTLY) --installed | grep -q '^rust-src' || \
	  rustup toolchain install $(NIGHTLY) --profile minimal --component rust-src --target $(TARGET) || \
	  echo "note: could not install $(NIGHTLY); the release is built with stable"
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 3 minutes, once)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi
	@if [ ! -x $(WASM_SPLIT) ] || [ -n "$$(find tools/wasm-split/src tools/wasm-split/Cargo.toml -newer $(WASM_SPLIT))" ]; then \
	  echo "building wasm-split-cli (tools/wasm-split; about a minute, once)"; \
	  cargo build --release --locked --manifest-path tools/wasm-split/Cargo.toml; \
	fi
	@if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --no-audit --no-fund; \
	fi

setup-test: setup
	@if [ ! -x $(CHROMIUM) ] || [ ! -x $(CHROMEDRIVER) ]; then \
	  echo "installing Debian's chromium and chromium-driver"; \
	  $(SUDO) apt-get install -y chromium chromium-driver || \
	  { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }; \
	fi
	@# Firefox ESR for e2e/firefox.test.mjs (WebDriver BiDi through puppeteer-core).
	@if [ ! -x $(FIREFOX) ]; then \
	  echo "installing Debian's firefox-esr"; \
	  $(SUDO) apt-get install -y firefox-esr || \
	  { $(SUDO) apt-get update && $(SUDO) apt-get install -y firefox-esr; }; \
	fi

# --- build and run -------------------------------------------------------------------------
build: setup
	@./scripts/build.sh

serve: build
	@node scripts/serve.mjs

# The npm package (packages/engine/: the engine as wasm + ES module, no Yew); `npm pack` in
# that folder makes the tarball. Its size is checked (scripts/sizes.mjs --package).
package: setup
	@./scripts/package.sh

# The command-line tool (cli/): target/release/spbe. `cargo install --path cli` puts it on the
# PATH instead.
cli:
	cargo build --release --locked -p spbe-cli
	@echo "built target/release/spbe (try: target/release/spbe --help)"

# --- checks --------------------------------------------------------------------------------
lint:
	cargo fmt --all --check
	cargo fmt --manifest-path fuzz/Cargo.toml --check
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cargo clippy --locked --workspace --all-targets --target $(TARGET) --features spbe-calculator/split -- -D warnings
	cargo clippy --locked -p spbe-calculator --bin prerender --features ssr -- -D warnings
	@# The public Rust API's documentation (a back end depends on the crate): no broken links.
	RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --workspace

test-native:
	cargo test --locked --workspace
	@# The conformance vectors are what the independent reference writes for the current
	@# framework files (tests/conformance.rs and e2e/conformance.test.mjs check against them).
	node conformance/reference.mjs --check
	@# The chunks' style sheet styles nothing of the first screen (assets/screens.css).
	node scripts/check-css.mjs

# WASM_BINDGEN_TEST_TIMEOUT is the headless runner's limit for the whole suite, not for one test
# (default 20 s): the suite takes 13–16 s on an idle machine and timed out on a busy one.
test-web: setup-test
	CHROMEDRIVER=$(CHROMEDRIVER) WASM_BINDGEN_TEST_TIMEOUT=120 cargo test --locked --target $(TARGET) --features shell --test web

test-e2e: setup-test build package
	node scripts/sizes.mjs --check
	CHROMIUM=$(CHROMIUM) FIREFOX=$(FIREFOX) node --test --test-concurrency=1 e2e/

test: setup-test lint test-native test-web test-e2e fuzz-smoke
	@echo "make test: all checks passed"


# Planner speed next to a plain level change, natively and in headless Chromium; the command-
# line tool on 1,000 work files beside reading them alone; the
# performance budgets (Lighthouse mobile, first score and first click under Slow 4G beside a
# plain page, screens opened first, first-screen elements, click -> index, byte sizes); the
# wasm chunks and what each holds (twiggy). The README's budget and size tables are written
# from these numbers.
bench: setup-test build
	@command -v twiggy >/dev/null || cargo install twiggy --locked
	cargo run --release --locked --example bench_planner
	cargo build --release --locked -p spbe-cli
	cargo run --release --locked -p spbe-cli --example bench_cli
	CHROMIUM=$(CHROMIUM) node scripts/bench-browser.mjs
	node scripts/sizes.mjs --report --readme
	CHROMIUM=$(CHROMIUM) node scripts/budgets.mjs

# --- fuzzing (cargo-fuzz, libFuzzer; nightly) -------------------------------------------------
FUZZ_TARGETS := fragment document csv model api xlsx embed share
FUZZ_RUNS ?= 10000000
FUZZ_FLAGS := -timeout=1 -rss_limit_mb=512 -max_len=65536

fuzz-setup: setup
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

# Every target for FUZZ_RUNS executions (10 million by default; hours for the slow ones). New
# inputs go to fuzz/corpus/<target>; crashes to fuzz/artifacts/<target>.
fuzz: fuzz-setup
	cd fuzz && for t in $(FUZZ_TARGETS); do \
	  cargo +$(NIGHTLY) fuzz run -O -s none $$t -- -runs=$(FUZZ_RUNS) $(FUZZ_FLAGS) || exit 1; \
	done

# A few seconds per target on the committed corpus (written nowhere), so a broken target or a
# regression is noticed by `make test`.
fuzz-smoke: fuzz-setup
	cd fuzz && for t in $(FUZZ_TARGETS); do \
	  scratch=$$(mktemp -d) && \
	  cargo +$(NIGHTLY) fuzz run -O -s none $$t $$scratch corpus/$$t -- -max_total_time=3 $(FUZZ_FLAGS) \
	    2>&1 | grep -E '^Done|panicked|ERROR' ; \
	  status=$${PIPESTATUS[0]}; rm -rf $$scratch; [ $$status -eq 0 ] || exit 1; \
	done

# Seed corpora from real inputs (links, documents, CSV, workbooks, model files, API calls).
fuzz-seeds: fuzz-setup
	cargo +$(NIGHTLY) run --release --manifest-path fuzz/Cargo.toml --example seeds

clean:
	rm -rf dist target/wasm-bindgen-out

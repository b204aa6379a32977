# Rapport's commands. A newcomer needs two: `make serve` and `make test`.
# Each target installs what is missing first and skips what is already
# there at the right version, so second runs are fast.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CARGO_TERM_COLOR ?= never

TRUNK_VERSION := 0.21.14
WASM_SPLIT_VERSION := 0.2.4
MUTANTS_VERSION := 27.1.0
WASM_OPT_VERSION := 132
# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in
# Cargo.lock, or the generated glue does not match the module.
WASM_BINDGEN_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

SITE := target/site
LOGS := target/test-logs

.PHONY: help serve test dist bench tools browser \
	tool-target tool-trunk tool-wasm-bindgen tool-wasm-split \
	test-fmt test-clippy test-host test-wasm test-e2e site clean \
	mutants tool-mutants

help:
	@echo "make serve  build and serve with live reload on http://127.0.0.1:8080"
	@echo "make test   run every test layer (installs what is missing)"
	@echo "make dist   release build into dist/"
	@echo "make bench  print size and speed figures as JSON"
	@echo "make mutants  cargo-mutants over the pure core (BASE=main: one change only; SHARD=k/n)"

# --- Tools -------------------------------------------------------------------

tools: tool-target tool-trunk tool-wasm-bindgen tool-wasm-split node_modules/.installed

tool-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown

tool-trunk:
	@[ "$$(trunk --version 2>/dev/null)" = "trunk $(TRUNK_VERSION)" ] \
		|| cargo install trunk --version $(TRUNK_VERSION) --locked

tool-wasm-bindgen:
	@[ -n "$(WASM_BINDGEN_VERSION)" ] || { echo "no wasm-bindgen in Cargo.lock"; exit 1; }
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

# Cuts the module at the views' split points (src/wasm.mjs); it has no
# --version, so cargo's record of installs says which one is there.
tool-wasm-split:
	@cargo install --list | grep -qx "wasm_split_cli_support v$(WASM_SPLIT_VERSION):" \
		|| cargo install wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary

# npm ci runs again only when the lock file changes; the stamp also checks
# that wasm-opt is the version Trunk is told to expect.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@wasm-opt --version | grep -q "version $(WASM_OPT_VERSION)" \
		|| { echo "wasm-opt is not version $(WASM_OPT_VERSION)"; exit 1; }
	@touch $@

# Debian's Chromium and its driver, for wasm-bindgen-test and Playwright.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; \
	fi

# --- Build and serve ---------------------------------------------------------

serve: tools
	trunk serve

dist: tools
	trunk build --release

# The release build at the domain root and under /rapport/, as a static
# host would serve it.
site: dist
	rm -rf $(SITE)
	mkdir -p $(SITE)/rapport
	cp -r dist/. $(SITE)/
	cp -r dist/. $(SITE)/rapport/

# --- Tests -------------------------------------------------------------------

test: tools browser
	@rm -rf $(LOGS) && mkdir -p $(LOGS)
	$(MAKE) --no-print-directory test-fmt test-clippy test-host test-wasm test-e2e
	@python3 tests/report.py $(LOGS)

test-fmt:
	cargo fmt --all -- --check

# Also with the views that are built but not yet shipped (see Cargo.toml's
# features), so they cannot rot.
test-clippy:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features split -- -D warnings

test-host:
	cargo test 2>&1 | tee $(LOGS)/host.log

# Browser glue, in headless Chromium through chromedriver.
test-wasm:
	cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee $(LOGS)/wasm.log

# User flows against the release build served as static files.
test-e2e: site
	npx playwright test -c tests/e2e/playwright.config.js 2>&1 | tee $(LOGS)/e2e.log

# --- Bench -------------------------------------------------------------------

# Only the JSON goes to standard output; installs and the build report on
# standard error, so `make bench > figures.json` works.
bench:
	@$(MAKE) --no-print-directory tools browser site 1>&2
	@node tests/bench/bench.mjs $(SITE)

# --- Mutants -----------------------------------------------------------------

tool-mutants:
	@[ "$$(cargo mutants --version 2>/dev/null)" = "cargo-mutants $(MUTANTS_VERSION)" ] \
		|| cargo install cargo-mutants --version $(MUTANTS_VERSION) --locked

# cargo-mutants over the pure core, on the host tests (configured in
# .cargo/mutants.toml). Not part of `make test`: a full run takes a while.
#   make mutants                 every mutant
#   make mutants BASE=main       only the mutants in lines changed since main
#   make mutants SHARD=0/8       one eighth of them (k/n, k from 0)
#   make mutants JOBS=2          two mutants at a time, each in its own copy
#                                and build directory (a full run's choice)
#   make mutants ITERATE=1       only those not caught by the previous run
#   make mutants EXHAUSTIVE=1    with the two exhaustive tests the config
#                                leaves out (to judge a mutant it missed)
# With one job the build directory is kept in target/mutants, so a second
# run rebuilds only Rapport; results are in target/mutants/mutants.out.
# Property tests run 64 cases each (PROPTEST_CASES) so a mutant is judged in
# seconds.
JOBS ?= 1
mutants: tool-mutants
	@mkdir -p target/mutants
	@args="--jobs $(JOBS)"; \
	if [ -n "$(BASE)" ]; then git diff "$(BASE)" -- src > target/mutants/change.diff; \
		args="$$args --in-diff target/mutants/change.diff"; fi; \
	if [ -n "$(SHARD)" ]; then args="$$args --shard $(SHARD)"; fi; \
	if [ -n "$(ITERATE)" ]; then args="$$args --iterate"; fi; \
	if [ -n "$(EXHAUSTIVE)" ]; then \
		grep -v -e every_truncation_of_every_fixture -e any_single_changed_character \
			.cargo/mutants.toml > target/mutants/exhaustive.toml; \
		args="$$args --config target/mutants/exhaustive.toml"; fi; \
	if [ "$(JOBS)" = 1 ]; then export CARGO_TARGET_DIR="$(CURDIR)/target/mutants/build"; \
		else unset CARGO_TARGET_DIR; fi; \
	PROPTEST_CASES=64 cargo mutants --output target/mutants $$args $(MUTANTS_ARGS)

clean:
	rm -rf dist target/site $(LOGS)

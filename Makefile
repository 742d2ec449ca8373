# article-analyser — the commands. Each one installs what is missing first (scripts/setup.sh).
#   make demo    build and serve the page with a built-in sample article at http://127.0.0.1:8080/
#   make test    build native, sanitizer and WASM builds and run every test (C++, Node, headless Chromium)
#   make bench   speed, size and memory, side by side with wink-nlp and compromise
#   make eval    accuracy on ../shared/data (skips with a message where it is absent)
#   make train   train the entity model from ../shared/data (writes models/)
#   make fuzz    run the libFuzzer targets for a while (FUZZ_SECONDS each; not part of make test)
#   make dist    the release files in dist/: the npm package (.tgz) and the native CLI (.tar.gz)
SHELL := /bin/bash
export NODE_PATH := /usr/share/nodejs
JOBS ?= $(shell nproc)
PORT ?= 8080
FUZZ_SECONDS ?= 300

.PHONY: all setup native asan wasm web demo test bench eval train fuzz dist format clean

all: native wasm

setup:
	@scripts/setup.sh

native: setup
	@cmake --preset native >/dev/null
	@cmake --build --preset native -j$(JOBS)

asan: setup
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j$(JOBS)

wasm web: setup
	@cmake --preset wasm >/dev/null
	@cmake --build --preset wasm -j$(JOBS)

demo: wasm
	@node scripts/serve.mjs --root build/web --port $(PORT)

test: setup
	@scripts/test.sh

bench: native wasm
	@scripts/bench.sh

eval: native
	@scripts/eval.sh

train: setup
	@scripts/train.sh

fuzz: setup
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz -j$(JOBS)
	@scripts/fuzz.sh $(FUZZ_SECONDS)

dist: setup
	@scripts/dist.sh

format:
	@clang-format -i $$(git ls-files '*.cc' '*.h' '*.cpp')

clean:
	rm -rf build dist

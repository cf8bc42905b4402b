# The two commands: 'make test' and 'make run'. Both set up the build environment first
# (natively or in a Debian 13 root, see tools/setup-env), so they work on a fresh machine.
ENV := tools/env-run
ARGS ?=

.PHONY: all build test run clean env
all: build

env:
	@tools/setup-env >/dev/null

build: env
	$(ENV) cmake --preset default
	$(ENV) cmake --build --preset default

test: build
	$(ENV) ctest --preset default

run: build
	$(ENV) build/app/lectern $(ARGS)

clean:
	rm -rf build

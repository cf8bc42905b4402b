# The two commands: 'make test' and 'make run'. Both set up the build environment first
# (natively or in a Debian 13 root, see tools/setup-env), so they work on a fresh machine.
ENV := tools/env-run
ARGS ?=

.PHONY: all build test run clean env bench bench-cli bench-import bench-peers crash-test test-sanitize test-sanitize-core fuzz package package-test screenshots
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

# 'make package': build/lectern_VERSION_ARCH.deb, of what 'cmake --install' installs. 'make package-test' installs
# it on a fresh Debian 13 root made for the purpose and starts it there (needs root and the network; minutes).
package: build
	$(ENV) cmake --build --preset default --target package

package-test: package
	tools/package-test $$(ls -t build/lectern_*.deb | head -n 1)

# 'make screenshots': the real window on tools/screenshots/fixture.bib, offscreen, English and German, light and
# dark, into docs/screenshots/ (the README shows them).
SCREENSHOTS := docs/screenshots
screenshots: build
	mkdir -p $(SCREENSHOTS)
	for language in en de; do for palette in light dark; do \
	    $(ENV) build/tools/screenshots/lectern-screenshots --fixture tools/screenshots/fixture.bib \
	        --language $$language --palette $$palette --output $(SCREENSHOTS)/window-$$language-$$palette.png || exit 1; \
	done; done

# The whole suite built with clang, AddressSanitizer and UndefinedBehaviorSanitizer, with the fuzz targets'
# smoke runs (build-sanitize/); 'make fuzz FUZZ_SECONDS=600' runs each fuzz target that long.
test-sanitize: env
	$(ENV) cmake --preset sanitize
	$(ENV) cmake --build --preset sanitize
	$(ENV) ctest --preset sanitize

# The core library's tests and the fuzz smokes under the sanitizers: the part that reads every file and query a
# user brings, in about a quarter of the whole sanitizer build's time. CI runs it after 'make test'.
test-sanitize-core: env
	$(ENV) cmake --preset sanitize
	$(ENV) cmake --build --preset sanitize --target core_tests fuzz_import fuzz_query
	$(ENV) ctest --preset sanitize -L "core|fuzz"

FUZZ_SECONDS ?= 300
fuzz: env
	$(ENV) cmake --preset sanitize
	$(ENV) cmake --build --preset sanitize --target fuzz_import fuzz_query
	$(ENV) build-sanitize/tests/fuzz/fuzz_import -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    build-sanitize/tests/fuzz/corpus/import tests/data/fuzz/import tests/data/import/*/
	$(ENV) build-sanitize/tests/fuzz/fuzz_query -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    build-sanitize/tests/fuzz/corpus/query tests/data/fuzz/query

# 'make crash-test N=200': real lectern processes killed at random moments (default 200), the library checked
# after each kill; 'make test' runs 20.
crash-test: build
	$(ENV) build/tools/crash/lectern-crash-test --lectern build/app/lectern --kills $(if $(filter command line,$(origin N)),$(N),200)

# 'make bench': the whole table of issue 13 in one run, at the end of everything it prints, and in
# build-bench/bench-report.md: Lectern at each size of N (the core's reads, the window, the command line), the import
# against the storage limit (IMPORT_SIZES, the sizes of N by default) and the peers (PEER_SIZES), each figure with
# min / median / max over RUNS runs (WINDOW_RUNS for the window, RUNS by default), with the machine, the versions and
# the date. Builds the generator and the benchmarks in their own optimised build; a synthetic library of a size that
# is not in BENCH_DIR yet is made first and kept (at 1,000,000 that takes long). Each benchmark writes its figures
# to BENCH_RESULTS (LECTERN_BENCH_RESULTS), which tools/bench/bench-report composes. Smaller:
# make bench N=20000 PEER_SIZES=2000 RUNS=2.
N ?= 100000 1000000
BENCH_DIR ?= /tmp/lectern-bench
BENCH_BUILD := build-bench
RUNS ?= 3
WINDOW_RUNS ?= $(RUNS)
comma := ,
empty :=
space := $(empty) $(empty)
IMPORT_SIZES ?= $(subst $(space),$(comma),$(strip $(N)))
PEER_SIZES ?= 10000,100000
BENCH_RESULTS := $(BENCH_BUILD)/bench-results
BENCH_REPORT := $(BENCH_BUILD)/bench-report.md
# The build root has no git: the commit is read here.
BENCH_COMMIT = $(shell git rev-parse --short HEAD 2>/dev/null)$(if \
    $(shell git status --porcelain --untracked-files=no 2>/dev/null), with uncommitted changes)
BENCH_SETTINGS = N=$(strip $(N)); RUNS=$(RUNS); WINDOW_RUNS=$(WINDOW_RUNS); IMPORT_SIZES=$(IMPORT_SIZES); \
    PEER_SIZES=$(PEER_SIZES); BENCH_DIR=$(BENCH_DIR)

# A benchmark that fails leaves its part of the table empty; the table is still printed, and make fails after it.
bench: env
	LECTERN_EXTRA_PACKAGES=jabref tools/setup-env >/dev/null
	$(ENV) cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	$(ENV) cmake --build $(BENCH_BUILD) --target lectern-synth lectern-bench-core lectern-bench-window lectern
	@for n in $(N); do $(MAKE) --no-print-directory $(BENCH_DIR)/synth-$$n.sqlite || exit 1; done
	$(ENV) tools/bench/bench-report --start $(BENCH_RESULTS) --settings "$(BENCH_SETTINGS)"
	@export LECTERN_BENCH_RESULTS=$(abspath $(BENCH_RESULTS)); failed=; \
	for n in $(N); do \
	    library=$(BENCH_DIR)/synth-$$n.sqlite; \
	    echo "== lectern-bench-core --library $$library --runs $(RUNS)"; \
	    $(ENV) $(BENCH_BUILD)/tools/bench/lectern-bench-core --library $$library --runs $(RUNS) \
	        || failed="$$failed core-$$n"; \
	    for run in $$(seq $(WINDOW_RUNS)); do \
	        echo "== run-window-bench $$library (run $$run of $(WINDOW_RUNS))"; \
	        $(ENV) tools/bench/run-window-bench $(BENCH_BUILD)/tools/bench/lectern-bench-window $$library \
	            || failed="$$failed window-$$n"; \
	    done; \
	done; \
	echo "== run-cli-bench"; \
	$(ENV) tools/bench/run-cli-bench $(BENCH_BUILD)/app/lectern $(foreach n,$(N),$(BENCH_DIR)/synth-$(n).sqlite) \
	    --runs $(RUNS) --stream-runs $(RUNS) || failed="$$failed cli"; \
	echo "== run-import-bench"; \
	$(ENV) tools/bench/run-import-bench --lectern $(BENCH_BUILD)/app/lectern --synth $(BENCH_BUILD)/tools/synth/lectern-synth \
	    --dir $(BENCH_DIR) --sizes $(IMPORT_SIZES) --runs $(RUNS) || failed="$$failed import"; \
	echo "== run-peer-bench"; \
	$(ENV) tools/bench/run-peer-bench --lectern $(BENCH_BUILD)/app/lectern --synth $(BENCH_BUILD)/tools/synth/lectern-synth \
	    --dir $(BENCH_DIR) --sizes $(PEER_SIZES) --runs $(RUNS) || failed="$$failed peers"; \
	echo; \
	$(ENV) tools/bench/bench-report $(BENCH_RESULTS) --lectern $(BENCH_BUILD)/app/lectern --commit "$(BENCH_COMMIT)" \
	    --output $(BENCH_REPORT); \
	if [ -n "$$failed" ]; then echo "make bench: failed:$$failed (their figures are missing above)"; exit 1; fi

# 'make bench-import IMPORT_SIZES=100000,1000000': JSON Lines import against the sqlite3 shell's bulk load of the
# same records into Lectern's schema (the storage limit), RUNS runs each, alternating.
bench-import: env
	$(ENV) cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	$(ENV) cmake --build $(BENCH_BUILD) --target lectern-synth lectern
	$(ENV) tools/bench/run-import-bench --lectern $(BENCH_BUILD)/app/lectern --synth $(BENCH_BUILD)/tools/synth/lectern-synth \
	    --dir $(BENCH_DIR) --sizes $(IMPORT_SIZES) --runs $(RUNS)

# 'make bench-peers': the same synthetic BibTeX (10,000 and 100,000 entries; PEER_SIZES) imported by Lectern and by
# JabRef, read by pandoc and (at 10,000) by biber, RUNS runs each. JabRef (with Java) goes into the build root only
# for this target and 'make bench'; a peer that is missing is skipped with a message. A peer is killed above 8 GiB of
# memory or after 20 minutes (pandoc's memory grows with the file), and its row says so instead of a figure.
bench-peers: env
	LECTERN_EXTRA_PACKAGES=jabref tools/setup-env >/dev/null
	$(ENV) cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	$(ENV) cmake --build $(BENCH_BUILD) --target lectern-synth lectern
	$(ENV) tools/bench/run-peer-bench --lectern $(BENCH_BUILD)/app/lectern --synth $(BENCH_BUILD)/tools/synth/lectern-synth \
	    --dir $(BENCH_DIR) --sizes $(PEER_SIZES) --runs $(RUNS)

# 'make bench-cli N="100000 1000000"': the real lectern command line on each synthetic library (made first when
# missing): search --limit 50 beyond process start, and list and export --all with their peak RSS.
bench-cli: env
	$(ENV) cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	$(ENV) cmake --build $(BENCH_BUILD) --target lectern-synth lectern
	@for n in $(N); do $(MAKE) --no-print-directory $(BENCH_DIR)/synth-$$n.sqlite; done
	$(ENV) tools/bench/run-cli-bench $(BENCH_BUILD)/app/lectern $(foreach n,$(N),$(BENCH_DIR)/synth-$(n).sqlite)

# Written to a .partial file and renamed when complete, so that an interrupted run is never taken for a library.
$(BENCH_DIR)/synth-%.sqlite:
	@if [ $* -ge 1000000 ]; then echo "Making a synthetic library of $* papers in $@: this takes long"; fi
	mkdir -p $(BENCH_DIR)
	rm -f $@.partial $@.partial-wal $@.partial-shm
	$(ENV) $(BENCH_BUILD)/tools/synth/lectern-synth --library $@.partial --count $* --seed 1
	mv $@.partial $@

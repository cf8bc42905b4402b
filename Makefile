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

# 'make bench N=100000': builds the generator and the benchmarks (in their own optimised build), makes a
# synthetic library of N papers in BENCH_DIR once (kept for later runs), and prints the figures.
N ?= 100000
BENCH_DIR ?= /tmp/lectern-bench
BENCH_BUILD := build-bench
BENCH_LIBRARY := $(BENCH_DIR)/synth-$(N).sqlite

bench: env
	$(ENV) cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	$(ENV) cmake --build $(BENCH_BUILD) --target lectern-synth lectern-bench-core lectern-bench-window lectern
	@$(MAKE) --no-print-directory $(BENCH_LIBRARY)
	$(ENV) $(BENCH_BUILD)/tools/bench/lectern-bench-core --library $(BENCH_LIBRARY)
	$(ENV) tools/bench/run-window-bench $(BENCH_BUILD)/tools/bench/lectern-bench-window $(BENCH_LIBRARY)
	$(ENV) tools/bench/run-cli-bench $(BENCH_BUILD)/app/lectern $(BENCH_LIBRARY)
	$(ENV) tools/bench/run-import-bench --lectern $(BENCH_BUILD)/app/lectern --synth $(BENCH_BUILD)/tools/synth/lectern-synth \
	    --dir $(BENCH_DIR) --sizes $(IMPORT_SIZES) --runs $(RUNS)

# 'make bench-import IMPORT_SIZES=100000,1000000': JSON Lines import against the sqlite3 shell's bulk load of the
# same records into Lectern's schema (the storage limit), RUNS runs each, alternating.
IMPORT_SIZES ?= 100000
RUNS ?= 3
bench-import: env
	$(ENV) cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	$(ENV) cmake --build $(BENCH_BUILD) --target lectern-synth lectern
	$(ENV) tools/bench/run-import-bench --lectern $(BENCH_BUILD)/app/lectern --synth $(BENCH_BUILD)/tools/synth/lectern-synth \
	    --dir $(BENCH_DIR) --sizes $(IMPORT_SIZES) --runs $(RUNS)

# 'make bench-peers': the same synthetic BibTeX (10,000 and 100,000 entries; PEER_SIZES) imported by Lectern and by
# JabRef, read by pandoc and (at 10,000) by biber, RUNS runs each. JabRef (with Java) goes into the build root only
# for this target; a peer that is missing is skipped with a message.
PEER_SIZES ?= 10000,100000
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
	mkdir -p $(BENCH_DIR)
	rm -f $@.partial $@.partial-wal $@.partial-shm
	$(ENV) $(BENCH_BUILD)/tools/synth/lectern-synth --library $@.partial --count $* --seed 1
	mv $@.partial $@

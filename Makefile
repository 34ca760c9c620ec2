# stance: build, test and ship the NATO-membership stance classifier.
# `make` builds bin/stance; `make test` runs the Criterion tests; `make check`
# adds the CLI golden cases; `make sanitize` repeats check under ASan+UBSan in
# build-san/; `make model` retrains models/nato from corpus/; `make run` runs
# the main job on the shipped model; `make fuzz` builds the libFuzzer targets
# of tests/fuzz/ with clang into build-fuzz/ (scripts/fuzz.sh runs them).
# Missing Debian packages are installed by scripts/deps.sh on first use.

BUILD ?= build
CC ?= cc
OPT ?= -O2
CFLAGS_STD = -std=c11 -D_POSIX_C_SOURCE=200809L -g $(OPT) -pthread \
	-Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
ifeq ($(SAN),1)
CFLAGS_STD += $(SAN_FLAGS)
LDFLAGS += $(SAN_FLAGS)
endif
# The fuzz build: every object instrumented for coverage and sanitizers,
# the fuzz entry files built with their LLVMFuzzerTestOneInput.
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
ifeq ($(FUZZ),1)
CFLAGS_STD += -fsanitize=fuzzer-no-link $(FUZZ_SAN) -DSTANCE_FUZZER
endif
ALL_CFLAGS = $(CFLAGS_STD) $(CFLAGS) -Iclassifier
LIBS = -lsvm -lstemmer -lutf8proc -lm -pthread

LIB_SRC = $(sort $(wildcard classifier/*.c))
CLI_SRC = $(sort $(wildcard classifier/cli/*.c))
# The fuzz entry points are linked into the tests too, which replay the
# committed crash inputs and seed corpora through them.
FUZZ_SRC = $(sort $(wildcard tests/fuzz/fuzz_*.c))
TEST_SRC = $(sort $(wildcard tests/test_*.c)) $(FUZZ_SRC)
LIB_OBJ = $(LIB_SRC:classifier/%.c=$(BUILD)/obj/%.o)
CLI_OBJ = $(CLI_SRC:classifier/cli/%.c=$(BUILD)/obj/cli/%.o)
TEST_OBJ = $(TEST_SRC:tests/%.c=$(BUILD)/obj/tests/%.o)
DEPS_STAMP = $(BUILD)/.deps-ok

ifeq ($(BUILD),build)
STANCE = bin/stance
else
STANCE = $(BUILD)/stance
endif
TESTS = $(BUILD)/tests

.PHONY: all test check golden sanitize model run bench clean deps fuzz \
	fuzz-targets
all: $(STANCE)

deps: $(DEPS_STAMP)
$(DEPS_STAMP): scripts/deps.sh
	@sh scripts/deps.sh
	@mkdir -p $(@D) && touch $@

$(BUILD)/obj/%.o: classifier/%.c $(DEPS_STAMP)
	@mkdir -p $(@D)
	@echo "  CC $<"
	@$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/obj/cli/%.o: classifier/cli/%.c $(DEPS_STAMP)
	@mkdir -p $(@D)
	@echo "  CC $<"
	@$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# Tests also read XML (the SVG report) with libxml2.
$(BUILD)/obj/tests/%.o: tests/%.c $(DEPS_STAMP)
	@mkdir -p $(@D)
	@echo "  CC $<"
	@$(CC) $(ALL_CFLAGS) -I/usr/include/libxml2 -MMD -MP -c -o $@ $<

$(BUILD)/libstance.a: $(LIB_OBJ)
	@rm -f $@
	@echo "  AR $@"
	@ar rcs $@ $^

$(STANCE): $(CLI_OBJ) $(BUILD)/libstance.a
	@mkdir -p $(@D)
	@echo "  LD $@"
	@$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libstance.a $(LIBS)

$(TESTS): $(TEST_OBJ) $(BUILD)/libstance.a
	@echo "  LD $@"
	@$(CC) $(LDFLAGS) -o $@ $(TEST_OBJ) $(BUILD)/libstance.a -lcriterion -lxml2 $(LIBS)

# Tests run from the repository root (fixtures are repo-relative) and find
# the CLI through STANCE_BIN. A test log mentioning a sanitizer fails the run
# because Criterion 2.4.1 reports a leaking test as passed.
test: $(TESTS) $(STANCE)
	@rm -f $(BUILD)/test.log
	@STANCE_BIN=$(STANCE) ./$(TESTS) --jobs 2 2>&1 | tee $(BUILD)/test.log; \
	 status=$${PIPESTATUS[0]}; \
	 if grep -q 'Sanitizer' $(BUILD)/test.log; then \
		echo "test: sanitizer report in $(BUILD)/test.log" >&2; exit 1; fi; \
	 exit $$status

golden: $(STANCE)
	@STANCE_BIN=$(STANCE) sh scripts/golden.sh

check: test golden

sanitize:
	$(MAKE) BUILD=build-san SAN=1 OPT=-O1 check

# libFuzzer needs clang and its runtime (libclang-rt-14-dev): only here.
fuzz:
	@sh scripts/deps.sh fuzz
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang OPT=-O1 FUZZ=1 \
		fuzz-targets

fuzz-targets: $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/%)

$(BUILD)/fuzz_%: $(BUILD)/obj/tests/fuzz/fuzz_%.o $(BUILD)/libstance.a
	@echo "  LD $@"
	@$(CC) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $< $(BUILD)/libstance.a $(LIBS)

model: $(STANCE)
	./$(STANCE) train corpus/nato-quotes.csv -o models/nato

# The main job: the seed article's speakers with the shipped model; the
# CSV reports and the chart go to build/run/.
run: $(STANCE)
	@./$(STANCE) analyze corpus/articles/seed.txt -o $(BUILD)/run
	@echo "(quotes.csv, speakers.csv and speakers.svg are in $(BUILD)/run/)"

clean:
	rm -rf build build-san build-fuzz bin

SHELL = /bin/bash
-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)

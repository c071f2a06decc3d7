# Statecraft: the two quick-start commands are `make run` and `make test`.

SWIFT      ?= swift
EXAMPLE    := graphs/kim-putin-vostochny-2023.json
OUT        := out
STATECRAFT := .build/release/statecraft

.PHONY: run test build dependencies clean

## run: install what is missing, build in release mode, run the main job on the bundled example
run: build
	@mkdir -p $(OUT)
	$(STATECRAFT) validate $(EXAMPLE)
	$(STATECRAFT) stats $(EXAMPLE)
	$(STATECRAFT) stats $(EXAMPLE) --format json > $(OUT)/kim-putin-vostochny-2023.stats.json
	@echo "Output: $(OUT)/kim-putin-vostochny-2023.stats.json"

## test: install what is missing, run the whole test suite
test: dependencies
	$(SWIFT) test

build: dependencies
	$(SWIFT) build -c release --product statecraft

dependencies:
	@scripts/install-dependencies

clean:
	rm -rf .build $(OUT)

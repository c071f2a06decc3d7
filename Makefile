# Statecraft: the two quick-start commands are `make run` and `make test`.

SWIFT      ?= swift
EXAMPLE    := graphs/kim-putin-vostochny-2023.json
ARTICLE    := graphs/sources/kim-putin-vostochny-2023.pl.txt
OUT        := out
STATECRAFT := .build/release/statecraft

.PHONY: run test build dependencies clean example-diagram

TITLE      := Kim Jong Un and Vladimir Putin at Vostochny, September 2023
CAPTION    := From a Polish news report (graphs/sources/kim-putin-vostochny-2023.pl.txt)

## run: install what is missing, build in release mode, run the main job on the bundled example
run: build
	@mkdir -p $(OUT)
	$(STATECRAFT) extract $(ARTICLE) -o $(OUT)/kim-putin-vostochny-2023.extracted.json
	$(STATECRAFT) validate $(OUT)/kim-putin-vostochny-2023.extracted.json
	$(STATECRAFT) validate $(EXAMPLE)
	$(STATECRAFT) stats $(EXAMPLE)
	$(STATECRAFT) stats $(EXAMPLE) --format json > $(OUT)/kim-putin-vostochny-2023.stats.json
	$(STATECRAFT) render $(EXAMPLE) -o $(OUT)/kim-putin-vostochny-2023.svg --title "$(TITLE)" --caption "$(CAPTION)"
	$(STATECRAFT) render $(EXAMPLE) -o $(OUT)/kim-putin-vostochny-2023.png --title "$(TITLE)" --caption "$(CAPTION)"
	@echo "Output: $(OUT)/kim-putin-vostochny-2023.extracted.json (actors read from the article), and .svg, .png, .stats.json of the example graph"

## example-diagram: redraw the committed diagram of the example (graphs/kim-putin-vostochny-2023.svg)
example-diagram: build
	$(STATECRAFT) render $(EXAMPLE) -o graphs/kim-putin-vostochny-2023.svg --title "$(TITLE)" --caption "$(CAPTION)"

## test: install what is missing, run the whole test suite
test: dependencies
	$(SWIFT) test -c release -Xswiftc -enable-testing

build: dependencies
	$(SWIFT) build -c release --product statecraft

dependencies:
	@scripts/install-dependencies

clean:
	rm -rf .build $(OUT)

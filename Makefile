# Statecraft: the two quick-start commands are `make run` and `make test`.

SWIFT      ?= swift
EXAMPLE    := graphs/kim-putin-vostochny-2023.json
ARTICLE    := graphs/sources/kim-putin-vostochny-2023.pl.txt
OUT        := out
STATECRAFT := .build/release/statecraft

.PHONY: run test build dependencies clean example-diagram

TITLE      := Kim Jong Un and Vladimir Putin at Vostochny, September 2023
CAPTION    := From a Polish news report (graphs/sources/kim-putin-vostochny-2023.pl.txt)

## run: install what is missing, build in release mode, extract the seed article into the example graph and render it
run: build
	@mkdir -p $(OUT)
	$(STATECRAFT) extract $(ARTICLE) -o $(EXAMPLE)
	$(STATECRAFT) validate $(EXAMPLE)
	$(STATECRAFT) stats $(EXAMPLE)
	$(STATECRAFT) stats $(EXAMPLE) --format json > $(OUT)/kim-putin-vostochny-2023.stats.json
	$(STATECRAFT) render $(EXAMPLE) -o $(OUT)/kim-putin-vostochny-2023.svg --title "$(TITLE)" --caption "$(CAPTION)"
	$(STATECRAFT) render $(EXAMPLE) -o $(OUT)/kim-putin-vostochny-2023.png --title "$(TITLE)" --caption "$(CAPTION)"
	@echo "Output: $(EXAMPLE) (the graph extracted from the article), $(OUT)/kim-putin-vostochny-2023.svg, .png, .stats.json"

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

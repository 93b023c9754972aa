# StoryDrift: `make release` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
PYTHON ?= python3
VENV := .venv
LS_VENV := .venv-labelstudio
HF_VENV := .venv-hf-only
LABEL_STUDIO_VERSION := 1.23.2
# pip on this kind of machine prints many harmless "Location ... is ignored" lines.
PIP := pip install -q --disable-pip-version-check
QUIET := 2>&1 | { grep -v 'is ignored' || true; }

.PHONY: release test install dev labelstudio-server chromium validate lint bench clean

# The release quotes the pre-annotators' scores and the agreement figures: it needs
# the nlp and agreement extras, so every machine renders the same card.
$(VENV)/.installed: pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/$(PIP) -e '.[nlp,agreement]' $(QUIET)
	touch $@

$(VENV)/.dev-installed: pyproject.toml $(VENV)/.installed
	$(VENV)/bin/$(PIP) -e '.[dev]' $(QUIET)
	touch $@

# The Label Studio server lives in its own environment, like a database server would.
$(LS_VENV)/.installed:
	test -x $(LS_VENV)/bin/python || $(PYTHON) -m venv $(LS_VENV)
	$(LS_VENV)/bin/$(PIP) 'label-studio==$(LABEL_STUDIO_VERSION)' $(QUIET)
	touch $@

# Only `datasets`: the test that the release loads with no StoryDrift code installed.
$(HF_VENV)/.installed:
	test -x $(HF_VENV)/bin/python || $(PYTHON) -m venv $(HF_VENV)
	$(HF_VENV)/bin/$(PIP) 'datasets>=5.2,<6' $(QUIET)
	touch $@

# Debian's Chromium, headless, for the drift report's browser test (tests/test_report.py).
# As root it runs with --no-sandbox; the test passes the background-networking flags.
chromium:
	command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-dejavu-core \
	    >/dev/null; }

install: $(VENV)/.installed
dev: $(VENV)/.dev-installed
labelstudio-server: $(LS_VENV)/.installed $(VENV)/.dev-installed

release: install  ## build, validate and write dist/storydrift-<version>/
	$(VENV)/bin/corpus release

validate: install
	$(VENV)/bin/corpus validate

test: dev labelstudio-server chromium $(HF_VENV)/.installed  ## the whole suite, real Label Studio included
	$(VENV)/bin/ruff check corpus schemas scripts tests evaluation
	$(VENV)/bin/pytest

# make bench BENCH_SIZES="1000 10000" for a shorter table (the 100k runs dominate)
BENCH_SIZES ?= 1000 10000 100000
BENCH_RUNS ?= 3
bench: dev  ## speed and memory tables (targets in each script's docstring)
	$(VENV)/bin/python scripts/bench_gate.py
	$(VENV)/bin/python scripts/bench_pipeline.py
	$(VENV)/bin/python scripts/bench_segment.py
	$(VENV)/bin/python scripts/bench_scale.py --sizes $(BENCH_SIZES) --runs $(BENCH_RUNS)  # 100k: ~8-15 min a run
	$(VENV)/bin/python scripts/bench_align.py
	$(VENV)/bin/python scripts/bench_verify.py  # verify's peak RSS at 5k and 50k documents

clean:
	rm -rf $(VENV) $(LS_VENV) $(HF_VENV) dist .labelstudio .pytest_cache .hypothesis .ruff_cache

# Two commands on a fresh machine: `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The demo's date is fixed so its output is the same whenever it runs; checks that find blocked
# listings exit 1 by design, hence the leading '-' on those lines.
DEMO_AT := 2026-11-25
DEMO_DB := sqlite:///var/demo.db
DEMO_USER := demo
DEMO_PASSWORD := crossguard-demo

demo: $(STAMP)
	$(BIN)/crossguard validate
	$(BIN)/crossguard test -q
	@echo "== pre-listing check of the sample catalog (exit 1: some listings are blocked)"
	-$(BIN)/crossguard check examples/catalog.yaml --at $(DEMO_AT)
	@echo "== full scan into the SQLite risk register (catalog + seller data)"
	rm -f var/demo.db var/demo.db-* var/demo.db.*
	$(BIN)/crossguard scan --catalog examples/catalog.yaml --data examples/data --db $(DEMO_DB) --at $(DEMO_AT) -q
	$(BIN)/crossguard register summary --db $(DEMO_DB)
	$(BIN)/crossguard register list --db $(DEMO_DB) --severity critical --status open --limit 10
	@echo "== account health (seller performance) and products nobody could identify"
	$(BIN)/crossguard register list --db $(DEMO_DB) --pack account-health --limit 20
	@echo "== no findings: a healthy account (HP-EU-1) and one with too few orders to judge (PT-EU-1)"
	$(BIN)/crossguard explain --subject 'account:HP-EU-1@amazon:DE' --data examples/data --at $(DEMO_AT) --rule AH-ODR-C1 --rule AH-AHR-001
	$(BIN)/crossguard explain --subject 'account:PT-EU-1@amazon:FR' --data examples/data --at $(DEMO_AT) --rule AH-ODR-C2 --rule AH-CR-C2
	$(BIN)/crossguard register list --db $(DEMO_DB) --pack classification --limit 5
	@echo "== one watch cycle over the bundled feeds, alerts to the console"
	$(BIN)/crossguard watch --once --serve-fixtures examples/feeds --notifier console
	@echo "$(DEMO_PASSWORD)" | $(BIN)/crossguard users add $(DEMO_USER) --role officer --password-stdin --db $(DEMO_DB)
	@echo
	@echo "== the officer's workspace on the demo register (not started by make demo):"
	@echo "   $(BIN)/crossguard serve --db $(DEMO_DB)"
	@echo "   then open http://127.0.0.1:8080/ and log in as $(DEMO_USER) / $(DEMO_PASSWORD) (role officer)"

# The suite runs in parallel (pytest-xdist, one process per core: TEST_WORKERS=0 runs it in one) and
# writes bytecode even where PYTHONDONTWRITEBYTECODE is set, so the many crossguard processes the
# tests start do not each compile the sources again (__pycache__ is ignored by git). Each worker takes
# half the tests, the long modules first (tests/conftest.py, LONG_FIRST), and a worker that runs out
# takes over half of what the other has not started (--dist worksteal): the run ends on short tests.
TEST_WORKERS ?= auto

test: $(STAMP)
	$(BIN)/ruff check .
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal

lint: $(STAMP)
	$(BIN)/ruff check .

# Figures are printed, never asserted. peers.py needs the bench extra; http_bench.py needs ApacheBench
# (apt-get install apache2-utils) and is skipped without it.
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/check_bench.py
	$(BIN)/python bench/peers.py
	if command -v ab >/dev/null; then $(BIN)/python bench/http_bench.py; else echo "http_bench: no ab (apt-get install apache2-utils)"; fi
	$(BIN)/python bench/scan_bench.py --backend sqlite --evaluator real --phases first,rescan
	$(BIN)/python bench/scan_bench.py
	$(BIN)/python bench/workspace_bench.py

clean:
	rm -rf $(VENV)

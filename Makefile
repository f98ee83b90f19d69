# Registry ETL. The README's two commands: `make run` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
DOTNET ?= dotnet
CONFIG ?= Release
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE := 1

BIN := src/Registry.Etl.Cli/bin/$(CONFIG)/net10.0
CLI := $(DOTNET) $(BIN)/registry-etl.dll
BENCH := $(DOTNET) tests/Registry.Etl.Benchmarks/bin/$(CONFIG)/net10.0/Registry.Etl.Benchmarks.dll

.PHONY: build test run bench clean postgres interop-deps bench-parquet bench-ingest bench-link bench-indicators bench-e2e

# PostgreSQL for the catalog and clustered-scheduler tests: tests/scripts/ensure-postgres.sh installs,
# starts and provisions it (idempotent); the tests read this connection string and fail without it.
export REGISTRY_ETL_TEST_POSTGRES := Host=127.0.0.1;Port=5432;Username=registry_etl;Password=registry_etl;Database=registry_etl_test

build:
	$(DOTNET) build Registry.Etl.sln -c $(CONFIG) -nologo -v quiet -clp:ErrorsOnly

# Lints every indicator spec and pipeline file first (a broken definition fails CI before any test runs).
test: build postgres interop-deps
	$(CLI) validate pipelines/*.yaml
	$(DOTNET) test Registry.Etl.sln -c $(CONFIG) --no-build -nologo

# The synthetic sample data is pseudonymised with this development key. It is NOT a secret and must never
# be used for real exports: production runs set REGISTRY_ETL_PSEUDONYM_KEY(_FILE) from a secret store.
SAMPLE_PSEUDONYM_KEY := synthetic-sample-data-development-key-not-a-secret

# The nightly pipeline on sample-data/ (ingest -> link -> datasets -> indicators -> publish to out/nightly).
run: build
	REGISTRY_ETL_PSEUDONYM_KEY=$${REGISTRY_ETL_PSEUDONYM_KEY:-$(SAMPLE_PSEUDONYM_KEY)} $(CLI) run pipelines/nightly.yaml $(RUN_ARGS)

# Every benchmark, one after another (minutes; run on a quiet machine). Each prints its BENCH {...} line last.
bench: bench-parquet bench-ingest bench-link bench-indicators bench-e2e

# The independent Parquet readers the interoperability tests and bench-parquet run (tests/interop): npm install
# (not npm ci: DuckDB's native bindings are served for linux-x64 only) whenever package.json is newer.
interop-deps: tests/interop/node_modules/.installed

tests/interop/node_modules/.installed: tests/interop/package.json
	cd tests/interop && npm install --no-audit --no-fund
	touch $@

# Every indicator spec on national-scale synthetic DCRA and DHBA data (generated in memory); last line BENCH {...}.
bench-indicators:
	$(DOTNET) build tests/Registry.Etl.Benchmarks -c $(CONFIG) -nologo -v quiet -clp:ErrorsOnly
	$(BENCH) indicators

bench-parquet: build interop-deps
	$(BENCH) parquet-write

# One year of national LBZ (> 200 MB, generated once into out/bench/ingest) through ingest to Parquet, side by
# side with DuckDB's COPY (SELECT * FROM read_csv(...)) TO ... (FORMAT parquet); last line BENCH {...}.
bench-ingest: interop-deps
	$(DOTNET) build tests/Registry.Etl.Benchmarks -c $(CONFIG) -nologo -v quiet -clp:ErrorsOnly
	$(BENCH) ingest $(INGEST_ARGS)

postgres:
	bash tests/scripts/ensure-postgres.sh >/dev/null

# The whole nightly pipeline at national scale: generates the synthetic set once (out/bench/e2e), runs the
# pipeline with the stages registered in src/Registry.Etl.Cli/Hosting/CliStages.cs, then an incremental run
# after one new day of exports; see tests/Registry.Etl.Benchmarks/EndToEnd/README.md.
bench-e2e: build
	$(BENCH) e2e --pipeline pipelines/nightly.yaml $(E2E_ARGS)

clean:
	rm -rf out
	$(DOTNET) clean Registry.Etl.sln -nologo -v quiet

# Two synthetic person files of 1,000,000 records linked end to end; last line BENCH {...}.
bench-link:
	$(DOTNET) build tests/Registry.Etl.Benchmarks -c $(CONFIG) -nologo -v quiet -clp:ErrorsOnly
	$(BENCH) link

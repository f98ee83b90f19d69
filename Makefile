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

.PHONY: build test run bench clean interop-deps bench-parquet

build:
	$(DOTNET) build Registry.Etl.sln -c $(CONFIG) -nologo -v quiet -clp:ErrorsOnly

test: build interop-deps
	$(DOTNET) test Registry.Etl.sln -c $(CONFIG) --no-build -nologo

run: build
	$(CLI) --help

bench: build

# The independent Parquet readers the interoperability tests and bench-parquet run (tests/interop): npm install
# (not npm ci: DuckDB's native bindings are served for linux-x64 only) whenever package.json is newer.
interop-deps: tests/interop/node_modules/.installed

tests/interop/node_modules/.installed: tests/interop/package.json
	cd tests/interop && npm install --no-audit --no-fund
	touch $@

bench-parquet: build interop-deps
	$(BENCH) parquet-write

clean:
	rm -rf out
	$(DOTNET) clean Registry.Etl.sln -nologo -v quiet

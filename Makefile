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

.PHONY: build test run bench clean bench-link

build:
	$(DOTNET) build Registry.Etl.sln -c $(CONFIG) -nologo -v quiet -clp:ErrorsOnly

test: build
	$(DOTNET) test Registry.Etl.sln -c $(CONFIG) --no-build -nologo

run: build
	$(CLI) --help

bench: build

clean:
	rm -rf out
	$(DOTNET) clean Registry.Etl.sln -nologo -v quiet

# Two synthetic person files of 1,000,000 records linked end to end; last line BENCH {...}.
bench-link:
	$(DOTNET) build tests/Registry.Etl.Benchmarks -c $(CONFIG) -nologo -v quiet -clp:ErrorsOnly
	$(BENCH) link

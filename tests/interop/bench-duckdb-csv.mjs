#!/usr/bin/env node
// node bench-duckdb-csv.mjs CSV OUT [RUNS]
// The reference half of `make bench-ingest`: DuckDB's one-step CSV to Parquet,
//   COPY (SELECT * FROM read_csv(CSV)) TO OUT (FORMAT parquet)
// timed RUNS times (default 1) on the same file our ingest reads. Prints one JSON object:
// { duckdb_ms: [...], rows, bytes, version, threads }.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { sqlString } from './lib/canonical.mjs';

const [csv, out, runsArg] = process.argv.slice(2);
if (!csv || !out) { console.error('usage: node bench-duckdb-csv.mjs CSV OUT [RUNS]'); process.exit(2); }
const runs = Number(runsArg ?? 1);

const inst = await DuckDBInstance.create(':memory:');
const con = await inst.connect();
const duckdbMs = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  await con.run(`COPY (SELECT * FROM read_csv(${sqlString(csv)})) TO ${sqlString(out)} (FORMAT parquet)`);
  duckdbMs.push(Math.round((performance.now() - t0) * 10) / 10);
}
const rows = (await con.runAndReadAll(`SELECT count(*)::BIGINT AS n FROM read_parquet(${sqlString(out)})`)).getRowObjectsJS()[0].n;
const env = (await con.runAndReadAll(`SELECT current_setting('threads') AS threads, version() AS version`)).getRowObjectsJS()[0];
console.log(JSON.stringify({ duckdb_ms: duckdbMs, rows: Number(rows), bytes: fs.statSync(out).size, version: env.version, threads: Number(env.threads) }));

#!/usr/bin/env node
// node bench-duckdb.mjs DUCK_OUT OUR_FILE [ROWS] [RUNS]
// The reference half of `make bench-parquet`. DuckDB builds the same ROWS-row x 15-column table as the
// team's `parquet-validate.mjs gen` (same SQL), then:
//   1. times COPY t TO DUCK_OUT (FORMAT parquet, COMPRESSION SNAPPY) RUNS times;
//   2. validates OUR_FILE (written by Registry.Etl.Parquet from an equivalent C# generator): DuckDB,
//      arrow-rs (parquet-wasm) and hyparquet each read it, and every column's checksum (sha256 over the
//      canonical values, lib/canonical.mjs) must equal the checksum of DuckDB's own table.
// Prints one JSON object: { duckdb_ms: [...], duckdb_bytes, version, threads, validation: {...} }.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { sqlString, toJson } from './lib/canonical.mjs';
import { duckColumns, readAll, hashValues } from './lib/readers.mjs';

const [duckOut, ourFile, rowsArg, runsArg] = process.argv.slice(2);
if (!duckOut || !ourFile) { console.error('usage: node bench-duckdb.mjs DUCK_OUT OUR_FILE [ROWS] [RUNS]'); process.exit(2); }
const rows = Number(rowsArg ?? 1000000);
const runs = Number(runsArg ?? 3);

const inst = await DuckDBInstance.create(':memory:');
const con = await inst.connect();
// The table of parquet-validate.mjs gen, verbatim.
await con.run(`CREATE TABLE t AS SELECT
    i::BIGINT                                                   AS id,
    (hash(i) % 100000000)::BIGINT * 1000003 - 50000000000000    AS big,
    (hash(i * 7) % 1000000) / 1000.0 - 500.0                    AS amount_double,
    ((hash(i * 13) % 10000000)::DECIMAL(18,0) / 100)::DECIMAL(18,2) AS amount_dec,
    'naam_' || (hash(i * 3) % 5000)::VARCHAR                     AS name,
    DATE '1950-01-01' + (hash(i * 5) % 27000)::INTEGER           AS birth_date,
    TIMESTAMP '2020-01-01' + to_microseconds((hash(i * 11) % 157680000000000)::BIGINT) AS event_ts,
    TIMESTAMPTZ '2020-01-01 00:00:00+00' + to_microseconds((hash(i * 29) % 157680000000000)::BIGINT) AS event_tstz,
    (hash(i * 17) % 2 = 0)                                       AS flag,
    CASE i % 5 WHEN 0 THEN 'Zoë; "quoted", €' WHEN 1 THEN 'line' || chr(10) || 'break' WHEN 2 THEN '' WHEN 3 THEN '日本語' ELSE NULL END AS text_unicode,
    CASE WHEN i % 7 = 0 THEN NULL ELSE (hash(i * 19) % 1000)::INTEGER END        AS maybe_int,
    CASE WHEN i % 11 = 0 THEN NULL ELSE 'v' || i::VARCHAR END                    AS maybe_str,
    CASE WHEN i % 5 = 0 THEN NULL ELSE (hash(i * 23) % 100000) / 7.0 END        AS maybe_double,
    CASE WHEN i % 13 = 0 THEN NULL ELSE DATE '2000-01-01' + (i % 9000)::INTEGER END AS maybe_date,
    CASE WHEN i % 3 = 0 THEN NULL ELSE (i % 2 = 0) END                           AS maybe_bool
  FROM range(${rows}) r(i)`);

const duckdbMs = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  await con.run(`COPY t TO ${sqlString(duckOut)} (FORMAT parquet, COMPRESSION SNAPPY)`);
  duckdbMs.push(Math.round((performance.now() - t0) * 10) / 10);
}
const env = (await con.runAndReadAll(`SELECT current_setting('threads') AS threads, version() AS version`)).getRowObjectsJS()[0];

const reference = await duckColumns(con, 'SELECT * FROM t', hashValues);
const approx = await duckColumns(con, 'SELECT * FROM t', hashValues, true);
const { results, errors } = await readAll(ourFile, con, hashValues);
const mismatches = [];
for (const [reader, result] of Object.entries(results)) {
  // hyparquet decodes decimals to JS numbers: compare it with the table's decimals converted the same way.
  const expected = Object.fromEntries((reader === 'hyparquet' ? approx : reference).columns.map(c => [c.name, c]));
  if (Number(result.rows) !== rows) mismatches.push(`${reader}: ${result.rows} rows, expected ${rows}`);
  for (const c of result.columns) {
    const e = expected[c.name];
    if (!e) mismatches.push(`${reader}: unexpected column ${c.name}`);
    else if (e.hash !== c.hash || e.nulls !== c.nulls) mismatches.push(`${reader}: column ${c.name} hash ${c.hash} nulls ${c.nulls}, DuckDB's table ${e.hash} nulls ${e.nulls}`);
  }
  if (result.columns.length !== reference.columns.length) mismatches.push(`${reader}: ${result.columns.length} columns, expected ${reference.columns.length}`);
}
for (const [reader, e] of Object.entries(errors)) mismatches.push(`${reader} failed: ${e.split('\n')[0]}`);

process.stdout.write(toJson({
  duckdb_ms: duckdbMs,
  duckdb_bytes: fs.statSync(duckOut).size,
  version: env.version,
  threads: env.threads,
  validation: {
    readers: Object.keys(results),
    columns: reference.columns.map(c => ({ name: c.name, type: c.type, hash: c.hash, nulls: c.nulls })),
    ok: mismatches.length === 0,
    mismatches,
  },
}) + '\n');

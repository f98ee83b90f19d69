#!/usr/bin/env node
// node read.mjs FILE...   Reads each Parquet file with DuckDB, arrow-rs (parquet-wasm) and hyparquet and
// prints one JSON document: { files: [{ file, results: { reader: { rows, columns: [{ name, type, nulls,
// values }] } }, errors: { reader: message } }] } with values in the canonical forms of lib/canonical.mjs.
// Used by Registry.Etl.Parquet.Tests, which compares them with the values it wrote.
import { readAll, openDuck } from './lib/readers.mjs';
import { toJson } from './lib/canonical.mjs';

const files = process.argv.slice(2);
if (files.length === 0) { console.error('usage: node read.mjs FILE...'); process.exit(2); }
const con = await openDuck();
const out = [];
for (const file of files) out.push({ file, ...(await readAll(file, con)) });
process.stdout.write(toJson({ files: out }));

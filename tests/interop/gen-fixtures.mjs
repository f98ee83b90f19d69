#!/usr/bin/env node
// node gen-fixtures.mjs OUTDIR [ROWS]
// Files written by the independent writers, for Registry.Etl.Parquet's reader to read back:
//   DuckDB 1.5.6 writes one table in every codec it shares with us (SNAPPY, GZIP, UNCOMPRESSED) with its
//   defaults (data page v1, PLAIN and dictionary), and once with PARQUET_VERSION V2 (data page v2, DELTA
//   encodings, BYTE_STREAM_SPLIT); arrow-rs (parquet-wasm) rewrites it with its defaults (v1), as data
//   page v2 with dictionaries (GZIP), v2 without dictionaries (DELTA_BINARY_PACKED, DELTA_BYTE_ARRAY, RLE
//   booleans) and v2 with DELTA_LENGTH_BYTE_ARRAY and BYTE_STREAM_SPLIT columns.
// OUTDIR/expected.json holds the table as DuckDB reads it from memory, in canonical forms (lib/canonical.mjs),
// and the list of files with the encodings each column chunk uses.
import fs from 'node:fs';
import path from 'node:path';
import { readParquet, writeParquet, WriterPropertiesBuilder, Compression, WriterVersion, Encoding } from 'parquet-wasm';
import { sqlString, toJson } from './lib/canonical.mjs';
import { duckColumns, openDuck } from './lib/readers.mjs';

const [outDir, rowsArg] = process.argv.slice(2);
if (!outDir) { console.error('usage: node gen-fixtures.mjs OUTDIR [ROWS]'); process.exit(2); }
const rows = Number(rowsArg ?? 300);
fs.mkdirSync(outDir, { recursive: true });
const con = await openDuck();
await con.run(`CREATE TABLE fx AS SELECT
    i::BIGINT AS seq,
    CASE i WHEN 0 THEN -9223372036854775808 WHEN 1 THEN 9223372036854775807 ELSE (hash(i) % 1000000000000)::BIGINT - 500000000000 END AS i64,
    CASE WHEN i % 7 = 3 THEN NULL WHEN i = 2 THEN -2147483648 WHEN i = 4 THEN 2147483647 ELSE (hash(i * 3) % 2000)::INTEGER - 1000 END AS i32,
    ((i % 65536) - 32768)::SMALLINT AS i16,
    CASE WHEN i % 5 = 1 THEN NULL ELSE ((i % 256) - 128)::TINYINT END AS i8,
    CASE i % 11 WHEN 0 THEN NULL WHEN 1 THEN 'NaN'::DOUBLE WHEN 2 THEN 'inf'::DOUBLE WHEN 3 THEN '-inf'::DOUBLE WHEN 4 THEN -0.0::DOUBLE
      ELSE (hash(i * 5) % 1000000) / 7.0 - 70000 END AS f64,
    CASE WHEN i % 9 = 0 THEN NULL ELSE ((hash(i * 7) % 10000) / 8.0)::FLOAT END AS f32,
    CASE WHEN i % 6 = 0 THEN NULL ELSE ((hash(i * 11) % 2000000000)::DECIMAL(18,0) / 100 - 9999999)::DECIMAL(9,2) END AS dec9,
    ((hash(i * 13) % 1000000000000000000)::DECIMAL(19,0) / 1000 - 499999999999999)::DECIMAL(18,3) AS dec18,
    CASE WHEN i % 4 = 0 THEN NULL ELSE ((hash(i * 17))::DECIMAL(38,0) * 1000 - 9000000000000000000000)::DECIMAL(38,6) END AS dec38,
    CASE i % 8 WHEN 0 THEN NULL WHEN 1 THEN '' WHEN 2 THEN 'Zoë; "quoted", €' WHEN 3 THEN '日本語 😀'
      ELSE 'prefix-' || (i // 3)::VARCHAR END AS s,
    CASE WHEN i % 10 = 0 THEN NULL ELSE ('\\x' || lpad(to_hex(i % 256), 2, '0') || 'ff00')::BLOB END AS b,
    CASE i WHEN 5 THEN DATE '0001-01-01' WHEN 6 THEN DATE '9999-12-31' ELSE DATE '1970-01-01' + ((hash(i * 19) % 40000)::INTEGER - 20000) END AS d,
    CASE WHEN i % 3 = 0 THEN NULL ELSE TIMESTAMP '1900-01-01' + to_microseconds((hash(i * 23) % 6000000000000000)::BIGINT) END AS ts,
    TIMESTAMPTZ '2020-01-01 00:00:00+00' + to_microseconds((hash(i * 29) % 157680000000000)::BIGINT) AS tstz,
    (TIMESTAMP '2000-01-01' + to_microseconds((hash(i * 31) % 1000000000000)::BIGINT))::TIMESTAMP_MS AS tsms,
    CASE WHEN i % 3 = 2 THEN NULL ELSE hash(i * 37) % 2 = 0 END AS flag
  FROM range(${rows}) r(i)`);

const files = [];
const duck = async (name, options) => {
  const file = path.join(outDir, name);
  await con.run(`COPY fx TO ${sqlString(file)} (FORMAT parquet, ${options})`);
  files.push(name);
};
await duck('duckdb-v1-snappy.parquet', 'COMPRESSION SNAPPY, ROW_GROUP_SIZE 2048');
await duck('duckdb-v1-gzip.parquet', 'COMPRESSION GZIP');
await duck('duckdb-v1-uncompressed.parquet', 'COMPRESSION UNCOMPRESSED');
await duck('duckdb-v2-snappy.parquet', 'COMPRESSION SNAPPY, PARQUET_VERSION V2');

const source = fs.readFileSync(path.join(outDir, 'duckdb-v1-uncompressed.parquet'));
const arrow = (name, configure) => {
  const builder = configure(new WriterPropertiesBuilder().setMaxRowGroupSize(Math.max(64, Math.ceil(rows / 3))));
  fs.writeFileSync(path.join(outDir, name), writeParquet(readParquet(source), builder.build()));
  files.push(name);
};
arrow('arrow-v1-snappy.parquet', b => b.setCompression(Compression.SNAPPY));
arrow('arrow-v2-gzip-dictionary.parquet', b => b.setCompression(Compression.GZIP).setWriterVersion(WriterVersion.V2));
arrow('arrow-v2-delta.parquet', b => b.setCompression(Compression.SNAPPY).setWriterVersion(WriterVersion.V2).setDictionaryEnabled(false));
arrow('arrow-v2-split.parquet', b => b.setCompression(Compression.UNCOMPRESSED).setWriterVersion(WriterVersion.V2).setDictionaryEnabled(false)
  .setColumnEncoding('s', Encoding.DELTA_LENGTH_BYTE_ARRAY).setColumnEncoding('b', Encoding.DELTA_LENGTH_BYTE_ARRAY)
  .setColumnEncoding('f64', Encoding.BYTE_STREAM_SPLIT).setColumnEncoding('f32', Encoding.BYTE_STREAM_SPLIT));

const encodings = {};
for (const name of files) {
  const r = await con.runAndReadAll(`SELECT path_in_schema AS c, list(DISTINCT encodings ORDER BY encodings) AS e, list(DISTINCT compression) AS z,
      (SELECT count(DISTINCT row_group_id) FROM parquet_metadata(${sqlString(path.join(outDir, name))})) AS g
    FROM parquet_metadata(${sqlString(path.join(outDir, name))}) GROUP BY ALL ORDER BY min(column_id)`);
  encodings[name] = r.getRowObjectsJS().map(x => ({ column: x.c, encodings: x.e, codecs: x.z, row_groups: Number(x.g) }));
}
const table = await duckColumns(con, 'SELECT * FROM fx');
fs.writeFileSync(path.join(outDir, 'expected.json'), toJson({ rows, files, encodings, columns: table.columns }));
console.log(toJson({ folder: outDir, rows, files }));

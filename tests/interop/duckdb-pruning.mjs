#!/usr/bin/env node
// node duckdb-pruning.mjs FILE DAMAGED COLUMN LO HI
// Does DuckDB use a file's column chunk statistics to skip row groups? Prints JSON with:
//   stats      - DuckDB's view of each row group's min/max/null count for COLUMN (parquet_metadata);
//   filtered   - count and sum of COLUMN over the rows with COLUMN BETWEEN LO AND HI;
//   damaged    - the same filtered query on DAMAGED, a copy whose data pages outside the matching row group
//                were overwritten with garbage: it can only succeed if DuckDB never read those row groups;
//                and, as a control, an unfiltered query on DAMAGED, which must fail.
import { openDuck } from './lib/readers.mjs';
import { sqlString, toJson } from './lib/canonical.mjs';

const [file, damaged, column, lo, hi] = process.argv.slice(2);
if (!hi) { console.error('usage: node duckdb-pruning.mjs FILE DAMAGED COLUMN LO HI'); process.exit(2); }
const con = await openDuck();
const q = (f) => `SELECT count(*) AS n, sum(${column}) AS s FROM read_parquet(${sqlString(f)})`;
const filter = ` WHERE ${column} BETWEEN ${lo} AND ${hi}`;

const stats = (await con.runAndReadAll(`SELECT row_group_id, stats_min_value, stats_max_value, stats_null_count, row_group_num_rows
  FROM parquet_metadata(${sqlString(file)}) WHERE path_in_schema = ${sqlString(column)} ORDER BY row_group_id`)).getRowObjectsJS();

async function attempt(sql) {
  try {
    const row = (await con.runAndReadAll(sql)).getRowObjectsJS()[0];
    return { ok: true, count: Number(row.n), sum: row.s === null ? null : row.s.toString() };
  } catch (e) {
    return { ok: false, error: String(e.message ?? e).split('\n')[0] };
  }
}

process.stdout.write(toJson({
  stats,
  filtered: await attempt(q(file) + filter),
  damaged: { filtered: await attempt(q(damaged) + filter), unfiltered: await attempt(q(damaged)) },
}));

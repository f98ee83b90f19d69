// The three independent Parquet readers, each returning the same shape:
//   { reader, rows, columns: [{ name, type, nulls, count, ...collected }] }
// DuckDB 1.5.6 (C++), arrow-rs through parquet-wasm (Rust), hyparquet (JavaScript). Each canonical value
// (lib/canonical.mjs) goes to a collector: the default keeps them ({ values: [...] }); the benchmark
// hashes them instead ({ hash }), so a million rows need not be held as strings.
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { readParquet } from 'parquet-wasm';
import { tableFromIPC, Type as ArrowType } from 'apache-arrow';
import { parquetRead, parquetMetadataAsync, parquetSchema, asyncBufferFromFile } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import crypto from 'node:crypto';
import { canon, sqlString, UNIT_TO_NS } from './canonical.mjs';

export const keepValues = () => {
  const values = [];
  return { add: (v) => values.push(v), done: () => ({ values }) };
};

// sha256 over the canonical values in row order, each length-prefixed so the hash is unambiguous.
export const hashValues = () => {
  const h = crypto.createHash('sha256');
  let buf = [];
  let size = 0;
  const flush = () => { if (buf.length) h.update(buf.join('')); buf = []; size = 0; };
  return {
    add: (v) => { const s = v === null ? '\u2205|' : `${v.length}:${v}|`; buf.push(s); size += s.length; if (size > 1 << 20) flush(); },
    done: () => { flush(); return { hash: h.digest('hex').slice(0, 16) }; },
  };
};

function collect(name, type, values, collector) {
  const c = collector();
  let nulls = 0;
  let count = 0;
  for (const v of values) { if (v === null) nulls++; count++; c.add(v); }
  return { name, type, nulls, count, ...c.done() };
}

// ---------------------------------------------------------------- DuckDB
export function duckKind(typeStr) {
  const t = typeStr.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t)) return { kind: 'int' };
  if (/^(FLOAT|DOUBLE)$/.test(t)) return { kind: 'float' };
  if (t === 'BOOLEAN') return { kind: 'bool' };
  if (t === 'VARCHAR') return { kind: 'string' };
  if (t === 'BLOB') return { kind: 'binary' };
  if (t === 'DATE') return { kind: 'date' };
  if (t.startsWith('TIMESTAMP')) return { kind: 'timestamp' };
  const m = /^DECIMAL\((\d+),(\d+)\)$/.exec(t);
  if (m) return { kind: 'decimal', scale: Number(m[2]) };
  return { kind: 'other' };
}

export function duckValue(v, kind) {
  if (v === null || v === undefined) return null;
  switch (kind) {
    case 'date': return v.days;
    case 'timestamp':
      if (v.micros !== undefined) return BigInt(v.micros) * 1000n;
      if (v.nanos !== undefined) return BigInt(v.nanos);
      if (v.millis !== undefined) return BigInt(v.millis) * 1000000n;
      if (v.seconds !== undefined) return BigInt(v.seconds) * 1000000000n;
      throw new Error('unknown DuckDB timestamp value ' + v.constructor.name);
    case 'decimal': return v.value;
    case 'binary': return v.bytes;
    default: return v;
  }
}

// approxDecimals: decimals in hyparquet's form (Number(unscaled) * 10 ** -scale, the expression hyparquet
// uses), so a reference table can be compared with what hyparquet returns.
export async function duckColumns(con, sql, collector = keepValues, approxDecimals = false) {
  const reader = await con.runAndReadAll(sql);
  const names = reader.columnNames();
  const types = reader.columnTypes().map(t => t.toString());
  const cols = reader.getColumns();
  const columns = names.map((name, c) => {
    const { kind, scale } = duckKind(types[c]);
    const approx = approxDecimals && kind === 'decimal';
    const values = (function* () {
      for (const v of cols[c] ?? []) { // a result without rows has no column vectors
        const x = duckValue(v, kind);
        yield approx ? canon(x === null ? null : Number(x) * 10 ** -scale, 'approx-decimal') : canon(x, kind, scale);
      }
    })();
    return collect(name, types[c], values, collector);
  });
  return { rows: reader.currentRowCount, columns };
}

export async function readDuck(file, con, collector = keepValues) {
  const { rows, columns } = await duckColumns(con, `SELECT * FROM read_parquet(${sqlString(file)})`, collector);
  return { reader: 'duckdb', rows, columns };
}

// ---------------------------------------------------------------- arrow-rs (parquet-wasm) + apache-arrow JS
function arrowKind(type) {
  switch (type.typeId) {
    case ArrowType.Int: return { kind: 'int' };
    case ArrowType.Float: return { kind: 'float' };
    case ArrowType.Bool: return { kind: 'bool' };
    case ArrowType.Utf8: case ArrowType.LargeUtf8: return { kind: 'string' };
    case ArrowType.Binary: case ArrowType.LargeBinary: case ArrowType.FixedSizeBinary: return { kind: 'binary' };
    case ArrowType.Date: return { kind: 'date', dateUnit: type.unit };
    case ArrowType.Timestamp: return { kind: 'timestamp', unit: ['s', 'ms', 'us', 'ns'][type.unit] };
    case ArrowType.Decimal: return { kind: 'decimal', scale: type.scale };
    default: return { kind: 'other' };
  }
}

function decimalFromWords(words) {
  let big = 0n;
  for (let k = words.length - 1; k >= 0; k--) big = (big << 32n) | BigInt(words[k] >>> 0);
  const bits = BigInt(words.length * 32);
  if (big >> (bits - 1n)) big -= 1n << bits;
  return big;
}

function* arrowRaw(vector, k) {
  for (const data of vector.data) {
    const valid = (i) => data.nullCount === 0 || !data.nullBitmap || data.nullBitmap.length === 0 ||
      ((data.nullBitmap[(data.offset + i) >> 3] >> ((data.offset + i) & 7)) & 1) === 1;
    for (let i = 0; i < data.length; i++) {
      if (!valid(i)) { yield null; continue; }
      const j = data.offset + i;
      if (k.kind === 'date') yield k.dateUnit === 0 ? data.values[j] : Number(BigInt(data.values[j]) / 86400000n);
      else if (k.kind === 'timestamp') yield BigInt(data.values[j]) * UNIT_TO_NS[k.unit];
      else {
        const w = data.type.bitWidth / 32;
        yield decimalFromWords(data.values.subarray(j * w, j * w + w));
      }
    }
  }
}

export function readArrowTable(table, collector = keepValues) {
  const columns = table.schema.fields.map(field => {
    const vec = table.getChild(field.name);
    const k = arrowKind(field.type);
    const values = (function* () {
      if (k.kind === 'date' || k.kind === 'timestamp' || k.kind === 'decimal') {
        for (const v of arrowRaw(vec, k)) yield canon(v, k.kind, k.scale);
      } else {
        for (let i = 0; i < vec.length; i++) yield canon(vec.get(i), k.kind, k.scale);
      }
    })();
    return collect(field.name, String(field.type), values, collector);
  });
  return { rows: table.numRows, columns };
}

export async function readWasm(file, collector = keepValues) {
  const wasmTable = readParquet(new Uint8Array(fs.readFileSync(file)));
  const table = tableFromIPC(wasmTable.intoIPCStream());
  return { reader: 'arrow-rs', ...readArrowTable(table, collector) };
}

// ---------------------------------------------------------------- hyparquet
function hyKind(el) {
  const lt = el.logical_type?.type;
  const ct = el.converted_type;
  if (lt === 'DATE' || ct === 'DATE') return { kind: 'date' };
  if (lt === 'TIMESTAMP' || ct === 'TIMESTAMP_MILLIS' || ct === 'TIMESTAMP_MICROS' || el.type === 'INT96') return { kind: 'timestamp' };
  if (ct === 'DECIMAL') return { kind: 'approx-decimal' };
  if (lt === 'STRING' || ct === 'UTF8' || lt === 'JSON' || ct === 'JSON' || lt === 'ENUM' || ct === 'ENUM') return { kind: 'string' };
  switch (el.type) {
    case 'BOOLEAN': return { kind: 'bool' };
    case 'INT32': case 'INT64': return { kind: 'int' };
    case 'FLOAT': case 'DOUBLE': return { kind: 'float' };
    case 'BYTE_ARRAY': case 'FIXED_LEN_BYTE_ARRAY': return { kind: 'binary' };
    default: return { kind: 'other' };
  }
}

export async function readHy(file, collector = keepValues) {
  const buf = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buf);
  const leaves = parquetSchema(metadata).children;
  const parsers = {
    timestampFromMilliseconds: (x) => BigInt(x) * 1000000n,
    timestampFromMicroseconds: (x) => BigInt(x) * 1000n,
    timestampFromNanoseconds: (x) => BigInt(x),
    dateFromDays: (d) => d,
  };
  const chunks = new Map(leaves.map(l => [l.element.name, []]));
  await parquetRead({
    file: buf, metadata, compressors, parsers, utf8: false,
    onChunk: ({ columnName, columnData, rowStart }) => chunks.get(columnName)?.push({ rowStart, columnData }),
  });
  const columns = leaves.map(leaf => {
    const el = leaf.element;
    const k = hyKind(el);
    const parts = chunks.get(el.name).sort((a, b) => a.rowStart - b.rowStart);
    const values = (function* () { for (const p of parts) for (let i = 0; i < p.columnData.length; i++) yield canon(p.columnData[i], k.kind); })();
    const lt = el.logical_type ? JSON.stringify(el.logical_type, (_, x) => typeof x === 'bigint' ? x.toString() : x) : '';
    const type = [el.type, el.converted_type ?? '', lt].filter(Boolean).join(' ');
    return collect(el.name, type, values, collector);
  });
  return { reader: 'hyparquet', rows: Number(metadata.num_rows), columns };
}

export async function readAll(file, con, collector = keepValues) {
  const results = {};
  const errors = {};
  for (const [name, fn] of [['duckdb', (f) => readDuck(f, con, collector)], ['arrow-rs', (f) => readWasm(f, collector)], ['hyparquet', (f) => readHy(f, collector)]]) {
    try { results[name] = await fn(file); } catch (e) { errors[name] = String(e?.stack ?? e); }
  }
  return { results, errors };
}

export async function openDuck() {
  const inst = await DuckDBInstance.create(':memory:');
  return await inst.connect();
}

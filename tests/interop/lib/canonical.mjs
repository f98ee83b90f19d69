// Canonical text forms of Parquet values, so three independent readers and the C# tests can be compared
// value by value. One form per logical kind, whatever reader produced the value:
//   null        -> null (JSON null)
//   integer     -> decimal digits (int8..int64, unsigned too; bigint or number)
//   float/double-> "NaN", or the IEEE-754 float64 bit pattern as 16 hex digits (floats are widened to
//                  double first), so -0.0, infinities and every last bit are compared exactly
//   boolean     -> "true" / "false"
//   string      -> the string itself
//   binary      -> "hex:" + lowercase hex
//   date        -> days since 1970-01-01 as digits
//   timestamp   -> nanoseconds since 1970-01-01T00:00 as digits (any unit, UTC-adjusted or local)
//   decimal     -> the exact decimal with `scale` fraction digits ("-12.30"); hyparquet decodes decimals
//                  to a JS number, so its form is "~" + Number#toString() and is compared with a tolerance
export const UNIT_TO_NS = { s: 1000000000n, ms: 1000000n, us: 1000n, ns: 1n };

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

export function canonFloat(x) {
  const n = Number(x);
  if (Number.isNaN(n)) return 'NaN';
  f64[0] = n;
  return u64[0].toString(16).padStart(16, '0');
}

export function canonDecimal(unscaled, scale) {
  let v = BigInt(unscaled);
  const negative = v < 0n;
  if (negative) v = -v;
  let digits = v.toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return negative ? `-${digits}` : digits;
}

export function canonBinary(bytes) {
  return 'hex:' + Buffer.from(bytes).toString('hex');
}

export function canon(v, kind, scale) {
  if (v === null || v === undefined) return null;
  switch (kind) {
    case 'int': return typeof v === 'bigint' ? v.toString() : String(v);
    case 'float': return canonFloat(v);
    case 'bool': return v ? 'true' : 'false';
    case 'string': return String(v);
    case 'binary': return canonBinary(v);
    case 'date': return String(v);
    case 'timestamp': return BigInt(v).toString();
    case 'decimal': return canonDecimal(v, scale ?? 0);
    case 'approx-decimal': return '~' + String(Number(v));
    default: return typeof v === 'object' ? JSON.stringify(v, (_, x) => typeof x === 'bigint' ? x.toString() : x) : String(v);
  }
}

export const sqlString = (s) => `'${String(s).replaceAll("'", "''")}'`;

export const toJson = (x) => JSON.stringify(x, (_, v) => typeof v === 'bigint' ? v.toString() : v);

using Registry.Etl.Core;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Ingest.Resolution;

/// <summary>
/// Builds a table from chosen rows of chunks, chunk by chunk, dropping each chunk as soon as its rows are
/// copied: the resolved table grows while the chunks shrink, so a source is never held twice at full size.
/// Same values and validity as <see cref="TableGather.Gather"/> (a column without nulls has no validity array).
/// </summary>
internal static class ChunkGather
{
    /// <param name="chunks">Owned by the gather: each entry is set to null once its rows are copied.</param>
    /// <param name="rows">Rows to keep, ordered by chunk then row.</param>
    public static Table Gather(TableSchema schema, Table?[] chunks, (int Table, int Row)[] rows)
    {
        var columns = new Output[schema.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = schema[c].Kind switch
            {
                ColumnKind.Boolean => new FixedOutput<bool>(schema[c], rows.Length),
                ColumnKind.Int32 or ColumnKind.Date => new FixedOutput<int>(schema[c], rows.Length),
                ColumnKind.Int64 or ColumnKind.Timestamp => new FixedOutput<long>(schema[c], rows.Length),
                ColumnKind.Double => new FixedOutput<double>(schema[c], rows.Length),
                ColumnKind.Decimal => new FixedOutput<decimal>(schema[c], rows.Length),
                _ => new StringOutput(schema[c], rows.Length),
            };
        }

        var selected = new List<int>();
        var at = 0;
        for (var t = 0; t < chunks.Length; t++)
        {
            var chunk = chunks[t] ?? Throw.InvalidOperation<Table>($"Chunk {t} was already released.");
            if (chunk.Schema.Count != schema.Count)
            {
                Throw.Argument($"A table of {chunk.Schema.Count} columns cannot be gathered into {schema.Count}.", nameof(chunks));
            }

            selected.Clear();
            while (at + selected.Count < rows.Length && rows[at + selected.Count].Table == t)
            {
                selected.Add(rows[at + selected.Count].Row);
            }

            for (var c = 0; c < columns.Length; c++)
            {
                columns[c].Copy(chunk[c], selected, at);
            }

            at += selected.Count;

            // the chunk is garbage from here on (when the caller dropped its references too)
            chunks[t] = null;
        }

        var built = new Column[columns.Length];
        for (var c = 0; c < built.Length; c++)
        {
            built[c] = columns[c].Build();
        }

        return new Table(schema, built);
    }

    private abstract class Output
    {
        public abstract void Copy(Column source, List<int> rows, int at);

        public abstract Column Build();
    }

    private sealed class FixedOutput<T>(ColumnSchema schema, int length) : Output
        where T : unmanaged
    {
        private readonly T[] _values = new T[length];
        private bool[]? _valid;

        public override void Copy(Column source, List<int> rows, int at)
        {
            var column = source as Column<T> ?? Throw.InvalidOperation<Column<T>>($"Column '{schema.Name}' does not store {typeof(T).Name}.");
            var values = column.Values;
            var validity = column.Validity;
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                var o = at + i;
                if (!validity.IsEmpty && !validity[r])
                {
                    _valid ??= CreateValid(_values.Length, o);
                    _valid[o] = false;
                }
                else
                {
                    _values[o] = values[r];
                    if (_valid is not null)
                    {
                        _valid[o] = true;
                    }
                }
            }
        }

        public override Column Build() => new Column<T>(schema, _values, _valid);

        private static bool[] CreateValid(int length, int upTo)
        {
            var valid = new bool[length];
            Array.Fill(valid, true, 0, upTo);
            return valid;
        }
    }

    private sealed class StringOutput(ColumnSchema schema, int length) : Output
    {
        private readonly string?[] _values = new string?[length];

        public override void Copy(Column source, List<int> rows, int at)
        {
            var values = (source as StringColumn ?? Throw.InvalidOperation<StringColumn>($"Column '{schema.Name}' is not a string column.")).Values;
            for (var i = 0; i < rows.Count; i++)
            {
                _values[at + i] = values[rows[i]];
            }
        }

        public override Column Build() => new StringColumn(schema, _values);
    }
}

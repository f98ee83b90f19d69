using System.Globalization;

namespace Registry.Etl.Core.Data;

/// <summary>Accumulates the values of one column; <see cref="Build"/> freezes them into a <see cref="Column"/>.</summary>
public abstract class ColumnBuilder
{
    protected ColumnBuilder(ColumnSchema schema) => Schema = schema;

    public ColumnSchema Schema { get; }

    public abstract int Count { get; }

    public abstract void AppendNull();

    /// <summary>Appends a boxed value of the column's storage type (DateOnly and DateTime are converted).</summary>
    public abstract void AppendObject(object? value);

    public abstract Column Build();

    public static ColumnBuilder Create(ColumnSchema schema, int capacity = 1024)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.Kind switch
        {
            ColumnKind.Boolean => new ColumnBuilder<bool>(schema, capacity),
            ColumnKind.Int32 or ColumnKind.Date => new ColumnBuilder<int>(schema, capacity),
            ColumnKind.Int64 or ColumnKind.Timestamp => new ColumnBuilder<long>(schema, capacity),
            ColumnKind.Double => new ColumnBuilder<double>(schema, capacity),
            ColumnKind.Decimal => new ColumnBuilder<decimal>(schema, capacity),
            ColumnKind.String => new StringColumnBuilder(schema, capacity),
            _ => Throw.InvalidOperation<ColumnBuilder>($"Unknown column kind {schema.Kind}."),
        };
    }

    protected static object Normalise(ColumnKind kind, object value) => (kind, value) switch
    {
        (ColumnKind.Date, DateOnly d) => ColumnStorage.ToDays(d),
        (ColumnKind.Timestamp, DateTime t) => ColumnStorage.ToMicros(t.ToUniversalTime()),
        (ColumnKind.Decimal, double x) => (decimal)x,
        (ColumnKind.Double, int x) => (double)x,
        (ColumnKind.Int64, int x) => (long)x,
        _ => value,
    };
}

/// <summary>Builder for a fixed-size column.</summary>
public sealed class ColumnBuilder<T> : ColumnBuilder
    where T : unmanaged
{
    private T[] _values;
    private bool[]? _valid;
    private int _count;

    public ColumnBuilder(ColumnSchema schema, int capacity = 1024)
        : base(schema)
    {
        _values = new T[Math.Max(capacity, 4)];
    }

    public override int Count => _count;

    public void Append(T value)
    {
        EnsureCapacity();
        _values[_count] = value;
        if (_valid is not null)
        {
            _valid[_count] = true;
        }

        _count++;
    }

    public void Append(T? value)
    {
        if (value is { } v)
        {
            Append(v);
        }
        else
        {
            AppendNull();
        }
    }

    public override void AppendNull()
    {
        EnsureCapacity();
        if (_valid is null)
        {
            _valid = new bool[_values.Length];
            Array.Fill(_valid, true, 0, _count);
        }

        _values[_count] = default;
        _valid[_count] = false;
        _count++;
    }

    public override void AppendObject(object? value)
    {
        if (value is null)
        {
            AppendNull();
            return;
        }

        var normalised = Normalise(Schema.Kind, value);
        Append(normalised is T t ? t : (T)Convert.ChangeType(normalised, typeof(T), CultureInfo.InvariantCulture));
    }

    public override Column Build()
    {
        var values = _values.AsSpan(0, _count).ToArray();
        var valid = _valid?.AsSpan(0, _count).ToArray();
        return new Column<T>(Schema, values, valid);
    }

    private void EnsureCapacity()
    {
        if (_count < _values.Length)
        {
            return;
        }

        Array.Resize(ref _values, _values.Length * 2);
        if (_valid is not null)
        {
            Array.Resize(ref _valid, _values.Length);
        }
    }
}

/// <summary>Builder for a string column.</summary>
public sealed class StringColumnBuilder : ColumnBuilder
{
    private readonly List<string?> _values;

    public StringColumnBuilder(ColumnSchema schema, int capacity = 1024)
        : base(schema)
    {
        _values = new List<string?>(capacity);
    }

    public override int Count => _values.Count;

    public void Append(string? value) => _values.Add(value);

    public override void AppendNull() => _values.Add(null);

    public override void AppendObject(object? value) =>
        _values.Add(value switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        });

    public override Column Build() => new StringColumn(Schema, [.. _values]);
}

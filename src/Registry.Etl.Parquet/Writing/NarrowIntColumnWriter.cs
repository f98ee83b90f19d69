using System.Globalization;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Writing;

/// <summary>INT(8) and INT(16) on INT32: checks every value fits the declared width before writing it.</summary>
internal sealed class NarrowIntColumnWriter : FixedWidthColumnWriter<int, Int32Traits>
{
    private readonly int _min;
    private readonly int _max;

    public NarrowIntColumnWriter(ParquetField field, ParquetWriterOptions options)
        : base(field, options, sizeof(int))
    {
        _max = (1 << (field.BitWidth - 1)) - 1;
        _min = -_max - 1;
    }

    public override void Append(ParquetColumnData data, int start, int count)
    {
        var typed = (ParquetColumnData<int>)data;
        var values = typed.Values.Span.Slice(start, count);
        var validity = typed.HasValidity ? typed.Validity.Span.Slice(start, count) : default;
        for (var i = 0; i < values.Length; i++)
        {
            if ((values[i] < _min || values[i] > _max) && (validity.IsEmpty || validity[i]))
            {
                Throw.Argument(
                    string.Create(CultureInfo.InvariantCulture, $"Column '{Field.Name}' row {start + i}: a value outside {_min}..{_max} does not fit {Field.LogicalTypeDisplay}."),
                    "columns");
            }
        }

        AppendValues(values, validity);
    }
}

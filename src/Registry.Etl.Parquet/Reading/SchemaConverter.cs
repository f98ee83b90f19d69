using System.Globalization;
using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>
/// Turns a footer's flattened schema tree into a flat <see cref="ParquetSchema"/>. The LogicalType wins
/// over the legacy ConvertedType when both are present (LogicalTypes.md). Groups and repeated fields are
/// nested data: a <see cref="ParquetNotSupportedException"/> naming the column.
/// </summary>
internal static class SchemaConverter
{
    public static ParquetSchema Convert(List<SchemaElement> elements, ParquetErrorLocation location)
    {
        if (elements.Count == 0)
        {
            Throw.Format("Corrupt file footer: the schema is empty", location);
        }

        var root = elements[0];
        var children = root.NumChildren ?? 0;
        if (children <= 0)
        {
            Throw.Format("Corrupt file footer: the schema root has no columns", location);
        }

        var fields = new List<ParquetField>(children);
        var next = 1;
        for (var c = 0; c < children; c++)
        {
            if (next >= elements.Count)
            {
                Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt file footer: the schema root declares {children} columns, the schema lists {elements.Count - 1}"), location);
            }

            var element = elements[next++];
            var where = location with { Column = element.Name };
            if ((element.NumChildren ?? 0) > 0 || element.Type is null)
            {
                Throw.NotSupported(string.Create(CultureInfo.InvariantCulture, $"Column '{element.Name}' is a nested group ({Describe(element)}); nested columns are not supported"), where);
            }

            if (element.RepetitionType == (int)ParquetRepetition.Repeated)
            {
                Throw.NotSupported($"Column '{element.Name}' is REPEATED; nested and repeated columns are not supported", where);
            }

            fields.Add(ToField(element, where));
        }

        if (next != elements.Count)
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt file footer: the schema lists {elements.Count - 1} elements, the root declares {children} columns"), location);
        }

        try
        {
            return new ParquetSchema(fields);
        }
        catch (ArgumentException e)
        {
            return Throw.Format<ParquetSchema>($"Corrupt file footer: {e.Message}", location, e);
        }
    }

    private static string Describe(SchemaElement element) =>
        element.LogicalTypeId switch
        {
            2 => "MAP",
            3 => "LIST",
            _ => element.ConvertedType switch
            {
                1 or 2 => "MAP",
                3 => "LIST",
                _ => "STRUCT",
            },
        };

    private static ParquetField ToField(SchemaElement e, ParquetErrorLocation where)
    {
        if (e.Type is < 0 or > 7)
        {
            Throw.Format($"Corrupt file footer: column '{e.Name}' has unknown physical type {e.Type}", where);
        }

        if (e.RepetitionType is { } rep && rep is not (0 or 1))
        {
            Throw.Format($"Corrupt file footer: column '{e.Name}' has unknown repetition {rep}", where);
        }

        var physical = (ParquetPhysicalType)e.Type!.Value;
        var repetition = e.RepetitionType == (int)ParquetRepetition.Required ? ParquetRepetition.Required : ParquetRepetition.Optional;
        var typeLength = 0;
        if (physical == ParquetPhysicalType.FixedLenByteArray)
        {
            typeLength = e.TypeLength ?? 0;
            if (typeLength <= 0)
            {
                Throw.Format($"Corrupt file footer: FIXED_LEN_BYTE_ARRAY column '{e.Name}' has no positive type_length", where);
            }
        }

        var logical = LogicalAnnotation.From(e, physical, where);
        return new ParquetField(e.Name, physical, repetition, logical.Type, logical.ValueKind(physical))
        {
            TypeLength = typeLength,
            Precision = logical.Precision,
            Scale = logical.Scale,
            TimeUnit = logical.Unit,
            IsAdjustedToUtc = logical.IsAdjustedToUtc,
            BitWidth = logical.BitWidth,
            IsSigned = logical.IsSigned,
            ConvertedType = e.ConvertedType,
        };
    }
}

namespace Registry.Etl.Parquet.Thrift;

/// <summary>
/// Type ids of the Thrift compact protocol (thrift doc/specs/thrift-compact-protocol.md). In a field
/// header the boolean value is the type (True/False); as a list element type, bool is 1 or 2.
/// </summary>
internal static class CompactType
{
    public const byte Stop = 0;
    public const byte BooleanTrue = 1;
    public const byte BooleanFalse = 2;
    public const byte I8 = 3;
    public const byte I16 = 4;
    public const byte I32 = 5;
    public const byte I64 = 6;
    public const byte Double = 7;
    public const byte Binary = 8;
    public const byte List = 9;
    public const byte Set = 10;
    public const byte Map = 11;
    public const byte Struct = 12;
    public const byte Uuid = 13;
}

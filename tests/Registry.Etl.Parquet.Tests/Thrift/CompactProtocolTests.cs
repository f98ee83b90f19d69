using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Parquet.Thrift;

namespace Registry.Etl.Parquet.Tests.Thrift;

/// <summary>The Thrift compact protocol (thrift doc/specs/thrift-compact-protocol.md), written and read back, and read defensively.</summary>
public sealed class CompactProtocolTests
{
    [Fact]
    public void WriteThenRead_AnyFieldValues_RoundTrip()
    {
        var cases = Gen.Zip(Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue)), Gen.Choose(1, 30000).Select(x => (short)x));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var ((i32, high), id) = c;
            var i64 = ((long)high << 32) | (uint)i32;
            var w = new CompactWriter();
            w.BeginStruct();
            w.FieldI32(1, i32);
            w.FieldI64(2, i64);
            w.FieldBool(3, i32 % 2 == 0);
            w.FieldString(id, "Zoë 日本語");
            w.EndStruct();

            var r = new CompactReader(w.WrittenSpan, 0, "test");
            short last = 0;
            Assert.True(r.NextField(ref last, out var t, out var f));
            Assert.Equal((1, i32), (f, r.ReadI32Field(t, f)));
            Assert.True(r.NextField(ref last, out t, out f));
            Assert.Equal((2, i64), (f, r.ReadI64Field(t, f)));
            Assert.True(r.NextField(ref last, out t, out f));
            Assert.Equal((3, i32 % 2 == 0), (f, r.ReadBoolField(t, f)));
            Assert.True(r.NextField(ref last, out t, out f));
            Assert.Equal(id, f);
            Assert.Equal("Zoë 日本語", r.ReadStringField(t, f));
            Assert.False(r.NextField(ref last, out _, out _));
            Assert.Equal(0, r.Remaining);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(300)]
    public void WriteThenRead_Lists_UseShortAndLongHeaders(int count)
    {
        var w = new CompactWriter();
        w.BeginStruct();
        w.FieldListBegin(1, CompactType.I32, count);
        for (var i = 0; i < count; i++)
        {
            w.I32(i - 150);
        }

        w.EndStruct();

        var r = new CompactReader(w.WrittenSpan, 0, "test");
        short last = 0;
        r.NextField(ref last, out var type, out var id);
        Assert.Equal(count, r.ReadListHeader(type, id, out var element));
        Assert.Equal(CompactType.I32, element);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(i - 150, r.ReadI32());
        }
    }

    [Fact]
    public void Read_KnownEncoding_MatchesTheSpecExamples()
    {
        // Field 1 i32 = 1 (zigzag 2), field 20 binary "ab" (long form: type byte then zigzag id 40), stop.
        byte[] bytes = [0x15, 0x02, 0x08, 0x28, 0x02, (byte)'a', (byte)'b', 0x00];
        var r = new CompactReader(bytes, 0, "test");
        short last = 0;

        Assert.True(r.NextField(ref last, out var t, out var id));
        Assert.Equal(1, r.ReadI32Field(t, id));
        Assert.True(r.NextField(ref last, out t, out id));
        Assert.Equal(20, id);
        Assert.Equal("ab", r.ReadStringField(t, id));
        Assert.False(r.NextField(ref last, out _, out _));
    }

    [Fact]
    public void Skip_UnknownNestedFields_LandsOnTheNextField()
    {
        var w = new CompactWriter();
        w.BeginStruct();
        w.FieldStructBegin(7);
        w.FieldListBegin(1, CompactType.Struct, 2);
        w.BeginStruct();
        w.FieldString(1, "x");
        w.EndStruct();
        w.BeginStruct();
        w.EndStruct();
        w.FieldI64(2, -5);
        w.EndStruct();
        w.FieldI32(8, 42);
        w.EndStruct();

        var r = new CompactReader(w.WrittenSpan, 0, "test");
        short last = 0;
        r.NextField(ref last, out var type, out _);
        r.Skip(type);
        r.NextField(ref last, out type, out var id);
        Assert.Equal((8, 42), (id, r.ReadI32Field(type, id)));
    }

    [Fact]
    public void Read_Truncated_ThrowsFormatExceptionWithOffset()
    {
        byte[] bytes = [0x15, 0x82];
        var e = Assert.Throws<ParquetFormatException>(() =>
        {
            var r = new CompactReader(bytes, 1000, "page header");
            short last = 0;
            r.NextField(ref last, out var t, out var f);
            r.ReadI32Field(t, f);
        });

        Assert.Contains("page header", e.Message, StringComparison.Ordinal);
        Assert.Equal(1002, e.Offset);
    }

    [Fact]
    public void Read_ListLongerThanTheBytes_ThrowsBeforeAllocating()
    {
        byte[] bytes = [0x19, 0xF5, 0xFF, 0xFF, 0xFF, 0xFF, 0x07];
        Assert.Throws<ParquetFormatException>(() =>
        {
            var r = new CompactReader(bytes, 0, "test");
            short last = 0;
            r.NextField(ref last, out var t, out var f);
            r.ReadListHeader(t, f, out _);
        });
    }

    [Fact]
    public void Skip_DeeplyNestedStructs_ThrowsInsteadOfOverflowingTheStack()
    {
        var bytes = Enumerable.Repeat((byte)0x1C, 100_000).ToArray(); // field 1, struct, nested forever
        Assert.Throws<ParquetFormatException>(() =>
        {
            var r = new CompactReader(bytes, 0, "test");
            r.SkipStruct();
        });
    }

    [Fact]
    public void Read_WrongTypeForKnownField_ThrowsFormatException()
    {
        byte[] bytes = [0x18, 0x01, (byte)'x', 0x00]; // field 1 as binary
        Assert.Throws<ParquetFormatException>(() =>
        {
            var r = new CompactReader(bytes, 0, "test");
            short last = 0;
            r.NextField(ref last, out var t, out var f);
            r.ReadI32Field(t, f);
        });
    }
}

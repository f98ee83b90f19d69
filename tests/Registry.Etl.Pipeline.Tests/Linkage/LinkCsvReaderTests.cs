using System.Text;
using Registry.Etl.Core.Errors;
using Registry.Etl.Pipeline.Linkage;

namespace Registry.Etl.Pipeline.Tests.Linkage;

public sealed class LinkCsvReaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "link-csv-" + Guid.NewGuid().ToString("N"));

    public LinkCsvReaderTests() => Directory.CreateDirectory(_dir);

    [Fact]
    public void Read_PaddedFields_AreTrimmedAndEmptyIsNull()
    {
        var path = Write("a.csv", "rec_id, name, postcode\nrec-1-org, jan ,  \nrec-1-dup-0, \"de jong, j\", 0123\n", Encoding.UTF8);
        var table = LinkCsvReader.Read(path, new LinkCsvOptions());
        Assert.Equal(["rec_id", "name", "postcode"], table.Schema.Select(c => c.Name));
        Assert.Equal("jan", table.GetString("name")[0]);
        Assert.Null(table.GetString("postcode")[0]);
        Assert.Equal("de jong, j", table.GetString("name")[1]);
        Assert.Equal("0123", table.GetString("postcode")[1]); // leading zero kept: text
    }

    [Fact]
    public void Read_Windows1252SemicolonsNoHeader_ReadsColumnsByPosition()
    {
        var path = Write("b.csv", "1;Müller;2\n2;Ødegård;3\n", Encoding.Latin1);
        var table = LinkCsvReader.Read(path, new LinkCsvOptions(';', "windows-1252", HasHeader: false));
        Assert.Equal(["column1", "column2", "column3"], table.Schema.Select(c => c.Name));
        Assert.Equal("Müller", table.GetString("column2")[0]);
    }

    [Fact]
    public void Read_MissingFile_FailsNamingIt()
    {
        var e = Assert.Throws<DataFileException>(() => LinkCsvReader.Read(Path.Combine(_dir, "none.csv"), new LinkCsvOptions()));
        Assert.EndsWith("none.csv", e.Location.File, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text, Encoding encoding)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, encoding.GetBytes(text));
        return path;
    }
}

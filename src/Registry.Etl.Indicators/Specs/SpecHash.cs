using System.Security.Cryptography;
using System.Text;

namespace Registry.Etl.Indicators.Specs;

/// <summary>
/// The identity of a spec version: sha256 (lower-case hex) of its canonical text: UTF-8, no BOM, LF line
/// ends. So a checkout with CRLF line ends or a BOM gives the same hash; any other change does not.
/// </summary>
public static class SpecHash
{
    public static string Canonical(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.StartsWith('\uFEFF') ? text[1..] : text;
        return t.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    public static string Compute(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(text))));
}

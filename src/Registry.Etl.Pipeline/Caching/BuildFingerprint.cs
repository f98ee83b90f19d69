using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Registry.Etl.Pipeline.Caching;

/// <summary>
/// Which build of registry-etl made a cache entry. Part of every ingest-cache key, so a new build (a fixed
/// validation rule, a changed standardisation, another Parquet writer) parses its exports again instead of
/// reusing what an older build made: the outputs of a run then depend on its inputs and its build only,
/// byte for byte the same as a run with an empty cache (the files carry the build in Parquet's created_by).
/// </summary>
public static class BuildFingerprint
{
    /// <summary>8 hex digits of SHA-256 over the assembly's informational version (version + source revision).</summary>
    public static string Value { get; } = Of(
        typeof(BuildFingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    internal static string Of(string informationalVersion) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(informationalVersion)))[..8];
}

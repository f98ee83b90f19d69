namespace Registry.Etl.Pipeline.Caching;

/// <summary>
/// What makes a standardised file reusable: the export's bytes (SHA-256) and the contract version that
/// read them, and the build that made the entry. A new contract version re-reads every file; a changed export
/// re-reads only that file; a new build of registry-etl re-reads everything once (<see cref="BuildFingerprint"/>).
/// </summary>
public readonly record struct IngestCacheKey(string Sha256, string ContractId, string ContractVersion)
{
    /// <summary>The build the entry is for; this build unless a test says otherwise.</summary>
    public string Build { get; init; } = BuildFingerprint.Value;

    /// <summary>The folder name of the entry; sanitised so a contract id can never escape the cache.</summary>
    internal string FolderName
    {
        get
        {
            var name = $"{Sha256}.{ContractId}@{ContractVersion}.{Build}";
            Span<char> chars = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                chars[i] = char.IsAsciiLetterOrDigit(c) || c is '.' or '@' or '-' or '_' ? c : '_';
            }

            return new string(chars);
        }
    }

    /// <summary>
    /// The build a <see cref="FolderName"/> was made by (its last part, after a dot), or null for a folder named
    /// before builds were part of the key.
    /// </summary>
    internal static string? BuildOf(string folderName)
    {
        var build = folderName[(folderName.LastIndexOf('.') + 1)..];
        return build.Length == BuildFingerprint.Value.Length && build.All(char.IsAsciiHexDigitLower) ? build : null;
    }
}

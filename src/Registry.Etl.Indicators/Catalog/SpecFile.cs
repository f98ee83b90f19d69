namespace Registry.Etl.Indicators.Catalog;

/// <summary>A spec file found under the specs folder: <c>&lt;folder&gt;/v&lt;version&gt;.yaml</c>.</summary>
/// <param name="Path">Full path.</param>
/// <param name="DisplayPath">Path as shown in messages: relative to the specs folder's parent, '/'-separated.</param>
/// <param name="Folder">The indicator folder name (must equal the spec's id).</param>
/// <param name="FileVersion">The version in the file name, or null when the name is not <c>v&lt;n&gt;.yaml</c>.</param>
public sealed record SpecFile(string Path, string DisplayPath, string Folder, int? FileVersion);

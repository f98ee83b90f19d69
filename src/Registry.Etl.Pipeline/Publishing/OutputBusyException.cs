using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Publishing;

/// <summary>Another run holds the output folder: transient, a later attempt may get it.</summary>
public sealed class OutputBusyException(string root, Exception inner)
    : RegistryEtlException($"Another run is writing to '{root}'; gave up waiting for it.", inner)
{
    public override bool IsTransient => true;
}

using System.Text;
using Registry.Etl.Core;

namespace Registry.Etl.Ingest.Pseudonyms;

/// <summary>Where the pseudonym secret comes from: the environment, never a file in the repository or a command line.</summary>
public static class PseudonymSecret
{
    public const string KeyVariable = "REGISTRY_ETL_PSEUDONYM_KEY";
    public const string KeyFileVariable = "REGISTRY_ETL_PSEUDONYM_KEY_FILE";

    /// <summary>Reads the secret from <see cref="KeyVariable"/> or the file <see cref="KeyFileVariable"/> names.</summary>
    public static byte[] FromEnvironment() =>
        From(Environment.GetEnvironmentVariable(KeyVariable), Environment.GetEnvironmentVariable(KeyFileVariable));

    public static byte[] From(string? key, string? keyFile)
    {
        if (!string.IsNullOrEmpty(key))
        {
            return Encoding.UTF8.GetBytes(key);
        }

        if (!string.IsNullOrEmpty(keyFile))
        {
            if (!File.Exists(keyFile))
            {
                return Throw.Configuration<byte[]>($"{KeyFileVariable} names a file that does not exist.");
            }

            var text = File.ReadAllText(keyFile, Encoding.UTF8).Trim();
            return text.Length > 0 ? Encoding.UTF8.GetBytes(text) : Throw.Configuration<byte[]>($"The file {KeyFileVariable} names is empty.");
        }

        return Throw.Configuration<byte[]>(
            $"No pseudonym secret: set {KeyVariable} to the secret text, or {KeyFileVariable} to a file holding it " +
            "(at least 16 characters; keep it out of the repository, the same secret must be used for every run that is linked).");
    }
}

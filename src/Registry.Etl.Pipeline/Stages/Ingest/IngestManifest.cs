using System.Text.Json;

namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>
/// The manifest of an ingest: per file the contract, export date and row accounting (read = accepted +
/// quarantined) or the failure, the issue counts, and the resolution. Deterministic bytes: fixed key
/// order, no clock, no machine paths.
/// </summary>
public static class IngestManifest
{
    public static byte[] ToJson(SourceIngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("source", result.Source);
            w.WriteStartArray("contracts");
            foreach (var c in result.ContractsUsed)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("valid_from", c.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("sha256", c.Sha256);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("files");
            foreach (var f in result.Files)
            {
                w.WriteStartObject();
                w.WriteString("file", f.Name);
                w.WriteString("contract", f.ContractId);
                w.WriteString("export_date", f.ExportDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("status", f.Error is null ? "read" : "failed");
                w.WriteNumber("rows_read", f.RowsRead);
                w.WriteNumber("rows_accepted", f.RowsAccepted);
                w.WriteNumber("rows_quarantined", f.RowsQuarantined);
                w.WriteStartObject("issues");
                foreach (var (code, n) in f.IssueCounts)
                {
                    w.WriteNumber(code, n);
                }

                w.WriteEndObject();
                if (f.Error is not null)
                {
                    w.WriteString("error", f.Error);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("totals");
            w.WriteNumber("files", result.Files.Count);
            w.WriteNumber("files_failed", result.Files.Count(f => f.Error is not null));
            w.WriteNumber("rows_read", result.Files.Sum(f => f.RowsRead));
            w.WriteNumber("rows_accepted", result.Files.Sum(f => f.RowsAccepted));
            w.WriteNumber("rows_quarantined", result.Files.Sum(f => f.RowsQuarantined));
            w.WriteEndObject();
            w.WriteStartObject("resolution");
            w.WriteString("rule", "latest export wins per source_key; ties in one file: last row");
            w.WriteNumber("rows_in", result.Resolution.RowsIn);
            w.WriteNumber("rows_out", result.Resolution.RowsOut);
            w.WriteNumber("superseded_by_later_export", result.Resolution.SupersededByLaterExport);
            w.WriteNumber("superseded_within_file", result.Resolution.SupersededWithinFile);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}

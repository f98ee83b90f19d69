using System.Text;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Datasets;
using Registry.Etl.Indicators.Tests.Support;
using Registry.Etl.Synthetic;
using Registry.Etl.Synthetic.Calibration;

namespace Registry.Etl.Indicators.Tests.Engine;

/// <summary>
/// A seeded synthetic world large enough to power outlier detection in one year (20 hospitals, 15,000
/// resections a year, as the generator's own tests; the committed sample-data has ~100 records per hospital
/// a year, too few for a 2 % outcome), its DCRA
/// exports turned into the dataset table, and the planted roles from truth/hospitals.csv.
/// </summary>
public sealed class PlantedTruthFixture
{
    public static readonly SyntheticOptions Options = new()
    {
        Seed = 11,
        Years = 2,
        FirstYear = 2023,
        Sources = SyntheticSource.Dcra,
        Calibration = new SyntheticCalibration
        {
            Volumes = new VolumeCalibration
            {
                Hospitals = 20,
                LiverCentres = 6,
                DcraPerYear = 15_000,
                DhbaPerYear = 1_000,
                NkrPerYear = 12_000,
                LbzPerYear = 20_000,
                BackgroundPopulation = 20_000,
            },
            Dcra = new DcraCalibration { LeakOutliers = 2, MortalityOutliers = 2, CaseMixOnly = 2 },
        },
    };

    public PlantedTruthFixture()
    {
        var sink = new MemorySink();
        new SyntheticGenerator(Options).Generate(sink);
        Dcra = AuditExports.Build(DatasetSchemas.Dcra, sink.Files);
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = Encoding.UTF8.GetString(sink.Files["truth/hospitals.csv"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var role = Array.IndexOf(header, "role");
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            roles[fields[0]] = fields[role];
        }

        Roles = roles;
    }

    public Table Dcra { get; }

    /// <summary>AGB -> role (normal, or |-separated leak_outlier, mortality_outlier, casemix_only, ...).</summary>
    public IReadOnlyDictionary<string, string> Roles { get; }

    public IEnumerable<string> WithRole(string role) =>
        Roles.Where(r => r.Value.Split('|').Contains(role)).Select(r => r.Key).Order(StringComparer.Ordinal);
}

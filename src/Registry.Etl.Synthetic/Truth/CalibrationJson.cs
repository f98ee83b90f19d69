using System.Text.Encodings.Web;
using System.Text.Json;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Truth;

/// <summary>
/// truth/calibration.json: the options that shape the world, the full calibration record, and the
/// intercepts the generator calibrated, so a scorer can recompute every planted risk.
/// </summary>
internal static class CalibrationJson
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(SyntheticWorld world, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Json.Encoder });
        w.WriteStartObject();
        w.WriteString("generator", "registry-etl synth");
        w.WriteNumber("seed", world.Seed);
        w.WriteString("scale", world.Options.Scale.ToString().ToLowerInvariant());
        w.WriteNumber("first_year", world.Window.FirstYear);
        w.WriteNumber("years", world.Window.Years);
        w.WritePropertyName("calibration");
        JsonSerializer.Serialize(w, world.Calibration, Json);
        w.WriteStartObject("intercepts");
        Array(w, "dcra_leak_other_lar_primary_lar_diverted", world.DcraIntercepts.Leak);
        w.WriteNumber("dcra_severe_other", world.DcraIntercepts.Severe);
        w.WriteNumber("dcra_minor", world.DcraIntercepts.Minor);
        Array(w, "dcra_mortality_colon_rectum", world.DcraIntercepts.Mortality);
        w.WriteNumber("dcra_readmission", world.DcraIntercepts.Readmission);
        w.WriteNumber("dcra_crm_positive", world.DcraIntercepts.Crm);
        w.WriteNumber("dhba_combined", world.DhbaModel.CombinedIntercept);
        Array(w, "dhba_morbidity_minor_major_ablation", world.DhbaModel.MorbidityIntercepts);
        Array(w, "dhba_mortality_minor_major_ablation", world.DhbaModel.MortalityIntercepts);
        w.WriteNumber("dhba_readmission", world.DhbaModel.ReadmissionIntercept);
        w.WriteEndObject();
        w.WriteStartObject("models");
        w.WriteString("dcra", "logit p = intercept + case-mix predictor (src/Registry.Etl.Synthetic/Dcra/DcraRiskModel.cs) + hospital effect (truth/hospitals.csv u_*); death adds 1.4 after a leak and 1.6 after another severe complication");
        w.WriteString("dhba", "logit p = intercept per outcome group + predictor (src/Registry.Etl.Synthetic/Dhba/DhbaOutcomeModel.cs) + u_dhba_morbidity; death adds 2.0 after major morbidity");
        w.WriteString("survival", "constant hazards per patient (truth/crc_patients.csv): death = population Gompertz by age and sex + excess by stage; recurrence hazard solved so the 3-year cumulative incidence with death competing equals calibration.dcra.recurrence_three_year; after recurrence or liver treatment new constant death hazards (src/Registry.Etl.Synthetic/Dcra/Hazards.cs)");
        w.WriteEndObject();
        w.WriteStartArray("noise_tags");
        foreach (var name in NoiseTagNames.All)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void Array(Utf8JsonWriter w, string name, double[] values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteNumberValue(v);
        }

        w.WriteEndArray();
    }
}

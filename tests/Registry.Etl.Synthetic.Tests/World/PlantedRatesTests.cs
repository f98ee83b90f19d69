using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Tests.Support;

namespace Registry.Etl.Synthetic.Tests.World;

/// <summary>The generated outcomes land within binomial tolerance of the configured (calibration) rates.</summary>
public sealed class PlantedRatesTests
{
    private static Synthetic.World.SyntheticWorld W => ModerateWorld.World;

    private static List<DcraCase> Resected => W.Colorectal.Where(c => c.Resected).ToList();

    [Fact]
    public void DcraLeakage_ByAnastomosisGroup_MatchesConfiguredRates()
    {
        var dcra = W.Calibration.Dcra;
        var groups = new[] { (0, dcra.LeakColon, "other resections"), (1, dcra.LeakLarPrimary, "LAR primary anastomosis"), (2, dcra.LeakLarDiverted, "LAR diverting stoma") };
        foreach (var (group, target, name) in groups)
        {
            var members = Resected.Where(c => DcraRiskModel.LeakGroup(c) == group).ToList();
            ModerateWorld.AssertRate(target, members.Count(c => c.Leakage is 1 or 3), members.Count, $"leakage, {name}");
        }
    }

    [Fact]
    public void DcraMortality_ColonAndRectum_MatchConfiguredRates()
    {
        var colon = Resected.Where(c => c.Location != TumourLocation.Rectum).ToList();
        var rectum = Resected.Where(c => c.Location == TumourLocation.Rectum).ToList();
        ModerateWorld.AssertRate(W.Calibration.Dcra.MortalityColon, colon.Count(c => c.PostoperativeDeath), colon.Count, "mortality colon");
        ModerateWorld.AssertRate(W.Calibration.Dcra.MortalityRectum, rectum.Count(c => c.PostoperativeDeath), rectum.Count, "mortality rectum");
    }

    [Fact]
    public void DcraComplicationsReadmissionsAndCrm_MatchConfiguredRates()
    {
        var dcra = W.Calibration.Dcra;
        var all = Resected;
        ModerateWorld.AssertRate(dcra.SevereOther, all.Count(c => c.SevereOther), all.Count, "severe other complication");
        var calm = all.Where(c => !c.Leak && !c.SevereOther && c.Leakage != 2).ToList();
        ModerateWorld.AssertRate(dcra.Minor, calm.Count(c => c.MinorComplication), calm.Count, "minor complication");
        var alive = all.Where(c => !c.DiedInHospital).ToList();
        ModerateWorld.AssertRate(dcra.Readmission, alive.Count(c => c.Readmitted), alive.Count, "readmission");
        var tme = all.Where(c => c.TotalMesorectalExcision).ToList();
        ModerateWorld.AssertRate(dcra.CrmPositive, tme.Count(c => c.Crm is 0 or 1), tme.Count, "CRM positive after TME");
        ModerateWorld.AssertRate(dcra.NotRegistered, all.Count(c => !c.Registered), all.Count, "not registered in DCRA");
    }

    [Fact]
    public void DcraCaseMix_SiteShares_MatchConfiguredShares()
    {
        var dcra = W.Calibration.Dcra;
        var all = Resected;
        ModerateWorld.AssertRate(dcra.DoubleShare, all.Count(c => c.SecondSite.Length > 0), all.Count, "double tumours");
        var rectumOnly = all.Count(c => c.SecondSite.Length == 0 && c.Location == TumourLocation.Rectum);
        ModerateWorld.AssertRate(dcra.RectumShare, rectumOnly, all.Count, "rectum");
    }

    /// <summary>Emergent quantities are not planted directly; they must land in the bands domain.md 9 reports.</summary>
    [Fact]
    public void DcraEmergentOutcomes_LieInLiteratureBands()
    {
        var all = Resected;
        var complicated = all.Count(c => c.Complication && (c.LengthOfStay > 14 || c.Reintervention > 0 || c.PostoperativeDeath)) / (double)all.Count;
        Assert.InRange(complicated, 0.10, 0.20);
        var los = all.Select(c => c.LengthOfStay).Order().ToArray();
        Assert.InRange(los[los.Length / 2], 4, 7);
        var colon = all.Where(c => c.Location != TumourLocation.Rectum).ToList();
        var textbook = colon.Count(c => !c.DiedInHospital && c.Radicality == 0 && c.Reintervention == 0 && c.Anastomosis == 1
            && c.ClavienDindo < 3 && c.LengthOfStay < 14) / (double)colon.Count;
        Assert.InRange(textbook, 0.45, 0.80);
        var severe = all.Where(c => c.ClavienDindo >= 3).ToList();
        var failureToRescue = severe.Count(c => c.PostoperativeDeath) / (double)severe.Count;
        Assert.InRange(failureToRescue, 0.08, 0.25);
    }

    [Fact]
    public void Recurrence_ThreeYearCumulativeIncidence_MatchesConfiguredTable()
    {
        var table = W.Calibration.Dcra.RecurrenceThreeYear;
        foreach (var location in Enum.GetValues<TumourLocation>())
        {
            for (var stage = 1; stage <= 3; stage++)
            {
                var cell = Resected.Where(c => c.RecurrenceFollowed && c.Location == location && c.Stage == stage).ToList();
                var events = cell.Count(c => c.RecurrenceDay <= c.OperationDay + (int)(3 * Hazards.DaysPerYear));
                ModerateWorld.AssertRate(table[(int)location * 3 + stage - 1], events, cell.Count, $"3-year recurrence {location} stage {stage}");
            }
        }
    }

    [Fact]
    public void Dhba_MortalityMorbidityCombinedAndProgression_MatchConfiguredRates()
    {
        var dhba = W.Calibration.Dhba;
        var liver = W.Liver;
        var groups = new[] { (0, dhba.MajorMorbidityMinor, dhba.MortalityMinor, "minor"), (1, dhba.MajorMorbidityMajor, dhba.MortalityMajor, "major"), (2, dhba.MajorMorbidityAblation, dhba.MortalityAblation, "ablation") };
        foreach (var (group, morbidity, mortality, name) in groups)
        {
            var members = liver.Where(d => d.OutcomeGroup == group).ToList();
            ModerateWorld.AssertRate(morbidity, members.Count(d => d.MajorMorbidity), members.Count, $"major morbidity {name}");
            var mortal = members.Where(d => !d.Simultaneous).ToList();
            ModerateWorld.AssertRate(mortality, mortal.Count(d => d.PostoperativeDeath), mortal.Count, $"mortality {name}", z: 5);
        }

        var crlm = liver.Where(d => d.Diagnosis == 1).ToList();
        ModerateWorld.AssertRate(dhba.CombinedShare, crlm.Count(d => d.ProcedureType == 3), crlm.Count, "combined resection + ablation (CRLM)");
        var ablated = liver.Where(d => d.Ablated && !d.PostoperativeDeath).ToList();
        var progressed = ablated.Count(d => d.LocalProgressionDay <= d.ProcedureDay + 365);
        ModerateWorld.AssertRate(dhba.LocalProgressionOneYear, progressed, ablated.Count, "local progression at one year");
        ModerateWorld.AssertRate(dhba.DiagnosisShares[0], crlm.Count, liver.Count, "CRLM share", z: 6);
    }

    [Fact]
    public void Dhba_StandAloneAblation_OnlyFromConfiguredYear()
    {
        var from = W.Calibration.Dhba.AblationOnlyFromYear;
        Assert.All(W.Liver.Where(d => d.ProcedureType == 2), d => Assert.True(DateOnly.FromDayNumber(d.ProcedureDay).Year >= from));
        Assert.Contains(W.Liver, d => d.ProcedureType == 2);
    }

    [Fact]
    public void Volumes_PerYear_MatchConfiguredVolumes()
    {
        var v = W.Calibration.Volumes;
        var registered = W.Colorectal.Count(c => c.Registered) / (double)W.Window.Years;
        Assert.InRange(registered, v.DcraPerYear * 0.97, v.DcraPerYear * 1.03);
        Assert.InRange(W.Liver.Count / (double)W.Window.Years, v.DhbaPerYear * 0.9, v.DhbaPerYear * 1.1);
        var lbz = Enumerable.Range(0, W.Window.Months).Sum(m => W.CohortAdmissions[m].Count + W.CancerAdmissions[m].Count + W.BackgroundEpisodes[m] * (1 + W.Calibration.Lbz.Readmission));
        Assert.InRange(lbz / W.Window.Years, v.LbzPerYear * 0.93, v.LbzPerYear * 1.07);
    }
}

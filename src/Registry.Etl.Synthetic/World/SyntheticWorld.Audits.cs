using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.World;

internal sealed partial class SyntheticWorld
{
    /// <summary>Per hospital, the DCRA rows of every quarterly export, ordered as written.</summary>
    public List<AuditEmission>[] DcraEmissions { get; private set; } = [];

    public List<AuditEmission>[] DhbaEmissions { get; private set; } = [];

    /// <summary>Per colorectal case index, what its first submission got wrong (if it is corrected later).</summary>
    public CorrectionKind[] DcraCorrections { get; private set; } = [];

    public CorrectionKind[] DhbaCorrections { get; private set; } = [];

    private void PlanAuditExports()
    {
        var noise = Calibration.Noise;
        DcraEmissions = NewLists();
        DcraCorrections = new CorrectionKind[Colorectal.Count];
        foreach (var c in Colorectal)
        {
            if (!c.Registered)
            {
                continue;
            }

            var rng = Rng.For(Seed, StreamId.DcraExport, c.Index);
            var complete = Math.Max(c.OperationDay + 30, c.DischargeDay);
            DcraCorrections[c.Index] = AuditPlanner.Plan(
                ref rng, Calendar, noise, c.Hospital, c.Index, complete, c.Complication && !c.PostoperativeDeath, [], DcraEmissions[c.Hospital.Index]);
        }

        DhbaEmissions = NewLists();
        DhbaCorrections = new CorrectionKind[Liver.Count];
        foreach (var d in Liver)
        {
            var rng = Rng.For(Seed, StreamId.DhbaExport, d.Person.Id, d.ProcedureDay);
            var complete = Math.Max(d.ProcedureDay + 30, d.DischargeDay);
            DhbaCorrections[d.Index] = AuditPlanner.Plan(
                ref rng, Calendar, noise, d.Hospital, d.Index, complete, d.Complication && !d.PostoperativeDeath, d.ImagingDays, DhbaEmissions[d.Hospital.Index]);
        }

        foreach (var list in DcraEmissions)
        {
            list.Sort((a, b) => Compare(a, b, Colorectal[a.Case].OperationDay, Colorectal[b.Case].OperationDay));
        }

        foreach (var list in DhbaEmissions)
        {
            list.Sort((a, b) => Compare(a, b, Liver[a.Case].ProcedureDay, Liver[b.Case].ProcedureDay));
        }
    }

    /// <summary>File order: by export, then first submissions, re-sends, duplicates; within those by record.</summary>
    private static int Compare(AuditEmission a, AuditEmission b, int dayA, int dayB)
    {
        var c = a.Quarter.CompareTo(b.Quarter);
        if (c != 0)
        {
            return c;
        }

        c = a.Duplicate.CompareTo(b.Duplicate);
        if (c != 0)
        {
            return c;
        }

        c = (a.Version > 1).CompareTo(b.Version > 1);
        if (c != 0)
        {
            return c;
        }

        c = dayA.CompareTo(dayB);
        return c != 0 ? c : a.Case.CompareTo(b.Case);
    }

    private List<AuditEmission>[] NewLists()
    {
        var lists = new List<AuditEmission>[Hospitals.Length];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }

        return lists;
    }
}

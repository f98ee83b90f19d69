using System.Globalization;
using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Dhba;

namespace Registry.Etl.Synthetic.World;

internal sealed partial class SyntheticWorld
{
    private void BuildRegistries()
    {
        AssignRecordIds();
        BuildNkrCohort();
        PlanAuditExports();
        BuildLbz();
    }

    /// <summary>Registration ids per hospital in order of operation, in the vendor's style.</summary>
    private void AssignRecordIds()
    {
        var dcraByHospital = Group(Colorectal.Where(c => c.Registered), c => c.Hospital.Index, c => c.OperationDay, c => c.Index);
        var dhbaByHospital = Group(Liver, d => d.Hospital.Index, d => d.ProcedureDay, d => d.Index);
        foreach (var hospital in Hospitals)
        {
            var dcra = dcraByHospital[hospital.Index];
            for (var k = 0; k < dcra.Count; k++)
            {
                dcra[k].RecordId = hospital.Vendor < 2
                    ? (hospital.RecordIdBase + k + 1).ToString(CultureInfo.InvariantCulture)
                    : "CR" + (k + 1).ToString("D6", CultureInfo.InvariantCulture);
                dcra[k].PatientNumber = Keys.PatientNumber(hospital, dcra[k].Person.Id);
            }

            var dhba = dhbaByHospital[hospital.Index];
            for (var k = 0; k < dhba.Count; k++)
            {
                dhba[k].RecordId = hospital.Vendor < 2
                    ? "L" + (k + 1).ToString("D5", CultureInfo.InvariantCulture)
                    : (hospital.RecordIdBase / 10 + 500_000 + k + 1).ToString(CultureInfo.InvariantCulture);
                dhba[k].PatientNumber = Keys.PatientNumber(hospital, dhba[k].Person.Id);
            }
        }
    }

    private List<T>[] Group<T>(IEnumerable<T> items, Func<T, int> hospital, Func<T, int> day, Func<T, int> index)
    {
        var groups = new List<T>[Hospitals.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = [];
        }

        foreach (var item in items)
        {
            groups[hospital(item)].Add(item);
        }

        foreach (var g in groups)
        {
            g.Sort((a, b) => day(a) != day(b) ? day(a).CompareTo(day(b)) : index(a).CompareTo(index(b)));
        }

        return groups;
    }

    public static string DcraKey(DcraCase c) => $"{c.Hospital.Agb}|{c.RecordId}";

    public static string DhbaKey(DhbaCase d) => $"{d.Hospital.Agb}|{d.RecordId}";
}

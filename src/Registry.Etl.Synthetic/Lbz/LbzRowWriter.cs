using System.Globalization;
using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Lbz;

/// <summary>
/// Renders LBZ rows without allocating: identity noise per admission (the same for a corrected
/// re-delivery), DHD's pseudonym (missing or someone else's when the hospital's BSN was missing or
/// mistyped), `|`-separated diagnoses and `code:yyyyMMdd` procedures.
/// </summary>
internal sealed class LbzRowWriter
{
    private const string CareTypes = "KDO";
    private readonly SyntheticWorld _world;

    public LbzRowWriter(SyntheticWorld world) => _world = world;

    /// <param name="flawed">A first delivery that a later month corrects: diagnoses still missing.</param>
    public NoiseTags Write(CsvWriter w, in LbzAdmission a, bool flawed)
    {
        var rng = Rng.For(_world.Seed, StreamId.LbzNoise, a.Id);
        var identity = _world.Noiser.Apply(ref rng, a.Person, a.AdmissionDay, _world.Calibration.Noise.Lbz, withBsn: false);
        var tags = identity.Tags & ~(NoiseTags.BsnMissing | NoiseTags.BsnTypo | NoiseTags.NoBsn);
        Span<char> buffer = stackalloc char[160];
        a.Id.TryFormat(buffer, out var written, "D13", CultureInfo.InvariantCulture);
        w.Field(buffer[..written]);
        if ((identity.Tags & (NoiseTags.BsnMissing | NoiseTags.NoBsn)) != 0)
        {
            tags |= NoiseTags.PseudonymMissing;
            w.Empty();
        }
        else
        {
            var other = (identity.Tags & NoiseTags.BsnTypo) != 0;
            tags |= other ? NoiseTags.PseudonymOther : NoiseTags.None;
            var pseudonym = other ? _world.Keys.DhdPseudonymOther(a.Person.Id, a.Id) : _world.Keys.DhdPseudonym(a.Person.Id);
            pseudonym.TryFormat(buffer, out written, "X16", CultureInfo.InvariantCulture);
            w.Field(buffer[..written]);
        }

        w.Date(identity.DateOfBirth);
        w.Int(identity.Sex);
        if (identity.Postcode < 0)
        {
            w.Empty();
        }
        else
        {
            w.Field(buffer[..Postcode.Format(identity.Postcode, PostcodeStyle.Compact, buffer)]);
        }

        w.Field(_world.Hospitals[a.Hospital].Agb);
        w.Date(a.AdmissionDay);
        w.Date(a.DischargeDay);
        w.Field(CareTypes.AsSpan(a.CareType, 1));
        w.Int(a.Acute ? 1 : 2);
        w.Int(a.Origin);
        w.Int(flawed && a.SecondaryCount == 0 ? 9 : a.Destination);
        w.Field(a.Specialty);
        w.Field(a.MainDiagnosis);
        w.Field(buffer[..Secondary(a, flawed, buffer)]);
        w.Field(buffer[..Procedures(a, buffer)]);
        w.Int(a.IcuDays);
        w.EndRow();
        return tags | (flawed ? NoiseTags.FlawMissing : NoiseTags.None);
    }

    private static int Secondary(in LbzAdmission a, bool flawed, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < a.SecondaryCount && !flawed; i++)
        {
            if (i > 0)
            {
                buffer[length++] = '|';
            }

            var code = a.Secondary[i]!;
            code.CopyTo(buffer[length..]);
            length += code.Length;
        }

        return length;
    }

    private static int Procedures(in LbzAdmission a, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < a.ProcedureCount; i++)
        {
            if (i > 0)
            {
                buffer[length++] = '|';
            }

            var code = a.Procedures[i]!;
            code.CopyTo(buffer[length..]);
            length += code.Length;
            buffer[length++] = ':';
            CsvWriter.CompactDate(buffer[length..], a.ProcedureDays[i]);
            length += 8;
        }

        return length;
    }
}

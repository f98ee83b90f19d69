using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Identity;

/// <summary>Turns a true identity into what one record shows: typos, swaps, missing values, stale addresses.</summary>
internal sealed class IdentityNoiser
{
    private readonly Bsn _bsn;
    private readonly long _bsnPersons;

    /// <param name="bsn">The BSN map.</param>
    /// <param name="bsnPersons">Persons that exist (for BSN mix-ups, which pick another existing person).</param>
    public IdentityNoiser(Bsn bsn, long bsnPersons)
    {
        _bsn = bsn;
        _bsnPersons = Math.Clamp(bsnPersons, 2, Bsn.Capacity);
    }

    public Bsn BsnMap => _bsn;

    public RecordIdentity Apply(ref Rng rng, in Person person, int recordDay, IdentityNoise rates, bool withBsn = true)
    {
        var tags = NoiseTags.None;
        var bsn = "";
        var bsnDraw = rng.NextDouble();
        if (!person.HasBsn)
        {
            tags |= NoiseTags.NoBsn;
        }
        else if (bsnDraw < rates.BsnMissing)
        {
            tags |= NoiseTags.BsnMissing;
        }
        else if (bsnDraw < rates.BsnMissing + rates.BsnTypo)
        {
            bsn = withBsn ? BsnTypo(ref rng, Bsn.Format(_bsn.ForIndex(person.Id))) : "";
            tags |= NoiseTags.BsnTypo;
        }
        else if (bsnDraw < rates.BsnMissing + rates.BsnTypo + rates.BsnOtherPerson)
        {
            var other = (person.Id + 1 + rng.BelowLong(_bsnPersons - 1)) % _bsnPersons;
            bsn = withBsn ? Bsn.Format(_bsn.ForIndex(other)) : "";
            tags |= NoiseTags.BsnOtherPerson;
        }
        else if (withBsn)
        {
            bsn = Bsn.Format(_bsn.ForIndex(person.Id));
        }

        var dob = person.DateOfBirth;
        var dobDraw = rng.NextDouble();
        if (dobDraw < rates.DobTypo)
        {
            dob = DobTypo(ref rng, dob, recordDay);
            tags |= dob != person.DateOfBirth ? NoiseTags.DobTypo : NoiseTags.None;
        }
        else if (dobDraw < rates.DobTypo + rates.DobSwap && TrySwap(dob, out var swapped))
        {
            dob = swapped;
            tags |= NoiseTags.DobSwap;
        }

        var sex = person.Sex;
        if (rng.Chance(rates.SexMismatch))
        {
            sex = (byte)(3 - sex);
            tags |= NoiseTags.SexMismatch;
        }

        var postcode = person.PostcodeOn(recordDay);
        if (postcode != person.Postcode)
        {
            tags |= NoiseTags.PostcodeMoved;
        }

        var pcDraw = rng.NextDouble();
        if (pcDraw < rates.PostcodeMissing)
        {
            postcode = -1;
            tags |= NoiseTags.PostcodeMissing;
        }
        else if (pcDraw < rates.PostcodeMissing + rates.PostcodeTypo)
        {
            postcode = Postcode.Typo(ref rng, postcode);
            tags |= NoiseTags.PostcodeTypo;
        }
        else if (recordDay >= person.MoveDay && rng.Chance(rates.PostcodeStale))
        {
            // Only a record made after a move can show the old address; the rate is per such record.
            postcode = person.Postcode;
            tags |= NoiseTags.PostcodeStale;
        }

        return new RecordIdentity(bsn, dob, sex, postcode, tags);
    }

    /// <summary>An extra identity error on top of a record's values (a flaw a later correction fixes).</summary>
    public static RecordIdentity AddFlaw(ref Rng rng, RecordIdentity identity, int recordDay)
    {
        if (identity.Bsn.Length == 9 && rng.Chance(0.5))
        {
            return identity with { Bsn = BsnTypo(ref rng, identity.Bsn), Tags = identity.Tags | NoiseTags.FlawIdentity };
        }

        if (identity.DateOfBirth >= 0)
        {
            return identity with { DateOfBirth = DobTypo(ref rng, identity.DateOfBirth, recordDay), Tags = identity.Tags | NoiseTags.FlawIdentity };
        }

        return identity with { Sex = (byte)(3 - identity.Sex), Tags = identity.Tags | NoiseTags.FlawIdentity };
    }

    /// <summary>One digit replaced, or two different adjacent digits transposed: both break the 11-proof.</summary>
    public static string BsnTypo(ref Rng rng, string bsn)
    {
        var chars = bsn.ToCharArray();
        if (rng.Chance(0.5))
        {
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var i = rng.Below(8);
                if (chars[i] != chars[i + 1])
                {
                    (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                    return new string(chars);
                }
            }
        }

        var position = rng.Below(9);
        chars[position] = (char)('0' + ((chars[position] - '0' + rng.Between(1, 9)) % 10));
        return new string(chars);
    }

    /// <summary>One digit of day, month or year mistyped; the result is a real date, not after the record and at most 110 years before it.</summary>
    public static int DobTypo(ref Rng rng, int dob, int recordDay)
    {
        var date = DateOnly.FromDayNumber(dob);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var (y, m, d) = (date.Year, date.Month, date.Day);
            switch (rng.Below(4))
            {
                case 0: d = d / 10 * 10 + rng.Below(10); break;
                case 1: m = m / 10 * 10 + rng.Below(10); break;
                case 2: y = y / 10 * 10 + rng.Below(10); break;
                default: y = y / 100 * 100 + rng.Below(10) * 10 + y % 10; break;
            }

            if (m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                var candidate = new DateOnly(y, m, d).DayNumber;
                if (candidate != dob && candidate <= recordDay && candidate >= DateOnly.FromDayNumber(recordDay).AddYears(-110).DayNumber)
                {
                    return candidate;
                }
            }
        }

        return dob;
    }

    public static bool TrySwap(int dob, out int swapped)
    {
        var date = DateOnly.FromDayNumber(dob);
        if (date.Day <= 12 && date.Day != date.Month)
        {
            swapped = new DateOnly(date.Year, date.Day, date.Month).DayNumber;
            return true;
        }

        swapped = dob;
        return false;
    }
}

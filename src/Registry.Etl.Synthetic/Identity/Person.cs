namespace Registry.Etl.Synthetic.Identity;

/// <summary>
/// The true identity of a synthetic person. <see cref="Id"/> is the dense index that also determines the
/// BSN, and the person id in the ground truth.
/// </summary>
/// <param name="Id">Dense person index (truth person_id).</param>
/// <param name="HasBsn">False for the few persons who never have a BSN (no Dutch registration).</param>
/// <param name="DateOfBirth">Day number (<see cref="DateOnly.DayNumber"/>).</param>
/// <param name="Sex">1 male, 2 female.</param>
/// <param name="Postcode">Packed PC6 before any move.</param>
/// <param name="MoveDay">Day number of the move, or int.MaxValue when the person does not move.</param>
/// <param name="PostcodeAfterMove">Packed PC6 after the move.</param>
internal readonly record struct Person(
    long Id,
    bool HasBsn,
    int DateOfBirth,
    byte Sex,
    int Postcode,
    int MoveDay,
    int PostcodeAfterMove)
{
    public int PostcodeOn(int day) => day >= MoveDay ? PostcodeAfterMove : Postcode;

    public int Region => Identity.Postcode.Pc4(Postcode) / 1000;

    public int AgeOn(int day)
    {
        var birth = DateOnly.FromDayNumber(DateOfBirth);
        var on = DateOnly.FromDayNumber(day);
        var age = on.Year - birth.Year;
        if (on.Month < birth.Month || (on.Month == birth.Month && on.Day < birth.Day))
        {
            age--;
        }

        return age;
    }
}

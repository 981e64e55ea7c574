namespace OrgModel.Model;

/// <summary>How long one turn of a rotating chair lasts.</summary>
public enum RotationPeriod
{
    /// <summary>A calendar month (the UN Security Council's presidency, rule 18 of its provisional rules of procedure).</summary>
    Month = 0,

    /// <summary>A half-year, from 1 January or 1 July (the presidency of the Council of the European Union).</summary>
    HalfYear = 1,

    /// <summary>A calendar year (the ASEAN chairmanship).</summary>
    Year = 2,

    /// <summary>Two calendar years.</summary>
    TwoYears = 3,

    /// <summary>From one regular session of a series to the next (the host of each summit or plenary takes the chair there).</summary>
    SessionToSession = 4,
}

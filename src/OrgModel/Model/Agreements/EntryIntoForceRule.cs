using NodaTime;
using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// An agreement's entry-into-force clause of the common form "on the Nth day after the deposit of the
/// Kth instrument, and for each later party on the Mth day after its own deposit".
/// </summary>
/// <remarks>
/// <para>
/// The OTS's Nakhchivan Agreement enters into force "on the thirtieth day after the receipt of the
/// third written notification by the depositary": <c>new EntryIntoForceRule(3, 30, 30, …)</c>.
/// </para>
/// <para>
/// Computation works on partial dates: when the instruments that decide are known to the day the
/// result is a day; otherwise it is the coarsest partial date (month or year) that contains every
/// possible result, or unknown when the possible results span more than a year.
/// </para>
/// </remarks>
public sealed record EntryIntoForceRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="requiredInstruments">How many instruments of consent bring the agreement into force (at least 1).</param>
    /// <param name="daysAfter">How many days after the deciding instrument it enters into force (0 = on that day).</param>
    /// <param name="daysAfterForLaterParties">For a party consenting after entry into force, the days after its own instrument; <see langword="null"/> when the agreement has no such clause.</param>
    /// <param name="text">The clause as written in the agreement.</param>
    /// <exception cref="ArgumentException">A number is out of range or the text is blank.</exception>
    public EntryIntoForceRule(int requiredInstruments, int daysAfter, int? daysAfterForLaterParties, string text)
    {
        RequiredInstruments = Guard.Against.OutOfRange(requiredInstruments, nameof(requiredInstruments), 1, 1000);
        DaysAfter = Guard.Against.OutOfRange(daysAfter, nameof(daysAfter), 0, 3660);
        DaysAfterForLaterParties = daysAfterForLaterParties is { } d ? Guard.Against.OutOfRange(d, nameof(daysAfterForLaterParties), 0, 3660) : null;
        Text = Guard.Against.NullOrWhiteSpace(text);
    }

    /// <summary>How many instruments of consent bring the agreement into force.</summary>
    public int RequiredInstruments { get; }

    /// <summary>Days after the deciding instrument.</summary>
    public int DaysAfter { get; }

    /// <summary>Days after a later party's own instrument, or <see langword="null"/>.</summary>
    public int? DaysAfterForLaterParties { get; }

    /// <summary>The clause as written.</summary>
    public string Text { get; }

    /// <summary>The entry into force of the agreement under this rule, from the instruments of consent.</summary>
    /// <param name="consents">The agreement's consents; simple signatures do not count.</param>
    /// <returns>The date, as precise as the instruments allow, or <see langword="null"/> when too few instruments are recorded or the result is not known to within a year.</returns>
    public PartialDate? ComputeEntryIntoForce(IEnumerable<Consent> consents)
    {
        ArgumentNullException.ThrowIfNull(consents);
        var binding = consents.Where(c => c.ExpressesConsentToBeBound).ToList();
        if (binding.Count < RequiredInstruments)
        {
            return null;
        }

        // The Kth instrument falls between the Kth-smallest earliest day and the Kth-smallest latest day.
        int earliest = binding.Select(c => c.Date.EarliestDay).Order().ElementAt(RequiredInstruments - 1) + DaysAfter;
        int latest = binding.Select(c => c.Date.LatestDay).Order().ElementAt(RequiredInstruments - 1) + DaysAfter;
        return Coarsest(earliest, latest);
    }

    /// <summary>The entry into force for one party under this rule.</summary>
    /// <param name="consent">The party's own instrument of consent.</param>
    /// <param name="agreementEntryIntoForce">When the agreement as a whole entered into force.</param>
    /// <returns>
    /// For a party that consented before the agreement entered into force, that date; for a later party,
    /// its instrument plus <see cref="DaysAfterForLaterParties"/>; <see langword="null"/> when that cannot be told.
    /// </returns>
    public PartialDate? ComputeEntryIntoForceFor(Consent consent, PartialDate agreementEntryIntoForce)
    {
        ArgumentNullException.ThrowIfNull(consent);
        if (!consent.ExpressesConsentToBeBound)
        {
            return null;
        }

        if (consent.Date.LatestDay + DaysAfter <= agreementEntryIntoForce.EarliestDay)
        {
            return agreementEntryIntoForce;
        }

        if (consent.Date.EarliestDay + DaysAfter > agreementEntryIntoForce.LatestDay && DaysAfterForLaterParties is { } days)
        {
            return Coarsest(consent.Date.EarliestDay + days, consent.Date.LatestDay + days);
        }

        return null;
    }

    // The finest partial date covering both days, computed on day numbers so that a date past 9999-12-31,
    // which no partial date can name, gives no answer instead of an overflow.
    private static PartialDate? Coarsest(int earliestDay, int latestDay)
    {
        if (latestDay > DayNumber.MaxDay)
        {
            return null;
        }

        LocalDate earliest = DayNumber.ToLocalDate(earliestDay);
        LocalDate latest = DayNumber.ToLocalDate(latestDay);
        return earliest == latest ? PartialDate.FromLocalDate(earliest)
            : earliest.Year == latest.Year && earliest.Month == latest.Month ? new PartialDate(earliest.Year, earliest.Month)
            : earliest.Year == latest.Year ? new PartialDate(earliest.Year)
            : null;
    }
}

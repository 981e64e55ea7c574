using System.Globalization;
using Ardalis.GuardClauses;

namespace OrgModel.Model;

/// <summary>
/// A run of numbered sessions of one series that the record lacks: sessions are numbered in order,
/// so a record that holds the 6th and the 51st General Assembly but nothing between them is silent on
/// the 7th to the 50th. Around such a run, the recorded last or next session is not necessarily the
/// real one, and an answer must say so rather than present the record's neighbours as fact.
/// </summary>
public sealed record UnrecordedSessions
{
    /// <summary>Creates a run of unrecorded sessions.</summary>
    /// <param name="series">The series, as in <see cref="Session.Series"/>.</param>
    /// <param name="first">The first number the record lacks (1 or more).</param>
    /// <param name="last">The last number the record lacks (at least <paramref name="first"/>).</param>
    /// <exception cref="ArgumentException">The series is empty or the numbers are out of order.</exception>
    public UnrecordedSessions(string series, int first, int last)
    {
        Series = Guard.Against.NullOrWhiteSpace(series);
        First = Guard.Against.NegativeOrZero(first);
        Last = Guard.Against.OutOfRange(last, nameof(last), first, int.MaxValue, $"The last unrecorded session ({last}) comes before the first ({first}).");
    }

    /// <summary>The series.</summary>
    public string Series { get; }

    /// <summary>The first number the record lacks.</summary>
    public int First { get; }

    /// <summary>The last number the record lacks.</summary>
    public int Last { get; }

    /// <summary>The series and the numbers, e.g. <c>general-assembly 7–50</c> or <c>summit 2</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => First == Last
        ? string.Create(CultureInfo.InvariantCulture, $"{Series} {First}")
        : string.Create(CultureInfo.InvariantCulture, $"{Series} {First}–{Last}");
}

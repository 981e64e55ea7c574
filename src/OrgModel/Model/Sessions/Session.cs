using Ardalis.GuardClauses;
using OrgModel.Collections;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// A plenary session, summit or other meeting of an organization's organs: its place in a numbered
/// series, its kind, its dates, venue and host, and the documents it adopted.
/// </summary>
/// <remarks>
/// <para>
/// Sessions belong to a <see cref="Series"/> (<c>plenary</c>, <c>summit</c>, <c>council</c>, …);
/// within a series of one organization ordinals are unique (the 12th summit). Informal meetings
/// often carry no ordinal.
/// </para>
/// <para>
/// <see cref="Date"/> is the first day and <see cref="LastDay"/> the last day, both included, as
/// sources write them ("27–28 April 2011"); <see cref="Range"/> gives the range from the first through the last day.
/// The chair in office at a session is not stored here: it follows from the organization's chair terms.
/// </para>
/// <para>
/// A session held by videoconference still has a <see cref="Place"/>, where the chair convened it from;
/// <see cref="Format"/> says so, and <see cref="Where"/> writes both.
/// </para>
/// </remarks>
public sealed record Session
{
    /// <summary>Creates a session.</summary>
    /// <param name="id">The identifier, unique within the organization, such as <c>plenary-14</c>.</param>
    /// <param name="series">The series, a lower-case token such as <c>plenary</c> or <c>summit</c>.</param>
    /// <param name="ordinal">The number within the series (1 or more), when it has one.</param>
    /// <param name="kind">Regular, extraordinary or informal.</param>
    /// <param name="date">The first day.</param>
    /// <param name="place">Where it was held.</param>
    /// <param name="lastDay">The last day (included) when it lasted more than one day.</param>
    /// <param name="host">The host party, when recorded.</param>
    /// <param name="documents">The documents adopted.</param>
    /// <param name="provenance">Sources.</param>
    /// <param name="format">In person (the default), by videoconference or both.</param>
    /// <exception cref="ArgumentException">A rule is broken: a blank series, an ordinal below 1, a last day before the first; the message says which.</exception>
    public Session(
        Id<Session> id,
        string series,
        int? ordinal,
        SessionKind kind,
        PartialDate date,
        Place place,
        PartialDate? lastDay = null,
        Id<Party>? host = null,
        EquatableArray<AdoptedDocument> documents = default,
        Provenance? provenance = null,
        SessionFormat format = SessionFormat.InPerson)
    {
        Id = Guard.Against.Default(id);
        Guard.Against.NullOrWhiteSpace(series);
        Series = Check.Require(series, nameof(series), series.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'), $"Session '{id}': the series '{series}' must be a lower-case token such as 'plenary' or 'summit'.");
        if (ordinal is { } n)
        {
            Check.Require(n, nameof(ordinal), n is >= 1 and <= 10_000, $"Session '{id}': the ordinal must be 1 or more.");
        }

        Kind = Guard.Against.EnumOutOfRange(kind);
        Format = Guard.Against.EnumOutOfRange(format);
        Place = Guard.Against.Null(place);
        if (lastDay is { } last)
        {
            Check.Require(last, nameof(lastDay), last.Latest >= date.Earliest, $"Session '{id}': the last day ({last}) cannot come before the first ({date}).");
        }

        Ordinal = ordinal;
        Date = date;
        LastDay = lastDay;
        Host = host;
        Documents = documents;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The identifier, unique within the organization.</summary>
    public Id<Session> Id { get; }

    /// <summary>The series.</summary>
    public string Series { get; }

    /// <summary>The number within the series, or <see langword="null"/>.</summary>
    public int? Ordinal { get; }

    /// <summary>Regular, extraordinary or informal.</summary>
    public SessionKind Kind { get; }

    /// <summary>The first day.</summary>
    public PartialDate Date { get; }

    /// <summary>The last day (included), or <see langword="null"/> for a one-day session.</summary>
    public PartialDate? LastDay { get; }

    /// <summary>Where it was held.</summary>
    public Place Place { get; }

    /// <summary>In person, by videoconference or both.</summary>
    public SessionFormat Format { get; }

    /// <summary>
    /// The city, and how the participants met when not all in person: <c>Gabala</c>,
    /// <c>Minsk (by videoconference)</c>, <c>Dushanbe (in person and by videoconference)</c>.
    /// </summary>
    public string Where => Format switch
    {
        SessionFormat.Videoconference => $"{Place.City} (by videoconference)",
        SessionFormat.Hybrid => $"{Place.City} (in person and by videoconference)",
        _ => Place.City,
    };

    /// <summary>The host party, or <see langword="null"/>.</summary>
    public Id<Party>? Host { get; }

    /// <summary>The documents adopted.</summary>
    public EquatableArray<AdoptedDocument> Documents { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }

    /// <summary>The days of the session, from <see cref="Date"/> through its last day (an inclusive end).</summary>
    public DateRange Range => DateRange.BetweenInclusive(Date, LastDay ?? Date);

    /// <summary>A short description, e.g. <c>summit 12 (2025-10-07, Gabala)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Series} {(Ordinal is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : Kind.ToString().ToLowerInvariant())} ({Date}, {Where})";
}

using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Interop.Popolo;

/// <summary>
/// How OrgModel's identifiers, statuses and dates are written in Popolo and read back: one definition
/// for the exporter and the importer.
/// </summary>
internal static class PopoloVocabulary
{
    public const string OrganizationPrefix = "organization/";
    public const string PartyPrefix = "party/";
    public const string PersonPrefix = "person/";
    public const string PostPrefix = "post/";
    public const string EventPrefix = "event/";
    public const string ChairPost = "chair";
    public const string SeatLabel = "secretariat seat";
    public const string AbbreviationNote = "abbreviation";
    public const string NameNote = "name";

    /// <summary>Starts the part of a chair membership's label that says why a non-member holds the chair.</summary>
    public const string NonMemberNote = "not a member: ";

    public static string OrganizationId(Id<Organization> id) => OrganizationPrefix + id.Value;

    public static string PartyId(Id<Party> id) => PartyPrefix + id.Value;

    public static string PersonId(Id<Person> id) => PersonPrefix + id.Value;

    public static string PostId(Id<Organization> organization, string post) => $"{PostPrefix}{organization.Value}/{post}";

    /// <summary>A Popolo membership role for a status, and back.</summary>
    public static string Role(MembershipStatus status) => status switch
    {
        MembershipStatus.Full => "full member",
        MembershipStatus.Associate => "associate member",
        MembershipStatus.Observer => "observer",
        _ => "suspended member",
    };

    public static MembershipStatus? Status(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        null or "" or "member" or "full member" => MembershipStatus.Full,
        "associate member" or "associate" => MembershipStatus.Associate,
        "observer" => MembershipStatus.Observer,
        "suspended member" or "suspended" => MembershipStatus.Suspended,
        _ => null,
    };

    /// <summary>
    /// An identifier from a Popolo one: the OrgModel prefix is removed, and any character an OrgModel
    /// identifier cannot hold becomes '-' ("term/13" becomes "term-13").
    /// </summary>
    public static string Local(string popoloId, string prefix)
    {
        string raw = popoloId.StartsWith(prefix, StringComparison.Ordinal) ? popoloId[prefix.Length..] : popoloId;
        var chars = raw.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-').ToArray();
        string id = new string(chars).TrimStart('.', '_', '-');
        return id.Length == 0 ? "x" : id.Length > 100 ? id[..100] : id;
    }

    /// <summary>A place as one Popolo string: the city, or "venue; city" (a city may hold a comma, as "Washington, D.C." does).</summary>
    public static string PlaceText(Place place) => place.Venue is null ? place.City : $"{place.Venue}; {place.City}";

    /// <summary>A place from <see cref="PlaceText"/> and the country's party identifier, when given.</summary>
    public static Place PlaceOf(string text, string? country)
    {
        int split = text.LastIndexOf("; ", StringComparison.Ordinal);
        Id<Party>? where = country is null ? null : new Id<Party>(country);
        return split < 0 ? new Place(text, country: where) : new Place(text[(split + 2)..], text[..split], where);
    }

    /// <summary>A Popolo date (YYYY, YYYY-MM or YYYY-MM-DD): qualifiers are dropped, decades and centuries have none, and a range of days becomes the year or month that holds it (see <see cref="Exports.SingleDate"/>).</summary>
    public static string? Date(PartialDate? date) => Exports.SingleDate.Of(date)?.ToString();

    /// <summary>The last day inside a range, as Popolo's inclusive end_date, or null when ongoing, unknown or not expressible.</summary>
    public static string? EndDate(DateRange range) => Date(Exports.LastDayInside.Of(range));
}

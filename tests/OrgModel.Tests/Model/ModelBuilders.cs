using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Tests.Model;

/// <summary>Small valid building blocks, so each invariant test changes exactly one thing.</summary>
internal static class ModelBuilders
{
    public static PartialDate D(string iso) => PartialDate.Parse(iso);

    public static Timeline<T> One<T>(T value, DateRange range = default) => Timeline.Exclusive(TimelineEntry.Create(range, value));

    public static Party State(string id, string name = "Somewhere") => new(new Id<Party>(id), PartyKind.State, One(name));

    public static Membership Full(string party, string from = "2010-01-01") =>
        new(new Id<Party>(party), One(new StatusSpan(MembershipStatus.Full), DateRange.From(D(from))));

    public static Timeline<OrganizationName> Named(string name = "Test Organization") => One(new OrganizationName(name));

    public static Session Plenary(string id, int? ordinal, string date, string series = "plenary") =>
        new(new Id<Session>(id), series, ordinal, SessionKind.Regular, D(date), new Place("Baku"));

    public static Organization Org(
        EquatableArray<Membership> memberships = default,
        EquatableArray<Session> sessions = default,
        Timeline<ChairTerm>? chairTerms = null,
        string? dissolved = null) =>
        new(new Id<Organization>("test"), OrganizationClassification.IntergovernmentalOrganization, Named(), dissolved: dissolved is null ? null : D(dissolved),
            memberships: memberships, sessions: sessions, chairTerms: chairTerms);
}

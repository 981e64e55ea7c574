using System.Globalization;
using OrgModel.Collections;
using OrgModel.Model;

namespace OrgModel.Interop.BuiltIn;

/// <summary>
/// How the built-in catalog lays its curated records over COW IGO v3.0: a curated organization that
/// carries a COW <c>ionum</c> (<see cref="IdentifierSchemes.CowIgo"/>) takes the place of that COW
/// organization — its names, members, posts and terms are the curated ones; a record that holds no
/// members of its own (the United Nations: its identity, seat and heads only) keeps COW's — and keeps COW's
/// identifiers (the <c>ionum</c>, the <c>igocode</c> and the COW abbreviation as
/// <see cref="CowAbbreviation"/>) and COW's source beside its own. A party both hold is the curated
/// party with COW's identifiers and source added. Everything else in COW is kept as imported.
/// </summary>
internal static class CowOverlay
{
    /// <summary>The identifier scheme under which a curated record keeps the COW abbreviation (<c>ioname</c>) of the organization it replaces.</summary>
    public const string CowAbbreviation = "cow-ioname";

    public static Catalog Lay(Catalog curated, Catalog cow)
    {
        var replacedBy = new Dictionary<string, Organization>(StringComparer.Ordinal);
        foreach (Organization o in curated.Organizations)
        {
            foreach (ExternalIdentifier ionum in o.Identifiers.Where(i => i.Scheme == IdentifierSchemes.CowIgo))
            {
                replacedBy.Add(ionum.Value, o);
            }
        }

        var replaced = new Dictionary<Organization, Organization>();
        var kept = new List<Organization>();
        foreach (Organization o in cow.Organizations)
        {
            string ionum = o.Identifiers.Single(i => i.Scheme == IdentifierSchemes.CowIgo).Value;
            if (replacedBy.TryGetValue(ionum, out Organization? record))
            {
                replaced.Add(record, o);
            }
            else
            {
                kept.Add(o);
            }
        }

        IEnumerable<Organization> organizations = curated.Organizations
            .Select(o => replaced.TryGetValue(o, out Organization? fromCow) ? Enrich(o, fromCow) : o)
            .Concat(kept);

        var cowParties = cow.Parties.ToDictionary(p => p.Id);
        var parties = curated.Parties
            .Select(p => cowParties.Remove(p.Id, out Party? fromCow) ? Enrich(p, fromCow) : p)
            .Concat(cow.Parties.Where(p => cowParties.ContainsKey(p.Id)));
        return new Catalog(parties, organizations);
    }

    private static Organization Enrich(Organization record, Organization fromCow)
    {
        var identifiers = record.Identifiers
            .Concat(fromCow.Identifiers)
            .Append(new ExternalIdentifier(CowAbbreviation, fromCow.Id.Value))
            .Distinct()
            .ToEquatableArray();
        bool keepsCowMembers = record.Memberships.IsEmpty;
        return new Organization(
            record.Id, record.Classification, record.Names, record.Founded, record.Dissolved,
            identifiers, record.Relations, record.Succession, keepsCowMembers ? fromCow.Memberships : record.Memberships,
            record.Agreements, record.Sessions, record.Secretariat,
            record.Posts, record.ChairTerms, Merge(record.Provenance, fromCow.Provenance), keepsCowMembers ? fromCow.DataGaps : record.DataGaps,
            record.ActiveThrough, record.ChairRotation);
    }

    private static Party Enrich(Party record, Party fromCow) =>
        new(record.Id, record.Kind, record.Names, record.IsoAlpha3, record.StateOf, record.Organization,
            record.Identifiers.Concat(fromCow.Identifiers).Distinct().ToEquatableArray(),
            Merge(record.Provenance, fromCow.Provenance), record.Existence);

    private static Provenance Merge(Provenance record, Provenance fromCow) =>
        new(record.Sources.Concat(fromCow.Sources).Distinct().ToEquatableArray(), record.IsDisputed, record.Note, record.IsInferred);
}

using System.Collections.Frozen;
using OrgModel.Collections;

namespace OrgModel.Model;

/// <summary>
/// A set of parties and organizations that refer to each other: the unit OrgModel loads, validates,
/// queries and serializes.
/// </summary>
/// <remarks>
/// <para>
/// Building a catalog checks that identifiers are unique and that every reference resolves: each
/// membership, signatory, consent, withdrawal, host, country, nominating party and chair holder names a
/// party of the catalog; each relation and successor names an organization of the catalog; a
/// legislature's state is a state of the catalog. The first broken rule is reported with a message that
/// names the organization, the reference and the missing identifier.
/// </para>
/// <para>Lookups by identifier ignore case, like <see cref="Id{T}"/>.</para>
/// </remarks>
/// <threadsafety>Immutable and safe for any number of concurrent readers.</threadsafety>
public sealed class Catalog : IEquatable<Catalog>
{
    private readonly FrozenDictionary<Id<Party>, Party> _parties;
    private readonly FrozenDictionary<Id<Organization>, Organization> _organizations;

    /// <summary>Creates a catalog.</summary>
    /// <param name="parties">The parties.</param>
    /// <param name="organizations">The organizations.</param>
    /// <exception cref="ArgumentException">An identifier is used twice or a reference does not resolve; the message says which.</exception>
    public Catalog(IEnumerable<Party> parties, IEnumerable<Organization> organizations)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(organizations);
        Parties = parties.ToEquatableArray();
        Organizations = organizations.ToEquatableArray();
        Rules.RequireUnique(Parties, p => p.Id, nameof(parties), id => $"Two parties have the identifier '{id}'.");
        Rules.RequireUnique(Organizations, o => o.Id, nameof(organizations), id => $"Two organizations have the identifier '{id}'.");
        _parties = Parties.ToFrozenDictionary(p => p.Id);
        _organizations = Organizations.ToFrozenDictionary(o => o.Id);

        foreach (Party party in Parties)
        {
            CheckParty(party);
        }

        foreach (Organization organization in Organizations)
        {
            CheckReferences(organization);
        }
    }

    /// <summary>An empty catalog.</summary>
    public static Catalog Empty { get; } = new([], []);

    /// <summary>The parties, in the order given.</summary>
    public EquatableArray<Party> Parties { get; }

    /// <summary>The organizations, in the order given.</summary>
    public EquatableArray<Organization> Organizations { get; }

    /// <summary>The party with the given identifier.</summary>
    /// <param name="id">The identifier (case is ignored).</param>
    /// <returns>The party.</returns>
    /// <exception cref="KeyNotFoundException">No party has that identifier.</exception>
    public Party GetParty(Id<Party> id) => _parties.TryGetValue(id, out Party? p) ? p : throw new KeyNotFoundException($"No party has the identifier '{id}'.");

    /// <summary>Looks up a party.</summary>
    /// <param name="id">The identifier (case is ignored).</param>
    /// <param name="party">The party, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetParty(Id<Party> id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Party? party) => _parties.TryGetValue(id, out party);

    /// <summary>The organization with the given identifier.</summary>
    /// <param name="id">The identifier (case is ignored).</param>
    /// <returns>The organization.</returns>
    /// <exception cref="KeyNotFoundException">No organization has that identifier.</exception>
    public Organization GetOrganization(Id<Organization> id) => _organizations.TryGetValue(id, out Organization? o) ? o : throw new KeyNotFoundException($"No organization has the identifier '{id}'.");

    /// <summary>Looks up an organization.</summary>
    /// <param name="id">The identifier (case is ignored).</param>
    /// <param name="organization">The organization, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetOrganization(Id<Organization> id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Organization? organization) => _organizations.TryGetValue(id, out organization);

    /// <summary>Whether both catalogs hold equal parties and organizations in the same order.</summary>
    /// <param name="other">The other catalog.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Catalog? other) => other is not null && (ReferenceEquals(this, other) || (Parties == other.Parties && Organizations == other.Organizations));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Catalog);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Parties, Organizations);

    /// <summary>A count of parties and organizations.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"Catalog of {Parties.Count} parties and {Organizations.Count} organizations";

    private void CheckParty(Party party)
    {
        if (party.StateOf is { } state && (!_parties.TryGetValue(state, out Party? s) || s.Kind is not (PartyKind.State or PartyKind.OtherEntity)))
        {
            throw Rules.Invalid($"Party '{party.Id}' is the legislature of '{state}', which is not a state (or other entity) in the catalog.", "parties");
        }

        if (party.Organization is { } org)
        {
            RequireOrganization(org, $"Party '{party.Id}' stands for organization '{org}'");
        }
    }

    private void CheckReferences(Organization o)
    {
        string at = $"Organization '{o.Id}'";
        foreach (Membership m in o.Memberships)
        {
            RequireParty(m.Party, $"{at}: a membership names party '{m.Party}'");
        }

        foreach (OrganizationRelation r in o.Relations)
        {
            RequireOrganization(r.Target, $"{at}: a {r.Kind} relation names organization '{r.Target}'");
        }

        foreach (SuccessionEvent e in o.Succession)
        {
            if (e.Successor is { } successor)
            {
                RequireOrganization(successor, $"{at}: the {e.Kind} event names successor '{successor}'");
            }
        }

        foreach (Agreement a in o.Agreements)
        {
            RequirePlace(a.Place, $"{at}: agreement '{a.Id}'");
            foreach (Id<Party> p in a.Signatories.Select(s => s.Party).Concat(a.Consents.Select(c => c.Party)).Concat(a.Withdrawals.Select(w => w.Party)))
            {
                RequireParty(p, $"{at}: agreement '{a.Id}' names party '{p}'");
            }
        }

        foreach (Session s in o.Sessions)
        {
            RequirePlace(s.Place, $"{at}: session '{s.Id}'");
            if (s.Host is { } host)
            {
                RequireParty(host, $"{at}: session '{s.Id}' names host '{host}'");
            }
        }

        foreach (Seat seat in o.Secretariat?.Seats.Select(e => e.Value) ?? [])
        {
            RequirePlace(seat.Place, $"{at}: the secretariat seat in {seat.Place.City}");
        }

        foreach (Post post in o.Posts)
        {
            foreach (Tenure t in post.Tenures.Select(e => e.Value))
            {
                if (t.NominatedBy is { } nominator)
                {
                    RequireParty(nominator, $"{at}: post '{post.Id}' names nominating party '{nominator}'");
                }
            }
        }

        foreach (ChairTerm term in o.ChairTerms.Select(e => e.Value))
        {
            RequireParty(term.Holder, $"{at}: a chair term names holder '{term.Holder}'");
        }
    }

    private void RequirePlace(Place? place, string what)
    {
        if (place?.Country is { } country)
        {
            RequireParty(country, $"{what} is placed in country '{country}'");
        }
    }

    private void RequireParty(Id<Party> id, string what)
    {
        if (!_parties.ContainsKey(id))
        {
            throw Rules.Invalid($"{what}, which is not a party in the catalog.", "organizations");
        }
    }

    private void RequireOrganization(Id<Organization> id, string what)
    {
        if (!_organizations.ContainsKey(id))
        {
            throw Rules.Invalid($"{what}, which is not an organization in the catalog.", "organizations");
        }
    }
}

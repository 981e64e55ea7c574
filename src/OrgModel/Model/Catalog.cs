using System.Collections.Frozen;
using System.Runtime.CompilerServices;
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
        Rules.RequireUnique(Parties, p => p.Id, nameof(parties), TwoParties);
        Rules.RequireUnique(Organizations, o => o.Id, nameof(organizations), TwoOrganizations);
        _parties = Parties.ToFrozenDictionary(p => p.Id);
        _organizations = Organizations.ToFrozenDictionary(o => o.Id);

        new References(_parties, _organizations.ContainsKey, problems: null).Check(Parties, Organizations);
    }

    // What a later layer derives from the catalog (the query index), made on its first use, once; the
    // model does not know its type. Left out of equality.
    private readonly Lock _derivedLock = new();
    private object? _derived;

    /// <summary>An empty catalog.</summary>
    public static Catalog Empty { get; } = new([], []);

    /// <summary>
    /// One catalog from several, such as documents loaded separately: every organization of each, and
    /// each party once. A party that more than one catalog holds must be the same in each (equal in
    /// every fact), so combining never silently picks one version.
    /// </summary>
    /// <param name="catalogs">The catalogs, in order; the result keeps their parties and organizations in that order.</param>
    /// <returns>The combined catalog.</returns>
    /// <exception cref="ArgumentException">Two catalogs hold different parties under one identifier, or an organization twice.</exception>
    public static Catalog Combine(params IEnumerable<Catalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        var parties = new Dictionary<Id<Party>, Party>();
        var order = new List<Party>();
        foreach (Party party in catalogs.SelectMany(c => c.Parties))
        {
            if (!parties.TryGetValue(party.Id, out Party? known))
            {
                parties.Add(party.Id, party);
                order.Add(party);
            }
            else if (!known.Equals(party))
            {
                throw Rules.Invalid($"Two catalogs hold different parties with the identifier '{party.Id}'; make them the same to combine the catalogs.", nameof(catalogs));
            }
        }

        return new Catalog(order, catalogs.SelectMany(c => c.Organizations));
    }

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

    /// <summary>
    /// What another layer derives from this catalog, built by <paramref name="build"/> on the first call
    /// (by one thread, once) and shared by every later one.
    /// </summary>
    /// <typeparam name="T">What is derived.</typeparam>
    /// <param name="build">How to build it.</param>
    /// <returns>The one instance.</returns>
    internal T Derived<T>(Func<Catalog, T> build)
        where T : class
    {
        if (Volatile.Read(ref _derived) is T ready)
        {
            return ready;
        }

        lock (_derivedLock)
        {
            if (_derived is T existing)
            {
                return existing;
            }

            T built = build(this);
            Volatile.Write(ref _derived, built);
            return built;
        }
    }

    /// <summary>Whether the query index has been built (for tests: a catalog only read or validated never builds it).</summary>
    internal bool HasDerived => Volatile.Read(ref _derived) is not null;

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

    /// <summary>
    /// Every broken rule between the parties and organizations of a would-be catalog — identifiers
    /// used twice, references that do not resolve — rather than the first, for reporting; each is a
    /// <see cref="ModelRuleException"/> that says where it is.
    /// </summary>
    internal static List<ArgumentException> FindProblems(IReadOnlyList<Party> parties, IReadOnlyList<Organization> organizations, bool everyOrganizationRead = true)
    {
        var problems = new List<ArgumentException>();
        var partyById = new Dictionary<Id<Party>, Party>(parties.Count);
        for (int i = 0; i < parties.Count; i++)
        {
            if (!partyById.TryAdd(parties[i].Id, parties[i]))
            {
                problems.Add(Rules.Invalid(TwoParties(parties[i].Id), nameof(parties), $"parties[{i}]"));
            }
        }

        var organizationIds = new HashSet<Id<Organization>>(organizations.Count);
        for (int i = 0; i < organizations.Count; i++)
        {
            if (!organizationIds.Add(organizations[i].Id))
            {
                problems.Add(Rules.Invalid(TwoOrganizations(organizations[i].Id), nameof(organizations), $"organizations[{i}]"));
            }
        }

        // When an organization could not be read, a reference to it cannot be told from a reference to nothing.
        new References(partyById, everyOrganizationRead ? organizationIds.Contains : static _ => true, problems).Check(parties, organizations);
        return problems;
    }

    private static string TwoParties(Id<Party> id) => $"Two parties have the identifier '{id}'.";

    private static string TwoOrganizations(Id<Organization> id) => $"Two organizations have the identifier '{id}'.";

    /// <summary>
    /// The reference rules, written once: the constructor stops at the first broken one, validation
    /// collects them all.
    /// </summary>
    private sealed class References(IReadOnlyDictionary<Id<Party>, Party> parties, Func<Id<Organization>, bool> isOrganization, List<ArgumentException>? problems)
    {
        public void Check(IReadOnlyList<Party> partyList, IReadOnlyList<Organization> organizationList)
        {
            for (int i = 0; i < partyList.Count; i++)
            {
                CheckParty(partyList[i], $"parties[{i}]");
            }

            for (int i = 0; i < organizationList.Count; i++)
            {
                CheckReferences(organizationList[i], $"organizations[{i}]");
            }
        }

        private void CheckParty(Party party, string at)
        {
            if (party.StateOf is { } state && (!parties.TryGetValue(state, out Party? s) || s.Kind is not (PartyKind.State or PartyKind.OtherEntity)))
            {
                Report(Rules.Invalid($"Party '{party.Id}' is the legislature of '{state}', which is not a state (or other entity) in the catalog.", "parties", $"{at}.stateOf"));
            }

            if (party.Organization is { } org)
            {
                RequireKnown(isOrganization(org), "an organization", $"Party '{party.Id}' stands for organization '{org}'", $"{at}.organization");
            }
        }

        private void CheckReferences(Organization o, string at)
        {
            string who = $"Organization '{o.Id}'";
            for (int i = 0; i < o.Memberships.Count; i++)
            {
                RequireKnown(parties.ContainsKey(o.Memberships[i].Party), "a party", $"{who}: a membership names party '{o.Memberships[i].Party}'", $"{at}.memberships[{i}].party");
            }

            for (int i = 0; i < o.Relations.Count; i++)
            {
                OrganizationRelation r = o.Relations[i];
                RequireKnown(isOrganization(r.Target), "an organization", $"{who}: a {r.Kind} relation names organization '{r.Target}'", $"{at}.relations[{i}].target");
            }

            for (int i = 0; i < o.Succession.Count; i++)
            {
                if (o.Succession[i].Successor is { } successor)
                {
                    RequireKnown(isOrganization(successor), "an organization", $"{who}: the {o.Succession[i].Kind} event names successor '{successor}'", $"{at}.succession[{i}].successor");
                }
            }

            for (int i = 0; i < o.Agreements.Count; i++)
            {
                Agreement a = o.Agreements[i];
                string where = $"{at}.agreements[{i}]";
                RequirePlace(a.Place, $"{who}: agreement '{a.Id}'", $"{where}.place");
                CheckParties(a.Signatories, s => s.Party, $"{who}: agreement '{a.Id}' names party", $"{where}.signatories");
                CheckParties(a.Consents, c => c.Party, $"{who}: agreement '{a.Id}' names party", $"{where}.consents");
                CheckParties(a.Withdrawals, w => w.Party, $"{who}: agreement '{a.Id}' names party", $"{where}.withdrawals");
            }

            for (int i = 0; i < o.Sessions.Count; i++)
            {
                Session s = o.Sessions[i];
                RequirePlace(s.Place, $"{who}: session '{s.Id}'", $"{at}.sessions[{i}].place");
                if (s.Host is { } host)
                {
                    RequireKnown(parties.ContainsKey(host), "a party", $"{who}: session '{s.Id}' names host '{host}'", $"{at}.sessions[{i}].host");
                }
            }

            if (o.Secretariat is { } secretariat)
            {
                for (int i = 0; i < secretariat.Seats.Count; i++)
                {
                    RequirePlace(secretariat.Seats[i].Value.Place, $"{who}: the secretariat seat in {secretariat.Seats[i].Value.Place.City}", $"{at}.secretariat.seats[{i}].place");
                }
            }

            for (int i = 0; i < o.Posts.Count; i++)
            {
                Post post = o.Posts[i];
                for (int k = 0; k < post.Tenures.Count; k++)
                {
                    if (post.Tenures[k].Value.NominatedBy is { } nominator)
                    {
                        RequireKnown(parties.ContainsKey(nominator), "a party", $"{who}: post '{post.Id}' names nominating party '{nominator}'", $"{at}.posts[{i}].tenures[{k}].nominatedBy");
                    }
                }
            }

            for (int i = 0; i < o.DataGaps.Count; i++)
            {
                if (o.DataGaps[i].Party is { } gapParty)
                {
                    RequireKnown(parties.ContainsKey(gapParty), "a party", $"{who}: a data gap names party '{gapParty}'", $"{at}.dataGaps[{i}].party");
                }
            }

            for (int i = 0; i < o.ChairTerms.Count; i++)
            {
                Id<Party> holder = o.ChairTerms[i].Value.Holder;
                RequireKnown(parties.ContainsKey(holder), "a party", $"{who}: a chair term names holder '{holder}'", $"{at}.chairTerms[{i}].holder");
            }
        }

        private void CheckParties<T>(EquatableArray<T> items, Func<T, Id<Party>> party, string what, string at)
        {
            for (int i = 0; i < items.Count; i++)
            {
                Id<Party> id = party(items[i]);
                RequireKnown(parties.ContainsKey(id), "a party", $"{what} '{id}'", $"{at}[{i}].party");
            }
        }

        private void RequirePlace(Place? place, string what, string at)
        {
            if (place?.Country is { } country)
            {
                RequireKnown(parties.ContainsKey(country), "a party", $"{what} is placed in country '{country}'", $"{at}.country");
            }
        }

        // One check for every reference: the messages are formatted only when the reference is missing.
        private void RequireKnown(
            bool known,
            string kind,
            [InterpolatedStringHandlerArgument(nameof(known))] ref FailureMessage what,
            [InterpolatedStringHandlerArgument(nameof(known))] ref FailureMessage at)
        {
            if (!known)
            {
                Report(Rules.Invalid($"{what.ToStringAndClear()}, which is not {kind} in the catalog.", "organizations", at.ToStringAndClear()));
            }
        }

        private void Report(ArgumentException problem)
        {
            if (problems is null)
            {
                throw problem;
            }

            problems.Add(problem);
        }
    }
}

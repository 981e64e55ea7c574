using System.Reflection;
using OrgModel.Interop.Cow;
using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Time;

namespace OrgModel.Interop.BuiltIn;

/// <summary>
/// The catalog that ships with OrgModel, one call away the way NodaTime ships its time zones: the
/// Correlates of War IGO data v3.0 (534 organizations and their members, 1816–2014) with curated
/// records laid over it — TURKPA, the Organization of Turkic States, TURKSOY, the UN Security Council,
/// the Council of the European Union, ASEAN, NATO and the United Nations, every fact with its public source (see
/// <c>docs/catalog.md</c>). A curated record that carries a COW <c>ionum</c> takes the place of that
/// COW organization and keeps COW's identifiers and source beside its own.
/// </summary>
/// <remarks>
/// <para>
/// It lives in <c>OrgModel.Interop</c>, beside the COW data, so the core library carries no data: an
/// application that brings its own catalogs does not ship these documents.
/// </para>
/// <para>
/// Each part is read on first use, once (the time and allocation are recorded in
/// <c>docs/benchmarks.md</c>), then shared: the catalogs are immutable and safe for any number of
/// threads. <see cref="Curated"/> alone is read without COW, for a caller that needs only the curated
/// organizations and wants them fast.
/// </para>
/// </remarks>
public static class BuiltInCatalog
{
    // The curated documents are the resources embedded under this prefix: the project file is their one list.
    internal const string DocumentPrefix = "OrgModel.Interop.Catalog.";

    /// <summary>The file names of the curated documents (in <c>docs/examples</c>), in the order they are combined.</summary>
    internal static IReadOnlyList<string> Documents { get; } =
        [.. typeof(BuiltInCatalog).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(DocumentPrefix, StringComparison.Ordinal)).Select(n => n[DocumentPrefix.Length..]).Order(StringComparer.Ordinal)];

    // Each curated document read alone, once; Curated combines them all, CuratedAbout the ones that can name an organization.
    private static readonly Lazy<Catalog>[] DocumentsLoaded =
        [.. Documents.Select(name => new Lazy<Catalog>(() => Read(name), LazyThreadSafetyMode.ExecutionAndPublication))];

    // The combinations CuratedAbout has made, by the documents they hold ('1' at a document's index).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Catalog> Combinations = new();

    private static readonly Lazy<Catalog> CuratedLoaded = new(() => Catalog.Combine(DocumentsLoaded.Select(d => d.Value)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Catalog> Loaded = new(() => WithCow(Curated), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The whole catalog: COW IGO v3.0 with the curated records laid over it, read on first use.</summary>
    public static Catalog Catalog => Loaded.Value;

    /// <summary>The curated records alone (no COW organization), read on first use: what <see cref="Catalog"/> says of these organizations, without reading COW.</summary>
    public static Catalog Curated => CuratedLoaded.Value;

    /// <summary>
    /// A catalog that answers every question about the organization a text names (its identifier or an
    /// alias, as <see cref="Queries.CatalogQueries.OrganizationsNamed"/> takes it) as <see cref="Curated"/>
    /// does, reading only the curated documents that can name it rather than all of them.
    /// </summary>
    /// <param name="organization">What a user typed: <c>turkpa</c>, <c>NATO</c>, <c>Q7768</c>.</param>
    /// <returns>
    /// The curated documents in which the text occurs as a value, combined, when they name the
    /// organization; otherwise <see cref="Curated"/> itself, so that a caller can still suggest the
    /// closest identifiers.
    /// </returns>
    /// <remarks>
    /// Every curated document holds the parties and organizations its records refer to, and no
    /// organization is in two documents, so the organization's record, its parties and the organizations
    /// related to it are the same as in <see cref="Curated"/>. What the result lacks are the parties and
    /// organizations that have nothing to do with it: a question that names a party the organization's
    /// records never mention (whether Australia belongs to TURKPA) needs
    /// <see cref="CuratedAbout(string, string)"/>.
    /// Answering a first question this way reads a tenth to a quarter of the curated data; once
    /// <see cref="Curated"/> has been read, it is what this returns.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public static Catalog CuratedAbout(string organization) => About(organization, party: null);

    /// <summary>
    /// A catalog that answers every question about an organization and a party that both texts name as
    /// <see cref="Curated"/> does, reading only the curated documents that can name the organization and,
    /// for each party the second text names, one document that defines it: what a question such as
    /// whether a state belonged to the organization on a day needs.
    /// </summary>
    /// <param name="organization">What a user typed for the organization: <c>turkpa</c>, <c>NATO</c>.</param>
    /// <param name="party">What a user typed for the party: <c>kaz</c>, <c>Uzbekistan</c>, <c>Türkiye</c>.</param>
    /// <returns>
    /// Those documents, combined, when they name the organization and the party; otherwise
    /// <see cref="Curated"/> itself, so that a caller can still suggest the closest identifiers.
    /// </returns>
    /// <remarks>
    /// A party is named by its identifier, ISO code, external identifier or one of its names, each a
    /// value of the party's own object, which is the same in every document that records the party; so
    /// one document per party gives the parties the text names as <see cref="Curated"/> does, and the
    /// organization's records are those of <see cref="CuratedAbout(string)"/>. A party recorded in the
    /// organization's own documents costs nothing more; another, the smallest document that records it.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Catalog CuratedAbout(string organization, string party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return About(organization, party);
    }

    private static Catalog About(string organization, string? party)
    {
        ArgumentNullException.ThrowIfNull(organization);
        if (CuratedLoaded.IsValueCreated)
        {
            return Curated;
        }

        string text = organization.Trim();
        string? partyText = party?.Trim();
        string chosen = DocumentsAbout(text, partyText, i => DocumentsLoaded[i].IsValueCreated);
        if (chosen.Contains('1', StringComparison.Ordinal) && chosen.Contains('0', StringComparison.Ordinal))
        {
            Catalog about = Combinations.GetOrAdd(chosen, set => Catalog.Combine(DocumentsLoaded.Where((_, i) => set[i] == '1').Select(d => d.Value)));
            if (Names(about, text, partyText))
            {
                return about;
            }
        }

        return Curated;
    }

    // Whether the catalog names the organization and, when one is asked for, the party.
    private static bool Names(Catalog catalog, string text, string? partyText) =>
        !Queries.CatalogQueries.OrganizationsNamed(catalog, text).IsEmpty
        && (partyText is null || !Queries.CatalogQueries.PartiesNamed(catalog, partyText).IsEmpty);

    /// <summary>
    /// What <see cref="CuratedAbout(string, string)"/> reads, read afresh without the shared catalogs
    /// (for the tests and the benchmarks): the documents that can name the organization (and one for each
    /// party the party text names, when one is given), combined, or <see langword="null"/> when they do
    /// not name both.
    /// </summary>
    internal static (Catalog Catalog, IReadOnlyList<string> Documents)? ReadAbout(string organization, string? party = null)
    {
        string text = organization.Trim();
        string? partyText = party?.Trim();
        string chosen = DocumentsAbout(text, partyText, _ => false);
        string[] names = [.. Documents.Where((_, i) => chosen[i] == '1')];
        Catalog about = Catalog.Combine(names.Select(Read));
        return Names(about, text, partyText) ? (about, names) : null;
    }

    // A '1' for each document to read, a '0' for the others: those already read, those in which the
    // organization's text occurs as a value, and, when a party is named too, for every party whose
    // object holds that text, one document that defines it: one already chosen when there is one, else
    // the smallest. Parties are the same in every document that holds them, so one suffices.
    private static string DocumentsAbout(string text, string? partyText, Func<int, bool> alreadyRead)
    {
        var chosen = new char[Documents.Count];
        var partiesIn = new HashSet<string>[Documents.Count];
        var sizes = new int[Documents.Count];
        for (int i = 0; i < Documents.Count; i++)
        {
            (bool hasText, partiesIn[i], sizes[i]) = Over(Documents[i], json =>
            {
                (bool found, HashSet<string> parties) = CuratedDocumentScan.Scan(json, text, partyText);
                return (found, parties, json.Length);
            });
            chosen[i] = alreadyRead(i) || hasText ? '1' : '0';
        }

        var needed = new HashSet<string>(partiesIn.SelectMany(p => p), StringComparer.Ordinal);
        for (int i = 0; i < chosen.Length; i++)
        {
            if (chosen[i] == '1')
            {
                needed.ExceptWith(partiesIn[i]);
            }
        }

        foreach (int i in Enumerable.Range(0, chosen.Length).Where(i => chosen[i] == '0').OrderBy(i => sizes[i]))
        {
            if (needed.Overlaps(partiesIn[i]))
            {
                chosen[i] = '1';
                needed.ExceptWith(partiesIn[i]);
            }
        }

        return new string(chosen);
    }

    /// <summary>The version of the data: the version of this package.</summary>
    public static string Version { get; } =
        typeof(BuiltInCatalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The last day on which a source of the catalog was read: what the catalog knows is as of that day.</summary>
    public static PartialDate DataDate => LastRead.Value;

    private static readonly Lazy<PartialDate> LastRead = new(() => Curated.Parties.SelectMany(p => p.Provenance.Sources)
        .Concat(Curated.Organizations.SelectMany(SourcesOf))
        .Select(s => s.Accessed)
        .OfType<PartialDate>()
        .Max());

    /// <summary>Reads the curated documents and combines them (what the first use of <see cref="Curated"/> costs).</summary>
    internal static Catalog LoadCurated() => Catalog.Combine(Documents.Select(Read));

    /// <summary>Reads COW and the curated documents and lays one over the other (what the first use of <see cref="Catalog"/> costs).</summary>
    internal static Catalog Load() => WithCow(LoadCurated());

    private static Catalog WithCow(Catalog curated) => CowOverlay.Lay(curated, CowIgoImporter.ImportBundled());

    // Hands a document's UTF-8 to a reader. Where the assembly's image holds the resource (it does when
    // the assembly is loaded from a file or compiled ahead of time), the reader gets that memory itself,
    // valid while the stream is open: scanning every document and reading the chosen ones copy nothing.
    // Any other resource stream is copied once.
    private static T Over<T>(string name, Func<ReadOnlySpan<byte>, T> read)
    {
        using Stream stream = typeof(BuiltInCatalog).Assembly.GetManifestResourceStream(DocumentPrefix + name)
            ?? throw new InvalidOperationException($"The built-in catalog document {name} is missing from OrgModel.Interop.");
        if (stream is UnmanagedMemoryStream image)
        {
            unsafe
            {
                return read(new ReadOnlySpan<byte>(image.PositionPointer, checked((int)image.Length)));
            }
        }

        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return read(bytes);
    }

    private static Catalog Read(string name) => Over(name, static json => OrgModelJson.DeserializeCatalog(json));

    // The sources an organization cites at its top level and on its memberships, names and terms.
    private static IEnumerable<Source> SourcesOf(Organization o) =>
        o.Provenance.Sources
            .Concat(o.Names.SelectMany(n => n.Value.Provenance.Sources))
            .Concat(o.Memberships.SelectMany(m => m.Statuses.SelectMany(s => s.Value.Provenance.Sources)))
            .Concat(o.ChairTerms.SelectMany(t => t.Value.Provenance.Sources))
            .Concat(o.ChairRotation is { } rule ? rule.Provenance.Sources.Concat(rule.Deviations.SelectMany(d => d.Provenance.Sources)) : []);
}

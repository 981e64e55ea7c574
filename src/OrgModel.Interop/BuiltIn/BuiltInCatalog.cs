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

    private static readonly Lazy<Catalog> CuratedLoaded = new(LoadCurated, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Catalog> Loaded = new(() => WithCow(Curated), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The whole catalog: COW IGO v3.0 with the curated records laid over it, read on first use.</summary>
    public static Catalog Catalog => Loaded.Value;

    /// <summary>The curated records alone (no COW organization), read on first use: what <see cref="Catalog"/> says of these organizations, without reading COW.</summary>
    public static Catalog Curated => CuratedLoaded.Value;

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

    private static Catalog Read(string name)
    {
        using Stream stream = typeof(BuiltInCatalog).Assembly.GetManifestResourceStream(DocumentPrefix + name)
            ?? throw new InvalidOperationException($"The built-in catalog document {name} is missing from OrgModel.Interop.");
        return OrgModelJson.DeserializeCatalog(stream);
    }

    // The sources an organization cites at its top level and on its memberships, names and terms.
    private static IEnumerable<Source> SourcesOf(Organization o) =>
        o.Provenance.Sources
            .Concat(o.Names.SelectMany(n => n.Value.Provenance.Sources))
            .Concat(o.Memberships.SelectMany(m => m.Statuses.SelectMany(s => s.Value.Provenance.Sources)))
            .Concat(o.ChairTerms.SelectMany(t => t.Value.Provenance.Sources))
            .Concat(o.ChairRotation is { } rule ? rule.Provenance.Sources.Concat(rule.Deviations.SelectMany(d => d.Provenance.Sources)) : []);
}

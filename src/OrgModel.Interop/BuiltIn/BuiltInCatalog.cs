using System.Reflection;
using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Time;

namespace OrgModel.Interop.BuiltIn;

/// <summary>
/// The curated catalog that ships with OrgModel: TURKPA, the Organization of Turkic States, TURKSOY,
/// the UN Security Council, the Council of the European Union, ASEAN and NATO, every fact with its
/// public source (see <c>docs/catalog.md</c>). One call away, the way NodaTime ships its time zones.
/// </summary>
/// <remarks>
/// <para>
/// It lives in <c>OrgModel.Interop</c>, beside the COW data, so the core library carries no data: an
/// application that brings its own catalogs does not ship these documents.
/// </para>
/// <para>
/// The documents are read on first use, once (its time and allocation are recorded in
/// <c>docs/benchmarks.md</c>), then shared: the catalog is immutable and safe for any number of threads.
/// </para>
/// </remarks>
public static class BuiltInCatalog
{
    private static readonly string[] Documents = ["turkic-catalog.json", "rotating-chairs.json", "nato.json"];

    private static readonly Lazy<Catalog> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The catalog, read on first use.</summary>
    public static Catalog Catalog => Loaded.Value;

    /// <summary>The version of the data: the version of this package.</summary>
    public static string Version { get; } =
        typeof(BuiltInCatalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The last day on which a source of the catalog was read: what the catalog knows is as of that day.</summary>
    public static PartialDate DataDate => LastRead.Value;

    private static readonly Lazy<PartialDate> LastRead = new(() => Catalog.Parties.SelectMany(p => p.Provenance.Sources)
        .Concat(Catalog.Organizations.SelectMany(SourcesOf))
        .Select(s => s.Accessed)
        .OfType<PartialDate>()
        .Max());

    /// <summary>Reads the documents and combines them (what the first use of <see cref="Catalog"/> costs).</summary>
    internal static Catalog Load() => Catalog.Combine(Documents.Select(Read));

    private static Catalog Read(string name)
    {
        using Stream stream = typeof(BuiltInCatalog).Assembly.GetManifestResourceStream($"OrgModel.Interop.{name}")
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

using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrgModel.Interop.Cow;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;

namespace OrgModel.Benchmarks;

/// <summary>
/// (f) Loading the whole COW catalog from JSON — parsing, validation and index building — with the
/// format's one reader (<see cref="OrgModelJson.DeserializeCatalog(ReadOnlySpan{byte})"/>), the error
/// path on an invalid document of the same size, and (g) importing the CSV.
/// </summary>
[MemoryDiagnoser]
public class CatalogLoadBenchmarks
{
    private byte[] _json = [];
    private byte[] _invalid = [];

    [GlobalSetup]
    public void Setup()
    {
        _json = CowBenchmarkData.CatalogJson(CowBenchmarkData.ImportCatalog());
        _invalid = InvalidCatalog.Of(_json);
    }

    [Benchmark(Description = "(f) load catalog JSON")]
    public Catalog Load() => OrgModelJson.DeserializeCatalog(_json);

    [Benchmark(Description = "(f) load catalog JSON, then the first query (builds the query index)")]
    public int LoadAndFirstQuery() => OrgModelJson.DeserializeCatalog(_json).MembersOn(new Id<Organization>("UN"), new NodaTime.LocalDate(2000, 6, 1)).Length;

    [Benchmark(Description = "(f) error path: read an invalid catalog (one bad status near the end)")]
    public string LoadInvalid()
    {
        try
        {
            OrgModelJson.DeserializeCatalog(_invalid);
            return string.Empty;
        }
        catch (OrgModelJsonException e)
        {
            return e.Path;
        }
    }

    [Benchmark(Description = "(f) error path: validate an invalid catalog")]
    public int ValidateInvalid() => OrgModelJson.ValidateCatalog(_invalid).Length;

    [Benchmark(Description = "(g) import the COW CSV (bundled, gzip)")]
    public Catalog ImportCsv() => CowIgoImporter.ImportBundled();
}

/// <summary>(f) as the first load in a fresh process, JIT and type loading included.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class CatalogColdLoadBenchmarks
{
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup() => _json = File.ReadAllBytes(CowJsonFile.Path);

    [Benchmark(Description = "(f) first load in a fresh process")]
    public Catalog Load() => OrgModelJson.DeserializeCatalog(_json);
}

/// <summary>The COW catalog with its last full status made invalid ("Full"), so the reader meets the problem at the end.</summary>
internal static class InvalidCatalog
{
    public static byte[] Of(byte[] json)
    {
        string text = Encoding.UTF8.GetString(json);
        int at = text.LastIndexOf("\"status\": \"full\"", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text[..at] + "\"status\": \"Full\"" + text[(at + "\"status\": \"full\"".Length)..]);
    }
}

/// <summary>
/// The catalog JSON written once to a file, so cold-start processes read bytes without importing
/// first. The file is named after the build of OrgModel and its importer that wrote it, so a changed
/// format or importer never reads a stale file.
/// </summary>
public static class CowJsonFile
{
    public static string Path { get; } = Write();

    private static string Write()
    {
        string build = $"{typeof(Catalog).Assembly.ManifestModule.ModuleVersionId:N}-{typeof(CowIgoImporter).Assembly.ManifestModule.ModuleVersionId:N}";
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"orgmodel-cow-catalog-{build}.json");
        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, CowBenchmarkData.CatalogJson(CowBenchmarkData.ImportCatalog()));
        }

        return path;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrgModel.Interop.Cow;
using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Serialization.Dto;

namespace OrgModel.Benchmarks;

/// <summary>
/// (f) Loading the whole COW catalog from JSON — parsing, validation and index building — as
/// <see cref="OrgModelJson.DeserializeCatalog(ReadOnlySpan{byte})"/> does it (straight from
/// <c>Utf8JsonReader</c> to the model), and with the reference reader's System.Text.Json path into the
/// format's objects, source-generated and reflection-based; and (g) importing the CSV.
/// </summary>
[MemoryDiagnoser]
public class CatalogLoadBenchmarks
{
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup() => _json = CowBenchmarkData.CatalogJson(CowBenchmarkData.ImportCatalog());

    [Benchmark(Description = "(f) load catalog JSON: OrgModel")]
    public Catalog Load() => OrgModelJson.DeserializeCatalog(_json);

    [Benchmark(Description = "(f) load catalog JSON: source-generated DTOs")]
    public Catalog LoadSourceGenerated() => OrgModelJson.DeserializeCatalogWithReferenceReader(_json);

    [Benchmark(Description = "(f) load catalog JSON: reflection DTOs")]
    public Catalog LoadReflection() => ReflectionLoad.Load(_json);

    [Benchmark(Description = "(g) import the COW CSV (bundled, gzip)")]
    public Catalog ImportCsv() => CowIgoImporter.ImportBundled();
}

/// <summary>(f) as the first load in a fresh process, where source generation saves reflection and JIT work.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class CatalogColdLoadBenchmarks
{
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup() => _json = File.ReadAllBytes(CowJsonFile.Path);

    [Benchmark(Description = "(f) first load in a fresh process: OrgModel")]
    public Catalog Load() => OrgModelJson.DeserializeCatalog(_json);

    [Benchmark(Description = "(f) first load in a fresh process: source-generated DTOs")]
    public Catalog LoadSourceGenerated() => OrgModelJson.DeserializeCatalogWithReferenceReader(_json);

    [Benchmark(Description = "(f) first load in a fresh process: reflection DTOs")]
    public Catalog LoadReflection() => ReflectionLoad.Load(_json);

    // System.Text.Json's own share, with no model built: where source generation's saving shows, if anywhere.
    [Benchmark(Description = "(f) first load in a fresh process, DTOs only: source-generated")]
    public object ObjectsSourceGenerated() => ReflectionLoad.ObjectsSourceGenerated(_json);

    [Benchmark(Description = "(f) first load in a fresh process, DTOs only: reflection")]
    public object ObjectsReflection() => ReflectionLoad.ObjectsReflection(_json);
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

/// <summary>The reference reader's pipeline (<see cref="OrgModelJson.DeserializeCatalogWithReferenceReader"/>), but with reflection-based metadata.</summary>
internal static class ReflectionLoad
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    // The library's generated metadata with the same reading options as above.
    private static readonly OrgModelJsonContext SourceGenerated = new(new JsonSerializerOptions(OrgModelJsonContext.Default.Options) { AllowDuplicateProperties = false });

    public static Catalog Load(byte[] json) => DtoReader.ReadCatalog(ObjectsReflection(json));

    public static CatalogDocumentDto ObjectsReflection(byte[] json) => JsonSerializer.Deserialize<CatalogDocumentDto>(json, Options)!;

    public static CatalogDocumentDto ObjectsSourceGenerated(byte[] json) => JsonSerializer.Deserialize(json, SourceGenerated.CatalogDocumentDto)!;
}

using BenchmarkDotNet.Attributes;
using OrgModel.Interop.BuiltIn;
using OrgModel.Model;

namespace OrgModel.Benchmarks;

/// <summary>
/// What the first use of the built-in catalog costs: <see cref="BuiltInCatalog.Curated"/> reads the
/// curated documents from the package's resources and combines them; <see cref="BuiltInCatalog.CuratedAbout(string)"/>
/// finds the documents that can name one organization and reads only those (what a first question
/// about TURKPA costs), and <see cref="BuiltInCatalog.CuratedAbout(string, string)"/> those and one
/// document that defines the party (what a first question whether the United States belongs to TURKPA
/// costs); <see cref="BuiltInCatalog.Catalog"/> also imports the bundled COW data and lays the curated
/// records over it.
/// </summary>
[MemoryDiagnoser]
public class BuiltInCatalogBenchmarks
{
    [Benchmark(Description = "built-in catalog, curated records only: read the documents and combine them")]
    public Catalog LoadCurated() => BuiltInCatalog.LoadCurated();

    [Benchmark(Description = "built-in catalog, about TURKPA: find the documents that can name it and read them")]
    public Catalog LoadAboutTurkpa() => BuiltInCatalog.ReadAbout("turkpa")!.Value.Catalog;

    [Benchmark(Description = "built-in catalog, about TURKPA and the US: its documents and one that defines the US")]
    public Catalog LoadAboutTurkpaAndUsa() => BuiltInCatalog.ReadAbout("turkpa", "usa")!.Value.Catalog;

    [Benchmark(Description = "built-in catalog, whole: import COW, read the curated documents, lay them over COW")]
    public Catalog Load() => BuiltInCatalog.Load();
}

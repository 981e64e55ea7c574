using BenchmarkDotNet.Attributes;
using OrgModel.Interop.BuiltIn;
using OrgModel.Model;

namespace OrgModel.Benchmarks;

/// <summary>What the first use of <see cref="BuiltInCatalog.Catalog"/> costs: reading its three documents from the package's resources and combining them.</summary>
[MemoryDiagnoser]
public class BuiltInCatalogBenchmarks
{
    [Benchmark(Description = "built-in catalog: read the three documents and combine them")]
    public Catalog Load() => BuiltInCatalog.Load();
}

using System.Globalization;
using OrgModel.Model;
using OrgModel.Serialization;

namespace OrgModel.Benchmarks;

/// <summary>
/// How much memory the loaded COW catalog keeps, against the size of its JSON: the heap after a full
/// collection, with the catalog alive, minus the heap before loading. Run with <c>-- memory</c>.
/// </summary>
public static class MemoryReport
{
    public static void Run()
    {
        byte[] json = CowBenchmarkData.CatalogJson(CowBenchmarkData.ImportCatalog());
        long before = GC.GetTotalMemory(forceFullCollection: true);
        Catalog catalog = OrgModelJson.DeserializeCatalog(json);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(catalog);
        long retained = after - before;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"| measure | value |"));
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine(string.Create(c, $"| COW catalog JSON | {json.Length:N0} bytes |"));
        Console.WriteLine(string.Create(c, $"| loaded catalog, retained on the heap (with indexes) | {retained:N0} bytes |"));
        Console.WriteLine(string.Create(c, $"| retained / JSON size | {(double)retained / json.Length:F2}× |"));
        Console.WriteLine(string.Create(c, $"| parties / organizations / memberships | {catalog.Parties.Count} / {catalog.Organizations.Count} / {catalog.Organizations.Sum(o => o.Memberships.Count):N0} |"));
    }
}

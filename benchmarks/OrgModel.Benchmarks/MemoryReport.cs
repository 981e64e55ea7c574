using System.Globalization;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;

namespace OrgModel.Benchmarks;

/// <summary>
/// How much memory the loaded COW catalog keeps, against the size of its JSON: the heap after a full
/// collection, with the catalog alive, minus the heap before loading — after loading, after the first
/// query (which builds the query index), and after 100,000 seeded random questions (members of an
/// organization and organizations of a state, each on a random day, as a user asks them). Run with
/// <c>-- memory</c>.
/// </summary>
public static class MemoryReport
{
    public static void Run()
    {
        byte[] json = CowBenchmarkData.CatalogJson(CowBenchmarkData.ImportCatalog());
        long before = GC.GetTotalMemory(forceFullCollection: true);
        Catalog catalog = OrgModelJson.DeserializeCatalog(json);
        long loaded = GC.GetTotalMemory(forceFullCollection: true) - before;
        catalog.MembersOn(catalog.Organizations[0].Id, new LocalDate(2000, 1, 1));
        long indexed = GC.GetTotalMemory(forceFullCollection: true) - before;
        var random = new Random(20261202);
        var origin = new LocalDate(1816, 1, 1);
        for (int i = 0; i < 50_000; i++)
        {
            LocalDate day = origin.PlusDays(random.Next(72_684));
            catalog.MembersOn(catalog.Organizations[random.Next(catalog.Organizations.Count)].Id, day);
            catalog.MembershipsOn(catalog.Parties[random.Next(catalog.Parties.Count)].Id, day);
        }

        long worked = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(catalog);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("| measure | value |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine(string.Create(c, $"| COW catalog JSON | {json.Length:N0} bytes |"));
        Console.WriteLine(string.Create(c, $"| loaded catalog, retained on the heap | {loaded:N0} bytes ({(double)loaded / json.Length:F2}×) |"));
        Console.WriteLine(string.Create(c, $"| retained on the heap (with indexes) | {indexed:N0} bytes |"));
        Console.WriteLine(string.Create(c, $"| retained / JSON size | {(double)indexed / json.Length:F2}× |"));
        Console.WriteLine(string.Create(c, $"| after 100,000 random questions | {worked:N0} bytes ({(double)worked / json.Length:F2}×) |"));
        Console.WriteLine(string.Create(c, $"| parties / organizations / memberships | {catalog.Parties.Count} / {catalog.Organizations.Count} / {catalog.Organizations.Sum(o => o.Memberships.Count):N0} |"));
    }
}

using System.Globalization;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;

namespace OrgModel.Benchmarks;

/// <summary>
/// Memory kept by synthetic COW-shaped catalogs at 1×, 10× and 100× (see <see cref="SyntheticCatalogs"/>),
/// with the query index built: the heap after a full collection minus the heap before. Run with
/// <c>-- growth-memory</c>.
/// </summary>
public static class GrowthMemoryReport
{
    public static void Run()
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("| scale | organizations | status spans | retained with the index | bytes per span |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
        foreach (int scale in new[] { 1, 10, 100 })
        {
            long before = GC.GetTotalMemory(forceFullCollection: true);
            Catalog catalog = SyntheticCatalogs.ShapedLikeCow(scale);
            catalog.MembersOn(catalog.Organizations[0].Id, new LocalDate(2000, 1, 1));
            long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
            long spans = catalog.Organizations.Sum(o => o.Memberships.Sum(m => (long)m.Statuses.Count));
            Console.WriteLine(string.Create(c, $"| {scale}× | {catalog.Organizations.Count:N0} | {spans:N0} | {retained:N0} bytes | {(double)retained / spans:F0} |"));
            GC.KeepAlive(catalog);
        }
    }
}

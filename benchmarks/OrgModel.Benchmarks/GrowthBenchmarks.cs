using BenchmarkDotNet.Attributes;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;

namespace OrgModel.Benchmarks;

/// <summary>
/// How the costs grow with the catalog: synthetic COW-shaped catalogs at 1×, 10× and 100× (534 to
/// 53,400 organizations), each asked the same seeded random mix of 512 questions (per question). A
/// point query should stay O(log n); members of an organization should cost the same at every size
/// (an organization's answer does not grow); a state's organizations grow with the answer (a state
/// belongs to about scale times as many organizations); building the catalog and its index should be
/// linear. Memory growth is measured by the "growth-memory" mode of the program.
/// </summary>
[MemoryDiagnoser]
public class GrowthBenchmarks
{
    private const int Questions = 512;
    private Catalog _catalog = Catalog.Empty;
    private (Id<Organization> Organization, Id<Party> State, LocalDate Day)[] _mix = [];

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = SyntheticCatalogs.ShapedLikeCow(Scale);
        var random = new Random(42);
        var origin = new LocalDate(1816, 1, 1);
        _mix = [.. Enumerable.Range(0, Questions).Select(_ => (
            _catalog.Organizations[random.Next(_catalog.Organizations.Count)].Id,
            _catalog.Parties[random.Next(_catalog.Parties.Count)].Id,
            origin.PlusDays(random.Next(72_684))))];
        _catalog.MembersOn(_mix[0].Organization, _mix[0].Day);
    }

    [Benchmark(Description = "point query: is S a member of O on D", OperationsPerInvoke = Questions)]
    public int PointQuery()
    {
        int n = 0;
        foreach (var q in _mix)
        {
            n += _catalog.StatusOn(q.Organization, q.State, q.Day).HasValue ? 1 : 0;
        }

        return n;
    }

    [Benchmark(Description = "list: members of O on D", OperationsPerInvoke = Questions)]
    public int Members()
    {
        int n = 0;
        foreach (var q in _mix)
        {
            n += _catalog.MembersOn(q.Organization, q.Day).Length;
        }

        return n;
    }

    [Benchmark(Description = "list: organizations of S on D", OperationsPerInvoke = Questions)]
    public int Organizations()
    {
        int n = 0;
        foreach (var q in _mix)
        {
            n += _catalog.MembershipsOn(q.State, q.Day, includeOrgans: false).Length;
        }

        return n;
    }

    [Benchmark(Description = "build: the catalog from its parts, then its query index")]
    public int Build() => new CatalogIndex(new Catalog(_catalog.Parties, _catalog.Organizations)).GetHashCode();
}

using BenchmarkDotNet.Attributes;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Benchmarks;

/// <summary>
/// A hostile shape of valid data: one organization whose source lacks data for each of its parties in
/// a different year (one gap per party, the way COW records a state's missing years), asked the same
/// seeded mix of 512 questions whether a party belongs on a day. The answer reads the party's own gaps
/// and those for every party, so the time per question should not grow with the number of gaps.
/// </summary>
[MemoryDiagnoser]
public class DataGapBenchmarks
{
    private const int Questions = 512;
    private Catalog _catalog = Catalog.Empty;
    private (Id<Party> Party, LocalDate Day)[] _mix = [];
    private readonly Id<Organization> _organization = new("gaps");

    [Params(100, 10_000, 100_000)]
    public int Gaps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261203);
        Party[] parties = [.. Enumerable.Range(0, Gaps).Select(i => new Party(new Id<Party>($"p{i}"), PartyKind.State, Timeline.Exclusive(TimelineEntry.Create(default, $"State {i}"))))];
        DataGap[] gaps = [.. parties.Select(p => new DataGap(DataGapKind.Missing, DateRange.BetweenInclusive(new PartialDate(1900 + random.Next(100)), new PartialDate(1900 + random.Next(100, 125))), p.Id))];
        var organization = new Organization(
            _organization,
            OrganizationClassification.IntergovernmentalOrganization,
            Timeline.Exclusive(TimelineEntry.Create(DateRange.From(new PartialDate(1900)), new OrganizationName("Gaps"))),
            founded: new PartialDate(1900),
            dataGaps: [.. gaps]);
        _catalog = new Catalog(parties, [organization]);
        _mix = [.. Enumerable.Range(0, Questions).Select(_ => (parties[random.Next(parties.Length)].Id, new LocalDate(1900 + random.Next(126), 1 + random.Next(12), 1 + random.Next(28))))];
        _catalog.BelongsOn(_organization, _mix[0].Party, _mix[0].Day);
    }

    [Benchmark(Description = "belongs: a party of an organization with one data gap per party", OperationsPerInvoke = Questions)]
    public int Belongs()
    {
        int n = 0;
        foreach (var q in _mix)
        {
            n += (int)_catalog.BelongsOn(_organization, q.Party, q.Day);
        }

        return n;
    }
}

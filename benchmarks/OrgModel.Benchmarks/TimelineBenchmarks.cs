using BenchmarkDotNet.Attributes;
using NodaTime;
using OrgModel.Time;

namespace OrgModel.Benchmarks;

/// <summary>"The value on day D" in a timeline of 1,000 consecutive terms, with exact and year-precision bounds.</summary>
[MemoryDiagnoser]
public class TimelineBenchmarks
{
    private Timeline<int> _exact = Timeline<int>.Empty;
    private Timeline<int> _yearly = Timeline<int>.Empty;
    private LocalDate[] _days = [];

    [GlobalSetup]
    public void Setup()
    {
        var start = new LocalDate(1000, 1, 1);
        _exact = Timeline.Exclusive(Enumerable.Range(0, 1000).Select(i => TimelineEntry.Create(
            DateRange.Between(PartialDate.FromLocalDate(start.PlusDays(i * 30)), PartialDate.FromLocalDate(start.PlusDays((i + 1) * 30))), i)));
        _yearly = Timeline.Exclusive(Enumerable.Range(0, 1000).Select(i => TimelineEntry.Create(
            DateRange.Between(new PartialDate(1000 + i), new PartialDate(1001 + i)), i)));
        var random = new Random(42);
        _days = Enumerable.Range(0, 1024).Select(_ => start.PlusDays(random.Next(0, 365 * 1000))).ToArray();
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public int ValueAtExactBounds()
    {
        int sum = 0;
        foreach (LocalDate day in _days)
        {
            sum += _exact.At(day).ValueOrDefault;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public int ValueAtYearBounds()
    {
        int sum = 0;
        foreach (LocalDate day in _days)
        {
            sum += _yearly.At(day).ValueOrDefault;
        }

        return sum;
    }
}

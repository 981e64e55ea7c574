using BenchmarkDotNet.Running;
using OrgModel.Benchmarks;

if (args is ["memory"])
{
    MemoryReport.Run();
    return;
}

if (args is ["growth-memory"])
{
    GrowthMemoryReport.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TimelineBenchmarks).Assembly).Run(args);

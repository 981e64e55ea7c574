using BenchmarkDotNet.Running;
using OrgModel.Benchmarks;

if (args is ["memory"])
{
    MemoryReport.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TimelineBenchmarks).Assembly).Run(args);

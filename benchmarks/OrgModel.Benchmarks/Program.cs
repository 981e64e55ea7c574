using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(OrgModel.Benchmarks.TimelineBenchmarks).Assembly).Run(args);

using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Meeting.Benchmarks -- --filter '*'` runs them all; see bench/README.md.
BenchmarkSwitcher.FromAssembly(typeof(Meeting.Benchmarks.StageBenchmarks).Assembly).Run(args);

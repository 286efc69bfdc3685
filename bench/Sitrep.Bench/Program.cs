using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

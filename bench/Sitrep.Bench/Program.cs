using BenchmarkDotNet.Running;

namespace Sitrep.Bench;

/// <summary>dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*' [--job short]</summary>
public static class BenchProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
}

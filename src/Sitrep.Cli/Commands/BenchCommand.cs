using System.ComponentModel;
using System.Diagnostics;
using NodaTime;
using Sitrep.Cli.Internal;
using Sitrep.Core.Model;
using Sitrep.Ingest;
using Sitrep.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands;

public sealed class BenchSettings : CommandSettings
{
    [CommandArgument(0, "[INPUT]")]
    [Description("Dispatches to measure on: text files, JSONL files or folders (default: the samples folder).")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("--count <N>")]
    [Description("How many dispatches to analyse (the inputs are cycled).")]
    [DefaultValue(2000)]
    public int Count { get; init; } = 2000;

    [CommandOption("--db <STORE>")]
    [Description("Where the store part saves: a PostgreSQL server (postgresql://USER@HOST/DATABASE, an empty database) to measure it; default a temporary SQLite file, deleted afterwards.")]
    public string? Db { get; init; }

    public override ValidationResult Validate() => Count < 1 ? ValidationResult.Error("--count must be at least 1") : ValidationResult.Success();
}

/// <summary><c>sitrep bench</c>: dispatches per second through the whole pipeline and the store, and peak memory.</summary>
public sealed class BenchCommand(IClock clock) : Command<BenchSettings>
{
    public override int Execute(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        var start = Stopwatch.StartNew();
        var (engine, error) = Engine.Create(null, null);
        if (engine is null)
        {
            Console.Error.WriteLine($"error: {error}");
            return ExitCodes.Fatal;
        }
        var load = start.Elapsed;
        var inputs = settings.Inputs.Length > 0 ? settings.Inputs : DefaultInputs();
        var corpus = new List<Dispatch>();
        foreach (var item in engine.Reader.Read(inputs))
        {
            // What cannot be measured on is said, as analyze says it; the rest is the corpus.
            switch (item)
            {
                case IngestedDispatch d:
                    corpus.Add(d.Dispatch);
                    break;
                case Rejected r:
                    Console.Error.WriteLine(r.Diagnostic);
                    break;
                case PassedOver p:
                    Console.Error.WriteLine(p.Warning);
                    break;
            }
        }
        if (corpus.Count == 0)
        {
            Console.Error.WriteLine($"error: no dispatch could be read from {string.Join(", ", inputs)}");
            return ExitCodes.Fatal;
        }
        // Warm up, then measure the pipeline alone and the pipeline with the store.
        foreach (var d in corpus.Take(20))
            engine.Analyze(d);
        long chars = 0;
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < settings.Count; i++)
        {
            var d = corpus[i % corpus.Count];
            chars += d.Text.Length;
            engine.Analyze(d);
        }
        var analyse = watch.Elapsed;
        var db = settings.Db ?? Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}.db");
        int stored = 0;
        var saving = new Stopwatch(); // the store's own share, without the analysis and the opening (migrations)
        watch.Restart();
        var store = StoreFile.OpenOrReport(db, Console.Error);
        if (store is null)
            return ExitCodes.Fatal;
        var where = store.Path;
        using (store)
        {
            foreach (var d in corpus.Take(Math.Min(settings.Count, corpus.Count)))
            {
                var analysed = engine.Analyze(d);
                saving.Start();
                store.Save(analysed, clock.GetCurrentInstant());
                saving.Stop();
                stored++;
            }
        }
        var withStore = watch.Elapsed;
        if (settings.Db is null)
            File.Delete(db);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.Out.WriteLine($"bench: startup (gazetteer and lexicons) {load.TotalSeconds:F2}s");
        Console.Out.WriteLine($"bench: analysed {settings.Count} dispatches ({chars / settings.Count} chars on average) in {analyse.TotalSeconds:F2}s: {settings.Count / analyse.TotalSeconds:F1} dispatches/s, {chars / analyse.TotalSeconds / 1000:F0} kchars/s");
        Console.Out.WriteLine($"bench: analysed and stored {stored} dispatches in {withStore.TotalSeconds:F2}s: {stored / withStore.TotalSeconds:F1} dispatches/s into {(settings.Db is null ? "a temporary SQLite file" : where)}");
        Console.Out.WriteLine($"bench: saving alone {saving.Elapsed.TotalSeconds:F2}s: {stored / saving.Elapsed.TotalSeconds:F1} dispatches/s, {saving.Elapsed.TotalMilliseconds / stored:F2} ms a dispatch");
        Console.Out.WriteLine($"bench: peak working set {peak / (1024.0 * 1024):F0} MiB, GC heap {GC.GetTotalMemory(false) / (1024.0 * 1024):F0} MiB");
        return ExitCodes.Ok;
    }

    private static string[] DefaultInputs()
    {
        var samples = Sitrep.Core.Data.RepoFiles.Find("samples");
        return samples is null ? [] : [samples];
    }
}

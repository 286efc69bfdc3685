using System.Diagnostics;

namespace Sitrep.Api;

/// <summary>What <see cref="LoadTest.RunAsync"/> measured: requests made and failed (status not 2xx), wall time, and latency percentiles.</summary>
public sealed record LoadTestReport(int Requests, int Failures, TimeSpan Elapsed, double RequestsPerSecond, TimeSpan P50, TimeSpan P99, TimeSpan Max)
{
    public override string ToString() =>
        $"{Requests} requests ({Failures} failed) in {Elapsed.TotalSeconds:F1}s: {RequestsPerSecond:F0} requests/s, p50 {P50.TotalMilliseconds:F2} ms, p99 {P99.TotalMilliseconds:F2} ms, max {Max.TotalMilliseconds:F1} ms";
}

/// <summary>
/// A bounded load test: <paramref name="concurrency"/> clients request the paths in turn until <c>maxRequests</c>
/// have been sent or <c>maxTime</c> has passed, whichever comes first. For a loopback server; not a unit test.
/// </summary>
public static class LoadTest
{
    public static async Task<LoadTestReport> RunAsync(Uri baseAddress, IReadOnlyList<string> paths, int maxRequests, TimeSpan maxTime, int concurrency, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRequests, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        if (paths.Count == 0)
            throw new ArgumentException("give at least one path", nameof(paths));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false }) { BaseAddress = baseAddress };
        // Warm up (JIT, first snapshot) outside the measurement.
        foreach (var p in paths)
            (await http.GetAsync(p, cancellationToken)).Dispose();
        var latencies = new long[maxRequests];
        int next = -1, failures = 0;
        var watch = Stopwatch.StartNew();
        async Task Client()
        {
            while (true)
            {
                int i = Interlocked.Increment(ref next);
                if (i >= maxRequests || watch.Elapsed >= maxTime || cancellationToken.IsCancellationRequested)
                    return;
                long start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(paths[i % paths.Count], HttpCompletionOption.ResponseContentRead, cancellationToken);
                latencies[i] = Stopwatch.GetTimestamp() - start;
                if (!response.IsSuccessStatusCode)
                    Interlocked.Increment(ref failures);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Client, cancellationToken)));
        watch.Stop();
        int done = Math.Min(maxRequests, next);
        var sorted = latencies.Take(done).Where(t => t > 0).Order().ToArray();
        TimeSpan At(double q) => sorted.Length == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)]);
        return new LoadTestReport(sorted.Length, failures, watch.Elapsed, sorted.Length / watch.Elapsed.TotalSeconds, At(0.50), At(0.99), At(1.0));
    }
}

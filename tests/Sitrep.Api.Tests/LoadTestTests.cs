namespace Sitrep.Api.Tests;

/// <summary>The load-test runner counts what it sends (its timings are printed by <c>sitrep serve --load-test</c>, never asserted).</summary>
public sealed class LoadTestTests(ReadFixture fixture) : IClassFixture<ReadFixture>
{
    [Theory]
    [InlineData(40, 4, new[] { "api/events" }, 0, "every request answered")]
    [InlineData(30, 3, new[] { "api/events", "api/events?limit=0" }, 15, "half the paths are bad requests: counted as failures")]
    public async Task It_stops_at_the_request_bound_and_counts_failures(int requests, int clients, string[] paths, int failures, string why)
    {
        // When
        var report = await LoadTest.RunAsync(fixture.Store.Server.BaseAddress, paths, requests, TimeSpan.FromMinutes(1), clients);
        // Then
        Assert.Equal(requests, report.Requests);
        Assert.True(failures == report.Failures, why);
        Assert.True(report.P99 >= report.P50 && report.Max >= report.P99);
    }
}

namespace Sitrep.Api.Tests;

/// <summary>One read-only server for a test class (its store is never written).</summary>
public sealed class ReadFixture : IAsyncLifetime
{
    public TestStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await TestStore.StartAsync(withAnalyzer: false);

    public async Task DisposeAsync() => await Store.DisposeAsync();
}

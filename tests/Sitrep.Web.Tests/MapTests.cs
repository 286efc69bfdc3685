using Microsoft.Playwright;
using Sitrep.Api.Tests;

namespace Sitrep.Web.Tests;

/// <summary>
/// A server on loopback over the test store, and Debian's Chromium driven by Playwright (never a downloaded browser:
/// <c>playwright install</c> is not run). The page must work offline: no tile server, the governorates are the base map.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    public TestStore Store { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await TestStore.StartAsync(withAnalyzer: false);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>A page in the given language, with every request outside the test server refused (no CDN, no tiles).</summary>
    public async Task<IPage> OpenAsync(string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var origin = Store.Server.BaseAddress.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync("**/*", route => route.Request.Url.StartsWith(origin, StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        var page = await context.NewPageAsync();
        await page.GotoAsync(Store.Server.BaseAddress.ToString());
        await page.WaitForFunctionAsync("() => window.sitrep && window.sitrep.day !== undefined");
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Store.DisposeAsync();
    }
}

public sealed class MapTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>Where screenshots go: the test output folder, and docs/screenshots/ of the repository for the README.</summary>
    private static string Shot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    private static string? RepoScreenshots()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.sln")))
                return Path.Combine(dir.FullName, "docs", "screenshots");
        return null;
    }

    private static Task<int> Markers(IPage page) => page.Locator("path.sitrep-event").CountAsync();

    private static Task<string?> Shade(IPage page, string pcode) =>
        page.EvaluateAsync<string?>($"() => window.sitrep.shading['{pcode}'] || null");

    private static async Task SlideTo(IPage page, string day)
    {
        await page.EvaluateAsync(@"day => {
            const i = window.sitrep.days.indexOf(day);
            if (i < 0) throw new Error('no such day ' + day);
            const s = document.getElementById('slider');
            s.value = String(i);
            s.dispatchEvent(new Event('input'));
        }", day);
        await page.WaitForFunctionAsync("day => window.sitrep.day === day", day);
    }

    /// <summary>
    /// Clicks until the click's result shows: on a loaded machine a click can land while Leaflet is still settling the
    /// view and be dropped (CI saw it once). Three tries of 15 s; the last failure names what the panel then showed.
    /// </summary>
    private static async Task ClickUntilShown(IPage page, ILocator target, string shown)
    {
        for (var attempt = 1; ; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await page.Locator(shown).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"after {attempt} clicks, no '{shown}'; the panel shows: {await page.Locator("#panel").InnerTextAsync()}", e);
            }
        }
    }

    [Fact]
    public async Task The_map_loads_with_markers_and_governorates_and_no_outside_request()
    {
        // Given / When the page opens at the last day
        var page = await fixture.OpenAsync();
        // Then markers are drawn, the governorates are the base map, and Homs is shaded by its controller
        await page.Locator("path.sitrep-event").First.WaitForAsync();
        Assert.True(await Markers(page) >= 1);
        Assert.Equal(4 + await Markers(page), await page.Locator(".leaflet-overlay-pane path").CountAsync() - await page.Locator("path.sitrep-control").CountAsync());
        Assert.Equal("Military Forces of Syria (2000-)", await Shade(page, "SY04"));
        Assert.Equal(0, await page.Locator(".leaflet-tile").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("map-loaded.png") });
    }

    [Fact]
    public async Task Moving_the_slider_changes_the_markers_and_the_shading()
    {
        // Given the page at the last day (2017-03-14): the army holds Homs, only the Homs event is in the 30-day window
        var page = await fixture.OpenAsync();
        await page.SelectOptionAsync("#f-window", "30");
        await SlideTo(page, "2017-03-14");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('path.sitrep-event').length === 1");
        var lateMarkers = await Markers(page);
        var lateHoms = await Shade(page, "SY04");
        // When sliding back to 2016-12-25
        await SlideTo(page, "2016-12-25");
        // Then the Idleb clash is shown instead, and Homs is shaded for the rebels
        Assert.Equal(1, lateMarkers);
        Assert.Equal("Military Forces of Syria (2000-)", lateHoms);
        Assert.Equal("Opposition Rebels (Syria)", await Shade(page, "SY04"));
        var ids = await page.Locator("path.sitrep-event").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-event-id'))");
        Assert.Single(ids);
        // And before any statement about Homs, only Aleppo is shaded
        await SlideTo(page, "2016-08-20");
        Assert.Null(await Shade(page, "SY04"));
        Assert.Equal("Opposition Rebels (Syria)", await Shade(page, "SY02"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("map-2016-08-20.png") });
    }

    [Fact]
    public async Task Clicking_a_marker_shows_the_dispatch_with_its_evidence_highlighted()
    {
        // Given the page at 2017-03-14 in French
        var page = await fixture.OpenAsync("fr-FR");
        await page.SelectOptionAsync("#f-window", "30");
        await SlideTo(page, "2017-03-14");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('path.sitrep-event').length === 1");
        // When clicking the Homs marker
        await ClickUntilShown(page, page.Locator("path.sitrep-event").First, "#dispatch-text mark");
        // Then the supporting words are highlighted per field, the claims and reports are listed, in French
        var marks = await page.Locator("#dispatch-text mark").EvaluateAllAsync<string[][]>("els => els.map(e => [e.dataset.field, e.textContent])");
        Assert.Contains(marks, m => m[0] == "fatalities" && m[1] == "Au moins douze combattants");
        Assert.Contains(marks, m => m[0] == "event_type" && m[1] == "a repris");
        Assert.Contains("Ce que dit chaque source", await page.Locator("#panel").InnerTextAsync());
        Assert.Equal(1, await page.Locator(".reports a").CountAsync());
        Assert.Equal("fr", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("map-evidence.png") });
        // The README's picture: written when missing, refreshed with SITREP_UPDATE_SCREENSHOTS=1 (so a test run leaves the tree clean).
        if (RepoScreenshots() is { } docs && (!File.Exists(Path.Combine(docs, "map-evidence.png")) || Environment.GetEnvironmentVariable("SITREP_UPDATE_SCREENSHOTS") == "1"))
        {
            Directory.CreateDirectory(docs);
            File.Copy(Shot("map-evidence.png"), Path.Combine(docs, "map-evidence.png"), overwrite: true);
        }
    }

    [Fact]
    public async Task Filters_narrow_the_markers()
    {
        // Given the page at 2017-03-14 with every event before it shown
        var page = await fixture.OpenAsync();
        await page.SelectOptionAsync("#f-window", "0");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('path.sitrep-event').length === 3");
        // When choosing one event type
        await page.SelectOptionAsync("#f-type", "Explosions/Remote violence");
        // Then only that event remains
        await page.WaitForFunctionAsync("() => document.querySelectorAll('path.sitrep-event').length === 1");
        Assert.Equal(1, await Markers(page));
    }
}

using Sitrep.Core.Model;

namespace Sitrep.Export.Tests;

public sealed class ExportWriterTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitrep-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void WriteAll_writes_the_three_files()
    {
        // Given two dispatches
        var dispatches = new[] { Samples.Stored("a"), Samples.Stored("b") };

        // When exported
        var summary = ExportWriter.WriteAll(folder, dispatches);

        // Then the three files are there, consistent with the individual writers, with nothing left over
        Assert.Equal((2, 4, 2), (summary.Dispatches, summary.Events, summary.ControlStatements));
        var csv = new StringWriter();
        AcledCsv.Write(csv, dispatches);
        Assert.Equal(csv.ToString(), File.ReadAllText(Path.Combine(folder, "events.csv")));
        Assert.Equal(EventsJson.ToJson(dispatches), File.ReadAllText(Path.Combine(folder, "events.json")));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(folder, "control.csv")).Length);
        Assert.Equal(["control.csv", "events.csv", "events.json"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.NotEqual(0xEF, File.ReadAllBytes(Path.Combine(folder, "events.csv"))[0]); // no byte-order mark
    }

    [Fact]
    public void WriteAll_with_nothing_writes_headers_only()
    {
        ExportWriter.WriteAll(folder, []);
        Assert.Equal(string.Join(",", AcledCsv.Columns) + "\r\n", File.ReadAllText(Path.Combine(folder, "events.csv")));
        Assert.Equal(string.Join(",", ControlCsv.Columns) + "\r\n", File.ReadAllText(Path.Combine(folder, "control.csv")));
        Assert.Contains("\"dispatches\": []", File.ReadAllText(Path.Combine(folder, "events.json")));
    }

    [Fact]
    public void A_failed_export_leaves_the_previous_files_whole()
    {
        // Given an earlier export
        ExportWriter.WriteAll(folder, [Samples.Stored("a")]);
        var before = File.ReadAllText(Path.Combine(folder, "events.csv"));

        // When a later export fails half-way through reading the store
        IEnumerable<StoredDispatch> Failing()
        {
            yield return Samples.Stored("b");
            throw new IOException("store went away");
        }
        Assert.Throws<IOException>(() => ExportWriter.WriteAll(folder, Failing()));

        // Then the earlier files are untouched and no partial file is left
        Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "events.csv")));
        Assert.Equal(3, Directory.GetFiles(folder).Length);
    }
}

using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Export;

namespace Sitrep.Storage.Tests;

public sealed class ReExportTests : TempFolder
{
    [Fact]
    public void Exporting_from_the_database_gives_the_same_files_as_right_after_analysis()
    {
        // Given two analysed dispatches, exported straight away
        var storedAt = Instant.FromUtc(2019, 6, 10, 9, 0);
        var docs = new[] { Samples.Rich("wire-0001"), Samples.Small("wire-0002", "Crowds protested in the square on Monday.") };
        var direct = Path.Combine(Folder, "direct");
        ExportWriter.WriteAll(direct, docs.Select(d => StoredDispatch.Of(d, storedAt)));

        // When they are stored, and the database exported later from another connection
        using (var store = SqliteStore.Open(DbPath))
        {
            foreach (var d in docs)
                store.Save(d, storedAt);
        }
        var again = Path.Combine(Folder, "again");
        using (var store = SqliteStore.Open(DbPath))
            ExportWriter.WriteAll(again, store.ReadAll());

        // Then the three files are byte for byte the same
        foreach (var name in new[] { "events.csv", "events.json", "control.csv" })
            Assert.True(File.ReadAllBytes(Path.Combine(direct, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(again, name))), $"{name} differs");
    }
}

using Microsoft.Data.Sqlite;
using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Tests;

public sealed class SaveTests : TempFolder
{
    private static readonly Instant StoredAt = Instant.FromUtc(2019, 6, 10, 8, 30, 15) + Duration.FromTicks(1234);

    private const string OtherText = "Hundreds of people demonstrated in the square on Monday against rising bread prices.";

    [Fact]
    public void A_rich_dispatch_round_trips_field_for_field()
    {
        // Given an analysed dispatch with two events (one aggregate), claims, assoc actors, evidence and control,
        // published with a month-only date
        var doc = Samples.Rich();
        Assert.False(doc.Dispatch.Date!.HasDay);

        // When it is saved, the store closed, reopened and read back
        using (var store = SqliteStore.Open(DbPath))
            Assert.IsType<SaveResult.Stored>(store.Save(doc, StoredAt));
        using var reopened = SqliteStore.Open(DbPath);
        var back = Assert.Single(reopened.ReadAll().ToList());

        // Then every field is as it was, including the instant to the tick
        var expected = new StoredDispatch(doc.Dispatch, doc.Events!, doc.Control!, StoredAt);
        Assert.Equal(Canonical.Of(expected), Canonical.Of(back));
        Assert.Equal(new DispatchDate(2019, 6, null), back.Dispatch.Date);
        Assert.True(back.Events[1].Aggregate);
        Assert.Equal(TimePrecision.Month, back.Events[1].When!.Precision);
    }

    [Theory]
    [InlineData(2019, 6, null, true, "a month-only date stays a month, never the first of the month")]
    [InlineData(2019, 6, 9, true, "a full date")]
    [InlineData(0, 0, null, false, "no date at all")]
    public void The_publication_date_keeps_its_precision(int year, int month, int? day, bool dated, string why)
    {
        // Given a dispatch with that date
        var date = dated ? new DispatchDate(year, month, day) : null;
        var dispatch = Samples.Dispatch("d", OtherText, date, withDate: dated) with { Source = null, Url = null, Title = null, Origin = new InputOrigin("d.txt") };
        using var store = SqliteStore.OpenInMemory();

        // When it is stored and read back
        store.Save(new AnalyzedDispatch(dispatch), StoredAt);
        var back = store.Read(dispatch.Id)!;

        // Then the dispatch is identical
        Assert.True(dispatch == back.Dispatch, why);
    }

    [Fact]
    public void The_same_dispatch_saved_twice_is_stored_once_under_its_first_name()
    {
        // Given a stored dispatch
        using var store = SqliteStore.Open(DbPath);
        var first = store.Save(Samples.Rich("wire-0001"), StoredAt);

        // When the same text and date come again under another name
        var second = store.Save(Samples.Rich("copy-of-0001.txt"), StoredAt + Duration.FromHours(1));

        // Then it is reported as already stored, under the first name, and stored once
        Assert.IsType<SaveResult.Stored>(first);
        var already = Assert.IsType<SaveResult.AlreadyStored>(second);
        Assert.Equal("wire-0001", already.ExistingExternalId);
        Assert.Equal(Samples.Rich().Dispatch.Id, already.DispatchId);
        Assert.Equal(1, store.Count);
        Assert.Equal(2, store.ReadAll().Single().Events.Count);
        Assert.Equal(StoredAt, store.ReadAll().Single().StoredAt);
    }

    [Theory]
    [InlineData("dispatch", "before anything of it is written")]
    [InlineData("event 0", "the dispatch row is already written")]
    [InlineData("event 1", "a whole first event with its claims and evidence is already written")]
    [InlineData("assoc 0.1.1", "half of the first event's associated actors are written")]
    [InlineData("claim 0.1", "one claim of two is written")]
    [InlineData("evidence event 1.0", "the last event row is written but not its evidence")]
    [InlineData("control 1", "every event and one control statement are written")]
    [InlineData("evidence control 1.1", "the very last row")]
    public void A_save_that_fails_half_way_leaves_nothing_of_that_dispatch(string failAt, string why)
    {
        // Given a store with an earlier dispatch, and a save that will fail at one row
        using var store = SqliteStore.Open(DbPath);
        var earlier = Samples.Small("earlier", OtherText);
        store.Save(earlier, StoredAt);
        var before = Canonical.Of(store.ReadAll().Single());
        var doc = Samples.Rich();
        var steps = new List<string>();
        store.BeforeWriteStep = step =>
        {
            steps.Add(step);
            if (step == failAt)
                throw new IOException("disk on fire");
        };

        // When the rich dispatch is saved
        var error = Assert.Throws<IOException>(() => store.Save(doc, StoredAt));

        // Then the failure happened where intended, nothing of the dispatch is stored, and the earlier one is intact
        Assert.Equal("disk on fire", error.Message);
        Assert.True(steps[^1] == failAt, $"{why}: the save never reached '{failAt}' (steps: {string.Join(", ", steps)})");
        Assert.False(store.Contains(doc.Dispatch.Id), why);
        Assert.Equal(before, Canonical.Of(store.ReadAll().Single()));
        foreach (var table in new[] { "events", "event_assoc_actors", "claims", "control", "evidence" })
        {
            var rows = Convert.ToInt64(store.ExecuteScalar($"SELECT COUNT(*) FROM {table} WHERE dispatch_id = '{doc.Dispatch.Id}'"));
            Assert.True(rows == 0, $"{why}: {rows} rows left in {table}");
        }

        // And the store still works: the same dispatch saves once the fault is gone
        store.BeforeWriteStep = null;
        Assert.IsType<SaveResult.Stored>(store.Save(doc, StoredAt));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public void A_crash_in_the_middle_of_a_save_leaves_a_file_without_that_dispatch()
    {
        // Given a store with an earlier dispatch
        var earlier = Samples.Small("earlier", OtherText);
        var doc = Samples.Rich();
        var crashCopy = Path.Combine(Folder, "crash");
        Directory.CreateDirectory(crashCopy);
        using (var store = SqliteStore.Open(DbPath))
        {
            store.Save(earlier, StoredAt);
            // When the process "dies" half-way through the next save: the files on disk are copied at that moment
            store.BeforeWriteStep = step =>
            {
                if (step != "control 1")
                    return;
                foreach (var file in Directory.GetFiles(Folder, "sitrep.db*"))
                    File.Copy(file, Path.Combine(crashCopy, Path.GetFileName(file)));
            };
            store.Save(doc, StoredAt);
        }

        // Then the copy opens, holds the earlier dispatch, and nothing of the one being saved
        using var recovered = SqliteStore.Open(Path.Combine(crashCopy, "sitrep.db"));
        Assert.Equal(new[] { earlier.Dispatch.Id }, recovered.ReadAll().Select(s => s.Dispatch.Id));
        Assert.Equal(0L, Convert.ToInt64(recovered.ExecuteScalar("SELECT COUNT(*) FROM evidence WHERE owner = 'event' AND dispatch_id <> '" + earlier.Dispatch.Id + "'")));
    }

    public static TheoryData<string, string> BadRecords => new()
    {
        { "low-above-best", "a toll whose low bound is above its best figure violates a CHECK constraint" },
        { "duplicate-event-id", "two events with the same id in one dispatch violate a UNIQUE constraint" },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public void A_record_that_violates_a_constraint_leaves_nothing_of_its_dispatch(string fault, string why)
    {
        // Given a store with an earlier dispatch, and a dispatch whose second event is bad
        using var store = SqliteStore.Open(DbPath);
        store.Save(Samples.Small("earlier", OtherText), StoredAt);
        var doc = Samples.RichWithBadSecondEvent(fault);

        // When it is saved
        var error = Assert.Throws<SqliteException>(() => store.Save(doc, StoredAt));

        // Then SQLite refused it, and only the earlier dispatch is stored
        Assert.True(error.SqliteErrorCode == 19, $"{why}: expected SQLITE_CONSTRAINT, got {error.Message}"); // SQLITE_CONSTRAINT
        Assert.False(store.Contains(doc.Dispatch.Id), why);
        Assert.Equal(0L, Convert.ToInt64(store.ExecuteScalar($"SELECT COUNT(*) FROM events WHERE dispatch_id = '{doc.Dispatch.Id}'")));
        Assert.Equal("earlier", Assert.Single(store.ReadAll()).Dispatch.ExternalId);
    }

    [Fact]
    public void A_range_outside_the_text_is_refused_before_anything_is_written()
    {
        // Given an event whose evidence points past the end of the text
        using var store = SqliteStore.OpenInMemory();
        var doc = Samples.Rich();
        var e = doc.Events![0] with { Evidence = [new Evidence("location", new TextRange(10, doc.Content.Length + 1), "test")] };
        doc = doc with { Events = [e] };

        // When it is saved, Then it is a bug in the caller, and nothing is stored
        Assert.Throws<ArgumentException>(() => store.Save(doc, StoredAt));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Dispatches_come_back_in_the_order_they_were_stored()
    {
        // Given three dispatches stored in an order that is not their hash order
        using var store = SqliteStore.OpenInMemory();
        var names = new[] { "c", "a", "b" };
        foreach (var name in names)
            store.Save(Samples.Small(name, $"Protest number {name} in the square."), StoredAt);

        // When they are read back, Then the order is the storage order
        Assert.Equal(names, store.ReadAll().Select(s => s.Dispatch.ExternalId));
    }

    [Fact]
    public void A_dispatch_with_no_event_or_control_layer_is_stored_with_none()
    {
        // Given a dispatch that was never coded (no layers)
        using var store = SqliteStore.OpenInMemory();
        var doc = new AnalyzedDispatch(Samples.Dispatch("bare", OtherText));

        // When it is stored and read back
        var result = store.Save(doc, StoredAt);
        var back = store.Read(doc.Dispatch.Id)!;

        // Then it has no events and no control statements, and unknown ids read as null
        Assert.Equal(new SaveResult.Stored(doc.Dispatch.Id, "bare", 0, 0), result);
        Assert.Empty(back.Events);
        Assert.Empty(back.Control);
        Assert.Null(store.Read("no-such-hash"));
        Assert.Null(store.ExternalIdOf("no-such-hash"));
        Assert.Equal("bare", store.ExternalIdOf(doc.Dispatch.Id));
    }
}

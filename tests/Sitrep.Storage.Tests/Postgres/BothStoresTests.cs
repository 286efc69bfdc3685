using System.Data.Common;
using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Tests.Postgres;

/// <summary>
/// What both stores must do alike, run on each: the embedded SQLite file and a PostgreSQL database. The PostgreSQL
/// store shares the SQLite store's reader and writer, so these rows also catch a type or SQL that one database reads
/// differently.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BothStoresTests(TestServer server) : TempFolder
{
    private static readonly Instant StoredAt = Instant.FromUtc(2019, 6, 10, 8, 30, 15) + Duration.FromTicks(1234);

    private const string OtherText = "Hundreds of people marched through the market on Friday against rising fuel prices.";

    public static TheoryData<string> Stores => new() { "sqlite", "postgres" };

    /// <summary>The address of a new, empty store of that kind (a file that does not exist yet, or an empty database).</summary>
    private string NewAddress(string kind) => kind switch
    {
        "sqlite" => Path.Combine(Folder, "sitrep.db"),
        "postgres" => server.NewDatabase(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    [Theory]
    [MemberData(nameof(Stores))]
    public void A_rich_dispatch_round_trips_field_for_field_after_reopening(string kind)
    {
        // Given a rich analysed dispatch (two events, one aggregate; claims, assoc actors, evidence, control)
        var address = NewAddress(kind);
        var doc = Samples.Rich();

        // When it is saved, the store closed, reopened through the --db chooser and read back
        using (var store = DispatchStore.Open(address))
            Assert.IsType<SaveResult.Stored>(store.Save(doc, StoredAt));
        using var reopened = DispatchStore.Open(address);
        var back = Assert.Single(reopened.ReadAll().ToList());

        // Then every field is as it was, the instant to the tick, and the store is of the kind asked for
        Assert.Equal(Canonical.Of(new StoredDispatch(doc.Dispatch, doc.Events!, doc.Control!, StoredAt)), Canonical.Of(back));
        Assert.Equal(kind == "postgres", reopened is PostgresStore);
        Assert.Equal(kind == "postgres" ? PostgresStore.LatestSchemaVersion : SqliteStore.LatestSchemaVersion, reopened.SchemaVersion);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void The_same_dispatch_saved_twice_is_stored_once_under_its_first_name(string kind)
    {
        // Given a stored dispatch
        using var store = DispatchStore.Open(NewAddress(kind));
        store.Save(Samples.Rich("wire-0001"), StoredAt);

        // When the same text and date come again under another name
        var second = store.Save(Samples.Rich("copy-of-0001.txt"), StoredAt + Duration.FromHours(1));

        // Then it is reported as already stored, under the first name, and stored once
        Assert.Equal("wire-0001", Assert.IsType<SaveResult.AlreadyStored>(second).ExistingExternalId);
        Assert.Equal(1, store.Count);
        Assert.Equal(StoredAt, store.ReadAll().Single().StoredAt);
    }

    [Theory]
    [InlineData("sqlite", "event 1", "a whole first event is written when the second fails")]
    [InlineData("sqlite", "evidence control 1.1", "the very last row fails")]
    [InlineData("postgres", "dispatch", "before anything of it is written")]
    [InlineData("postgres", "event 1", "a whole first event is written when the second fails")]
    [InlineData("postgres", "claim 0.1", "one claim of two is written")]
    [InlineData("postgres", "evidence control 1.1", "the very last row fails")]
    public void A_save_that_fails_half_way_leaves_nothing_of_that_dispatch(string kind, string failAt, string why)
    {
        // Given a store with an earlier dispatch, and a save that will fail at one row
        using var store = DispatchStore.Open(NewAddress(kind));
        store.Save(Samples.Small("earlier", OtherText), StoredAt);
        var doc = Samples.Rich();
        var reached = false;
        store.BeforeWriteStep = step =>
        {
            if (step != failAt)
                return;
            reached = true;
            throw new IOException("disk on fire");
        };

        // When the rich dispatch is saved
        Assert.Throws<IOException>(() => store.Save(doc, StoredAt));

        // Then nothing of it is stored, the earlier one is, and the store still works
        Assert.True(reached, $"{why}: the save never reached '{failAt}'");
        Assert.False(store.Contains(doc.Dispatch.Id), why);
        foreach (var table in new[] { "events", "event_assoc_actors", "claims", "control", "evidence" })
            Assert.Equal(0L, Convert.ToInt64(store.ExecuteScalar($"SELECT COUNT(*) FROM {table} WHERE dispatch_id = '{doc.Dispatch.Id}'")));
        Assert.Equal("earlier", Assert.Single(store.ReadAll()).Dispatch.ExternalId);
        store.BeforeWriteStep = null;
        Assert.IsType<SaveResult.Stored>(store.Save(doc, StoredAt));
    }

    [Theory]
    [InlineData("sqlite", "low-above-best", "a CHECK constraint refuses a toll whose low bound is above its best figure")]
    [InlineData("postgres", "low-above-best", "a CHECK constraint refuses a toll whose low bound is above its best figure")]
    [InlineData("postgres", "duplicate-event-id", "a UNIQUE key refuses two events with one id; it is not mistaken for a duplicate dispatch")]
    public void A_record_that_violates_a_constraint_is_refused_and_leaves_nothing(string kind, string fault, string why)
    {
        // Given a dispatch whose second event is bad
        using var store = DispatchStore.Open(NewAddress(kind));
        var doc = Samples.RichWithBadSecondEvent(fault);

        // When it is saved, Then the database refuses it and nothing of it is stored
        Assert.ThrowsAny<DbException>(() => store.Save(doc, StoredAt));
        Assert.False(store.Contains(doc.Dispatch.Id), why);
        Assert.Equal(0, store.Count);
    }

    [Theory]
    [InlineData("postgres", 1, 2_500, "2,500 evidence rows of one event: the batch holds three INSERTs of 1,000 rows at most for that table")]
    [InlineData("postgres", 800, 2, "800 events of 45 columns bind 36,000 parameters: more than one INSERT may, so two are sent")]
    [InlineData("sqlite", 800, 2, "the same dispatch on SQLite, row by row")]
    public void A_dispatch_with_more_rows_than_one_insert_holds_round_trips_whole(string kind, int eventCount, int evidencePerEvent, string why)
    {
        // Given a dispatch with many events, each with many evidence ranges, in an order the rows must keep
        var rich = Samples.Rich();
        var first = rich.Events![0];
        var evidence = first.Evidence[0];
        var events = Enumerable.Range(0, eventCount).Select(i => first with
        {
            Id = $"E{i}",
            Evidence = Enumerable.Range(0, evidencePerEvent).Select(k => evidence with { Rule = $"rule-{i}-{k}" }).ToList(),
        }).ToList();
        var doc = rich with { Events = events };
        using var store = DispatchStore.Open(NewAddress(kind));

        // When it is saved and read back
        Assert.IsType<SaveResult.Stored>(store.Save(doc, StoredAt));
        var back = Assert.Single(store.ReadAll().ToList());

        // Then every row is there, in order, field for field
        Assert.True(Canonical.Of(new StoredDispatch(doc.Dispatch, doc.Events, doc.Control!, StoredAt)).Equals(Canonical.Of(back)), why);
        Assert.Equal(eventCount * evidencePerEvent, back.Events.Sum(e => e.Evidence.Count));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Dispatches_come_back_in_the_order_they_were_stored(string kind)
    {
        // Given three dispatches stored in an order that is not their hash order
        using var store = DispatchStore.Open(NewAddress(kind));
        var names = new[] { "c", "a", "b" };
        foreach (var name in names)
            store.Save(Samples.Small(name, $"Sit-in number {name} outside the governorate building."), StoredAt);

        // When they are read back, Then the order is the storage order, and one is found by its hash
        Assert.Equal(names, store.ReadAll().Select(s => s.Dispatch.ExternalId));
        var a = Samples.Small("a", "Sit-in number a outside the governorate building.").Dispatch.Id;
        Assert.Equal("a", store.Read(a)!.Dispatch.ExternalId);
        Assert.Null(store.Read("no-such-hash"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void A_merge_is_replaced_as_a_whole_and_read_back_in_order(string kind)
    {
        // Given two stored dispatches and a first merge
        using var store = DispatchStore.Open(NewAddress(kind));
        var one = Samples.Rich();
        var two = Samples.Small("other", OtherText);
        store.Save(one, StoredAt);
        store.Save(two, StoredAt);
        var (k1, k2) = ($"{one.Dispatch.Id}/E1", $"{two.Dispatch.Id}/E1");
        store.SaveMerge([new StoredMergeMember(one.Dispatch.Id, "E1", "M1"), new StoredMergeMember(one.Dispatch.Id, "E2", "M2")],
            [new StoredMergeLink("M1", "a", "b", 0.5, "old")]);

        // When a new merge is saved, naming one link twice
        store.SaveMerge(
            [new StoredMergeMember(two.Dispatch.Id, "E1", "M1"), new StoredMergeMember(one.Dispatch.Id, "E1", "M1")],
            [new StoredMergeLink("M1", k1, k2, 0.7, "place: same\ndate: same"), new StoredMergeLink("M1", k1, k2, 0.9, "again")]);

        // Then only the new merge is kept, the repeated link with its last score, in key order
        var members = store.ReadMergeMembers();
        Assert.Equal(2, members.Count);
        Assert.All(members, m => Assert.Equal("M1", m.MergedId));
        Assert.Equal(members.Select(m => m.DispatchId).Order(StringComparer.Ordinal), members.Select(m => m.DispatchId));
        var link = Assert.Single(store.ReadMergeLinks("M1"));
        Assert.Equal((0.9, "again"), (link.Score, link.Reasons));
        Assert.Empty(store.ReadMergeLinks("M2"));
    }
}

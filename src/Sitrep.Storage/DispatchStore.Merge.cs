using Sitrep.Storage.Internal;

namespace Sitrep.Storage;

/// <summary>One stored event's place in a merged event: event <paramref name="EventId"/> of dispatch <paramref name="DispatchId"/> (content hash) belongs to <paramref name="MergedId"/>.</summary>
public sealed record StoredMergeMember(string DispatchId, string EventId, string MergedId);

/// <summary>A link that joined two reports (<c>DISPATCHHASH/EVENTID</c> keys) into a merged event, with its score and its criteria (one a line).</summary>
public sealed record StoredMergeLink(string MergedId, string AKey, string BKey, double Score, string Reasons);

public abstract partial class DispatchStore
{
    /// <summary>
    /// Replaces the stored merge (members and links) with these, in one transaction. Members of dispatches that are not
    /// stored are a bug in the caller (a foreign-key failure) and nothing is replaced.
    /// </summary>
    public void SaveMerge(IEnumerable<StoredMergeMember> members, IEnumerable<StoredMergeLink> links)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(links);
        using var tx = connection.BeginTransaction();
        using (var clear = connection.CreateCommand())
        {
            clear.Transaction = tx;
            clear.CommandText = "DELETE FROM merge_members; DELETE FROM merge_links;";
            clear.ExecuteNonQuery();
        }
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO merge_members (dispatch_id, event_id, merged_id) VALUES (@d, @e, @m)";
            var (d, e, m) = (Insert.Parameter(insert, "@d"), Insert.Parameter(insert, "@e"), Insert.Parameter(insert, "@m"));
            foreach (var row in members)
            {
                (d.Value, e.Value, m.Value) = (row.DispatchId, row.EventId, row.MergedId);
                insert.ExecuteNonQuery();
            }
        }
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            // The same pair twice keeps the last score (an upsert both databases read the same way).
            insert.CommandText = "INSERT INTO merge_links (merged_id, a_key, b_key, score, reasons) VALUES (@m, @a, @b, @s, @r) " +
                                 "ON CONFLICT (merged_id, a_key, b_key) DO UPDATE SET score = excluded.score, reasons = excluded.reasons";
            var (m, a, b, s, r) = (Insert.Parameter(insert, "@m"), Insert.Parameter(insert, "@a"), Insert.Parameter(insert, "@b"),
                Insert.Parameter(insert, "@s"), Insert.Parameter(insert, "@r"));
            foreach (var row in links)
            {
                (m.Value, a.Value, b.Value, s.Value, r.Value) = (row.MergedId, row.AKey, row.BKey, row.Score, row.Reasons);
                insert.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    /// <summary>The stored merge membership, by merged id then dispatch and event (empty before the first <c>sitrep merge</c>).</summary>
    public IReadOnlyList<StoredMergeMember> ReadMergeMembers()
    {
        var list = new List<StoredMergeMember>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT dispatch_id, event_id, merged_id FROM merge_members ORDER BY merged_id, dispatch_id, event_id";
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredMergeMember(r.GetString(0), r.GetString(1), r.GetString(2)));
        return list;
    }

    /// <summary>The stored links of one merged event (none for an event of one report, or an unknown id).</summary>
    public IReadOnlyList<StoredMergeLink> ReadMergeLinks(string mergedId)
    {
        var list = new List<StoredMergeLink>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT merged_id, a_key, b_key, score, reasons FROM merge_links WHERE merged_id = @m ORDER BY score DESC, a_key, b_key";
        Insert.Parameter(cmd, "@m").Value = mergedId;
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredMergeLink(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3), r.GetString(4)));
        return list;
    }
}

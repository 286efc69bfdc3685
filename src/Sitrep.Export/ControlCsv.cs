using Sitrep.Core.Model;
using Sitrep.Export.Internal;

namespace Sitrep.Export;

/// <summary>
/// <c>control.csv</c>: one row per control statement. <c>share</c> is full, partial or contested; <c>as_of</c> is the
/// last day of the span the statement holds for (ISO yyyy-MM-dd, empty when the coder gave none);
/// <c>country</c>/<c>admin1</c>/<c>admin1_pcode</c> come from the area's resolved place (empty when the area was not
/// resolved, e.g. "east of the Euphrates"); <c>dispatch_id</c> is the dispatch's external id. Same CSV conventions as
/// <see cref="AcledCsv"/>.
/// </summary>
public static class ControlCsv
{
    public static IReadOnlyList<string> Columns { get; } =
        ["country", "admin1", "admin1_pcode", "area", "controller", "share", "as_of", "dispatch_id", "evidence"];

    public static void Write(TextWriter writer, IEnumerable<StoredDispatch> dispatches)
    {
        WriteHeader(writer);
        foreach (var d in dispatches)
            WriteRows(writer, d);
    }

    public static void WriteHeader(TextWriter writer) => Csv.WriteRow(writer, Columns);

    public static void WriteRows(TextWriter writer, StoredDispatch dispatch)
    {
        foreach (var c in dispatch.Control)
            Csv.WriteRow(writer, Row(dispatch, c));
    }

    /// <summary>The cells of one control statement's row, unquoted, in <see cref="Columns"/> order.</summary>
    public static IReadOnlyList<string> Row(StoredDispatch stored, ControlAssertion c)
    {
        var place = c.AreaPlace;
        bool isAdmin1 = place?.Kind == PlaceKind.Admin1;
        return
        [
            Countries.Find(place?.CountryCode)?.Name ?? place?.CountryCode ?? "",
            place?.Admin.Admin1 ?? (isAdmin1 ? place!.Name : ""),
            place?.Admin.Admin1PCode ?? "",
            c.Area,
            c.Controller.Name,
            Share(c.Share),
            Format.Day(c.AsOf?.To),
            stored.Dispatch.ExternalId,
            EvidenceText.Summarize(stored.Dispatch.Text, c.Evidence),
        ];
    }

    public static string Share(ControlShare share) => share switch
    {
        ControlShare.Full => "full",
        ControlShare.Partial => "partial",
        ControlShare.Contested => "contested",
        _ => throw new ArgumentOutOfRangeException(nameof(share), share, null),
    };
}

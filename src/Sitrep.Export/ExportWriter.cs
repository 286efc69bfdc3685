using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Export;

/// <summary>What <see cref="ExportWriter.WriteAll"/> wrote.</summary>
public sealed record ExportSummary(string EventsCsv, string EventsJson, string ControlCsv, int Dispatches, int Events, int ControlStatements);

/// <summary>
/// Writes the three export files into a folder, the same after analysis and from the database (<c>sitrep export</c>):
/// <c>events.csv</c> (<see cref="AcledCsv"/>), <c>events.json</c> (<see cref="EventsJson"/>) and
/// <c>control.csv</c> (<see cref="ControlCsv"/>). The dispatches are read once, in one pass, so a large store is
/// streamed. Each file is written beside its final name and moved into place at the end: a failed export leaves
/// the previous files as they were, never a truncated one.
/// </summary>
public static class ExportWriter
{
    public const string EventsCsvName = "events.csv";
    public const string EventsJsonName = "events.json";
    public const string ControlCsvName = "control.csv";

    /// <summary>UTF-8 without a byte-order mark: the CSVs join cleanly in pandas, R and the shell.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes events.csv, events.json and control.csv into <paramref name="outDir"/> (created if needed).</summary>
    public static ExportSummary WriteAll(string outDir, IEnumerable<StoredDispatch> dispatches)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        ArgumentNullException.ThrowIfNull(dispatches);
        Directory.CreateDirectory(outDir);
        var eventsCsv = Path.Combine(outDir, EventsCsvName);
        var eventsJson = Path.Combine(outDir, EventsJsonName);
        var controlCsv = Path.Combine(outDir, ControlCsvName);
        var temp = new[] { eventsCsv, eventsJson, controlCsv }.Select(p => p + ".partial").ToArray();
        int count = 0, events = 0, control = 0;
        try
        {
            using (var csv = new StreamWriter(temp[0], append: false, Utf8))
            using (var jsonStream = new FileStream(temp[1], FileMode.Create, FileAccess.Write))
            using (var json = EventsJson.Open(jsonStream))
            using (var ctl = new StreamWriter(temp[2], append: false, Utf8))
            {
                AcledCsv.WriteHeader(csv);
                EventsJson.WriteStart(json);
                ControlCsv.WriteHeader(ctl);
                foreach (var d in dispatches)
                {
                    AcledCsv.WriteRows(csv, d);
                    EventsJson.WriteDispatch(json, d);
                    ControlCsv.WriteRows(ctl, d);
                    count++;
                    events += d.Events.Count;
                    control += d.Control.Count;
                }
                EventsJson.WriteEnd(json);
            }
            File.Move(temp[0], eventsCsv, overwrite: true);
            File.Move(temp[1], eventsJson, overwrite: true);
            File.Move(temp[2], controlCsv, overwrite: true);
        }
        finally
        {
            foreach (var t in temp)
            {
                if (File.Exists(t))
                    File.Delete(t);
            }
        }
        return new ExportSummary(eventsCsv, eventsJson, controlCsv, count, events, control);
    }
}

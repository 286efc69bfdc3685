using Sitrep.Core.Model;

namespace Sitrep.Coding.Tests;

/// <summary>
/// The expected coding of a golden record, written as <c>key=value</c> pairs separated by <c>;</c>, one event per
/// block, blocks separated by <c>||</c> in the order the coder returns them:
/// <list type="bullet">
/// <item><c>type</c>, <c>sub</c>: ACLED event type and sub-event type;</item>
/// <item><c>a1</c>, <c>a2</c>: actor classes (gov, is, rebels, kurds, turkey, coalition, civilians, other; <c>-</c> for none),
/// compared through <see cref="Sitrep.Actors.ActorDictionary.ClassOf"/> so that records do not move when entry names change;</item>
/// <item><c>at</c>: the gazetteer name of the event's place; <c>on</c>: its date span (<c>2017-03-14</c> or
/// <c>2017-03-01..2017-03-31</c>); <c>dead</c>: best fatality figure or <c>-</c>; <c>agg</c>: <c>yes</c> or <c>no</c>;</item>
/// <item><c>claims</c>: sources (actor dictionary ids) and their figures, <c>sohr:15+white-helmets:21</c>; no claims if absent.</item>
/// </list>
/// <item><c>range</c> (optional): the toll's <c>low-high</c>, for records about how reports widen it.</item>
/// Every key but <c>claims</c> and <c>range</c> is required, so a record always states the whole coding.
/// </summary>
internal static class Expected
{
    private static readonly string[] Required = ["type", "sub", "a1", "a2", "at", "on", "dead", "agg"];

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string spec) =>
        spec.Split("||", StringSplitOptions.TrimEntries).Select(block =>
        {
            var fields = block.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
                .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : throw new FormatException($"'{p[0]}' has no value in '{block}'"));
            var missing = Required.Where(k => !fields.ContainsKey(k)).ToList();
            if (missing.Count > 0)
                throw new FormatException($"the expected coding '{block}' does not state {string.Join(", ", missing)}");
            return (IReadOnlyDictionary<string, string>)fields;
        }).ToList();

    /// <summary>The same keys read from a coded event, for comparison and for the failure message.</summary>
    public static IReadOnlyDictionary<string, string> Read(EventRecord e, GoldenWorld world) => new Dictionary<string, string>
    {
        ["type"] = e.EventType,
        ["sub"] = e.SubEventType,
        ["a1"] = world.ClassOf(e.Actor1),
        ["a2"] = world.ClassOf(e.Actor2),
        ["at"] = e.Where?.Place.Name ?? "-",
        ["on"] = e.When?.ToString() ?? "-",
        ["dead"] = e.Fatalities?.Best.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
        ["agg"] = e.Aggregate ? "yes" : "no",
        ["claims"] = string.Join("+", e.Claims.Select(c => $"{world.SourceId(c.Source)}:{c.Figure?.Best.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")),
    };

    public static string Show(IReadOnlyDictionary<string, string> fields) => string.Join("; ", fields.Select(kv => $"{kv.Key}={kv.Value}"));

    /// <summary>The keys on which the coded event differs from the expected one (claims compared as a set).</summary>
    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        foreach (var key in Required)
            if (expected[key] != actual[key])
                yield return $"{key}: expected '{expected[key]}', coded '{actual[key]}'";
        var want = (expected.GetValueOrDefault("claims") ?? "").Split('+', StringSplitOptions.RemoveEmptyEntries).Order().ToList();
        var got = actual["claims"].Split('+', StringSplitOptions.RemoveEmptyEntries).Order().ToList();
        if (!want.SequenceEqual(got))
            yield return $"claims: expected '{string.Join("+", want)}', coded '{string.Join("+", got)}'";
    }

    /// <summary>Runs the dispatch through the golden world and asserts that it codes to <paramref name="expected"/>, event by event.</summary>
    public static void Holds(GoldenWorld world, string lang, string date, string text, string expected, string why)
    {
        // Given
        var want = Parse(expected);

        // When
        var events = world.Run(lang, date, text).Events!;
        var coded = events.Select(e => Read(e, world)).ToList();

        // Then
        var listing = string.Join("\n  ", coded.Select(Show));
        Assert.True(want.Count == coded.Count, $"{why}\nexpected {want.Count} event(s), coded {coded.Count}:\n  {listing}");
        for (int i = 0; i < want.Count; i++)
        {
            var diff = Differences(want[i], coded[i]).ToList();
            if (want[i].TryGetValue("range", out var range) && events[i].Fatalities is { } toll && $"{toll.Low}-{toll.High}" != range)
                diff.Add($"range: expected '{range}', coded '{toll.Low}-{toll.High}'");
            Assert.True(diff.Count == 0, $"{why}\nevent {i + 1}: {string.Join("; ", diff)}\ncoded:\n  {listing}");
        }
    }
}

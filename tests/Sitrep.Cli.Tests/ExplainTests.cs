using System.Text.RegularExpressions;
using Sitrep.Cli.Tests.Internal;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep explain</c>: every event with its fields and the quoted words behind them.</summary>
[Collection(CliCollection.Name)]
public sealed partial class ExplainTests(SitrepCli cli)
{
    /// <summary>The fields whose values and evidence the snapshot keeps; actors and claims move as the coders improve.</summary>
    private static readonly string[] StableFields = ["when", "where", "type", "fatalities"];

    [Fact]
    public void What_the_user_sees_for_a_French_dispatch()
    {
        // Given a French dispatch dated by month, naming the day, a town of the test gazetteer, a strike and a toll
        var work = cli.NewFolder("explain");
        Dispatches.Write(Path.Combine(work, "fr-douma.txt"), Dispatches.FrenchDouma);

        // When it is explained
        var run = cli.Explain(work, "fr-douma.txt");

        // Then the header, the text, each event's heading and its date, place, type and toll with their evidence are as reviewed
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        Snapshot.Match("explain-fr-douma.stdout", StablePart(run.Stdout));
    }

    [Fact]
    public void Every_quoted_word_is_the_text_at_its_range()
    {
        // Given the dispatches of a mixed folder, as the reader sees their text (the date header line removed)
        var work = cli.NewFolder("quotes");
        Dispatches.WriteMixedFolder(Path.Combine(work, "in"));
        var douma = Dispatches.FrenchDouma[(Dispatches.FrenchDouma.IndexOf('\n') + 1)..];
        var idleb = Dispatches.FrenchIdleb[(Dispatches.FrenchIdleb.IndexOf('\n') + 1)..];

        // When two of them are explained
        var run = cli.Explain(work, Path.Combine("in", "fr-douma.txt"), Path.Combine("in", "sub", "deeper", "fr-idleb.txt"));

        // Then every evidence line quotes exactly the characters of its [start,end) range
        Assert.True(run.ExitCode == 0, run.ToString());
        var blocks = run.Stdout.Split("Dispatch ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, blocks.Length);
        int checkedQuotes = 0;
        foreach (var (block, text) in blocks.Zip([douma, idleb]))
        {
            foreach (Match m in Quote().Matches(block))
            {
                int start = int.Parse(m.Groups["start"].Value), end = int.Parse(m.Groups["end"].Value);
                var expected = text[start..end].ReplaceLineEndings(" ");
                Assert.Equal(expected.Length <= 90 ? expected : expected[..87] + "...", m.Groups["quote"].Value);
                checkedQuotes++;
            }
        }
        Assert.True(checkedQuotes >= 4, $"only {checkedQuotes} quotes found in\n{run.Stdout}");
        Assert.Contains("Control 1: ", blocks[1]);
    }

    [Fact]
    public void Mentions_list_what_each_stage_found_with_the_text_at_each_range()
    {
        // Given a French dispatch naming a town, a day, a side and a toll
        var work = cli.NewFolder("explainmentions");
        Dispatches.Write(Path.Combine(work, "fr-douma.txt"), Dispatches.FrenchDouma);
        var text = Dispatches.FrenchDouma[(Dispatches.FrenchDouma.IndexOf('\n') + 1)..];

        // When it is explained with --mentions
        var run = cli.Explain(work, "fr-douma.txt", "--mentions");

        // Then a Mentions section follows the events, with a place, a date and a toll line, each quoting the text at its range
        Assert.True(run.ExitCode == 0, run.ToString());
        var mentions = run.Stdout[run.Stdout.IndexOf("Mentions:", StringComparison.Ordinal)..];
        var lines = mentions.ReplaceLineEndings("\n").Split('\n').Skip(1).Where(l => l.Length > 0).ToList();
        Assert.Contains(lines, l => l.StartsWith("  place ", StringComparison.Ordinal) && l.Contains("→ Douma", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  date ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  toll ", StringComparison.Ordinal) && l.Contains(" dead", StringComparison.Ordinal));
        foreach (Match m in Quote().Matches(mentions))
        {
            int start = int.Parse(m.Groups["start"].Value), end = int.Parse(m.Groups["end"].Value);
            var expected = text[start..end].ReplaceLineEndings(" ");
            Assert.Equal(expected.Length <= 90 ? expected : expected[..87] + "...", m.Groups["quote"].Value);
        }
        Assert.DoesNotContain("Mentions:", cli.Explain(work, "fr-douma.txt").Stdout);
    }

    [Fact]
    public void A_JSONL_file_is_explained_line_by_line_and_a_bad_line_is_reported()
    {
        // Given a JSONL file with a good line, a bad one and another good one
        var work = cli.NewFolder("explainjsonl");
        Dispatches.Write(Path.Combine(work, "wire.jsonl"), string.Join("\n",
            Dispatches.JsonLine("wire-1", "2019-04-02", Dispatches.EnglishIdlib),
            "{\"id\":\"w\",\"title\":\"Sans texte\"}",
            Dispatches.JsonLine("wire-3", "2019-04-03", Dispatches.EnglishHoms)) + "\n");

        // When it is explained
        var run = cli.Explain(work, "wire.jsonl");

        // Then both good dispatches are explained in order, the bad line is named on stderr, and the exit code is 2
        Assert.Equal(2, run.ExitCode);
        var headers = run.Stdout.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("Dispatch ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [$"Dispatch wire-1 (en, dated 2019-04-02, {Dispatches.EnglishIdlib.Length} characters)", $"Dispatch wire-3 (en, dated 2019-04-03, {Dispatches.EnglishHoms.Length} characters)"],
            headers);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("wire.jsonl:2: error SR006: ", error);
    }

    /// <summary>
    /// The lines of an explanation that do not depend on actor coding: the header and the text between the rules,
    /// each "Event N:" heading, and the <see cref="StableFields"/> with their evidence lines.
    /// </summary>
    private static string StablePart(string stdout)
    {
        var kept = new List<string>();
        bool keep = true;
        int rules = 0;
        foreach (var line in stdout.ReplaceLineEndings("\n").Split('\n'))
        {
            if (rules < 2)
            {
                kept.Add(line);
                if (line.StartsWith('─')) rules++;
                continue;
            }
            if (line.StartsWith("Event ", StringComparison.Ordinal) || line.StartsWith("Control ", StringComparison.Ordinal))
            {
                kept.Add(line);
                continue;
            }
            var field = FieldName().Match(line);
            if (field.Success)
                keep = StableFields.Contains(field.Groups[1].Value);
            if (keep && line.Length > 0)
                kept.Add(line);
        }
        return string.Join("\n", kept) + "\n";
    }

    [GeneratedRegex(@"^  (\w+) ")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"(?:← |^  \w+ +)""(?<quote>.*)"" \[(?<start>\d+),(?<end>\d+)\)", RegexOptions.Multiline)]
    private static partial Regex Quote();
}

using Sitrep.Cli.Tests.Internal;

namespace Sitrep.Cli.Tests;

/// <summary>Usage errors: one line on stderr that says what is wrong, nothing on stdout, exit code 1.</summary>
[Collection(CliCollection.Name)]
public sealed class UsageTests(SitrepCli cli)
{
    [Theory]
    [InlineData("analyze needs something to read", "analyze", "error: Command 'analyze' is missing required argument 'INPUT'.")]
    [InlineData("explain needs a dispatch", "explain", "error: Command 'explain' is missing required argument 'DISPATCH'.")]
    [InlineData("a misspelt command is named back", "analyse in", "error: Unknown command 'analyse'.")]
    [InlineData("an option without its value", "analyze in --out", "error: Option 'out' is defined but no value has been provided.")]
    [InlineData("the gazetteer compiler is given a file that does not exist", "gazetteer import nope.txt", "error: no such file: nope.txt")]
    [InlineData("bench validates its count", "bench --count 0", "error: --count must be at least 1")]
    [InlineData("a misspelt option is refused, never ignored (regression: '--gazeteer' fell back to the default)", "analyze in --gazeteer g.idx", "error: Unknown option 'gazeteer'.")]
    public void A_usage_error_is_one_line_and_exit_code_1(string why, string args, string expected)
    {
        // Given an empty folder
        var work = cli.NewFolder("usage");

        // When sitrep is run with wrong arguments
        var run = cli.Run(work, args.Split(' '));

        // Then it prints the one expected line on stderr, nothing on stdout, creates nothing, and exits 1
        Assert.True(run.ExitCode == 1, $"{why}: {run}");
        Assert.Equal(expected + "\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    [Theory]
    [InlineData("analyze's help shows its input forms (regression: '[-DD]' in the text was read as a colour and the help crashed)", "analyze")]
    [InlineData("export's option texts are Spectre markup too; a bracket in them would crash its help the same way", "export")]
    [InlineData("explain's option texts are Spectre markup too; a bracket in them would crash its help the same way", "explain")]
    [InlineData("gazetteer import's option texts are Spectre markup too; a bracket in them would crash its help the same way", "gazetteer import")]
    [InlineData("bench's option texts are Spectre markup too; a bracket in them would crash its help the same way", "bench")]
    [InlineData("merge's option texts are Spectre markup too; a bracket in them would crash its help the same way", "merge")]
    [InlineData("control's option texts are Spectre markup too; a bracket in them would crash its help the same way", "control")]
    [InlineData("eval's option texts are Spectre markup too; a bracket in them would crash its help the same way", "eval")]
    [InlineData("demo's option texts are Spectre markup too; a bracket in them would crash its help the same way", "demo")]
    [InlineData("serve's option texts are Spectre markup too; a bracket in them would crash its help the same way", "serve")]
    public void Every_command_prints_its_help(string why, string command)
    {
        // Given an empty folder
        var work = cli.NewFolder("help");

        // When a command is asked for its help
        var run = cli.Run(work, [.. command.Split(' '), "--help"]);

        // Then it prints a usage on stdout, nothing on stderr, and exits 0
        Assert.True(run.ExitCode == 0, $"{why}: {run}");
        Assert.Contains("USAGE:", run.Stdout);
        Assert.Equal("", run.Stderr);
    }
}

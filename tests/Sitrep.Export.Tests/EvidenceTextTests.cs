using Sitrep.Core.Model;

namespace Sitrep.Export.Tests;

public sealed class EvidenceTextTests
{
    [Theory]
    [InlineData("retook the\n  village", "retook the village", "line breaks and runs of spaces become one space")]
    [InlineData("  the village  ", "the village", "white space at the edges is dropped")]
    [InlineData("kill", "kill", "short words are kept whole")]
    public void Excerpts_are_one_line(string words, string expected, string why)
    {
        var text = "xx " + words + " yy";
        Assert.True(expected == EvidenceText.Excerpt(text, new TextRange(3, 3 + words.Length)), why);
    }

    [Fact]
    public void Long_excerpts_are_cut_with_an_ellipsis()
    {
        // Given a range longer than the limit
        var text = string.Join(" ", Enumerable.Repeat("word", 40));

        // When summarised
        var summary = EvidenceText.Summarize(text, [new Evidence("notes", new TextRange(0, text.Length), "r")]);

        // Then it is cut to the limit and ends with an ellipsis
        Assert.EndsWith("…", summary);
        Assert.True(summary.Length <= "notes: ".Length + EvidenceText.MaxWords + 1, summary);
    }

    [Fact]
    public void Repeated_evidence_is_written_once()
    {
        var text = "Tell Qamar was retaken.";
        var r = new TextRange(0, 10);
        var summary = EvidenceText.Summarize(text, [new Evidence("location", r, "a"), new Evidence("location", r, "b"), new Evidence("area", r, "c")]);
        Assert.Equal("location: Tell Qamar | area: Tell Qamar", summary);
    }
}

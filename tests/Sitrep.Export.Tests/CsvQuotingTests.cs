using Sitrep.Export.Internal;

namespace Sitrep.Export.Tests;

public sealed class CsvQuotingTests
{
    [Theory]
    [InlineData("Hama", true, "Hama", "plain text is written as is")]
    [InlineData("", true, "", "an empty cell is empty")]
    [InlineData("Hama, Syria", true, "\"Hama, Syria\"", "a comma needs quotes")]
    [InlineData("the \"Tiger\" forces", true, "\"the \"\"Tiger\"\" forces\"", "quotes are doubled inside quotes")]
    [InlineData("one\ntwo", true, "\"one\ntwo\"", "a line break needs quotes")]
    [InlineData("one\rtwo", true, "\"one\rtwo\"", "a bare carriage return needs quotes too")]
    [InlineData(" padded", true, "\" padded\"", "a leading space would be trimmed by some readers")]
    [InlineData("=HYPERLINK(\"http://x\")", true, "\"'=HYPERLINK(\"\"http://x\"\")\"", "a formula in dispatch text must not run in Excel")]
    [InlineData("+33 1 23", true, "'+33 1 23", "a plus sign starts a formula")]
    [InlineData("@SUM(A1)", true, "'@SUM(A1)", "an at sign starts a formula")]
    [InlineData("-2+3", true, "'-2+3", "a minus sign followed by an expression starts a formula")]
    [InlineData("-12.5", true, "-12.5", "a negative number in a text column is left alone")]
    [InlineData("-12.5", false, "-12.5", "numeric columns are never guarded")]
    [InlineData("Deir ez-Zor", true, "Deir ez-Zor", "a hyphen inside text is harmless")]
    public void Fields_are_quoted_and_guarded(string value, bool isText, string expected, string why)
    {
        // Given a value, When it is written as a field
        var w = new StringWriter();
        Csv.WriteField(w, value, isText);

        // Then it is written as expected
        Assert.True(expected == w.ToString(), $"{why}: expected {expected}, got {w}");
    }
}

namespace Sitrep.Export.Internal;

/// <summary>
/// Writes CSV the way Excel and every CSV reader agree on (RFC 4180): comma-separated, CRLF after each row, a field
/// quoted when it holds a comma, a double quote, a line break or leading/trailing spaces, and quotes doubled inside.
/// <para>
/// Text cells (never numbers) that a spreadsheet would run as a formula, those starting with <c>=</c>, <c>+</c>,
/// <c>@</c>, a tab or a carriage return, or with <c>-</c> or <c>+</c> but not a plain number, get a leading apostrophe (the OWASP
/// guard against CSV injection); dispatch text is untrusted input.
/// </para>
/// </summary>
internal static class Csv
{
    public const string NewLine = "\r\n";

    public static void WriteRow(TextWriter w, IReadOnlyList<string> cells, IReadOnlySet<int>? numeric = null)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                w.Write(',');
            WriteField(w, cells[i], isText: numeric is null || !numeric.Contains(i));
        }
        w.Write(NewLine);
    }

    public static void WriteField(TextWriter w, string value, bool isText)
    {
        if (isText && LooksLikeFormula(value))
            value = "'" + value;
        if (!NeedsQuotes(value))
        {
            w.Write(value);
            return;
        }
        w.Write('"');
        w.Write(value.Replace("\"", "\"\""));
        w.Write('"');
    }

    public static bool LooksLikeFormula(string value) =>
        value.Length > 0 && value[0] switch
        {
            '=' or '@' or '\t' or '\r' => true,
            '-' or '+' => !double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
            _ => false,
        };

    private static bool NeedsQuotes(string value) =>
        value.Length > 0 && (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ');
}

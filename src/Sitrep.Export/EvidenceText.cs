using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Export;

/// <summary>The words behind coded fields, for a CSV cell a person can read.</summary>
public static class EvidenceText
{
    /// <summary>The longest excerpt per field in <see cref="Summarize"/>, in characters, before it is cut with "…".</summary>
    public const int MaxWords = 80;

    /// <summary>
    /// "field: words | field: words": for each evidence range, its field and the dispatch text it covers, with runs of
    /// white space (newlines included) made one space and long excerpts cut at <see cref="MaxWords"/> characters.
    /// Repeated identical entries are written once.
    /// </summary>
    public static string Summarize(string text, IEnumerable<Evidence> evidence)
    {
        var parts = new List<string>();
        foreach (var v in evidence)
        {
            var part = $"{v.Field}: {Excerpt(text, v.Range, MaxWords)}";
            if (!parts.Contains(part))
                parts.Add(part);
        }
        return string.Join(" | ", parts);
    }

    /// <summary>The text of the range with white space collapsed, cut to <paramref name="max"/> characters with "…".</summary>
    public static string Excerpt(string text, TextRange range, int max = int.MaxValue)
    {
        var sb = new StringBuilder(Math.Min(range.Length, max) + 1);
        bool space = false;
        foreach (char c in range.SpanOf(text))
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
                sb.Append(' ');
            space = false;
            sb.Append(c);
            if (sb.Length > max)
                break;
        }
        if (sb.Length > max)
        {
            int cut = char.IsHighSurrogate(sb[max - 1]) ? max - 1 : max;
            while (cut > 0 && sb[cut - 1] == ' ')
                cut--;
            sb.Length = cut;
            sb.Append('…');
        }
        return sb.ToString();
    }
}

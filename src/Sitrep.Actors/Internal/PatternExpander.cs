using System.Text;

namespace Sitrep.Actors.Internal;

/// <summary>
/// Expands the alternations of a dictionary pattern: "(les|des|) forces (turques|d'Ankara)" gives six phrases.
/// Groups nest; an empty branch makes a group optional; spaces are collapsed afterwards.
/// </summary>
internal static class PatternExpander
{
    public static IReadOnlyList<string> Expand(string pattern)
    {
        int i = 0;
        var result = Alternatives(pattern, ref i);
        if (i != pattern.Length)
            throw new FormatException($"pattern '{pattern}' has an unmatched ')' at character {i}");
        return result.Select(Collapse).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    // Alternatives := Sequence ('|' Sequence)*, up to a ')' or the end.
    private static List<string> Alternatives(string s, ref int i)
    {
        var all = new List<string>(Sequence(s, ref i));
        while (i < s.Length && s[i] == '|')
        {
            i++;
            all.AddRange(Sequence(s, ref i));
        }
        return all;
    }

    // Sequence := (text | '(' Alternatives ')')*, up to '|' or ')' or the end: the cross product of its parts.
    private static List<string> Sequence(string s, ref int i)
    {
        var acc = new List<string> { "" };
        var text = new StringBuilder();
        while (i < s.Length && s[i] != '|' && s[i] != ')')
        {
            if (s[i] == '(')
            {
                Append(acc, text);
                i++;
                var alts = Alternatives(s, ref i);
                if (i >= s.Length || s[i] != ')')
                    throw new FormatException($"pattern '{s}' has an unclosed '('");
                i++;
                acc = acc.SelectMany(a => alts.Select(b => a + b)).ToList();
            }
            else
                text.Append(s[i++]);
        }
        Append(acc, text);
        return acc;
    }

    private static void Append(List<string> acc, StringBuilder text)
    {
        if (text.Length == 0)
            return;
        var t = text.ToString();
        for (int k = 0; k < acc.Count; k++)
            acc[k] += t;
        text.Clear();
    }

    private static string Collapse(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

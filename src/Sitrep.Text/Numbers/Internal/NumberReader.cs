using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Text.Numbers.Internal;

/// <summary>
/// A figure read at some tokens: tokens [First, End) cover the hedge and the figure, [NumberFirst, End) the figure alone.
/// <see cref="Weak"/> marks "un", "a", "one" standing alone (a figure only when a head follows);
/// <see cref="YearLike"/> a bare four-digit number 1900..2100 (a year unless a head follows).
/// </summary>
internal readonly record struct NumberMatch(int First, int NumberFirst, int End, Quantity Value, string Rule, bool Weak, bool YearLike);

/// <summary>Reads figures written in digits, in words, as approximations, with or without a hedge.</summary>
internal static class NumberReader
{
    private static bool IsSpaceSeparator(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '\u2008';

    /// <summary>Reads the figure (with its hedge) that starts at token <paramref name="i"/>, if any.</summary>
    public static bool TryRead(Folded doc, NumberLexicon lex, int i, out NumberMatch match)
    {
        var (hedge, hl) = lex.Hedges.Match(doc, i);
        if (hl > 0 && TryReadBare(doc, lex, i + hl, out var bare) && !bare.YearLike)
        {
            match = bare with { First = i, Value = Apply(hedge, bare.Value), Rule = $"{lex.Code}/numbers.json#{hedge.Id}+{bare.Rule}", Weak = false };
            return true;
        }
        return TryReadBare(doc, lex, i, out match);
    }

    internal static Quantity Apply(Hedge h, Quantity q)
    {
        long low = Math.Min(q.Low, (long)Math.Round(q.Best * h.LowFactor));
        long high = Math.Max(q.High, (long)Math.Round(q.Best * h.HighFactor));
        var qualifier = q.Qualifier == QuantityQualifier.Vague ? QuantityQualifier.Vague : h.Qualifier;
        return new Quantity(low, q.Best, high, qualifier);
    }

    private static bool TryReadBare(Folded doc, NumberLexicon lex, int i, out NumberMatch match)
    {
        match = default;
        if (i >= doc.Count)
            return false;
        var (approx, al) = lex.Approximations.Match(doc, i);
        if (al > 0)
        {
            match = new NumberMatch(i, i, i + al, approx.Value, $"{lex.Code}/numbers.json#{approx.Id}", false, false);
            return true;
        }
        if (doc.IsNumber(i))
            return TryReadDigits(doc, lex, i, out match);
        if (doc.IsWord(i))
            return TryReadWords(doc, lex, i, out match);
        return false;
    }

    private static bool TryReadDigits(Folded doc, NumberLexicon lex, int i, out NumberMatch match)
    {
        match = default;
        var first = doc.Words[i];
        int end = i + 1;
        string digits = first;
        // "1 600", "1 500 000": groups of three digits separated by one space, thin or non-breaking space.
        if (first.Length <= 3 && IsAllDigits(first))
        {
            while (end < doc.Count && doc.IsNumber(end) && doc.Words[end].Length == 3 && IsAllDigits(doc.Words[end]))
            {
                var gap = doc.GapAfter(end - 1);
                if (gap.Length != 1 || !IsSpaceSeparator(gap[0]))
                    break;
                digits += doc.Words[end];
                end++;
            }
        }
        if (!TryParseDigits(digits, out var value))
            return false;
        bool yearLike = end == i + 1 && first.Length == 4 && IsAllDigits(first) && value is >= 1900 and <= 2100;
        string rule = "digits";
        if (end < doc.Count && lex.Multipliers.TryGetValue(doc.Words[end], out var mult) && mult >= 1000)
        {
            value *= mult;
            end++;
            yearLike = false;
            rule = "digits+multiplier";
        }
        long n = (long)Math.Round(value);
        match = new NumberMatch(i, i, end, Quantity.ExactlyOf(n), rule, false, yearLike);
        return true;
    }

    /// <summary>
    /// Digits with dots or commas: a separator followed by groups of exactly three digits separates thousands
    /// ("1,600", "1.600", "1,500,000"); otherwise a single separator is a decimal point or comma ("2.5", "1,5").
    /// When both occur, the last one is the decimal separator ("1,234.5", "1.234,5").
    /// </summary>
    internal static bool TryParseDigits(string s, out double value)
    {
        value = 0;
        int dots = 0, commas = 0;
        foreach (char c in s)
        {
            if (c == '.') dots++;
            else if (c == ',') commas++;
            else if (!char.IsAsciiDigit(c)) return false;
        }
        if (dots == 0 && commas == 0)
            return double.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        if (dots > 0 && commas > 0)
        {
            int lastDot = s.LastIndexOf('.'), lastComma = s.LastIndexOf(',');
            char dec = lastDot > lastComma ? '.' : ',';
            char thou = dec == '.' ? ',' : '.';
            var cleaned = s.Replace(thou.ToString(), "").Replace(dec, '.');
            return double.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }
        char sep = dots > 0 ? '.' : ',';
        var groups = s.Split(sep);
        bool thousands = groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
        if (thousands)
            return double.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out value);
        if (groups.Length == 2)
            return double.TryParse(groups[0] + "." + groups[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        return false;
    }

    private static bool IsAllDigits(string s)
    {
        foreach (char c in s)
            if (!char.IsAsciiDigit(c))
                return false;
        return s.Length > 0;
    }

    /// <summary>
    /// Number words: "trois", "vingt-cinq", "quatre-vingt-dix", "deux cent cinquante", "twenty-one",
    /// "two hundred and ten", "trois mille". Hyphenated words are split on their hyphens.
    /// </summary>
    private static bool TryReadWords(Folded doc, NumberLexicon lex, int i, out NumberMatch match)
    {
        match = default;
        long total = 0, current = 0;
        int end = i, pieces = 0;
        bool any = false, sawMultiplier = false, weakOnly = true;
        while (end < doc.Count && doc.IsWord(end))
        {
            var word = doc.Words[end];
            bool connector = lex.Connectors.Contains(word);
            if (connector)
            {
                // "vingt et un", "two hundred and ten": a connector only inside a figure, before another number word.
                if (!any || end + 1 >= doc.Count || !IsNumberWord(lex, doc.Words[end + 1]))
                    break;
                end++;
                continue;
            }
            if (!TryWordValue(lex, word, ref total, ref current, ref sawMultiplier, out int n, out bool weak, any))
                break;
            pieces += n;
            weakOnly &= weak;
            any = true;
            end++;
        }
        if (!any)
            return false;
        long value = total + current;
        bool isWeak = weakOnly && !sawMultiplier;
        match = new NumberMatch(i, i, end, Quantity.ExactlyOf(value), $"{lex.Code}/numbers.json#words", isWeak, false);
        return true;
    }

    private static bool IsNumberWord(NumberLexicon lex, string word)
    {
        long t = 0, c = 0;
        bool m = false;
        return TryWordValue(lex, word, ref t, ref c, ref m, out _, out _, false);
    }

    /// <summary>Adds one word (possibly hyphenated) to the running figure; false (and no change) when it is not a number word or does not continue the figure.</summary>
    private static bool TryWordValue(NumberLexicon lex, string word, ref long total, ref long current, ref bool sawMultiplier,
        out int pieces, out bool weak, bool continuing)
    {
        pieces = 0;
        weak = false;
        var parts = word.Split('-');
        long t = total, c = current;
        bool m = sawMultiplier, allWeak = true;
        bool cont = continuing;
        for (int k = 0; k < parts.Length; k++)
        {
            var p = parts[k];
            if (p.Length == 0)
                return false;
            if (k + 1 < parts.Length && lex.Compounds.TryGetValue(p + "-" + parts[k + 1], out var comp))
            {
                if (!Continues(c, comp, cont, lex)) return false;
                c += comp;
                k++;
                allWeak = false;
            }
            else if (lex.Multipliers.TryGetValue(p, out var mult))
            {
                if (mult == 100)
                    c = (c == 0 ? 1 : c) * 100;
                else
                {
                    t += (c == 0 ? 1 : c) * mult;
                    c = 0;
                }
                m = true;
                allWeak = false;
            }
            else if (lex.Units.TryGetValue(p, out var unit))
            {
                if (!Continues(c, unit, cont, lex) && !(k > 0 && c % 100 == 10 && unit < 10)) return false; // dix-sept
                c += unit;
                if (!lex.Weak.Contains(p)) allWeak = false;
            }
            else if (lex.Connectors.Contains(p) && k > 0 && k + 1 < parts.Length)
                continue;
            else
                return false;
            cont = true;
            pieces++;
        }
        total = t;
        current = c;
        sawMultiplier = m;
        weak = allWeak;
        return true;
    }

    /// <summary>Whether a unit may follow the figure read so far: "vingt"+"cinq", "cent"+"vingt", "soixante"+"dix", not "six"+"sept".</summary>
    private static bool Continues(long current, long unit, bool continuing, NumberLexicon lex)
    {
        if (!continuing || current == 0)
            return true;
        long rest = current % 100;
        if (rest == 0)
            return true;
        if (rest % 10 == 0 && rest >= 20 && unit < 10)
            return true;
        if ((rest == 60 || rest == 80) && unit is >= 10 and < 20)
            return true;
        return false;
    }
}

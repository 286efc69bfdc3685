using System.Text;

namespace Sitrep.Cli.Tests.Internal;

/// <summary>
/// Dispatches written for these tests (French and English, one or two sentences each), set in the four towns of
/// <see cref="SitrepCli.GeoNamesLines"/>. Each reports one clear attack, so each yields at least one event.
/// </summary>
public static class Dispatches
{
    /// <summary>A French text dispatch whose header gives the month only; the day comes from "Lundi 21 mai".</summary>
    public const string FrenchDouma = " date 2018-05\nLundi 21 mai, des frappes aériennes ont tué 7 civils à Douma, selon des secouristes.\n";

    /// <summary>A French text dispatch with a control statement.</summary>
    public const string FrenchIdleb = " date 2017-03-20\nLa province d'Idleb reste sous le contrôle de groupes rebelles. Des frappes russes ont tué 3 civils à Idleb lundi.\n";

    public const string EnglishIdlib = "Government forces shelled Idlib on Tuesday, killing 4 civilians, activists said.";
    public const string EnglishHoms = "Rebel fighters attacked an army checkpoint near Homs on Wednesday; three soldiers were killed.";
    public const string EnglishAleppo = "An air strike hit a market in Aleppo on Thursday, killing 9 people.";

    /// <summary>A JSONL line (no trailing newline); <paramref name="id"/> and <paramref name="date"/> are left out when null.</summary>
    public static string JsonLine(string? id, string? date, string text)
    {
        var parts = new List<string>();
        if (id is not null) parts.Add($"\"id\":{System.Text.Json.JsonSerializer.Serialize(id)}");
        if (date is not null) parts.Add($"\"date\":\"{date}\"");
        parts.Add($"\"text\":{System.Text.Json.JsonSerializer.Serialize(text)}");
        return "{" + string.Join(",", parts) + "}";
    }

    /// <summary>
    /// Writes <paramref name="content"/> as UTF-8, except that each <c>&lt;XX&gt;</c> (two hex digits) is written as that
    /// one raw byte: the way to put bytes that are not UTF-8 into a test row.
    /// </summary>
    public static void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var bytes = new List<byte>();
        int i = 0;
        while (i < content.Length)
        {
            if (content[i] == '<' && i + 3 < content.Length && content[i + 3] == '>' && Uri.IsHexDigit(content[i + 1]) && Uri.IsHexDigit(content[i + 2]))
            {
                bytes.Add(Convert.ToByte(content.Substring(i + 1, 2), 16));
                i += 4;
                continue;
            }
            int next = content.IndexOf('<', i + 1);
            if (next < 0) next = content.Length;
            bytes.AddRange(Encoding.UTF8.GetBytes(content[i..next]));
            i = next;
        }
        File.WriteAllBytes(path, bytes.ToArray());
    }

    /// <summary>
    /// A mixed input folder: a French text dispatch with a month header, a hidden file (skipped), a JSONL file in a
    /// subfolder with two ids and one line without id, and a French text dispatch two folders down. Returns the
    /// external ids in the order the reader meets them (paths sorted ordinally).
    /// </summary>
    public static IReadOnlyList<string> WriteMixedFolder(string folder)
    {
        Write(Path.Combine(folder, "fr-douma.txt"), FrenchDouma);
        Write(Path.Combine(folder, ".notes"), "not a dispatch: hidden files are skipped");
        Write(Path.Combine(folder, "sub", "deeper", "fr-idleb.txt"), FrenchIdleb);
        Write(Path.Combine(folder, "sub", "wire.jsonl"), string.Join("\n",
            JsonLine("wire-1", "2019-04-02", EnglishIdlib),
            JsonLine("wire-2", "2019-04-03", EnglishHoms),
            JsonLine(null, "2019-04-04", EnglishAleppo)) + "\n");
        return ["fr-douma.txt", "fr-idleb.txt", "wire-1", "wire-2", "wire.jsonl#3"];
    }
}

using System.Text;

namespace Sitrep.Cli.Tests.Internal;

/// <summary>A small RFC 4180 reader, written here so that the exports are read independently of the code that writes them.</summary>
public static class Csv
{
    /// <summary>The records of <paramref name="text"/>: fields split on commas, quotes undone, records ended by CRLF or LF.</summary>
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r': break;
                case '\n':
                    record.Add(field.ToString());
                    records.Add(record);
                    record = [];
                    field.Clear();
                    any = false;
                    break;
                default: field.Append(c); any = true; break;
            }
        }
        if (quoted)
            throw new FormatException("the CSV ends inside a quoted field");
        if (any)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }

    /// <summary>The rows of a CSV file as column → value maps, after checking every row has the header's width.</summary>
    public static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) ReadFile(string path)
    {
        var records = Parse(File.ReadAllText(path, Encoding.UTF8));
        var header = records[0];
        var rows = new List<Dictionary<string, string>>();
        foreach (var r in records.Skip(1))
        {
            if (r.Count != header.Count)
                throw new FormatException($"{path}: a row has {r.Count} cells, the header {header.Count}");
            rows.Add(header.Zip(r).ToDictionary(p => p.First, p => p.Second));
        }
        return (header, rows);
    }
}

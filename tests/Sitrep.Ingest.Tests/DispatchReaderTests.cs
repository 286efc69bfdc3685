using System.Text;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Text.Identification;

namespace Sitrep.Ingest.Tests;

public sealed class DispatchReaderTests
{
    private static readonly DispatchReader Reader = new(new StopwordLanguageDetector());

    [Theory]
    [InlineData(" date 2018-05\nLes forces gouvernementales ont pris le village.", "2018-05", "the reference format: leading space, month only, kept as a month")]
    [InlineData("date 2017-03-14\nRebels shelled the town.", "2017-03-14", "a full day, no leading space")]
    [InlineData(" date 2018-05 Les forces gouvernementales ont pris le village.", "2018-05", "date and text on one line")]
    [InlineData("Rebels shelled the town.", null, "no date line: the date is unknown, not today")]
    public void Text_file_date_header_is_read_with_its_precision(string content, string? expected, string why)
    {
        // Given a text dispatch
        using var dir = new TempDir();
        var path = dir.Write("d.txt", content);
        // When it is read
        var item = Assert.Single(Reader.Read([path]));
        // Then its date keeps the precision the header gave
        var d = Assert.IsType<IngestedDispatch>(item).Dispatch;
        Assert.True(expected == d.Date?.ToString(), why);
        Assert.DoesNotContain("date 20", d.Text);
    }

    [Theory]
    [InlineData("bad.jsonl", "{\"text\": \"ok\"\n", "SR004", 1, "unterminated JSON object")]
    [InlineData("bad.jsonl", "[1,2]\n", "SR004", 1, "a JSON array is not a dispatch")]
    [InlineData("bad.jsonl", "{\"id\":\"a\"}\n", "SR006", 1, "text is the one required field")]
    [InlineData("bad.jsonl", "{\"text\":\"   \"}\n", "SR003", 1, "blank text is empty")]
    [InlineData("bad.jsonl", "{\"text\":\"x\",\"date\":\"2018-02-30\"}\n", "SR005", 1, "February has no 30th")]
    [InlineData("bad.jsonl", "{\"text\":\"x\",\"date\":\"2018-13\"}\n", "SR005", 1, "there is no 13th month")]
    [InlineData("bad.jsonl", "{\"text\":\"x\",\"date\":\"21/05/2018\"}\n", "SR005", 1, "only ISO dates are read")]
    [InlineData("empty.txt", "   \n", "SR003", null, "an empty text file")]
    [InlineData("baddate.txt", " date 2018-00\nTexte.", "SR005", 1, "month 00 in a text header")]
    public void Bad_input_is_a_diagnostic_naming_file_and_line(string name, string content, string code, int? line, string why)
    {
        // Given a bad input
        using var dir = new TempDir();
        var path = dir.Write(name, content);
        // When it is read
        var item = Assert.Single(Reader.Read([path]));
        // Then it is rejected with the expected code, file and line
        var rejected = Assert.IsType<Rejected>(item);
        Assert.True(code == rejected.Diagnostic.Code, $"{why}: got {rejected.Diagnostic}");
        Assert.Equal(path, rejected.Diagnostic.File);
        Assert.Equal(line, rejected.Diagnostic.Line);
        Assert.NotNull(rejected.Diagnostic.Fix);
    }

    [Fact]
    public void Bad_utf8_names_the_line_and_the_batch_goes_on()
    {
        // Given a JSONL file whose second line holds a byte that is not UTF-8
        using var dir = new TempDir();
        var good = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"Rebels shelled the town.\"}\n");
        var bad = Encoding.UTF8.GetBytes("{\"id\":\"b\",\"text\":\"caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\"}\n")).ToArray();
        var path = dir.WriteBytes("mixed.jsonl", good.Concat(bad).Concat(good).ToArray());
        // When it is read
        var items = Reader.Read([path]).ToList();
        // Then line 2 is rejected and lines 1 and 3 are read
        Assert.Equal(3, items.Count);
        var rejected = Assert.IsType<Rejected>(items[1]);
        Assert.Equal(("SR002", 2), (rejected.Diagnostic.Code, rejected.Diagnostic.Line));
        Assert.IsType<IngestedDispatch>(items[0]);
        Assert.IsType<IngestedDispatch>(items[2]);
    }

    [Fact]
    public void Unreadable_file_is_a_diagnostic()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sitrep-no-such-file-" + Guid.NewGuid() + ".txt");
        var item = Assert.Single(Reader.Read([missing]));
        Assert.Equal("SR001", Assert.IsType<Rejected>(item).Diagnostic.Code);
    }

    [Fact]
    public void Mixed_directory_is_read_recursively_in_path_order()
    {
        // Given a directory with a text file, a JSONL file in a subfolder, a bad file and a hidden file
        using var dir = new TempDir();
        dir.Write("b.txt", " date 2018-05\nL'armée a bombardé la ville.");
        dir.Write("a/feed.jsonl", "{\"id\":\"x1\",\"text\":\"Regime forces shelled the town.\"}\n{\"text\":\"Clashes in the north.\"}\n");
        dir.Write("c.txt", "");
        dir.Write(".hidden.txt", "ignored");
        // When the directory is read
        var items = Reader.Read([dir.Path]).ToList();
        // Then every unit is there, in order, with its external id
        var ids = items.Select(i => i is IngestedDispatch d ? d.Dispatch.ExternalId : "rejected").ToList();
        Assert.Equal(["x1", "feed.jsonl#2", "b.txt", "rejected"], ids);
    }

    /// <summary>Files that hold no dispatch by their kind, each with content that would otherwise be read.</summary>
    public static TheoryData<string, byte[], string, string> NotDispatches => new()
    {
        { "fakes-dev.csv", "id,date,article_content\n1,2017-03-01,\"Rebels shelled the town.\"\n"u8.ToArray(), "a table (.csv)", "valid UTF-8 text: it was read as one huge dispatch" },
        { "FEED.CSV", "id,text\n1,Rebels shelled the town.\n"u8.ToArray(), "a table (.csv)", "the extension is matched whatever its case" },
        { "rows.tsv", "id\ttext\n1\tRebels shelled the town.\n"u8.ToArray(), "a table (.tsv)", "tab-separated values are a table too" },
        { "export.xlsx", "PK\u0003\u0004rest"u8.ToArray(), "a spreadsheet (.xlsx)", "the name says spreadsheet before the bytes say zip" },
        { "feed.jsonl.gz", [0x1F, 0x8B, 0x08, 0x00], "an archive (.gz)", "a compressed feed is refused by its last extension, not read as JSONL" },
        { "report.pdf", "%PDF-1.7\n"u8.ToArray(), "a PDF document (.pdf)", "a PDF is no text dispatch" },
        { "dispatches.zip", "PK\u0003\u0004rest"u8.ToArray(), "an archive (.zip)", "an archive is named, not sniffed" },
        { "archive.txt", "PK\u0003\u0004rest"u8.ToArray(), "an archive (zip, or an Office document)", "a zip misnamed .txt is known by its first bytes" },
        { "feed.jsonl", [0x1F, 0x8B, 0x08, 0x00], "an archive (gzip)", "a gzip misnamed .jsonl is known by its first bytes, not reported line by line" },
        { "store", "SQLite format 3\0rest"u8.ToArray(), "a database (SQLite)", "a database without an extension is known by its header" },
    };

    [Theory]
    [MemberData(nameof(NotDispatches))]
    public void A_file_that_holds_no_dispatch_named_as_input_is_an_error_naming_it_and_the_fix(string name, byte[] content, string kind, string why)
    {
        // Given a file that holds no dispatch by its kind
        using var dir = new TempDir();
        var path = dir.WriteBytes(name, content);
        // When it is named as an input
        var item = Assert.Single(Reader.Read([path]));
        // Then it is rejected with SR008, naming the file and its kind, and the fix names the formats read
        var d = Assert.IsType<Rejected>(item).Diagnostic;
        Assert.True(("SR008", Severity.Error) == (d.Code, d.Severity), $"{why}: got {d}");
        Assert.Equal(path, d.File);
        Assert.True(d.Message.StartsWith($"the file is {kind}, not a dispatch", StringComparison.Ordinal), $"{why}: got {d.Message}");
        Assert.Contains(".jsonl", d.Fix);
        Assert.Contains("{\"id\",\"date\",\"language\",\"source\",\"title\",\"text\"}", d.Fix);
    }

    [Theory]
    [MemberData(nameof(NotDispatches))]
    public void A_file_that_holds_no_dispatch_inside_a_folder_is_passed_over_with_a_warning(string name, byte[] content, string kind, string why)
    {
        // Given a folder with a good dispatch on either side of a file that holds none
        using var dir = new TempDir();
        dir.Write("0-first.txt", "Rebels shelled the town.");
        var path = dir.WriteBytes(name, content);
        dir.Write("~last.txt", "Regime forces shelled the town.");
        // When the folder is read
        var items = Reader.Read([dir.Path]).ToList();
        // Then both dispatches are read and the file between them is passed over with an SR008 warning naming it
        Assert.Equal(3, items.Count);
        Assert.IsType<IngestedDispatch>(items[0]);
        Assert.IsType<IngestedDispatch>(items[2]);
        var d = Assert.IsType<PassedOver>(items[1]).Warning;
        Assert.True(("SR008", Severity.Warning) == (d.Code, d.Severity), $"{why}: got {d}");
        Assert.Equal(path, d.File);
        Assert.Contains(kind, d.Message);
    }

    [Fact]
    public void A_batch_goes_on_after_an_input_that_holds_no_dispatch()
    {
        // Given a CSV named between two good inputs
        using var dir = new TempDir();
        var before = dir.Write("before.txt", "Rebels shelled the town.");
        var csv = dir.Write("table.csv", "id,text\n1,Rebels shelled the town.\n");
        var after = dir.Write("after.jsonl", "{\"id\":\"a1\",\"text\":\"Regime forces shelled the town.\"}\n");
        // When they are read
        var items = Reader.Read([before, csv, after]).ToList();
        // Then the CSV is rejected and both dispatches around it are read
        Assert.Equal(["before.txt", "SR008", "a1"], items.Select(i => i switch
        {
            IngestedDispatch d => d.Dispatch.ExternalId,
            Rejected r => r.Diagnostic.Code,
            _ => i.GetType().Name,
        }));
    }

    [Theory]
    [InlineData("L’armée syrienne a bombardé les positions des rebelles dans la province, selon l’Observatoire.", Language.French, "French function words and elisions")]
    [InlineData("Regime forces shelled the positions of the rebels in the province, according to the Observatory.", Language.English, "English function words")]
    public void Language_is_detected_when_not_given(string text, Language expected, string why)
    {
        using var dir = new TempDir();
        var path = dir.Write("l.jsonl", System.Text.Json.JsonSerializer.Serialize(new { text }) + "\n");
        var d = Assert.IsType<IngestedDispatch>(Assert.Single(Reader.Read([path]))).Dispatch;
        Assert.True(expected == d.Language, why);
    }

    [Fact]
    public void Given_language_wins_and_an_unknown_one_warns()
    {
        using var dir = new TempDir();
        var path = dir.Write("l.jsonl", "{\"language\":\"fr\",\"text\":\"Regime forces shelled the town.\"}\n{\"language\":\"tlh\",\"text\":\"Regime forces shelled the town.\"}\n");
        var items = Reader.Read([path]).Cast<IngestedDispatch>().ToList();
        Assert.Equal(Language.French, items[0].Dispatch.Language);
        Assert.Equal(Language.English, items[1].Dispatch.Language);
        Assert.Equal("SR007", Assert.Single(items[1].Warnings).Code);
    }

    [Fact]
    public void Same_text_and_date_have_the_same_identity_whatever_the_file()
    {
        using var dir = new TempDir();
        var a = dir.Write("a.txt", " date 2018-05\nLes rebelles ont pris la colline.");
        var b = dir.Write("b.jsonl", "{\"id\":\"other\",\"date\":\"2018-05\",\"text\":\"Les rebelles ont pris la colline.\"}\n");
        var c = dir.Write("c.jsonl", "{\"id\":\"later\",\"date\":\"2018-06\",\"text\":\"Les rebelles ont pris la colline.\"}\n");
        var ids = Reader.Read([a, b, c]).Cast<IngestedDispatch>().Select(d => d.Dispatch.Id).ToList();
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[2]);
    }
}

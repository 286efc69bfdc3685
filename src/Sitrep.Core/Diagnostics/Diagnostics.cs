namespace Sitrep.Core.Diagnostics;

/// <summary>The catalogue of input diagnostics: one named factory each, so every message says what to do.</summary>
public static class Diagnostics
{
    public static Diagnostic Unreadable(string file, string reason) =>
        new("SR001", Severity.Error, $"the file could not be read ({reason}).", file,
            Fix: "check that the path exists and is readable.");

    public static Diagnostic BadUtf8(string file, int line, int byteOffset) =>
        new("SR002", Severity.Error, $"the bytes at offset {byteOffset} are not valid UTF-8.", file, line,
            Fix: "re-save the file as UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8).");

    public static Diagnostic EmptyText(string file, int? line) =>
        new("SR003", Severity.Error, "the dispatch has no text.", file, line,
            Fix: line is null ? "remove the empty file or put the dispatch text in it." : "give the JSON line a non-empty \"text\".");

    public static Diagnostic BadJson(string file, int line, string reason, int? column = null) =>
        new("SR004", Severity.Error, $"the line is not a JSON object ({reason}).", file, line, column,
            Fix: "each line of a .jsonl file must be one object such as {\"id\":\"a1\",\"date\":\"2018-05-21\",\"text\":\"...\"}.");

    public static Diagnostic BadDate(string file, int? line, string reason) =>
        new("SR005", Severity.Error, $"impossible date: {reason}.", file, line,
            Fix: "write the date as YYYY-MM or YYYY-MM-DD, or leave it out.");

    public static Diagnostic MissingText(string file, int line) =>
        new("SR006", Severity.Error, "the JSON line has no \"text\" field.", file, line,
            Fix: "add \"text\": the dispatch itself; every other field is optional.");

    public static Diagnostic BadLanguage(string file, int? line, string given) =>
        new("SR007", Severity.Warning, $"language '{given}' is not one Sitrep reads; it was detected from the text instead.", file, line,
            Fix: "use \"fr\" or \"en\", or leave the language out.");

    /// <summary>
    /// A file that holds no dispatch by its kind (a table, an archive, a binary document). Named as an input it is an
    /// error; met inside an input folder it is a warning: the folder's other files are its dispatches.
    /// </summary>
    public static Diagnostic NotADispatch(string file, string kind, bool inFolder) =>
        new("SR008", inFolder ? Severity.Warning : Severity.Error,
            inFolder ? $"the file is {kind}, not a dispatch; it was passed over and the rest of the folder read."
                     : $"the file is {kind}, not a dispatch; it was not read.",
            file,
            Fix: (inFolder ? "nothing if it holds no dispatches; otherwise give them" : "give dispatches") +
                 " as .txt files (one dispatch each), as a .jsonl file with one " +
                 "{\"id\",\"date\",\"language\",\"source\",\"title\",\"text\"} object per line (only \"text\" required; " +
                 "a table's rows can be written out so), or as a folder of these.");

    public static Diagnostic AnalysisFailed(string file, int? line, string reason) =>
        new("SR010", Severity.Error, $"the dispatch could not be analysed ({reason}); nothing of it was stored.", file, line,
            Fix: "report this with the dispatch attached: it is a bug in Sitrep.");

    public static Diagnostic Duplicate(string file, int? line, string existingId) =>
        new("SR020", Severity.Warning, $"this dispatch was already stored (as '{existingId}'); it was not stored again.", file, line);
}

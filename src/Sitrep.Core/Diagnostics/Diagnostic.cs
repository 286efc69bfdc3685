namespace Sitrep.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// Something wrong with the input, said so a user can fix it: a code, what happened, where (file, line,
/// character range), and what to do. Bad input becomes a diagnostic; a bug is an exception.
/// </summary>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string Message,
    string File,
    int? Line = null,
    int? Column = null,
    string? Fix = null)
{
    public override string ToString()
    {
        var where = Line is int l ? (Column is int c ? $"{File}:{l}:{c}" : $"{File}:{l}") : File;
        var kind = Severity == Severity.Error ? "error" : "warning";
        return Fix is null ? $"{where}: {kind} {Code}: {Message}" : $"{where}: {kind} {Code}: {Message} Fix: {Fix}";
    }
}

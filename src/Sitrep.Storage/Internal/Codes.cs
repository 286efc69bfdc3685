using NodaTime.Text;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Internal;

/// <summary>How model values are written in the database columns, and read back.</summary>
internal static class Codes
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    public static string ToDb(NodaTime.LocalDate d) => Date.Format(d);

    public static NodaTime.LocalDate Day(string s) => Date.Parse(s).GetValueOrThrow();

    public static string ToDb(ControlShare share) => share switch
    {
        ControlShare.Full => "full",
        ControlShare.Partial => "partial",
        ControlShare.Contested => "contested",
        _ => throw new ArgumentOutOfRangeException(nameof(share), share, null),
    };

    public static ControlShare Share(string s) => s switch
    {
        "full" => ControlShare.Full,
        "partial" => ControlShare.Partial,
        "contested" => ControlShare.Contested,
        _ => throw new InvalidDataException($"unknown control share '{s}' in the database"),
    };

    public static Language Language(string s) =>
        LanguageCodes.FromCode(s) ?? throw new InvalidDataException($"unknown language '{s}' in the database");

    /// <summary>Enum values stored by name ('Exact', 'Admin1'), so a reordered enum cannot change stored meaning.</summary>
    public static T Named<T>(string s) where T : struct, Enum =>
        Enum.TryParse<T>(s, ignoreCase: false, out var v) && Enum.IsDefined(v)
            ? v
            : throw new InvalidDataException($"unknown {typeof(T).Name} '{s}' in the database");
}

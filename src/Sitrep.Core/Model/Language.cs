namespace Sitrep.Core.Model;

/// <summary>The languages Sitrep reads. Each has its own folder of language data under data/lang.</summary>
public enum Language
{
    French,
    English,
}

public static class LanguageCodes
{
    /// <summary>ISO 639-1 code used in file names and exports.</summary>
    public static string Code(this Language language) => language switch
    {
        Language.French => "fr",
        Language.English => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    public static Language? FromCode(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "fr" or "fra" or "fre" or "french" or "français" or "francais" => Language.French,
        "en" or "eng" or "english" or "anglais" => Language.English,
        _ => null,
    };
}

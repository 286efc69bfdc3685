namespace Sitrep.Core.Model;

/// <summary>
/// Why a coded field has its value: the words that support it (a range into the dispatch) and the
/// rule or lexicon entry that read them, e.g. <c>lexicon:fr/events.json#reprendre</c>.
/// </summary>
public sealed record Evidence(string Field, TextRange Range, string Rule);

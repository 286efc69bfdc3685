using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Sitrep.Actors.Internal;
using Sitrep.Core.Data;
using Sitrep.Core.Model;

namespace Sitrep.Actors;

/// <summary>
/// The date-scoped actor dictionary: entries (parties, civilians, sources), descriptions that resolve in context,
/// and the phrase tries the recognizer walks, one per language (the language's phrases plus the 'any' ones).
/// Built once from data/actors/actors.json (see <see cref="LoadDefault"/>) and immutable afterwards.
/// A malformed dictionary is a bug in the data, not bad input: loading it throws <see cref="InvalidDataException"/>
/// naming the file, the entry and the fault.
/// </summary>
public sealed class ActorDictionary
{
    public const string DefaultPath = "actors/actors.json";

    private readonly Dictionary<string, ActorEntry> _entries;
    private readonly Dictionary<string, ActorEntry> _predecessors;
    private readonly Dictionary<string, ActorDescription> _descriptions;

    internal Dictionary<Language, LanguageTries> Tries { get; }

    internal HashSet<string> WordLikeAcronyms { get; }

    /// <summary>The name rules point at, e.g. "actors.json" in "actors.json#hts:any:HTS".</summary>
    public string FileName { get; }

    public IReadOnlyCollection<ActorEntry> Entries => _entries.Values;

    public IReadOnlyCollection<ActorDescription> Descriptions => _descriptions.Values;

    private ActorDictionary(string fileName, Dictionary<string, ActorEntry> entries, Dictionary<string, ActorDescription> descriptions,
        Dictionary<Language, LanguageTries> tries, HashSet<string> wordLikeAcronyms)
    {
        FileName = fileName;
        _entries = entries;
        _descriptions = descriptions;
        Tries = tries;
        WordLikeAcronyms = wordLikeAcronyms;
        _predecessors = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var e in entries.Values)
            if (e.SuccessorId is string s)
                _predecessors[s] = e;
    }

    /// <summary>The dictionary embedded from data/actors/actors.json.</summary>
    public static ActorDictionary LoadDefault() => Parse(DataFiles.ReadText(DefaultPath), "actors.json");

    /// <summary>A dictionary from JSON in the format of data/actors/actors.json (tests use small fictional ones).</summary>
    public static ActorDictionary Parse(string json, string fileName) => DictionaryReader.Read(json, fileName);

    internal static ActorDictionary Create(string fileName, Dictionary<string, ActorEntry> entries, Dictionary<string, ActorDescription> descriptions,
        Dictionary<Language, LanguageTries> tries, HashSet<string> wordLikeAcronyms) =>
        new(fileName, entries, descriptions, tries, wordLikeAcronyms);

    /// <summary>The entry with this id; an unknown id is a bug in the caller.</summary>
    public ActorEntry Get(string id) =>
        _entries.TryGetValue(id, out var e) ? e : throw new KeyNotFoundException($"no actor '{id}' in {FileName}");

    public bool TryGet(string id, out ActorEntry entry) => _entries.TryGetValue(id, out entry!);

    public ActorDescription GetDescription(string id) =>
        _descriptions.TryGetValue(id, out var d) ? d : throw new KeyNotFoundException($"no description '{id}' in {FileName}");

    /// <summary>The entry an actor was made from, or null for an actor this dictionary did not produce.</summary>
    public ActorEntry? EntryOf(Actor actor) => _entries.GetValueOrDefault(actor.Id);

    /// <summary>Whether the actor is a source of claims (the Observatory, state media, activists...) rather than a party.</summary>
    public bool IsSource(Actor actor) => EntryOf(actor)?.Kind == ActorKind.Source;

    /// <summary>The actor's comparison class; <see cref="ActorClass.Other"/> for an actor not from this dictionary.</summary>
    public ActorClass ClassOf(Actor actor) => EntryOf(actor)?.Class ?? ActorClass.Other;

    /// <summary>The entry that precedes this one under another name (the entry whose successor it is), or null.</summary>
    public ActorEntry? PredecessorOf(ActorEntry entry) => _predecessors.GetValueOrDefault(entry.Id);

    /// <summary>
    /// The entry a name codes to in a dispatch of this date: its successor when the dispatch is later than the
    /// entry's validity, its predecessor when earlier, itself otherwise. With no date, the latest successor.
    /// </summary>
    public ActorEntry ScopeTo(ActorEntry entry, DispatchDate? date)
    {
        var e = entry;
        for (int guard = 0; guard < 32; guard++)
        {
            ActorEntry? next = null;
            if (date is null)
                next = e.SuccessorId is string s ? Get(s) : null;
            else if (e.ValidUntil is LocalDate u && u < date.Earliest && e.SuccessorId is string s)
                next = Get(s);
            else if (e.ValidFrom is LocalDate f && f > date.Latest)
                next = PredecessorOf(e);
            if (next is null)
                return e;
            e = next;
        }
        throw new InvalidOperationException($"the successors of '{entry.Id}' in {FileName} form a cycle");
    }
}

/// <summary>What a phrase of the dictionary stands for.</summary>
internal enum TargetKind
{
    Entry,
    Description,
    Block,
    Cue,
}

/// <summary>A phrase's meaning: the entry or description it names (or a block or cue), the language list it came from, and its text.</summary>
/// <param name="Timeless">The phrase names this entry whatever the dispatch's date ("the Assad regime" is the army of
/// 2000-2024 in a dispatch of 2025), where the entry's other names code to its successor.</param>
internal sealed record PatternTarget(TargetKind Kind, string Id, string Language, string Pattern, bool SpeakerOnly, bool Timeless = false);

/// <summary>The tries of one language.</summary>
internal sealed record LanguageTries(
    PhraseTrie<PatternTarget> Names,
    PhraseTrie<PatternTarget> CuesBefore,
    PhraseTrie<PatternTarget> CuesAfter,
    PhraseTrie<PatternTarget> Linkers,
    PhraseTrie<PatternTarget> PlaceHeadsBefore,
    PhraseTrie<PatternTarget> PlaceHeadsAfter);

/// <summary>Reads the JSON format of data/actors/actors.json and checks it.</summary>
internal static class DictionaryReader
{
    private static readonly string[] LanguageLists = ["fr", "en", "any"];

    public static ActorDictionary Read(string json, string file)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = doc.RootElement;
        var errors = new List<string>();
        var entries = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        var descriptions = new Dictionary<string, ActorDescription>(StringComparer.Ordinal);
        var phrases = new List<(string Lang, PatternTarget Target)>();

        foreach (var e in Array(root, "entries"))
        {
            var id = Str(e, "id") ?? "";
            string where = $"entry '{id}'";
            if (id.Length == 0 || entries.ContainsKey(id))
            {
                errors.Add($"{where}: the id is empty or used twice");
                continue;
            }
            var inter = e.TryGetProperty("inter", out var iv) && iv.TryGetInt32(out var n) && n is >= 0 and <= 8 ? (InterCode)n : (InterCode?)null;
            var kind = Str(e, "kind") switch { "party" => ActorKind.Party, "civilians" => ActorKind.Civilians, "source" => ActorKind.Source, _ => (ActorKind?)null };
            var cls = ActorClasses.FromCode(Str(e, "class"));
            var from = Date(e, "from", where, errors);
            var until = Date(e, "until", where, errors);
            if (inter is null) errors.Add($"{where}: 'inter' must be an ACLED inter code from 0 to 8");
            if (kind is null) errors.Add($"{where}: 'kind' must be party, civilians or source");
            if (cls is null) errors.Add($"{where}: 'class' must be one of gov, is, rebels, kurds, turkey, coalition, civilians, other");
            if (Str(e, "name") is not string name || name.Length == 0)
            {
                errors.Add($"{where}: 'name' (the ACLED name) is missing");
                continue;
            }
            if (inter is null || kind is null || cls is null)
                continue;
            entries[id] = new ActorEntry(id, name, inter.Value, kind.Value, cls.Value,
                e.TryGetProperty("generic", out var g) && g.ValueKind == JsonValueKind.True,
                from, until, Str(e, "successor"), Strings(e, "tags"), Strings(e, "refs"), Str(e, "note"));
            Names(e, TargetKind.Entry, id, phrases, where, errors);
        }

        foreach (var d in Array(root, "descriptions"))
        {
            var id = Str(d, "id") ?? "";
            string where = $"description '{id}'";
            if (id.Length == 0 || descriptions.ContainsKey(id))
            {
                errors.Add($"{where}: the id is empty or used twice");
                continue;
            }
            descriptions[id] = new ActorDescription(id, Strings(d, "resolves"), Strings(d, "fallback"), Str(d, "note"));
            Names(d, TargetKind.Description, id, phrases, where, errors);
        }

        foreach (var e in entries.Values)
        {
            if (e.SuccessorId is string s && !entries.ContainsKey(s))
                errors.Add($"entry '{e.Id}': successor '{s}' is not an entry");
            if (e.ValidFrom is LocalDate f && e.ValidUntil is LocalDate u && u < f)
                errors.Add($"entry '{e.Id}': 'until' {u} is before 'from' {f}");
        }
        foreach (var group in entries.Values.Where(e => e.SuccessorId is not null).GroupBy(e => e.SuccessorId).Where(g => g.Count() > 1))
            errors.Add($"entry '{group.Key}' is the successor of several entries ({string.Join(", ", group.Select(e => e.Id))}); a lineage must be a chain");
        foreach (var d in descriptions.Values)
            foreach (var id in d.Fallback.Concat(d.Resolves.Where(r => !r.Contains(':'))))
                if (!entries.ContainsKey(id))
                    errors.Add($"description '{d.Id}': '{id}' is not an entry");

        var tries = new Dictionary<Language, LanguageTries>();
        foreach (var lang in Enum.GetValues<Language>())
        {
            string code = lang.Code();
            var names = new PhraseTrie<PatternTarget>();
            foreach (var (l, target) in phrases.Where(p => p.Lang == code || p.Lang == "any"))
                AddPhrase(names, target, errors);
            if (root.TryGetProperty("blocks", out var blocks))
                foreach (var p in LangList(blocks, code))
                    AddPhrase(names, new PatternTarget(TargetKind.Block, "block", code, p, false), errors);
            var before = new PhraseTrie<PatternTarget>();
            var after = new PhraseTrie<PatternTarget>();
            if (root.TryGetProperty("speakerCues", out var cues) && cues.TryGetProperty(code, out var cl))
                AddFlanking(cl, before, after, p => new PatternTarget(TargetKind.Cue, "before", code, p, false), p => new PatternTarget(TargetKind.Cue, "after", code, p, false));
            var linkers = new PhraseTrie<PatternTarget>();
            if (root.TryGetProperty("linkers", out var lk))
                foreach (var p in LangList(lk, code))
                    linkers.Add(Words.OfPhrase(p), new PatternTarget(TargetKind.Cue, "linker", code, p, false));
            var headsBefore = new PhraseTrie<PatternTarget>();
            var headsAfter = new PhraseTrie<PatternTarget>();
            if (root.TryGetProperty("placeHeads", out var heads))
            {
                foreach (var list in new[] { code, "any" })
                {
                    if (!heads.TryGetProperty(list, out var hl))
                        continue;
                    var target = (string p) => new PatternTarget(TargetKind.Block, "place-head", list, p, false);
                    AddFlanking(hl, headsBefore, headsAfter, target, target);
                }
            }
            tries[lang] = new LanguageTries(names, before, after, linkers, headsBefore, headsAfter);
        }

        var wordLike = Strings(root, "wordLikeAcronyms").ToHashSet(StringComparer.Ordinal);
        if (errors.Count > 0)
            throw new InvalidDataException($"{file}: {errors.Count} fault(s) in the actor dictionary:\n  " + string.Join("\n  ", errors.Take(40)));
        return ActorDictionary.Create(file, entries, descriptions, tries, wordLike);
    }

    private static void AddPhrase(PhraseTrie<PatternTarget> trie, PatternTarget target, List<string> errors)
    {
        var words = Words.OfPhrase(target.Pattern);
        if (words.Count == 0)
            return;
        var existing = trie.Add(words, target);
        if (existing is not null && (existing.Kind != target.Kind || existing.Id != target.Id))
            errors.Add($"'{target.Pattern}' ({target.Language}) names both {existing.Kind.ToString().ToLowerInvariant()} '{existing.Id}' and {target.Kind.ToString().ToLowerInvariant()} '{target.Id}'");
    }

    private static void Names(JsonElement e, TargetKind kind, string id, List<(string, PatternTarget)> into, string where, List<string> errors)
    {
        if (!e.TryGetProperty("names", out var names) || names.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{where}: 'names' must be an object of fr, en and any lists");
            return;
        }
        foreach (var list in names.EnumerateObject())
        {
            if (!LanguageLists.Contains(list.Name))
            {
                errors.Add($"{where}: names list '{list.Name}' is not one of fr, en, any");
                continue;
            }
            foreach (var item in list.Value.EnumerateArray())
            {
                string? text = item.ValueKind == JsonValueKind.String ? item.GetString() : Str(item, "text");
                bool speakerOnly = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("speakerOnly", out var so) && so.ValueKind == JsonValueKind.True;
                bool timeless = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("timeless", out var tl) && tl.ValueKind == JsonValueKind.True;
                if (string.IsNullOrWhiteSpace(text))
                {
                    errors.Add($"{where}: an empty name in '{list.Name}'");
                    continue;
                }
                try
                {
                    foreach (var p in PatternExpander.Expand(text))
                        into.Add((list.Name, new PatternTarget(kind, id, list.Name, p, speakerOnly, timeless)));
                }
                catch (FormatException ex)
                {
                    errors.Add($"{where}: {ex.Message}");
                }
            }
        }
    }

    /// <summary>Reads a {"before": [...], "after": [...]} list into two tries; "before" phrases are stored reversed, to be walked leftwards.</summary>
    private static void AddFlanking(JsonElement lists, PhraseTrie<PatternTarget> before, PhraseTrie<PatternTarget> after,
        Func<string, PatternTarget> beforeTarget, Func<string, PatternTarget> afterTarget)
    {
        foreach (var p in LangList(lists, "before"))
        {
            var words = Words.OfPhrase(p);
            words.Reverse();
            before.Add(words, beforeTarget(p));
        }
        foreach (var p in LangList(lists, "after"))
            after.Add(Words.OfPhrase(p), afterTarget(p));
    }

    private static IEnumerable<string> LangList(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(x => x.GetString() ?? "").SelectMany(PatternExpander.Expand)
            : [];

    private static IEnumerable<JsonElement> Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];

    private static LocalDate? Date(JsonElement e, string name, string where, List<string> errors)
    {
        if (Str(e, name) is not string s)
            return null;
        var r = LocalDatePattern.Iso.Parse(s);
        if (r.Success)
            return r.Value;
        errors.Add($"{where}: '{name}' is '{s}', not a date YYYY-MM-DD");
        return null;
    }
}

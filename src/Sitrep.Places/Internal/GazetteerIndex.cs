using System.Runtime.InteropServices;
using System.Text;
using NetTopologySuite.IO;
using Sitrep.Core.Model;

namespace Sitrep.Places.Internal;

/// <summary>
/// The compiled gazetteer in memory: place columns, and sorted hash tables of name keys (exact keys, proper
/// prefixes of multi-word keys, loose consonant keys of Syrian places). The same arrays are written to and read
/// from the binary index file, so loading is a few bulk reads.
/// </summary>
internal sealed class GazetteerIndex
{
    public const string Magic = "SITREP-GAZETTEER";
    /// <summary>Changes whenever the file layout or the compiler's rules change: an index compiled by other rules is stale.</summary>
    public const int Version = 5;

    public string Fingerprint = "";
    public int Count;
    public string[] Ids = [];
    public string[] Names = [];
    public string[] FeatureCodes = [];
    public string[] Countries = [];
    public string[] Admin1 = [];
    public string[] Admin2 = [];
    public string[] Admin3 = [];
    public byte[] Kinds = [];
    public byte[] Capital = [];
    public byte[] Sources = [];
    public float[] Lat = [];
    public float[] Lon = [];
    public float[] RadiusKm = [];
    public long[] Population = [];

    /// <summary>Hashes of name keys, sorted; <see cref="NamePlace"/> holds (place index &lt;&lt; 1) | curated.</summary>
    public ulong[] NameHash = [];
    public int[] NamePlace = [];
    public ulong[] PrefixHash = [];
    public ulong[] LooseHash = [];
    public int[] LoosePlace = [];

    public Dictionary<string, string> AdminNames = new(StringComparer.Ordinal);
    public List<AdminShape> Shapes = [];

    public static GazetteerIndex Build(List<PlaceDraft> drafts, Dictionary<string, string> adminNames, List<AdminShape> shapes, string fingerprint)
    {
        var live = drafts.Where(d => !d.Removed).ToList();
        int n = live.Count;
        var ix = new GazetteerIndex
        {
            Fingerprint = fingerprint, Count = n, AdminNames = adminNames, Shapes = shapes,
            Ids = new string[n], Names = new string[n], FeatureCodes = new string[n], Countries = new string[n],
            Admin1 = new string[n], Admin2 = new string[n], Admin3 = new string[n], Kinds = new byte[n], Capital = new byte[n],
            Sources = new byte[n], Lat = new float[n], Lon = new float[n], RadiusKm = new float[n], Population = new long[n],
        };
        var names = new List<(ulong, int)>(n * 4);
        var prefixes = new HashSet<ulong>();
        var loose = new List<(ulong, int)>();
        var seen = new HashSet<ulong>();
        for (int i = 0; i < n; i++)
        {
            var d = live[i];
            ix.Ids[i] = d.Id; ix.Names[i] = d.Name; ix.FeatureCodes[i] = d.FeatureCode; ix.Countries[i] = d.Country;
            ix.Admin1[i] = d.Admin1; ix.Admin2[i] = d.Admin2; ix.Admin3[i] = d.Admin3; ix.Kinds[i] = (byte)d.Kind;
            ix.Capital[i] = d.CapitalLevel; ix.Sources[i] = (byte)d.Source; ix.Lat[i] = (float)d.Lat; ix.Lon[i] = (float)d.Lon;
            ix.Population[i] = d.Population; ix.RadiusKm[i] = d.RadiusKm;
            seen.Clear();
            var curatedKeys = d.CuratedNames.Select(NameKey.Key).ToHashSet();
            foreach (var name in d.Names.Concat(d.CuratedNames))
            {
                var words = NameKey.Words(name);
                if (words.Count == 0 || words.Count > 8)
                    continue;
                var key = string.Join(' ', words);
                var h = NameKey.Hash(key);
                if (!seen.Add(h))
                    continue;
                names.Add((h, (i << 1) | (curatedKeys.Contains(key) ? 1 : 0)));
                ulong ph = NameKey.Hash(words[0]);
                for (int w = 1; w < words.Count; w++)
                {
                    prefixes.Add(ph);
                    ph = NameKey.Extend(ph, words[w]);
                }
                if (d.Country == "SY" && key.Length >= 4)
                {
                    var sk = NameKey.Skeleton(key);
                    if (sk.Count(c => c != ' ') >= 3)
                        loose.Add((NameKey.Hash("~" + sk), i));
                    // A two-word name is often one word in the press: OCHA's "Maar Dis" is "Maardis" (one Arabic word).
                    if (words.Count == 2 && sk.Contains(' '))
                        loose.Add((NameKey.Hash("~" + sk.Replace(" ", "")), i));
                }
            }
        }
        ix.NameHash = names.Select(x => x.Item1).ToArray();
        ix.NamePlace = names.Select(x => x.Item2).ToArray();
        Array.Sort(ix.NameHash, ix.NamePlace);
        ix.PrefixHash = prefixes.ToArray();
        Array.Sort(ix.PrefixHash);
        var looseDistinct = loose.Distinct().ToList();
        ix.LooseHash = looseDistinct.Select(x => x.Item1).ToArray();
        ix.LoosePlace = looseDistinct.Select(x => x.Item2).ToArray();
        Array.Sort(ix.LooseHash, ix.LoosePlace);
        return ix;
    }

    /// <summary>The range [lo, hi) of <paramref name="hashes"/> equal to <paramref name="h"/>.</summary>
    public static (int Lo, int Hi) EqualRange(ulong[] hashes, ulong h)
    {
        int lo = 0, hi = hashes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (hashes[mid] < h) lo = mid + 1; else hi = mid;
        }
        int start = lo;
        hi = hashes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (hashes[mid] <= h) lo = mid + 1; else hi = mid;
        }
        return (start, lo);
    }

    public bool IsPrefix(ulong h) => Array.BinarySearch(PrefixHash, h) >= 0;

    // ---- binary format -------------------------------------------------------------------------------

    public void Write(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Fingerprint);
        w.Write(Count);
        foreach (var col in new[] { Ids, Names, FeatureCodes, Countries, Admin1, Admin2, Admin3 })
            foreach (var s in col)
                w.Write(s);
        WriteArray(w, Kinds); WriteArray(w, Capital); WriteArray(w, Sources);
        WriteArray(w, Lat); WriteArray(w, Lon); WriteArray(w, RadiusKm); WriteArray(w, Population);
        w.Write(NameHash.Length); WriteArray(w, NameHash); WriteArray(w, NamePlace);
        w.Write(PrefixHash.Length); WriteArray(w, PrefixHash);
        w.Write(LooseHash.Length); WriteArray(w, LooseHash); WriteArray(w, LoosePlace);
        w.Write(AdminNames.Count);
        foreach (var (k, v) in AdminNames)
        {
            w.Write(k);
            w.Write(v);
        }
        var wkb = new WKBWriter();
        w.Write(Shapes.Count);
        foreach (var s in Shapes)
        {
            w.Write(s.Level); w.Write(s.PCode); w.Write(s.Name); w.Write(s.ParentPCode);
            var bytes = wkb.Write(s.Geometry);
            w.Write(bytes.Length);
            w.Write(bytes);
        }
    }

    /// <summary>Reads only the header: the fingerprint of the sources the index was compiled from, or null when the file is not an index of this version.</summary>
    public static string? ReadFingerprint(string path)
    {
        try
        {
            using var fs = File.OpenRead(path);
            using var r = new BinaryReader(fs, Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadInt32() != Version)
                return null;
            return r.ReadString();
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static GazetteerIndex Read(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (r.ReadString() != Magic)
            throw new InvalidDataException("not a Sitrep gazetteer index");
        int version = r.ReadInt32();
        if (version != Version)
            throw new InvalidDataException($"gazetteer index version {version}, this Sitrep reads version {Version}");
        var ix = new GazetteerIndex { Fingerprint = r.ReadString(), Count = r.ReadInt32() };
        int n = ix.Count;
        var cols = new string[7][];
        var intern = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int c = 0; c < 7; c++)
        {
            var col = new string[n];
            for (int i = 0; i < n; i++)
            {
                var s = r.ReadString();
                if (c >= 2 && s.Length <= 12)
                {
                    // Feature codes, countries and admin codes repeat: share one string each.
                    if (intern.TryGetValue(s, out var shared)) s = shared;
                    else intern[s] = s;
                }
                col[i] = s;
            }
            cols[c] = col;
        }
        (ix.Ids, ix.Names, ix.FeatureCodes, ix.Countries, ix.Admin1, ix.Admin2, ix.Admin3) = (cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6]);
        ix.Kinds = ReadArray<byte>(r, n); ix.Capital = ReadArray<byte>(r, n); ix.Sources = ReadArray<byte>(r, n);
        ix.Lat = ReadArray<float>(r, n); ix.Lon = ReadArray<float>(r, n); ix.RadiusKm = ReadArray<float>(r, n); ix.Population = ReadArray<long>(r, n);
        int m = r.ReadInt32();
        ix.NameHash = ReadArray<ulong>(r, m); ix.NamePlace = ReadArray<int>(r, m);
        ix.PrefixHash = ReadArray<ulong>(r, r.ReadInt32());
        int l = r.ReadInt32();
        ix.LooseHash = ReadArray<ulong>(r, l); ix.LoosePlace = ReadArray<int>(r, l);
        int an = r.ReadInt32();
        for (int i = 0; i < an; i++)
            ix.AdminNames[r.ReadString()] = r.ReadString();
        var wkb = new WKBReader();
        int sn = r.ReadInt32();
        for (int i = 0; i < sn; i++)
        {
            byte level = r.ReadByte();
            string code = r.ReadString(), name = r.ReadString(), parent = r.ReadString();
            var bytes = r.ReadBytes(r.ReadInt32());
            ix.Shapes.Add(new AdminShape(level, code, name, parent, wkb.Read(bytes)));
        }
        return ix;
    }

    private static void WriteArray<T>(BinaryWriter w, T[] a) where T : unmanaged => w.Write(MemoryMarshal.AsBytes(a.AsSpan()));

    private static T[] ReadArray<T>(BinaryReader r, int n) where T : unmanaged
    {
        var a = new T[n];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(a.AsSpan()));
        return a;
    }
}

using System.Globalization;
using NetTopologySuite.Geometries;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Places.Internal;
using Sitrep.Places.Matching;

namespace Sitrep.Places;

/// <summary>Settings of the place recognizer.</summary>
/// <param name="FocusCountry">ISO code of the country dispatches are about by default: its places are preferred.</param>
/// <param name="Neighbours">Countries whose places are accepted on ordinary evidence; places elsewhere need strong evidence.</param>
public sealed record PlaceRecognizerOptions(string FocusCountry = "SY", IReadOnlySet<string>? Neighbours = null)
{
    internal IReadOnlySet<string> NeighbourSet => Neighbours ?? DefaultNeighbours;

    private static readonly HashSet<string> DefaultNeighbours = ["LB", "IQ", "TR", "JO", "IL", "PS"];
}

/// <summary>
/// Finds place names in a dispatch and resolves each, in context, to a gazetteer entry, an area, or a point
/// displaced from a named place; or says why it could not (<see cref="Unresolved"/>). Matching walks the
/// gazetteer's key trie once from each word, so its cost grows with the length of the text, not the gazetteer.
/// </summary>
public sealed class GazetteerPlaceRecognizer : IPlaceRecognizer
{
    private readonly Gazetteer _gazetteer;
    private readonly PlaceRecognizerOptions _options;
    private readonly Dictionary<Language, PlaceLexicon> _lexicons = new();
    private readonly HashSet<string> _allCommon = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _admin1Places = new(StringComparer.Ordinal);

    /// <summary>Name keys of the Arabic qualifiers the press puts after a name ("al-Gharbi", "al-Kabir": data/places/qualifiers.tsv).</summary>
    private static readonly HashSet<string> QualifierKeys =
        CuratedData.Qualifiers().Values.SelectMany(v => v).Select(NameKey.Key).ToHashSet(StringComparer.Ordinal);
    private static readonly System.Buffers.SearchValues<char> AsciiCapitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private readonly int _focusCountryPlace = -1;
    private readonly int _capitalPlace = -1;
    /// <summary>Directional parts of areas ("north of Aleppo governorate"): polygon clipping is done once per area and bearing.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, double), Place> _parts = new();

    public GazetteerPlaceRecognizer(Gazetteer gazetteer, PlaceRecognizerOptions? options = null)
    {
        _gazetteer = gazetteer;
        _options = options ?? new PlaceRecognizerOptions();
        foreach (var lang in Enum.GetValues<Language>())
        {
            var lex = PlaceLexicon.Load(lang);
            _lexicons[lang] = lex;
            _allCommon.UnionWith(lex.CommonWords);
        }
        var ix = gazetteer.Index;
        for (int i = 0; i < ix.Count; i++)
        {
            if ((PlaceKind)ix.Kinds[i] == PlaceKind.Admin1 && ix.Admin1[i].Length > 0)
                _admin1Places.TryAdd(ix.Admin1[i], i);
            if (ix.Ids[i] == "country:" + _options.FocusCountry)
                _focusCountryPlace = i;
        }
        if (CuratedData.Capitals().TryGetValue(_options.FocusCountry, out var capitalId))
            _capitalPlace = gazetteer.IndexOf(capitalId);
    }

    /// <summary>Place mentions in text order; ranges cover the whole expression ("province de Homs", "15 km north of Hama").</summary>
    public IReadOnlyList<PlaceMention> Recognize(AnalyzedDispatch doc)
    {
        var text = doc.Content;
        var layer = doc.RequireText();
        var lex = _lexicons[doc.Dispatch.Language];
        var units = UnitBuilder.Build(text, layer);
        var matches = new NameMatcher(_gazetteer.Index).FindAll(units);
        var ctx = new Context(this, text, layer, units, lex);
        return ctx.Resolve(matches);
    }

    // ------------------------------------------------------------------------------------------------------

    private sealed class Context(GazetteerPlaceRecognizer owner, string text, TextLayer layer, List<Unit> units, PlaceLexicon lex)
    {
        private readonly GazetteerIndex _ix = owner._gazetteer.Index;
        private readonly PlaceRecognizerOptions _opt = owner._options;
        private readonly HashSet<string> _mentionedCountries = [];
        private readonly HashSet<string> _docAdmin1 = [];
        private readonly List<(string Admin1, int Mention)> _docAdmin1By = [];
        private readonly Dictionary<string, int> _docAdmin1Count = new(StringComparer.Ordinal);
        private readonly Dictionary<int, List<(string Admin1, int Mention)>> _sentenceAdmin1 = [];
        private readonly List<(double Lat, double Lon, int Mention)> _anchors = [];
        private readonly Dictionary<int, int> _anchorPlace = [];
        private List<Expr> _chosen = [];
        private readonly List<int> _chosenTokens = [];
        private readonly bool[] _titleCase = TitleCase(text, layer);
        private HashSet<string>? _personWords;

        /// <summary>
        /// Words the text writes as part of a person's name: a capitalised word right after a given name or a person's
        /// title ("spokesman Talal Silo" makes "Talal" and "Silo" such words), so that "Silo said" later is no village.
        /// </summary>
        private HashSet<string> PersonWords()
        {
            if (_personWords is not null)
                return _personWords;
            _personWords = new HashSet<string>(StringComparer.Ordinal);
            for (int t = 1; t < layer.Tokens.Count; t++)
            {
                if (!IsWord(t) || !IsWord(t - 1) || !char.IsUpper(text[layer.Tokens[t].Range.Start]))
                    continue;
                if (MarksPerson(t - 1))
                    _personWords.Add(NameKey.Plain(layer.Tokens[t].Range.Of(text)));
            }
            return _personWords;
        }

        /// <summary>The word makes the capitalised word after it part of a person's name: a person's title ("spokesman",
        /// "commandant") or a given name written capitalised ("Bashar", "Mustafa": places/given-names.txt).</summary>
        private bool MarksPerson(int token)
        {
            var w = layer.Tokens[token].Range.Of(text);
            return lex.PersonTitles.Contains(PlaceLexicon.Norm(w)) || (char.IsUpper(w[0]) && lex.GivenNames.Contains(NameKey.Plain(w)));
        }

        private string Lower(int token) => PlaceLexicon.Norm(layer.Tokens[token].Range.Of(text));

        private bool IsWord(int token) => token >= 0 && token < layer.Tokens.Count && layer.Tokens[token].Kind == TokenKind.Word;

        public IReadOnlyList<PlaceMention> Resolve(List<NameMatch> raw)
        {
            // 1. Keep plausible names, longest first at each position, without overlaps.
            var chosen = new List<Expr>();
            int coveredUntil = -1;
            foreach (var group in raw.GroupBy(m => m.FirstUnit).OrderBy(g => g.Key))
            {
                if (units[group.Key].Start < coveredUntil)
                    continue;
                NameMatch? fallback = null;
                foreach (var m in group.OrderByDescending(m => m.LastUnit - m.FirstUnit).ThenBy(m => m.Loose))
                {
                    if (Guarded(m))
                        continue;
                    // The longest name that could be meant wins; a long name known only far away ("X City" in the
                    // United States) gives way to a shorter one nearer the dispatch's focus.
                    if (!Plausible(m))
                    {
                        fallback ??= m;
                        continue;
                    }
                    fallback = m;
                    break;
                }
                if (fallback is not null)
                {
                    chosen.Add(Expression(fallback));
                    coveredUntil = units[fallback.LastUnit].End;
                }
            }
            _chosenTokens.AddRange(chosen.Select(e => units[e.Match.FirstUnit].Token));
            // 2. Context: countries named, governorates named as areas or by their capitals.
            foreach (var e in chosen)
            {
                foreach (var c in e.Match.Candidates)
                {
                    int p = c >> 1;
                    if ((PlaceKind)_ix.Kinds[p] == PlaceKind.Country && (e.Match.Candidates.Count == 1 || (c & 1) == 1))
                        _mentionedCountries.Add(_ix.Countries[p]);
                }
            }
            for (int i = 0; i < chosen.Count; i++)
            {
                var strong = StrongAdmin1(chosen[i]);
                if (strong is null)
                    continue;
                _docAdmin1.Add(strong);
                _docAdmin1By.Add((strong, i));
                _docAdmin1Count[strong] = _docAdmin1Count.GetValueOrDefault(strong) + 1;
                int s = layer.SentenceAt(units[chosen[i].Match.FirstUnit].Start);
                (_sentenceAdmin1.TryGetValue(s, out var set) ? set : _sentenceAdmin1[s] = []).Add((strong, i));
            }
            _chosen = chosen;
            // 3. First pass without proximity, to find anchors; second pass with them.
            var first = chosen.Select((e, i) => Score(e, i, proximity: false)).ToList();
            for (int i = 0; i < chosen.Count; i++)
                if (first[i] is { Best: >= 0 } r && r.Margin > 1.5 && _ix.Countries[r.Best] == _opt.FocusCountry)
                {
                    _anchors.Add((_ix.Lat[r.Best], _ix.Lon[r.Best], i));
                    _anchorPlace[i] = r.Best;
                }
            var mentions = new List<PlaceMention>();
            for (int i = 0; i < chosen.Count; i++)
            {
                var e = chosen[i];
                var scored = Score(e, i, proximity: true);
                if (scored is not null && (ContainedIn(e, scored.Best, mentions.LastOrDefault()) || FramesSentence(e, scored.Best, i, first)))
                    e.Area = AreaRelation.Admin1;
                var mention = Decide(e, scored);
                if (mention is not null)
                    mentions.Add(mention);
            }
            mentions.AddRange(CountryParts(mentions));
            mentions.AddRange(CapitalReferences(mentions));
            mentions.AddRange(UnknownNames(mentions));
            return mentions.OrderBy(m => m.Range.Start).ToList();
        }

        // ---- guards against false positives ----------------------------------------------------------

        private bool Guarded(NameMatch m)
        {
            var first = units[m.FirstUnit];
            int sentence = layer.SentenceAt(first.Start);
            bool title = sentence >= 0 && _titleCase[sentence];
            bool curated = m.Candidates.Any(c => (c & 1) == 1);
            // A curated name of several words may start lower-case ("camp de Yarmouk", "eastern Ghouta"), but not with an
            // indefinite article standing apart: "an Arab-led unit" is no spelling of Ain al-Arab ("an-Nabk" is a name).
            if (!first.Capitalised && !(curated && m.LastUnit > m.FirstUnit && !(lex.Indefinites.Contains(first.Lower) && !units[m.FirstUnit + 1].JoinedToPrevious)))
                return true;
            var surface = text.AsSpan(first.Start, units[m.LastUnit].End - first.Start);
            // "Rami Abdel Rahman": a given name followed by a capitalised word is a person's name, not the village "Rami".
            if (m.FirstUnit == m.LastUnit && lex.GivenNames.Contains(NameKey.Plain(surface))
                && units[m.LastUnit].Token + 1 is int nt && IsWord(nt) && char.IsUpper(text[layer.Tokens[nt].Range.Start]))
                return true;
            // "Silo told Reuters" after "spokesman Talal Silo": a word the text wrote as part of a person's name is that
            // person, unless a locative says it is a place here ("rockets hit the village of Silo").
            if (m.FirstUnit == m.LastUnit && !curated && PersonWords().Contains(NameKey.Plain(surface))
                && !(PrevWordToken(first.Token) is int pt && pt >= 0 && lex.Locatives.Contains(Lower(pt))))
                return true;
            // "OLP", "SDF": an acronym in capitals names a place only when it spells an entry's name exactly (its
            // consonants alone would match "Alep" or "Sadad").
            if (surface.Length <= 4 && !surface.ContainsAnyExcept(AsciiCapitals) && !m.Candidates.Any(c => ExactName(m, c >> 1)))
                return true;
            // "le Croissant-Rouge arabe syrien (CRAS)": an acronym in capitals alone in brackets spells the name before it.
            if (!surface.ContainsAnyExcept(AsciiCapitals) && first.Token > 0 && text[layer.Tokens[first.Token - 1].Range.Start] == '('
                && units[m.LastUnit].Token + 1 is int close && close < layer.Tokens.Count && text[layer.Tokens[close].Range.Start] == ')')
                return true;
            for (int u = m.FirstUnit + 1; u <= m.LastUnit; u++)
                if (!units[u].Capitalised && !units[u].Article && !curated && !char.IsDigit(text[units[u].Start]))
                    return true;
            // "In Daraa, ..." is not Ein Dara: a name that starts with a locative word must be spelt as the entry is, or
            // the shorter name after the locative gets its turn.
            if (m.LastUnit > m.FirstUnit && !first.Article && lex.Locatives.Contains(first.Lower) && !m.Candidates.Any(c => ExactName(m, c >> 1)))
                return true;
            // A loose name of several words has none of the words that sit around names ("Eastern Daraa" is no "Eastern Deir").
            if (m.Loose && m.LastUnit > m.FirstUnit)
                for (int u = m.FirstUnit; u <= m.LastUnit; u++)
                    if (FramesNames(units[u].Lower) || lex.PlaceCues.ContainsKey(units[u].Lower) || lex.Connectors.Contains(units[u].Lower))
                        return true;
            bool single = m.FirstUnit == m.LastUnit || units.Skip(m.FirstUnit).Take(m.LastUnit - m.FirstUnit + 1).Count(u => !u.Article) == 1;
            if (single)
            {
                var w = first.Lower;
                // "al-Tal" is a name even though "Tal" alone is a common word of names.
                // So is "Al Bab", the article written as a word of its own.
                bool withArticle = m.FirstUnit > 0 && units[m.FirstUnit - 1].Article && w.Length >= 3 &&
                                   (units[m.FirstUnit - 1].Token == first.Token || units[m.FirstUnit - 1].Token == first.Token - 1);
                if (!withArticle && owner._allCommon.Contains(w) || lex.Connectors.Contains(w) || lex.OrgPrefixes.Contains(w) || w.Length < 3 || lex.NotNames.Contains(w))
                    return true;
                if (FramesNames(w))
                    return true;
            }
            // "l'autoroute Damas-Alep", "the Damascus-Aleppo highway": the ends of a road named by its towns are no place of it.
            if (RoadEnd(m) || RoadLinked(units[m.FirstUnit].Token))
                return true;
            // The name continues an organisation's name ("Ahrar al-Sham", "Jaish al-Islam") or starts one ("Euphrates Shield").
            int next = units[m.LastUnit].Token + 1;
            if (IsWord(next) && lex.OrgSuffixes.Contains(Lower(next)) && text.AsSpan(units[m.LastUnit].End, layer.Tokens[next].Range.Start - units[m.LastUnit].End).Trim().IsEmpty)
                return true;
            int prev = PrevWordToken(first.Token);
            if (prev >= 0 && lex.OrgPrefixes.Contains(Lower(prev)))
                return true;
            if (InOperationName(first.Token))
                return true;
            // A capitalised word right before, that is neither a place, an area word nor the sentence's first word:
            // the name is part of a person's or organisation's name ("Paul Khalifeh", "Bashar al-Assad").
            if (!title && prev >= 0 && prev == first.Token - 1 - ArticlesBefore(first.Token))
            {
                var pw = layer.Tokens[prev].Range.Of(text);
                int ps = layer.SentenceAt(layer.Tokens[prev].Range.Start);
                bool sentenceInitial = ps >= 0 && FirstWordToken(ps) == prev;
                var pl = PlaceLexicon.Norm(pw);
                if (char.IsUpper(pw[0]) && !sentenceInitial && !lex.DirectionAdjectives.ContainsKey(pl) && !lex.Directions.ContainsKey(pl) &&
                    !lex.AreaNouns.ContainsKey(pl) && !lex.PreNouns.ContainsKey(pl) && !lex.PlaceCues.ContainsKey(pl) && !IsPlaceLike(prev))
                    return true;
                // "spokesman Talal", "Bashar al-Assad", "Mustafa Bali": a title or a given name before it, even a given name
                // that is also a village's name.
                if (MarksPerson(prev))
                    return true;
            }
            return false;
        }

        private bool Plausible(NameMatch m)
        {
            foreach (var c in m.Candidates)
            {
                int p = c >> 1;
                var cc = _ix.Countries[p];
                if (cc == _opt.FocusCountry || _opt.NeighbourSet.Contains(cc) || (c & 1) == 1 || ExactName(m, p))
                    return true;
            }
            return false;
        }

        /// <summary>The text spells the entry's own name (accents and case aside), not one of its many transliterations.</summary>
        private bool ExactName(NameMatch m, int p)
        {
            if (m.PlainSurface is null)
                m.PlainSurface = NameKey.Plain(text.AsSpan(units[m.FirstUnit].Start, units[m.LastUnit].End - units[m.FirstUnit].Start));
            return m.PlainSurface == owner._gazetteer.PlainName(p);
        }

        /// <summary>A direction ("nord", "north"), a direction adjective ("eastern") or an area noun ("province"): a word around names.</summary>
        private bool FramesNames(string lower) =>
            lex.Directions.ContainsKey(lower) || lex.DirectionAdjectives.ContainsKey(lower) || lex.AreaNouns.ContainsKey(lower);

        private bool IsPlaceLike(int token)
        {
            // A word that is itself a gazetteer name (the first of two places named side by side).
            var word = layer.Tokens[token].Range.SpanOf(text);
            // A possessive names its owner: "Syria's al-Bab".
            if (word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’')
                word = word[..^2];
            var key = NameKey.Fold(word);
            if (key.Length == 0)
                return false;
            var (lo, hi) = GazetteerIndex.EqualRange(_ix.NameHash, NameKey.Hash(key));
            return hi > lo;
        }

        private int ArticlesBefore(int token)
        {
            int n = 0;
            for (int t = token - 1; t >= 0 && IsWord(t) && NameKey.IsArticle(Lower(t)) && n < 2; t--)
                n++;
            return n;
        }

        /// <summary>The sentence's first word, past opening quotes, brackets and dashes ("“Liberating Deir Ezzor”").</summary>
        private int FirstWordToken(int sentence)
        {
            var s = layer.Sentences[sentence];
            for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
                if (layer.Tokens[t].Kind == TokenKind.Word)
                    return t;
            return s.FirstToken;
        }

        /// <summary>The name is hyphened to another capitalised word, and a road noun stands right before the pair or right after it.</summary>
        private bool RoadEnd(NameMatch m)
        {
            int start = units[m.FirstUnit].Start, end = units[m.LastUnit].End;
            bool hyphenAfter = end + 1 < text.Length && text[end] is '-' or '–' && char.IsUpper(text[end + 1]);
            bool hyphenBefore = start >= 2 && text[start - 1] is '-' or '–' && char.IsLetter(text[start - 2]);
            if (!hyphenAfter && !hyphenBefore)
                return false;
            int first = layer.TokenAtOrAfter(hyphenBefore ? PairStart(start - 1) : start);
            int last = layer.TokenAtOrAfter(hyphenAfter ? PairEnd(end + 1) : end) - 1;
            return IsRoadNoun(first - 1) || (first >= 2 && IsRoadNoun(first - 2) && NameKey.IsArticle(Lower(first - 1))) || IsRoadNoun(last + 1);
        }

        /// <summary>The token is a word of places/lang roadNouns ("autoroute", "highway").</summary>
        private bool IsRoadNoun(int t) => IsWord(t) && lex.RoadNouns.Contains(Lower(t));

        /// <summary>
        /// "Saraqeb, sur l'autoroute reliant Damas à Alep", "the highway linking Aleppo with Latakia": a name after a road link
        /// ('roadLinks') that follows a road noun is one of the road's ends. The second end (after the joiner) is never where
        /// something happened; the first is only when the road situates another place ("X, sur l'autoroute reliant ..."),
        /// else what happened on the road happened near it ("a bus was ambushed on the road linking Palmyra to Deir ez-Zor").
        /// </summary>
        private bool RoadLinked(int token)
        {
            int t = SkipNameBack(token - 1);
            bool second = IsWord(t) && lex.RoadJoiners.Contains(Lower(t));
            if (second)
            {
                int before = t - 1;
                t = SkipNameBack(before);
                if (t == before)
                    return false;
            }
            if (!IsWord(t) || !lex.RoadLinks.Contains(Lower(t)))
                return false;
            // A road noun a few words before the link ("l'autoroute M5 reliant", "the highway, which links").
            int road = -1;
            for (int r = t - 1; r >= Math.Max(0, t - 5) && road < 0; r--)
                if (IsRoadNoun(r))
                    road = r;
            if (road < 0)
                return false;
            if (second)
                return true;
            // The first end: only when the road stands in apposition to a place before it (a comma a few words before).
            for (int c = road - 1; c >= Math.Max(0, road - 6); c--)
                if (layer.Tokens[c].Kind == TokenKind.Punctuation && text[layer.Tokens[c].Range.Start] == ',')
                    return true;
            return false;
        }

        /// <summary>Back from <paramref name="t"/> over the words of a name (capitalised words, articles, hyphens): the token before it.</summary>
        private int SkipNameBack(int t)
        {
            for (int words = 0; t >= 0 && words < 6; words++, t--)
            {
                char c = text[layer.Tokens[t].Range.Start];
                // "entre Homs et Hama": a joiner that is also an article's spelling ("et-Tall") joins two names here.
                if (IsWord(t) && lex.RoadJoiners.Contains(Lower(t)))
                    break;
                bool nameWord = layer.Tokens[t].Kind == TokenKind.Word && (char.IsUpper(c) || NameKey.IsArticle(Lower(t)));
                bool joinMark = layer.Tokens[t].Kind == TokenKind.Punctuation && c is '-' or '\'' or '’';
                if (!nameWord && !joinMark)
                    break;
            }
            return t;
        }

        /// <summary>The start of the word before a hyphen at <paramref name="hyphen"/>.</summary>
        private int PairStart(int hyphen)
        {
            int i = hyphen;
            while (i > 0 && char.IsLetter(text[i - 1])) i--;
            return i;
        }

        /// <summary>The end of the word that starts at <paramref name="from"/>.</summary>
        private int PairEnd(int from)
        {
            int i = from;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'')) i++;
            return i;
        }

        /// <summary>
        /// "l'opération « Source de paix »", "Operation Peace Spring", "l'opération Bouclier de l'Euphrate": the capitalised
        /// words after an operation noun (data: <c>operationNouns</c>), in quotes or not, name the operation, not a place.
        /// </summary>
        private bool InOperationName(int token)
        {
            int sentence = layer.SentenceAt(layer.Tokens[token].Range.Start);
            for (int t = token - 1, steps = 0; t >= 0 && steps < 8; t--, steps++)
            {
                if (layer.SentenceAt(layer.Tokens[t].Range.Start) != sentence)
                    return false;
                var w = layer.Tokens[t].Range.Of(text);
                if (!IsWord(t))
                {
                    if (w is "»" or "”") return false;
                    if (w is "«" or "“" or "\"") continue;
                    if (w is "'" or "’" or "-") continue;
                    return false;
                }
                var lw = Lower(t);
                // The operation's name starts right after the noun, with a quote or a capital ("l'opération de Raqqa" is the place's),
                // or after a naming word that follows the noun ("L'opération, baptisée « Bouclier de l'Euphrate »").
                bool named = lex.NamingWords.Contains(lw) && OperationNounBefore(t);
                if (lex.OperationNouns.Contains(lw) || named)
                    return t + 1 < layer.Tokens.Count && layer.Tokens[t + 1].Range.Of(text) is var n && n.Length > 0
                           && (n is "«" or "“" or "\"" || IsWord(t + 1) && char.IsUpper(n[0]) && !lex.Connectors.Contains(Lower(t + 1)));
                if (char.IsUpper(w[0]) || lex.Connectors.Contains(lw) || NameKey.IsArticle(lw))
                    continue;
                return false;
            }
            return false;
        }

        /// <summary>An operation noun stands right before the naming word at <paramref name="t"/>, a comma allowed between.</summary>
        private bool OperationNounBefore(int t)
        {
            int p = t - 1;
            if (p >= 0 && layer.Tokens[p].Range.Of(text) == ",")
                p--;
            return p >= 0 && IsWord(p) && lex.OperationNouns.Contains(Lower(p));
        }

        private int PrevWordToken(int token)
        {
            int t = token - 1;
            while (t >= 0 && IsWord(t) && NameKey.IsArticle(Lower(t)) && char.IsUpper(text[layer.Tokens[t].Range.Start]))
                t--;
            if (t < 0 || layer.Tokens[t].Kind != TokenKind.Word)
                return -1;
            if (layer.SentenceAt(layer.Tokens[t].Range.Start) != layer.SentenceAt(layer.Tokens[token].Range.Start))
                return -1;
            return t;
        }

        private static bool[] TitleCase(string text, TextLayer layer)
        {
            var result = new bool[layer.Sentences.Count];
            for (int s = 0; s < layer.Sentences.Count; s++)
            {
                int words = 0, caps = 0;
                foreach (var t in layer.TokensOf(layer.Sentences[s]))
                {
                    if (t.Kind != TokenKind.Word || t.Range.Length < 4)
                        continue;
                    words++;
                    if (char.IsUpper(text[t.Range.Start]))
                        caps++;
                }
                result[s] = words >= 4 && caps >= 0.7 * words;
            }
            return result;
        }

        // ---- expressions: areas, directions, distances ---------------------------------------------------

        private Expr Expression(NameMatch m)
        {
            int firstTok = units[m.FirstUnit].Token, lastTok = units[m.LastUnit].Token;
            int start = units[m.FirstUnit].Start, end = units[m.LastUnit].End;
            // Include a leading article unit of the same name ("al-Mayadin", "Al Bab").
            if (m.FirstUnit > 0 && units[m.FirstUnit - 1].Article && (units[m.FirstUnit - 1].Token == firstTok || units[m.FirstUnit - 1].Token == firstTok - 1))
            {
                start = units[m.FirstUnit - 1].Start;
                firstTok = units[m.FirstUnit - 1].Token;
            }
            var nameRange = new TextRange(start, end);
            var e = new Expr { Match = m, NameRange = nameRange, Range = nameRange };
            // Left context.
            int t = firstTok - 1, leftmost = -1;
            bool sawConnector = false, sawRegionArticle = false;
            int areaTok = -1, adjectiveTok = -1;
            for (int steps = 0; t >= 0 && steps < 8; steps++, t--)
            {
                var tok = layer.Tokens[t];
                if (layer.SentenceAt(tok.Range.Start) != layer.SentenceAt(start))
                    break;
                if (tok.Kind == TokenKind.Number)
                {
                    if (double.TryParse(tok.Range.Of(text).Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var num) && e.Unit is not null && e.Distance is null)
                    {
                        e.Distance = num * e.Unit.Value;
                        leftmost = t;
                        continue;
                    }
                    break;
                }
                if (tok.Kind != TokenKind.Word)
                {
                    if (tok.Range.Of(text) == "-" ) continue;
                    break;
                }
                var w = Lower(t);
                // "la province turque de Hatay": a foreign country's adjective after the place word puts the name in that country.
                if (sawConnector && e.Foreign is null && e.Area is null && e.Cue is null && lex.ForeignAdjectives.TryGetValue(w, out var foreign)) { e.Foreign = foreign; continue; }
                // "les quartiers kurdes de", "la ville côtière de": an adjective between a place or area word and its name.
                if (sawConnector && e.Area is null && e.Cue is null && e.Direction is null && e.Unit is null && !char.IsUpper(text[tok.Range.Start]) && IsWord(t - 1)
                    && lex.PlaceCues.ContainsKey(Lower(t - 1)) && !lex.PlaceCues.ContainsKey(w) && !FramesNames(w) && !lex.Connectors.Contains(w)
                    && !lex.Locatives.Contains(w) && !lex.DistanceUnits.ContainsKey(w) && !lex.DistanceLinks.Contains(w) && !lex.RegionArticles.Contains(w))
                    continue;
                // "les quartiers de Cheikh Maqsoud et d'Achrafieh": the second of two names joined after a place word is one too.
                if (lex.Conjunctions.Contains(w) && e.Cue is null && e.Area is null && e.Direction is null && e.Unit is null)
                {
                    e.Cue = SharedCue(t);
                    break;
                }
                if (lex.RegionArticles.Contains(w) && e.Direction is not null && e.Distance is null && e.Unit is null) { sawRegionArticle = true; continue; }
                if (lex.Connectors.Contains(w)) { sawConnector = true; continue; }
                if (lex.FillerAdjectives.Contains(w) && e.Area is null && e.Direction is null) continue;
                if (lex.AreaNouns.TryGetValue(w, out var rel) && (sawConnector || e.Direction is not null) && e.Area is null)
                {
                    // "la province méridionale de Deraa" says where the province lies in the country, not which part of it.
                    if (rel == AreaRelation.Admin1 && adjectiveTok == t + 1)
                        e.Direction = null;
                    e.Area = rel; areaTok = t; leftmost = t; continue;
                }
                // "the southern province of Quneitra": likewise.
                if (lex.DirectionAdjectives.ContainsKey(w) && e.Area == AreaRelation.Admin1 && areaTok == t + 1) { leftmost = t; continue; }
                if (lex.PreNouns.TryGetValue(w, out var pre) && e.Area is null && t == firstTok - 1) { e.Area = pre; leftmost = t; continue; }
                if (lex.Directions.TryGetValue(w, out var dir) && e.Direction is null && (sawConnector || lex.Connectors.Contains(w))) { e.Direction = dir; e.DirectionNoun = true; leftmost = t; continue; }
                if (lex.DirectionAdjectives.TryGetValue(w, out var adj) && e.Direction is null) { e.Direction = adj; adjectiveTok = t; leftmost = t; continue; }
                if (lex.DistanceUnits.TryGetValue(w, out var unit) && e.Unit is null && (e.Direction is not null || sawConnector || e.Area is null)) { e.Unit = unit; continue; }
                if (e.Unit is not null && e.Distance is null && lex.NumberWords.TryGetValue(w, out var nw)) { e.Distance = nw * e.Unit.Value; leftmost = t; continue; }
                if (lex.RegionArticles.Contains(w) && e.Direction is not null) { sawRegionArticle = true; continue; }
                if (lex.DistanceLinks.Contains(w) && (e.Direction is not null || e.Unit is not null)) continue;
                if (lex.PlaceCues.TryGetValue(w, out var cue) && e.Cue is null && e.Area is null && e.Direction is null)
                {
                    e.Cue = cue;
                    // "the Turkish border town of Akcakale": a foreign country's adjective a word or two before the place word.
                    for (int b = t - 1; b >= Math.Max(0, t - 2) && IsWord(b) && e.Foreign is null; b--)
                        if (lex.ForeignAdjectives.TryGetValue(Lower(b), out var before)) e.Foreign = before;
                    break;
                }
                break;
            }
            if (e.Unit is not null && e.Distance is null)
                e.Unit = null;
            e.RegionArticle = sawRegionArticle;
            if (leftmost >= 0)
                e.Range = new TextRange(layer.Tokens[leftmost].Range.Start, e.Range.End);
            // Right context: "Idlib countryside", "Hama northern countryside", "Kafr Nabl town".
            int r = lastTok + 1;
            if (r < layer.Tokens.Count && IsWord(r))
            {
                var w = Lower(r);
                int rr = r;
                double? adj = null;
                if (lex.DirectionAdjectives.TryGetValue(w, out var a) && IsWord(r + 1)) { adj = a; rr = r + 1; w = Lower(rr); }
                if (lex.PostNouns.TryGetValue(w, out var post) && e.Area is null)
                {
                    e.Area = post;
                    e.Direction ??= adj;
                    e.Range = new TextRange(e.Range.Start, layer.Tokens[rr].Range.End);
                }
                else if (adj is null && lex.PlaceCues.TryGetValue(w, out var cue) && e.Cue is null)
                    e.Cue = cue;
                // "the Sakhour and Haidariya districts of Aleppo": the first of two names joined before a place word is one too.
                else if (adj is null && e.Cue is null && lex.Conjunctions.Contains(w))
                    e.Cue = SharedCueAfter(r);
            }
            return e;
        }

        /// <summary>The place word before the name that the conjunction at <paramref name="conjunction"/> follows, with its connector and an adjective ("quartiers kurdes de").</summary>
        private PlaceKind? SharedCue(int conjunction)
        {
            var (b, words) = OverName(conjunction - 1, -1);
            if (words == 0 || !IsWord(b) || !lex.Connectors.Contains(Lower(b)))
                return null;
            int c = b - 1;
            if (IsWord(c) && IsWord(c - 1) && !lex.PlaceCues.ContainsKey(Lower(c)) && lex.PlaceCues.ContainsKey(Lower(c - 1)))
                c--;
            return IsWord(c) && lex.PlaceCues.TryGetValue(Lower(c), out var cue) ? cue : null;
        }

        /// <summary>
        /// Steps from <paramref name="from"/> by <paramref name="step"/> over the words of a name (capitalised words, articles,
        /// hyphens; at most five words): the token it stops at and how many words it passed.
        /// </summary>
        private (int Stop, int Words) OverName(int from, int step)
        {
            int t = from, words = 0;
            while (t >= 0 && t < layer.Tokens.Count && words < 5
                   && (IsWord(t) && (char.IsUpper(text[layer.Tokens[t].Range.Start]) || NameKey.IsArticle(Lower(t))) || layer.Tokens[t].Range.Of(text) == "-"))
            {
                if (IsWord(t)) words++;
                t += step;
            }
            return (t, words);
        }

        /// <summary>The place word after the name that follows the conjunction at <paramref name="conjunction"/> ("and Haidariya districts").</summary>
        private PlaceKind? SharedCueAfter(int conjunction)
        {
            var (b, words) = OverName(conjunction + 1, 1);
            return words > 0 && IsWord(b) && lex.PlaceCues.TryGetValue(Lower(b), out var cue) ? cue : null;
        }

        /// <summary>The governorate an expression surely names: an area phrase about a governorate or its capital, or a governorate capital.</summary>
        private string? StrongAdmin1(Expr e)
        {
            string? found = null;
            int candidates = 0;
            foreach (var c in e.Match.Candidates)
            {
                int p = c >> 1;
                if (_ix.Countries[p] != _opt.FocusCountry)
                    continue;
                var kind = (PlaceKind)_ix.Kinds[p];
                bool areaish = kind == PlaceKind.Admin1 || _ix.Capital[p] == 1 || (kind == PlaceKind.Region && (c & 1) == 1);
                if (areaish && (e.Area is not null || kind == PlaceKind.Admin1 || (c & 1) == 1 || _ix.Capital[p] == 1))
                {
                    if (found is not null && found != _ix.Admin1[p])
                        return null;
                    found = _ix.Admin1[p];
                }
                candidates++;
            }
            return found is { Length: > 0 } ? found : null;
        }

        // ---- scoring -----------------------------------------------------------------------------------

        /// <summary>The best candidate and its odds; <see cref="Astray"/> when the text situates the place where no candidate lies.</summary>
        private sealed record Scored(int Best, double BestScore, double Margin, double Probability, bool Loose, bool Astray = false);

        private Scored? Score(Expr e, int mentionIndex, bool proximity)
        {
            int sentence = layer.SentenceAt(e.NameRange.Start);
            // Governorates named elsewhere in the sentence (or the dispatch): never the mention's own.
            var sentAdmin = _sentenceAdmin1.TryGetValue(sentence, out var list) ? list.Where(x => x.Mention != mentionIndex).Select(x => x.Admin1).ToHashSet() : null;
            var own = StrongAdmin1(e);
            var scores = new List<(int Place, double Score)>();
            var situated = proximity ? SituatedAt(e, mentionIndex) : null;
            bool anyNear = e.Match.Candidates.Any(c => _ix.Countries[c >> 1] == _opt.FocusCountry || _opt.NeighbourSet.Contains(_ix.Countries[c >> 1]));
            var plainSurface = NameKey.Plain(text.AsSpan(units[e.Match.FirstUnit].Start, units[e.Match.LastUnit].End - units[e.Match.FirstUnit].Start));
            // "Adra" is the town of Adra, not Daraa whose alternate name "Adraa" folds to the same key: where a place of the focus
            // country bears the written name as its own, one reached only through a variant of another name has no standing.
            bool ownNameWritten = e.Match.Candidates.Any(c => _ix.Countries[c >> 1] == _opt.FocusCountry && ExactName(e.Match, c >> 1));
            foreach (var c in e.Match.Candidates)
            {
                int p = c >> 1;
                bool curated = (c & 1) == 1;
                double s = 0;
                var cc = _ix.Countries[p];
                var kind = (PlaceKind)_ix.Kinds[p];
                if (cc == _opt.FocusCountry) s += 4;
                else if (_opt.NeighbourSet.Contains(cc)) s += 1.5;
                else if (anyNear && !_mentionedCountries.Contains(cc) && !(kind == PlaceKind.Country && curated)) s -= 3;
                double similarity = NameKey.Similarity(plainSurface, owner._gazetteer.PlainName(p));
                // How close the spelling is to the nearest of a curated region's own names ("Ghouta" is one of Eastern Ghouta's).
                double regionSimilarity = curated && kind == PlaceKind.Region
                    ? owner._gazetteer.RegionPlainNames(p).Select(n => NameKey.Similarity(plainSurface, n)).DefaultIfEmpty(similarity).Max()
                    : 1;
                // "le quartier al-Badu": a name a settlement or quarter cue introduces is no region it only loosely spells (Badia).
                if (regionSimilarity < CuratedRegionSimilarity && e.Cue is PlaceKind.Neighbourhood or PlaceKind.Populated)
                    continue;
                s += (similarity - 0.75) * 2;
                // A country named elsewhere pulls its places; not a place that shares a key with a country's own name ("Syria",
                // Sara; "Russia", a village of the United States named in the same list).
                if (_mentionedCountries.Contains(cc) && cc != _opt.FocusCountry && kind != PlaceKind.Country && !NamesCountry(e.Match, null)) s += 2.5;
                s += kind switch
                {
                    PlaceKind.Populated => 1,
                    PlaceKind.Neighbourhood => 0.5,
                    PlaceKind.Admin1 => 0.3,
                    PlaceKind.Region => 0.8,
                    PlaceKind.Country => 0.5,
                    PlaceKind.Feature => -1,
                    _ => 0,
                };
                // A town's standing (capital, size) speaks for it only where the written name is its own or one close to it;
                // a name that is another place's own counts against it.
                bool exact = ExactName(e.Match, p);
                bool variantOnly = ownNameWritten && !curated && !exact && similarity < VariantSimilarity;
                if (variantOnly)
                    s -= VariantPenalty;
                else
                {
                    s += _ix.Capital[p] switch { 1 => 2, 2 => 1.2, 3 => 0.6, _ => 0 };
                    s += Math.Min(2, Math.Log10(_ix.Population[p] + 1) * 0.4);
                    if (_ix.FeatureCodes[p] is "P.PPLC" or "P.PPLA") s += 1;
                }
                // "Boueida", "al-Badu": a curated region's name folds to a short key that village names share (Badia, Bweida);
                // its curated standing counts only for a spelling close to its name.
                if (curated && regionSimilarity >= CuratedRegionSimilarity) s += 1.5;
                // A country reached by one of its curated names ("Liban", "Turquie", "le Qatar") is that country, not a village
                // whose name folds to the same key ("Lebbin") or even shares it (Qatar of Aleppo), unless a settlement cue
                // ("le village de Qatar") says so.
                // "deuxième ville de Syrie": a cue counts against the country only where a candidate bears the very name written
                // ("le village de Qatar"), not where the name only resembles one (Sara).
                if (kind == PlaceKind.Country && curated) s += e.Cue is null || !e.Match.Candidates.Any(o => o != c && ExactName(e.Match, o >> 1)) ? 12 : 3;
                else if (exact) s += 0.7;
                if (e.Match.Loose) s -= 1.5;
                if (e.Foreign is { } foreign) s += cc == foreign ? 8 : -8;
                if (e.Cue == PlaceKind.Neighbourhood && kind == PlaceKind.Neighbourhood) s += 2;
                if (e.Cue == PlaceKind.Populated && kind == PlaceKind.Populated) s += 1;
                var a1 = _ix.Admin1[p];
                if (cc == _opt.FocusCountry && a1.Length > 0)
                {
                    if (sentAdmin is not null && sentAdmin.Contains(a1)) s += 3;
                    else if (_docAdmin1Count.TryGetValue(a1, out var n) && n - (own == a1 ? 1 : 0) > 0) s += 1.5;
                    else if (sentAdmin is not null && sentAdmin.Count > 0 && kind == PlaceKind.Populated) s -= 0.5;
                }
                // "la localité de Saïda, à une dizaine de kilomètres à l'est de Deraa": a place the text itself situates
                // by distance from another is the namesake near that point (Saida of Daraa, not As-Sweida).
                if (proximity && situated is var (slat, slon, reach) && Geo.Km(slat, slon, _ix.Lat[p], _ix.Lon[p]) <= reach)
                    s += 4;
                if (proximity && _anchors.Count > 0)
                {
                    double best = double.MaxValue;
                    // Only anchors among the nearest mentions in the text count: context is local, and the cost stays linear.
                    int from = LowerBound(mentionIndex - AnchorWindow);
                    for (int k = from; k < _anchors.Count && _anchors[k].Mention <= mentionIndex + AnchorWindow; k++)
                        if (_anchors[k].Mention != mentionIndex)
                            best = Math.Min(best, Geo.Km(_anchors[k].Lat, _anchors[k].Lon, _ix.Lat[p], _ix.Lon[p]));
                    if (best < 25) s += 1.5;
                    else if (best < 75) s += 0.8;
                }
                scores.Add((p, s));
            }
            if (scores.Count == 0)
                return null;
            // Ties go to the larger place, then to the smaller id: never to where an entry happens to sit in the index, which
            // an unrelated import or curated name would shift.
            scores.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score)
                : _ix.Population[x.Place] != _ix.Population[y.Place] ? _ix.Population[y.Place].CompareTo(_ix.Population[x.Place])
                : string.CompareOrdinal(_ix.Ids[x.Place], _ix.Ids[y.Place]));
            double z = scores.Sum(x => Math.Exp(x.Score - scores[0].Score));
            double margin = scores.Count > 1 ? scores[0].Score - scores[1].Score : 10;
            // Two candidates a few km apart (a town and its OCHA point, a city and its governorate) are not a real ambiguity.
            if (scores.Count > 1 && Geo.Km(_ix.Lat[scores[0].Place], _ix.Lon[scores[0].Place], _ix.Lat[scores[1].Place], _ix.Lon[scores[1].Place]) < 10)
                margin = Math.Max(margin, 2);
            // "Al-Amiriyeh, au nord de Palmyre" when the only Amiriyehs lie in other districts: the text's own situation wins.
            bool astray = situated is var (alat, alon, areach) && scores.All(x => Geo.Km(alat, alon, _ix.Lat[x.Place], _ix.Lon[x.Place]) > areach * 2);
            return new Scored(scores[0].Place, scores[0].Score, margin, 1 / z, e.Match.Loose, astray);
        }

        private const int AnchorWindow = 12;

        /// <summary>Below this likeness of its own name to the written one, a candidate is reached only through another of its names.</summary>
        private const double VariantSimilarity = 0.8;

        /// <summary>What a candidate reached only through a variant of another of its names loses where the written name is another place's own.</summary>
        private const double VariantPenalty = 0.75;

        /// <summary>How close a spelling must be to a curated region's name for its curated standing to count.</summary>
        private const double CuratedRegionSimilarity = 0.7;

        /// <summary>A city this large has districts the press names by direction ("eastern Aleppo"), <see cref="CityPartKm"/> from its centre.</summary>
        private const long MetropolisPopulation = 1_000_000;
        private const double CityPartKm = 3;

        /// <summary>How far from the place named after it a place situated by a direction alone is taken to lie.</summary>
        private const double DirectionOnlyKm = 30;

        /// <summary>
        /// The point an apposition right after the name situates it at ("Saïda, à une dizaine de kilomètres à l'est de
        /// Deraa", "Al-Amiriyeh, au nord de Palmyre"), with how far from it the place may lie, or null: the next expression,
        /// after a comma and at most three words, states a distance (or a direction from a town) from a place the first pass
        /// resolved with confidence.
        /// </summary>
        private (double Lat, double Lon, double ReachKm)? SituatedAt(Expr e, int mentionIndex)
        {
            if (mentionIndex + 1 >= _chosen.Count || !_anchorPlace.TryGetValue(mentionIndex + 1, out var from))
                return null;
            var next = _chosen[mentionIndex + 1];
            // A direction alone situates only from a town ("au nord de Palmyre"), not from an area ("in northern Syria").
            if (next.Distance is not double && (next.Direction is not double || (PlaceKind)_ix.Kinds[from] is not (PlaceKind.Populated or PlaceKind.Neighbourhood)))
                return null;
            int end = NameEnd(e), start = layer.TokenAtOrAfter(next.Range.Start);
            // "battles around al-Maleh north of Aleppo": a direction right after the name situates it as one after a comma does.
            bool adjacent = start == end + 1 && next.Direction is double && next.Distance is null;
            if (!adjacent && (end + 1 >= start || layer.Tokens[end + 1].Range.Of(text) != "," || start - end > 5))
                return null;
            // "Al-Amiriyeh, au nord de Palmyre": a direction with no distance puts the place within a day's drive on that side.
            double km = next.Distance ?? DirectionOnlyKm;
            var (lat, lon) = next.Direction is double b ? Geo.Displace(_ix.Lat[from], _ix.Lon[from], km, b) : (_ix.Lat[from], _ix.Lon[from]);
            return (lat, lon, next.Direction is null ? km + 10 : next.Distance is null ? DirectionOnlyKm + 20 : km * 0.6 + 10);
        }

        /// <summary>The match is a curated name of <paramref name="country"/> (of any country when null).</summary>
        private bool NamesCountry(NameMatch m, string? country) =>
            m.Candidates.Any(c => (c & 1) == 1 && (PlaceKind)_ix.Kinds[c >> 1] == PlaceKind.Country && (country is null || _ix.Countries[c >> 1] == country));

        private int LowerBound(int mention)
        {
            int lo = 0, hi = _anchors.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_anchors[mid].Mention < mention) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        // ---- decision ----------------------------------------------------------------------------------

        private PlaceMention? Decide(Expr e, Scored? s)
        {
            var surface = e.NameRange.Of(text);
            if (s is null)
                return new PlaceMention(e.Range, surface, new Unresolved($"no gazetteer entry for '{surface}'"));
            int p = s.Best;
            var cc = _ix.Countries[p];
            bool focus = cc == _opt.FocusCountry, near = _opt.NeighbourSet.Contains(cc) || _mentionedCountries.Contains(cc);
            int firstTok = units[e.Match.FirstUnit].Token;
            int prev = firstTok - 1 - ArticlesBefore(firstTok);
            bool locative = prev >= 0 && IsWord(prev) && (lex.Locatives.Contains(Lower(prev)) || lex.PlaceCues.ContainsKey(Lower(prev)));
            bool predicate = PredicateAfter(units[e.Match.LastUnit].Token);
            bool hasContext = locative || predicate || e.Area is not null || e.Direction is not null || e.Distance is not null || e.Cue is not null;
            int sentence = layer.SentenceAt(e.NameRange.Start);
            bool sentenceInitial = sentence >= 0 && FirstWordToken(sentence) == firstTok;
            bool curated = e.Match.Candidates.Any(c => (c >> 1) == p && (c & 1) == 1);
            var kind = (PlaceKind)_ix.Kinds[p];
            if (e.Foreign is { } foreign && cc != foreign)
                return new PlaceMention(e.Range, surface, new Unresolved(
                    $"the text puts '{surface}' in another country ({foreign}), where the gazetteer has no entry of that name (its best match, {_ix.Names[p]}, lies in {cc})"));
            if (s.Astray && !curated)
                return new PlaceMention(e.Range, surface, new Unresolved(
                    $"the text situates '{surface}' by the place after it, but no entry of that name lies there (its best match, {_ix.Names[p]}, lies in {owner._gazetteer.PlaceAt(p).Admin.Admin1})"));
            if (!focus && !curated && NameKey.Similarity(NameKey.Plain(surface), owner._gazetteer.PlainName(p)) < 0.7)
            {
                // Outside the focus country only a spelling close to the entry's own name counts ("Missile" is not Mosul).
                if (locative && !sentenceInitial)
                    return new PlaceMention(e.Range, surface, new Unresolved($"'{surface}' only resembles names of places outside the dispatch's focus ({_ix.Names[p]}, {cc})"));
                return null;
            }
            // A foreign place reached through one of its transliterations, not its own name ("Aerial" for Ariel,
            // "Uzbek" for Özbek), needs the text's support: words pointing at a place, and no governorate of the
            // focus country named in the dispatch (then the word is more likely a local name the gazetteer misses).
            if (!focus && !curated && kind != PlaceKind.Country && !ExactName(e.Match, p) && (!hasContext || sentenceInitial || _docAdmin1.Count > 0))
                return null;
            if (!focus && !near)
            {
                bool big = _ix.Population[p] >= 100_000 || _ix.FeatureCodes[p] is "P.PPLC" or "P.PPLA" || kind == PlaceKind.Country;
                bool title = sentence >= 0 && _titleCase[sentence];
                if (!(big && hasContext && !sentenceInitial && !title && ExactName(e.Match, p)) && !curated)
                {
                    if (locative && !sentenceInitial)
                        return new PlaceMention(e.Range, surface, new Unresolved(
                            $"'{surface}' is only known far from the dispatch's focus ({_ix.Names[p]}, {cc}), and the text gives no supporting evidence"));
                    return null;
                }
            }
            // A neighbourhood is part of a city: a foreign one is named in a text about its own country ("the Old City" of a
            // dispatch about Syria that names no other country is Raqqa's or Aleppo's, not Jerusalem's).
            if (!focus && !curated && kind == PlaceKind.Neighbourhood && !_mentionedCountries.Contains(cc))
                return locative && !sentenceInitial
                    ? new PlaceMention(e.Range, surface, new Unresolved($"'{surface}' is only known as a neighbourhood of a city in {cc}, a country the dispatch does not name"))
                    : null;
            // "le quartier de Nahda" in a dispatch about Raqqa: a name introduced as a neighbourhood, whose entry is a town far
            // from every place the dispatch surely names, is a quarter the gazetteer does not know, not that town. It lies
            // in the town the dispatch names nearest to it in the text (precision 2: a part of that town); with none, the
            // name is unresolved, with the reason.
            if (e.Cue == PlaceKind.Neighbourhood && kind != PlaceKind.Neighbourhood && !curated)
            {
                var others = _anchors.Where(a => Geo.Km(a.Lat, a.Lon, _ix.Lat[p], _ix.Lon[p]) > 0.5).ToList();
                if (others.Count > 0 && others.All(a => Geo.Km(a.Lat, a.Lon, _ix.Lat[p], _ix.Lon[p]) > NeighbourhoodReachKm))
                {
                    int me = _chosen.IndexOf(e);
                    var towns = others.Where(a => (PlaceKind)_ix.Kinds[_anchorPlace[a.Mention]] == PlaceKind.Populated
                                                 // a part of a town ("eastern Aleppo") is in it too
                                                 && _chosen[a.Mention] is { Area: null, Distance: null } town && (town.Direction is null || !town.DirectionNoun)
                                                 // another name introduced as a quarter is no town, unless its entry is a capital ("the X neighbourhood of Aleppo")
                                                 && (town.Cue != PlaceKind.Neighbourhood || _ix.Capital[_anchorPlace[a.Mention]] != 0)).ToList();
                    if (towns.Count > 0)
                    {
                        // A town of the same sentence first, else the nearest one before the quarter (the story's town is
                        // named before its quarters), else the nearest after it.
                        int mySentence = layer.SentenceAt(e.NameRange.Start);
                        var same = towns.Where(a => layer.SentenceAt(_chosen[a.Mention].NameRange.Start) == mySentence).ToList();
                        var before = towns.Where(a => a.Mention < me).ToList();
                        // "les quartiers de Cheikh Maqsoud et d'Achrafieh": a known quarter of the same sentence says which town.
                        var sibling = others.FirstOrDefault(a => a.Mention != me && ((PlaceKind)_ix.Kinds[_anchorPlace[a.Mention]] == PlaceKind.Neighbourhood || _chosen[a.Mention].Cue == PlaceKind.Neighbourhood)
                                                                 && layer.SentenceAt(_chosen[a.Mention].NameRange.Start) == mySentence);
                        var itsTown = same.Count > 0 || sibling == default ? null
                            : towns.Where(a => Geo.Km(a.Lat, a.Lon, sibling.Lat, sibling.Lon) <= NeighbourhoodReachKm).Cast<(double Lat, double Lon, int Mention)?>()
                                   .MinBy(a => Geo.Km(a!.Value.Lat, a.Value.Lon, sibling.Lat, sibling.Lon));
                        var pick = same.Count > 0 ? same.MinBy(a => Math.Abs(a.Mention - me))
                                   : itsTown is { } quarterTown ? quarterTown
                                   : before.Count > 0 ? before.MaxBy(a => a.Mention)
                                   : towns.MinBy(a => Math.Abs(a.Mention - me));
                        var town = owner._gazetteer.PlaceAt(_anchorPlace[pick.Mention]);
                        return new PlaceMention(e.Range, surface, new Resolved(town, s.Probability, 2, PlaceGeometry.ReachKm(town), $"neighbourhood-of:{town.Id}"));
                    }
                    return new PlaceMention(e.Range, surface, new Unresolved(
                        $"'{surface}' is named as a neighbourhood, but the gazetteer knows it only as {_ix.Names[p]} ({owner._gazetteer.PlaceAt(p).Admin.Admin1}), far from the places the dispatch names"));
                }
            }
            // "Ithriya in Hama province": a village the text itself places in a governorate is not a namesake of another
            // governorate (Othriya, Lattakia). Curated names and capitals keep their place; a point within reach of the
            // named governorate's border is not a contradiction.
            if (focus && !curated && _ix.Capital[p] == 0 && kind is PlaceKind.Populated or PlaceKind.Neighbourhood or PlaceKind.Feature
                && StatedAdmin1(e) is ({ } stated, int container) && stated != _ix.Admin1[p]
                && owner._gazetteer.Admin.Geometry(stated) is { } area && area.Distance(new NetTopologySuite.Geometries.Point(_ix.Lon[p], _ix.Lat[p])) > StatedAdmin1ReachDegrees)
            {
                // "the Salihiah neighbourhood of Hasakah city": a quarter the text puts in a town is a part of that town.
                if (e.Cue == PlaceKind.Neighbourhood && _anchorPlace.TryGetValue(container, out var t) && (PlaceKind)_ix.Kinds[t] == PlaceKind.Populated
                    && _chosen[container] is { Area: null, Direction: null, Distance: null })
                {
                    var town = owner._gazetteer.PlaceAt(t);
                    return new PlaceMention(e.Range, surface, new Resolved(town, s.Probability, 2, PlaceGeometry.ReachKm(town), $"neighbourhood-of:{town.Id}"));
                }
                return new PlaceMention(e.Range, surface, new Unresolved(
                    $"the text places '{surface}' in {owner._gazetteer.Admin.NameOf(stated) ?? stated}, but the gazetteer knows the name only in {owner._gazetteer.Admin.NameOf(_ix.Admin1[p]) ?? _ix.Admin1[p]}"));
            }
            // "Sabah al-Khair", "Tell al-Sawda": a name whose next word is an Arabic article joined to a capitalised word goes
            // on beyond the match. The gazetteer does not know the whole name (the longest match would have won), and its
            // first word alone names another, smaller place ("Sabah" is Sibbeh in Tartous). A governorate or district capital
            // keeps its name ("Daraa al-Balad" is a part of Daraa), and so does a name followed by a qualifier ("al-Gharbi",
            // "al-Kabir": a part or a twin of the same place).
            if (!curated && _ix.Capital[p] is 0 or 3 && kind is PlaceKind.Populated or PlaceKind.Feature or PlaceKind.Neighbourhood
                && ArticleNameAfter(units[e.Match.LastUnit].End) is { } longer)
                return new PlaceMention(e.Range, surface, new Unresolved(
                    $"'{surface} {longer}' goes on past the gazetteer's '{_ix.Names[p]}': a longer name the gazetteer does not know"));
            // A small place named alone at the start of a sentence, with nothing around it, is more often an ordinary word.
            bool weak = _ix.Population[p] < 5000 && _ix.Capital[p] == 0 && !curated && kind is PlaceKind.Populated or PlaceKind.Feature or PlaceKind.Neighbourhood;
            if (weak && sentenceInitial && !hasContext)
                return null;
            if (e.Match.Loose)
            {
                // A loose spelling is trusted only where the text already points: its governorate is named nearby.
                bool inKnownArea = _docAdmin1.Contains(_ix.Admin1[p]);
                // Or where the sentence itself introduces a place ("bombardment on Latamneh") with a spelling close
                // to the entry's own name, outside title-case headlines where every word is capitalised.
                bool title = sentence >= 0 && _titleCase[sentence];
                // The name must end where the match ends ("Ashrafieh Sehnaya" is another name), and no governorate
                // named right after it may contradict it ("Ashrafieh in Aleppo city" is not a village of Lattakia).
                int lastTok = units[e.Match.LastUnit].Token;
                bool nameGoesOn = IsWord(lastTok + 1) && char.IsUpper(text[layer.Tokens[lastTok + 1].Range.Start]);
                bool conflicts = _sentenceAdmin1.TryGetValue(sentence, out var named) && !named.Any(x => x.Admin1 == _ix.Admin1[p])
                                 && named.Any(x => _chosenTokens[x.Mention] > lastTok && _chosenTokens[x.Mention] - lastTok <= ContainmentWindow);
                bool oneGovernorate = e.Match.Candidates.Select(c => _ix.Admin1[c >> 1]).Distinct().Count() == 1;
                bool introduced = (locative && !lex.Conjunctions.Contains(Lower(prev)) && !sentenceInitial || predicate && sentenceInitial) && !title && !nameGoesOn && !conflicts && (s.Margin >= 1 || oneGovernorate) &&
                                  NameKey.Similarity(NameKey.Key(surface), NameKey.Key(_ix.Names[p])) >= LooseIntroducedSimilarity;
                if (!focus || !(inKnownArea || e.Cue is not null || e.Area is not null || introduced))
                    return null;
            }
            return Build(e, s, p, curated);
        }

        /// <summary>"Atmeh is controlled by", "Dhiban est encore tenue par": a verb of what was done to a place follows the name, past auxiliaries.</summary>
        private bool PredicateAfter(int last)
        {
            int t = last + 1;
            for (int skipped = 0; IsWord(t) && skipped < 3 && lex.PredicateAuxiliaries.Contains(Lower(t)); skipped++)
                t++;
            return t > last + 1 && IsWord(t) && lex.PredicateVerbs.Contains(Lower(t));
        }

        /// <summary>The article-joined word right after <paramref name="end"/> ("al-Khair" in "Sabah al-Khair"), or null.</summary>
        private string? ArticleNameAfter(int end)
        {
            int i = end;
            if (i >= text.Length || text[i] != ' ')
                return null;
            i++;
            int start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
                i++;
            // "al-Khair", or "Al-kahir" as a title writes it: one of the two words is capitalised.
            if (i == start || i + 1 >= text.Length || text[i] != '-' || !char.IsLetter(text[i + 1])
                || !(char.IsUpper(text[i + 1]) || char.IsUpper(text[start])) || !NameKey.IsArticle(text[start..i].ToLowerInvariant()))
                return null;
            int stop = i + 1;
            while (stop < text.Length && char.IsLetter(text[stop]))
                stop++;
            return QualifierKeys.Contains(NameKey.Key(text[(i + 1)..stop])) ? null : text[start..stop];
        }

        /// <summary>
        /// The governorate an area phrase right after the name places it in, joined by a containment word and nothing but
        /// articles and commas ("Ithriya in Hama province", "Madaya, dans la province de Damas", "Saraqeb in Idlib"), or null.
        /// </summary>
        private (string Admin1, int Mention)? StatedAdmin1(Expr e)
        {
            int sentence = layer.SentenceAt(e.NameRange.Start);
            if (!_sentenceAdmin1.TryGetValue(sentence, out var named))
                return null;
            // After a quarter, "of" says which town holds it too ("the Salihiah neighbourhood of Hasakah city").
            var links = e.Cue == PlaceKind.Neighbourhood ? lex.QuarterLinks : lex.ContainmentLinks;
            int last = NameEnd(e);
            foreach (var (admin1, mention) in named)
            {
                int start = layer.TokenAtOrAfter(_chosen[mention].Range.Start);
                if (start <= last + 1 || start - last > 5)
                    continue;
                bool link = false, joined = true;
                for (int t = last + 1; t < start && joined; t++)
                {
                    if (!IsWord(t))
                        joined = layer.Tokens[t].Range.Of(text) == ",";
                    else if (links.Contains(Lower(t)))
                        link = true;
                    else
                        joined = link && (lex.CapitalDeterminers.Contains(Lower(t)) || lex.RegionArticles.Contains(Lower(t)) || lex.FillerAdjectives.Contains(Lower(t)) || lex.DirectionAdjectives.ContainsKey(Lower(t)));
                }
                if (joined && link)
                    return (admin1, mention);
            }
            return null;
        }

        /// <summary>The name's last token, past a cue word after it ("the Salihiah neighbourhood of Hasakah city").</summary>
        private int NameEnd(Expr e)
        {
            int last = units[e.Match.LastUnit].Token;
            while (IsWord(last + 1) && lex.PlaceCues.ContainsKey(Lower(last + 1)))
                last++;
            return last;
        }

        /// <summary>How far (in degrees, about 15 km) outside a stated governorate a place may lie and still be in it as the press draws it.</summary>
        private const double StatedAdmin1ReachDegrees = 0.15;

        /// <summary>Curated regions up to this radius are sites (geo_precision 1); up to <see cref="LocalRegionRadiusKm"/>, local areas (2).</summary>
        private const float SiteRadiusKm = 3;

        private const float LocalRegionRadiusKm = 10;

        /// <summary>How many tokens after a name a governorate may stand and still say where the name is ("X in Aleppo city").</summary>
        private const int ContainmentWindow = 5;

        /// <summary>How close a loose spelling must be to the entry's name to be trusted on a locative alone.</summary>
        private const double LooseIntroducedSimilarity = 0.8;

        private PlaceMention Build(Expr e, Scored s, int p, bool curated)
        {
            var surface = e.NameRange.Of(text);
            var place = owner._gazetteer.PlaceAt(p);
            var kind = place.Kind;
            string rule = curated ? $"exonym:{RuleLanguage()}/{surface}" : RuleOf(p);
            int precision = kind switch
            {
                PlaceKind.Populated or PlaceKind.Neighbourhood or PlaceKind.Feature => 1,
                PlaceKind.Admin3 => 2,
                // A named site no bigger than a town (an airbase, a camp) is placed like a town; a valley or a plain
                // like the part of a region it is.
                PlaceKind.Region when _ix.RadiusKm[p] is > 0 and <= SiteRadiusKm => 1,
                PlaceKind.Region when _ix.RadiusKm[p] is > 0 and <= LocalRegionRadiusKm => 2,
                _ => 3,
            };
            double unc = kind switch
            {
                PlaceKind.Admin1 => 50,
                PlaceKind.Admin2 or PlaceKind.Admin3 => 20,
                PlaceKind.Region => _ix.RadiusKm[p] > 0 ? _ix.RadiusKm[p] : 30,
                PlaceKind.Country => 300,
                _ => 0,
            };
            var resolved = place;
            // Areas: the governorate named, or whose capital (or a town with the governorate's name) is named.
            if (e.Area is AreaRelation rel && e.Distance is null)
            {
                int area = AreaOf(e, p, rel);
                if (area >= 0)
                {
                    resolved = owner._gazetteer.PlaceAt(area);
                    precision = 3;
                    unc = resolved.Kind == PlaceKind.Region ? Math.Max(_ix.RadiusKm[area], 10) : 50;
                    rule = $"area:{rel.ToString().ToLowerInvariant()}";
                }
                else
                {
                    precision = 2;
                    unc = Math.Max(unc, 10);
                    rule = $"area:near";
                }
            }
            if (e.Distance is double km)
            {
                var (lat, lon) = e.Direction is double b ? Geo.Displace(resolved.Latitude, resolved.Longitude, km, b) : (resolved.Latitude, resolved.Longitude);
                resolved = Relative(resolved, lat, lon, e.Direction is double bb ? $"{km:0.#} km {Compass(bb)} of {resolved.Name}" : $"within {km:0.#} km of {resolved.Name}");
                precision = 2;
                unc = e.Direction is null ? km : Math.Max(1, km * 0.25);
                rule = "relative:distance";
            }
            else if (e.Direction is double bearing)
            {
                bool region = e.Area is not null || !e.DirectionNoun || e.RegionArticle;
                bool largeGovernorate = owner._gazetteer.Admin.Geometry(_ix.Admin1[p]) is { } g && g.Area > 0.1;
                // "eastern Aleppo", "western Aleppo" (the adjective, with no countryside word): the halves of a divided city of a
                // million, not the east of its governorate ("northern Aleppo" stays the north of the governorate).
                bool cityPart = e.Area is null && !e.DirectionNoun && !e.RegionArticle && _ix.Population[p] >= MetropolisPopulation
                                && (Math.Abs(bearing - 90) < 1 || Math.Abs(bearing - 270) < 1);
                if (cityPart && resolved.Kind == PlaceKind.Populated)
                {
                    var (lat, lon) = Geo.Displace(resolved.Latitude, resolved.Longitude, CityPartKm, bearing);
                    resolved = Relative(resolved, lat, lon, $"{Compass(bearing)} of {resolved.Name}");
                    precision = 2;
                    unc = CityPartKm;
                    rule = "relative:city-part";
                }
                else if (resolved.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Country || (region && resolved.Kind != PlaceKind.Region && _ix.Capital[p] == 1 && largeGovernorate))
                {
                    var areaPlace = resolved.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Country ? resolved : owner._gazetteer.PlaceAt(AdminPlace(p));
                    resolved = DirectionalPart(areaPlace, bearing);
                    precision = 3;
                    unc = areaPlace.Kind == PlaceKind.Country ? 150 : 30;
                    rule = "relative:region";
                }
                else
                {
                    bool fromRegion = resolved.Kind == PlaceKind.Region;
                    double d = fromRegion ? Math.Max(10, _ix.RadiusKm[p] * 0.5) : 10;
                    var (lat, lon) = Geo.Displace(resolved.Latitude, resolved.Longitude, d, bearing);
                    resolved = Relative(resolved, lat, lon, $"{Compass(bearing)} of {resolved.Name}", fromRegion ? '~' : '@');
                    precision = fromRegion ? 3 : 2;
                    unc = d;
                    rule = "relative:direction";
                }
            }
            return new PlaceMention(e.Range, surface, new Resolved(resolved, Math.Round(s.Probability, 3), precision, unc, rule));
        }

        private string RuleLanguage() => lex == owner._lexicons[Language.French] ? "fr" : "en";

        private string RuleOf(int p)
        {
            var id = _ix.Ids[p];
            return id;
        }

        private int AdminPlace(int p) => owner._admin1Places.TryGetValue(_ix.Admin1[p], out var a) ? a : p;

        /// <summary>
        /// "the town of Saraqeb in Idlib", "Tafas à Deraa": a governorate capital named right after a town of its
        /// governorate, joined by a locative, names the governorate that contains the town, not a second place.
        /// </summary>
        private bool ContainedIn(Expr e, int best, PlaceMention? before)
        {
            if (!BareFocusCapital(e, best) || before?.Resolution is not Resolved { GeoPrecision: 1 } r
                || r.Place.Admin.Admin1PCode != _ix.Admin1[best] || r.Place.Id == owner._gazetteer.PlaceAt(best).Id)
                return false;
            int first = units[e.Match.FirstUnit].Token, end = layer.TokenAtOrAfter(before.Range.End);
            int between = first - end - ArticlesBefore(first);
            return between == 1 && end < first && IsWord(end) && lex.Locatives.Contains(Lower(end)) && Lower(end) is not ("and" or "et" or "to" or "from");
        }

        /// <summary>
        /// "In neighbouring Daraa, the army shelled the town of Nawa", "À Idleb, des raids ont frappé Maaret al-Noomane": a
        /// governorate capital that opens its sentence after a locative and a comma, while the sentence goes on to name
        /// another place of the same governorate, is the governorate: the frame of the sentence, not a place of its own.
        /// </summary>
        private bool FramesSentence(Expr e, int best, int index, List<Scored?> first)
        {
            if (!BareFocusCapital(e, best) || _ix.Admin1[best].Length == 0)
                return false;
            int start = units[e.Match.FirstUnit].Token, end = units[e.Match.LastUnit].Token + 1;
            int sentence = layer.SentenceAt(units[e.Match.FirstUnit].Start);
            int open = FirstWordToken(sentence);
            // The locative opens the sentence; at most two lower-case words ("neighbouring", an article) stand between.
            if (open >= start || start - open > 3 || !lex.Locatives.Contains(Lower(open)) || Lower(open) is "and" or "et" or "to" or "from")
                return false;
            for (int t = open + 1; t < start; t++)
                if (!IsWord(t) || char.IsUpper(text[layer.Tokens[t].Range.Start]))
                    return false;
            if (end >= layer.Tokens.Count || layer.Tokens[end].Range.Of(text) != ",")
                return false;
            for (int j = index + 1; j < _chosen.Count; j++)
            {
                if (layer.SentenceAt(units[_chosen[j].Match.FirstUnit].Start) != sentence)
                    break;
                if (first[j] is { Best: >= 0 } other && other.Best != best && _ix.Admin1[other.Best] == _ix.Admin1[best]
                    && (PlaceKind)_ix.Kinds[other.Best] is PlaceKind.Populated or PlaceKind.Neighbourhood or PlaceKind.Feature
                    && Geo.Km(_ix.Lat[best], _ix.Lon[best], _ix.Lat[other.Best], _ix.Lon[other.Best]) > 10)
                    return true;
            }
            return false;
        }

        /// <summary>How far from a place the dispatch names a quarter of its city may lie.</summary>
        private const double NeighbourhoodReachKm = 25;

        /// <summary>A governorate capital of the focus country named bare: no area word, direction, distance or cue around it.</summary>
        private bool BareFocusCapital(Expr e, int best) =>
            e.Area is null && e.Direction is null && e.Distance is null && e.Cue is null && _ix.Capital[best] == 1 && _ix.Countries[best] == _opt.FocusCountry;

        /// <summary>The area an area phrase means, or -1 for "the surroundings of the town".</summary>
        private int AreaOf(Expr e, int best, AreaRelation rel)
        {
            foreach (var c in e.Match.Candidates)
            {
                int p = c >> 1;
                var k = (PlaceKind)_ix.Kinds[p];
                if (k is PlaceKind.Admin1 && _ix.Countries[p] == _opt.FocusCountry)
                    return p;
            }
            var bk = (PlaceKind)_ix.Kinds[best];
            if (bk is PlaceKind.Admin2 or PlaceKind.Region or PlaceKind.Country)
                return best;
            if (rel is AreaRelation.Admin1 or AreaRelation.Countryside && _ix.Capital[best] == 1)
                return AdminPlace(best);
            if (rel == AreaRelation.Admin1 && _ix.Admin1[best].Length > 0)
                return AdminPlace(best);
            return -1;
        }

        private Place DirectionalPart(Place area, double bearing) =>
            owner._parts.GetOrAdd((area.Id, bearing), _ => ComputeDirectionalPart(area, bearing));

        private Place ComputeDirectionalPart(Place area, double bearing)
        {
            Geometry? geom = area.Kind == PlaceKind.Country
                ? owner._gazetteer.Admin.Country()
                : area.Admin.Admin2PCode is { } a2 && area.Kind == PlaceKind.Admin2 ? owner._gazetteer.Admin.Geometry(a2) : area.Admin.Admin1PCode is { } a1 ? owner._gazetteer.Admin.Geometry(a1) : null;
            double lat, lon;
            if (geom is not null)
            {
                var env = geom.EnvelopeInternal;
                var c0 = geom.Centroid.Coordinate;
                double rad = bearing * Math.PI / 180, dx = Math.Sin(rad), dy = Math.Cos(rad);
                // Keep the part of the area beyond a line across it: through the centroid for a governorate or a
                // district; for a country, past the middle of the way to its edge, because "the north-west of the
                // country" is its outer part (Idlib and Latakia), not the half of it that reaches Homs.
                double reach = new[] { (env.MinX, env.MinY), (env.MinX, env.MaxY), (env.MaxX, env.MinY), (env.MaxX, env.MaxY) }
                    .Max(p => (p.Item1 - c0.X) * dx + (p.Item2 - c0.Y) * dy);
                double shift = area.Kind == PlaceKind.Country ? CountryPartShift * reach : 0;
                var c = new Coordinate(c0.X + dx * shift, c0.Y + dy * shift);
                double big = Math.Max(env.Width, env.Height) * 2;
                var pts = new[]
                {
                    new Coordinate(c.X - dy * big, c.Y + dx * big), new Coordinate(c.X + dy * big, c.Y - dx * big),
                    new Coordinate(c.X + dy * big + dx * big, c.Y - dx * big + dy * big), new Coordinate(c.X - dy * big + dx * big, c.Y + dx * big + dy * big),
                    new Coordinate(c.X - dy * big, c.Y + dx * big),
                };
                var half = geom.Factory.CreatePolygon(pts);
                var part = geom.Intersection(half);
                var rep = part.IsEmpty ? geom.InteriorPoint
                    : area.Kind == PlaceKind.Country && part.Contains(part.Centroid) ? part.Centroid : part.InteriorPoint;
                (lat, lon) = (rep.Y, rep.X);
            }
            else
                (lat, lon) = Geo.Displace(area.Latitude, area.Longitude, area.Kind == PlaceKind.Country ? 150 : 25, bearing);
            var admin = owner._gazetteer.Admin.Locate(lat, lon) ?? area.Admin;
            // A country's part is named by the country's code ("country:SY#south"), whichever source the country came from.
            var id = area.Kind == PlaceKind.Country ? $"country:{area.CountryCode}#{Compass(bearing)}" : $"{area.Id}#{Compass(bearing)}";
            return new Place(id, $"{Compass(bearing)} of {area.Name}", PlaceKind.Region, lat, lon, area.CountryCode, admin);
        }

        /// <summary>Where the line that cuts off a country's part lies: this share of the way from its centroid to its edge.</summary>
        private const double CountryPartShift = 0.4;

        /// <summary>A point set off from a place: '@' after the place's id for a town's, '~' for a region's (see PlaceGeometry.IsOffsetPoint).</summary>
        private Place Relative(Place from, double lat, double lon, string name, char mark = '@')
        {
            var admin = owner._gazetteer.Admin.Locate(lat, lon) ?? from.Admin;
            return new Place($"{from.Id}{mark}{lat.ToString("0.####", CultureInfo.InvariantCulture)},{lon.ToString("0.####", CultureInfo.InvariantCulture)}", name,
                PlaceKind.Region, lat, lon, from.CountryCode, admin);
        }

        private static string Compass(double bearing) =>
            ((int)Math.Round(((bearing % 360) + 360) % 360 / 45.0) % 8) switch
            {
                0 => "north", 1 => "north-east", 2 => "east", 3 => "south-east", 4 => "south", 5 => "south-west", 6 => "west", _ => "north-west",
            };

        // ---- "le nord-est du pays", "the north of the country" ---------------------------------------------

        private IEnumerable<PlaceMention> CountryParts(List<PlaceMention> found)
        {
            if (owner._focusCountryPlace < 0)
                yield break;
            var toks = layer.Tokens;
            for (int t = 0; t < toks.Count; t++)
            {
                if (!IsWord(t) || !lex.CountryWords.Contains(Lower(t)))
                    continue;
                int k = t - 1;
                while (k >= 0 && IsWord(k) && lex.Connectors.Contains(Lower(k)) && t - k < 4)
                    k--;
                if (k < 0 || k == t - 1 || !IsWord(k))
                    continue;
                var w = Lower(k);
                double? bearing = lex.Directions.TryGetValue(w, out var b) ? b : null;
                if (bearing is null)
                    continue;
                var range = new TextRange(toks[k].Range.Start, toks[t].Range.End);
                if (found.Any(f => f.Range.Overlaps(range)))
                    continue;
                var country = owner._gazetteer.PlaceAt(owner._focusCountryPlace);
                var part = DirectionalPart(country, bearing.Value);
                yield return new PlaceMention(range, toks[t].Range.Of(text), new Resolved(part, 1, 3, 150, "relative:country"));
            }
            // "les FDS tiennent l'essentiel du nord-est", "in the northeast": a bare direction after a determiner, with no
            // "de X" / "of X" after it, is that part of the country in focus.
            for (int t = 1; t < toks.Count; t++)
            {
                if (!IsWord(t) || !lex.Directions.TryGetValue(Lower(t), out var bearing) || !IsWord(t - 1) || !lex.CountryPartDeterminers.Contains(Lower(t - 1)))
                    continue;
                if (IsWord(t + 1) && (lex.Connectors.Contains(Lower(t + 1)) || toks[t + 1].Range.Start == toks[t].Range.End))
                    continue;
                // "advancing from the west", "vers le sud": a direction of movement, not a part of the country.
                if (t >= 2 && IsWord(t - 2) && lex.MovementWords.Contains(Lower(t - 2)))
                    continue;
                var range = new TextRange(toks[t - 1].Range.Start, toks[t].Range.End);
                if (found.Any(f => f.Range.Overlaps(range)))
                    continue;
                var part = DirectionalPart(owner._gazetteer.PlaceAt(owner._focusCountryPlace), bearing);
                yield return new PlaceMention(range, toks[t].Range.Of(text), new Resolved(part, 1, 3, 150, "relative:country-part"));
            }
        }

        // ---- "the capital", "au nord-est de la capitale" -------------------------------------------------

        /// <summary>
        /// The country's capital named by its role: "the capital" (the capital itself, precision 1), "the southern
        /// capital", "north-east of the capital", "outskirts of the capital" (near it, precision 2). "The capital
        /// of X" names another capital, and is left to the name that follows.
        /// </summary>
        private IEnumerable<PlaceMention> CapitalReferences(List<PlaceMention> found)
        {
            if (owner._capitalPlace < 0 || lex.CapitalNouns.Count == 0)
                yield break;
            var toks = layer.Tokens;
            for (int t = 1; t < toks.Count; t++)
            {
                if (!IsWord(t) || !lex.CapitalNouns.Contains(Lower(t)))
                    continue;
                if (IsWord(t + 1) && (lex.Connectors.Contains(Lower(t + 1)) && !lex.CapitalDeterminers.Contains(Lower(t + 1)) || lex.CapitalBlockers.Contains(Lower(t + 1))))
                    continue;
                int k = t - 1;
                double? bearing = null;
                if (IsWord(k) && lex.DirectionAdjectives.TryGetValue(Lower(k), out var adj))
                {
                    bearing = adj;
                    k--;
                }
                if (!IsWord(k) || !lex.CapitalDeterminers.Contains(Lower(k)))
                    continue;
                int start = k;
                bool near = bearing is not null;
                // "north-east of the capital", "outskirts of the capital".
                int c = k - 1;
                if (IsWord(c) && lex.Connectors.Contains(Lower(c)) && IsWord(c - 1))
                {
                    var w = Lower(c - 1);
                    if (lex.Directions.TryGetValue(w, out var b))
                        (bearing, near, start) = (bearing ?? b, true, c - 1);
                    else if (lex.AreaNouns.ContainsKey(w))
                        (near, start) = (true, c - 1);
                }
                var range = new TextRange(toks[start].Range.Start, toks[t].Range.End);
                if (found.Any(f => f.Range.Overlaps(range)))
                    continue;
                var capital = owner._gazetteer.PlaceAt(owner._capitalPlace);
                var place = capital;
                if (bearing is double br)
                {
                    var (lat, lon) = Geo.Displace(capital.Latitude, capital.Longitude, CapitalEdgeKm, br);
                    place = Relative(capital, lat, lon, $"{Compass(br)} of {capital.Name}");
                }
                yield return new PlaceMention(range, range.Of(text),
                    new Resolved(place, 1, near ? 2 : 1, near ? CapitalNearKm : 0, $"capital:{RuleLanguage()}/{Lower(t)}"));
            }
        }

        /// <summary>How far "north of the capital" and "the capital's outskirts" may lie from the capital's point, in km.</summary>
        private const double CapitalNearKm = 10;

        /// <summary>Where "north of the capital" is put: the edge of the city, in that direction (the fighting of a
        /// besieged capital is in its edge districts), with <see cref="CapitalNearKm"/> as the uncertainty.</summary>
        private const double CapitalEdgeKm = 5;

        // ---- names the gazetteer does not know -----------------------------------------------------------

        /// <summary>
        /// A capitalised word introduced as a place ("the village of Foo", "province de Foo", "Foo countryside")
        /// that no gazetteer entry matched: an explicit Unresolved, never a silent drop.
        /// </summary>
        private IEnumerable<PlaceMention> UnknownNames(List<PlaceMention> found)
        {
            var toks = layer.Tokens;
            for (int t = 0; t + 1 < toks.Count; t++)
            {
                if (!IsWord(t))
                    continue;
                var w = Lower(t);
                bool cue = lex.PlaceCues.ContainsKey(w) || lex.AreaNouns.ContainsKey(w) && lex.AreaNouns[w] != AreaRelation.Near;
                if (!cue)
                    continue;
                int n = t + 1;
                while (n < toks.Count && IsWord(n) && lex.Connectors.Contains(Lower(n)))
                    n++;
                if (n == t + 1 && Lower(t) is not ("rif"))
                {
                    if (lex.Connectors.Count > 0 && !lex.Connectors.Contains("of") && !lex.Connectors.Contains("de"))
                        continue;
                    continue;
                }
                if (n >= toks.Count || !IsWord(n) || !char.IsUpper(text[toks[n].Range.Start]))
                    continue;
                int e = n;
                while (e + 1 < toks.Count && IsWord(e + 1) && (char.IsUpper(text[toks[e + 1].Range.Start]) || NameKey.IsArticle(Lower(e + 1))) && e - n < 4)
                    e++;
                var range = new TextRange(toks[n].Range.Start, toks[e].Range.End);
                if (found.Any(f => f.Range.Overlaps(range)))
                    continue;
                var surface = range.Of(text);
                if (owner._allCommon.Contains(PlaceLexicon.Norm(surface)) || lex.OrgPrefixes.Contains(PlaceLexicon.Norm(toks[n].Range.Of(text))))
                    continue;
                yield return new PlaceMention(new TextRange(toks[t].Range.Start, range.End), surface,
                    new Unresolved($"'{surface}' is introduced as a place ('{toks[t].Range.Of(text)}') but no gazetteer entry has that name"));
            }
        }
    }

    private sealed class Expr
    {
        public required NameMatch Match;
        public TextRange NameRange;
        public TextRange Range;
        public AreaRelation? Area;
        public double? Direction;
        public bool DirectionNoun;
        public bool RegionArticle;
        public double? Unit;
        public double? Distance;
        public PlaceKind? Cue;
        /// <summary>The country a foreign adjective beside the place word puts the name in ("la province turque de Hatay").</summary>
        public string? Foreign;
    }
}

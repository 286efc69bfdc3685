namespace Sitrep.Actors.Internal;

/// <summary>
/// A trie over word sequences. A key is a folded word, or <see cref="Words.ExactMarker"/> + the surface of an
/// acronym, which matches only a word written the same way in capitals. A walk from one position follows at most
/// two branches per word and stops at the trie's depth, so matching a sentence is linear in its length.
/// </summary>
internal sealed class PhraseTrie<T> where T : class
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public T? Value;
    }

    private readonly Node _root = new();

    public int Depth { get; private set; }

    /// <summary>Adds a phrase; returns the value already stored for the same words, or null when it is new.</summary>
    public T? Add(IReadOnlyList<Word> words, T value)
    {
        var node = _root;
        foreach (var w in words)
        {
            var key = w.Exact ?? w.Folded;
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var next))
                node.Children[key] = next = new Node();
            node = next;
        }
        Depth = Math.Max(Depth, words.Count);
        if (node.Value is not null)
            return node.Value;
        node.Value = value;
        return null;
    }

    /// <summary>
    /// Every phrase that starts at <paramref name="start"/> and reads forward (or, with <paramref name="step"/> -1,
    /// ends just before <paramref name="start"/> + 1 and reads backward) without passing <paramref name="limit"/>;
    /// each as (number of words, value), added to <paramref name="found"/>. <paramref name="exactAllowed"/> says
    /// whether a word's capitals may be read as an acronym.
    /// </summary>
    public void Walk(IReadOnlyList<Word> words, int start, int limit, int step, Func<Word, bool> exactAllowed, List<(int Length, T Value)> found) =>
        Walk(_root, words, start, limit, step, 0, exactAllowed, found);

    private static void Walk(Node node, IReadOnlyList<Word> words, int at, int limit, int step, int depth, Func<Word, bool> exactAllowed, List<(int, T)> found)
    {
        if (node.Children is null || (step > 0 ? at >= limit : at < limit))
            return;
        var w = words[at];
        if (node.Children.TryGetValue(w.Folded, out var next))
            Visit(next, words, at, limit, step, depth, exactAllowed, found);
        if (w.Exact is not null && exactAllowed(w) && node.Children.TryGetValue(w.Exact, out var exact))
            Visit(exact, words, at, limit, step, depth, exactAllowed, found);
    }

    private static void Visit(Node node, IReadOnlyList<Word> words, int at, int limit, int step, int depth, Func<Word, bool> exactAllowed, List<(int, T)> found)
    {
        if (node.Value is not null)
            found.Add((depth + 1, node.Value));
        Walk(node, words, at + step, limit, step, depth + 1, exactAllowed, found);
    }
}

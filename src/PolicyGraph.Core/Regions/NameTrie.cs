namespace PolicyGraph.Core.Regions;

/// <summary>
/// Names by their characters, so that the names a text starts with at some position are found in one walk
/// along it (a few dictionary steps per character) rather than by trying thousands of names with StartsWith.
/// </summary>
internal sealed class NameTrie<T>
{
    private readonly Node _root = new();

    public void Add(string name, T value)
    {
        var node = _root;
        foreach (var c in name)
        {
            node.Next ??= [];
            if (!node.Next.TryGetValue(c, out var next))
            {
                next = new Node();
                node.Next[c] = next;
            }
            node = next;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value))
        {
            node.Values.Add(value);
        }
    }

    /// <summary>Every name that <paramref name="text"/> has at <paramref name="start"/>, shortest first, with its values.</summary>
    public IEnumerable<(int Length, IReadOnlyList<T> Values)> NamesAt(string text, int start)
    {
        var node = _root;
        for (var i = start; i < text.Length; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[i], out node))
            {
                yield break;
            }
            if (node.Values is not null)
            {
                yield return (i - start + 1, node.Values);
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="names"/> with every name <paramref name="text"/> has at <paramref name="start"/>,
    /// shortest first — the same as <see cref="NamesAt(string, int)"/> without allocating, for scans of whole texts.
    /// </summary>
    public void NamesAt(string text, int start, List<(int Length, IReadOnlyList<T> Values)> names)
    {
        names.Clear();
        var node = _root;
        for (var i = start; i < text.Length; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[i], out node))
            {
                return;
            }
            if (node.Values is not null)
            {
                names.Add((i - start + 1, node.Values));
            }
        }
    }

    /// <summary>The longest name <paramref name="text"/> has at <paramref name="start"/>, or a length of 0.</summary>
    public (int Length, IReadOnlyList<T> Values) LongestAt(string text, int start)
    {
        (int, IReadOnlyList<T>) longest = (0, []);
        foreach (var match in NamesAt(text, start))
        {
            longest = match;
        }
        return longest;
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public List<T>? Values;
    }
}

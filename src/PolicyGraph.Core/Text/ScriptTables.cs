using System.Collections.Frozen;

namespace PolicyGraph.Core.Text;

/// <summary>
/// Traditional → Simplified tables: OpenCC's characters and phrases (generated into <c>Data/t2s.tsv</c> by
/// <c>tools/gen-script-tables.sh</c>) and the reviewed Taiwan-phrase repairs (<c>Data/taiwan-phrases.tsv</c>).
/// </summary>
public sealed class ScriptTables
{
    private static readonly Lazy<ScriptTables> Shared = new(Load);

    private ScriptTables(
        FrozenDictionary<int, string> characters,
        FrozenDictionary<string, string> phrases,
        FrozenDictionary<string, string> taiwanPhrases,
        FrozenSet<int> simplifiedOnly)
    {
        Characters = characters;
        Phrases = phrases;
        TaiwanPhrases = taiwanPhrases;
        SimplifiedOnly = simplifiedOnly;
        MaxPhraseLength = Math.Max(
            phrases.Keys.Select(k => k.Length).DefaultIfEmpty(1).Max(),
            taiwanPhrases.Keys.Select(k => k.Length).DefaultIfEmpty(1).Max());
    }

    public static ScriptTables Instance => Shared.Value;

    /// <summary>Code point → Simplified replacement, for characters that differ.</summary>
    public FrozenDictionary<int, string> Characters { get; }

    /// <summary>OpenCC phrases; identities among them protect words from the character map (著名).</summary>
    public FrozenDictionary<string, string> Phrases { get; }

    /// <summary>Taiwan wording → mainland wording; applied to Traditional-script text only.</summary>
    public FrozenDictionary<string, string> TaiwanPhrases { get; }

    /// <summary>Simplified characters that never occur in Traditional text (the targets of the character map that are not sources).</summary>
    public FrozenSet<int> SimplifiedOnly { get; }

    public int MaxPhraseLength { get; }

    private static ScriptTables Load()
    {
        var characters = new Dictionary<int, string>();
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv("t2s.tsv"))
        {
            var key = row[0];
            if (IsSingleCodePoint(key))
            {
                characters[char.ConvertToUtf32(key, 0)] = row[1];
            }
            else
            {
                phrases[key] = row[1];
            }
        }
        var taiwan = EmbeddedData.ReadTsv("taiwan-phrases.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var simplifiedOnly = new HashSet<int>();
        foreach (var target in characters.Values)
        {
            if (IsSingleCodePoint(target))
            {
                var cp = char.ConvertToUtf32(target, 0);
                if (!characters.ContainsKey(cp))
                {
                    simplifiedOnly.Add(cp);
                }
            }
        }
        // A character that is its own Simplified form in some words (乾隆, 著名) is not evidence of either script.
        foreach (var (key, value) in phrases)
        {
            for (var i = 0; i < key.Length && i < value.Length; i++)
            {
                if (key[i] == value[i])
                {
                    simplifiedOnly.Remove(key[i]);
                }
            }
        }
        return new ScriptTables(characters.ToFrozenDictionary(), phrases.ToFrozenDictionary(StringComparer.Ordinal),
            taiwan.ToFrozenDictionary(StringComparer.Ordinal), simplifiedOnly.ToFrozenSet());
    }

    private static bool IsSingleCodePoint(string s) =>
        s.Length == 1 || (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]));
}

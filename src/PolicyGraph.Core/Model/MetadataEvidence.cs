using System.Collections;

namespace PolicyGraph.Core.Model;

/// <summary>
/// A document's metadata evidence (field → <see cref="FieldEvidence"/>), compared by what it holds, so that a
/// document read back from a store equals the one written.
/// </summary>
public sealed class MetadataEvidence : IReadOnlyDictionary<string, FieldEvidence>, IEquatable<MetadataEvidence>
{
    private readonly SortedDictionary<string, FieldEvidence> _fields;

    public MetadataEvidence(IEnumerable<KeyValuePair<string, FieldEvidence>> fields)
    {
        _fields = new SortedDictionary<string, FieldEvidence>(StringComparer.Ordinal);
        foreach (var (field, evidence) in fields)
        {
            _fields[field] = evidence;
        }
    }

    public static readonly MetadataEvidence Empty = new([]);

    public FieldEvidence this[string key] => _fields[key];

    public IEnumerable<string> Keys => _fields.Keys;

    public IEnumerable<FieldEvidence> Values => _fields.Values;

    public int Count => _fields.Count;

    public bool ContainsKey(string key) => _fields.ContainsKey(key);

    public bool TryGetValue(string key, out FieldEvidence value) => _fields.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, FieldEvidence>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(MetadataEvidence? other) => other is not null && _fields.SequenceEqual(other._fields);

    public override bool Equals(object? obj) => obj is MetadataEvidence other && Equals(other);

    public override int GetHashCode() => _fields.Aggregate(0, (hash, e) => HashCode.Combine(hash, e.Key, e.Value));
}

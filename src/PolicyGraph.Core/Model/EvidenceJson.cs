using System.Text.Json;

namespace PolicyGraph.Core.Model;

/// <summary>A document's metadata evidence as the stores keep it: one JSON object, field → {from, text}.</summary>
public static class EvidenceJson
{
    private sealed record Entry(string From, string? Text);

    public static string? Write(IReadOnlyDictionary<string, FieldEvidence> evidence) =>
        evidence.Count == 0 ? null : JsonSerializer.Serialize(evidence.ToDictionary(e => e.Key, e => new Entry(e.Value.From, e.Value.Text)), Options);

    public static MetadataEvidence Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return MetadataEvidence.Empty;
        }
        var entries = JsonSerializer.Deserialize<Dictionary<string, Entry>>(json, Options) ?? [];
        return new MetadataEvidence(entries.Select(e => KeyValuePair.Create(e.Key, new FieldEvidence(e.Value.From, e.Value.Text))));
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>How a report is placed by its headline and its dateline: the prefecture it opens on, the division or capital its dateline names.</summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// A report whose headline opens on a prefecture (“德阳造”四川名牌产品新增34个) that its text names four times at least and
    /// twice as often as any other division below the province: that prefecture's share of a provincial event, its 全省 the
    /// event's.
    /// </summary>
    private static Result? PrefectureHeadlined(Evidence evidence)
    {
        if (evidence.Statements.Issuer is not null || evidence.Statements.Title is not { Length: >= 4 } headline)
        {
            return null;
        }
        var below = evidence.Mentions.Where(m => m.Key.Level != Levels.Province).OrderByDescending(m => m.Value).ToList();
        var lead = headline.TrimStart('“', '"', '《', '【');
        return below is [var top, ..] && top.Key.Level == Levels.Prefecture && top.Value >= 4 && (below.Count == 1 || top.Value >= 2 * below[1].Value)
               && (lead.StartsWith(top.Key.ShortName, StringComparison.Ordinal) || lead.StartsWith(top.Key.Name, StringComparison.Ordinal))
            ? Describe(top.Key, evidence.Gazetteer) with { From = EvidenceSources.TitleLine, FromText = headline }
            : null;
    }

    /// <summary>A text that says 全省 and names no place: the province whose capital its paper's dateline names (本报西安…讯).</summary>
    private static Result? DatelineProvince(Evidence evidence) =>
        evidence.Statements.SearchText.Split('\n').Take(6).Where(Outline.NewsLead.OpensWithDateline)
            .Select(line => (Province: ProvinceOfCapitalIn(line[..Math.Min(14, line.Length)], evidence), Line: line)).FirstOrDefault(d => d.Province is not null) is ({ } province, { } dateline)
            ? Describe(province, evidence.Gazetteer) with { From = EvidenceSources.NewsLead, FromText = dateline[..Math.Min(20, dateline.Length)] }
            : null;

    /// <summary>The division a news item's dateline names by its short name (佳木斯新闻网讯 over a text that says 我市).</summary>
    private static (Region, string)? DatelineSource(Evidence evidence, string unit)
    {
        foreach (var line in evidence.Statements.SearchText.Split('\n').Take(6))
        {
            if (Outline.NewsLead.OpensWithDateline(line) && ShortNamedOfUnit(line, evidence, unit) is { } named)
            {
                return (named, line[..Math.Min(20, line.Length)]);
            }
        }
        return null;
    }

    /// <summary>The province whose capital a dateline's head names by its short name (本报西安…讯, 兰州讯), or null.</summary>
    private static Region? ProvinceOfCapitalIn(string head, Evidence evidence)
    {
        var capitals = Enumerable.Range(0, head.Length).SelectMany(at => Enumerable.Range(2, Math.Min(4, head.Length - at) - 1)
                .SelectMany(length => evidence.Gazetteer.FindAll(head.Substring(at, length))))
            .Where(r => r.IsProvincialCapital).Distinct().ToList();
        return capitals is [var capital] ? evidence.Gazetteer.FindProvince(capital.Province) : null;
    }
}

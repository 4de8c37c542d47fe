using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>How a report is placed by its headline and its dateline (the prefecture it opens on, the division or capital its dateline names), and where a title names its place.</summary>
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

    /// <summary>The issuer a title names before 关于 (松原市市场监督管理局关于…), where a place may stand.</summary>
    private static string? TitlePrefix(string? title) =>
        title?.IndexOf("关于", StringComparison.Ordinal) is > 1 and var about ? title[..about] : null;

    /// <summary>
    /// The title's head after any issuer and 关于(印发): <c>关于印发池州市贵池区…</c> → 池州市贵池区…;
    /// <c>咸宁市实施质量兴市战略规划</c> → 咸宁市…. A title that forwards another's document (转发) names that one's place.
    /// </summary>
    private static string? TitlePlace(string? title)
    {
        if (title is null)
        {
            return null;
        }
        var about = title.IndexOf("关于", StringComparison.Ordinal);
        var head = about >= 0 ? title[(about + 2)..] : title;
        if (head.StartsWith("转发", StringComparison.Ordinal))
        {
            return null;
        }
        head = TitleLead().Replace(head, string.Empty);
        // What a title lists after its head is no place of its own (长沙企业获得…提名奖、湖南省省长质量奖…: an award's name).
        head = head.Split('、')[0];
        return head.Length >= 2 ? head : null;
    }

    /// <summary>Whether a headline's opening place only ranks what it tells of (广东省首家…中心落户阳江): not whose news it is.</summary>
    private static bool OpensOnARank(string? title, Gazetteer gazetteer) =>
        title is not null && NamedStartingAt(title, 0, gazetteer).Any(named => FirstOfItsKind().IsMatch(title[named.End..]));

    [GeneratedRegex(@"^(?:首家|首个|首批|首座|第一家|第一个|唯一一家)")]
    private static partial Regex FirstOfItsKind();

    [GeneratedRegex(@"^(?:印发|转发|贯彻落实|贯彻|落实|进一步|加快|推进|全面|公开征求)*《?")]
    private static partial Regex TitleLead();
}

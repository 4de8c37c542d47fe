using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>Where a firm's own page speaks from; whether a central body's headline is about a province.</summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// A firm's own news (来我公司开展名牌产品现场审核): the firm speaks from the one city or county it names below its
    /// province (湘潭市质量技术监督局副局长陪同), the province's bodies being its visitors.
    /// </summary>
    private static Result? FirmsHome(Evidence evidence)
    {
        if (evidence.Statements.Issuer is not null || FirmVoice().Match(evidence.Statements.SearchText) is not { Success: true } voice || evidence.SpeaksAsAPlace
            || evidence.Mentions.Keys.Where(r => r.Level != Levels.Province).ToList() is not { Count: > 0 } local)
        {
            return null;
        }
        var home = local.OrderBy(r => r.Level == Levels.County ? 0 : 1).First();
        return local.All(r => r.Equals(home) || Gazetteer.Contains(r, home))
            && evidence.Mentions.Keys.All(r => r.Level != Levels.Province || r.Name == home.Province)
            ? Describe(home, evidence.Gazetteer) with { From = EvidenceSources.SelfReference, FromText = voice.Value }
            : null;
    }

    [GeneratedRegex("我公司|本公司|我厂|我司")]
    private static partial Regex FirmVoice();

    /// <summary>
    /// Whether a headline names a province (…副局长孙明远:以质量基础设施支撑江西高质量发展): a central body's words about it. A place
    /// in brackets inside a name (第二届中国质量(上海)大会) says where the named thing is, not whom the words are about.
    /// </summary>
    private static bool NamesAProvince(string title, Gazetteer gazetteer) =>
        gazetteer.CountMentions(BracketedPlace().Replace(title, string.Empty)).Keys.Any(r => r.Level == Levels.Province);

    /// <summary>The one prefecture or county a title names (its province aside), when it names one and no other.</summary>
    private static Region? OneDivisionBelowAProvince(string title, Gazetteer gazetteer) =>
        gazetteer.CountMentions(BracketedPlace().Replace(title, string.Empty)).Keys.Where(r => r.Level != Levels.Province).ToList() is [{ } one] ? one : null;

    [GeneratedRegex(@"[(（][^()（）]{1,6}[)）]")]
    private static partial Regex BracketedPlace();
}

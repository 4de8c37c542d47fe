using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Extraction.Metadata;

/// <summary>Reports of several provinces' joint work: at province level, of no one province.</summary>
public static partial class PlaceResolver
{
    /// <summary>
    /// Several provinces' departments acting together (山西、河北、山东、河南四省市场监管部门联合召开…, 川渝黔滇…四省市质监系统): a
    /// provinces' joint work, at province level and of no one province, wherever it is held. So is a report whose actors are
    /// counted as provinces (湘赣两省…联合召开, 六省(区)…协作机制, 宁夏、内蒙古两地…签订) in its headline or twice in its text, and
    /// whose opening is not one province's act (贵州省市场监督管理局召开新闻发布会，通报黔滇两省…: that province's news).
    /// </summary>
    private static Result? JointProvinces(Evidence evidence)
    {
        var text = evidence.Statements.SearchText;
        if (JointProvincialBodies().Match(text) is { Success: true } joint)
        {
            return new Result(Levels.Province, null, null, null, EvidenceSources.SelfReference, joint.Value);
        }
        // 两地 counts provinces only where the text names two of them at least (宁夏、内蒙古两地).
        var twoProvincesNamed = evidence.Mentions.Keys.Count(r => r.Level == Levels.Province) >= 2;
        bool CountsProvinces(Match m) => !m.Value.EndsWith('地') || twoProvincesNamed;
        var counted = ProvincesCounted().Matches(text).Where(CountsProvinces).ToList();
        var headlined = evidence.Statements.Title is { } title && ProvincesCounted().Matches(title).Any(CountsProvinces);
        if ((counted.Count < 2 && !headlined) || !JointAct().IsMatch(text) || evidence.SpeaksAsAPlace || OneBodyOpens(evidence))
        {
            return null;
        }
        return new Result(Levels.Province, null, null, null, EvidenceSources.SelfReference, counted.Count > 0 ? counted[0].Value : evidence.Statements.Title);
    }

    /// <summary>
    /// Whether the report's opening sentence is one province's act or the centre's: its subject, before the act, names one
    /// province and counts none, or names a central body (市场监管总局召开…新闻发布会).
    /// </summary>
    private static bool OneBodyOpens(Evidence evidence)
    {
        if (OpeningLine(evidence) is not { } line || JoinedAct().Match(line) is not { Success: true } act)
        {
            return false;
        }
        var subject = line[(line.LastIndexOfAny([',', '，'], Math.Max(0, act.Index - 1)) + 1)..act.Index];
        return CentralBody().IsMatch(subject)
               || (!ProvincesCounted().IsMatch(subject) && evidence.Gazetteer.CountMentions(subject).Keys.Select(r => r.Province).Distinct().Count() == 1);
    }

    // 四省市场监管部门, 两省两市市场监管部门, 三省一市质监局, 四省(区)市场监管局.
    [GeneratedRegex(@"(?:[二三四五六七八两]|[2-9])省(?:市|区|区市)?(?:[一二两三]市)?(?:[(（][区市、]{1,3}[)）])?(?:市场监管|市场监督管理|质监|质量技术监督|质量)(?:部门|局|厅|系统)")]
    private static partial Regex JointProvincialBodies();

    // Provinces counted as the actors (两省, 四省(区), 西北五省区, 宁蒙两地) — never a national count (31个省), nor 全省.
    [GeneratedRegex(@"(?<![0-9十百])(?:[二三四五六七八九两]|[2-9])(?:省(?:区市|区|市)?(?:[(（](?:区|市|区、市|区市)[)）])?|地(?=[^区方政税]))")]
    private static partial Regex ProvincesCounted();

    [GeneratedRegex("召开|举行|举办|签订|签署|成立|印发|出台|启动|通报|发布")]
    private static partial Regex JoinedAct();

    [GeneratedRegex("合作|协作|协同|联盟|联席|互认|协议|备忘录|联合|共同|协调会")]
    private static partial Regex JointAct();
}

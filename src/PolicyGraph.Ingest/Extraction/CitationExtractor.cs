using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Text;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>A citation as found: where, how written, and what it names.</summary>
public sealed record CitationMatch(int ClauseIndex, string Raw, string? Number, string? Title, string Relation);

/// <summary>
/// Citations of other documents in a document's clauses (search view): by number in any bracket or script form,
/// by title in 《》 (with the number in the parenthesis that follows, when there is one), and by an alias the
/// document defines (<c>以下简称《纲要》</c>), which then stands for the document it was defined for. A citation is
/// IMPLEMENTS when the sentence says the document carries the cited one out (为贯彻落实, 根据, 按照 …), else CITES.
/// Documents the text announces rather than cites (制定《…管理办法》) and the document's own title are not citations.
/// </summary>
public static partial class CitationExtractor
{
    private static readonly HashSet<string> GenericTitles = new(StringComparer.Ordinal) { "纲要", "意见", "方案", "通知", "决定", "办法", "规划", "计划", "实施意见", "指导意见" };

    public static IReadOnlyList<CitationMatch> Extract(IReadOnlyList<string> clauses, IEnumerable<string> ownTitles, string? ownNumber)
    {
        var own = ownTitles.Select(TitleKey.Of).ToHashSet(StringComparer.Ordinal);
        var aliases = new Dictionary<string, (string? Number, string? Title)>(StringComparer.Ordinal);
        var results = new List<CitationMatch>();
        for (var c = 0; c < clauses.Count; c++)
        {
            var text = clauses[c];
            var covered = new List<(int Start, int End)>();
            // A title written without 《》 that the text then abbreviates: 印发的质量强国建设纲要（以下简称《纲要》）.
            foreach (Match m in UnbracketedDefinition().Matches(text))
            {
                var title = m.Groups["title"].Value;
                // 国务院印发的质量强国建设纲要: the title starts after the last 印发的.
                var lead = IssuedBy().Matches(title).LastOrDefault();
                var start = m.Groups["title"].Index + (lead is null ? 0 : lead.Index + lead.Length);
                title = lead is null ? title : title[(lead.Index + lead.Length)..];
                var number = DocumentNumber.FindAll(m.Groups["paren"].Value).Select(f => f.Number.ToString()).FirstOrDefault();
                aliases[m.Groups["alias"].Value] = (number, title);
                covered.Add((start, m.Index + m.Length));
                if (title.Length >= 2 && !own.Contains(TitleKey.Of(title)) && (number is null || number != ownNumber))
                {
                    results.Add(new CitationMatch(c, title + m.Groups["rest"].Value, number, title, RelationAt(text, start)));
                }
            }
            foreach (Match m in TitleCitation().Matches(text))
            {
                if (covered.Any(r => m.Index >= r.Start && m.Index < r.End))
                {
                    continue; // the alias inside an unbracketed title's definition
                }
                var title = m.Groups["title"].Value;
                var paren = m.Groups["paren"].Value;
                var number = DocumentNumber.FindAll(paren).Select(f => f.Number.ToString()).FirstOrDefault();
                covered.Add((m.Index, m.Index + m.Length));
                // A title quoted inside a title (《X市关于贯彻实施〈质量发展纲要(2011-2020年)〉的意见》) is cited too.
                foreach (Match inner in InnerTitle().Matches(title))
                {
                    var innerTitle = inner.Groups["title"].Value;
                    if (!own.Contains(TitleKey.Of(innerTitle)) && !GenericTitles.Contains(innerTitle))
                    {
                        results.Add(new CitationMatch(c, inner.Value, null, innerTitle, RelationAt(text, m.Index)));
                    }
                }
                if (AliasDefinition().Match(paren) is { Success: true } alias)
                {
                    aliases[alias.Groups["alias"].Value] = (number, title);
                }
                // What the centre made (中共中央、国务院出台了《…》) is cited by whoever reports it, never the text's own announcement.
                if ((Announced().IsMatch(text[..m.Index]) && !CentralMaker().IsMatch(text[Math.Max(0, m.Index - 40)..m.Index])) || own.Contains(TitleKey.Of(title)) || (number is not null && number == ownNumber))
                {
                    continue;
                }
                if (aliases.TryGetValue(title, out var target) && number is null)
                {
                    results.Add(new CitationMatch(c, m.Value, target.Number, target.Title, RelationAt(text, m.Index)));
                    continue;
                }
                // 《绵阳日报》, 《中国质量报》, 《质量工作简报》, 《中国质量》杂志: a publication named, not a document cited.
                if (number is null && (GenericTitles.Contains(title) || Publication().IsMatch(title)))
                {
                    continue;
                }
                var raw = paren.Length > 0 && number is not null ? m.Value : $"《{title}》";
                results.Add(new CitationMatch(c, raw, number, title, RelationAt(text, m.Index)));
            }
            // A national document named without 《》 where the centre or the text's own act says whose it is (根据国务院质量发展纲要
            // (2011—2020年), 贯彻质量强国建设纲要): cited by its title, with its years when they are written.
            foreach (Match m in UnbracketedNationalTitle.Value.Matches(text))
            {
                if (covered.Any(r => m.Index < r.End && m.Index + m.Length > r.Start))
                {
                    continue;
                }
                var years = Year().Matches(m.Groups["years"].Value).Select(y => y.Value).ToList();
                var title = m.Groups["title"].Value + (years is [var from, var to] ? $"({from}—{to}年)" : string.Empty);
                covered.Add((m.Index, m.Index + m.Length));
                if (!own.Contains(TitleKey.Of(title)))
                {
                    results.Add(new CitationMatch(c, m.Value, null, title, RelationAt(text, m.Groups["title"].Index)));
                }
            }
            foreach (var (number, index, length) in DocumentNumber.FindAll(text))
            {
                var n = number.ToString();
                if (n == ownNumber || covered.Any(r => index >= r.Start && index < r.End))
                {
                    continue;
                }
                results.Add(new CitationMatch(c, text.Substring(index, length), n, null, RelationAt(text, index)));
            }
        }
        return results;
    }

    /// <summary>IMPLEMENTS when the sentence leading to the citation says so.</summary>
    private static string RelationAt(string text, int index)
    {
        var sentenceStart = Math.Max(text.LastIndexOfAny(['。', ';', '；'], Math.Max(0, index - 1)) + 1, 0);
        var lead = text[sentenceStart..index];
        return Implementing().IsMatch(lead) ? Relations.Implements : Relations.Cites;
    }

    [GeneratedRegex(@"《(?<title>[^《》]{2,120})》(?:\((?<paren>[^()]{0,80})\))?")]
    private static partial Regex TitleCitation();

    /// <summary>
    /// The national documents the registry knows, by their bare names (质量发展纲要, 关于开展质量提升行动的指导意见: a title or alias
    /// without its years and without the notice that issued it), after the centre that issued them or the act of carrying them out.
    /// </summary>
    private static readonly Lazy<Regex> UnbracketedNationalTitle = new(() =>
    {
        var names = string.Join('|', DocumentRegistry.Instance.Documents.Where(d => d.Level == Levels.National)
            .SelectMany(d => d.Aliases.Prepend(d.Title))
            .Select(name => TrailingYears().Replace(name, string.Empty))
            .Where(name => !name.StartsWith("国务院", StringComparison.Ordinal) && !name.StartsWith("中共中央", StringComparison.Ordinal) && !name.EndsWith("的通知", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).OrderByDescending(name => name.Length).Select(Regex.Escape));
        const string years = @"(?:\((?<years>[0-9年—\-－~至]{4,14})\))?";
        return new Regex($@"(?<!《)(?:(?:中共中央|党中央)[、\s]?国务院|国务院|国家)(?:印发|发布|颁布|出台)?的?(?<title>{names}){years}|(?<=贯彻落实|贯彻|落实|学习|根据|按照|依据|实施)(?<title>{names}){years}",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    });

    [GeneratedRegex(@"\((?:19|20)[0-9]{2}[^()]{0,12}\)$")]
    private static partial Regex TrailingYears();

    [GeneratedRegex("(?:19|20)[0-9]{2}")]
    private static partial Regex Year();

    [GeneratedRegex(@"〈(?<title>[^〈〉<>《》]{2,80})〉")]
    private static partial Regex InnerTitle();

    [GeneratedRegex(@"(?:印发的|发布的|出台的|制定的|颁布的|贯彻落实|贯彻|落实|[,，、;；:：])(?<title>[^,，、。;；:：《》()“”]{2,60}?(?:纲要|意见|方案|规划|决定|计划|通知|办法))(?<rest>\((?<paren>[^()]{0,40}?以下简称《(?<alias>[^》]{1,20})》)\))")]
    private static partial Regex UnbracketedDefinition();

    [GeneratedRegex(@"(?:日报|晚报|都市报|商报|时报|简报|快报|导报|(?:质量|经济|科技|法制|青年|农民|工人|信息|消费|市场)报|周刊|月刊|杂志|期刊|画报|专刊|动态|通讯|新闻|在线|网)$")]
    private static partial Regex Publication();

    [GeneratedRegex(@"(?:印发|发布|出台|制定|颁布)的")]
    private static partial Regex IssuedBy();

    [GeneratedRegex(@"以下简称《(?<alias>[^》]{1,20})》|以下简称“(?<alias>[^”]{1,20})”")]
    private static partial Regex AliasDefinition();

    // 出台贯彻国务院《…》的实施意见 announces a document that carries the named one out, and 起草工作以《…》为依据 drafts on the
    // named one: that one is cited.
    [GeneratedRegex(@"(?:制定|制订|出台|编制|修订|研究制定|起草|修改)(?:(?!贯彻|落实|以|根据|按照|依据)[^。,，;；]){0,6}$")]
    private static partial Regex Announced();

    [GeneratedRegex(@"(?:中共中央|党中央|国务院|国务院办公厅|中共中央办公厅|市场监管总局|质检总局)(?:[、和与]\p{IsCJKUnifiedIdeographs}{2,12})*(?:近日|日前|近期|正式)?(?:联合)?(?:制定|制订|出台|修订)(?:了)?$")]
    private static partial Regex CentralMaker();

    [GeneratedRegex(@"贯彻|落实|根据|按照|依据|依照|遵照|围绕|对照|实施")]
    private static partial Regex Implementing();
}

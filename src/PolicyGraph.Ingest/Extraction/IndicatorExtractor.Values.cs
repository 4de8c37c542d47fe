using System.Globalization;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>A value read as a target: its comparator, whether it is one, and how it joins the matches before it.</summary>
public static partial class IndicatorExtractor
{
    /// <summary>
    /// Whether a count without a verb of its own goes on a list of what is added (新增中国名牌产品3个，山东名牌产品20个;
    /// 新增“精品安徽”品牌企业8家、省级质量标杆企业5家): the figure before it in the sentence counts what is added, both
    /// are counts, and this name holds no verb of its own (主导或参与制修订…标准 counts what there will be) and is no
    /// measurement (…总量, …率 are levels whatever came before). A name that opens on a verb of doing (制定地方标准400项,
    /// 服务…产业集群200个) counts what that work reaches, not what is added.
    /// </summary>
    private static bool AddsOn(IndicatorMatch? before, string rawName, string name, string unit) =>
        before is { Kind: IndicatorKinds.Change, Value: > 0 } && !IsPercentLike(before.Unit) && !IsPercentLike(unit)
        && CreatingVerbs.All(v => !Clean(rawName, stripVerbs: false).Contains(v, StringComparison.Ordinal))
        && !WorkVerb().IsMatch(Clean(rawName, stripVerbs: false))
        && Verbs.All(v => !name.Contains(v.Text, StringComparison.Ordinal) || v.Text.Length == 1)
        && !EndsWithMetric(name);

    /// <summary>创建国家级有机产品认证示范区1个、省级2个: a bare jurisdiction takes the head of the name before it.</summary>
    private static void InheritHeads(List<IndicatorMatch> results, int from)
    {
        for (var i = Math.Max(from, 1); i < results.Count; i++)
        {
            var bare = JurisdictionWord().Match(results[i].Name);
            var previous = JurisdictionWord().Match(results[i - 1].Name);
            if (bare.Success && bare.Length == results[i].Name.Length && previous.Success && previous.Length < results[i - 1].Name.Length)
            {
                results[i] = results[i] with { Name = results[i].Name + results[i - 1].Name[previous.Length..] };
            }
        }
    }

    private static void Add(List<IndicatorMatch> results, string name, string comparator, Match value, string unit, int? year, int start, int end, string kind, int sign)
    {
        // 满分为100分, 每届授奖总数不超过5个: rules of an assessment or an award, not targets. A count of days is a
        // target only as one (优良天数达到330天); elsewhere it is a time limit (在30天内办结).
        // …说的是 / 文件里写的是91.6%: a figure quoted, not the name of what is measured.
        if (HanCount(name) < 2 || DocumentStructure().IsMatch(name) || RuleName().IsMatch(name) || (unit == "天" && !name.EndsWith("天数", StringComparison.Ordinal))
            || name.EndsWith("的是", StringComparison.Ordinal))
        {
            return;
        }
        var number = double.Parse(value.Groups["num"].Value, CultureInfo.InvariantCulture);
        if (!double.IsFinite(number))
        {
            return; // a run of hundreds of digits is not a target (and Infinity has no JSON form)
        }
        results.Add(new IndicatorMatch(name, comparator, sign * number, unit.Length > 0 ? unit : RateUnit(name), year, start, end) { Kind = kind });
    }

    /// <summary>
    /// The unit a rate per so many things carries in its name when the figure is printed bare (万台特种设备死亡人数控制在0.6以下:
    /// 人/万台; 每万人口…事故起数: 起/万人口); empty for any other name.
    /// </summary>
    private static string RateUnit(string name) =>
        PerQuantityRate().Match(name) is { Success: true } rate ? rate.Groups["count"].Value + "/万" + rate.Groups["per"].Value : string.Empty;

    [GeneratedRegex(@"^每?万(?<per>人口|台|人|户|辆|车)\p{IsCJKUnifiedIdeographs}{2,}?(?:死亡|伤亡|事故|受伤)?(?<count>人|起)数$")]
    private static partial Regex PerQuantityRate();

    /// <summary>
    /// The comparator of a value: its modifier (以上, 以内, 左右) before its verb's; a plain figure is exact. The value of
    /// a decrease is negative, so 下降10%以上 (a fall of at least 10 %) is ≤ −10.
    /// </summary>
    private static string Comparator(string? verbComparator, string modifier, bool about, int sign) => modifier switch
    {
        _ when about => "=",
        "左右" or "上下" => "=",
        "以下" or "以内" => sign < 0 ? ">=" : verbComparator is "<" ? "<" : "<=",
        "以上" or "及以上" => sign < 0 ? "<=" : verbComparator is ">" ? ">" : ">=",
        _ => verbComparator ?? "=",
    };

    private static bool IsPercentLike(string unit) => unit is "%" or "‰" or "分" or "个百分点" or "百分点" or "";

    private static bool IsAdding(string? verb) => verb is not null && AddingVerbs.Contains(verb);

    /// <summary>
    /// Drops a number that is not a target: a year, a date, a code (5A, 5G, ISO9001), an ordinal, a phone number. A
    /// point after a unit is a half-width full stop (…认证企业100家.), after a bare number part of a date (2022.6.30).
    /// </summary>
    private static bool IsTargetValue(Match m)
    {
        var unit = m.Groups["unit"].Value;
        var number = m.Groups["num"].Value;
        if (m.Groups["next"].Success)
        {
            return false;
        }
        if (unit.Length == 0 && number.Split('.')[0].Length >= 4)
        {
            // A bare number is a target only as an index score (顾客满意度指数达到80以上, 竞争力指数达到86); a long one
            // is a code or a phone number.
            return false;
        }
        return true;
    }

    private static bool IsListGap(string gap) => gap.Length == 0 || gap is "、" or "和" or "及" or "与" or "," or "，" || gap.Trim() is "、" or "和" or "及";
}

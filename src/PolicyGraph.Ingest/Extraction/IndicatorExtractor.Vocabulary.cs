using System.Globalization;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// The words targets are read by: verbs of reaching, raising and creating with the comparator and kind each gives,
/// the units and modifiers of a value, and the patterns of names, fillers and rules that are no targets.
/// </summary>
public static partial class IndicatorExtractor
{
    /// <summary>A verb before a value: the comparator it states, the kind of figure, and the sign of a decrease.</summary>
    private sealed record Verb(string Text, string Comparator, string Kind, int Sign);

    // Comparator verbs, longest first so that 达到 wins over 达 and 提高到 over 提高. A verb of change states by how much
    // (提升3个百分点), a verb of growth the yearly rate (年均增长8%); the others the level to reach.
    private static readonly Verb[] Verbs = new[]
    {
        Level(">=", "达到或超过", "提高到", "提升到", "提高至", "提升至", "增长到", "增长至", "增加到", "增加至", "不低于", "不少于",
            "增至", "达到", "达"),
        Level("<=", "控制在", "不超过", "不高于", "降低到", "降低至", "下降到", "下降至", "缩短至", "缩短到", "压缩至", "压缩到", "压减至", "压减到", "减少到", "减少至", "降至"),
        Level(">", "超过", "高于", "突破"),
        Level("<", "低于", "少于"),
        // 保持在98% / 稳定在100% hold a level: exactly that figure unless 以上 says at least.
        // 实现1500亿元 states the figure to achieve, as plainly as 为.
        Level("=", "稳定在", "保持在", "保持", "稳定", "实现", "为", "在"),
        Of(IndicatorKinds.Growth, Increase, "年平均增长", "年均增长", "年均提高", "年均增速"),
        Of(IndicatorKinds.Growth, Decrease, "年均下降", "年均降低"),
        Of(IndicatorKinds.Change, Increase, "提升", "提高", "增加", "增长", "新增", "净增", "扩大"),
        Of(IndicatorKinds.Change, Decrease, "下降", "降低", "减少", "缩短", "压减", "压缩"),
    }.SelectMany(v => v).OrderByDescending(v => v.Text.Length).ToArray();

    private static IEnumerable<Verb> Level(string comparator, params string[] verbs) =>
        verbs.Select(v => new Verb(v, comparator, IndicatorKinds.Level, Increase));

    // A change or a growth rate states its figure exactly unless a modifier says otherwise (提升3个百分点以上).
    private static IEnumerable<Verb> Of(string kind, int sign, params string[] verbs) =>
        verbs.Select(v => new Verb(v, "=", kind, sign));

    // Verbs of creating after which a count comes before its noun (培育50个…品牌, 新增3家…企业) or before the name of
    // what is counted (新增四川名牌产品15个). Longer verbs first where one begins another.
    private static readonly string[] CreatingVerbs =
    [
        "巩固和发展", "巩固发展", "累计新增", "新制修订", "新签署", "新签订", "新获得", "新制定", "培育形成", "培育创建", "培育建设", "积极培育", "推荐新增", "力争创建", "新培育", "新创建", "新认定", "新引进", "新批准", "新核准", "新命名", "培育", "创建", "新增",
        "新建", "建设", "建成", "打造", "争创", "认定", "形成", "引进", "组织", "制修订", "开展", "完成", "发展", "加快", "推进", "设置", "设立", "组建", "带动", "发布",
    ];

    // Creating verbs that count what is added rather than what there will be (新增5家 is a change; 培育5家 a level).
    private static readonly string[] AddingVerbs = ["累计新增", "新制修订", "新签署", "新签订", "新获得", "新制定", "新培育", "新创建", "新认定", "新引进", "新批准", "新核准", "新命名", "新增", "新建"];

    private static readonly string[] MetricEndings = ["率", "度", "指数", "量", "数", "比例", "比重", "天数"];

    // What stands right before a procedure's or a text's own figure: 一式(3份), 分为(4个等级), 共(6个部分), …部分(30条).
    [GeneratedRegex(@"(?:一式|分为|分成|划分为|共分|^共|[^\p{IsCJKUnifiedIdeographs}]共|部分|[章节])\s*$")]
    private static partial Regex ProceduralFigure();

    // …and how many each nominating body may put forward (每个推荐单位推荐成果一般不超过20项), or the whole may (全省推荐组织不超过10个),
    // or an award may go to (授予提名奖的不超过5家, 获奖个人不超过2名, 提名奖不超过8个, 拟表彰组织不超过4个, 一等奖不超过4项; a plan's 新增…获奖组织不超过10个
    // is its target);
    // and what each item or winner is paid (每项给予奖励资金30万元, 每家奖励10万元): a reward's rate, no target; nor is a
    // call's limit on each entry (每条不超过20个字, 每家单位不超过3条).
    [GeneratedRegex(@"(?:推荐|授予)[^，,。；;]{0,20}?不超过|每(?:条|句|篇|件|家单位|个单位|单位|人)[^，,。；;]{0,6}?(?:不超过|不多于|限报|限)|(?:每届|每批|每次|每年|每两年)(?:评选|评出|授予|表彰|命名|获奖)|(?<!新增\p{IsCJKUnifiedIdeographs}{0,12})(?:获奖|提名奖|拟表彰|[一二三特]等奖|金奖|银奖|铜奖|优秀奖)[^，,。；;]{0,8}?(?:不超过|不多于)|(?:奖|奖项)(?:每届|每次|每年)[^，,。；;]{0,4}?不超过|每(?:个|家)(?:推荐|申报)?单位[^，,。]{0,8}?(?:推荐|申报)|每(?:项|个|家|名|人|件|次)(?:一次性)?(?:给予|奖励|补助|资助)")]
    private static partial Regex AwardQuota();

    [GeneratedRegex(@"(?<![0-9.A-Za-z])(?<num>[0-9]+(?:\.[0-9]+)?)\s*(?<unit>个百分点|百分点|个月|(?<=(?:缩短|降低|下降|降|控制)(?:至|到|在)[0-9.]{1,5})年(?=以内|以下)|(?<=(?:缩短|压减|压缩|降低|下降|降|控制)(?:至|到|在)[0-9]{1,3})个?工作日(?=以内|以下|内)|(?<=(?:达到|提升至|提升到|提高至|提高到)[0-9]{1,2})级(?=以上|及以上|[,，。;；]|$)|(?:批次|件|个|次|人)/(?:千人|万人|百人|万户|千户)|(?:万元|元)/(?:人|吨|户|亩)|万平方米|平方米|万立方米|立方米|万千瓦|万元|万亿元|亿元|亿美元|万美元|美元|%|‰|万?(?:家次|人次|户次|场次|批次|个|家|项|件|户|份|亩|吨|次|场|座|所|名|批|处|条|台|套|支|种|张|期)|万人|人(?![民口均次])|公里|千米|倍|天|分(?!之))?(?<mod>及以上|以上|以下|以内|左右|上下)?(?(unit)(?<next>[年月日号届期级度A-Za-z0-9:·]|工作日)?|(?<next>[年月日号届期级度A-Za-z0-9.:·])?)")]
    private static partial Regex ValueToken();

    [GeneratedRegex(@"^(?:(?:(?:到|至|截至|截止)?(?:19|20)[0-9]{2}年(?:底|末|前)?|力争|争取|确保|努力|实现|使|推动|将|在?全(?:市|省|区|县|州|旗|盟)|我(?:市|省|区|县|州|旗|盟)|其中|同时|每年|全年|年内|当年|今年|年均|(?:[一二两三四五]|[1-5])年内|(?:[一二两三四五]|[1-5])年(?=累计)|每个?(?:县市|县|市|区|乡镇|街道)(?:至少|不少于)|进一步|积极|累计|主要指标|具体目标|工作目标|主要目标|总体目标|发展目标|\([一二三四五六七八九十]+\)|\([0-9]{1,2}\)|[一二三四五六七八九十]+、|[0-9]{1,2}\.(?![0-9])|(?:鼓励|支持|引导|推动|督促|组织)(?:企业)?)[ 、和及与并的—\-]*)+")]
    private static partial Regex LeadingFiller();

    // What trails a name before its verb: 力争, 累计, 每年, a base (比2015年, 较上年), a starting value (由82.4%).
    [GeneratedRegex(@"(?:力争|争取|确保|努力|累计|每年|逐年|进一步|(?:比|较|相比|与)(?:(?:19|20)[0-9]{2}年(?:底|末)?|上年|去年|基期|[“""]?十[一二三四五六七八九]五[”""]?末?)(?:相比)?|(?:由|从)(?:(?:19|20)[0-9]{2}年(?:底|末)?的?)?[0-9.]+\s*\S{0,4})$")]
    private static partial Regex TrailingFiller();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})年(?:底|末)?的?$")]
    private static partial Regex VerbYear();

    // An index or a satisfaction score, stated as a bare figure (制造业质量竞争力指数达到86, 满意度达到80).
    [GeneratedRegex(@"(?:指数|满意度|得分|评分|分值)$")]
    private static partial Regex IndexName();

    // A rate or a share: never created, so a creating verb before it belongs to the name.
    [GeneratedRegex(@"(?:率|指数|比例|比重|占比|满意度)$")]
    private static partial Regex RateName();

    [GeneratedRegex(@"[、]|(?<=\p{IsCJKUnifiedIdeographs})(?:及|和)(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"(?:合格率|优良率|达标率|覆盖率|满意度|普及率|受检率|符合率|成功率|好路率|优等路率|执行率|[^\p{P}]{1,2}率)$")]
    private static partial Regex MetricWord();

    // Where a measurement begins in a metric's name: 药品|抽检合格率, 食品|安全监督抽查合格率.
    [GeneratedRegex(@"(?:质量安全|安全|质量)?(?:监督抽查|抽查|抽检|例行监测|监测|检测|检验|验收|认证|评价)")]
    private static partial Regex MeasurementHead();

    [GeneratedRegex(@"^(?:国家级|国家|国际|国内|省级|省|市级|市|县级|县|区级|区)")]
    private static partial Regex JurisdictionWord();

    [GeneratedRegex(@"(?:国家|国际|国内|省级|省|市级|市|县级|县|区级|区)$")]
    private static partial Regex JurisdictionTail();

    [GeneratedRegex(@"《[^》]*》")]
    private static partial Regex TitleSpan();

    // What a document is made of (《意见》共6个部分30条, 本方案分为5章): its title (masked) or itself, then 共/分为/包括.
    [GeneratedRegex(@"^(?:□+|(?:本|该|这一)(?:纲要|规划|方案|意见|计划|办法|通知|决定|文件))(?:全文)?(?:共|分为|分|包括|包含|由)")]
    private static partial Regex DocumentStructure();

    // Verbs of doing that open a count of the work done (制定地方标准400项, 服务产业集群200个, 帮助企业解决难题1万项),
    // also as a share in it (主导或参与制定国家标准300项); and 累计, a running total (累计…300项), which is never what is added.
    [GeneratedRegex(@"^(?:累计(?!新增))|^(?:主导或参与|主导和参与|主导|参与)?(?:制修订|制定|制订|服务|帮助|帮扶|研制|发布|举办|举行|培训|发放|抽查|检查|检测|指导|解决|实施|带动|办理|受理|处理)")]
    private static partial Regex WorkVerb();

    // An assessment's rules (满分为100分, 总分, 每项扣2分) and an award's (每届授奖总数不超过5个, 评选名额); the money a
    // measure gives (对新获中国名牌产品的企业奖励10万元, 每年安排专项资金20万元) is a means, not a target.
    // The money's currency may trail its verb (各奖励人民币10万元); 获得…的给予50万元 gives it too. What holds 原则上 (in
    // principle: 每个设区市推荐的组织原则上不超过3个) is a rule of a procedure.
    // A bare kind of candidate (组织不超过10个、个人不超过2名) is a recommendation quota: what is counted names no measure.
    // A body's make-up (评审组由不少于5名专家组成, 每个评审组不少于5人, …组成资料评审组每组) is a rule of how it is formed; a score
    // to pass a review (资料评审得分达到500分以上), the kinds of winner an award may have (制造业组织不超过2个; not the winners a plan
    // aims at, 市长质量奖获奖组织25家),
    // a contest's prizes and entries (共设入围奖8个, 评出录用奖1名, 作品字数不超过16个) and an event's own figure (本次…) are its rules.
    [GeneratedRegex(@"^(?:满分|总分)|扣分?$|加分|每届|名额|授奖|原则上$|不得$|不应$|预算$|由$|评审组$|专家组$|每组$|评审得分$|业组织$|入围奖$|录用奖$|字数$|^本次|^(?:个人|组织|单位|人员|候选人|候选组织|候选单位)$|(?:奖励|奖金|资助|补助|补贴|专项资金|经费|给予|奖励总额)(?:人民币)?$")]
    private static partial Regex RuleName();

    // The bracket after a grade that holds its band: A级(90分及以上), 良好(80—89分), 二级(60—, still open before the value.
    [GeneratedRegex(@"(?:(?:[A-Da-d]|[一二三四五]|[甲乙丙丁])级|优秀|良好|合格|不合格|较好|一般|较差)[(（][^()（）]*$")]
    private static partial Regex GradeBand();

    // …or the band before the grade it makes: 得分90分以上(含90分)为A级, 80分以上的评为良好.
    [GeneratedRegex(@"^\s*(?:[(（][^()（）]{0,12}[)）])?\s*的?\s*(?:为|评为|定为|确定为|列为|属于)\s*(?:(?:[A-Da-d]|[一二三四五]|[甲乙丙丁])[级等]|优秀|良好|合格|基本合格|不合格|较好|一般|较差)")]
    private static partial Regex GradeAfter();

    [GeneratedRegex(@"(?<![0-9.])[0-9]{1,3}\s*[—–~～\-]\s*$")]
    private static partial Regex RangeStart();

    [GeneratedRegex(@"[#＃][^\s#＃,，。;；]{1,20}")]
    private static partial Regex HashTag();

    // A long-range vision (到2035年，质量强区全面建成, 基本实现…, 迈入…前列): no figure is set for its year.
    [GeneratedRegex(@"全面建成|基本建成|基本实现|全面实现|迈入|跻身|进入[^，,。]{0,12}前列|走在[^，,。]{0,12}前列|位居[^，,。]{0,12}(?:前列|上游|第一方阵)")]
    private static partial Regex Vision();
}

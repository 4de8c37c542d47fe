using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class IndicatorExtractorTests
{
    private static List<(string Name, string Cmp, double Value, string Unit, int? Year)> Read(string text, int? year = null) =>
        IndicatorExtractor.Extract(SearchNormaliser.ToSearchText(text), year).Select(m => (m.Name, m.Comparator, m.Value, m.Unit, m.Year)).ToList();

    private static List<(string Name, string Cmp, double Value, string Unit, string Kind)> ReadKinds(string text) =>
        IndicatorExtractor.Extract(SearchNormaliser.ToSearchText(text), null).Select(m => (m.Name, m.Comparator, m.Value, m.Unit, m.Kind)).ToList();

    /// <summary>What a passage yields as targets when the document speaks from <paramref name="present"/>.</summary>
    private static List<string> Targets(string text, int present, StatementVoice voice = StatementVoice.Target) =>
        IndicatorExtractor.Read(SearchNormaliser.ToSearchText(text), new IndicatorContext { PresentYear = present, Voice = voice })
            .Matches.Select(m => $"{m.Name} {m.Comparator} {m.Value}{m.Unit}").ToList();

    [Theory]
    [InlineData("产品质量监督抽查合格率达到96%以上。", "产品质量监督抽查合格率", ">=", 96, "%")]
    [InlineData("产品质量监督抽查合格率稳定在96%以上。", "产品质量监督抽查合格率", ">=", 96, "%")]
    [InlineData("主要农产品质量安全抽检合格率保持在97%以上。", "主要农产品质量安全抽检合格率", ">=", 97, "%")]
    [InlineData("农业标准化生产普及率超过40%。", "农业标准化生产普及率", ">", 40, "%")]
    [InlineData("住宅工程分户验收执行率达到100%。", "住宅工程分户验收执行率", ">=", 100, "%")]
    [InlineData("经竣工验收的工程合格率达100%。", "经竣工验收的工程合格率", ">=", 100, "%")]
    [InlineData("食品抽检合格率98%以上。", "食品抽检合格率", ">=", 98, "%")]
    [InlineData("其他工程一次验收合格率在98%以上。", "其他工程一次验收合格率", ">=", 98, "%")]
    [InlineData("制造业质量竞争力指数达到85以上。", "制造业质量竞争力指数", ">=", 85, "")]
    [InlineData("安徽名牌总数18个以上。", "安徽名牌总数", ">=", 18, "个")]
    [InlineData("力争全省商标有效註冊總量達到48萬件以上。", "商标有效注册总量", ">=", 48, "万件")]
    [InlineData("力争主导制(修)订国家、行业、地方标准每年新增10项以上。", "主导制(修)订国家、行业、地方标准", ">=", 10, "项")]
    [InlineData("城市新建民用建筑实施50%节能标准比例达到100%。", "城市新建民用建筑实施50%节能标准比例", ">=", 100, "%")]
    [InlineData("创建国家5A级旅游景区3个。", "国家5A级旅游景区", "=", 3, "个")]
    [InlineData("新增3家出口工业品质量安全示范企业。", "出口工业品质量安全示范企业", "=", 3, "家")]
    [InlineData("水污染物排放量控制在100吨以下。", "水污染物排放量", "<=", 100, "吨")]
    public void Reads_one_target(string text, string name, string cmp, double value, string unit) =>
        Assert.Equal([(name, cmp, value, unit, (int?)null)], Read(text));

    // domain.md §11 L15: comparator, unit and kind kept apart. A plain figure is exact, 左右/约 is about, a decrease is
    // negative, and a creating verb that adds (新增, 新建) makes the figure a change.
    [Theory]
    [InlineData("食品评价性抽检合格率达97%。", "食品评价性抽检合格率", ">=", 97, "%", "level")]
    [InlineData("农业标准化生产普及率提高到45%。", "农业标准化生产普及率", ">=", 45, "%", "level")]
    [InlineData("景区游客满意度达到88%左右。", "景区游客满意度", "=", 88, "%", "level")]
    [InlineData("质量损失率约2%。", "质量损失率", "=", 2, "%", "level")]
    [InlineData("万元工业增加值能耗下降15%。", "万元工业增加值能耗", "=", -15, "%", "change")]
    [InlineData("单位生产总值用水量下降8%以上。", "单位生产总值用水量", "<=", -8, "%", "change")]
    [InlineData("单位生产总值能耗比2020年下降13.5%。", "单位生产总值能耗", "=", -13.5, "%", "change")]
    [InlineData("服务业增加值年均增长7%左右。", "服务业增加值", "=", 7, "%", "growth")]
    [InlineData("区域品牌价值年均增长10%以上。", "区域品牌价值", ">=", 10, "%", "growth")]
    [InlineData("食品安全抽检量达到5批次/千人。", "食品安全抽检量", ">=", 5, "批次/千人", "level")]
    [InlineData("消费品质量监督抽查合格率提升3个百分点以上。", "消费品质量监督抽查合格率", ">=", 3, "个百分点", "change")]
    [InlineData("企业研发投入强度提高0.6个百分点。", "企业研发投入强度", "=", 0.6, "个百分点", "change")]
    [InlineData("工业产品质量监督抽查合格率力争达90%以上。", "工业产品质量监督抽查合格率", ">=", 90, "%", "level")]
    [InlineData("累计建成绿色食品原料标准化基地800万亩以上。", "绿色食品原料标准化基地", ">=", 800, "万亩", "level")]
    [InlineData("有效注册商标总量达到3万件。", "有效注册商标总量", ">=", 3, "万件", "level")]
    [InlineData("制修订团体标准增加6项。", "制修订团体标准", "=", 6, "项", "change")]
    [InlineData("制修订各类标准60项以上。", "制修订各类标准", ">=", 60, "项", "level")]
    [InlineData("新增省级质量标杆企业4家。", "省级质量标杆企业", "=", 4, "家", "change")]
    [InlineData("新增省级名牌产品10个以上。", "省级名牌产品", ">=", 10, "个", "change")]
    [InlineData("新建社会公用计量标准12项。", "社会公用计量标准", "=", 12, "项", "change")]
    [InlineData("培育县域公用品牌3个。", "县域公用品牌", "=", 3, "个", "level")]
    [InlineData("每年培训高素质农民3000人以上。", "培训高素质农民", ">=", 3000, "人", "level")]
    [InlineData("国家标准平均制定周期缩短至16个月以内。", "国家标准平均制定周期", "<=", 16, "个月", "level")]
    [InlineData("重点产品不合格发现率控制在4%以内。", "重点产品不合格发现率", "<=", 4, "%", "level")]
    [InlineData("制造业质量竞争力指数达到84。", "制造业质量竞争力指数", ">=", 84, "", "level")]
    [InlineData("特色产业区域品牌价值突破50亿元。", "特色产业区域品牌价值", ">", 50, "亿元", "level")]
    [InlineData("每万人口发明专利拥有量达到9.5件/万人。", "每万人口发明专利拥有量", ">=", 9.5, "件/万人", "level")]
    [InlineData("建设工程质量一次验收合格率达到100%。", "建设工程质量一次验收合格率", ">=", 100, "%", "level")]
    [InlineData("新建民用建筑中绿色建筑面积占比达到80%。", "新建民用建筑中绿色建筑面积占比", ">=", 80, "%", "level")]
    [InlineData("新建项目一次试车成功率100%。", "新建项目一次试车成功率", "=", 100, "%", "level")]
    [InlineData("产品质量监督抽查合格率由90.5%提高到93%。", "产品质量监督抽查合格率", ">=", 93, "%", "level")]
    [InlineData("食品安全评价性抽检合格率保持在98%。", "食品安全评价性抽检合格率", "=", 98, "%", "level")]
    [InlineData("建设工程竣工验收合格率保持100%。", "建设工程竣工验收合格率", "=", 100, "%", "level")]
    [InlineData("服务企业不少于2000家次。", "服务企业", ">=", 2000, "家次", "level")]
    [InlineData("(1)新增陕西省名牌产品6个。", "陕西省名牌产品", "=", 6, "个", "change")]
    [InlineData("6.新增ISO9001质量管理体系认证企业100家.", "ISO9001质量管理体系认证企业", "=", 100, "家", "change")]
    // Work counts in their own units, 万 before any of them.
    [InlineData("开展质量帮扶服务企业3万家次以上。", "质量帮扶服务企业", ">=", 3, "万家次", "level")]
    [InlineData("举办质量公益讲座不少于12场。", "举办质量公益讲座", ">=", 12, "场", "level")]
    [InlineData("发放计量知识手册2万份以上。", "发放计量知识手册", ">=", 2, "万份", "level")]
    [InlineData("帮助企业解决技术难题0.5万项。", "帮助企业解决技术难题", "=", 0.5, "万项", "level")]
    [InlineData("城区空气质量优良天数达到300天以上。", "城区空气质量优良天数", ">=", 300, "天", "level")]
    // A bracket after the figure is a note on it (who answers for it), not part of the next name.
    [InlineData("培育县域公用品牌2个（县农业农村局负责）。", "县域公用品牌", "=", 2, "个", "level")]
    public void Reads_the_phrasings_of_a_target(string text, string name, string cmp, double value, string unit, string kind) =>
        Assert.Equal([(name, cmp, value, unit, kind)], ReadKinds(text));

    // A count without a verb of its own after 新增…N个 counts what is added too; a measurement or a name with its own
    // verb does not.
    [Fact]
    public void A_list_after_an_adding_verb_counts_what_is_added()
    {
        Assert.Equal([("中国名牌产品", "=", 3d, "个", "change"), ("山东名牌产品", "=", 20d, "个", "change")], ReadKinds("新增中国名牌产品3个，山东名牌产品20个。"));
        Assert.Equal(
            [("“精品安徽”品牌企业", "=", 8d, "家", "change"), ("省级质量标杆企业", "=", 5d, "家", "change"), ("安徽省政府质量奖", "=", 1d, "项", "level")],
            ReadKinds("新增“精品安徽”品牌企业8家、省级质量标杆企业5家，争创安徽省政府质量奖1项。"));
        Assert.Equal(
            [("有效发明专利", "=", 150d, "件", "change"), ("主导或参与制修订各类标准", ">=", 20d, "项", "level")],
            ReadKinds("新增有效发明专利150件，主导或参与制修订各类标准20项以上。"));
        Assert.Equal([("省级名牌产品", "=", 3d, "个", "change"), ("有效注册商标总量", "=", 1.9, "万件", "level")], ReadKinds("新增省级名牌产品3个，有效注册商标总量1.9万件。"));
        Assert.Equal(
            [("省级名牌产品", "=", 5d, "个", "change"), ("制定团体标准", ">=", 20d, "项", "level"), ("服务小微企业", "=", 300d, "家", "level")],
            ReadKinds("新增省级名牌产品5个，制定团体标准20项以上，服务小微企业300家。"));
        // An award's quota each time it is granted and a period of working days are rules, not targets.
        Assert.Empty(ReadKinds("市长质量奖每两年评审一次，每届授予组织奖不超过5个、个人奖不超过2名。"));
        Assert.Empty(ReadKinds("按照申报推荐、材料评审、审议公示等程序进行，公示期不少于7个工作日。"));
        Assert.Empty(ReadKinds("每次获奖组织不超过3个，对获奖组织和个人各奖励人民币10万元、3万元。"));
        // …nor its cap on one kind of winner after a comma; but a plan's cap on the new winners it adds is its target.
        Assert.Empty(ReadKinds("每届获奖组织不超过5个，获奖个人不超过2名。"));
        Assert.Empty(ReadKinds("本年度质量奖拟表彰组织不超过4个，提名奖不超过8个。"));
        Assert.Equal([("省政府质量奖获奖组织", "<=", 10d, "个", "change")], ReadKinds("新增省政府质量奖获奖组织不超过10个。"));
        // A share in the work (主导或参与制定) and a running total (累计) count what there will be, not what is added.
        Assert.Equal(
            [("“青字号”区域公用品牌", ">=", 20d, "个", "change"), ("主导或参与制定国家标准、行业标准", ">=", 300d, "项", "level")],
            ReadKinds("新培育“青字号”区域公用品牌20个以上，累计主导或参与制定国家标准、行业标准300项以上。"));
        Assert.Equal(
            [("地理标志商标", "=", 3d, "件", "change"), ("主导或参与制定地方标准", ">=", 8d, "项", "level")],
            ReadKinds("新增地理标志商标3件，主导或参与制定地方标准8项以上。"));
        // A list of what is created runs on over a comma only until the next part opens on a verb of its own; 支, 种 and 张
        // count teams, kinds and certificates; 10万家以上中小企业导入… counts the enterprises that do it.
        Assert.Equal(
            [("导入先进质量管理方法的中小企业", ">=", 10d, "万家", "level"), ("质量管理数字化标杆企业", "=", 500d, "家", "level"), ("质量技术帮扶专家团队", ">=", 1000d, "支", "level")],
            ReadKinds("带动10万家以上中小企业导入先进质量管理方法，培育质量管理数字化标杆企业500家左右，组建质量技术帮扶专家团队1000支以上。"));
        Assert.Equal([("国家标准样品", ">=", 2000d, "种", "level"), ("质量认证有效证书数量", ">=", 400d, "万张", "level")],
            ReadKinds("国家标准样品达到2000种以上，质量认证有效证书数量达到400万张以上。"));
        // What holds in principle (原则上) is a rule of a procedure, and what an award gives (…的给予50万元) a means.
        Assert.Empty(ReadKinds("每个设区市推荐的组织原则上不超过3个。"));
        // A call's limit on each entry is a rule of the call.
        Assert.Empty(ReadKinds("征集的主题口号每条不超过20个字，每家单位不超过3条。"));
        Assert.Empty(ReadKinds("省长质量奖每两年评选一次，组织奖每次不超过10个，个人奖每次不超过3名。"));
        Assert.Empty(ReadKinds("获得中国质量奖提名奖的给予50万元，同一单位同一年度获得的奖励总额不超过100万元。"));
        // What may not be done (不得少于) is a rule of the procedure, a budget a means.
        Assert.Empty(ReadKinds("严格执行抽样规定，抽样人员不得少于2名，检验费用据实结算，年度经费预算约18万元。"));
        Assert.Equal([("每个乡镇配备专(兼)职监管员", ">=", 3d, "名", "level")], ReadKinds("每个乡镇配备专(兼)职监管员不少于3名。"));
    }

    [Fact]
    public void A_year_a_sentence_sets_holds_for_the_sentences_after_it() =>
        Assert.Equal([2022, 2022, 2022],
            Read("到2022年，全市制造业产品质量合格率达到94.5%以上；建设工程竣工验收合格率达到100%。每万人口发明专利拥有量达到6件。", year: 2020).Select(i => i.Year ?? 0));

    [Fact]
    public void A_deadline_sets_its_year_even_with_its_month_character_lost() =>
        Assert.Equal([2023, 2023],
            Read("2023年9底前，各项创建指标全部达到标准要求。食用农产品抽检合格率达到98.5%以上，主要农产品按标生产覆盖率达到70%以上。", year: null).Select(i => i.Year ?? 0));

    [Fact]
    public void A_result_s_date_sets_no_year_for_the_targets_after_it()
    {
        var read = IndicatorExtractor.Read(SearchNormaliser.ToSearchText("截至2022年底，全市有效注册商标总量达到4.2万件。力争全市有效注册商标总量达到6万件。"),
            new IndicatorContext { PresentYear = 2023, Year = 2025 });
        Assert.Equal([("有效注册商标总量", 6d, (int?)2025)], read.Matches.Select(m => (m.Name, m.Value, m.Year)));
    }

    [Fact]
    public void A_passage_opening_on_the_present_year_sets_targets_for_it()
    {
        const string text = "2021年，全市质量提升行动取得新进展，制造业产品质量合格率达到94%以上。";
        var read = IndicatorExtractor.Read(SearchNormaliser.ToSearchText(text), new IndicatorContext { PresentYear = 2021, Year = 2025 });
        Assert.Equal([("制造业产品质量合格率", (int?)2021)], read.Matches.Select(m => (m.Name, m.Year)));
        Assert.Empty(Targets(text, present: 2022));
    }

    [Fact]
    public void The_end_of_a_five_year_plan_is_its_last_year() =>
        Assert.Equal([("制造业产品质量合格率", ">=", 95d, "%", (int?)2025)], Read("到“十四五”末，全市制造业产品质量合格率达到95%以上。"));

    [Fact]
    public void A_target_year_after_the_verb_is_the_value_s_year() =>
        Assert.Equal([("制造业产品质量合格率", ">=", 95d, "%", (int?)2025)], Read("全市制造业产品质量合格率从2020年的92%提高到2025年的95%。"));

    // domain.md §11 L14: figures a page reports as achieved are not targets.
    [Theory]
    [InlineData("“十三五”期间，全县质量工作取得积极进展，制造业产品质量合格率达到92.6%，新增省级名牌产品9个。")]
    [InlineData("“十二五”时期，全市主要农产品质量安全监测合格率稳定在96%以上。")]
    [InlineData("近年来，我县质量工作扎实推进。全县农产品质量安全例行监测合格率稳定在98%以上，拥有地理标志商标6件。")]
    [InlineData("过去五年，全市新增中国驰名商标12件。")]
    [InlineData("2022年，全市制造业产品质量合格率为93.4%，公共服务质量满意度为79.5。")]
    [InlineData("2022年全市食品抽检合格率达到98.3%。")]
    [InlineData("2020—2022年，全区新增团体标准20项。")]
    [InlineData("去年，全市食品抽检合格率达到98.2%。")]
    [InlineData("截至2022年底，全市有效注册商标总量达到4.2万件。")]
    [InlineData("全市已建成国家级质检中心3个、省级质检中心8个。")]
    [InlineData("食品抽检合格率达到了98.6%，较2015年提高了2个百分点。")]
    [InlineData("一季度，全市规模以上工业增加值同比增长7.2%。")]
    [InlineData("《行动方案》提出，到2025年，全县制造业产品质量合格率达到95%以上。其中，食品抽检合格率达到98%以上。")]
    [InlineData("该方案明确，到2025年全县新增省级名牌产品10个。")]
    [InlineData("“十三五”期间，全市质量工作成效明显。全面完成规划确定的目标任务，制造业产品质量合格率达到93%。")]
    [InlineData("《纲要》设定了主要目标：到2025年，制造业质量竞争力指数达到86，制造业产品质量合格率达到94%。")]
    [InlineData("近5年来，重点工业产品监督抽查平均合格率稳定在90%以上。")]
    public void Reports_no_achievement_as_a_target(string text) => Assert.Empty(Targets(text, present: 2023));

    [Fact]
    public void A_review_gives_way_to_the_targets_that_follow_it()
    {
        Assert.Equal(["制造业产品质量合格率 >= 95%"],
            Targets("2022年，全市制造业产品质量合格率为93.4%。到2025年，制造业产品质量合格率达到95%以上。", present: 2023));
        Assert.Equal(["省名牌产品 >= 80个"], Targets("2020年以来，全市累计新增省名牌产品30个。到2025年，省名牌产品达到80个。", present: 2023));
    }

    [Theory]
    [InlineData("“十四五”期间，全市新增团体标准30项以上。", 2021, "团体标准 >= 30项")]
    [InlineData("到“十三五”末，全市制造业产品质量合格率稳定在93%以上。", 2016, "制造业产品质量合格率 >= 93%")]
    [InlineData("2025年底前，建成质量基础设施一站式服务站10个。", 2023, "质量基础设施一站式服务站 = 10个")]
    [InlineData("在2020年基础上，全市农业标准化生产普及率提高5个百分点。", 2021, "农业标准化生产普及率 = 5个百分点")]
    [InlineData("2023年，全市制造业产品质量合格率达到94.5%以上。", 2023, "制造业产品质量合格率 >= 94.5%")]
    [InlineData("按照《纲要》要求，到2025年，全市食品抽检合格率达到98%以上。", 2023, "食品抽检合格率 >= 98%")]
    [InlineData("——品牌建设取得积极成效。地理标志农产品总数达到300个以上。", 2023, "地理标志农产品总数 >= 300个")]
    [InlineData("——巩固2020年以来的创建成果，新增省级标准化示范区5个。", 2023, "省级标准化示范区 = 5个")]
    [InlineData("到2025年，对已建成的示范区全面提档升级，新增示范区10个。", 2023, "示范区 = 10个")]
    [InlineData("到2025年，制造业产品质量合格率比“十三五”末提高2个百分点。", 2021, "制造业产品质量合格率 = 2个百分点")]
    public void Reads_the_current_period_and_the_present_as_targets(string text, int present, string target) =>
        Assert.Equal([target], Targets(text, present));

    /// <summary>
    /// What a year a sentence opens on gives: behind an article's number or the duty note that closed the sentence before,
    /// a past one reports and the present one scopes what the sentence goes on to set, though its voice turns to targets
    /// only at 目标 after a sentence of results; the passage's own year is what its items are for.
    /// </summary>
    [Fact]
    public void A_year_a_sentence_opens_on_is_read_behind_its_number_and_a_duty_note()
    {
        Assert.Equal(["食品抽检合格率 >= 98%"],
            Targets("（五）到2025年，食品抽检合格率达到98%以上。（牵头单位：区市场监管局）\n2022年，全区食品抽检合格率为97.2%，新增省级名牌产品4个。", present: 2023));
        var article = IndicatorExtractor.Read(SearchNormaliser.ToSearchText("第三条 2023年度各镇应完成的质量目标为：农产品抽检合格率达到98%以上。"),
            new IndicatorContext { PresentYear = 2023 });
        Assert.Equal([("农产品抽检合格率", (int?)2023)], article.Matches.Select(m => (m.Name, m.Year)));
        var opening = IndicatorExtractor.Read(SearchNormaliser.ToSearchText("2022年度，全区制造业产品质量合格率为93.1%。2023年度，全区要实现以下质量目标："),
            new IndicatorContext { PresentYear = 2023, Year = 2025 });
        Assert.Empty(opening.Matches);
        Assert.Equal((StatementVoice.Target, (int?)2023), (opening.Voice, opening.Year));
    }

    [Fact]
    public void A_part_run_into_a_paragraph_ends_the_review_before_it() =>
        Assert.Equal(["质量攻关项目 >= 10个"],
            Targets("2022年，全区制造业产品质量合格率为93.1%，新增省级品牌5个。二、重点任务（一）推进质量攻关。每年组织质量攻关项目10个以上。", present: 2023));

    [Fact]
    public void A_lead_that_ends_reviewing_carries_its_voice_to_its_items()
    {
        var lead = IndicatorExtractor.Read(SearchNormaliser.ToSearchText("“十三五”期间，全市质量工作取得以下成效："), new IndicatorContext { PresentYear = 2021 });
        Assert.Equal(StatementVoice.Achievement, lead.Voice);
        Assert.Empty(Targets("——制造业产品质量合格率达到93.6%。", present: 2021, voice: lead.Voice));
        Assert.Empty(Targets("——到2025年目标已提前完成，合格率达到96%。", present: 2021, voice: StatementVoice.Reported));
    }

    [Fact]
    public void Distributes_values_over_named_items_with_fenbie()
    {
        Assert.Equal(
            [("产品质量经国家监督抽查合格率", ">=", 90d, "%", (int?)null), ("产品质量经省监督抽查合格率", ">=", 95d, "%", null)],
            Read("产品质量经国家及省监督抽查合格率分别达到90%和95%以上。"));
        Assert.Equal(
            [("高速公路竣工验收合格率", ">=", 100d, "%", (int?)null), ("高速公路竣工验收优良率", ">=", 95d, "%", null)],
            Read("高速公路竣工验收合格率、优良率分别达到100%、95%。"));
    }

    [Fact]
    public void Distributes_values_over_parallel_subjects()
    {
        Assert.Equal(
            [("小微企业产品质量监督抽查合格率", ">=", 90d, "%", (int?)null), ("规模以上工业企业产品质量监督抽查合格率", ">=", 95d, "%", null)],
            Read("小微企业和规模以上工业企业产品质量监督抽查合格率分别达到90%和95%以上。"));
    }

    [Fact]
    public void Distributes_values_over_items_sharing_a_measurement_or_a_noun()
    {
        Assert.Equal(
            [("主要农产品抽检合格率", ">=", 98d, "%", (int?)null), ("食品抽检合格率", ">=", 97d, "%", null), ("药品抽检合格率", ">=", 99d, "%", null)],
            Read("主要农产品、食品、药品抽检合格率分别达到98%、97%和99%。"));
        Assert.Equal(
            [("国家级质检中心", "=", 2d, "个", "change"), ("省级质检中心", "=", 5d, "个", "change")],
            ReadKinds("新增国家级、省级质检中心分别为2个、5个。"));
    }

    [Fact]
    public void A_verb_without_a_name_speaks_of_the_sentence_s_last_figure() =>
        Assert.Equal(
            [("制造业产品质量合格率", "=", 2d, "个百分点", "change"), ("制造业产品质量合格率", ">=", 95d, "%", "level")],
            ReadKinds("制造业产品质量合格率提高2个百分点，达到95%以上。"));

    [Fact]
    public void Dash_items_lose_their_dash() =>
        Assert.Equal("服务业顾客满意度指数", Read("——服务业顾客满意度指数达到78以上;").Single().Name);

    [Fact]
    public void Gives_every_listed_metric_the_shared_value()
    {
        Assert.Equal(["县公路平均好路率", "农村公路路面平均好路率"], Read("县公路平均好路率、农村公路路面平均好路率达到78%。").Select(i => i.Name));
        Assert.Equal([("低碳、节能产品认证企业", ">=", 10d, "家", (int?)null)], Read("低碳、节能产品认证企业10家以上。"));
    }

    [Fact]
    public void Reads_values_before_their_nouns_in_a_list()
    {
        var found = Read("培育形成5个具有自主知识产权和国际竞争力的知名品牌,50个以上具有国内市场竞争力的内蒙古品牌,1件驰名商标和4件著名商标。");
        Assert.Equal([
            ("具有自主知识产权和国际竞争力的知名品牌", "=", 5d, "个", (int?)null),
            ("具有国内市场竞争力的内蒙古品牌", ">=", 50d, "个", null),
            ("驰名商标", "=", 1d, "件", null),
            ("著名商标", "=", 4d, "件", null)], found);
    }

    [Fact]
    public void A_bare_jurisdiction_takes_the_head_of_the_name_before_it() =>
        Assert.Equal(["国家级有机产品认证示范区", "省级有机产品认证示范区"], Read("創建國家級有機產品認證示範區1個、省級2個。").Select(i => i.Name));

    [Fact]
    public void Takes_the_year_from_the_sentence_else_from_the_context()
    {
        Assert.Equal(2020, Read("力争到2020年全市空气质量优良天数达到90%。").Single().Year);
        Assert.Equal(2015, Read("农业标准化生产普及率超过30%。", year: 2015).Single().Year);
        Assert.Equal(2025, Read("到2025年,食品抽检合格率98%以上。", year: 2020).Single().Year);
    }

    [Theory]
    [InlineData("以党的十八大、十八届三中全会精神为统领。")]
    [InlineData("利用5G、人工智能、区块链等新一代信息技术。")]
    [InlineData("充分发挥12365、12315等投诉热线的作用。")]
    [InlineData("《质量发展纲要(2011—2020年)》(国发〔2012〕9号)")]
    [InlineData("完成国务院对省政府2016年度质量工作考核。")]
    [InlineData("在集贸市场、加油站、医疗机构等8个领域组织开展计量诚信自我承诺活动。")]
    [InlineData("开展第十二届四川名牌评选。")]
    [InlineData("#质量强市 3个　#政策发布 12个")]
    [InlineData("《意见》共6个部分30条，明确了质量强省建设的目标任务。")]
    [InlineData("本方案分为5个部分。")]
    [InlineData("印发日期2022.6.30.")]
    // A time limit, an assessment's and an award's rules, a figure quoted.
    [InlineData("群众投诉举报应在7天内办结。")]
    [InlineData("考核实行百分制，满分为100分，每项扣2分，扣完为止。")]
    [InlineData("考核结果分为优秀(90分以上)、良好(75—89分)、合格(60—74分)和不合格(60分以下)四个等次。")]
    [InlineData("每届评选名额不超过10个。")]
    [InlineData("每个评审组不少于5人，资料评审得分达到500分以上的组织进入现场评审。")]
    [InlineData("其中制造业组织不超过2个，建筑、服务、农业等行业组织不超过2个。")]
    [InlineData("本次征集共设入围奖8个，作品字数不超过16个。")]
    [InlineData("网友说，文件里定的是95%。")]
    public void Invents_no_targets(string text) => Assert.Empty(Read(text));

    [Fact]
    public void The_award_winners_a_plan_aims_at_and_a_survey_s_score_stay_targets_beside_an_award_s_rules()
    {
        Assert.Contains(Read("到2025年，市长质量奖获奖组织达到25家以上。"), t => t.Name.EndsWith("获奖组织", StringComparison.Ordinal) && t.Value == 25);
        Assert.Contains(Read("到2025年，公共服务质量满意度测评得分达到80分以上。"), t => t.Name.EndsWith("测评得分", StringComparison.Ordinal) && t.Value == 80);
    }

    [Fact]
    public void Document_003_states_exactly_five_targets()
    {
        var path = PolicyGraph.Testing.RepositoryFiles.CorpusFile("003");
        var doc = TestDocuments.Normalised(path);
        var found = TestDocuments.Outline(path).Clauses.SelectMany(c => IndicatorExtractor.Extract(SearchNormaliser.ToSearchText(c.Text, doc.Traditional), null)).ToList();
        Assert.Equal(
            ["农产品质量安全监测合格率 >= 97%", "食品抽检合格率 >= 98%", "制造业产品质量合格率 >= 94%", "工程质量验收合格率 >= 100%", "公共服务质量满意度 >= 83%"],
            found.Select(f => $"{f.Name} {f.Comparator} {f.Value}{f.Unit}"));
    }
}

using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class IndicatorExtractorTests
{
    private static List<(string Name, string Cmp, double Value, string Unit, int? Year)> Read(string text, int? year = null) =>
        IndicatorExtractor.Extract(SearchNormaliser.ToSearchText(text), year).Select(m => (m.Name, m.Comparator, m.Value, m.Unit, m.Year)).ToList();

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
    [InlineData("力争主导制(修)订国家、行业、地方标准每年新增10项以上。", "主导制(修)订国家、行业、地方标准每年新增", ">=", 10, "项")]
    [InlineData("城市新建民用建筑实施50%节能标准比例达到100%。", "城市新建民用建筑实施50%节能标准比例", ">=", 100, "%")]
    [InlineData("创建国家5A级旅游景区3个。", "国家5A级旅游景区", ">=", 3, "个")]
    [InlineData("新增3家出口工业品质量安全示范企业。", "出口工业品质量安全示范企业", ">=", 3, "家")]
    [InlineData("水污染物排放量控制在100吨以下。", "水污染物排放量", "<=", 100, "吨")]
    public void Reads_one_target(string text, string name, string cmp, double value, string unit) =>
        Assert.Equal([(name, cmp, value, unit, (int?)null)], Read(text));

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
            ("具有自主知识产权和国际竞争力的知名品牌", ">=", 5d, "个", (int?)null),
            ("具有国内市场竞争力的内蒙古品牌", ">=", 50d, "个", null),
            ("驰名商标", ">=", 1d, "件", null),
            ("著名商标", ">=", 4d, "件", null)], found);
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
    public void Invents_no_targets(string text) => Assert.Empty(Read(text));

    [Fact]
    public void Document_003_states_exactly_five_targets()
    {
        var path = PolicyGraph.Tests.RepositoryFiles.CorpusFile("003");
        var doc = TestDocuments.Normalised(path);
        var found = TestDocuments.Outline(path).Clauses.SelectMany(c => IndicatorExtractor.Extract(SearchNormaliser.ToSearchText(c.Text, doc.Traditional), null)).ToList();
        Assert.Equal(
            ["农产品质量安全监测合格率 >= 97%", "食品抽检合格率 >= 98%", "制造业产品质量合格率 >= 94%", "工程质量验收合格率 >= 100%", "公共服务质量满意度 >= 83%"],
            found.Select(f => $"{f.Name} {f.Comparator} {f.Value}{f.Unit}"));
    }
}

using PolicyGraph.Core.Model;
using PolicyGraph.Ingest.Extraction.Metadata;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Quirks of real pages seen in held-out rounds fourteen to sixteen (issue 13), each on a small text written for the test: info lines in
/// a list's bullets; a headline printed twice, once with a host's place glued on; a place tag, a column's name and a kicker
/// with a spaced headline; a sharing site's run-on contents; a portal page that lost its addressees' colon; a county's body
/// named with its city; a source's place the text never names; a province that only ranks what a city got; a province's
/// name that a city bears too; an autonomous region's bodies; a headline that opens on its city; a 市 that addresses
/// 区县(自治县); a sharing site's 文档介绍 label and a column's English name; a goal's head that says its results will show; a
/// site's disclaimer under a notice's date; a city named only by its short name in a headline over its own bodies; a plan's
/// review of the 十五; a notice that issues a summary; a reporter's line with 文/图 and a site's channel line over a headline.
/// </summary>
public class RecentPageQuirkTests
{
    private static DocumentMetadata Read(string text) => TestDocuments.MetadataOfText(text);

    [Fact]
    public void Info_lines_in_a_list_s_bullets_under_a_headline_are_the_page_s_not_the_headline_s()
    {
        var m = Read("欢迎访问汉江经济信息网!\n首页 / 要闻/ 正文\n全省质量工作会议在汉中召开\n  • 时间:2023-03-02\n  • 点击:0\n  • 来源:汉江日报\n\n\n" +
                     "3月1日,全省质量工作会议在汉中召开,副省长出席并讲话。\n\n会议通报了2022年度市级政府质量工作考核结果,汉中、安康等市作了交流发言。\n");
        Assert.Equal("全省质量工作会议在汉中召开", m.Title);
    }

    [Fact]
    public void A_headline_printed_twice_once_with_a_host_s_place_glued_before_it_is_the_one_without()
    {
        var m = Read("资质认证\n\n上海璧山:全区推进质量强区战略 首届区长质量奖揭晓\n\n发布日期:2021-06-03 浏览次数:\n\n\n" +
                     "璧山:全区推进质量强区战略 首届区长质量奖揭晓\n\n  昨日,璧山区召开大会部署质量强区工作,区政府主要负责人向首届区长质量奖得主授牌。\n");
        Assert.Equal("璧山:全区推进质量强区战略首届区长质量奖揭晓", m.Title);
    }

    [Theory]
    [InlineData("河北[西柏坡镇] 西柏坡镇市场监管所走访农贸市场检查计量器具", "西柏坡镇市场监管所走访农贸市场检查计量器具")]
    [InlineData("忻州:多点发力 质量强市建设取得新成效 要闻", "忻州:多点发力质量强市建设取得新成效")]
    [InlineData("权威发布|提升质量水平 共建质量强市", "提升质量水平共建质量强市")]
    public void A_place_tag_a_column_s_name_after_the_headline_and_a_column_label_before_it_are_cut(string line, string title) =>
        Assert.Equal(title, TitleLine.Read(line).Title);

    [Fact]
    public void A_sharing_site_s_run_on_contents_heads_no_section_and_the_plan_s_targets_are_read()
    {
        const string text = "1、“十五五”质量发展规划序言1一、发展基础2(一)发展成效2(二)面临形势4二、总体要求6(一)指导思想6(二)主要目标7三、重点任务9(一)提升产品质量9(二)加强品牌建设11四、保障措施13今后五年,是我市质量强市建设的关键时期,特制定本规划。\n" +
                            "一、发展基础\n(一)发展成效\n“十四五”期间,全市制造业产品质量合格率达到94.2%。\n" +
                            "二、总体要求\n(一)指导思想\n坚持质量第一、效益优先。\n(二)主要目标\n" +
                            "到2030年,制造业产品质量合格率稳定在96%以上,新增省级质量标杆企业20家以上。\n" +
                            "三、重点任务\n(一)提升产品质量\n实施质量提升行动。\n";
        var outline = TestDocuments.OutlineOfText(text);
        Assert.Equal("发展基础", outline.Sections[0].Heading);
        var indicators = TestDocuments.GraphOfText(text, "preview.txt").Indicators;
        Assert.Contains(indicators, i => i.Name.Contains("制造业产品质量合格率", StringComparison.Ordinal) && i.Value == 96 && i.Year == 2030);
        Assert.Contains(indicators, i => i.Name.Contains("质量标杆企业", StringComparison.Ordinal) && i.Value == 20 && i.Year == 2030);
        Assert.DoesNotContain(indicators, i => i.Value == 94.2);
    }

    [Fact]
    public void A_portal_notice_that_lost_its_addressees_colon_keeps_its_title_its_issuer_and_its_run_together_date()
    {
        var m = Read("天津市东丽区人民政府 2019年5月6日星期一\n\n政务公开  >  政策文件  >  区级文件\n名    称 :\n东丽区人民政府关于印发 东丽区质量强区建设方案的通知\n" +
                     "主    题 :\n市场监管\\质量监督\n成 文 日 期 :\n行政规范性文件:\n\n东丽区人民政府关于印发\n\n东丽区质量强区建设方案的通知\n\n\n" +
                     "东丽政发〔2024〕3号\n\n各街道,各委、办、局,各直属单位\n\n《东丽区质量强区建设方案》已经区人民政府同意,现印发给你们,请认真组织实施。\n\n\n2024523\n\n" +
                     "东丽区质量强区建设方案\n\n一、总体要求\n\n坚持质量第一,推动全区质量水平整体提升。\n");
        Assert.Equal("东丽区人民政府关于印发东丽区质量强区建设方案的通知", m.Title);
        Assert.Equal("天津市东丽区人民政府", m.Issuer);
        Assert.Equal("2024-05-23", m.Date);
        Assert.Equal("东丽区", m.Region);
    }

    [Fact]
    public void A_prefecture_s_county_is_named_with_its_city_only_where_the_text_does_so()
    {
        const string body = "各镇人民政府,区政府各部门:\n现将《质量强区行动方案》印发给你们,请认真贯彻执行。\n";
        var signed = Read("江都区人民政府办公室关于印发质量强区行动方案的通知\n" + body + "扬州市江都区人民政府办公室\n2023年4月6日\n");
        var mastheadOnly = Read("扬州市江都区人民政府网站　首页　政务公开\n江都区人民政府办公室关于印发质量强区行动方案的通知\n" + body + "2023年4月6日\n");
        Assert.Equal("扬州市江都区人民政府办公室", signed.Issuer);
        Assert.Equal("江都区人民政府办公室", mastheadOnly.Issuer);
    }

    [Fact]
    public void A_source_s_place_the_text_never_names_gives_way_to_the_city_it_names_again_and_again()
    {
        var m = Read("您现在的位置:首页 > 开发区新闻 > 文字新闻\n扬州跻身全国消费品工业“三品”战略示范城市\n" +
                     "发布时间:2022-12-21  来源:凤城新闻网\n\n" +
                     "记者从市工信局了解到,扬州凭借高端装备和食品加工两大产业入选2022年度全国消费品工业“三品”战略示范城市。\n" +
                     "市工信局负责人说,我市将继续支持扬州企业增品种、提品质、创品牌。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("扬州市", m.Region);
        Assert.Equal("江苏省", m.Province);
    }

    [Fact]
    public void A_province_that_only_ranks_what_a_city_got_does_not_make_the_city_s_news_the_province_s()
    {
        var m = Read("广东省首家省级陶瓷产业计量测试中心落户潮州\n" +
                     "近日,省市场监管局批复同意在潮州筹建省级陶瓷产业计量测试中心。中心建成后,将为全市陶瓷企业提供计量测试服务。\n" +
                     "市市场监管局表示,将加快中心建设,助力我市陶瓷产业提质增效。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("潮州市", m.Region);
    }

    [Fact]
    public void A_province_s_party_office_is_not_the_city_that_bears_the_province_s_name()
    {
        var m = Read("根据《中共吉林省委办公厅、吉林省人民政府办公厅关于贯彻落实质量强国建设纲要的实施意见》的部署要求,结合白山发展实际,制定本方案。\n" +
                     "一、主要目标\n到2025年,“白山制造”质量水平明显提升,“白山品牌”影响力持续扩大,全市质量工作考核保持A级。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("白山市", m.Region);
    }

    [Fact]
    public void An_autonomous_region_s_bodies_told_of_again_and_again_place_a_report_in_that_region()
    {
        var named = Read("记者日前从自治区市场监督管理局获悉,自治区市场监管局将在广西北部湾经济区推广实施一批地方标准。\n" +
                         "自治区市场监管局还将加快建设广西特色农业标准体系。\n");
        var unnamed = Read("记者从自治区市场监督管理局获悉,为落实自治区党委部署,自治区市场监管局会同19个部门开展“质量月”活动。\n" +
                           "全区已建成质量基础设施“一站式”服务站点46个。\n");
        var city = Read("记者从自治区市场监督管理局获悉,自治区市场监管局将在全市推广一批地方标准。\n全市已有8家企业获得广西质量奖,柳州市市场监管局表示,全市将继续推进。\n");
        Assert.Equal((Levels.Province, "广西壮族自治区"), (named.Level, named.Region));
        Assert.Equal((Levels.Province, (string?)null), (unnamed.Level, unnamed.Region));
        Assert.NotEqual(Levels.Province, city.Level);
    }

    [Fact]
    public void A_headline_that_opens_on_its_city_places_the_report_though_a_central_body_is_named()
    {
        var m = Read("乌海组建认证工作专班 推动更多好产品获“蒙”字标\n\n" +
                     "作为内蒙古自治区政府经国家市场监管总局同意推行的区域品牌认证,“蒙”字标为优质产品背书。入冬以来,乌海市市场监督管理局牵头组建认证工作专班。\n\n" +
                     "专班选定葡萄酒、精细化工产品等5类产品,开展标准起草和入企走访。乌海市市场监督管理局表示,将推动更多企业获证。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("乌海市", m.Region);
    }

    [Fact]
    public void A_city_bureau_that_addresses_its_districts_and_autonomous_counties_is_chongqing_s()
    {
        var m = Read("市市场监管局关于开展2022年世界计量日宣传活动的通知\n时间:2022-05-10 作者: 来源:\n" +
                     "各区县(自治县)市场监管局、有关单位:\n按照市场监管总局的统一安排,结合我市实际,决定在全市组织开展世界计量日宣传活动。现将有关事项通知如下:\n" +
                     "一、总体要求\n通过多种方式宣传计量法律法规。\n");
        Assert.Equal((Levels.Province, "重庆市"), (m.Level, m.Region));
        Assert.Equal("重庆市市场监督管理局", m.Issuer);
    }

    [Theory]
    [InlineData("文档介绍:2011年上半年全市产品质量分析报告", "2011年上半年全市产品质量分析报告")]
    public void A_sharing_site_s_description_label_is_no_part_of_the_title(string line, string title) =>
        Assert.Equal(title, TitleLine.Read(line).Title);

    [Fact]
    public void A_column_s_name_with_its_english_is_not_joined_to_the_headline_under_it()
    {
        var m = Read("营商动态\nBusiness Trends\n\n政务要闻 News\n\n吉林:监管与帮扶同向发力 守住产品质量安全底线\n\n来源:中国质量报 | 发布时间 :2025-12-29 | 23 次浏览:\n\n" +
                     "  学生校服是家长关心的重点。今年该局把校服检验作为惠民实事,全年为全省中小学免费检验校服3600批次。\n");
        Assert.Equal("吉林:监管与帮扶同向发力守住产品质量安全底线", m.Title);
    }

    [Fact]
    public void A_goal_s_head_that_says_its_results_will_show_keeps_its_targets()
    {
        const string text = "青禾市计量发展实施方案\n一、总体要求\n(一)发展目标。到2025年,全市计量工作水平明显提升。\n" +
                            "1.计量服务产业发展成效显著。培育省级计量标杆示范企业20家以上,服务企业1000家次以上。\n二、主要任务\n(一)夯实计量基础。\n";
        var indicators = TestDocuments.GraphOfText(text, "plan.txt").Indicators;
        Assert.Contains(indicators, i => i.Name.Contains("计量标杆示范企业", StringComparison.Ordinal) && i.Value == 20 && i.Year == 2025);
        Assert.Contains(indicators, i => i.Name.Contains("服务企业", StringComparison.Ordinal) && i.Value == 1000 && i.Year == 2025);
    }

    [Fact]
    public void A_site_s_disclaimer_under_a_notice_leaves_its_date_the_sign_off()
    {
        var m = Read("各县市区市场监管局:\n第三届青禾市人民政府质量奖推荐申报工作已经启动,现将有关要求补充通知如下:\n" +
                     "一、主动上门指导。各县市区局要安排专人,对拟申报组织至少走访一次。\n二、严把资格关。不符合条件的不得推荐。\n2023年6月2日\n" +
                     "本站部分信息来源于有关部门官方公示信息,本站进行整理发布,如信息涉及侵权,请提供权属证明。\nTOP\n客服\n");
        Assert.Equal("2023-06-02", m.Date);
    }

    [Fact]
    public void A_text_that_speaks_through_its_city_s_bodies_is_placed_by_the_city_its_headline_names_short()
    {
        var m = Read("2018-03-06 10:12:44 来源:庐州晚报\n3年后,芜湖将培育 5个全国“质量标杆”\n" +
                     "市政府办公室日前印发《关于推动制造业质量提升的实施意见》,推动“芜湖制造”加快向“芜湖精品”迈进。\n" +
                     "《意见》提出,到2020年,省级“质量标杆”达到20个,全国“质量标杆”达到5个,安徽省政府质量奖获奖企业新增3家。\n" +
                     "为保障各项任务落地,市财政将统筹安排专项资金,对首次获评全国“质量标杆”的企业给予奖励。\n");
        Assert.Equal((Levels.Prefecture, "芜湖市"), (m.Level, m.Region));
    }

    [Fact]
    public void A_plan_s_review_of_the_tenth_five_year_plan_reports_and_its_2010_aims_are_its_targets()
    {
        const string text = "计量方面。“十五”期间,全市建成计量放心市场64个,定量包装商品净含量抽查合格率提高到89%。\n" +
                            "二、“十一五”时期面临的形势\n质量工作面临新的要求。\n三、指导思想和主要目标\n(二)主要目标。到2010年,定量包装商品净含量抽查合格率达到95%以上,建成计量放心市场100个。\n";
        var indicators = TestDocuments.GraphOfText(text, "plan.txt").Indicators;
        Assert.DoesNotContain(indicators, i => i.Value is 64 or 89);
        Assert.Contains(indicators, i => i.Value == 95 && i.Year == 2010);
        Assert.Contains(indicators, i => i.Value == 100 && i.Year == 2010);
    }

    [Fact]
    public void A_notice_that_issues_a_summary_of_work_done_sets_no_target()
    {
        const string text = "关于印发《青禾区2020年“质量月”活动总结》的通知\n各有关单位:\n现将活动总结印发给你们。\n2020年10月20日\n" +
                            "青禾区2020年“质量月”活动总结\n一、加强组织协调\n19个成员单位设立咨询台,共抽查产品186批次,合格率95.2%。\n";
        Assert.Empty(TestDocuments.GraphOfText(text, "summary.txt").Indicators);
    }

    [Fact]
    public void A_reporter_s_line_with_what_they_made_and_a_site_s_channel_lines_are_no_part_of_the_headline()
    {
        var byline = Read("青禾市优秀质量管理小组成果发表交流会开幕\n青禾特区报记者 许立文 文/图\n2022-09-29 10:12\n\n9月28日上午,2022年度青禾市优秀质量管理小组成果发表交流会开幕。\n");
        var channel = Read("华文新闻网-上海新闻\n上海分社正文\n2023年中国品牌日活动上 天津品牌影响力持续提升\n2023年05月14日 20:48   来源:华文新闻网\n\n" +
                           "为期5天的2023年中国品牌日活动在上海落下帷幕,天津代表团精选36家品牌企业参展。\n");
        Assert.Equal("青禾市优秀质量管理小组成果发表交流会开幕", byline.Title);
        Assert.Equal("2023年中国品牌日活动上天津品牌影响力持续提升", channel.Title);
    }
}

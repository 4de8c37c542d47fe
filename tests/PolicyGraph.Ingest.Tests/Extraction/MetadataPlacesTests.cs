using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Extraction.Metadata;
using PolicyGraph.Ingest.Outline;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// The places a document states its metadata in, each on a small text written for the test (issue 13): the open-
/// information table in its text forms, headlines, numbers glued to titles, leads, signatures, abbreviated and joint
/// issuers, and the level, prefecture and province of any county-level place.
/// </summary>
public class MetadataPlacesTests
{
    private const string Body = "一、主要目标\n到2025年，全市制造业产品质量合格率达到95%以上。\n二、重点任务\n（一）加强标准化建设。推进企业标准自我声明公开。";

    private static DocumentMetadata Read(string text) => TestDocuments.MetadataOfText(text);

    [Theory]
    [InlineData("索引号 | 011/2022-00012 | 发布机构 | 荆州市人民政府\n---|---|---|---\n发文字号 | 荆政发〔2022〕5号 | 成文日期 | 2022-02-28\n发布日期 | 2022-03-09 | 标题 | 荆州市人民政府关于深化质量强市建设的意见\n")]
    [InlineData("[ 索 引 号 ] 011/2022-00012　　[ 发文机关 ] 荆州市人民政府\n[ 发文字号 ] 荆政发〔2022〕5号　　[ 成文日期 ] 2022年02月28日\n[ 发布日期 ] 2022年03月09日　　[ 标　　题 ] 荆州市人民政府关于深化质量强市建设的意见\n")]
    [InlineData("发 文 机 关 ： 荆州市人民政府　　成 文 日 期 ： 2022-02-28\n文　　号 ： 荆政发〔2022〕5号　　发 布 日 期 ： 2022-03-09\n名　　称 ： 荆州市人民政府关于深化质量强市建设的意见\n")]
    [InlineData("标题\n荆州市人民政府关于深化质量强市建设的意见\n发文字号\n荆政发〔2022〕5号\n发布机构\n荆州市人民政府\n成文日期\n2022-02-28\n发布日期\n2022-03-09\n")]
    public void An_open_information_table_in_any_text_form_states_title_number_issuer_and_both_dates(string table)
    {
        var m = Read("荆州市人民政府门户网站\n首页 > 政务公开 > 政策文件\n" + table + Body);
        Assert.Equal("荆州市人民政府关于深化质量强市建设的意见", m.Title);
        Assert.Equal("荆政发〔2022〕5号", m.DocNumber);
        Assert.Equal("荆州市人民政府", m.Issuer);
        Assert.Equal("2022-02-28", m.Date);
        Assert.Equal("2022-03-09", m.Published);
        Assert.Equal(EvidenceSources.OpenInformationTable, m.Evidence[MetadataFields.Date].From);
        Assert.Equal(("prefecture", "湖北省", "荆州市", "荆州市"), (m.Level, m.Province, m.Region, m.Prefecture));
    }

    [Fact]
    public void Chrome_is_never_a_title_or_an_issuer_and_a_widget_date_is_not_the_publication_date()
    {
        var m = Read("柳州市市场监督管理局\n今天是2021年7月5日 星期一　　登录 | 注册\n网站地图您现在的位置：网站首页 > 信息公开 > 文件\n" +
                     "柳州市人民政府关于加快质量强市建设的意见\n发布时间：2021-06-30 10:12　来源：市政府办　作者：　阅读：335次\n" + Body + "\n柳州市人民政府\n2021年6月28日\n");
        Assert.Equal("柳州市人民政府关于加快质量强市建设的意见", m.Title);
        Assert.Equal("柳州市人民政府", m.Issuer);
        Assert.Equal("2021-06-28", m.Date);
        Assert.Equal("2021-06-30", m.Published);
    }

    [Theory]
    [InlineData("市委市政府印发关于加快质量强市建设的工作方案", "关于加快质量强市建设的工作方案", null, "市委、市政府")]
    [InlineData("遵府办发〔2021〕44号《遵义市人民政府办公室关于印发遵义市质量提升行动方案的通知》", "遵义市人民政府办公室关于印发遵义市质量提升行动方案的通知", "遵府办发〔2021〕44号", null)]
    [InlineData("辽宁省人民政府关于加快质量强省建设的意见(辽政发(2014)23号)", "辽宁省人民政府关于加快质量强省建设的意见", "辽政发〔2014〕23号", null)]
    [InlineData("某某法规网——法规检索福建省人民政府关于加快质量强省建设的若干意见", "福建省人民政府关于加快质量强省建设的若干意见", null, null)]
    [InlineData("中共中央 國務院印發《質量強國建設綱要》", "質量強國建設綱要", null, "中共中央、国务院")]
    [InlineData("原标题：青禾市人民政府关于印发青禾市质量提升行动实施方案的通知", "青禾市人民政府关于印发青禾市质量提升行动实施方案的通知", null, null)]
    [InlineData("“党政信息公开” 中共青禾区委办公室 青禾区人民政府办公室印发《青禾区品牌提升三年行动计划》的通知", "中共青禾区委办公室青禾区人民政府办公室印发《青禾区品牌提升三年行动计划》的通知", null, null)]
    [InlineData("我市召开质量强市建设推进会©原创 10-19 09:36 青禾市融媒体中心", "我市召开质量强市建设推进会", null, null)]
    [InlineData("青禾市质量强市工作推进会召开 2023-09-12 15:40 青禾日报", "青禾市质量强市工作推进会召开", null, null)]
    [InlineData("社评丨让标准托举城市品质", "让标准托举城市品质", null, null)]
    public void A_title_line_is_taken_apart_from_what_is_glued_to_it(string written, string title, string? number, string? headlineIssuer)
    {
        var line = TitleLine.Read(written);
        Assert.Equal(title, line.Title);
        Assert.Equal(number, line.Number);
        Assert.Equal(headlineIssuer, line.HeadlineIssuer);
    }

    [Fact]
    public void A_news_agency_lead_makes_the_page_the_text_it_announces()
    {
        var m = Read("首页 > 要闻\n中共中央 国务院印发《质量强国建设纲要》\n" +
                     "新华社北京2月6日电 近日，中共中央、国务院印发了《质量强国建设纲要》，并发出通知，要求各地区各部门认真贯彻落实。\n《质量强国建设纲要》全文如下：\n" + Body);
        Assert.Equal("质量强国建设纲要", m.Title);
        Assert.Equal("中共中央、国务院", m.Issuer);
        Assert.Equal(Levels.National, m.Level);
        Assert.Null(m.Date);
        Assert.Equal(2023, m.Year); // the registry's, the text stating none
    }

    [Fact]
    public void A_report_about_a_policy_keeps_its_headline_and_its_lead_stays_in_the_body()
    {
        var text = "拉萨市印发《拉萨市质量强市建设实施方案》\n2023-10-19 08:56　来源：拉萨日报　责任编辑：王佳\n" +
                   "本报讯（记者 张三）近日，拉萨市人民政府印发《拉萨市质量强市建设实施方案》（拉政发〔2023〕19号），提出到2025年全市制造业产品质量合格率达到93%以上。\n记者从市市场监管局了解到，方案明确了五项重点任务。";
        var doc = TestDocuments.NormalisedText(text);
        var outline = OutlineParser.Parse(doc);
        var m = MetadataResolver.Resolve(doc, outline, Gazetteer.Instance);
        Assert.Equal("拉萨市印发《拉萨市质量强市建设实施方案》", m.Title);
        Assert.Null(m.Issuer);
        Assert.Null(m.DocNumber);
        Assert.Equal("2023-10-19", m.Published);
        Assert.Contains(outline.Clauses, c => c.Text.Contains("拉政发〔2023〕19号", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_whose_separators_were_lost_counts_only_when_another_source_agrees()
    {
        const string head = "固原市人民政府关于印发固原市质量提升行动方案的通知\n各县（区）人民政府，市直各部门：\n现将《固原市质量提升行动方案》印发给你们，请认真贯彻执行。\n固原市人民政府\n2020312\n固原市质量提升行动方案\n";
        Assert.Null(Read(head + Body).Date);
        var agreed = Read("成文日期：2020-03-12\n" + head + Body);
        Assert.Equal("2020-03-12", agreed.Date);
        Assert.Equal(["2020-03-12"], ChineseDate.CompactCandidates("2020312"));
        Assert.Equal(["2019-01-12", "2019-11-02"], ChineseDate.CompactCandidates("2019112"));
        Assert.Empty(ChineseDate.CompactCandidates("二〇二〇年"));
    }

    [Fact]
    public void A_date_in_brackets_under_the_title_is_the_documents_date()
    {
        var m = Read("长治市人民代表大会常务委员会关于推进质量强市建设的决定\n（2020年10月28日长治市第十五届人民代表大会常务委员会第三十二次会议通过）\n" + Body);
        Assert.Equal("2020-10-28", m.Date);
        Assert.Equal("长治市人民代表大会常务委员会", m.Issuer);
    }

    [Theory]
    [InlineData("中共银川市委 银川市人民政府", "中共银川市委、银川市人民政府")]
    [InlineData("中共银川市委员会  银川市人民政府", "中共银川市委、银川市人民政府")]
    [InlineData("中共银川市委银川市人民政府", "中共银川市委、银川市人民政府")]
    [InlineData("省委省政府", "省委、省政府")]
    [InlineData("中共中央 国务院", "中共中央、国务院")]
    [InlineData("贵池区人民政府(办公室)", "贵池区人民政府办公室")]
    [InlineData("山西省人民政府", "山西省人民政府")]
    [InlineData("加快推进质量强市建设", null)]
    public void Issuers_are_one_body_or_several_joined_by_a_pause_mark(string written, string? expected) =>
        Assert.Equal(expected, IssuerNames.Normalise(written));

    [Theory]
    [InlineData("市人民政府", "咸宁市", "咸宁市人民政府")]
    [InlineData("市政府办公室", "咸宁市", "咸宁市人民政府办公室")]
    [InlineData("市委", "银川市", "中共银川市委")]
    [InlineData("自治区政府办公厅", "宁夏回族自治区", "宁夏回族自治区人民政府办公厅")]
    [InlineData("区政府办", "咸宁市", null)]
    public void An_abbreviated_issuer_is_completed_only_by_a_place_of_its_unit(string abbreviated, string place, string? expected) =>
        Assert.Equal(expected, IssuerNames.Complete(abbreviated, place));

    [Fact]
    public void An_abbreviated_issuer_is_completed_from_its_issuer_code_and_otherwise_only_tells_its_level()
    {
        var coded = Read("市人民政府关于深入开展质量强市活动的实施意见\n洛政〔2019〕33号\n" + Body + "\n市人民政府\n2019年4月8日\n");
        Assert.Equal("洛阳市人民政府", coded.Issuer);
        Assert.Equal(("prefecture", "河南省", "洛阳市"), (coded.Level, coded.Province, coded.Region));
        var unplaced = Read("区政府办关于印发创建质量强区工作方案的通知\n各镇人民政府、街道办事处，区直各部门：\n现将《创建质量强区工作方案》印发给你们。\n区政府办\n2020年3月25日\n创建质量强区工作方案\n" + Body);
        Assert.Equal("区政府办", unplaced.Issuer);
        Assert.Equal((Levels.County, null, null), (unplaced.Level, unplaced.Province, unplaced.Region));
    }

    [Theory]
    [InlineData("长阳土家族自治县人民政府", "长阳土家族自治县", "宜昌市", "湖北省")]
    [InlineData("长阳县人民政府", "长阳土家族自治县", "宜昌市", "湖北省")]
    [InlineData("昆山市人民政府", "昆山市", "苏州市", "江苏省")]
    [InlineData("成都市武侯区人民政府", "武侯区", "成都市", "四川省")]
    [InlineData("科尔沁右翼中旗人民政府", "科尔沁右翼中旗", "兴安盟", "内蒙古自治区")]
    [InlineData("仙桃市人民政府", "仙桃市", null, "湖北省")]
    [InlineData("重庆市万州区人民政府", "万州区", null, "重庆市")]
    public void A_county_level_issuer_anywhere_resolves_to_its_level_prefecture_and_province(string issuer, string region, string? prefecture, string province)
    {
        var m = Read(issuer + "关于印发质量强县工作方案的通知\n" + Body + "\n" + issuer + "\n2021年5月6日\n");
        Assert.Equal((Levels.County, province, region, prefecture), (m.Level, m.Province, m.Region, m.Prefecture));
        Assert.Equal(EvidenceSources.Issuer, m.Evidence[MetadataFields.Level].From);
    }

    [Fact]
    public void Pinyin_annotations_leave_metadata_and_numbers_readable()
    {
        var m = Read("河(hé)南省人(rén)民政府关于印发(fā)质(zhì)量强省建设方案的通知\n豫政(zhèng)〔2021〕38号\n" + Body);
        Assert.Equal("河南省人民政府关于印发质量强省建设方案的通知", m.Title);
        Assert.Equal("豫政〔2021〕38号", m.DocNumber);
        Assert.Equal("河南省", m.Province);
    }

    [Theory]
    [InlineData("二0一0年五月十二日", "2010-05-12")]
    [InlineData("二O一六年八月二十三日", "2016-08-23")]
    [InlineData("{ 2016 8 23", "2016-08-23")]
    [InlineData("2016 13 23", null)]
    [InlineData("〇〇〇〇年", null)]
    public void Dates_as_real_pages_leave_them_are_read(string written, string? expected) =>
        Assert.Equal(expected, ChineseDate.Parse(written));

    [Fact]
    public void A_broken_number_line_and_a_signature_date_whose_characters_were_lost_are_read()
    {
        var m = Read("佳木斯市人民政府关于印发佳木斯市质量发展规划的通知\n佳政发〔201612\n各县（市）、区人民政府，市政府各直属单位：\n" +
                     "现将《佳木斯市质量发展规划》印发给你们，请认真贯彻落实。\n佳木斯市人民政府\n{ 2016 8 23\n佳木斯市质量发展规划\n" + Body);
        Assert.Equal("佳政发〔2016〕12号", m.DocNumber);
        Assert.Equal("2016-08-23", m.Date);
        var yearless = Read("南谯区人民政府关于印发质量提升行动方案的通知\n南谯政发74号\n各乡镇人民政府、街道办事处，区直各单位：\n现将《质量提升行动方案》印发给你们。\n" + Body);
        Assert.Equal("南谯政发74号", yearless.DocNumber);
    }

    [Theory]
    [InlineData("湖南省衡阳市人民政府", "衡阳市人民政府", "衡阳市人民政府")]
    [InlineData("南谯区人民政府", "滁州市南谯区人民政府", "滁州市南谯区人民政府")]
    [InlineData("衡阳市人民政府", "衡阳市人民政府办公室", "衡阳市人民政府")]
    public void The_same_body_named_with_more_or_less_of_its_place_takes_the_signature_s_form(string overTitle, string signing, string expected)
    {
        var m = Read(overTitle + "关于印发质量兴市工作方案的通知\n各有关单位：\n现将《质量兴市工作方案》印发给你们，请认真贯彻执行。\n" + signing + "\n2010年5月12日\n质量兴市工作方案\n" + Body);
        Assert.Equal(expected, m.Issuer);
    }

    [Fact]
    public void A_text_stripped_of_every_name_still_says_its_level_by_how_it_speaks_of_itself()
    {
        var m = Read("2023年开展质量提升行动方案\n为推动全州高质量发展，深入实施质量强州战略，制定本方案。\n一、工作目标\n全州制造业产品质量合格率稳定在93%以上。\n二、重点任务\n（一）全州各县市要加强质量基础设施建设。\n");
        Assert.Equal((Levels.Prefecture, null, null), (m.Level, m.Province, m.Region));
        Assert.Equal(EvidenceSources.SelfReference, m.Evidence[MetadataFields.Level].From);
        var city = Read("2023年开展质量提升行动方案\n为推动全市高质量发展，深入实施质量强市战略，制定本方案。\n一、工作目标\n全市制造业产品质量合格率稳定在93%以上。\n");
        // 市 is a prefecture or a county-level city; a text that says which nowhere is taken as the more common prefecture's.
        Assert.Equal((Levels.Prefecture, null, null), (city.Level, city.Province, city.Region));
        var county = Read("县政协召开质量强县专题协商会\n9月12日，县政协召开专题协商会。县质监局局长通报了今年以来的质量工作，县农业局负责同志作了补充发言。\n");
        Assert.Equal((Levels.County, null, null), (county.Level, county.Province, county.Region)); // its bodies named by the unit alone
    }

    [Fact]
    public void A_sign_off_date_glued_to_the_contents_that_follow_it_is_still_the_date()
    {
        var m = Read("咸阳市人民政府关于印发市长质量奖管理办法的通知\n各县市区人民政府，市人民政府各工作部门：\n《咸阳市市长质量奖管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n" +
                     "2021年9月28日目录第一章总则第二章组织管理\n咸阳市市长质量奖管理办法\n第一章总则\n第一条为引导和激励全市各类组织加强质量管理，制定本办法。\n");
        Assert.Equal("2021-09-28", m.Date);
    }

    [Fact]
    public void A_page_action_glued_before_a_label_leaves_the_label()
    {
        Assert.Equal("发布日期", PolicyGraph.Ingest.Reading.OpenInformationTable.AsLabel("打印发布日期"));
        var m = Read("上海市人民政府关于加快建设质量强市的实施意见\n打印发布日期:2012-11-30    浏览次数:3\n各区、县人民政府，市政府各委、办、局：\n" + Body + "\n上海市人民政府\n2012年11月20日\n");
        Assert.Equal(("2012-11-20", "2012-11-30"), (m.Date, m.Published));
    }

    [Fact]
    public void A_kicker_over_a_headline_is_part_of_it_but_a_subtitle_after_the_article_info_is_not()
    {
        var kicker = Read("全区质量强区建设大会召开\n\n以质取胜 擦亮质量名片\n\n本报讯 11月22日，全区质量强区建设大会召开。会议部署下一阶段质量强区建设重点任务。\n");
        Assert.Equal("全区质量强区建设大会召开以质取胜擦亮质量名片", kicker.Title!.Replace(" ", ""));
        var subtitle = Read("青禾出台质量强市建设实施意见 到2027年合格率稳定在95%以上\n\n2024-03-15 09:12:40　来源: 青禾日报　责任编辑: 齐悦\n\n七方面重点任务 24项具体措施\n" +
                            "青禾日报讯 记者从市市场监管局获悉，青禾市人民政府近日印发《关于加快推进质量强市建设的实施意见》。\n");
        Assert.Equal("青禾出台质量强市建设实施意见到2027年合格率稳定在95%以上", subtitle.Title!.Replace(" ", ""));
    }

    [Fact]
    public void Labels_spaced_out_without_colons_and_a_publisher_beside_the_page_date_are_read()
    {
        var m = Read("莆田市荔城区人民政府\n当前位置：首页 > 政务公开 > 政策文件\n\n区人民政府办公室关于印发2023年荔城区质量强区工作要点的通知\n\n" +
                     "2023-02-24 16:20 区人民政府办公室\n索 引 号 FJ0302-0100-2023-00018 发文日期 2023-02-20\n发布机构 区人民政府办公室 文    号 荔政办〔2023〕5号\n\n" +
                     "各镇人民政府、街道办事处，区直各有关单位：\n\n现将《2023年荔城区质量强区工作要点》印发给你们，请结合实际抓好落实。\n\n荔城区人民政府办公室\n\n2023年2月20日\n\n" + Body);
        Assert.Equal(("荔政办〔2023〕5号", "2023-02-20", "2023-02-24"), (m.DocNumber, m.Date, m.Published));
        Assert.Equal("荔城区人民政府办公室", m.Issuer);
    }

    [Fact]
    public void Without_a_title_of_its_own_a_page_is_titled_by_its_file_name_or_by_the_plan_its_notice_wraps()
    {
        var shared = Read("1、青禾市质量发展规划目录序言一、发展基础二、总体要求\n\n青禾市质量发展规划.doc\n\n文档页数：19  大小：86.5KB  格式：doc  免费下载\n");
        Assert.Equal("青禾市质量发展规划", shared.Title);
        Assert.Equal(EvidenceSources.FileName, shared.Evidence[MetadataFields.Title].From);
        var wrapped = Read("各乡镇人民政府、街道办事处，市政府各部门：\n现将《乐清市质量发展规划》印发给你们，请认真贯彻执行。\n乐清市人民政府\n2021年9月15日\n乐清市质量发展规划\n" + Body);
        Assert.Equal("乐清市质量发展规划", wrapped.Title);
    }

    [Fact]
    public void A_joint_issuer_that_names_its_unit_once_is_completed_body_by_body()
    {
        var m = Read("宁夏回族自治区开展质量提升行动实施方案\n\n本报讯 近日，自治区党委办公厅、政府办公厅印发《宁夏回族自治区开展质量提升行动实施方案》，并发出通知，要求各地各部门结合实际认真贯彻落实。《方案》全文如下：\n\n" +
                     "为推动全区经济发展质量变革，制定本方案。\n一、主要目标\n到2020年，全区制造业产品质量合格率达到93%以上。\n");
        Assert.Equal("中共宁夏回族自治区委员会办公厅、宁夏回族自治区人民政府办公厅", m.Issuer);
    }

    [Fact]
    public void A_repost_starts_at_the_issuer_line_above_its_title()
    {
        var m = Read("萍乡市人民政府关于实施质量兴市战略的意见\n\n简介:小编为你整理了多篇相关的《萍乡市人民政府关于实施质量兴市战略的意见》，但愿对你工作学习有帮助。\n\n" +
                     "萍乡市人民政府\n\n关于实施质量兴市战略的意见\n\n萍府发〔2013〕9号\n\n各县(区)人民政府，市政府各部门：\n\n" + Body);
        Assert.Equal("萍乡市人民政府关于实施质量兴市战略的意见", m.Title);
        Assert.Equal("萍府发〔2013〕9号", m.DocNumber);
    }

    [Theory]
    [InlineData("新闻热线: 0898-66810815")]
    [InlineData("首页河南新闻—正文")]
    [InlineData("0條 [查看全部] 相關評論")]
    public void Hotlines_comment_counts_and_dash_breadcrumbs_are_chrome(string line)
    {
        var doc = TestDocuments.NormalisedText(line + "\n\n青禾市质量强市建设实施方案\n");
        Assert.Equal(["青禾市质量强市建设实施方案"], doc.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("高原資訊網 - 本地新聞 | 財經 | 政策 | 旅遊 | 房產")]
    [InlineData("原文链接 青禾市人民政府关于印发青禾市质量强市建设实施方案的通知")]
    [InlineData("青禾日报客户端　一端在手 信息全有")]
    public void Site_menus_with_dashes_original_links_and_app_promotions_are_chrome(string line)
    {
        var doc = TestDocuments.NormalisedText(line + "\n\n青禾市质量强市建设实施方案\n");
        Assert.Equal(["青禾市质量强市建设实施方案"], doc.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("省政府常务会议审议通过实施质量兴省战略的意见", false)]
    [InlineData("我市出台质量强市建设实施方案", false)]
    [InlineData("青禾市人民政府关于实施质量兴市战略的意见", true)]
    [InlineData("关于发布青禾市质量发展规划的通知", true)]
    public void News_of_an_act_on_a_document_is_no_document_title(string line, bool readsAsTitle) =>
        Assert.Equal(readsAsTitle, TitleLine.Read(line).ReadsAsTitle);

    [Fact]
    public void A_headline_printed_twice_is_whole_and_its_subtitle_after_the_article_info_is_not_part_of_it()
    {
        var m = Read("青禾省全面启动质量兴省战略\n\n2010-08-12 07:50:03　中国质量新闻网\n\n青禾省全面启动质量兴省战略\n\n省政府常务会议审议通过实施质量兴省战略的意见\n\n" +
                     "本报讯（记者 孙立新）8月6日，青禾省政府召开常务会议，审议并原则通过了《青禾省人民政府关于实施质量兴省战略的意见》。\n");
        Assert.Equal("青禾省全面启动质量兴省战略", m.Title);
    }

    [Fact]
    public void A_number_in_the_government_s_series_names_the_government_when_nothing_else_names_an_issuer()
    {
        var m = Read("漯政[2018]21号\n各县区人民政府，市人民政府各部门：\n为深入实施质量强市战略，根据《漯河市市长质量奖管理办法》，市政府决定对3家企业予以表彰。\n2018年3月19日\n");
        Assert.Equal(("漯河市人民政府", "漯政〔2018〕21号"), (m.Issuer, m.DocNumber));
        Assert.Equal(EvidenceSources.IssuerCode, m.Evidence[MetadataFields.Issuer].From);
        var bureau = Read("漯质监[2018]21号\n各县区质监局：\n为深入实施质量强市战略，市局决定开展质量提升专项行动。\n2018年3月19日\n");
        // A bureau's own series (漯|质监, no 政 or 发) names the bureau the department table spells, in the code's place.
        Assert.Equal(("漯河市质量技术监督局", "漯质监〔2018〕21号"), (bureau.Issuer, bureau.DocNumber));
        var commission = Read("许工信〔2018〕37号\n各县（市、区）工业和信息化主管部门：\n请于4月13日前将材料报送许昌市工业和信息化委员会科技科。\n2018年3月30日\n");
        Assert.Equal("许昌市工业和信息化委员会", commission.Issuer); // the 委 the page names, not the 局 the table also knows
    }

    [Fact]
    public void Labels_with_their_colon_wait_for_the_value_on_the_next_item_and_article_info_dates_are_the_page_s()
    {
        var m = Read("索引号:\n\nSY0031270762202200214\n\n公开主体:\n\n上海市奉贤区人民政府办公室\n\n发文字号:\n\n奉府办发〔2022〕31号\n\n成文日期:\n\n2022-08-09\n\n发布日期:\n\n2022-08-16\n\n" +
                     "关于印发《奉贤区质量提升行动计划》的通知\n\n各镇人民政府、街道办事处：\n\n现将《奉贤区质量提升行动计划》印发给你们。\n\n" + Body);
        Assert.Equal(("奉府办发〔2022〕31号", "2022-08-09", "2022-08-16"), (m.DocNumber, m.Date, m.Published));
        var info = Read("日照市人民政府关于推进质量强市和品牌建设的意见\n\n来源:日照市人民政府2023-11-17 15:42:08\n\n各区县人民政府，市政府各部门：\n\n" + Body);
        Assert.Equal("2023-11-17", info.Published);
    }

    [Theory]
    [InlineData("国家发展改革委", "国家发展和改革委员会")]
    [InlineData("市场监管总局", "国家市场监督管理总局")]
    [InlineData("国务院国资委", "国务院国有资产监督管理委员会")]
    public void National_bodies_are_named_in_full(string written, string full) =>
        Assert.Equal(full, IssuerNames.NationalBody(written));

    [Fact]
    public void A_site_s_name_and_phone_glued_before_a_headline_are_not_part_of_it_and_a_newspaper_s_page_line_dates_the_page()
    {
        Assert.Equal("江西省抚州市启动“质量兴镇”试点工作", TitleLine.Read("标准查询网-电话:010-62997731江西省抚州市启动“质量兴镇”试点工作").Title);
        var m = Read("中国质量报 2022年06月28日 第2版：地方新闻\n\n坚持质量第一 推进质量强省建设\n\n本报讯 （记者 徐琳）近日，青禾省政府发布了2021年度质量工作考核结果的通报。\n");
        Assert.Equal("2022-06-28", m.Published);
    }

    [Fact]
    public void A_reporter_s_source_before_the_issuer_and_more_after_the_number_still_make_a_lead_that_announces_the_text()
    {
        var m = Read("我省出台质量强省三年行动方案\n2025-03-18　来源：赣江资讯网\n" +
                     "赣江资讯网3月18日讯（记者 李明）记者从省市场监管局获悉，省政府办公厅近日印发《江西省质量强省建设三年行动方案（2025—2027年）》（赣府厅字〔2025〕9号，以下简称《方案》），部署六方面任务。《方案》全文如下：\n" +
                     "江西省质量强省建设三年行动方案（2025—2027年）\n" + Body);
        Assert.Equal("江西省质量强省建设三年行动方案（2025—2027年）", m.Title);
        Assert.Equal("赣府厅字〔2025〕9号", m.DocNumber);
        Assert.Equal("江西省人民政府办公厅", m.Issuer);
    }

    [Fact]
    public void A_place_s_headline_over_the_policy_s_own_text_titles_it_by_the_policy_and_over_a_report_by_itself()
    {
        var own = Read("鄂尔多斯市印发《鄂尔多斯市质量强市建设行动计划（2025—2027年）》\n\n鄂府办发〔2025〕6号\n\n各旗区人民政府，市人民政府各部门：\n\n" +
                       "《鄂尔多斯市质量强市建设行动计划（2025—2027年）》已经市人民政府同意，现印发给你们，请认真贯彻落实。\n\n鄂尔多斯市人民政府办公室\n2025年2月20日\n\n" + Body);
        Assert.Equal("鄂尔多斯市质量强市建设行动计划（2025—2027年）", own.Title);
        Assert.Equal("鄂尔多斯市人民政府办公室", own.Issuer);
        Assert.Equal(("鄂尔多斯市印发《鄂尔多斯市质量强市建设行动计划》", "鄂尔多斯市质量强市建设行动计划"),
            (TitleLine.Read("鄂尔多斯市印发《鄂尔多斯市质量强市建设行动计划》").PlaceHeadline, TitleLine.Read("鄂尔多斯市印发《鄂尔多斯市质量强市建设行动计划》").Title));
        Assert.Null(TitleLine.Read("鄂尔多斯印发质量强市建设行动计划").PlaceHeadline); // unquoted: a report's own headline
    }

    [Fact]
    public void An_autonomous_region_s_bodies_named_by_their_unit_take_the_region_the_page_names()
    {
        var m = Read("自治区党委 自治区人民政府印发《关于推进质量强区建设的实施意见》\n" +
                     "本报讯　日前，自治区党委、自治区人民政府印发了《关于推进质量强区建设的实施意见》，并发出通知。\n《关于推进质量强区建设的实施意见》全文如下。\n" +
                     "关于推进质量强区建设的实施意见\n（2024年2月26日）\n为贯彻《宁夏回族自治区人民政府关于实施质量强区战略的决定》，建设美丽宁夏，全区上下……\n" + Body);
        Assert.Equal(("中共宁夏回族自治区委员会、宁夏回族自治区人民政府", "宁夏回族自治区", Levels.Province), (m.Issuer, m.Province, m.Level));
    }

    [Fact]
    public void A_kicker_before_the_actor_of_a_headline_does_not_hide_the_place()
    {
        var m = Read("5方面重点任务 20条具体举措\n温州出台深化质量强市建设实施意见\n2025-01-09　来源：温州日报\n" +
                     "温州日报讯（记者 王平）近日，温州市人民政府印发《关于深化质量强市建设的实施意见》，明确全市质量工作目标。\n全市制造业产品质量合格率稳定在96%以上，全市质量工作稳步推进。");
        Assert.Equal(("温州市", "浙江省", Levels.Prefecture), (m.Region, m.Province, m.Level));
    }

    [Fact]
    public void An_interpretation_has_no_number_of_its_own_and_its_table_date_is_its_own_unless_the_text_gives_it_to_the_policy()
    {
        var own = Read("索引号 | 001/2024-01 | 发布机构 | 青禾市市场监督管理局\n---|---|---|---\n成文日期 | 2024-07-03 | 发布日期 | 2024-07-05\n\n" +
                       "《青禾市质量强市建设实施方案》政策解读\n\n解读文件：青禾市人民政府办公室关于印发青禾市质量强市建设实施方案的通知（青政办发〔2024〕21号）\n\n" +
                       "一、起草背景\n方案于2024年6月24日由市政府办公室印发。\n二、主要目标\n《方案》提出，到2027年，全市制造业产品质量合格率达到94%以上。");
        Assert.Equal(("《青禾市质量强市建设实施方案》政策解读", null, "2024-07-03"), (own.Title, own.DocNumber, own.Date));
        var policys = Read("索引号 | 001/2024-01 | 发布机构 | 青禾市市场监督管理局\n---|---|---|---\n发文日期 | 2024-06-24 | 发布日期 | 2024-07-05\n\n" +
                           "《青禾市质量强市建设实施方案》政策解读\n\n一、起草背景\n方案于2024年6月24日由市政府办公室印发。\n二、主要目标\n《方案》提出，到2027年，全市制造业产品质量合格率达到94%以上。");
        Assert.Null(policys.Date);
    }

    [Fact]
    public void A_number_without_its_issuer_code_under_the_title_is_the_number_and_not_part_of_the_title()
    {
        var m = Read("审议《青禾市质量发展规划（送审稿）》的会议纪要\n\n〔2013〕9号\n\n4月17日，市长主持召开市政府常务会议，审议《规划》。纪要如下：\n会议原则通过《规划》。");
        Assert.Equal(("审议《青禾市质量发展规划（送审稿）》的会议纪要", "〔2013〕9号"), (m.Title, m.DocNumber));
        Assert.Equal("〔2013〕9号", DocumentNumber.Codeless("(2013)9号"));
        Assert.Null(DocumentNumber.Codeless("〔2013〕9号文件"));
    }

    [Fact]
    public void A_mirror_s_title_names_its_joint_issuer_and_a_short_county_name_in_an_issuer_is_written_out()
    {
        var m = Read("中共西藏自治區委員會 西藏自治區人民政府關于加快建設質量強區的實施意見\n\n時間：2023-09-12　來源：網絡\n\n為貫徹落實《質量強國建設綱要》，提出如下意見。\n" + Body);
        Assert.Equal("中共西藏自治区委员会、西藏自治区人民政府", m.Issuer);
        var county = Read("关于公开征求《长阳土家族自治县质量强县实施方案（征求意见稿）》意见的公告\n\n现将方案公开征求意见。\n\n长阳县市场监督管理局\n2024年10月21日\n");
        Assert.Equal("长阳土家族自治县市场监督管理局", county.Issuer);
    }

    [Fact]
    public void A_party_style_notice_names_its_issuers_before_yin_fa()
    {
        Assert.Equal("中共长沙市雨花区委办公室、长沙市雨花区人民政府办公室",
            TitleLine.Read("中共长沙市雨花区委办公室 长沙市雨花区人民政府办公室印发《雨花区品牌提升三年行动计划》的通知").IssuerPrefix);
    }

    [Fact]
    public void A_copying_site_s_name_glued_before_a_title_is_cut_but_a_government_s_own_name_is_not()
    {
        var page = new PolicyGraph.Ingest.Reading.DocumentReaders(PolicyGraph.Ingest.Reading.ReaderLimits.Default).Read("copied.html", System.Text.Encoding.UTF8.GetBytes(
            "<html><head><title>国务院办公厅关于成立青禾协调小组的通知-青禾体育官网</title></head><body><h1>青禾体育官网国务院办公厅关于成立青禾协调小组的通知</h1>" +
            "<p>发布时间:2022-09-02　作者:admin</p><p>为加强组织领导，决定成立协调小组。</p></body></html>"));
        var doc = PolicyGraph.Ingest.Normalising.DocumentNormaliser.Normalise(page);
        var copied = MetadataResolver.Resolve(doc, OutlineParser.Parse(doc), Gazetteer.Instance);
        Assert.Equal(("国务院办公厅关于成立青禾协调小组的通知", "国务院办公厅", Levels.National), (copied.Title, copied.Issuer, copied.Level));
    }

    [Fact]
    public void A_municipality_that_speaks_of_itself_as_a_city_is_at_province_level()
    {
        var m = Read("我市印发质量基础设施提升三年行动方案\n来源：重庆日报\n2021-09-03 07:12\n" +
                     "重庆日报讯（记者 李明）9月2日，记者从市市场监管局获悉，市政府办公厅近日印发《重庆市质量基础设施提升三年行动方案》，全市将新建社会公用计量标准150项以上。\n" +
                     "目前，全市已建成社会公用计量标准1260项，重庆市检验检测机构持续增加，全市质量基础不断夯实。");
        Assert.Equal((Levels.Province, "重庆市", "重庆市"), (m.Level, m.Province, m.Region));
    }

    [Fact]
    public void A_report_on_national_bodies_issuing_a_notice_is_national_and_a_speech_with_a_district_head_is_county()
    {
        var report = Read("五部门部署质量服务助企提质\n发布日期：2024-06-14\n" +
                          "中国政府网消息，市场监管总局、工业和信息化部、科技部近日联合印发《关于推进质量服务站点建设的通知》，部署四方面工作。\n据悉，《通知》提出了工作目标。");
        Assert.Equal(Levels.National, report.Level);
        Assert.Null(report.Issuer);
        var speech = Read("区长在质量强区工作推进会上的讲话\n\n同志们：\n\n今天，我们召开全区质量强区工作推进会。去年以来，全区质量工作取得新进展，区长质量奖评出5家企业。全区上下要再接再厉。\n");
        Assert.Equal(Levels.County, speech.Level);
    }

    [Fact]
    public void A_mirror_s_traditional_time_label_and_a_forum_s_long_article_info_line_date_the_page()
    {
        Assert.Equal("2021-11-09", Read("區長在質量強區工作推進會上的講話\n時間：2021-11-09 15:32:10\n\n同志們：\n\n今天，我們召開全區質量強區工作推進會。\n").Published);
        Assert.Equal("2013-03-18", Read("青禾省人民政府關于貫徹落實質量發展綱要的實施意見\n2013-3-18 10:26| 發布者: zhengce| 查看: 2871| 評論: 0|原作者: 青禾省人民政府|來自: 青禾省人民政府網站\n\n各設區市人民政府：\n\n" + Body).Published);
    }

    [Fact]
    public void A_gazette_s_short_title_over_the_document_s_full_title_gives_way_and_so_does_a_neighbouring_document_s()
    {
        var gazette = Read("关于印发《北辰区质量强区三年行动计划》的通知\n\n本期目录：\n\n天津市北辰区人民政府办公室关于印发《北辰区质量强区三年行动计划》的通知\n\n北辰政办发〔2014〕23号\n\n各镇人民政府：\n\n现将《北辰区质量强区三年行动计划》印发给你们。\n\n" + Body);
        Assert.Equal("天津市北辰区人民政府办公室关于印发《北辰区质量强区三年行动计划》的通知", gazette.Title);
        var shared = Read("岳阳市人民政府关于印发岳阳市市长质量奖管理办法的通知(2019)\n\n合集下载\n\n益阳市人民政府关于印发益阳市市长质量奖管理办法的通知\n\n各区县(市)人民政府：\n\n《益阳市市长质量奖管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n\n益阳市人民政府\n2021年6月11日\n\n" + Body);
        Assert.Equal("益阳市人民政府关于印发益阳市市长质量奖管理办法的通知", shared.Title);
    }

    [Fact]
    public void A_title_line_that_names_another_document_s_number_is_no_number_line_and_a_number_a_government_issued_by_is_cited()
    {
        var m = Read("海南省人民政府办公厅\n关于明确琼府〔2012〕88号文件\n重点工作分工的通知\n琼府办〔2013〕47号\n各市、县人民政府：\n\n现将重点工作分解落实。\n\n" + Body);
        Assert.Equal("琼府办〔2013〕47号", m.DocNumber);
        Assert.Equal("蓬府发〔2013〕14号", DocumentNumber.FindAll("会后，蓬溪县人民政府以蓬府发(2013)14号文件形式正式印发该《意见》").Single().Number.ToString());
    }

    [Fact]
    public void A_headline_printed_twice_beats_a_digest_site_s_name_and_a_dateline_names_the_place_of_our_city()
    {
        var m = Read("青禾文摘 - 每日资讯精选\n首页 > 地方新闻\n我市召开质量强市工作领导小组全体会议\n时间：2023-03-29 08:46  作者：佚名  阅读：562\n原标题：我市召开质量强市工作领导小组全体会议\n" +
                     "佳木斯新闻网讯（记者 张明）3月28日，全市质量强市工作领导小组全体会议召开，总结全市质量工作。\n会议强调，全市各成员单位要抓好标准化生产。");
        Assert.Equal(("我市召开质量强市工作领导小组全体会议", "佳木斯市", Levels.Prefecture), (m.Title, m.Region, m.Level));
    }

    [Fact]
    public void A_flattened_line_of_title_number_and_addressees_gives_the_number_and_a_signature_flattened_onto_the_plan_title_the_date()
    {
        var m = Read("青禾资讯网 > 政策 > 正文\n\n原标题：商洛市人民政府关于印发商洛市质量提升行动实施方案的通知\n\n" +
                     "商洛市人民政府关于印发商洛市质量提升行动实施方案的通知 商政发〔2018〕19号 各县区人民政府，市政府各工作部门：\n\n" +
                     "《商洛市质量提升行动实施方案》已经市政府同意，现印发给你们，请认真组织实施。\n\n商洛市人民政府 2018年6月12日 商洛市质量提升行动实施方案\n\n" + Body);
        Assert.Equal(("商政发〔2018〕19号", "2018-06-12"), (m.DocNumber, m.Date));
    }

    private static DocumentMetadata ReadPage(string html)
    {
        var page = new PolicyGraph.Ingest.Reading.DocumentReaders(PolicyGraph.Ingest.Reading.ReaderLimits.Default).Read("page.html", System.Text.Encoding.UTF8.GetBytes(html));
        var doc = PolicyGraph.Ingest.Normalising.DocumentNormaliser.Normalise(page);
        return MetadataResolver.Resolve(doc, OutlineParser.Parse(doc), Gazetteer.Instance);
    }

    [Fact]
    public void Article_info_lines_without_a_date_label_and_a_sharing_site_s_upload_line_date_the_page()
    {
        var news = Read("青禾市征求质量强市方案意见\n2024-05-22 09:15来源：青禾装备在线关键词：质量强市 青禾收藏本文\n" +
                        "5月20日，青禾市市场监督管理局发布征求意见的通告。\n《方案》提出，强化产业集群质量引领。");
        Assert.Equal("2024-05-22", news.Published);
        var shared = Read("某某文库 > 资料中心 > 工作计划\n2024年开展质量提升行动方案.docx\n页数：7　　大小：24.6KB　　上传人：wk_1234　　上传时间：2024-04-02　　下载：6积分\n" +
                          "2024年开展质量提升行动方案.docx\n" + Body);
        Assert.Equal(("2024年开展质量提升行动方案", "2024-04-02"), (shared.Title, shared.Published));
    }

    [Fact]
    public void A_sharing_site_s_share_line_names_the_document_and_a_column_name_or_a_login_box_is_no_title()
    {
        var preview = Read("《青禾区政府质量奖管理办法(2024年修订版).docx》由会员分享，可在线阅读，更多相关《青禾区政府质量奖管理办法(2024年修订版).docx(6页珍藏版)》请在某某文库上搜索。\n" +
                           "1、青禾区政府质量奖管理办法(2024年修订版)第一章总则第一条为引导和激励企业加强全面质量管理，制定本办法。");
        Assert.Equal("青禾区政府质量奖管理办法(2024年修订版)", preview.Title);
        var news = ReadPage("<html><head><title>青禾省将质量兴省战略列入全省重点督查工作--某某省质量协会</title></head><body><div>质量资讯</div><div>会员登录</div>" +
                            "<p>发布：2013/02/06 09:42:18，浏览：613</p><p>近日，青禾省人大会议将深入实施质量兴省战略列入重点督查工作。</p></body></html>");
        Assert.Equal(("青禾省将质量兴省战略列入全省重点督查工作", "2013-02-06"), (news.Title, news.Published));
    }

    [Fact]
    public void A_plan_that_makes_its_own_province_s_departments_responsible_is_that_province_s()
    {
        var m = Read("为贯彻落实《质量强国建设纲要》精神，统筹推进质量强省战略，结合省情实际，提出如下实施意见。\n一、总体要求\n" +
                     "深入学习贯彻视察河南重要讲话精神，到2025年，全省质量总体水平稳步提高。\n二、重点任务\n" +
                     "（一）提升产品质量。（省工业和信息化厅、省市场监管局按职责分工负责）\n（二）提升工程质量。（省住房城乡建设厅负责）\n（三）提升服务质量。（省商务厅、省文化和旅游厅负责）");
        Assert.Equal((Levels.Province, "河南省", "河南省"), (m.Level, m.Province, m.Region));
    }

    [Theory]
    [InlineData("445281000000/2025-418276", "普宁市", Levels.County, "揭阳市")]
    [InlineData("11340000003195431Y/2021-00123", "安徽省", Levels.Province, null)]
    [InlineData("114211000113554321/2022-04418", "黄冈市", Levels.Prefecture, "黄冈市")]
    public void A_government_page_s_index_number_names_the_division_that_published_it(string index, string region, string level, string? prefecture)
    {
        var m = Read(index + "\n《全市消费品质量提升行动实施方案》政策解读\n主动公开\n一、制定背景\n消费品质量直接关系人民群众生活品质。\n二、主要内容\n提出三个方面十项任务。");
        Assert.Equal((level, region, prefecture), (m.Level, m.Region, m.Prefecture));
        Assert.Equal(EvidenceSources.IndexNumber, m.Evidence[MetadataFields.Region].From);
        Assert.Null(PlaceResolver.DivisionOfIndexNumber("000014349/2012-00012", Gazetteer.Instance));
    }

    [Fact]
    public void Another_province_s_site_does_not_place_a_report_that_names_its_own_province()
    {
        var m = ReadPage("<html><head><title>贵州将质量兴省战略列入全省重点督查工作--安徽省质量协会</title></head><body>" +
                         "<p>发布：2013/02/06 09:42:18，浏览：613</p><p>近日，贵州省第十二届人民代表大会第一次会议将深入实施质量兴省战略列入全省重点督查工作。</p>" +
                         "<p>贵州省委、省政府历来高度重视质量工作，全省质量兴市活动广泛开展。</p></body></html>");
        Assert.Equal((Levels.Province, "贵州省"), (m.Level, m.Province));
    }

    [Fact]
    public void An_autonomous_region_s_office_a_report_says_issued_a_plan_places_the_report()
    {
        var m = Read("原标题：我区印发地理标志运用促进工程三年行动方案\n我区印发地理标志运用促进工程三年行动方案\n" +
                     "西藏日报拉萨8月12日讯（记者 王明）近日，自治区人民政府办公厅印发《西藏自治区地理标志运用促进工程三年行动方案》，部署地理标志运用促进工作。\n《方案》提出，到2024年底，全区新增地理标志商标30件以上。\n西藏自治区市场监管局有关负责人介绍，西藏将推广“地理标志+龙头企业”模式。");
        Assert.Equal((Levels.Province, "西藏自治区", "西藏自治区"), (m.Level, m.Province, m.Region));
    }

    [Fact]
    public void Joint_signatures_with_no_date_above_a_plan_title_broken_over_two_lines_are_the_issuers()
    {
        var m = Read("青禾市农业农村委员会等三部门关于印发《青禾市质量兴农战略实施方案(2021—2023年)》的通知\n各区农业农村、财政、市场监管部门：\n" +
                     "为深入实施质量兴农战略，市农业农村委、市财政局、市市场监管委研究制定了《青禾市质量兴农战略实施方案（2021—2023年）》。现印发你们，请认真贯彻实施。\n" +
                     "青禾市农业农村委员会\n青禾市财政局\n青禾市市场监督管理委员会\n青禾市质量兴农战略实施方案\n（2021—2023年）\n" + Body);
        Assert.Equal("青禾市农业农村委员会、青禾市财政局、青禾市市场监督管理委员会", m.Issuer);
    }

    [Fact]
    public void A_site_s_menu_a_programme_s_name_and_a_loading_notice_are_chrome_and_a_slashed_date_line_dates_the_page()
    {
        var m = Read("惠企政策通 - 政策查询 申报提醒 资讯解读\n《青禾新闻》\n视频加载中...\n我市启动2024年全国质量月活动\n2024/09/06 18:30\n" +
                     "今天，我市启动2024年全国质量月活动，发布了2023年全市质量状况。\n去年，全市制造业产品质量合格率为94.1%。");
        Assert.Equal(("我市启动2024年全国质量月活动", "2024-09-06"), (m.Title, m.Published));
    }

    [Fact]
    public void A_report_that_the_central_market_regulator_issued_a_plan_is_national_even_as_a_foreign_site_words_it()
    {
        var m = Read("中國發布《推動消費品質量提升三年行動方案》\n中國市場監管總局等十五個部門近日聯合印發《推動消費品質量提升三年行動方案（2024—2026年）》，提出到2026年消費品質量合格率穩定在93%以上。\n" +
                     "《方案》提出，將從標準升級、供給創新四個方面推進。");
        Assert.Equal(Levels.National, m.Level);
        // The news that a body issued a document, however close 近日 stands to 印发.
        Assert.True(NewsLead.ReportsAnIssue("记者5月15日从省市场监管局获悉，该局近日印发《关于全面推行企业首席质量官制度的实施意见》，明确首席质量官的职责。"));
    }

    [Fact]
    public void A_menu_between_bars_and_a_link_back_to_a_column_are_chrome_over_a_headline()
    {
        var news = Read("首页 | 时政 | 2019全国两会 | 图片\n陈明：把质量提升作为推动发展的硬支撑\n3月11日，记者会在新闻中心举行。\n陈明说，质量提升行动取得积极成效。");
        Assert.Equal("陈明：把质量提升作为推动发展的硬支撑", news.Title);
        var plan = Read("<政策法规\n青禾品牌建设“链主领航”行动计划\n围绕装备制造、家用电器建设品牌培育梯队。\n培育制造业品牌30个。");
        Assert.Equal("青禾品牌建设“链主领航”行动计划", plan.Title);
    }

    [Fact]
    public void A_title_line_printed_without_its_issuers_is_completed_from_the_page_title_that_has_them()
    {
        var m = ReadPage("<html><head><title>中共梧州市委 梧州市人民政府印发《关于开展质量提升行动实施方案》的通知_梧州市人民政府门户网站</title></head><body>" +
                         "<p>中共梧州市委 梧州市人民政府</p><p>印发《关于开展质量提升行动实施方案》的通知</p><p>市委发〔2018〕24号</p>" +
                         "<p>各县（市、区）党委和人民政府：</p><p>《关于开展质量提升行动实施方案》已经市委常委会审议通过，现印发给你们，请认真贯彻执行。</p>" +
                         "<p>中共梧州市委　梧州市人民政府</p><p>2018年7月30日</p></body></html>");
        Assert.Equal("中共梧州市委梧州市人民政府印发《关于开展质量提升行动实施方案》的通知", m.Title!.Replace(" ", string.Empty, StringComparison.Ordinal));
        var decision = ReadPage("<html><head><title>青禾省人民政府关于表彰第五届青禾省省长质量奖获奖组织的决定_青禾省人民政府门户网站</title></head><body>" +
                                "<p>公文种类:</p><p>关于表彰第五届青禾省省长质量奖获奖组织的决定</p><p>青政发〔2024〕2号</p><p>各市人民政府：</p>" +
                                "<p>为全面落实质量强省战略，省人民政府决定，对获奖组织予以表彰。</p><p>青禾省人民政府</p><p>2024年1月3日</p></body></html>");
        Assert.Equal("青禾省人民政府关于表彰第五届青禾省省长质量奖获奖组织的决定", decision.Title);
        // A page title that is more than issuers plus the title line (a news headline) does not replace it.
        Assert.Equal("关于表彰第五届青禾省省长质量奖获奖组织的决定", ReadPage(
            "<html><head><title>我省表彰省长质量奖获奖组织关于表彰第五届青禾省省长质量奖获奖组织的决定_青禾网</title></head><body>" +
            "<p>关于表彰第五届青禾省省长质量奖获奖组织的决定</p><p>青政发〔2024〕2号</p><p>各市人民政府：</p><p>省人民政府决定予以表彰。</p></body></html>").Title);
    }

    [Fact]
    public void The_news_that_a_national_body_chose_a_county_s_project_is_the_county_s()
    {
        var m = Read("近日，国家标准化管理委员会印发《关于下达第四批农业农村标准化试点项目的通知》，全国共有52个项目获批立项。其中，由安徽省和阜阳市市场监管部门推荐、临泉县人民政府申报的项目入选。\n" +
                     "近年来，临泉县把标准化作为推动县域经济转型升级的重要抓手。临泉县将以试点建设为契机，推动试点经验在全县复制推广。");
        Assert.Equal((Levels.County, "临泉县", "阜阳市"), (m.Level, m.Region, m.Prefecture));
        // Without a place it names and calls home, a report of a national body's document is national.
        Assert.Equal(Levels.National, Read("近日，国家标准化管理委员会印发《关于下达第四批农业农村标准化试点项目的通知》，全国共有52个项目获批立项。\n各地要抓好试点建设。").Level);
    }

    [Fact]
    public void A_dotted_date_under_a_signature_is_its_date_not_the_page_s()
    {
        var m = Read("青禾盟行政公署办公室关于印发青禾盟2022年质量提升行动工作方案的通知\n青署办发〔2022〕31号\n各旗县市（区）人民政府：\n经行署同意，现将《青禾盟2022年质量提升行动工作方案》印发给你们，请认真贯彻执行。\n青禾盟行政公署办公室\n2022.6.30\n" + Body);
        Assert.Equal(("2022-06-30", null), (m.Date, m.Published));
    }

    [Fact]
    public void A_sign_off_above_the_attachments_signs_the_document()
    {
        var m = Read("临川市人民政府关于表彰2024年度临川市质量奖获奖单位的通报\n临政〔2024〕41号\n各县（区）人民政府，市人民政府各部门：\n"
            + "为表彰先进，市政府决定，授予临川精工机械有限公司等3家企业“临川市质量奖”，各奖励20万元。\n希望获奖单位珍惜荣誉，再创佳绩。\n"
            + "附件：2024年度临川市质量奖获奖单位名单\n临川市人民政府\n二○二四年十二月十八日\n附件\n2024年度临川市质量奖获奖单位名单\n"
            + "一、质量奖获奖单位（3家）\n临川精工机械有限公司\n临川纺织集团有限公司\n临川建设工程有限公司\n");
        Assert.Equal(("临川市人民政府", "2024-12-18"), (m.Issuer, m.Date));
        Assert.Equal(EvidenceSources.SignOff, m.Evidence[MetadataFields.Date].From);
    }

    [Fact]
    public void Skip_links_are_chrome_and_a_portal_s_address_date_and_source_line_dates_the_page()
    {
        var m = ReadPage("<html><head><title>临川县多措并举推进品牌兴县_新闻中心_某某网</title></head><body>"
            + "<div class=\"skip\"><a href=\"#nav\">跳转到路径导航栏</a><br /><a href=\"#content\">跳转到正文内容</a></div>"
            + "<div id=\"nav\"><a href=\"/\">新闻中心</a> &gt; <a href=\"/china/\">国内新闻</a> &gt; 正文</div>"
            + "<h1>大名县多措并举推进“品牌兴县”</h1><div>http://www.example.com.cn&nbsp;&nbsp;2009年09月14日07:32&nbsp;&nbsp;<a href=\"#\">某某新闻网</a></div>"
            + "<p>本报讯 为提升县域经济竞争力，大名县把“品牌兴县”作为发展特色产业的重要抓手，引导企业注册商标。</p>"
            + "<p>大名县县委、县政府出台奖励办法，对新获得著名商标的企业给予奖励；大名县工商局组织专人上门指导。</p></body></html>");
        Assert.Equal("大名县多措并举推进“品牌兴县”", m.Title);
        Assert.Equal(("2009-09-14", null), (m.Published, m.Date));
        Assert.Equal(("county", "河北省", "大名县", "邯郸市"), (m.Level, m.Province, m.Region, m.Prefecture));
    }

    [Fact]
    public void A_title_opening_with_its_body_and_a_year_names_the_issuer()
    {
        var m = Read("德化县市场监督管理局2022年产品质量监督抽查方案\n" + Body);
        Assert.Equal(("德化县市场监督管理局", "county", "福建省", "德化县"), (m.Issuer, m.Level, m.Province, m.Region));
        Assert.Null(Read("德化县2022年产品质量监督抽查方案\n" + Body).Issuer);
    }

    [Fact]
    public void An_excerpt_closing_on_its_attribution_is_the_text_of_the_document_it_names()
    {
        var m = Read("到2027年，质量品牌协同发展机制基本建立，制造业质量竞争力指数稳定在85以上。\n-\n实施品牌培育工程，支持企业提升品牌管理能力。\n"
            + "以上内容摘自中共中央办公厅、国务院办公厅近日印发的《关于推进质量品牌协同发展的意见》。\n来源：新华社\n");
        Assert.Equal(("关于推进质量品牌协同发展的意见", "中共中央办公厅、国务院办公厅", "national"), (m.Title, m.Issuer, m.Level));
        Assert.Null(Read("到2027年，制造业质量竞争力指数稳定在85以上。\n以上内容根据有关文件整理。\n").Title);
    }
}

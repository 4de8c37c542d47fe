using PolicyGraph.Core.Model;
using PolicyGraph.Ingest.Extraction.Metadata;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Quirks of real pages seen in held-out rounds seventeen to nineteen (issue 13), each on a small text written for the test: a city body
/// acting in one of its districts after an occasion's clause; an encyclopedia entry that prints the signed notice after its
/// lead; a column's name with its hours and a reporter's line with no name; share buttons and an address left alone on their
/// lines; a site's name in pinyin over its date; a site's name under a headline; a target table copied one cell a line; a
/// new area's joint bodies by their short names; a level in 级; a kicker's empty brackets; a copy's 转自 line; an autonomous
/// prefecture by its short name; a central body's act on one city; an assessment's grade bands; and from round eighteen a
/// site's list of dates, an e-paper's furniture, picture and column tags, a date in characters with its clock time, a reprint
/// lead that names the notice by its title, a signature over an attached list, an award's quotas, a document's aims retold,
/// a decision made, and a count of what a clause before said it builds; and from round nineteen a 副题 under a headline, a
/// masthead's postal code, a site's name line ending on its address, a copy's doubled comma, a county named throughout beside
/// two 全省, a central body's meeting told after its day, what an inspection found, and a far year's vision between a target year
/// and its figures.
/// </summary>
public class LaterRoundQuirkTests
{
    private static DocumentMetadata Read(string text) => TestDocuments.MetadataOfText(text);

    private static IReadOnlyList<Indicator> Indicators(string text) => TestDocuments.GraphOfText(text).Indicators;

    [Fact]
    public void A_city_body_that_opens_the_report_after_an_occasion_s_clause_places_it_though_it_acts_in_one_of_its_districts()
    {
        var m = Read("第十个“全国科普日”到来之际，9月10日，镇江市市场监管局组织计量技术人员走进丹徒区高资街道一个社区，开展计量惠民宣传，" +
                     "为居民免费检测血压计和家用电子秤。\n活动现场，工作人员向居民讲解计量法律知识。\n");
        Assert.Equal((Levels.Prefecture, "江苏省", "镇江市"), (m.Level, m.Province, m.Region));
    }

    [Fact]
    public void An_encyclopedia_entry_takes_the_date_and_signature_of_the_notice_it_prints_after_its_lead()
    {
        var m = Read("青海省贯彻质量强国建设纲要实施方案\n\n《青海省贯彻质量强国建设纲要实施方案》是为落实《质量强国建设纲要》制定的方案。\n\n" +
                     "2023年9月12日,青海省人民政府印发该方案。\n\n基本信息\n\n  • 中文名:青海省贯彻质量强国建设纲要实施方案\n\n发布信息\n\n" +
                     "各市、自治州人民政府,省政府各委、办、厅、局:\n现将《青海省贯彻质量强国建设纲要实施方案》印发给你们,请认真组织实施。\n" +
                     "青海省人民政府\n2023年9月12日\n\n内容全文\n\n为落实《质量强国建设纲要》,制定本方案。\n一、总体要求\n坚持质量第一。\n");
        Assert.Equal("2023-09-12", m.Date);
        Assert.Equal("青海省人民政府", m.Issuer);
    }

    [Fact]
    public void A_column_s_name_with_its_hours_is_cut_and_a_reporter_s_line_with_no_name_is_never_the_headline()
    {
        Assert.Equal("省质监局公示省长质量奖拟奖名单", TitleLine.Read("24小时快讯:省质监局公示省长质量奖拟奖名单").Title);
        var m = Read("湘中报业全媒体记者\n\n3月2日,省质监局在门户网站上公示了省长质量奖拟奖单位名单,共有7家单位进入名单。\n");
        Assert.NotEqual("湘中报业全媒体记者", m.Title);
    }

    [Fact]
    public void Share_buttons_and_an_address_left_alone_are_chrome_and_a_pinyin_site_name_over_a_date_is_the_page_s_date_line()
    {
        var award = Read("分享更多\n字体:\n\n第五届省长质量奖颁奖大会在省城举行\n\nhttp://news.example.com.cn 2014-01-13 08:03 来源: 质量新闻网\n\n" +
                         "本报讯 1月11日上午,第五届省长质量奖颁奖大会举行。\n");
        Assert.Equal("第五届省长质量奖颁奖大会在省城举行", award.Title);
        Assert.Equal("2014-01-13", award.Published);
        var digest = Read("市场监管总局通报能源计量审查情况\nMou Mou Xin Wen Wang·2026-01-16 09:42\n\n近日,市场监管总局就全国能源计量审查工作发出通报。\n");
        Assert.Equal("市场监管总局通报能源计量审查情况", digest.Title);
        Assert.Equal("2026-01-16", digest.Published);
    }

    [Fact]
    public void A_site_s_name_on_the_line_under_a_headline_is_no_part_of_it()
    {
        var m = Read("青禾将用三年时间实施“质量兴市”战略\n某某建材网 www.example.com 2010-11-19 来源: 青禾晚报\n" +
                     "日前,记者从市质监局了解到,青禾市将用三年左右的时间开展质量兴市活动。\n");
        Assert.Equal("青禾将用三年时间实施“质量兴市”战略", m.Title);
    }

    [Fact]
    public void A_target_table_copied_one_cell_a_line_is_read_row_by_row_and_its_cells_are_never_page_numbers()
    {
        const string text = "二、主要目标\n\n到2025年,质量总体水平稳步提升。\n\n专栏1  主要指标\n\n序号\n\n指标名称\n\n2022年\n\n2025年\n\n属性\n\n" +
                            "1\n\n制造业产品质量合格率(%)\n\n93\n\n≥94\n\n预期性\n\n2\n\n新建房屋建筑工程竣工验收合格率(%)\n\n100\n\n100\n\n约束性\n\n" +
                            "3\n\n制修订各类标准(项)\n\n—\n\n[30]\n\n预期性\n\n注:[ ]内为累计数。\n";
        var doc = TestDocuments.NormalisedText(text);
        Assert.Contains(doc.Paragraphs, p => p.SearchText.Contains("制造业产品质量合格率(%)93≥94", StringComparison.Ordinal));
        var indicators = Indicators(text);
        Assert.Contains(indicators, i => i.Name.Contains("制造业产品质量合格率", StringComparison.Ordinal) && i.Value == 94 && i.Comparator == ">=");
        Assert.Contains(indicators, i => i.Name.Contains("竣工验收合格率", StringComparison.Ordinal) && i.Value == 100 && i.Kind == IndicatorKinds.Level);
        Assert.Contains(indicators, i => i.Name.Contains("制修订各类标准", StringComparison.Ordinal) && i.Value == 30 && i.Kind == IndicatorKinds.Change);
        Assert.DoesNotContain(indicators, i => i.Value == 93);
    }

    [Fact]
    public void A_target_table_copied_one_cell_a_line_with_a_merged_category_cell_reads_the_rows_under_it_without_one()
    {
        const string text = "二、主要目标\n\n到2025年,质量总体水平稳步提升。\n\n类别\n\n序号\n\n指标名称\n\n2020年\n\n2025年\n\n属性\n\n" +
                            "产品质量\n\n1\n\n制造业产品质量合格率(%)\n\n93\n\n≥94\n\n预期性\n\n2\n\n食品抽检合格率(%)\n\n98\n\n98.5\n\n约束性\n\n" +
                            "品牌建设\n\n3\n\n有效注册商标总量(万件)\n\n1.2\n\n2\n\n预期性\n\n三、重点任务\n";
        var indicators = Indicators(text);
        Assert.Contains(indicators, i => i.Name.Contains("食品抽检合格率", StringComparison.Ordinal) && i.Value == 98.5);
        Assert.Contains(indicators, i => i.Name.Contains("有效注册商标总量", StringComparison.Ordinal) && i.Value == 2);
        Assert.DoesNotContain(indicators, i => i.Value is 93 or 98 or 1.2);
    }

    [Fact]
    public void A_new_area_s_joint_bodies_by_their_short_names_head_the_title_and_sign_by_their_full_names()
    {
        var m = Read("中共青禾新区工委\n青禾新区管委会\n关于印发《青禾新区质量强区实施方案》的通知\n\n各园区管委会,新区各部门:\n" +
                     "《青禾新区质量强区实施方案》已经审议通过,现予印发,请认真组织实施。\n\n中共青禾新区工委\n\n青禾新区管委会\n\n 2023年12月20日\n\n" +
                     "青禾新区质量强区实施方案\n\n一、总体要求\n\n坚持质量第一。\n");
        Assert.Equal("中共青禾新区工作委员会、青禾新区管理委员会", m.Issuer);
        Assert.Equal("2023-12-20", m.Date);
    }

    [Fact]
    public void A_level_in_grades_is_a_target_and_an_assessment_s_grade_bands_are_none()
    {
        var level = Indicators("到2025年,二级以上公立医院电子病历系统应用水平平均达到4级以上。\n");
        Assert.Contains(level, i => i.Name.Contains("电子病历系统应用水平", StringComparison.Ordinal) && i.Value == 4 && i.Unit == "级");
        var bands = Indicators("关于印发《青禾县质量工作考核办法》的通知\n各乡镇人民政府:\n现将《青禾县质量工作考核办法》印发给你们,请认真贯彻执行。\n" +
                               "青禾县人民政府\n2015年3月2日\n青禾县质量工作考核办法\n第一条 为提升全县质量发展水平,制定本办法。\n" +
                               "第七条 考核实行百分制。考核结果分为A、B、C、D四个等级:得分90分以上(含90分)为A级,75分以上不足90分为B级,不足60分为D级。\n");
        Assert.Empty(bands);
    }

    [Theory]
    [InlineData("「」青禾举办“中国品牌日”主题活动", "青禾举办“中国品牌日”主题活动")]
    [InlineData("【】青禾举办“质量月”活动", "青禾举办“质量月”活动")]
    public void A_kicker_s_empty_brackets_are_no_part_of_the_title(string line, string title) =>
        Assert.Equal(title, TitleLine.Read(line).Title);

    [Fact]
    public void A_site_s_slogan_of_two_phrases_on_the_page_s_first_line_is_no_part_of_the_headline()
    {
        var m = Read("看家乡新闻，知故乡冷暖\n\n\n青禾市今年将开展第三届“市政府质量奖”评选\n\n青禾日报 2016-04-27 08:20 大字\n\n" +
                     "本报讯 (记者 韩晓)今年青禾市将启动第三届“市政府质量奖”评选工作。\n");
        Assert.Equal("青禾市今年将开展第三届“市政府质量奖”评选", m.Title);
    }

    [Fact]
    public void A_copy_s_reprinted_from_line_is_never_the_headline()
    {
        var m = Read("转自:青禾观察\n3月18日,青禾区质量基础设施“一站式”服务站在商圈党群服务中心揭牌启用,为商户提供计量、标准、认证服务。\n");
        Assert.Null(m.Title);
    }

    [Fact]
    public void An_autonomous_prefecture_named_by_its_short_name_is_placed()
    {
        var m = Read("新疆博州市场监管局:以精准计量护民生\n\n“十四五”以来,博州市场监管局立足州情,把计量作为护民生的基础性工作抓紧抓实。\n");
        Assert.Equal((Levels.Prefecture, "博尔塔拉蒙古自治州"), (m.Level, m.Region));
    }

    [Fact]
    public void A_central_body_s_act_on_one_city_is_that_city_s_news()
    {
        var m = Read("国家市场监管总局将对西宁市创建质量强市示范城市考核验收\n2018-05-21 15:57:32 某某晚报\n\n" +
                     "记者从市市场监管局获悉,考核验收组将于下月进驻,对全市创建工作进行考核验收。\n");
        Assert.Equal((Levels.Prefecture, "青海省", "西宁市"), (m.Level, m.Province, m.Region));
    }

    [Fact]
    public void A_site_s_list_of_dates_beside_other_pages_links_is_never_the_page_s_date()
    {
        var m = Read("各县(市、区)市场监管局:\n现将有关事项公告如下。\n特此公告。\n青禾省计量科学研究院\n2022年3月7日\n栏目导航\n内容推荐\n" +
                     "更多>2025-09-02\n2025-08-11\n2025-07-22\n2025-06-30\n");
        Assert.Null(m.Published);
        Assert.Equal("2022-03-07", m.Date);
    }

    [Fact]
    public void An_e_paper_s_furniture_is_never_the_headline_nor_glued_to_it()
    {
        var m = Read("通版阅读请点击:\n展开通版\n收缩通版\n当前版:02版\n发布日期:2021年10月22日 上一版  下一版\n市市场监管局组织召开市级地方标准审定会\n文章字数:368\n" +
                     "  本报讯(记者 杜晓)10月12日至15日,市市场监督管理局组织召开市级地方标准审定会。\n");
        Assert.Equal("市市场监管局组织召开市级地方标准审定会", m.Title);
    }

    [Theory]
    [InlineData("红河梯田红米区域性地方标准评审会在蒙召开(图文)", "红河梯田红米区域性地方标准评审会在蒙召开")]
    [InlineData("◤网络视点◢青禾省发布第三届中国质量奖推荐名单", "青禾省发布第三届中国质量奖推荐名单")]
    public void A_picture_tag_after_the_headline_and_a_column_in_corner_marks_before_it_are_cut(string line, string title) =>
        Assert.Equal(title, TitleLine.Read(line).Title);

    [Fact]
    public void A_date_in_characters_with_its_clock_time_under_a_headline_is_the_page_s_date()
    {
        var m = Read("2015年度浙江名牌揭晓 青禾98个产品获评\n2015年01月14日 09:12\n\n  近日,2015年度浙江名牌产品名单正式公布。\n");
        Assert.Equal("2015-01-14", m.Published);
        Assert.Equal("2015年度浙江名牌揭晓青禾98个产品获评", m.Title);
    }

    [Fact]
    public void A_reprint_lead_that_names_the_notice_by_its_title_gives_its_title_issuer_and_the_signature_over_its_attached_list_its_date()
    {
        var m = Read("日前,《国家标准化管理委员会关于下达2024年度国家级服务业标准化示范项目的通知》正式发布。具体内容如下:\n" +
                     "天津市、山西省、辽宁省市场监管局:\n为更好发挥示范项目的引领作用,现将有关事项通知如下。\n一、示范项目的执行期一般为2年。\n" +
                     "二、项目承担单位要扎实推进标准体系建设。\n国家标准化管理委员会\n2024年1月12日\n2024年度国家级服务业标准化示范项目汇总表\n序号\n地区\n示范项目名称\n");
        Assert.Equal("国家标准化管理委员会关于下达2024年度国家级服务业标准化示范项目的通知", m.Title);
        Assert.Equal("国家标准化管理委员会", m.Issuer);
        Assert.Equal("2024-01-12", m.Date);
    }

    [Theory]
    [InlineData("关于开展2025年青禾省质量奖评审工作的通知\n各市(地)市场监管局:\n现将有关事项通知如下。\n青禾省质量奖(标准创新)设一、二、三等奖,其中一等奖不超过4项,二等奖不超过8项,三等奖不超过12项。\n")]
    [InlineData("专访:质量发展纲要的制定\n记者:纲要提出了哪些目标?\n严:《纲要》的目标分为两个阶段。到2015年,重在打基础、补短板,比如提出产品质量国家监督抽查合格率稳定在90%以上。\n")]
    [InlineData("关于下达示范项目的通知\n各省市场监管局:\n依据管理办法,在地方推荐和专家评审的基础上,国家标准化管理委员会确定了2024年度国家级服务业标准化示范项目10项。\n")]
    public void An_award_s_quotas_a_document_s_aims_retold_and_a_decision_made_set_no_target(string text) => Assert.Empty(Indicators(text));

    [Fact]
    public void A_count_of_what_the_clause_before_said_it_builds_is_named_by_that_clause_and_is_what_is_added()
    {
        var indicators = Indicators("关于印发《青禾市质量提升工作要点》的通知\n各区县人民政府:\n现将《青禾市质量提升工作要点》印发给你们,请认真贯彻落实。\n" +
                                    "青禾市人民政府\n2020年3月2日\n青禾市质量提升工作要点\n一、夯实质量基础\n" +
                                    "围绕重点产业链的质量共性问题,支持建设一批产业质量技术公共服务平台,年内新建5个,为中小企业提供检验检测服务。\n");
        var platforms = Assert.Single(indicators);
        Assert.Contains("产业质量技术公共服务平台", platforms.Name, StringComparison.Ordinal);
        Assert.Equal((5.0, IndicatorKinds.Change), (platforms.Value, platforms.Kind));
    }

    [Theory]
    [InlineData("青禾区主席主持召开政府常务会议专题研究质量工作\n\n以更大力度抓实抓好质量工作\n\n本报讯 5月6日,青禾区政府召开常务会议,专题研究质量工作。\n",
        "青禾区主席主持召开政府常务会议专题研究质量工作")]
    [InlineData("让“高原品质”成为青禾发展的金字招牌\n\n市场监管总局有关负责同志到会指导\n\n本报讯 全区质量发展大会日前召开,会议部署了今年的质量工作。\n",
        "让“高原品质”成为青禾发展的金字招牌")]
    public void A_subtitle_under_a_headline_shorter_than_it_or_telling_who_attended_is_no_part_of_it(string text, string title) =>
        Assert.Equal(title, Read(text).Title);

    [Fact]
    public void A_masthead_s_postal_code_is_never_the_head_of_the_title()
    {
        var m = Read("邮政编码\n550081\n\n青禾省人民政府\n\n关于贯彻落实国务院《计量发展规划\n\n(2021—2035年)》的实施意见\n\n青府发〔2023〕5号\n\n" +
                     "各市、自治州人民政府,省政府各部门:\n为深入贯彻落实国务院《计量发展规划(2021—2035年)》,现提出如下实施意见。\n");
        Assert.Equal("青禾省人民政府关于贯彻落实国务院《计量发展规划(2021—2035年)》的实施意见", m.Title);
        Assert.Equal("青禾省人民政府", m.Issuer);
    }

    [Fact]
    public void A_site_s_name_line_ending_on_its_address_and_a_commentator_s_line_are_never_the_headline_and_a_doubled_comma_is_dropped()
    {
        var site = Read("消费维权|质量投诉|曝光台—质量万里行在线315example.com\n\n即时新闻\n\n争创质量强市 是城市之责也是市民之福\n\n特约评论员 罗一明\n\n" +
                        "青禾市获批创建全国质量强市示范城市,这是全市上下共同努力的结果。\n");
        Assert.Equal("争创质量强市是城市之责也是市民之福", site.Title);
        Assert.Equal("凝心聚力推动质量强市建设提质增效!我市召开质量强市工作会议", TitleLine.Read("凝心聚力推动质量强市建设提质增效,!我市召开质量强市工作会议").Title);
    }

    [Fact]
    public void A_county_named_throughout_with_its_bureau_beside_two_mentions_of_the_whole_province_is_the_county_s_news()
    {
        var m = Read("本报讯 日前,黄骅市汽车模具产业入选省市场监督管理局确定的第二批全省小微企业质量管理体系认证提升行动区域试点。\n" +
                     "黄骅市的模具企业大多是小微企业,产品销往全国。黄骅市模具产业已列入省、沧州市两级重点扶持的县域特色产业集群。\n" +
                     "按照试点安排,黄骅市市场监督管理局将联合认证机构组成专家服务队,力争三年后形成可在全省推广的经验。\n");
        Assert.Equal((Levels.County, "黄骅市", "沧州市"), (m.Level, m.Region, m.Prefecture));
    }

    [Fact]
    public void A_central_body_s_meeting_told_after_its_day_is_the_nation_s_though_held_in_the_capital()
    {
        var m = Read("核心提示:\n2012年12月20日,工业和信息化部科技司在北京组织召开工业质量品牌工作组联络员会议。部质量工作组各成员司局和有关行业协会的63位联络员到会。\n" +
                     "科技司副司长在会上讲话,要求突出重点行业,发挥标准的牵引作用。\n");
        Assert.Equal(Levels.National, m.Level);
    }

    [Fact]
    public void What_an_inspection_found_sets_no_target()
    {
        Assert.Empty(Indicators("青禾区市场监督管理局关于2019年产品质量监督抽查情况的公告\n依据《中华人民共和国产品质量法》,我局组织了产品质量监督抽查。\n" +
                                "本次共抽查7类产品97批次。经检验:电线电缆产品20批次,不合格产品1批次,不合格产品发现率5%;不锈钢制品31批次,不合格产品2批次,不合格产品发现率6.5%。\n特此公告。\n"));
    }

    [Fact]
    public void A_far_year_s_vision_between_a_target_year_and_its_figures_leaves_them_the_target_year()
    {
        var indicators = Indicators("青禾区质量强区建设实施方案\n一、总体要求\n坚持质量第一。到2027年,全区产品、工程、服务质量再上台阶。" +
                                    "到2035年,质量强区全面建成,质量和品牌对全区经济的支撑作用位居全市上游。产业质量竞争力不断提升。" +
                                    "制造业质量竞争力指数达到90以上,新增市级以上质量标杆企业5家。\n");
        Assert.Contains(indicators, i => i.Name.Contains("制造业质量竞争力指数", StringComparison.Ordinal) && i.Value == 90 && i.Year == 2027);
        Assert.Contains(indicators, i => i.Name.Contains("质量标杆企业", StringComparison.Ordinal) && i.Value == 5 && i.Year == 2027);
    }
}

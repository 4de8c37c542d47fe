using PolicyGraph.Core.Model;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Extraction.Metadata;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Quirks of real pages seen in the later held-out rounds (issue 13, rounds nine and ten), each on a small text written for
/// the test: a city's or county's news that never names its own division but names its province; the news of a place a
/// higher body approved or praised; a site's greeting over the text, stars after a headline, a headline over an agency's
/// dateline, a season of a year opening a report, a town's report that names its county once, a body's visit to a county
/// of its own city; a county that opens a report by what it put out; a slogan over a headline; a side list of headlines over the title; an unlabelled information block's number; a sharing site's copy number on a file's name; a phone edition's link and an image's file name over it; a page's date under its publisher and a bar, or alone over a newspaper's page label.
/// </summary>
public class LaterPageQuirkTests
{
    private static DocumentMetadata Read(string text) => TestDocuments.MetadataOfText(text);

    [Fact]
    public void A_city_s_news_that_names_only_its_province_is_placed_in_that_province_at_city_level()
    {
        var m = Read("全市质量强市工作推进会召开\n" +
                     "4月12日，全市质量强市工作推进会召开。会议传达了湖南省质量工作会议精神，总结了去年全市质量工作。\n" +
                     "会议指出，全市要对照湖南省质量强省建设要求，抓好质量提升行动，确保我市质量工作考核继续保持A级。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("湖南省", m.Province);
        Assert.Null(m.Region);
    }

    [Fact]
    public void A_city_s_news_that_names_another_province_as_often_as_its_own_leaves_the_province_unsaid()
    {
        var m = Read("全市质量强市工作推进会召开\n" +
                     "4月12日，全市质量强市工作推进会召开。会议传达了湖南省质量工作会议精神。\n" +
                     "会议指出，全市要学习浙江省质量强省建设经验，确保我市质量工作考核继续保持A级。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Null(m.Province);
    }

    [Fact]
    public void A_report_of_what_a_province_s_body_granted_one_county_is_the_county_s_news()
    {
        var m = Read("赞!海城市获批筹建省菱镁产业质量品牌提升示范区\n2022-05-12\n" +
                     "近日，辽宁省市场监管局批准海城市筹建“辽宁省菱镁产业质量品牌提升示范区”。获批筹建地区的企业将在品牌价值评价等方面获得支持。\n" +
                     "下一步，将围绕菱镁产业开展质量提升行动，推动产业向高端化发展。\n");
        Assert.Equal(Levels.County, m.Level);
        Assert.Equal("海城市", m.Region);
        Assert.Equal("鞍山市", m.Prefecture);
        Assert.Equal("辽宁省", m.Province);
    }

    [Fact]
    public void A_report_of_what_a_central_body_granted_two_cities_alike_is_neither_city_s()
    {
        var m = Read("全国质量强市示范城市名单公布\n" +
                     "记者从质检总局了解到，经城市申报、专家评审和现场验收，质检总局近日同意命名杭州市和青岛市为“全国质量强市示范城市”。\n");
        Assert.NotEqual("杭州市", m.Region);
        Assert.NotEqual("青岛市", m.Region);
    }

    [Fact]
    public void A_site_s_greeting_is_no_title_and_names_the_site_a_county_s_news_is_on()
    {
        var m = Read("欢迎进入巴中市市场监督管理局网站!\n" +
                     "9月19日上午，县城滨河广场人来人往。为宣传贯彻《质量强国建设纲要》，县质量强县工作领导小组办公室组织成员单位开展质量月宣传活动。\n" +
                     "现场，各单位摆出展板、设起咨询台。县市场监管局工作人员向群众讲解认证标志查询方法。\n" +
                     "我办下一步将把任务逐项分解到各成员单位，推动全县质量工作再上台阶。\n");
        Assert.Null(m.Title);
        Assert.Equal(Levels.County, m.Level);
        Assert.Equal("巴中市", m.Prefecture);
        Assert.Equal("四川省", m.Province);
    }

    [Fact]
    public void A_headline_with_stars_after_it_is_read_without_them()
    {
        var m = Read("青海打造三个省级平台 护航枸杞全链条提质******\n\n" +
                     "中新网西宁1月12日电 (韩晓 马林)青海省12日召开枸杞产业质量安全工作新闻发布会。会上透露，设在青海的国家枸杞产品质量检验检测中心已投入运行。\n" +
                     "发布会通报的数据显示，到2022年末，全省枸杞基地标准化率为76%。\n");
        Assert.Equal("青海打造三个省级平台护航枸杞全链条提质", m.Title?.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_opening_on_a_season_of_a_year_is_placed_by_the_body_that_acts()
    {
        var m = Read("2014年“质量月”期间，鄂尔多斯市质监局将围绕五个方面集中开展活动。一是组织质量承诺，动员获得内蒙古自治区主席质量奖的企业向社会作出质量承诺。" +
                     "二是举办业务技能竞赛。三是开展质量宣传活动。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("鄂尔多斯市", m.Region);
        Assert.Equal("内蒙古自治区", m.Province);
    }

    [Fact]
    public void A_headline_over_an_agency_s_dateline_on_the_next_line_is_not_run_into_the_lead()
    {
        var m = Read("青海打造三个省级平台 护航枸杞全链条提质\n" +
                     "中新网西宁1月12日电 (韩晓 马林)青海省12日召开枸杞产业质量安全工作新闻发布会。会上透露，设在青海的国家枸杞产品质量检验检测中心已投入运行。\n" +
                     "发布会通报的数据显示，到2022年末，全省枸杞基地标准化率为76%。\n");
        Assert.Equal("青海打造三个省级平台护航枸杞全链条提质", m.Title?.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_town_s_report_naming_its_county_once_is_at_county_level_in_that_county()
    {
        var m = Read("一、简介\n上庄镇地处绩溪县西北部，是县北部的商贸集镇。全镇现有茶园1.86万亩。\n" +
                     "二、主要做法\n（一）建机制。镇里成立质量强镇建设工作领导小组，由镇党委书记担任组长，配合县有关部门定期开展督查。\n");
        Assert.Equal(Levels.County, m.Level);
        Assert.Equal("绩溪县", m.Region);
        Assert.Equal("宣城市", m.Prefecture);
    }

    [Fact]
    public void A_city_body_s_visit_to_one_of_its_counties_is_the_city_s_news()
    {
        var m = Read("8月12日上午，江西省上饶市质监局党组书记、局长程立新带队到德兴市，先后走进两家企业开展调研，德兴市质监局局长陪同。\n" +
                     "在企业，程立新一行详细了解产品工艺和质量控制情况。随后与德兴市政府主要负责人座谈，德兴市将进一步加强质量工作。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("上饶市", m.Region);
    }

    [Fact]
    public void A_publisher_a_bar_and_a_date_under_the_title_date_the_page()
    {
        var m = Read("查政策, 看申报, 就来政通宝 !\n\n青禾省质量强省工作领导小组办公室关于开展第七届青禾省省长质量奖评选表彰活动的通知\n\n" +
                     "青禾省市场监督管理局 | 2025-04-08\n各省辖市质量强市工作领导小组办公室：\n现就开展第七届省长质量奖评选表彰活动有关事项通知如下。\n");
        Assert.Equal("2025-04-08", m.Published);
        Assert.Null(m.Date);
    }

    [Fact]
    public void A_date_alone_over_a_newspaper_s_page_label_dates_the_page()
    {
        var m = Read("2018年02月09日\n第06版:国内新闻\n\n农业部部署开展“农业质量年”行动\n\n" +
                     "据新华社南宁2月8日电(记者 方禾)记者从农业部获悉，2018年被确定为“农业质量年”。8日，全国农业质量年工作会议在南宁召开。\n");
        Assert.Equal("2018-02-09", m.Published);
    }

    [Theory]
    [InlineData("追求“有品质的增长”\n\n广西加快实施质量强桂战略", "广西加快实施质量强桂战略")]
    [InlineData("抓住关键点 打通服务链\n\n宁夏推进“三项行动”赋能高质量发展", "宁夏推进“三项行动”赋能高质量发展")]
    public void A_slogan_over_a_headline_that_names_its_place_is_no_part_of_it(string head, string title)
    {
        var m = Read(head + "\n\n本报讯 近日，全区召开质量工作推进会，部署今年质量提升重点任务。会议要求各地各部门抓好落实。\n");
        Assert.Equal(title.Replace(" ", string.Empty, StringComparison.Ordinal), m.Title?.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("搜索\n水母网手机版移动继续看新闻\n\n烟台举行2022年“质量月”主题活动 发布三大榜单\n\n")]
    [InlineData("mmexport1688301422715_副本.jpg\n烟台举行2022年“质量月”主题活动 发布三大榜单\n2023-07-04 09:36:00  来源:烟台日报\n\n")]
    public void A_phone_edition_s_link_or_an_image_s_file_name_over_a_headline_is_no_part_of_it(string head)
    {
        var m = Read(head + "9月27日上午，烟台市2022年“质量月”主题活动在黄渤海新区举行。活动发布了三大榜单。\n");
        Assert.Equal("烟台举行2022年“质量月”主题活动发布三大榜单", m.Title?.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_sharing_site_s_copy_number_on_the_file_s_name_is_no_part_of_the_title()
    {
        var m = Read("青禾质量奖评审规则_1.docx\n\n上传人:李*** 文档编号:81536207 上传时间:2023-03-08 格式:DOCX 页数:4\n" +
                     "青禾质量奖评审规则_1.docx_第1页\n第1页 / 共4页\n\n第一条 为规范青禾质量奖评审工作，制定本规则。\n第二条 评审工作坚持科学、公正、公开的原则。\n");
        Assert.Equal("青禾质量奖评审规则", m.Title);
    }

    [Fact]
    public void A_number_in_an_unlabelled_information_block_over_the_title_printed_again_is_the_document_s()
    {
        var m = Read("014164590/2022-00071 市场监管;政府办公室文件; 通知\n常熟市人民政府\n2022-05-27\n" +
                     "市政府办公室关于印发《2022年常熟市质量强市工作要点》的通知\n有效\n常政办〔2022〕58号\n\n" +
                     "市政府办公室关于印发《2022年常熟市质量强市工作要点》的通知\n\n各镇人民政府，各街道办事处，市各委办局：\n" +
                     "《2022年常熟市质量强市工作要点》已经市政府常务会议研究同意，现印发给你们，请认真抓好落实。\n常熟市人民政府办公室\n2022年5月27日\n");
        Assert.Equal("常政办〔2022〕58号", m.DocNumber);
    }

    [Fact]
    public void A_side_list_of_a_site_s_headlines_run_together_over_the_title_is_no_part_of_it()
    {
        var m = Read("青禾产业投资控股集团有限公司\n" +
                     "   集团公司组织干部职工赴红色教育基地开展主题党日活动\n   集团产投公司完成首期5亿元中期票据发行\n   集团纪委召开警示教育大会\n政策法规\n" +
                     "十堰市实施质量强市战略暨质量提升2018年度行动计划\n发布人:青禾产业投资控股集团有限公司  发布时间:2018-08-03 09:42:10  浏览\n\n" +
                     "十政办发〔2018〕47号\n\n各县市区人民政府，市政府各部门：\n经市人民政府同意，现将《十堰市实施质量强市战略暨质量提升2018年度行动计划》印发给你们，请认真组织实施。\n");
        Assert.Equal("十堰市实施质量强市战略暨质量提升2018年度行动计划", m.Title);
    }

    [Fact]
    public void A_county_that_opens_a_report_by_what_it_put_out_is_the_report_s_place()
    {
        var m = Read("浙江浦江县近期推出新一轮工业扶持政策，其中规定：企业主导制定国际标准、国家标准的，分别给予30万元、15万元的奖励。\n" +
                     "名牌方面，获评市级名牌产品的企业今后每个产品可得3万元奖励。(何丽君)\n");
        Assert.Equal(Levels.County, m.Level);
        Assert.Equal("浦江县", m.Region);
        Assert.Equal("金华市", m.Prefecture);
    }

    [Fact]
    public void A_city_named_a_province_s_advanced_unit_at_the_province_s_meeting_is_the_city_s_news()
    {
        var m = Read("张掖在线-张掖都市报讯【记者 沈立新】 在日前召开的全省质量工作会议上，张掖市人民政府被评为“全省质量工作先进单位”。\n" +
                     "记者了解到，去年市政府围绕质量振兴接连出台了两份文件，把质量目标分解到各县区和市直部门。一年下来，全市质量工作有了新的起色。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("张掖市", m.Region);
    }

    [Fact]
    public void A_channel_s_name_over_a_headline_of_a_province_s_event_in_a_city_leaves_the_province_s_headline()
    {
        var m = Read("商贸频道即时要闻\n\n山西省“5·20世界计量日”系列活动在太原启动\n\n2023-05-19 10:26:41 来源:晋商新闻网\n\n" +
                     "晋商新闻网讯(贺一鸣)5月19日，由山西省市场监管局、太原市市场监管局和太原市小店区人民政府联合主办的系列活动启动仪式在小店区一处商业广场举行。\n" +
                     "小店区有关负责人介绍，全区将持续开展计量服务进企业活动。\n");
        Assert.Equal("山西省“5·20世界计量日”系列活动在太原启动", m.Title);
        Assert.Equal(Levels.Province, m.Level);
        Assert.Equal("山西省", m.Region);
    }

    [Fact]
    public void A_city_s_award_news_is_the_city_s_though_its_headline_lists_a_province_s_award_and_it_ranks_in_the_province()
    {
        var m = Read("长沙企业获得2021中国质量奖提名奖、湖南省省长质量奖企业名单汇总\n\n2021-09-17 18:52:40 i长沙\n\n" +
                     "第四届中国质量奖的结果正式公布。长沙又有2家企业上榜。长沙市市长质量奖从第一届评到现在已经是第8届。\n" +
                     "长沙市获奖企业数量居前(*全省市州排名第一)。长沙市市场监管局表示，长沙市将继续推进质量强市建设。长沙市还将组织获奖企业开展经验交流。\n" +
                     "湖南省省长质量奖名单中，长沙市企业占三席(*全省市州排名第一)。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("长沙市", m.Region);
    }

    [Fact]
    public void A_body_the_opening_times_as_it_acts_places_the_report()
    {
        var m = Read("针对2012年国家监督抽查中本地企业暴露出的产品质量问题，贵州六盘水市质监局日前把相关不合格企业的负责人请到局里集中约谈。\n" +
                     "该局有关负责人介绍，进入2013年，他们将把约谈作为一项常态制度来抓。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("六盘水市", m.Region);
    }

    [Fact]
    public void A_table_of_results_by_four_counties_of_one_city_is_that_city_s()
    {
        var m = Read("二、抽查结果分析\n（一）按区域分布\n广安区 12批次 合格11批次\n前锋区 8批次 合格8批次\n岳池县 10批次 合格9批次\n" +
                     "武胜县 9批次 合格9批次\n邻水县 11批次 合格10批次\n华蓥市 6批次 合格6批次\n不合格项目主要集中在标识标注方面。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("广安市", m.Region);
    }

    [Fact]
    public void A_city_s_text_that_writes_its_short_name_twice_is_that_city_s()
    {
        var m = Read("为进一步增强全社会质量意识，市市场监管局联合市经济和信息化局等质量强市成员单位，在全市组织开展2021年“质量月”活动，" +
                     "全面提升达州制造、达州服务的品质和口碑。\n活动主要围绕五个方面推进。一是抓好质量宣传教育。二是开展质量提升行动。\n");
        Assert.Equal(Levels.Prefecture, m.Level);
        Assert.Equal("达州市", m.Region);
        Assert.Equal("四川省", m.Province);
    }

    [Fact]
    public void An_e_paper_s_issue_line_dates_the_page()
    {
        var m = Read("第05版 上一期 下一期\n第33期:第05版 本期出版日期:2018-09-06\n\n昆山市监局应邀参加长三角质量发展一体化活动\n\n" +
                     "日前，昆山市市场监管局副局长带领质量科工作人员应邀赴上海参加质量交流活动，共同商议合作事项。\n");
        Assert.Equal("2018-09-06", m.Published);
        Assert.Null(m.Date);
    }

    [Fact]
    public void A_spam_page_s_keyword_title_between_hyphens_over_the_headline_is_no_part_of_it()
    {
        var m = Read("某某影院-某某影院网-某某电影-某某电影网-某某99欧美-某某99青青某某99\n\n" +
                     "全球热点评!市场监管总局发布2022年产品质量国家监督抽查情况\n\n" +
                     "近日，市场监管总局发布2022年产品质量国家监督抽查情况通报，共抽查1.1万家企业生产的1.2万批次产品。\n");
        Assert.Equal("全球热点评!市场监管总局发布2022年产品质量国家监督抽查情况", m.Title);
    }

    [Theory]
    [InlineData("中国质量奖评审表彰委员会关于首届中国质量奖的授奖决定", Levels.National)]
    [InlineData("中国共产党青海省委员会关于加快建设质量强省的决定", Levels.Province)]
    public void A_committee_named_for_the_whole_country_is_national_and_a_party_committee_is_its_province_s(string title, string level)
    {
        var m = Read(title + "\n\n2013年12月17日 15:01    信息来源:质量网\n\n" +
                     "为全面落实把推动发展的立足点转到提高质量和效益上来的要求，现作出如下决定。\n对获奖组织予以表彰。\n");
        Assert.Equal(level, m.Level);
    }
}

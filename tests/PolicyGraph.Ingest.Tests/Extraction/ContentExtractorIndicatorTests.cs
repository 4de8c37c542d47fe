using System.Text;
using PolicyGraph.Core.Regions;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Indicators in a whole document: the context a clause's figures are read in (its section, its lead, the target
/// table it belongs to, the year its section opens with). The documents are written here, in the layouts of
/// domain.md §11 L14; examples checked whole (every indicator a document gives) are files, in Extraction/Data
/// (<see cref="ExtractionCaseTests"/>).
/// </summary>
public class ContentExtractorIndicatorTests
{
    private static readonly DocumentBuilder Builder = new(new DocumentReaders(ReaderLimits.Default), Gazetteer.Instance, facets: null);

    private static List<string> Indicators(string text, string source = "inline.txt") =>
        Builder.Build(source, "inline", Encoding.UTF8.GetBytes(text)).Indicators
            .Select(i => $"{i.Name} {i.Comparator} {i.Value}{i.Unit} {i.Year} {i.Kind}").ToList();

    private const string FiveYearPlan = """
        青禾市人民政府关于印发青禾市“十四五”质量发展规划的通知
        青政发〔2021〕15号
        各区县人民政府，市政府各部门：
        现将《青禾市“十四五”质量发展规划》印发给你们，请认真贯彻执行。
        青禾市人民政府
        2021年9月6日

        青禾市“十四五”质量发展规划
        一、发展基础
        全市质量总体水平稳步提升，制造业产品质量合格率达到92.7%，新增省级名牌产品24个，建设工程竣工验收合格率保持100%。
        二、发展目标
        到2025年，全市质量总体水平显著提升，质量强市建设取得明显成效。
        （一）产品质量。制造业产品质量合格率达到94%以上，食品评价性抽检合格率稳定在98%以上。
        （二）质量基础。新增社会公用计量标准10项，有效注册商标总量年均增长9%左右。
        “十四五”质量发展主要指标
        | 类别 | 指标 | 2020年基期值 | 2025年目标值 | 属性 |
        |---|---|---|---|---|
        | 服务质量 | 公共服务质量满意度 | 78.2 | ≥81 | 预期性 |
        | 品牌建设 | 省级名牌产品（个） | 56 | 80 | 预期性 |
        | 工程质量 | 建设工程竣工验收合格率（%） | 100 | 100 | 约束性 |
        三、保障措施
        市质量发展工作领导小组统筹推进规划实施，领导小组办公室设在市市场监管局。
        """;

    [Fact]
    public void A_review_section_states_no_targets_and_the_goal_section_does()
    {
        var found = Indicators(FiveYearPlan);
        Assert.DoesNotContain(found, f => f.Contains("92.7", StringComparison.Ordinal) || f.Contains(" 24个", StringComparison.Ordinal));
        Assert.Contains("制造业产品质量合格率 >= 94% 2025 level", found);
        Assert.Contains("食品评价性抽检合格率 >= 98% 2025 level", found);
        Assert.Contains("社会公用计量标准 = 10项 2025 change", found);
        Assert.Contains("有效注册商标总量 = 9% 2025 growth", found);
    }

    [Fact]
    public void A_target_table_states_its_target_column_and_not_its_base_year()
    {
        var found = Indicators(FiveYearPlan);
        Assert.Contains("公共服务质量满意度 >= 81 2025 level", found);
        Assert.Contains("省级名牌产品 = 80个 2025 level", found);
        Assert.Contains("建设工程竣工验收合格率 = 100% 2025 level", found);
        Assert.DoesNotContain(found, f => f.Contains("78.2", StringComparison.Ordinal) || f.Contains(" 56个", StringComparison.Ordinal));
    }

    [Fact]
    public void Items_take_the_year_of_the_nearest_opening_before_them()
    {
        var found = Indicators("""
            沧河省人民政府关于加快推进质量强省建设的意见
            沧政发〔2014〕8号
            一、总体目标
            到2017年，全省质量工作体系基本健全，工业产品质量国家监督抽查合格率达到92%以上。
            到2020年，质量强省建设取得显著成效，主要目标是：
            （一）产品质量。工业产品质量国家监督抽查合格率达到95%以上。
            （二）服务质量。重点服务行业顾客满意度指数达到80以上。
            二、保障措施
            各地要建立质量工作考核制度。
            """);
        Assert.Contains("工业产品质量国家监督抽查合格率 >= 92% 2017 level", found);
        Assert.Contains("工业产品质量国家监督抽查合格率 >= 95% 2020 level", found);
        Assert.Contains("重点服务行业顾客满意度指数 >= 80 2020 level", found);
    }

    /// <summary>
    /// A news item that opens on a meeting held on the day it names (今天上午，…举行新闻发布会) reports what was said there,
    /// and a leader's speech at a meeting (…推进会讲话, without 上的) retells the year's work: neither sets targets.
    /// </summary>
    [Fact]
    public void A_press_conference_s_news_and_a_speech_at_a_meeting_state_no_targets_of_their_own()
    {
        var press = Indicators("""
            青禾总局：认证认可检验检测服务能力持续提升

            今天（3月21日）上午，青禾新闻办公室举行新闻发布会，青禾总局有关负责人介绍有关情况。
            截至2023年底，获证组织超过95万家，全国共有检验检测机构5.4万家。
            下一步，力争年内新建“一站式”服务站点1000个。
            """);
        Assert.Empty(press);
        var speech = Indicators("""
            区长在质量奖表彰暨卓越绩效推进会讲话

            同志们：
            今天，我们在这里召开区政府质量奖表彰大会，经过评审，3家企业最终获奖。
            今年全区要新增导入卓越绩效管理模式企业20家以上，力争到年底规模以上工业企业产品质量监督抽查合格率稳定在93%以上。
            """);
        Assert.Empty(speech);
    }

    /// <summary>
    /// A circular of results: the items an opening introduces (2022年，…呈现以下特点：) report as it does; the closing
    /// requirements opening on the present year set that year's targets.
    /// </summary>
    [Fact]
    public void Numbered_items_speak_in_the_voice_of_the_opening_that_introduces_them()
    {
        var found = Indicators("""
            青禾市质量工作领导小组办公室关于2022年度质量工作考核结果的通报
            青质办发〔2023〕5号

            一、总体情况
            2022年，全市质量工作稳步推进，呈现以下特点：
            （一）质量安全形势稳定。全市产品质量监督抽查合格率为93.2%，食品抽检合格率为98.1%。
            （二）品牌建设取得进展。全年新增省级名牌产品7个，制定地方标准9项。
            二、下一步工作要求
            2023年，各区县要确保产品质量监督抽查合格率达到94%以上，新增省级名牌产品5个以上。
            """);
        Assert.Equal(["产品质量监督抽查合格率 >= 94% 2023 level", "省级名牌产品 >= 5个 2023 change"], found.Select(f => f.Replace("各区县要确保", "", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Target tables as pages copy them, on a page whose paragraphs are apart: cells between tabs with a 单位 column, a
    /// pipe table whose 注 marks five-year cumulative figures in brackets, and cells aligned with wide spaces; rows that
    /// add (新增…) or reduce (…累计下降) are changes, a reduction negative.
    /// </summary>
    [Theory]
    [InlineData("\t")]
    [InlineData(" | ")]
    [InlineData("　　　")]
    public void A_copied_target_table_states_its_targets_and_their_kinds(string separator)
    {
        string Row(params string[] cells) => string.Join(separator, cells);
        var found = Indicators($"""
            青禾区质量强区建设三年行动方案（2023—2025年）

            一、主要目标

            到2025年，全区质量总体水平稳步提升，具体目标见下表。

            {Row("序号", "指标名称", "单位", "2022年基期值", "2025年目标值", "属性")}
            {Row("1", "制造业产品质量合格率", "%", "94.1", "≥95.5", "预期性")}
            {Row("2", "游客满意度", "分", "82", "≥85", "预期性")}
            {Row("3", "新增省知名品牌", "个", "—", "5", "预期性")}
            {Row("4", "有效注册商标总量", "万件", "1.6", "[2.2]", "预期性")}
            {Row("5", "单位地区生产总值能耗累计下降", "%", "—", "13", "约束性")}

            注：[ ]内为三年累计数。

            二、保障措施

            区政府成立质量强区工作领导小组。
            """);
        Assert.Equal([
            "制造业产品质量合格率 >= 95.5% 2025 level",
            "游客满意度 >= 85分 2025 level",
            "省知名品牌 = 5个 2025 change",
            "有效注册商标总量 = 2.2万件 2025 change",
            "单位地区生产总值能耗累计下降 = -13% 2025 change"], found);
    }

    /// <summary>
    /// A Word plan's target table: each row's cells are read as one row (a merged category cell spanning two columns
    /// keeps the columns in step), while a table of tasks stays paragraphs whose figures are read as text.
    /// </summary>
    [Fact]
    public void A_word_target_table_is_read_by_its_header()
    {
        static string P(string text) => Hostile.DocxPackage.Paragraph(text);
        static string Cell(string text, int span = 1) =>
            $"<w:tc>{(span > 1 ? $"<w:tcPr><w:gridSpan w:val=\"{span}\"/></w:tcPr>" : "")}{P(text)}</w:tc>";
        static string Row(params string[] cells) => $"<w:tr>{string.Concat(cells)}</w:tr>";
        var body = string.Concat(
            P("青禾市“十四五”质量发展规划"),
            P("一、发展目标"),
            P("到2025年，全市质量总体水平显著提升。"),
            "<w:tbl>",
            Row(Cell("类别"), Cell("指标"), Cell("2020年基期值"), Cell("2025年目标值"), Cell("属性")),
            Row(Cell("产品质量"), Cell("制造业产品质量合格率（%）"), Cell("93.2"), Cell("≥94.5"), Cell("预期性")),
            Row(Cell("质量基础合计", span: 2), Cell("41"), Cell("70"), Cell("预期性")),
            Row(Cell("品牌建设"), Cell("新增省级名牌产品（个）"), Cell("—"), Cell("20"), Cell("预期性")),
            "</w:tbl>",
            P("二、主要任务"),
            "<w:tbl>",
            Row(Cell("序号"), Cell("任务"), Cell("责任单位")),
            Row(Cell("1"), Cell("食品评价性抽检合格率稳定在98%以上。"), Cell("市市场监管局")),
            "</w:tbl>");
        var found = Builder.Build("inline.docx", "inline", Hostile.DocxPackage.Build(Hostile.DocxPackage.Document(body))).Indicators
            .Select(i => $"{i.Name} {i.Comparator} {i.Value}{i.Unit} {i.Year} {i.Kind}").ToList();
        Assert.Equal([
            "制造业产品质量合格率 >= 94.5% 2025 level",
            "省级名牌产品 = 20个 2025 change",
            "食品评价性抽检合格率 >= 98% 2025 level"], found);
    }

    [Theory]
    [InlineData("市场监管总局：质量强国建设纲要实施一年来 质量总体水平稳步提升")]
    [InlineData("全区质量强区建设大会召开 以质取胜擦亮质量名片")]
    public void A_review_or_a_meeting_s_news_restates_and_sets_no_targets(string headline)
    {
        var found = Indicators(headline.Replace(" ", "\n\n") + "\n\n本报讯 会议指出，要对照《质量强区建设实施方案》确定的目标，到2027年新增“浙江制造”标准30项、培育区级以上质量标杆企业20家。全国公共服务质量满意度为81.2分，较上年提高0.8分。\n");
        Assert.Empty(found);
    }

    [Fact]
    public void The_top_of_a_range_of_a_procedure_s_counts_is_no_target_nor_is_a_list_s_public_notice()
    {
        Assert.Empty(Indicators("关于开展质量强县示范培育工作的通知\n各省级市场监管部门组织县级人民政府自愿申报，择优推荐2—3个，于2022年11月30日前报送。\n"));
        Assert.Empty(Indicators("2023年度河南省质量强县(市、区)拟认定名单公示\n\n根据方案，到2025年底累计培育24个以上，入选县(市、区)制造业产品质量合格率均在94%以上。\n"));
    }

    [Fact]
    public void A_news_item_that_issues_nothing_retells_and_sets_no_targets()
    {
        Assert.Empty(Indicators("青禾省全面启动质量兴省战略\n\n本报讯（记者 孙立新）8月6日，青禾省政府召开常务会议，审议并原则通过了《青禾省人民政府关于实施质量兴省战略的意见》。\n\n" +
                                "《意见》围绕老工业基地全面振兴，提出了两个阶段的目标：到2012年，全省产品质量国家监督抽查合格率达到90%以上；到2015年，中国名牌产品达到120个。\n"));
        Assert.Empty(Indicators("市2020年质量强市工作推进会要求凝心聚力 加快建设质量强市\n\n会议要求，确保到2020年底全市制造业产品质量合格率达到93%以上。\n"));
        // Headlined as news, not as a policy, over a plan it tells of in the third person.
        Assert.Empty(Indicators("青禾市将创建全国质量强市示范城市\n\n导读:“到2016年底，青禾产品质量明显提升，国家监督抽查合格率达到91%以上。”\n\n" +
                                "  “到2016年底，青禾产品质量明显提升，国家监督抽查合格率达到91%以上。”这是市政府办公室日前印发的《青禾市创建全国质量强市示范城市工作方案》中提出的目标。\n\n" +
                                "  《方案》明确，到2016年底，全市质量总体水平明显提高。具体目标为：大中型工程一次验收合格率达100%，农产品例行监测合格率达97%以上。\n"));
        // A study piece with no title that retells what a document set, however far the sentence runs before it says so, or
        // after a part's heading run into it; and a report that sets a year's aims by a plan it names.
        Assert.Empty(Indicators("导语：认真学习《青禾质量纲要》，对行业高质量发展意义重大。\n" +
                                "一、形势背景 我国质量事业取得长足进步。 （二）主要目标 《纲要》提出，到2025年，质量整体水平进一步提高。其中，青禾质量竞争力指数达到86。\n"));
        Assert.Empty(Indicators("《纲要》从质量工作的现有基础出发，对接发展需要，设定了两步走的目标：第一步到2025年，青禾产品质量合格率要达到95%。\n"));
        Assert.Empty(Indicators("以质取胜 擦亮青禾品牌\n\n本报记者 韩晓雯\n\n按照《青禾市人民政府关于深入实施质量兴市战略的意见》，今后一个时期，我市将围绕四个方面答好质量“四道题”。" +
                                "第一道是“增量题”：到2015年，全市名牌产品达到120个以上，中国驰名商标达到25件。\n"));
        Assert.Empty(Indicators("2025-06-21 09:42:17 0次\n青禾省质量技术监督系统共有检验机构120家。根据今年印发的《青禾省制造业质量提升行动方案(2025—2027年)》，到2027年全省要培育质量标杆企业60家。\n"));
    }

    [Fact]
    public void Money_a_measure_gives_is_no_target_and_what_a_plan_set_as_a_noun_restates_nothing()
    {
        var found = Indicators("""
            青禾县人民政府关于实施质量兴县战略的意见

            一、总体目标
            到2018年底，《青禾县质量强县建设三年行动计划（2016—2018年）》确定的目标任务全面完成。到2020年，全县制造业产品质量合格率达到93.5%以上。
            二、保障措施
            对新获中国名牌产品的企业奖励10万元。县财政每年安排质量兴县专项资金20万元。
            """);
        Assert.Equal(["制造业产品质量合格率 >= 93.5% 2020 level"], found);
    }

    [Fact]
    public void News_that_a_body_recently_issued_a_document_retells_its_targets()
    {
        Assert.Empty(Indicators("青禾市启动“质量兴镇”试点工作\n\n为推动质量工作向基层延伸，近日，青禾市质量兴市工作领导小组印发《关于开展“质量兴镇”试点工作的通知》，决定在全市选择12个乡镇开展试点。\n\n" +
                                "通知要求，到2012年底试点乡镇产品质量抽查合格率达到90%以上。\n"));
    }

    [Fact]
    public void A_page_without_title_or_issuer_that_speaks_of_a_document_in_the_third_person_reports_its_targets()
    {
        const string Report = "根据《实施意见》：到2025年，初步建成现代先进测量体系，计量监管数字化水平逐步提升。\n"
            + "到2030年，新建和改造社会公用计量标准超过50项，培育诚信计量示范单位800家。\n"
            + "《实施意见》提出了四项重点任务，包括夯实计量基础能力、创新计量监管等。\n";
        Assert.Empty(Indicators(Report));
        // The same targets in a page that sets them itself are targets.
        Assert.Equal(["改造社会公用计量标准 > 50项 2030 change", "诚信计量示范单位 = 800家 2030 level"],
            Indicators("到2030年，新建和改造社会公用计量标准超过50项，培育诚信计量示范单位800家。\n"));
    }
}

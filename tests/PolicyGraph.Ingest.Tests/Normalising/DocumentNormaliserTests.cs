using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Normalising;

public class DocumentNormaliserTests
{
    [Fact]
    public void Rejoins_lines_broken_in_the_middle_of_words_and_names()
    {
        var doc = TestDocuments.Normalised(RepositoryFiles.CorpusFile("004"));
        var first = doc.Paragraphs.Single(p => p.Text.StartsWith("(一)開展質量對標提升行動", StringComparison.Ordinal));
        Assert.Contains("以行業標準、國家標準、國際標準和國內外先進標準為參照,開展質量對標提升行動。", first.Text, StringComparison.Ordinal);
        Assert.EndsWith("省國防科工辦按職責分工負責)", first.Text, StringComparison.Ordinal);
        var preamble = doc.Paragraphs[0];
        Assert.Contains("和《四川省人民政府關於加快建設質量強省的實施意見》", preamble.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Paragraphs, p => p.Text.StartsWith("(三)加強質量品牌創建。", StringComparison.Ordinal));
        Assert.Contains(doc.Paragraphs, p => p.Text.Contains("省工商局、省質監局、省食品藥品監管局、省安全監管局", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_heading_lines_apart_from_the_paragraphs_that_follow_them()
    {
        var doc = TestDocuments.Normalised(RepositoryFiles.CorpusFile("003"));
        Assert.Contains(doc.Paragraphs, p => p.Text == "一、总体要求");
        Assert.Contains(doc.Paragraphs, p => p.Text == "怀政发〔2023〕29号");
        Assert.Contains(doc.Paragraphs, p => p.Text == "2023年6月22日");
        Assert.Contains(doc.Paragraphs, p => p.Text == "全面推进质量强市建设实施方案");
        // A clause that names 适老化 among its tasks is policy text, not an accessibility switch.
        Assert.Contains(doc.Paragraphs, p => p.Text.StartsWith("(六)提升公共服务质量效率。", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejoins_a_title_broken_across_lines()
    {
        var doc = TestDocuments.Normalised(RepositoryFiles.CorpusFile("000"));
        Assert.Equal("呼和浩特市人民政府关于加快推进质量强市建设的实施意见", doc.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Drops_page_chrome(string prefix)
    {
        var doc = TestDocuments.Normalised(RepositoryFiles.CorpusFile(prefix));
        foreach (var chrome in new[] { "当前位置", "字体", "打印", "索引号", "索 引 号", "来源:", "生成日期", "此件公开发布" })
        {
            Assert.DoesNotContain(doc.Paragraphs, p => p.Text.Contains(chrome, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Keeps_what_the_chrome_says_as_fields()
    {
        var d001 = TestDocuments.Normalised(RepositoryFiles.CorpusFile("001"));
        Assert.Equal("山西省人民政府网", d001.Fields["来源"]);
        Assert.Equal("2013-08-29", d001.Fields["时间"]);
        var d002 = TestDocuments.Normalised(RepositoryFiles.CorpusFile("002"));
        Assert.Equal("贵政办〔2018〕22号", d002.Fields["文号"]);
        Assert.Equal("贵池区人民政府(办公室)", d002.Fields["发布机构"]);
        Assert.Equal("2018-05-22", d002.Fields["生成日期"]);
        Assert.Equal("032847231/201806-00475", d002.Fields["索引号"]);
    }

    [Fact]
    public void Keeps_the_original_whole_and_maps_each_paragraph_into_it()
    {
        var path = RepositoryFiles.CorpusFile("004");
        var doc = TestDocuments.Normalised(path);
        Assert.Equal(File.ReadAllText(path), doc.Original);
        foreach (var p in doc.Paragraphs)
        {
            var original = doc.Original[p.SourceStart..p.SourceEnd];
            Assert.Equal(p.Text, original.Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Search_views_are_Simplified_for_a_Traditional_document()
    {
        var doc = TestDocuments.Normalised(RepositoryFiles.CorpusFile("004"));
        Assert.True(doc.Traditional);
        var statistics = doc.Paragraphs.Single(p => p.Text.StartsWith("(十二)", StringComparison.Ordinal));
        Assert.Contains("宏观质量统计工作", statistics.SearchText, StringComparison.Ordinal);
        Assert.Contains("巨觀質量統計工作", statistics.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Joins_hard_wrapped_lines_but_not_separate_paragraphs()
    {
        const string text = "一、主要任务\n(一)加强质量\n品牌创建。深化推进品牌培育,以行业标准、\n国家标准为参照。\n(二)提升服务质量。建立健全标准体系。\n";
        var doc = TestDocuments.NormalisedText(text);
        Assert.Equal(["一、主要任务", "(一)加强质量品牌创建。深化推进品牌培育,以行业标准、国家标准为参照。", "(二)提升服务质量。建立健全标准体系。"],
            doc.Paragraphs.Select(p => p.Text));
    }

    /// <summary>
    /// A target table copied as text (pipes, tabs, or cells between wide spaces) on a page whose paragraphs are apart:
    /// its header and short rows look like a navigation bar and its rows end without a stop, yet every row is kept, a
    /// paragraph of its own, with the tabs that separate its cells.
    /// </summary>
    [Theory]
    [InlineData(" | ", "| ", " |")]
    [InlineData("\t", "", "")]
    [InlineData("　　", "", "")]
    public void A_copied_table_keeps_every_row_as_a_paragraph_of_its_own(string separator, string open, string close)
    {
        string Row(params string[] cells) => open + string.Join(separator, cells) + close;
        var rows = new[]
        {
            Row("类别", "指标", "2020年基期值", "2025年目标值", "属性"),
            Row("服务质量", "公共服务质量满意度", "78.5", "≥82", "预期性"),
            Row("品牌建设", "省级名牌产品（个）", "41", "≥70", "预期性"),
            Row("产品质量", "制造业产品质量合格率（%）", "93.2", "≥94.5", "预期性"),
        };
        var text = "二、发展目标\n\n到2025年，质量总体水平显著提升。\n\n" + string.Join("\n", rows) + "\n\n三、保障措施\n\n加强组织领导。\n";
        var doc = TestDocuments.NormalisedText(text);
        Assert.Equal(["二、发展目标", "到2025年，质量总体水平显著提升。", .. rows, "三、保障措施", "加强组织领导。"], doc.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_navigation_bar_is_still_chrome()
    {
        var doc = TestDocuments.NormalisedText("首页 | 政务公开 | 政务服务 | 互动交流\n上一页 | 1 | 2 | 3 | 下一页\n青禾市质量强市建设实施方案\n");
        Assert.Equal(["青禾市质量强市建设实施方案"], doc.Paragraphs.Select(p => p.Text));
        Assert.Equal(["青禾市质量强市建设实施方案"], TestDocuments.NormalisedText("上一版  下一版\n\n青禾市质量强市建设实施方案\n").Paragraphs.Select(p => p.Text));
    }

    /// <summary>A table copied as a bulleted list, each label over a blank line and its value (some values empty).</summary>
    [Fact]
    public void A_bulleted_table_s_labels_take_the_values_under_them()
    {
        var doc = TestDocuments.NormalisedText("""
              • 来源:

              • 发文字号:

                青政办发〔2021〕36号
              • 发文日期:

                2021年08月09日 10:21
              • 有效性:

              • 发布日期:

                2021年08月09日 10:15

            青禾县人民政府办公室关于印发青禾县质量提升行动方案的通知
            """);
        Assert.Equal("青政办发〔2021〕36号", doc.Fields["发文字号"]);
        Assert.Equal("2021年08月09日 10:21", doc.Fields["发文日期"]);
        Assert.Equal("2021年08月09日 10:15", doc.Fields["发布日期"]);
        Assert.Equal(["青禾县人民政府办公室关于印发青禾县质量提升行动方案的通知"], doc.Paragraphs.Select(p => p.Text));
    }

    /// <summary>A site's scrolling notice bar, copied as text or read from its &lt;marquee&gt;, names other pages' titles.</summary>
    [Fact]
    public void A_scrolling_notice_bar_is_chrome_in_text_and_in_a_page()
    {
        const string Ticker = "【通知】关于开展2025年度青禾市市长质量奖申报工作的通知 | 【公告】第一季度食品安全监督抽检信息公告 | 【提示】消费维权热线12315";
        var doc = TestDocuments.NormalisedText($"{Ticker}\n\n青禾市质量强市建设实施方案\n\n【通知】关于开展质量月活动的通知\n");
        Assert.Equal(["青禾市质量强市建设实施方案", "【通知】关于开展质量月活动的通知"], doc.Paragraphs.Select(p => p.Text));
        var page = new PolicyGraph.Ingest.Reading.HtmlReader().Read(System.Text.Encoding.UTF8.GetBytes(
            $"<html><body><div class=\"scroll\"><marquee>{Ticker}</marquee></div><h1>青禾市质量强市建设实施方案</h1></body></html>"), PolicyGraph.Ingest.Reading.ReaderLimits.Default);
        Assert.DoesNotContain("市长质量奖", page.Text, StringComparison.Ordinal);
        Assert.Contains("青禾市质量强市建设实施方案", page.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A chrome word a sentence happens to use (…可以拨打热线电话…。) keeps its paragraph; a site's summary box that opens on
    /// its label (核心提示:…。) is chrome however long.
    /// </summary>
    [Fact]
    public void A_chrome_word_inside_sentences_keeps_the_paragraph_but_a_summary_label_does_not()
    {
        const string Prose = "工程质量关系群众切身利益,柳溪县住房和城乡建设局搭建起多渠道的质量投诉受理体系,群众可以通过网站留言、热线电话和窗口受理三种方式反映问题,做到件件有回应。";
        var doc = TestDocuments.NormalisedText($"{Prose}\n\n核心提示:柳溪县住建局把网站留言、热线电话和窗口受理连成一体,形成从受理到回访的闭环,确保群众反映的问题件件有着落。\n");
        Assert.Equal([Prose], doc.Paragraphs.Select(p => p.Text));
    }

    /// <summary>A page's date with its publisher and its view count glued on (2021-07-23 某省市场监督管理局715) is the page's date, no text.</summary>
    [Fact]
    public void A_date_line_with_views_glued_to_the_publisher_is_the_page_s_date()
    {
        var doc = TestDocuments.NormalisedText("青禾市市场监管局多措并举守护产品质量安全\n\n   2021-07-23 青禾省市场监督管理局715\n\n今年以来，青禾市市场监管局在抽查检验和专项整治上同步发力。\n");
        Assert.Equal(["青禾市市场监管局多措并举守护产品质量安全", "今年以来，青禾市市场监管局在抽查检验和专项整治上同步发力。"], doc.Paragraphs.Select(p => p.Text));
        Assert.Equal("2021-07-23", doc.Fields["页面日期"]);
    }

    /// <summary>The headline right over its article-info line stands alone, never joined to the menu words run into the line above it.</summary>
    [Fact]
    public void A_headline_over_its_info_line_is_a_paragraph_of_its_own()
    {
        var doc = TestDocuments.NormalisedText("青禾新闻城市名片区县风采魅力青禾影像青禾\n游客满意指数:青禾位列全省第二\n2019-07-08 10:21:33 青禾日报\n\n二季度青禾接待游客人数同比增长。\n");
        Assert.Equal(["青禾新闻城市名片区县风采魅力青禾影像青禾", "游客满意指数:青禾位列全省第二", "二季度青禾接待游客人数同比增长。"], doc.Paragraphs.Select(p => p.Text));
        Assert.Equal("2019-07-08", doc.Fields["页面日期"]);
    }

    /// <summary>
    /// A spaced label-and-value line whose label carries its pinyin (文號(hào) 青政辦發[2013]51號(hào)) is a table line like
    /// any other; a label longer than a plain one once stopped the reader with an index error.
    /// </summary>
    [Fact]
    public void A_spaced_pair_whose_label_carries_its_pinyin_is_read_as_a_field()
    {
        var doc = TestDocuments.NormalisedText("文號(hào) 青政辦發(fā)[2013]51號(hào)\n成文日期 2013-04-22\n\n各鎮(zhèn)人民政府：現(xiàn)將計劃印發(fā)給你們，請認真組織實施。\n");
        Assert.Equal("2013-04-22", doc.Fields["成文日期"]);
        Assert.Contains(doc.Fields, f => f.Value.Contains("51號", StringComparison.Ordinal));
        Assert.Single(doc.Paragraphs);
    }
}

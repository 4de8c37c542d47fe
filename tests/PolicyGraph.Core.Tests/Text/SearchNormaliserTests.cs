using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Tests.Text;

public class SearchNormaliserTests
{
    [Theory]
    [InlineData("質量發展綱要", "质量发展纲要")]
    [InlineData("國務院關於加快建設質量強省的實施意見", "国务院关于加快建设质量强省的实施意见")]
    [InlineData("（一）開展質量對標提升行動。", "(一)开展质量对标提升行动。")]
    [InlineData("川府發〔2014〕5號", "川府发〔2014〕5号")]
    public void Converts_Traditional_to_Simplified_and_folds_width(string text, string expected) =>
        Assert.Equal(expected, SearchNormaliser.ToSearchText(text));

    [Theory]
    [InlineData("推進以產品質量損失率等為主要內容的巨觀質量統計工作", "推进以产品质量损失率等为主要内容的宏观质量统计工作")]
    [InlineData("形成一批具有自主智慧財產權的先進標準", "形成一批具有自主知识产权的先进标准")]
    [InlineData("尤其是網路交易商品質量監管", "尤其是网络交易商品质量监管")]
    [InlineData("廣泛開展質量改進等民眾性質量活動", "广泛开展质量改进等群众性质量活动")]
    [InlineData("支持高校設定質量相關專業", "支持高校设置质量相关专业")]
    [InlineData("特制定本工作計畫。", "特制定本工作计划。")]
    public void Repairs_Taiwan_phrases_in_Traditional_text(string text, string expected) =>
        Assert.Equal(expected, SearchNormaliser.ToSearchText(text, traditional: true));

    [Theory]
    [InlineData("什么是显著提升")]
    [InlineData("抬高门槛")]
    [InlineData("套用标准模板")]
    [InlineData("设定目标")]
    [InlineData("建立健全服务标准体系")]
    public void Leaves_mainland_words_alone_in_Simplified_text(string text) =>
        Assert.Equal(text, SearchNormaliser.ToSearchText(text, traditional: false));

    [Theory]
    [InlineData("质量⼯作", "质量工作")]                       // ⼯ U+2F2F KANGXI RADICAL WORK
    [InlineData("各⾏业主管部门", "各行业主管部门")]           // ⾏ U+2F8F KANGXI RADICAL WALK ENCLOSURE
    [InlineData("全⾯推进", "全面推进")]                       // ⾯ U+2FAF KANGXI RADICAL FACE
    [InlineData("⼆〇⼀九年", "二〇一九年")]                   // ⼆ ⼀: a date the date parser then reads
    [InlineData("⻳山", "龟山")]                               // ⻳ U+2EF3, one of two CJK radical supplement forms NFKC maps
    [InlineData("⾨户网站", "门户网站")]                       // ⾨ U+2FA8 is 門, then Simplified
    [InlineData("\uF967\uF9DC\uFA0C", "不隆兀")]              // CJK compatibility ideographs
    public void Folds_the_look_alikes_a_pdf_text_layer_yields_to_the_ideographs(string text, string expected)
    {
        var view = SearchNormaliser.Normalise(text, traditional: false);
        Assert.Equal(expected, view.Text);
        // One character for one: the view still maps back onto the text as written.
        Assert.Equal(text.Length, view.Text.Length);
        Assert.Equal(text.Length - 1, view.SourceIndexOf(view.Text.Length - 1));
    }

    [Fact]
    public void Keeps_protected_phrases_that_the_character_map_would_break()
    {
        // 著 alone is a Taiwan variant of 着; in 著名 and 顯著 it is 著.
        Assert.Equal("著名商标显著增加", SearchNormaliser.ToSearchText("著名商標顯著增加", traditional: true));
    }

    [Fact]
    public void Drops_whitespace_between_Han_but_keeps_it_between_Latin_words()
    {
        Assert.Equal("关于印发实施方案的通知", SearchNormaliser.ToSearchText("关于印发实施方案的 通 知"));
        Assert.Equal("通过ISO 9001认证", SearchNormaliser.ToSearchText("通过ISO　9001认证"));
    }

    [Fact]
    public void Drops_private_use_and_zero_width_characters()
    {
        Assert.Equal("各委、办、厅、局:", SearchNormaliser.ToSearchText("各委、办、厅、局:\uE004\u200B"));
    }

    [Fact]
    public void Maps_a_search_range_back_to_the_whole_source_phrase()
    {
        const string source = "加強智慧財產權保護";
        var view = SearchNormaliser.Normalise(source, traditional: true);
        Assert.Equal("加强知识产权保护", view.Text);
        var at = view.Text.IndexOf("知识产权", StringComparison.Ordinal);
        var (start, end) = view.ToSource(at, at + 4);
        Assert.Equal("智慧財產權", source[start..end]);
        // Part of a replaced phrase still maps to the whole phrase, never to half a source character run.
        (start, end) = view.ToSource(at + 1, at + 2);
        Assert.Equal("智慧財產權", source[start..end]);
        (start, end) = view.ToSource(view.Text.IndexOf("保护", StringComparison.Ordinal), view.Text.Length);
        Assert.Equal("保護", source[start..end]);
    }

    [Fact]
    public void Maps_folded_and_dropped_characters_back_to_their_source()
    {
        const string source = "（一）　開展　質量";
        var view = SearchNormaliser.Normalise(source);
        Assert.Equal("(一)开展质量", view.Text);
        var (start, end) = view.ToSource(view.Text.IndexOf("质量", StringComparison.Ordinal), view.Text.Length);
        Assert.Equal("質量", source[start..end]);
        Assert.Equal(0, view.SourceIndexOf(0));
    }

    [Fact]
    public void Composed_maps_reach_the_original_through_two_views()
    {
        const string original = "國家\n標準";
        var display = MappedText.Identity(original);
        var search = SearchNormaliser.Normalise(original);
        var composed = search.ComposeWith(display);
        Assert.Equal("国家标准", composed.Text);
        var (start, end) = composed.ToSource(2, 4);
        Assert.Equal("標準", original[start..end]);
    }

    [Fact]
    public void Reference_corpus_Traditional_document_reads_as_Simplified()
    {
        var text = File.ReadAllText(PolicyGraph.Testing.RepositoryFiles.CorpusFile("004"));
        Assert.True(ScriptDetector.IsTraditional(text));
        var search = SearchNormaliser.ToSearchText(text);
        Assert.Contains("宏观质量统计", search, StringComparison.Ordinal);
        Assert.Contains("知识产权", search, StringComparison.Ordinal);
        Assert.Contains("四川省人民政府关于加快建设质量强省的实施意见", search.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("質", search, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", false)]
    [InlineData("001", false)]
    [InlineData("002", false)]
    [InlineData("003", false)]
    [InlineData("004", true)]
    public void Detects_the_script_of_each_reference_document(string prefix, bool traditional) =>
        Assert.Equal(traditional, ScriptDetector.IsTraditional(File.ReadAllText(PolicyGraph.Testing.RepositoryFiles.CorpusFile(prefix))));

    [Fact]
    public void Empty_and_whitespace_text_normalise_to_empty()
    {
        Assert.Equal(string.Empty, SearchNormaliser.ToSearchText(string.Empty));
        Assert.Equal(string.Empty, SearchNormaliser.ToSearchText(" \u3000\t\n"));
    }
}

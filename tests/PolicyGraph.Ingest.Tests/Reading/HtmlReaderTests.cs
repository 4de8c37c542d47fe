using System.Text;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Reading;

public class HtmlReaderTests
{
    private const string Page = """
        <html><head><title>关于印发质量强市实施方案的通知_某市人民政府</title><style>p{color:red}</style>
        <script>var x = "当前位置";</script></head>
        <body><nav>首页 &gt; 政务公开</nav><div class="breadcrumb">当前位置:首页</div>
        <table class="xxgk"><tr><td>索 引 号:</td><td>1234/2017-00001</td><td>发布机构:</td><td>某市人民政府(办公室)</td></tr>
        <tr><td>文  号:</td><td>某政发〔2017〕8号</td><td>生成日期:</td><td>2017-04-12</td></tr></table>
        <div class="article"><p>　　一、主要任务</p><p>（一）提升产品质量。产品质量监督抽查合格率稳定在93%以上。</p>
        <script>document.write("不是政策")</script><p onclick="evil()">二、保障措施<br>加强组织领导。</p></div>
        <footer>版权所有 某市人民政府</footer></body></html>
        """;

    [Fact]
    public void Reads_body_text_without_scripts_styles_or_navigation()
    {
        var read = new HtmlReader().Read(Encoding.UTF8.GetBytes(Page), ReaderLimits.Default);
        Assert.Contains("一、主要任务", read.Text, StringComparison.Ordinal);
        Assert.Contains("（一）提升产品质量。产品质量监督抽查合格率稳定在93%以上。", read.Text, StringComparison.Ordinal);
        Assert.Contains("二、保障措施\n加强组织领导。", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("不是政策", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("color", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("当前位置", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("首页", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("版权所有", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_open_information_table_as_fields_and_drops_it_from_the_text()
    {
        var read = new HtmlReader().Read(Encoding.UTF8.GetBytes(Page), ReaderLimits.Default);
        Assert.Equal("某政发〔2017〕8号", read.Fields["文号"]);
        Assert.Equal("某市人民政府(办公室)", read.Fields["发布机构"]);
        Assert.Equal("2017-04-12", read.Fields["生成日期"]);
        Assert.Equal("1234/2017-00001", read.Fields["索引号"]);
        Assert.Equal("关于印发质量强市实施方案的通知_某市人民政府", read.Fields[SourceText.FieldNames.PageTitle]);
        Assert.DoesNotContain("索 引 号", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_GBK_page()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var read = new HtmlReader().Read(Encoding.GetEncoding("GBK").GetBytes(Page), ReaderLimits.Default);
        Assert.Contains("产品质量监督抽查合格率", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_pathologically_deep_nesting()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 5000)) + "质量" + string.Concat(Enumerable.Repeat("</div>", 5000));
        var e = Assert.Throws<UnreadableDocumentException>(() => new HtmlReader().Read(Encoding.UTF8.GetBytes(deep), ReaderLimits.Default));
        Assert.Contains("nested more than 256", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_sample_page()
    {
        var path = RepositoryFiles.SampleFile("wangchuan-2017-quality-city-plan.html");
        var read = new HtmlReader().Read(File.ReadAllBytes(path), ReaderLimits.Default);
        Assert.Equal("望政发〔2017〕8号", read.Fields["文号"]);
        Assert.Equal("望川市人民政府", read.Fields["发布机构"]);
        Assert.Contains("望川市质量强市建设实施方案", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("关闭窗口", read.Text, StringComparison.Ordinal);
    }
}

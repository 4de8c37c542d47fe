using PolicyGraph.Core.Search;

namespace PolicyGraph.Core.Tests.Search;

public class HighlighterTests
{
    [Fact]
    public void Clause_text_with_markup_is_shown_as_text()
    {
        const string text = "推进<script>alert('质量')</script>建设,<img src=x onerror=\"alert(1)\">质量 & 安全";
        var html = Highlighter.Highlight(text, traditional: false, ["质量"]);
        Assert.Equal("推进&lt;script&gt;alert(&#39;<mark>质量</mark>&#39;)&lt;/script&gt;建设,&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<mark>质量</mark> &amp; 安全", html);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_Traditional_text_through_the_offset_map()
    {
        var html = Highlighter.Highlight("形成一批具有自主智慧財產權的先進標準", traditional: true, ["知识产权"]);
        Assert.Equal("形成一批具有自主<mark>智慧財產權</mark>的先進標準", html);
    }

    [Fact]
    public void Adjacent_matches_merge_into_one_mark() =>
        Assert.Equal("<mark>首席质量官制度</mark>", Highlighter.Highlight("首席质量官制度", false, ["首席质量官", "制度"]));
}

using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;

namespace PolicyGraph.Core.Tests.Text;

/// <summary>Repairs of real pages in the search view (issue 13 point 4): what is written stays as written.</summary>
public class TextRepairTests
{
    [Theory]
    [InlineData("河(hé)南省", "河南省")]
    [InlineData("發(fā)展質(zhì)量", "发展质量")]
    [InlineData("人(rén)民的(de)质量", "人民的质量")]
    [InlineData("区(qū)域（yù）", "区域")]
    [InlineData("国内生产总值(GDP)", "国内生产总值(GDP)")]
    [InlineData("政务服务(app)", "政务服务(app)")]
    [InlineData("(一)加强标准化", "(一)加强标准化")]
    public void Pinyin_after_a_character_is_dropped_from_the_search_view(string written, string search) =>
        Assert.Equal(search, SearchNormaliser.ToSearchText(written, traditional: null));

    [Fact]
    public void Pinyin_is_stripped_with_its_positions_mapped_back_to_the_text_as_written()
    {
        var view = SearchNormaliser.Normalise("河(hé)南省质量", traditional: false);
        Assert.Equal("河南省质量", view.Text);
        Assert.Equal((5, 6), view.ToSource(1, 2)); // 南 sits after the annotation
    }

    [Theory]
    [InlineData("⼯业产品", "工业产品")]
    [InlineData("⼈⺠政府", "人民政府")]
    [InlineData("市政府各部⻔", "市政府各部门")]
    [InlineData("⾏业标准", "行业标准")]
    [InlineData("⻓效机制", "长效机制")]
    public void Look_alike_characters_of_pdf_text_are_folded(string written, string search) =>
        Assert.Equal(search, SearchNormaliser.ToSearchText(written, traditional: null));

    [Theory]
    [InlineData("辽政发(2013)15号", "辽政发〔2013〕15号")]
    [InlineData("义政办发(2021〕23号", "义政办发〔2021〕23号")]
    [InlineData("湘发［2022］9号", "湘发〔2022〕9号")]
    [InlineData("克市委〔2019〕8号", "克市委〔2019〕8号")]
    [InlineData("國辦發〔2009〕3號", "国办发〔2009〕3号")]
    public void Document_numbers_in_mixed_brackets_normalise_to_one_form(string written, string normal) =>
        Assert.Equal(normal, DocumentNumber.Normalise(written));
}

using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Tests.Model;

public class DocumentNumberTests
{
    [Theory]
    [InlineData("国发〔2012〕9号")]
    [InlineData("国发[2012]9号")]
    [InlineData("国发【2012】9号")]
    [InlineData("国发(2012)9号")]
    [InlineData("国发（2012）9号")]
    [InlineData("国发〈2012〉9号")]
    [InlineData("國發〔2012〕9號")]
    [InlineData("国发 〔 2012 〕 9 号")]
    [InlineData("国发［2012］第9号")]
    [InlineData("国发„2012‟9号")]
    [InlineData("国发〔二〇一二〕9号")]
    [InlineData("国发〔二零一二〕9号")]
    public void Every_written_form_normalises_to_the_standard_form(string written) =>
        Assert.Equal("国发〔2012〕9号", DocumentNumber.Normalise(written));

    [Fact]
    public void Finds_numbers_in_running_text_without_the_words_before_them()
    {
        const string text = "根据国发〔2012〕9号和《内蒙古自治区人民政府关于质量强区的决定》(内政发〔2015〕92号)精神,以及中发[2017]24号";
        var found = DocumentNumber.FindAll(text).Select(f => f.Number.ToString()).ToList();
        Assert.Equal(["国发〔2012〕9号", "内政发〔2015〕92号", "中发〔2017〕24号"], found);
    }

    [Fact]
    public void A_number_right_after_a_date_leaves_the_day_out_of_its_code()
    {
        var found = DocumentNumber.FindAll("（2016年5月10日運政發〔2016〕21號文發布，2020年8月3日運政發〔2020〕35號文修訂）");
        Assert.Equal(["运政发〔2016〕21号", "运政发〔2020〕35号"], found.Select(n => n.Number.ToString()));
        Assert.Equal("日政发〔2019〕3号", DocumentNumber.Normalise("日政发〔2019〕3号")); // 日照's own code keeps its 日
    }

    [Fact]
    public void A_number_that_lost_both_brackets_is_read_inside_its_own_parenthesis()
    {
        const string text = "贯彻落实国务院办公厅关于推进服务业提质的意见(国办发201634号)和省局通知(苏质监联201712号)，省政府通知（苏政发〔2018〕3号）";
        var found = DocumentNumber.FindAll(text).ToList();
        Assert.Equal(["国办发〔2016〕34号", "苏质监联〔2017〕12号", "苏政发〔2018〕3号"], found.Select(f => f.Number.ToString()));
        Assert.Equal("国办发201634号", text.Substring(found[0].Index, found[0].Length));
    }

    [Fact]
    public void A_number_that_lost_its_brackets_is_read_right_after_a_title_that_lost_its_punctuation()
    {
        const string text = "北京市人民政府办公厅转发市质监局拟定的名牌产品认定管理办法的通知京政办发20117号各区县人民政府";
        var found = DocumentNumber.FindAll(text).Single();
        Assert.Equal("京政办发〔2011〕7号", found.Number.ToString());
        Assert.Equal("京政办发20117号", text.Substring(found.Index, found.Length));
    }

    [Theory]
    [InlineData("全省完成检验201634批次(共201634号)")]
    [InlineData("意见(国办发201634号的附件)")]
    [InlineData("编号(质检20163号)")]
    [InlineData("国办发201634号")]
    [InlineData("全市的通报率201634号")]
    public void A_bracketless_run_is_no_number_outside_a_parenthesis_of_its_own_or_without_a_series_code(string text) =>
        Assert.Empty(DocumentNumber.FindAll(text));

    [Theory]
    [InlineData("质量强县(市、区)创建活动")]
    [InlineData("(2011—2020年)")]
    [InlineData("安徽省质量工作领导小组皖质〔2014〕4号")]
    [InlineData("国发〔1850〕9号")]
    [InlineData("国发〔一二三四〕9号")]
    public void Does_not_invent_numbers(string text) => Assert.Empty(DocumentNumber.FindAll(text));

    [Theory]
    [InlineData("韚〔2012〕9号")]
    [InlineData("𬌗政发〔2019〕3号")]
    public void A_normal_form_with_Han_beyond_the_basic_block_parses_back_to_itself(string written)
    {
        // 韚 becomes 𫠅 (U+2B805) in the search view, a surrogate pair: found by the property tests.
        var normal = DocumentNumber.Normalise(written);
        Assert.NotNull(normal);
        Assert.Equal(normal, DocumentNumber.Normalise(normal));
    }

    [Fact]
    public void Parses_issuer_code_year_and_serial()
    {
        Assert.True(DocumentNumber.TryParse("贵政办〔2018〕22号", out var n));
        Assert.Equal(new DocumentNumber("贵政办", 2018, 22), n);
    }

    [Theory]
    [InlineData("佳政发〔201612", "佳政发〔2016〕12号")]
    [InlineData("佳政发〔2016〕12", "佳政发〔2016〕12号")]
    [InlineData("（闽政〔2016〕21号）", "闽政〔2016〕21号")]
    public void A_number_alone_on_its_line_survives_a_lost_bracket_and_a_lost_hao(string line, string expected)
    {
        Assert.True(DocumentNumber.TryParseLine(line, out var n));
        Assert.Equal(expected, n.ToString());
    }

    [Theory]
    [InlineData("附件〔2016〕12页")]
    [InlineData("全市完成检测2016012批次")]
    [InlineData("")]
    public void Text_that_is_not_a_number_line_is_not_read_as_one(string line) =>
        Assert.False(DocumentNumber.TryParseLine(line, out _));

    [Theory]
    [InlineData("南谯政发74号", true)]
    [InlineData("容政办108号", true)]
    [InlineData("南谯政发〔2018〕74号", false)]
    [InlineData("全市共培育名牌产品74个", false)]
    public void A_number_without_its_year_is_recognised_only_as_a_whole_line(string line, bool yearless) =>
        Assert.Equal(yearless, DocumentNumber.IsYearless(line));

    [Theory]
    [InlineData("〔2013〕9号", "〔2013〕9号")]
    [InlineData("2021年第7号", "2021年第7号")]
    [InlineData("2017年第12號", "2017年第12号")]
    [InlineData("２０２１年第０７号", "2021年第7号")]
    [InlineData("2021年第7号公告已废止", null)]
    [InlineData("2021年第7批", null)]
    public void A_number_without_an_issuer_code_is_read_alone_on_its_line(string line, string? expected) =>
        Assert.Equal(expected, DocumentNumber.Codeless(line));
}

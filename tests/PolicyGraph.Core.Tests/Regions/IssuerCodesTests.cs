using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Core.Tests.Regions;

public class IssuerCodesTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Instance;
    private static readonly IssuerCodes Codes = IssuerCodes.Instance;

    [Theory]
    [InlineData("豫政", "豫", "政", "河南省")]
    [InlineData("川府发", "川", "府发", "四川省")]
    [InlineData("内政发", "内", "政发", "内蒙古自治区")]
    [InlineData("湘发", "湘", "发", "湖南省")]
    [InlineData("晋政办发", "晋", "政办发", "山西省")]
    [InlineData("辽政发", "辽", "政发", "辽宁省")]
    [InlineData("京政发", "京", "政发", "北京市")]
    [InlineData("黔府发", "黔", "府发", "贵州省")]
    [InlineData("宁党发", "宁", "党发", "宁夏回族自治区")]
    public void A_province_abbreviation_names_its_province(string code, string place, string series, string province)
    {
        var resolution = Codes.Resolve(code);
        Assert.Equal(IssuerCodeCertainty.Reviewed, resolution.Certainty);
        Assert.Equal(province, resolution.Region?.Name);
        Assert.Equal(place, resolution.Place);
        Assert.Equal(series, resolution.Series);
    }

    /// <summary>The abbreviations provincial document numbers use (the official 简称, 内 for 内蒙古, the first of two).</summary>
    public static TheoryData<string, string> ProvinceAbbreviations() => new()
    {
        { "北京市", "京" }, { "天津市", "津" }, { "河北省", "冀" }, { "山西省", "晋" }, { "内蒙古自治区", "内" }, { "辽宁省", "辽" },
        { "吉林省", "吉" }, { "黑龙江省", "黑" }, { "上海市", "沪" }, { "江苏省", "苏" }, { "浙江省", "浙" }, { "安徽省", "皖" },
        { "福建省", "闽" }, { "江西省", "赣" }, { "山东省", "鲁" }, { "河南省", "豫" }, { "湖北省", "鄂" }, { "湖南省", "湘" },
        { "广东省", "粤" }, { "广西壮族自治区", "桂" }, { "海南省", "琼" }, { "重庆市", "渝" }, { "四川省", "川" }, { "贵州省", "黔" },
        { "云南省", "云" }, { "西藏自治区", "藏" }, { "陕西省", "陕" }, { "甘肃省", "甘" }, { "青海省", "青" }, { "宁夏回族自治区", "宁" },
        { "新疆维吾尔自治区", "新" },
    };

    [Theory]
    [MemberData(nameof(ProvinceAbbreviations))]
    public void Every_province_is_named_by_its_abbreviation(string province, string abbreviation)
    {
        var resolution = Codes.Resolve(abbreviation + "政发");
        Assert.Equal(province, resolution.Region?.Name);
        Assert.Equal(IssuerCodeCertainty.Reviewed, resolution.Certainty);
        Assert.True(resolution.Candidates[0].IsReviewed);
        Assert.Equal(province, Codes.Resolve(abbreviation + "政发", Gazetteer.FindProvince(province)).Region?.Name);
    }

    [Fact]
    public void A_province_abbreviation_wins_over_a_generated_prefecture_code_but_lists_it()
    {
        // 内江市 (四川) gets 内 by the generated rule; 内政发 is 内蒙古's own, reviewed.
        var resolution = Codes.Resolve("内政发");
        Assert.Equal("内蒙古自治区", resolution.Region?.Name);
        Assert.Contains(resolution.Candidates, c => c.Region.Name == "内江市" && !c.IsReviewed);
        Assert.Equal("内江市", Codes.Resolve("内政发", Gazetteer.FindProvince("四川")).Region?.Name);
        Assert.Equal(IssuerCodeCertainty.WithinContext, Codes.Resolve("内政发", Gazetteer.FindProvince("四川")).Certainty);
        Assert.Equal("内蒙古自治区", Codes.Resolve("内政发", Gazetteer.FindByName("呼和浩特市")).Region?.Name);
    }

    [Theory]
    [InlineData("荆政发", "荆州市", IssuerCodeCertainty.Reviewed)]
    [InlineData("荆门政发", "荆门市", IssuerCodeCertainty.Generated)]
    [InlineData("呼政发", "呼和浩特市", IssuerCodeCertainty.Reviewed)]
    [InlineData("呼伦贝尔政发", "呼伦贝尔市", IssuerCodeCertainty.Generated)]
    [InlineData("岳办发", "岳阳市", IssuerCodeCertainty.Reviewed)]
    [InlineData("池政办", "池州市", IssuerCodeCertainty.Generated)]
    [InlineData("朔政发", "朔州市", IssuerCodeCertainty.Generated)]
    public void A_prefecture_code_names_its_prefecture_when_no_other_has_it(string code, string prefecture, IssuerCodeCertainty certainty)
    {
        var resolution = Codes.Resolve(code);
        Assert.Equal(prefecture, resolution.Region?.Name);
        Assert.Equal(certainty, resolution.Certainty);
        Assert.Equal(Levels.Prefecture, resolution.Region?.Level);
    }

    [Fact]
    public void A_prefecture_code_shared_across_provinces_needs_the_province()
    {
        // 德 is 德州 in 山东 and 德阳 in 四川 (and 德宏 in 云南 …): no answer without the province.
        var resolution = Codes.Resolve("德政发");
        Assert.Equal(IssuerCodeCertainty.Ambiguous, resolution.Certainty);
        Assert.Null(resolution.Region);
        Assert.Contains(resolution.Candidates, c => c.Region.Name == "德州市");
        Assert.Contains(resolution.Candidates, c => c.Region.Name == "德阳市");
        Assert.Equal("德阳市", Codes.Resolve("德政发", Gazetteer.FindProvince("四川省")).Region?.Name);
        Assert.Equal("德州市", Codes.Resolve("德政发", Gazetteer.FindProvince("山东")).Region?.Name);
    }

    [Fact]
    public void A_county_code_is_read_only_within_its_prefecture_or_province()
    {
        var shuozhou = Gazetteer.FindByName("朔州市");
        var within = Codes.Resolve("怀政发〔2023〕29号", shuozhou);
        Assert.Equal("怀仁市", within.Region?.Name);
        Assert.Equal(IssuerCodeCertainty.WithinContext, within.Certainty);
        Assert.Equal("怀仁市", Codes.Resolve("怀政发", Gazetteer.FindProvince("山西省")).Region?.Name);

        // Without a place to look in, 怀 is 湖南's 怀化市 by the generated prefecture rule, never 怀仁市.
        var alone = Codes.Resolve("怀政发");
        Assert.NotEqual("怀仁市", alone.Region?.Name);
        Assert.Equal("怀化市", alone.Region?.Name);
        Assert.Equal(IssuerCodeCertainty.Generated, alone.Certainty);

        // 安徽 has two county-level 怀 (怀远县, 怀宁县): the province alone does not decide.
        var anhui = Codes.Resolve("怀政发", Gazetteer.FindProvince("安徽"));
        Assert.Equal(IssuerCodeCertainty.Ambiguous, anhui.Certainty);
        Assert.Null(anhui.Region);
        Assert.Equal(["怀远县", "怀宁县"], anhui.Candidates.Take(2).Select(c => c.Region.Name).ToArray());
    }

    [Fact]
    public void Gui_zheng_ban_is_guichi_only_within_chizhou()
    {
        var chizhou = Gazetteer.FindByName("池州市");
        Assert.Equal("贵池区", Codes.Resolve("贵政办〔2018〕22号", chizhou).Region?.Name);
        Assert.Equal("贵池区", Codes.Resolve("贵政办", Gazetteer.FindByName("贵池区")).Region?.Name);
        var alone = Codes.Resolve("贵政办");
        Assert.NotEqual("贵池区", alone.Region?.Name);
        Assert.DoesNotContain(alone.Candidates.Take(1), c => c.Region.Level == Levels.County);
    }

    [Fact]
    public void A_code_only_county_level_divisions_have_needs_a_place()
    {
        // 栾 is 栾城区 under 石家庄 and 栾川县 under 洛阳; no province or prefecture has it.
        var resolution = Codes.Resolve("栾政发");
        Assert.Equal(IssuerCodeCertainty.NeedsContext, resolution.Certainty);
        Assert.Null(resolution.Region);
        Assert.All(resolution.Candidates, c => Assert.Equal(Levels.County, c.Region.Level));
        Assert.Contains(resolution.Candidates, c => c.Region.Name == "栾城区");
    }

    [Theory]
    [InlineData("国发")]
    [InlineData("国办发")]
    [InlineData("国函")]
    [InlineData("国办函")]
    [InlineData("中发")]
    [InlineData("中办发")]
    [InlineData("国质检质联")]
    [InlineData("国发〔2012〕9号")]
    public void National_codes_are_national(string code)
    {
        var resolution = Codes.Resolve(code);
        Assert.True(resolution.IsNational);
        Assert.Null(resolution.Region);
    }

    [Theory]
    [InlineData("湘人社发", "湘", "人社", "发", "湖南省")]
    [InlineData("皖质", "皖", "质", "", "安徽省")]
    public void A_department_between_place_and_series_is_kept_apart(string code, string place, string department, string series, string province)
    {
        var resolution = Codes.Resolve(code);
        Assert.Equal((place, department, series), (resolution.Place, resolution.Department, resolution.Series));
        Assert.Equal(province, resolution.Region?.Name);
    }

    [Theory]
    [InlineData("市委发", "市", "委发")]
    [InlineData("区政办", "区", "政办")]
    public void An_issuer_named_only_by_its_level_is_unknown(string code, string place, string series)
    {
        var resolution = Codes.Resolve(code);
        Assert.Equal(IssuerCodeCertainty.Unknown, resolution.Certainty);
        Assert.Equal((place, series), (resolution.Place, resolution.Series));
        Assert.Null(resolution.Region);
    }

    [Theory]
    [InlineData("荆政发〔2012〕27号", "荆政发")]
    [InlineData("辽政发(2013)15号", "辽政发")]
    [InlineData("呼政发[2017]3号", "呼政发")]
    [InlineData("湘发〔2022〕9号", "湘发")]
    [InlineData("第3号", null)]
    public void Takes_the_issuer_code_from_a_document_number(string docNumber, string? code) =>
        Assert.Equal(code, IssuerCodes.CodeOf(docNumber));

    [Theory]
    [InlineData("国市监质发", "国家市场监督管理总局")]
    [InlineData("国发", "国务院")]
    [InlineData("国办函", "国务院办公厅")]
    [InlineData("国质检标联", "国家质量监督检验检疫总局")]
    [InlineData("中发", null)]
    [InlineData("中办发", null)]
    [InlineData("鄂政发", null)]
    public void A_national_code_names_its_body_only_when_it_names_one(string code, string? body) =>
        Assert.Equal(body, Codes.NationalBody(code));

    [Fact]
    public void Every_prefecture_has_one_code_and_every_row_says_where_it_comes_from()
    {
        var text = File.ReadAllLines(Path.Combine(PolicyGraph.Testing.RepositoryFiles.Root, "src", "PolicyGraph.Core", "Data", "issuer-codes.tsv"))
            .Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.All(text, row => Assert.Matches("^(reviewed|generated): ", row[4]));
        var prefectureRows = text.Where(r => r[1] == Levels.Prefecture).Select(r => r[2]).ToList();
        Assert.Equal(333, prefectureRows.Count);
        Assert.Equal(333, prefectureRows.Distinct().Count());
    }

    [Fact]
    public void A_row_naming_no_division_is_refused_with_the_file_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => new IssuerCodes([["荆", "prefecture", "4210", "荆门市", "reviewed: test"]], Gazetteer, "issuer-codes.tsv"));
        Assert.Contains("issuer-codes.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("荆门市", error.Message, StringComparison.Ordinal);
    }
}

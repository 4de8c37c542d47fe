using PolicyGraph.Core.Model;
using System.Text;
using System.Text.Json;
using PolicyGraph.Core.Regions;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Extraction.Metadata;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Extraction;

public class MetadataResolverTests
{
    private static DocumentMetadata Metadata(string path) =>
        MetadataResolver.Resolve(TestDocuments.Normalised(path), TestDocuments.Outline(path), Gazetteer.Instance);

    public static TheoryData<string> GoldDocuments()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Gold, "extraction.dev.json")));
        return [.. gold.RootElement.GetProperty("docs").EnumerateObject().Select(d => d.Name)];
    }

    /// <summary>The development judgments (../shared/gold/extraction.dev.json), compared as the gold file says.</summary>
    [Theory]
    [MemberData(nameof(GoldDocuments))]
    public void Matches_the_development_judgments(string prefix)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Gold, "extraction.dev.json")));
        var expected = gold.RootElement.GetProperty("docs").GetProperty(prefix).GetProperty("metadata");
        var actual = Metadata(RepositoryFiles.CorpusFile(prefix));
        var values = new Dictionary<string, object?>
        {
            ["title"] = actual.Title, ["docNumber"] = actual.DocNumber, ["issuer"] = actual.Issuer, ["year"] = actual.Year,
            ["date"] = actual.Date, ["level"] = actual.Level, ["province"] = actual.Province, ["docType"] = actual.DocType,
            ["region"] = actual.Region,
        };
        foreach (var field in expected.EnumerateObject())
        {
            var want = field.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number => field.Value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => GoldNormalise(field.Value.GetString()!),
            };
            var got = values[field.Name] switch
            {
                null => null,
                int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                var v => GoldNormalise(v.ToString()!),
            };
            Assert.True(want == got, $"{prefix}.{field.Name}: expected {want ?? "null"}, got {got ?? "null"}");
        }
    }

    [Fact]
    public void Reads_001_from_its_title_and_sign_off_and_keeps_the_web_date_apart()
    {
        var m = Metadata(RepositoryFiles.CorpusFile("001"));
        Assert.Equal("山西省人民政府关于质量发展纲要(2011—2020年)的实施意见", m.Title);
        Assert.Null(m.DocNumber);
        Assert.Equal("山西省人民政府", m.Issuer);
        Assert.Equal("2013-05-02", m.Date);
        Assert.Equal("2013-08-29", m.Published);
        Assert.Equal(2013, m.Year);
        Assert.Equal("province", m.Level);
        Assert.Equal("山西省", m.Province);
        Assert.Equal("实施意见", m.DocType);
    }

    [Fact]
    public void Reads_003_a_county_level_city_with_a_spaced_title()
    {
        var m = Metadata(RepositoryFiles.CorpusFile("003"));
        Assert.Equal("怀仁市人民政府关于印发全面推进质量强市建设实施方案的通知", m.Title);
        Assert.Equal("怀政发〔2023〕29号", m.DocNumber);
        Assert.Equal("怀仁市人民政府", m.Issuer);
        Assert.Equal("2023-06-22", m.Date);
        Assert.Equal(2023, m.Year);
        Assert.Equal("county", m.Level);
        Assert.Equal("山西省", m.Province);
        Assert.Equal("怀仁市", m.Region);
        Assert.Equal("通知", m.DocType);
        Assert.Equal("全面推进质量强市建设实施方案", m.AttachmentTitle);
    }

    [Fact]
    public void Leaves_null_what_004_does_not_state()
    {
        var m = Metadata(RepositoryFiles.CorpusFile("004"));
        Assert.Null(m.Title);
        Assert.Null(m.DocNumber);
        Assert.Null(m.Issuer);
        Assert.Null(m.Date);
        Assert.Null(m.Published);
        Assert.Equal(2016, m.Year);
        Assert.Equal("province", m.Level);
        Assert.Equal("四川省", m.Province);
        Assert.Equal("工作计划", m.DocType);
    }

    [Theory]
    [InlineData("cangland-2016-quality-province-opinions.txt", "苍政发〔2016〕12号", "苍澜省人民政府", "2016-03-15", "province", "苍澜省")]
    [InlineData("wangchuan-2017-quality-city-plan.html", "望政发〔2017〕8号", "望川市人民政府", "2017-04-10", "prefecture", "苍澜省")]
    [InlineData("linxi-2018-quality-county-plan.docx", "临政办〔2018〕5号", "临溪县人民政府办公室", "2018-06-08", "county", "苍澜省")]
    [InlineData("songhu-2023-quality-district-plan.gb18030.txt", "松政发〔2023〕15号", "松湖区人民政府", "2023-07-03", "county", null)]
    public void Reads_the_samples_across_three_levels(string file, string number, string issuer, string date, string level, string? province)
    {
        var m = Metadata(RepositoryFiles.SampleFile(file));
        Assert.Equal(number, m.DocNumber);
        Assert.Equal(issuer, m.Issuer);
        Assert.Equal(date, m.Date);
        Assert.Equal(level, m.Level);
        Assert.Equal(province, m.Province);
    }

    [Theory]
    [InlineData("2018年5月21日", "2018-05-21")]
    [InlineData("二〇一八年五月二十一日", "2018-05-21")]
    [InlineData("2013-08-29", "2013-08-29")]
    [InlineData("时间:2017/4/12", "2017-04-12")]
    [InlineData("2018年2月30日", null)]
    [InlineData("无日期", null)]
    public void Parses_dates_as_documents_write_them(string text, string? expected) => Assert.Equal(expected, ChineseDate.Parse(text));

    private static string GoldNormalise(string s)
    {
        var folded = SearchNormaliser.ToSearchText(s.Normalize(NormalizationForm.FormKC), traditional: true);
        return string.Concat(folded.Where(c => !char.IsWhiteSpace(c)));
    }
}

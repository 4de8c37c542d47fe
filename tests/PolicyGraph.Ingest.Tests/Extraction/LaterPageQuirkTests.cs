using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Extraction.Metadata;
using PolicyGraph.Ingest.Outline;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Quirks of real pages seen in the later held-out rounds (issue 13, rounds nine and ten), each on a small text written for
/// the test: a city's or county's news that never names its own division but names its province.
/// </summary>
public class LaterPageQuirkTests
{
    private static DocumentMetadata Read(string text)
    {
        var doc = TestDocuments.NormalisedText(text);
        return MetadataResolver.Resolve(doc, OutlineParser.Parse(doc), Gazetteer.Instance);
    }

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
}

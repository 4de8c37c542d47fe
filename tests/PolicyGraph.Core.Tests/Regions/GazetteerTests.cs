using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;

namespace PolicyGraph.Core.Tests.Regions;

public class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Instance;

    [Fact]
    public void Holds_every_province_and_prefecture()
    {
        Assert.Equal(31, Gazetteer.Regions.Count(r => r.Level == Levels.Province));
        Assert.Equal(333, Gazetteer.Regions.Count(r => r.Level == Levels.Prefecture));
    }

    [Theory]
    [InlineData("呼和浩特市", "prefecture", "内蒙古自治区")]
    [InlineData("池州市", "prefecture", "安徽省")]
    [InlineData("朔州市", "prefecture", "山西省")]
    [InlineData("延边朝鲜族自治州", "prefecture", "吉林省")]
    [InlineData("山西省", "province", "山西省")]
    public void Knows_level_and_province(string name, string level, string province)
    {
        var region = Gazetteer.FindByName(name);
        Assert.NotNull(region);
        Assert.Equal(level, region.Level);
        Assert.Equal(province, region.Province);
    }

    [Theory]
    [InlineData("怀仁市")]
    [InlineData("贵池区")]
    public void Does_not_list_county_level_places(string name) => Assert.Null(Gazetteer.FindByName(name));

    [Theory]
    [InlineData("内蒙古", "内蒙古自治区")]
    [InlineData("四川", "四川省")]
    [InlineData("广西", "广西壮族自治区")]
    [InlineData("吉林", "吉林省")]
    public void Finds_provinces_by_short_name(string shortName, string name) =>
        Assert.Equal(name, Gazetteer.FindProvince(shortName)?.Name);

    [Fact]
    public void Counts_province_and_prefecture_mentions()
    {
        var counts = Gazetteer.CountMentions("山西精品、山西标准,朔州市生态环境局怀仁分局");
        Assert.Equal(2, counts[Gazetteer.FindByName("山西省")!]);
        Assert.Equal(1, counts[Gazetteer.FindByName("朔州市")!]);
    }
}

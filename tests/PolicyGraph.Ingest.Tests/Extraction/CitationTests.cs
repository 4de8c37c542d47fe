using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Queries;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>Citations and lineage over the whole reference corpus and samples, ingested once.</summary>
[Collection(ReferenceCorpus.Name)]
public sealed class CitationTests
{
    private readonly SamplesAndCorpus _data;

    public CitationTests(SamplesAndCorpus data) => _data = data;

    private IReadOnlyList<ResolvedCitation> Cited(string key) =>
        new CitationResolver(_data.Store, DocumentRegistry.Instance).ResolveAll(_data.Store.GetDocument(_data.Id(key))!);

    [Fact]
    public void The_outline_cited_by_title_only_resolves_to_its_number()
    {
        var outline = Cited("000").Single(c => c.Target.Id == "guofa-2012-9");
        Assert.Null(outline.Citation.Number);
        Assert.Equal("国发〔2012〕9号", outline.Target.Number);
        Assert.Equal(Relations.Implements, outline.Relation);
    }

    [Fact]
    public void Two_titles_of_one_document_resolve_to_one_node()
    {
        var mentions = _data.Store.GetDocument(_data.Id("000"))!.Citations.Where(c => c.Title?.Contains("质量强区的决定", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, mentions.Count);
        Assert.Contains(mentions, m => m.Title!.Contains("办公厅", StringComparison.Ordinal));
        Assert.Single(Cited("000"), c => c.Target.Id == "neizhengfa-2015-92");
    }

    [Theory]
    [InlineData("000", new[] { "guofa-2012-9", "neizhengfa-2015-92" })]
    [InlineData("001", new[] { "guofa-2012-9" })]
    [InlineData("002", new[] { "guofa-2012-9", "zhongfa-2017-24", "wanzhi-2014-4" })]
    [InlineData("003", new string[0])]
    [InlineData("004", new[] { "guofa-2012-9", "chuanfufa-2014-5", "chuanfufa-2016-17" })]
    public void Every_cited_parent_in_the_corpus_is_resolved(string key, string[] parents)
    {
        var known = Cited(key).Where(c => c.Target.Resolved).Select(c => c.Target.Id).ToList();
        Assert.Equal(parents.Order(), known.Order());
    }

    /// <summary>
    /// A copy that lost the dash of the year range or left its bracket open still names the 纲要; a title quoted inside the
    /// title of a local document it cites (《X市关于贯彻实施〈质量发展纲要(2011-2020年)〉的意见》) is cited too.
    /// </summary>
    [Theory]
    [InlineData("为落实《国务院质量发展纲要(20112020年)》，制定本计划。")]
    [InlineData("为全面贯彻落实国务院颁布的《质量发展纲要(2011-2020年》，现提出如下意见。")]
    [InlineData("为贯彻《青禾市人民政府关于贯彻实施〈质量发展纲要(2011-2020年)〉的意见》，制定本计划。")]
    public void A_damaged_or_nested_title_of_the_outline_resolves_to_it(string clause)
    {
        var titles = PolicyGraph.Ingest.Extraction.CitationExtractor.Extract([PolicyGraph.Core.Text.SearchNormaliser.ToSearchText(clause)], [], null)
            .Select(c => c.Title).OfType<string>();
        Assert.Contains(titles, t => DocumentRegistry.Instance.ByTitleKey(PolicyGraph.Core.Text.TitleKey.Of(t))?.Id == "guofa-2012-9");
        Assert.Null(DocumentRegistry.Instance.ByTitleKey(PolicyGraph.Core.Text.TitleKey.Of("青禾市质量发展规划(2011-2020年)")));
    }

    [Theory]
    [InlineData("根据国务院《计量发展规划(2013-2020年)》和省政府相关实施意见，制定本方案。", "guofa-2013-10")]
    [InlineData("为贯彻落实《计量发展规划(2021—2035年)》，现提出如下意见。", "guofa-2021-37")]
    public void Each_metrology_plan_cited_by_its_dated_title_resolves_to_its_own_number(string clause, string id)
    {
        var titles = PolicyGraph.Ingest.Extraction.CitationExtractor.Extract([PolicyGraph.Core.Text.SearchNormaliser.ToSearchText(clause)], [], null)
            .Select(c => c.Title).OfType<string>();
        Assert.Contains(titles, t => DocumentRegistry.Instance.ByTitleKey(PolicyGraph.Core.Text.TitleKey.Of(t))?.Id == id);
    }

    [Fact]
    public void The_eighteen_departments_quality_action_plan_cited_by_title_resolves_to_its_number()
    {
        var titles = PolicyGraph.Ingest.Extraction.CitationExtractor.Extract(
                [PolicyGraph.Core.Text.SearchNormaliser.ToSearchText("为贯彻落实市场监管总局等18部门印发的《进一步提高产品、工程和服务质量行动方案(2022—2025年)》，结合我省实际，特制定本方案。")], [], null)
            .Select(c => c.Title).OfType<string>();
        Assert.Contains(titles, t => DocumentRegistry.Instance.ByTitleKey(PolicyGraph.Core.Text.TitleKey.Of(t))?.Number == "国市监质发〔2022〕95号");
    }

    [Theory]
    [InlineData("根据国务院质量发展纲要(20112020年)和关于加快建设质量强省的实施意见有关规定，制定本办法。", "guofa-2012-9")]
    [InlineData("全市上下要认真贯彻质量强国建设纲要，推动质量强市建设。", "quality-power-outline-2023")]
    [InlineData("国务院印发计量发展规划(2013—2020年)以来，全省计量工作取得新进展。", "guofa-2013-10")]
    [InlineData("在制度建设方面，出台贯彻国务院《计量发展规划(2021—2035年)》的实施意见。", "guofa-2021-37")]
    [InlineData("该局已完成实施意见的起草工作。起草工作以《国务院关于印发计量发展规划(2021—2035年)的通知》为依据。", "guofa-2021-37")]
    public void A_national_document_named_without_title_marks_or_beside_the_announcement_of_what_carries_it_out_is_cited(string clause, string id)
    {
        var titles = PolicyGraph.Ingest.Extraction.CitationExtractor.Extract([PolicyGraph.Core.Text.SearchNormaliser.ToSearchText(clause)], [], null)
            .Select(c => c.Title).OfType<string>();
        Assert.Contains(titles, t => DocumentRegistry.Instance.ByTitleKey(PolicyGraph.Core.Text.TitleKey.Of(t))?.Id == id);
    }

    [Fact]
    public void A_local_document_of_the_same_name_without_title_marks_is_not_taken_for_the_national_one()
    {
        var titles = PolicyGraph.Ingest.Extraction.CitationExtractor.Extract([PolicyGraph.Core.Text.SearchNormaliser.ToSearchText("全省各地要按照青禾省质量发展纲要的部署，抓好落实。")], [], null)
            .Select(c => c.Title).OfType<string>();
        Assert.DoesNotContain(titles, t => DocumentRegistry.Instance.ByTitleKey(PolicyGraph.Core.Text.TitleKey.Of(t))?.Id == "guofa-2012-9");
    }

    [Fact]
    public void An_alias_the_document_defines_is_not_a_citation_of_its_own()
    {
        var doc = _data.Store.GetDocument(_data.Id("cangland-2016-quality-province-opinions"))!;
        Assert.DoesNotContain(doc.Citations, c => c.Title == "纲要" && c.Number is null && c.Raw == "《纲要》" && c.Title is null);
        Assert.All(Cited("cangland-2016-quality-province-opinions"), c => Assert.True(c.Target.Resolved));
    }

    [Fact]
    public void Documents_announced_rather_than_cited_are_left_out()
    {
        var titles = _data.Store.GetDocument(_data.Id("004"))!.Citations.Select(c => c.Title).ToList();
        Assert.DoesNotContain("四川质量奖评选管理办法", titles);
        Assert.DoesNotContain("四川电子商务企业认定管理规范", titles);
    }

    [Fact]
    public void Lineage_runs_three_levels_through_the_samples()
    {
        var lineage = new LineageService(_data.Store, DocumentRegistry.Instance);
        var county = lineage.Of(_data.Id("linxi-2018-quality-county-plan"))!;
        Assert.Contains(county.Parents, p => p.Id == _data.Id("wangchuan-2017-quality-city-plan") && p.Relation == Relations.Implements);
        Assert.Contains(county.Parents, p => p.Id == _data.Id("cangland-2016-quality-province-opinions"));
        var city = lineage.Of(_data.Id("wangchuan-2017-quality-city-plan"))!;
        Assert.Contains(city.Parents, p => p.Id == _data.Id("cangland-2016-quality-province-opinions"));
        Assert.Contains(city.Children, c => c.Id == _data.Id("linxi-2018-quality-county-plan"));
        var province = lineage.Of(_data.Id("cangland-2016-quality-province-opinions"))!;
        Assert.Contains(province.Parents, p => p.Id == "guofa-2012-9" && p.Resolved);
        var national = lineage.Of("guofa-2012-9")!;
        Assert.Equal(DocumentKinds.Known, national.Node.Kind);
        Assert.Contains(national.Children, c => c.Id == _data.Id("000"));
        Assert.Contains(national.Children, c => c.Id == _data.Id("004"));
    }

    [Fact]
    public void A_document_known_only_by_its_citation_is_a_node_with_its_citers()
    {
        var soil = Cited("000").Single(c => !c.Target.Resolved);
        Assert.Equal("土壤防治行动计划", soil.Target.Title);
        var node = new LineageService(_data.Store, DocumentRegistry.Instance).Of(soil.Target.Id)!;
        Assert.Equal(DocumentKinds.Cited, node.Node.Kind);
        Assert.Equal([_data.Id("000")], node.Children.Select(c => c.Id));
    }

    [Fact]
    public void Tasks_carry_their_departments_and_indicators_their_goals()
    {
        var d002 = _data.Store.GetDocument(_data.Id("002"))!;
        var product = d002.Tasks.Single(t => t.Title == "大力提升产品质量");
        Assert.Equal(["区市场监管局"], product.Lead.Select(l => l.Name));
        Assert.Equal("贵池区市场监督管理局", product.Lead[0].Canonical);
        var goals = d002.Indicators.Where(i => i.GoalId is not null).ToList();
        Assert.Contains(goals, i => i.Name == "住宅工程分户验收执行率" && i.Value == 100);
        // A target restated in a task paragraph is one indicator.
        Assert.Single(d002.Indicators, i => i.Name == "工业产品质量监督抽查合格率");
        var d001 = _data.Store.GetDocument(_data.Id("001"))!;
        Assert.All(d001.Indicators.Where(i => i.Text.Contains("普及率超过30%", StringComparison.Ordinal)), i => Assert.Equal(2015, i.Year));
        Assert.Equal("农业标准化生产普及率超过30%", d001.Indicators.Single(i => i.Name == "农业标准化生产普及率").Text);
    }

    [Fact]
    public void Every_clause_has_a_facet_and_headings_decide_where_they_can()
    {
        foreach (var id in _data.Store.ListDocuments().Select(d => d.Id))
        {
            var doc = _data.Store.GetDocument(id)!;
            Assert.All(doc.Clauses, c => Assert.False(string.IsNullOrEmpty(c.Facet), $"{c.Id} has no facet"));
        }
        var d004 = _data.Store.GetDocument(_data.Id("004"))!;
        var statistics = d004.Clauses.Single(c => c.Number == "(十三)");
        Assert.Equal("testing", statistics.Facet);
        Assert.True(statistics.FacetFromHeading);
    }
}

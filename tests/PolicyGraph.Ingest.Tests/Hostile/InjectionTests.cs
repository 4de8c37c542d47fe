using PolicyGraph.Core.Text;
using System.Text;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Graph;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Tests.Graph;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Hostile;

/// <summary>
/// Documents whose title, clauses, departments and open-information fields carry SQL, Cypher and Lucene syntax:
/// stored and read back verbatim, found by search, exported as data (CSV fields, GraphML text), and the store is
/// intact afterwards. Lookups by hostile ids, numbers and titles find nothing and change nothing.
/// </summary>
public sealed class InjectionTests : IDisposable
{
    public static readonly string[] Injections =
    [
        "'); DROP TABLE documents; --",
        "\" OR 1=1 --",
        "' OR '1'='1",
        "}) DETACH DELETE n //",
        "$param",
        "`x` MATCH (n) RETURN n",
        "*:* OR (((",
        "field:[a TO z]",
        "质量* ?量 \\",
        "<script>alert(1)</script>",
    ];

    /// <summary>
    /// A title holds no semicolon (that would make the line a sentence) and loses its spaces (as a title broken over
    /// lines does), so this one has neither: SQL comments stand in for the spaces.
    /// </summary>
    private const string TitleInjection = "')DROP/**/TABLE/**/documents--\"OR/**/1=1`n`$title})DETACH/**/DELETE/**/n//";

    private static readonly string Text = $"""
        临溪县人民政府办公室关于印发{TitleInjection}质量强县工作方案的通知
        临政办〔2018〕5号
        各乡镇人民政府，县政府各部门：
        现将《临溪县{Injections[1]}质量强县工作方案》印发给你们，请认真贯彻执行。
        一、主要目标
        到2020年，全县产品质量监督抽查合格率达到95%以上。{Injections[2]}
        二、重点任务
        （一）加强质量监管{Injections[3]}，完善监管体系。（责任单位：县{Injections[2]}市场监管局）
        （二）推进标准化建设{Injections[4]}{Injections[5]}，实施标准化战略。
        （三）实施品牌战略{Injections[6]}{Injections[7]}，培育知名品牌。
        （四）提升服务质量{Injections[8]}{Injections[9]}，提高顾客满意度。
        （五）加强组织领导{Injections[0]}，落实工作责任。
        """;

    private static readonly string Html = $"""
        <html><head><title>{Escape(Injections[3])}关于质量工作的通知</title></head><body>
        <table><tr><td>索 引 号:</td><td>{Escape(Injections[0])}</td><td>发布机构:</td><td>{Escape(Injections[1])}县人民政府&#1;</td></tr>
        <tr><td>文  号:</td><td>{Escape(Injections[2])}</td><td>成文日期:</td><td>2018-05-21</td></tr></table>
        <p>一、主要任务</p><p>（一）加强质量监管{Escape(Injections[5])}，完善监管体系。</p><p>（二）推进标准化建设{Escape(Injections[6])}。</p>
        </body></html>
        """;

    private readonly TemporaryDirectory _data = new();
    private readonly SqliteGraphStore _store;
    private readonly ClauseIndex _index;
    private readonly IngestReport _report;

    public InjectionTests()
    {
        _store = new SqliteGraphStore(_data.Path);
        _index = new ClauseIndex(_data.Path);
        var pipeline = new IngestPipeline(_store, new DocumentReaders(ReaderLimits.Default), _index);
        var sample = RepositoryFiles.SampleFile("cangland-2016-quality-province-opinions.txt");
        _report = pipeline.IngestPaths([sample]);
        var hostile = pipeline.IngestBytes("'); DROP TABLE documents; --.txt", "upload:injection", Encoding.UTF8.GetBytes(Text));
        var page = pipeline.IngestBytes("\" OR 1=1 --.html", "upload:injection-page", Encoding.UTF8.GetBytes(Html));
        _report = new IngestReport([.. _report.Ingested, .. hostile.Ingested, .. page.Ingested], [], [.. _report.Failed, .. hostile.Failed, .. page.Failed]);
    }

    public void Dispose()
    {
        _index.Dispose();
        _store.Dispose();
        _data.Dispose();
    }

    private static string Escape(string s) => System.Net.WebUtility.HtmlEncode(s);

    private string HostileId => _report.Ingested.Single(i => i.Source.EndsWith(".txt", StringComparison.Ordinal) && i.Source.Contains("DROP", StringComparison.Ordinal)).Id;

    [Fact]
    public void Titles_clauses_and_departments_carrying_sql_cypher_and_lucene_are_stored_and_read_back_verbatim()
    {
        Assert.Empty(_report.Failed);
        Assert.Equal(3, _report.Ingested.Count);
        var stored = _store.GetDocument(HostileId)!;
        Assert.Equal(Text, stored.OriginalText);
        Assert.Equal("'); DROP TABLE documents; --.txt", stored.Document.Source);
        Assert.Equal($"临溪县人民政府办公室关于印发{TitleInjection}质量强县工作方案的通知", stored.Document.Title);
        foreach (var injection in Injections)
        {
            Assert.Contains(stored.Clauses, c => c.Text.Contains(injection, StringComparison.Ordinal));
        }
        var task = stored.Tasks.Single(t => t.Lead.Count > 0);
        Assert.Equal($"县{Injections[2]}市场监管局", Assert.Single(task.Lead).Name);

        var page = _store.GetDocument(_report.Ingested.Single(i => i.Source.EndsWith(".html", StringComparison.Ordinal)).Id)!;
        Assert.Equal("\" OR 1=1 --.html", page.Document.Source);
        // From the open-information table, without the control character that &#1; put at its end.
        Assert.Equal($"{Injections[1]}县人民政府", page.Document.Issuer);
        Assert.Contains(page.Clauses, c => c.Text.Contains(Injections[5], StringComparison.Ordinal));
        Assert.Contains(page.Clauses, c => c.Text.Contains(Injections[6], StringComparison.Ordinal));
    }

    [Fact]
    public void Searching_for_the_injections_answers_or_refuses_clearly_and_finds_the_clauses_that_carry_them()
    {
        var search = new SearchService(_index, QueryInterpreter.Instance);
        foreach (var injection in Injections)
        {
            try
            {
                var response = search.Search(new SearchRequest(injection) { Level = injection, Province = injection });
                Assert.Empty(response.Hits); // no document has these as its level or province
                response = search.Search(new SearchRequest(injection));
                Assert.All(response.Hits, h => SearchPropertyTests.AssertEscapedHighlight(h.Text, h.Highlight));
            }
            catch (SearchQueryException e)
            {
                ReaderPropertyTests.AssertReason(e.Message);
            }
        }
        var found = search.Search(new SearchRequest("加强质量监管 DETACH DELETE"));
        var hit = found.Hits.First(h => h.DocId == HostileId);
        Assert.Contains(Injections[3], hit.Text, StringComparison.Ordinal);
        SearchPropertyTests.AssertEscapedHighlight(hit.Text, hit.Highlight);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", search.Search(new SearchRequest("提升服务质量")).Hits.First(h => h.DocId == HostileId).Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_by_hostile_ids_numbers_and_titles_find_nothing_and_the_store_is_intact_after()
    {
        var before = _store.ListDocuments().Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        foreach (var injection in Injections)
        {
            Assert.Null(_store.FindDocument(injection));
            Assert.Null(_store.GetDocument(injection));
            Assert.Null(_store.FindClause(injection));
            Assert.Null(_store.FindBySourceKey(injection));
            Assert.Empty(_store.FindByNumber(injection));
            Assert.Empty(_store.FindByTitleKey(injection));
            Assert.Empty(_store.FindCitations(injection, [injection, TitleKey.Of(injection)]));
            Assert.Empty(_store.LinksFrom(injection));
            Assert.Empty(_store.LinksTo(injection));
            Assert.Empty(_store.DocumentsWithIndicator(injection));
            Assert.False(_store.Delete(injection));
        }
        Assert.Equal(before, _store.ListDocuments().Select(d => d.Id).Order(StringComparer.Ordinal).ToList());

        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.Path, SqliteGraphStore.FileName)};Mode=ReadOnly");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
        check.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var tables = new List<string>();
        using (var reader = check.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        Assert.Contains("documents", tables);
        Assert.Contains("clauses", tables);
        check.CommandText = "SELECT count(*) FROM documents";
        Assert.Equal(3L, check.ExecuteScalar());
    }

    [Fact]
    public void The_export_for_neo4j_carries_the_injections_as_data_and_graphml_as_text()
    {
        using var output = new TemporaryDirectory();
        var graph = new GraphProjection(_store, DocumentRegistry.Instance).All();
        var csv = GraphExport.Write(graph, GraphExport.Neo4jCsv, Path.Combine(output.Path, "csv"));
        var clauses = ExportTests.ReadCsv(csv.Files.Single(f => Path.GetFileName(f) == "nodes-Clause.csv"));
        var text = Array.IndexOf(clauses[0], "text");
        Assert.True(text >= 0, string.Join(",", clauses[0]));
        var documents = ExportTests.ReadCsv(csv.Files.Single(f => Path.GetFileName(f) == "nodes-Document.csv"));
        var title = Array.IndexOf(documents[0], "title");
        Assert.Contains(documents.Skip(1), row => row[title].Contains(TitleInjection, StringComparison.Ordinal));
        foreach (var injection in Injections)
        {
            Assert.Contains(clauses.Skip(1), row => row[text].Contains(injection, StringComparison.Ordinal));
        }

        var graphMl = GraphExport.Write(graph, GraphExport.GraphMl, Path.Combine(output.Path, "graphml"));
        var values = XDocument.Load(graphMl.Files.Single()).Descendants(XName.Get("data", "http://graphml.graphdrawing.org/xmlns")).Select(d => d.Value).ToList();
        foreach (var injection in Injections)
        {
            Assert.Contains(values, v => v.Contains(injection, StringComparison.Ordinal));
        }
    }
}

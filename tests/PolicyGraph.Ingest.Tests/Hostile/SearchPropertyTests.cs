using System.Net;
using System.Text.RegularExpressions;
using PolicyGraph.Core.Text;
using PolicyGraph.Core.Precedent;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;
using Xunit.Abstractions;

namespace PolicyGraph.Ingest.Tests.Hostile;

/// <summary>
/// Search, suggestions, precedent and the passage aligner on random and pathological queries against the samples:
/// an answer or a <see cref="SearchQueryException"/> with its reason, never another exception, never a hang;
/// highlights are HTML-escaped clause text with marks; the page never passes its bounds.
/// </summary>
public sealed partial class SearchPropertyTests(SearchPropertyTests.SamplesIndex samples, ITestOutputHelper output) : IClassFixture<SearchPropertyTests.SamplesIndex>
{
    private readonly PropertyCheck _check = new(output);

    public sealed class SamplesIndex : IDisposable
    {
        private readonly TemporaryDirectory _data = new();

        public SqliteGraphStore Store { get; }
        public ClauseIndex Index { get; }
        public SearchService Search { get; }

        public SamplesIndex()
        {
            Store = new SqliteGraphStore(_data.Path);
            Index = new ClauseIndex(_data.Path);
            var report = new IngestPipeline(Store, new DocumentReaders(ReaderLimits.Default), Index, linkClauses: false).IngestPaths([RepositoryFiles.Samples]);
            Assert.Equal(5, report.Ingested.Count);
            Search = new SearchService(Index, QueryInterpreter.Instance);
        }

        public void Dispose()
        {
            Index.Dispose();
            Store.Dispose();
            _data.Dispose();
        }
    }

    /// <summary>Query syntax of Lucene, SQL and Cypher, and what people paste into search boxes.</summary>
    private static readonly string[] Syntax =
    [
        "*:* OR (((", "field:[a TO z]", "text:质量^10", "质量*", "?量", "质*量", "\"质量", "质量\"", "\"\"", "\\", "\\\\", "\\\"", "+-!(){}[]^\"~*?:\\/",
        "AND", "OR NOT", "&&", "||", "doc_id:*", "{!lucene}", "/.*/", "质量~0.5", "\"质量 发展\"~10", "'); DROP TABLE documents; --", "\" OR 1=1 --",
        "}) DETACH DELETE n //", "$param", "`x`", "MATCH (n) RETURN n", "<script>alert(1)</script>", "&lt;", "&amp;", "%00", "%27", "\u0000", "\uD800",
        "国发〔2012〕9号", "国发[2012]9号", "〔2012〕", "号", "哪些地方要求建立首席质量官制度？", "质量技术监督局", "质监局", "首席质量官", "标准化", "品牌",
    ];

    private static readonly string[] Words = ["质量", "标准", "品牌", "监管", "企业", "发展", "建设", "提升", "农业", "服务业", "满意度", "合格率", "诚信", "首席质量官"];

    private static string Query(HostileInput g) => g.Next(7) switch
    {
        0 => g.Unicode(1200),
        1 => string.Concat(Enumerable.Range(0, g.Next(1, 8)).Select(_ => g.Pick(Syntax) + g.Pick([" ", "", "　", "\t"]))),
        2 => string.Join(g.Pick([" ", "", "，", "、"]), Enumerable.Range(0, g.Next(1, 12)).Select(_ => g.Pick(Words))),
        3 => new string(Enumerable.Range(0, g.Next(1, 1001)).Select(_ => g.Pick("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~，。、；：？！“”‘’（）【】《》〔〕—…".ToCharArray())).ToArray()),
        // Many distinct keywords: each one adds clauses to the query.
        4 => string.Join(' ', Enumerable.Range(0, g.Next(100, 500)).Select(_ => new string([(char)g.Random.Next(0x4E00, 0x9FA5), (char)g.Random.Next(0x4E00, 0x9FA5)]))),
        5 => new string(g.Pick(['质', '一', '"', '*', '(', ' ', '号']), g.Pick([1, 999, 1000, 1001, 10_000])),
        _ => g.Mutate(g.Pick(Words) + g.Pick(Syntax), g.Unicode(30)),
    };

    private static readonly int[] Numbers = [-1, 0, 1, 10, 99, 100, 101, 1000, 1_000_000, int.MaxValue, int.MinValue, 700_000_000];

    private sealed record SearchCase(SearchRequest Request) : IHostileSample
    {
        public byte[] Bytes => System.Text.Encoding.UTF8.GetBytes(Request.ToString());
    }

    [Trait("Category", "Slow")] // a large property: left out of ./test.sh --fast (README: running the tests)
    [Fact]
    public void Search_answers_or_refuses_any_query_with_any_filters_and_highlights_only_escaped_text()
    {
        _check.ForAll("search", 1200, g => new SearchCase(new SearchRequest(g.Chance(0.05) ? "" : Query(g))
        {
            Top = g.Chance(0.5) ? 10 : g.Pick(Numbers),
            Offset = g.Chance(0.6) ? 0 : g.Pick(Numbers),
            Level = g.Chance(0.8) ? null : g.Pick(["province", "city", "county", "", " ", "'; --", g.Unicode(10)]),
            Province = g.Chance(0.8) ? null : g.Pick(["沧州省", "\" OR 1=1", g.Unicode(10)]),
            YearFrom = g.Chance(0.8) ? null : g.Pick(Numbers),
            YearTo = g.Chance(0.8) ? null : g.Pick(Numbers),
            Role = g.Chance(0.9) ? null : g.Pick(["task", "goal", "*"]),
            DocType = g.Chance(0.9) ? null : g.Pick(["实施方案", "*:*"]),
            Facet = g.Chance(0.9) ? null : g.Pick(["品牌", "(((", ""]),
            CountFacets = g.Chance(0.3),
        }), x =>
        {
            SearchResponse response;
            try
            {
                response = samples.Search.Search(x.Request);
            }
            catch (SearchQueryException e)
            {
                ReaderPropertyTests.AssertReason(e.Message);
                return;
            }
            Assert.Equal(x.Request.Query, response.Query);
            Assert.True(response.Hits.Count <= Math.Clamp(x.Request.Top, 1, SearchService.MaxTop), $"{response.Hits.Count} hits for top {x.Request.Top}");
            Assert.True(response.Total >= 0 && response.Groups.Count <= Math.Max(response.Ranked, 0));
            foreach (var hit in response.Hits)
            {
                AssertEscapedHighlight(hit.Text, hit.Highlight);
            }
        });
    }

    /// <summary>The highlight is the text, HTML-escaped, with &lt;mark&gt; around matches and no other markup.</summary>
    internal static void AssertEscapedHighlight(string text, string highlight)
    {
        var unmarked = highlight.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', unmarked);
        Assert.DoesNotContain('>', unmarked);
        Assert.DoesNotContain('"', unmarked);
        Assert.DoesNotContain('\'', unmarked);
        Assert.DoesNotMatch(EntityOtherThanEscapes(), unmarked);
        Assert.Equal(text, WebUtility.HtmlDecode(unmarked));
    }

    [GeneratedRegex("&(?!amp;|lt;|gt;|quot;|#39;)")]
    private static partial Regex EntityOtherThanEscapes();

    [Trait("Category", "Slow")] // a large property: left out of ./test.sh --fast (README: running the tests)
    [Fact]
    public void The_highlighter_escapes_any_clause_text_whatever_is_asked_for()
    {
        _check.ForAll("highlighter", 1500, g => (Text: g.Chance(0.5) ? g.Unicode(600) : g.Mutate("<script>alert('质量')</script> & \"标准化\" 质量提升", g.Unicode(50)),
            Wanted: Enumerable.Range(0, g.Next(6)).Select(_ => g.Chance(0.5) ? g.Pick(Words) : g.Unicode(12)).ToList(), Traditional: g.Chance(0.3)),
            x =>
            {
                // Both ways in: the words asked for (prepared inside), and units taken as given (empty ones too).
                AssertEscapedHighlight(x.Text, Highlighter.Highlight(x.Text, x.Traditional, x.Wanted.AsEnumerable()));
                AssertEscapedHighlight(x.Text, Highlighter.Highlight(x.Text, x.Traditional, (IReadOnlyList<string>)x.Wanted));
            });
    }

    [Fact]
    public void Suggestions_answer_any_typed_text()
    {
        var suggester = new Suggester(samples.Store);
        _check.ForAll("suggest", 800, g => (Typed: g.Chance(0.3) ? g.Pick(Words)[..1] : Query(g), Top: g.Pick(Numbers)), x =>
        {
            var suggestions = suggester.Suggest(x.Typed, x.Top);
            Assert.True(suggestions.Count <= Suggester.MaxSuggestions);
            Assert.All(suggestions, s => Assert.False(string.IsNullOrEmpty(s)));
        });
    }

    [Trait("Category", "Slow")] // a large property: left out of ./test.sh --fast (README: running the tests)
    [Fact]
    public void The_passage_aligner_gives_non_overlapping_shared_runs_of_equal_text_on_long_passages()
    {
        var texts = HostileCorpus.Texts.Value.Select(t => Core.Text.SearchNormaliser.ToSearchText(t).Replace(" ", "", StringComparison.Ordinal)).ToList();
        _check.ForAll("passage aligner", 300, g =>
        {
            string Passage(int max)
            {
                var source = g.Pick(texts);
                var start = g.Next(source.Length);
                var piece = source.Substring(start, Math.Min(source.Length - start, g.Length(max)));
                var passage = g.Next(4) switch
                {
                    0 => g.Mutate(piece, g.Pick(texts)),
                    1 => new string(g.Pick(['质', '量']), g.Length(max)),
                    2 => string.Concat(Enumerable.Repeat("质量发展", g.Length(max) / 4)),
                    _ => piece,
                };
                // Mutations can add 30,000-character lines; the aligner's callers pass at most a passage of 5,000
                // against a clause (a few hundred characters, a long one 10,000).
                return passage.Length > max ? passage[..max] : passage;
            }
            return (Passage: Passage(PrecedentService.MaxPassageLength), Clause: Passage(10_000), MinimumRun: g.Random.Next(1, 9));
        }, x =>
        {
            var alignment = PassageAligner.Align(x.Passage, x.Clause, x.MinimumRun);
            var usedPassage = new bool[x.Passage.Length];
            var usedClause = new bool[x.Clause.Length];
            foreach (var (ps, cs, length) in alignment.SharedRuns)
            {
                Assert.InRange(length, PassageAligner.MinimumRun, Math.Min(x.Passage.Length, x.Clause.Length));
                Assert.InRange(ps, 0, x.Passage.Length - length);
                Assert.InRange(cs, 0, x.Clause.Length - length);
                Assert.Equal(x.Passage.Substring(ps, length), x.Clause.Substring(cs, length));
                for (var k = 0; k < length; k++)
                {
                    Assert.False(usedPassage[ps + k] || usedClause[cs + k], "shared runs overlap");
                    usedPassage[ps + k] = usedClause[cs + k] = true;
                }
            }
            Assert.InRange(alignment.PassageCoverage, 0, 1);
            Assert.InRange(alignment.ClauseCoverage, 0, 1);
            Assert.InRange(alignment.LocalScore, 0, 1);
        });
    }

    [Trait("Category", "Slow")] // a large property: left out of ./test.sh --fast (README: running the tests)
    [Theory]
    [InlineData("质", "质")]
    [InlineData("质量", "质量")]
    [InlineData("质量发展", "质量发展质")]
    public void The_passage_aligner_on_the_longest_passage_against_a_long_clause_of_repeats_finishes_quickly(string passageUnit, string clauseUnit)
    {
        // Every cell continues a run: the most runs the tiling can be given.
        var passage = string.Concat(Enumerable.Repeat(passageUnit, PrecedentService.MaxPassageLength / passageUnit.Length));
        var clause = string.Concat(Enumerable.Repeat(clauseUnit, 10_000 / clauseUnit.Length));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var alignment = PassageAligner.Align(passage, clause);
        output.WriteLine($"{passage.Length:N0} × {clause.Length:N0} characters of '{passageUnit}'/'{clauseUnit}': {alignment.SharedRuns.Count} runs, coverage {alignment.PassageCoverage:F3}, {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.Elapsed < PropertyCheck.DefaultLimit, $"took {clock.Elapsed}");
        Assert.True(alignment.PassageCoverage > 0.9);
    }

    [Trait("Category", "Slow")] // a large property: left out of ./test.sh --fast (README: running the tests)
    [Fact]
    public void Precedent_answers_or_refuses_any_passage_and_marks_only_ranges_of_its_hits()
    {
        var service = new PrecedentService(samples.Index, samples.Store);
        var texts = HostileCorpus.Texts.Value;
        _check.ForAll("precedent", 150, g =>
        {
            var source = g.Pick(texts);
            var start = g.Next(source.Length);
            var text = g.Next(4) switch
            {
                0 => g.Unicode(800),
                1 => g.Pick(Syntax),
                _ => g.Mutate(source.Substring(start, Math.Min(source.Length - start, g.Length(600))), g.Unicode(40)),
            };
            return new SimilarRequest(text) { Top = g.Pick(Numbers), ExcludeDoc = g.Chance(0.2) ? g.Unicode(10) : null };
        }, request =>
        {
            SimilarResponse response;
            try
            {
                response = service.Find(request);
            }
            catch (SearchQueryException e)
            {
                ReaderPropertyTests.AssertReason(e.Message);
                return;
            }
            Assert.True(response.Hits.Count <= 100);
            foreach (var hit in response.Hits)
            {
                Assert.InRange(hit.Coverage, 0, 1);
                Assert.All(hit.Shared, r => Assert.True(r.Length == 2 && 0 <= r[0] && r[0] <= r[1] && r[1] <= hit.Text.Length, $"range [{string.Join(',', r)}] of a {hit.Text.Length}-character clause"));
            }
        });
    }

    [Fact]
    public void The_longest_passage_precedent_takes_answers_within_the_time_limit()
    {
        var service = new PrecedentService(samples.Index, samples.Store);
        // A sample's longest clause over and over: 150 candidates, each aligned against 5,000 characters, with runs.
        var clause = samples.Store.ListDocuments().SelectMany(d => samples.Store.GetDocument(d.Id)!.Clauses).MaxBy(c => c.Text.Length)!.Text;
        var passage = string.Concat(Enumerable.Repeat(clause, PrecedentService.MaxPassageLength / clause.Length + 1))[..PrecedentService.MaxPassageLength];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = service.Find(new SimilarRequest(passage));
        output.WriteLine($"{passage.Length:N0} characters repeating a {clause.Length}-character clause: {response.Hits.Count} hits in {clock.ElapsedMilliseconds} ms");
        Assert.NotEmpty(response.Hits);
        Assert.True(clock.Elapsed < PropertyCheck.DefaultLimit, $"took {clock.Elapsed}");
        var tooLong = Assert.Throws<SearchQueryException>(() => service.Find(new SimilarRequest(new string('质', PrecedentService.MaxPassageLength + 1))));
        Assert.StartsWith("passage too long", tooLong.Message, StringComparison.Ordinal);
    }
}

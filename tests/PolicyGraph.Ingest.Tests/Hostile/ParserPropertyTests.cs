using System.Globalization;
using System.Text;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Regions;
using PolicyGraph.Core.Store;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Extraction.Metadata;
using PolicyGraph.Ingest.Normalising;
using PolicyGraph.Ingest.Outline;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Testing;
using Xunit.Abstractions;

namespace PolicyGraph.Ingest.Tests.Hostile;

/// <summary>
/// The steps after the reader, on text no reader would refuse: random Unicode, policy-shaped text and mutations of
/// the corpus. No step throws; offsets stay in range; what a step gives as written is in the text it was given.
/// </summary>
[Trait("Category", "Slow")] // left out of ./test.sh --fast (README: running the tests)
public sealed class ParserPropertyTests(ITestOutputHelper output)
{
    private readonly PropertyCheck _check = new(output);

    /// <summary>Text for the steps: random, policy-shaped, or a mutated reference document.</summary>
    private static string Text(HostileInput g)
    {
        var texts = HostileCorpus.Texts.Value;
        return g.Next(4) switch
        {
            0 => g.Unicode(5000),
            1 => g.PolicyLike(),
            _ => g.Mutate(g.Pick(texts), g.Pick(texts)),
        };
    }

    private static NormalisedDocument Normalise(string text) =>
        DocumentNormaliser.Normalise(new SourceText(text, "txt", new Dictionary<string, string>()));

    [Fact]
    public void The_normaliser_keeps_every_paragraph_character_mapped_to_the_same_character_of_the_original()
    {
        _check.ForAll("normaliser", 700, Text, text =>
        {
            var doc = Normalise(text);
            Assert.Equal(text, doc.Original);
            for (var p = 0; p < doc.Paragraphs.Count; p++)
            {
                var paragraph = doc.Paragraphs[p];
                Assert.Equal(p, paragraph.Index);
                Assert.NotEmpty(paragraph.Text);
                for (var i = 0; i < paragraph.Text.Length; i++)
                {
                    Assert.Equal(text[paragraph.Display.SourceIndexOf(i)], paragraph.Text[i]);
                }
                Assert.InRange(paragraph.SourceStart, 0, paragraph.SourceEnd);
                Assert.InRange(paragraph.SourceEnd, paragraph.SourceStart, text.Length);
                AssertMapped(paragraph.Search, paragraph.Text.Length);
            }
        });
    }

    [Fact]
    public void The_search_view_of_any_text_maps_each_character_into_the_text()
    {
        _check.ForAll("search view", 1500, g => (Text: g.Unicode(3000), Traditional: g.Pick<bool?>([null, true, false])), x =>
        {
            var view = SearchNormaliser.Normalise(x.Text, x.Traditional);
            AssertMapped(view, x.Text.Length);
        });
    }

    private static void AssertMapped(MappedText view, int sourceLength)
    {
        Assert.Equal(sourceLength, view.SourceLength);
        for (var i = 0; i < view.Text.Length; i++)
        {
            var (start, end) = view.ToSource(i, i + 1);
            Assert.InRange(start, 0, sourceLength);
            Assert.InRange(end, start, sourceLength);
        }
        var whole = view.ToSource(0, view.Text.Length);
        Assert.InRange(whole.Start, 0, sourceLength);
        Assert.InRange(whole.End, whole.Start, sourceLength);
    }

    [Fact]
    public void The_outline_gives_a_tree_of_sections_and_clauses_whose_text_is_in_the_original_between_their_offsets()
    {
        _check.ForAll("outline", 500, Text, text =>
        {
            var doc = Normalise(text);
            var outline = OutlineParser.Parse(doc);
            AssertOutline(text, outline);
        });
    }

    internal static void AssertOutline(string original, ParsedOutline outline)
    {
        for (var s = 0; s < outline.Sections.Count; s++)
        {
            var section = outline.Sections[s];
            Assert.Equal(s, section.Index);
            if (section.ParentIndex is { } parent)
            {
                Assert.InRange(parent, 0, s - 1);
            }
        }
        Assert.Equal(outline.Clauses.Count, outline.Clauses.Select(c => c.Path).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(outline.Sections.Count, outline.Sections.Select(c => c.Path).Distinct(StringComparer.Ordinal).Count());
        for (var c = 0; c < outline.Clauses.Count; c++)
        {
            var clause = outline.Clauses[c];
            Assert.Equal(c, clause.Index);
            if (clause.SectionIndex is { } section)
            {
                Assert.InRange(section, 0, outline.Sections.Count - 1);
            }
            if (clause.LeadIndex is { } lead)
            {
                Assert.InRange(lead, 0, outline.Clauses.Count - 1);
            }
            Assert.InRange(clause.SourceStart, 0, original.Length);
            Assert.InRange(clause.SourceEnd, clause.SourceStart, original.Length);
            AssertSubsequence(clause.Text, original, clause.SourceStart, clause.SourceEnd, clause.Path);
        }
    }

    /// <summary>The clause's characters (its line joins aside) occur in this order in original[start..end).</summary>
    private static void AssertSubsequence(string clauseText, string original, int start, int end, string path)
    {
        var at = start;
        foreach (var c in clauseText)
        {
            if (c == '\n')
            {
                continue;
            }
            while (at < end && original[at] != c)
            {
                at++;
            }
            Assert.True(at < end, $"clause {path}: '{c}' (U+{(int)c:X4}) of its text is not in the original between {start} and {end}");
            at++;
        }
    }

    [Fact]
    public void Metadata_from_any_document_is_well_formed()
    {
        _check.ForAll("metadata", 400, Text, text =>
        {
            var doc = Normalise(text);
            var metadata = MetadataResolver.Resolve(doc, OutlineParser.Parse(doc), Gazetteer.Instance);
            foreach (var date in new[] { metadata.Date, metadata.Published }.OfType<string>())
            {
                Assert.True(DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"date '{date}'");
            }
            if (metadata.DocNumber is { } number)
            {
                Assert.Equal(number, DocumentNumber.Normalise(number));
            }
            if (metadata.Year is { } year)
            {
                Assert.InRange(year, 1000, 9999);
            }
        });
    }

    [Fact]
    public void Indicators_departments_and_citations_found_in_any_clause_are_spans_of_it()
    {
        _check.ForAll("extractors", 1500, g => g.Chance(0.5) ? g.Unicode(800) : g.Mutate(g.PolicyLike(3), g.Unicode(200)), text =>
        {
            var view = SearchNormaliser.Normalise(text);
            foreach (var m in IndicatorExtractor.Extract(view.Text, 2020))
            {
                Assert.InRange(m.Start, 0, view.Text.Length);
                Assert.InRange(m.End, m.Start, view.Text.Length);
                Assert.True(double.IsFinite(m.Value), $"indicator value {m.Value}");
                Assert.False(string.IsNullOrWhiteSpace(m.Name));
                var (start, end) = view.ToSource(m.Start, m.End);
                Assert.InRange(end, start, text.Length);
            }
            if (DepartmentExtractor.Extract(view) is { } responsibility)
            {
                foreach (var name in responsibility.Lead.Concat(responsibility.Support))
                {
                    Assert.False(string.IsNullOrWhiteSpace(name));
                    Assert.Contains(name, text, StringComparison.Ordinal);
                    Assert.NotNull(DepartmentExtractor.Describe(name, null, null));
                }
            }
            var clauses = view.Text.Split('。');
            foreach (var citation in CitationExtractor.Extract(clauses, [], null))
            {
                Assert.InRange(citation.ClauseIndex, 0, clauses.Length - 1);
                Assert.Contains(citation.Raw, clauses[citation.ClauseIndex], StringComparison.Ordinal);
                if (citation.Number is { } number)
                {
                    Assert.Equal(number, DocumentNumber.Normalise(number));
                }
            }
        });
    }

    [Fact]
    public void Dates_parse_to_real_calendar_dates_or_to_nothing()
    {
        _check.ForAll("dates", 3000, g => g.Next(3) switch
        {
            0 => g.Unicode(60),
            1 => $"{g.Pick(["", "二〇", "2", "１"])}{g.Pick(["一七", "017", "999", "0000", "99999999999"])}{g.Pick(["年", "-", "/", ".", "年年"])}{g.Pick(["十三", "2", "0", "02", "１２", "二十"])}{g.Pick(["月", "-", "/", "."])}{g.Pick(["三十二", "29", "31", "0", "三十", "二十九"])}{g.Pick(["日", "", "号"])}",
            _ => g.Mutate("二〇一七年三月五日 2018-05-22 2018/5/22 2018.05.22", g.Unicode(20)),
        }, text =>
        {
            if (ChineseDate.Parse(text) is { } date)
            {
                Assert.True(DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"'{text}' gave '{date}'");
            }
        });
    }

    [Fact]
    public void Document_numbers_found_anywhere_are_in_the_text_and_normalise_to_themselves()
    {
        _check.ForAll("document numbers", 3000, g => g.Next(3) switch
        {
            0 => g.Unicode(300),
            1 => $"{g.Pick(["国发", "國辦發", "皖政", "某政办发", "", "X", "质监", " "])}{g.Pick(["〔", "[", "【", "(", "（", "〈", "", " "])}{g.Pick(["2017", "1", "99999999999", "２０１７", "0", "-1"])}{g.Pick(["〕", "]", "】", ")", "）", "〉", ""])}{g.Pick(["9", "0", "08", "99999999999", "-3", "", "九"])}{g.Pick(["号", "號", "", "号号"])}",
            _ => g.Mutate("根据国发〔2012〕9号、皖政[2017]8號和（2019）3号", g.Unicode(20)),
        }, text =>
        {
            foreach (var (number, index, length) in DocumentNumber.FindAll(text))
            {
                Assert.InRange(index, 0, text.Length);
                Assert.InRange(length, 1, text.Length - index);
                var written = number.ToString();
                Assert.True(DocumentNumber.TryParse(written, out var again), $"'{written}' does not parse back");
                Assert.Equal(number, again);
            }
            if (DocumentNumber.Normalise(text) is { } normal)
            {
                Assert.Equal(normal, DocumentNumber.Normalise(normal));
            }
        });
    }

    private static readonly DocumentBuilder Builder = new(new DocumentReaders(ReaderLimits.Default), Gazetteer.Instance, FacetClassifier.Instance);

    /// <summary>
    /// Builds or refuses: a refusal is the reader's, or a step's deliberate one (no inner exception); a step that
    /// failed with an exception of its own (IngestStepException wrapping it) is a crash the builder only reported.
    /// </summary>
    internal static DocumentGraph? BuildOrRefuse(string source, byte[] bytes)
    {
        try
        {
            var graph = Builder.Build(source, "hostile:" + source, bytes);
            AssertGraph(graph);
            return graph;
        }
        catch (UnreadableDocumentException e)
        {
            ReaderPropertyTests.AssertReason(e.Message);
            return null;
        }
        catch (IngestStepException e) when (e.InnerException is null)
        {
            ReaderPropertyTests.AssertReason(e.Message);
            return null;
        }
    }

    private static void AssertGraph(DocumentGraph graph)
    {
        var info = graph.Document;
        Assert.Matches("^[a-z0-9_-]+$", info.Id);
        Assert.Equal(graph.Clauses.Count, info.ClauseCount);
        Assert.NotEmpty(graph.Clauses);
        var ids = graph.Sections.Select(s => s.Id).Concat(graph.Clauses.Select(c => c.Id)).Concat(graph.Goals.Select(g => g.Id))
            .Concat(graph.Tasks.Select(t => t.Id)).Concat(graph.Indicators.Select(i => i.Id)).Concat(graph.Citations.Select(c => c.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var clauses = graph.Clauses.ToDictionary(c => c.Id);
        foreach (var clause in graph.Clauses)
        {
            Assert.InRange(clause.SourceStart, 0, graph.OriginalText.Length);
            Assert.InRange(clause.SourceEnd, clause.SourceStart, graph.OriginalText.Length);
        }
        foreach (var indicator in graph.Indicators)
        {
            var clause = clauses[indicator.ClauseId];
            Assert.Equal(clause.Text[indicator.Start..indicator.End], indicator.Text);
            Assert.True(double.IsFinite(indicator.Value));
        }
        Assert.All(graph.Citations, c => Assert.True(c.ClauseId is null || clauses.ContainsKey(c.ClauseId)));
        Assert.All(graph.Tasks, t => Assert.True(clauses.ContainsKey(t.ClauseId)));
        Assert.All(graph.Goals, g => Assert.True(clauses.ContainsKey(g.ClauseId)));
    }

    [Fact]
    public void The_whole_pipeline_builds_or_refuses_any_text_document_without_a_step_crashing()
    {
        var files = HostileCorpus.OfType(".txt");
        _check.ForAll("pipeline", 300, g => g.Next(3) switch
        {
            0 => Encoding.UTF8.GetBytes(g.PolicyLike(80)),
            1 => Encoding.UTF8.GetBytes(g.Mutate(g.Pick(HostileCorpus.Texts.Value), g.PolicyLike(10))),
            _ => g.Mutate(g.Pick(files).Bytes, g.Pick(files).Bytes),
        }, bytes => BuildOrRefuse("hostile.txt", bytes));
    }

    [Fact]
    public void The_pipeline_builds_or_refuses_mutated_html_and_docx_too()
    {
        var html = Assert.Single(HostileCorpus.OfType(".html")).Bytes;
        var docx = Assert.Single(HostileCorpus.OfType(".docx")).Bytes;
        var docxParts = DocxPackage.Entries(docx);
        _check.ForAll("pipeline html docx", 200, g => g.Chance(0.5)
            ? new NamedFile("hostile.html", g.Mutate(html, Encoding.UTF8.GetBytes(g.PolicyLike(5))))
            : new NamedFile("hostile.docx", DocxPackage.Zip(docxParts.Select(p => p.Name == "word/document.xml"
                ? (p.Name, Encoding.UTF8.GetBytes(g.Mutate(Encoding.UTF8.GetString(p.Content), DocxPackage.Paragraph(g.PolicyLike(3)))))
                : p))), file => BuildOrRefuse(file.Name, file.Bytes));
    }

    [Fact]
    public void Ingested_documents_read_back_from_the_store_exactly_and_failures_name_their_file()
    {
        using var data = new TemporaryDirectory();
        using var store = new SqliteGraphStore(data.Path);
        var pipeline = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default));
        var files = HostileCorpus.OfType(".txt");
        _check.ForAll("ingest and read back", 150, g => new NamedFile($"hostile-{g.Seed}.txt", g.Chance(0.5)
            ? Encoding.UTF8.GetBytes(g.PolicyLike(30))
            : g.Mutate(g.Pick(files).Bytes, Encoding.UTF8.GetBytes(g.Unicode(500)))), file =>
        {
            var report = pipeline.IngestBytes(file.Name, "upload:" + file.Name, file.Bytes);
            Assert.Equal(1, report.Ingested.Count + report.Unchanged.Count + report.Failed.Count);
            if (report.Failed.SingleOrDefault() is { } failed)
            {
                Assert.Equal(file.Name, failed.Source);
                ReaderPropertyTests.AssertReason(failed.Error);
                Assert.DoesNotMatch(@"step failed: \w+Exception:", failed.Error);
                return;
            }
            if (report.Ingested.SingleOrDefault() is { } ingested)
            {
                var built = Builder.Build(file.Name, "upload:" + file.Name, file.Bytes);
                var stored = store.GetDocument(ingested.Id) ?? throw new Xunit.Sdk.XunitException($"{ingested.Id} is not in the store");
                Assert.Equal(built.OriginalText, stored.OriginalText);
                Assert.Equal(built.Document.Title, stored.Document.Title);
                Assert.Equal(built.Clauses.Select(c => (c.Id, c.Text, c.SearchText)), stored.Clauses.Select(c => (c.Id, c.Text, c.SearchText)));
                Assert.Equal(built.Indicators.Select(i => (i.Id, i.Text, i.Value)), stored.Indicators.Select(i => (i.Id, i.Text, i.Value)));
            }
        });
    }

    /// <summary>
    /// Hostile PDFs and .doc files through the pipeline into a store: each is stored whole (what is read back is
    /// what was built) or refused with a reason that names it, leaving nothing behind. Few inputs: each is a
    /// reading process or a LibreOffice run.
    /// </summary>
    [Fact]
    public void Hostile_pdf_and_doc_files_ingest_whole_or_not_at_all()
    {
        Formats.FormatDocuments.RequireConverter();
        using var data = new TemporaryDirectory();
        using var store = new SqliteGraphStore(data.Path);
        var pipeline = new IngestPipeline(store, new DocumentReaders(ReaderLimits.Default));
        var doc = File.ReadAllBytes(Formats.FormatDocuments.Doc);
        _check.ForAll("ingest pdf and doc", 14, g => g.Next(7) switch
        {
            0 => new NamedFile($"hostile-{g.Seed}.doc", HostileDoc.Generate(g, doc)),
            _ => new NamedFile($"hostile-{g.Seed}.pdf", ReaderPropertyTests.HostilePdfFile(g)),
        }, file =>
        {
            var before = store.ListDocuments().Count;
            var report = pipeline.IngestBytes(file.Name, "upload:" + file.Name, file.Bytes);
            Assert.Equal(1, report.Ingested.Count + report.Unchanged.Count + report.Failed.Count);
            if (report.Failed.SingleOrDefault() is { } failed)
            {
                Assert.Equal(file.Name, failed.Source);
                ReaderPropertyTests.AssertReason(failed.Error);
                Assert.DoesNotMatch(@"step failed: \w+Exception:", failed.Error);
                Assert.Equal(before, store.ListDocuments().Count);
                Assert.Null(store.FindBySourceKey("upload:" + file.Name));
                return;
            }
            var ingested = Assert.Single(report.Ingested);
            var built = Builder.Build(file.Name, "upload:" + file.Name, file.Bytes);
            var stored = store.GetDocument(ingested.Id) ?? throw new Xunit.Sdk.XunitException($"{ingested.Id} is not in the store");
            Assert.Equal(built.OriginalText, stored.OriginalText);
            Assert.Equal(built.Clauses.Select(c => (c.Id, c.Text, c.SearchText)), stored.Clauses.Select(c => (c.Id, c.Text, c.SearchText)));
        }, limit: TimeSpan.FromSeconds(150));
    }

    internal sealed record NamedFile(string Name, byte[] Bytes) : IHostileSample;
}

using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Normalising;

namespace PolicyGraph.Ingest.Outline;

/// <summary>
/// The parts of a document around its policy text: title lines (repeats collapsed), the number line, the
/// addressees (主送机关), a notice's cover and the attachment it introduces (domain.md §3), the sign-off
/// (issuer and 成文日期) and footers. None of these are clauses.
/// </summary>
public sealed record FrontMatter
{
    public IReadOnlyList<Paragraph> Titles { get; init; } = [];

    /// <summary>
    /// The document's title among the title lines: one that reads as a title (关于…, ending in a document type),
    /// not a masthead (…人民政府文件) or a site name (…人民政府).
    /// </summary>
    public Paragraph? Title
    {
        get
        {
            var candidates = Titles
                .Where(t => !FrontMatterReader.IsOrganisationLine(t.SearchText) && !(t.SearchText.EndsWith("文件", StringComparison.Ordinal) && IsOrganisationMasthead(t.SearchText)))
                .ToList();
            return candidates.FirstOrDefault(t => t.SearchText.Contains("关于", StringComparison.Ordinal) || DocumentTypes.Ends(t.SearchText))
                ?? candidates.FirstOrDefault();
        }
    }
    public Paragraph? NumberLine { get; init; }
    public Paragraph? Addressees { get; init; }

    /// <summary>A date printed under the title, in brackets or alone: <c>(2021年6月30日)</c> (domain.md §11 L10).</summary>
    public Paragraph? DateUnderTitle { get; init; }

    /// <summary>A news report's lead (<c>…电 近日，X印发了《Y》…全文如下：</c>), which introduces the text and is not part of it.</summary>
    public Paragraph? Lead { get; init; }

    /// <summary>The line after a lead that announces the text: <c>《质量强国建设纲要》全文如下：</c>.</summary>
    public Paragraph? LeadAnnouncement { get; init; }

    /// <summary>How many of <see cref="Titles"/> came before the lead (a headline); those after it are the reprinted text's own.</summary>
    public int TitlesBeforeLead { get; init; }

    /// <summary>
    /// Whether the page reprints the policy its lead names (rather than reporting on it): a lead is kept apart from the
    /// text only when it announces the text (全文如下) or the text follows it under the title it named.
    /// </summary>
    public bool IsReprint => Lead is not null;

    /// <summary>The red masthead (版头) that names the issuing organ: <c>临溪县人民政府办公室文件</c>.</summary>
    public Paragraph? Masthead => Titles.FirstOrDefault(t => t.SearchText.EndsWith("文件", StringComparison.Ordinal) && IsOrganisationMasthead(t.SearchText));

    private static bool IsOrganisationMasthead(string s) => FrontMatterReader.IsOrganisationLine(s[..^2].Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>For a notice that wraps a policy: its cover paragraphs (现将《X》印发给你们 …).</summary>
    public IReadOnlyList<Paragraph> Cover { get; init; } = [];

    public bool IsNotice { get; init; }

    /// <summary>X of 关于印发《X》的通知, as the attachment's own title line writes it when there is one.</summary>
    public string? AttachmentTitle { get; init; }

    public Paragraph? AttachmentTitleLine { get; init; }

    /// <summary>The signing organisation and date: the notice's when it is a notice, else the document's own.</summary>
    public Paragraph? SignOffOrganisation { get; init; }

    public Paragraph? SignOffDate { get; init; }

    /// <summary>Every line of the signing organisations (joint signatures stand on several lines), top to bottom.</summary>
    public IReadOnlyList<Paragraph> SignOffOrganisations { get; init; } = [];

    /// <summary>
    /// Other pages' headlines a news page lists after its report with no label over them (酒城工匠同台竞技 我市举办…):
    /// the site's, not the report's text — but they may name the place the site serves.
    /// </summary>
    public IReadOnlyList<Paragraph> OtherHeadlines { get; init; } = [];

    /// <summary>Paragraphs of the document (the attachment, for a notice) that hold policy text.</summary>
    public required IReadOnlyList<Paragraph> Body { get; init; }
}

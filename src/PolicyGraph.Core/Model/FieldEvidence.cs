namespace PolicyGraph.Core.Model;

/// <summary>
/// Where a document's metadata value was read: <see cref="From"/> names the place (one of <see cref="EvidenceSources"/>),
/// <see cref="Text"/> is what that place says, as written (a line of the page, a table cell).
/// </summary>
public sealed record FieldEvidence(string From, string? Text);

/// <summary>The metadata fields that carry evidence, named as contract.md names them.</summary>
public static class MetadataFields
{
    public const string Title = "title";
    public const string DocNumber = "docNumber";
    public const string Issuer = "issuer";
    public const string Date = "date";
    public const string Published = "published";
    public const string Level = "level";
    public const string Province = "province";
    public const string Region = "region";
    public const string Prefecture = "prefecture";
}

/// <summary>
/// The places a document states its metadata (issue 13, domain.md §11), named as the document page shows them
/// ("from: 公开目录 / 落款 / 文号").
/// </summary>
public static class EvidenceSources
{
    /// <summary>The open-information table (索引号, 发文机关, 文号, 成文日期 …).</summary>
    public const string OpenInformationTable = "公开目录";

    /// <summary>The table's 发布机构: who put the page up, which may be the issuer's office.</summary>
    public const string Publisher = "发布机构";

    /// <summary>The title line(s) at the head of the text.</summary>
    public const string TitleLine = "标题";

    /// <summary>A number written in the title line itself: <c>…的意见(辽政发(2013)15号)</c>, <c>X〔2021〕36号《Y》</c>.</summary>
    public const string TitleNumber = "标题括注";

    /// <summary>A headline of the form issuer + 印发 + title: <c>市委市政府印发关于…的工作方案</c>.</summary>
    public const string Headline = "标题式";

    /// <summary>The 文号 line under the title or after the addressees.</summary>
    public const string NumberLine = "文号";

    /// <summary>The red masthead naming the issuing organ: <c>X人民政府办公室文件</c>.</summary>
    public const string Masthead = "版头";

    /// <summary>The signature block: the signing organisation and the date under it.</summary>
    public const string SignOff = "落款";

    /// <summary>A date printed under the title: <c>(2021年6月30日)</c>.</summary>
    public const string DateUnderTitle = "题注";

    /// <summary>A news item's lead: <c>…电 近日，X印发了《Y》…全文如下</c>.</summary>
    public const string NewsLead = "导语";

    /// <summary>A document-sharing site's file name (<c>…质量发展规划.doc</c>), its extension cut off.</summary>
    public const string FileName = "文件名";

    /// <summary>The HTML page's own title (<c>&lt;title&gt;</c>), with the site's name cut off.</summary>
    public const string PageTitle = "网页标题";

    /// <summary>A date the page's chrome gives without a label: an article-info line, a newspaper's date line.</summary>
    public const string PageDate = "页面日期";

    /// <summary>The division code an open-information 索引号 opens with (<c>445281000000/2025-…</c>, or the 统一社会信用代码's).</summary>
    public const string IndexNumber = "索引号";

    /// <summary>The site's name (a bureau's portal names its place).</summary>
    public const string Site = "网站";

    /// <summary>Derived from the issuer's name (its place, hence level and province).</summary>
    public const string Issuer = "发文机关";

    /// <summary>The issuer code of the 文号 (<c>荆政发</c> → 荆州市).</summary>
    public const string IssuerCode = "文号代字";

    /// <summary>The document speaking of itself: <c>我省</c>, <c>全市</c> with the place named nearby.</summary>
    public const string SelfReference = "自称";

    /// <summary>Whom the document addresses: <c>各县(市、区)人民政府</c> is issued above county level.</summary>
    public const string Addressees = "主送机关";

    /// <summary>The registry of known documents (Data/known-documents.tsv).</summary>
    public const string Registry = "已知文件";
}

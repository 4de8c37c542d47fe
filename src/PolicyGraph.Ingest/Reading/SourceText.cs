namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// What a reader gets out of a file: the text as lines (one paragraph or table row a line for HTML and DOCX),
/// and the metadata the file carries beside its text (an open-information table, a page title).
/// </summary>
public sealed record SourceText(string Text, string Format, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>Field names as the open-information table writes them, whitespace removed.</summary>
    public static class FieldNames
    {
        public const string PageTitle = "页面标题";

        /// <summary>The article's title as the publishing system states it (<c>&lt;meta name="ArticleTitle"&gt;</c>).</summary>
        public const string ArticleTitle = "文章标题";

        /// <summary>The site's name (<c>&lt;meta name="SiteName"&gt;</c>, or a masthead or site-name line of the page's chrome).</summary>
        public const string Site = "网站";

        /// <summary>Whom the site's copyright line names as owner (厦门广播电视集团 版权所有).</summary>
        public const string CopyrightOwner = "版权所有";
        public const string Encoding = "编码";
    }
}

/// <summary>A file that cannot be ingested, with the reason in words a user can act on.</summary>
public sealed class UnreadableDocumentException(string reason, Exception? inner = null) : Exception(reason, inner);

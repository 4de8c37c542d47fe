using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// HTML pages: the body's text, one block a line; scripts, styles, forms and navigation dropped; the
/// open-information table read into fields and removed from the text; the page title kept as a field.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "nav", "footer", "aside",
        "form", "button", "select", "input", "textarea", "head", "menu", "marquee",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "tbody", "thead", "section",
        "article", "main", "blockquote", "pre", "dd", "dt", "dl", "center", "hr", "header", "address", "figure", "figcaption",
    };

    /// <summary>Meta tags of government publishing systems (TRS, 政府网站集约化平台) and the fields they state.</summary>
    private static readonly Dictionary<string, string> MetaFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ArticleTitle"] = SourceText.FieldNames.ArticleTitle,
        ["PubDate"] = "发布时间",
        ["SiteName"] = SourceText.FieldNames.Site,
    };

    private static readonly string[] NavigationMarks = ["nav", "menu", "breadcrumb", "crumb", "footer", "share", "toolbar", "sidebar"];

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public SourceText Read(ReadOnlySpan<byte> bytes, ReaderLimits limits)
    {
        var (html, encoding) = TextFileReader.Decode(bytes);
        var document = Parse(html, limits);
        EnsureDepth(document.DocumentElement, limits.MaxHtmlDepth);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { [SourceText.FieldNames.Encoding] = encoding };
        var title = Collapse(document.Title ?? string.Empty);
        if (title.Length > 0)
        {
            fields[SourceText.FieldNames.PageTitle] = title;
        }
        // Chinese government publishing systems state the article's title, date and site in <meta> tags.
        foreach (var meta in document.QuerySelectorAll("meta[name][content]"))
        {
            var content = Collapse(meta.GetAttribute("content") ?? string.Empty);
            if (content.Length > 0 && MetaFields.TryGetValue(meta.GetAttribute("name")!, out var field))
            {
                fields.TryAdd(field, content);
            }
        }
        foreach (var table in document.QuerySelectorAll("table").ToList())
        {
            if (ReadOpenInformationTable(table, fields))
            {
                table.Remove();
            }
        }
        // The footer is dropped from the text, but its copyright line says whose site the page is on.
        foreach (var footer in document.QuerySelectorAll("footer, [id*=footer], [class*=footer], [id*=copyright], [class*=copyright]"))
        {
            if (CopyrightLine.Owner(footer.TextContent) is { } owner)
            {
                fields.TryAdd(SourceText.FieldNames.CopyrightOwner, owner);
                break;
            }
        }
        var text = new StringBuilder();
        AppendText(document.Body ?? document.DocumentElement, text);
        var result = string.Join('\n', text.ToString().Split('\n').Select(l => l.Trim(' ')));
        TextSanity.EnsureText(result, limits);
        return new SourceText(result, "html", fields);
    }

    /// <summary>
    /// Parses the page, refusing it as soon as the tree grows deeper or larger than the limits: the parser looks
    /// through its stack of open elements at every start tag, so 100,000 nested &lt;div&gt; took it 78 s to build a
    /// tree that <see cref="EnsureDepth"/> then refused. The depth of each element is checked when the next one is
    /// created (by then the tree builder has inserted it), which keeps the parser's stack within the limit.
    /// </summary>
    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html, ReaderLimits limits)
    {
        IElement? previous = null;
        var elements = 0;
        var options = new HtmlParserOptions
        {
            OnCreated = (element, _) =>
            {
                if (++elements > limits.MaxHtmlElements)
                {
                    throw new UnreadableDocumentException($"HTML has more than {limits.MaxHtmlElements:N0} elements");
                }
                if (previous is not null && DepthExceeds(previous, limits.MaxHtmlDepth))
                {
                    throw new UnreadableDocumentException($"HTML nested more than {limits.MaxHtmlDepth} elements deep");
                }
                previous = element;
            },
        };
        return new HtmlParser(options).ParseDocument(html);
    }

    private static bool DepthExceeds(IElement element, int maxDepth)
    {
        var depth = 1;
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (++depth > maxDepth)
            {
                return true;
            }
        }
        return false;
    }

    private static void EnsureDepth(IElement root, int maxDepth)
    {
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > maxDepth)
            {
                throw new UnreadableDocumentException($"HTML nested more than {maxDepth} elements deep");
            }
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
    }

    /// <summary>Reads label/value pairs when at least three cells of the table are open-information labels.</summary>
    private static bool ReadOpenInformationTable(IElement table, Dictionary<string, string> fields) =>
        OpenInformationTable.ReadCells(table.QuerySelectorAll("td, th").Select(c => Collapse(c.TextContent)).ToList(), fields);

    private static void AppendText(IElement root, StringBuilder text)
    {
        // Iterative walk: depth is bounded above, but recursion is still avoided on principle for hostile input.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement element)
            {
                var block = Blocks.Contains(element.LocalName);
                if (closing)
                {
                    if (block)
                    {
                        text.Append('\n');
                    }
                    else if (element.LocalName is "td" or "th")
                    {
                        text.Append(' ');
                    }
                    continue;
                }
                if (Dropped.Contains(element.LocalName) || IsNavigation(element) || element.HasAttribute("hidden"))
                {
                    continue;
                }
                if (element.LocalName == "br")
                {
                    text.Append('\n');
                    continue;
                }
                if (block)
                {
                    text.Append('\n');
                }
                stack.Push((element, true));
                for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push((element.ChildNodes[i], false));
                }
            }
            else if (node is IText t)
            {
                text.Append(CollapseInline(t.Data));
            }
        }
    }

    private static bool IsNavigation(IElement element)
    {
        var marks = ((element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty)).ToLowerInvariant();
        return (marks.Length > 1 && NavigationMarks.Any(m => marks.Contains(m, StringComparison.Ordinal))) || IsLinkList(element);
    }

    /// <summary>
    /// A list whose every item is a link (and perhaps its date): a column of other pages' titles, a related-files
    /// list. Policy text is never a list of links.
    /// </summary>
    private static bool IsLinkList(IElement element)
    {
        if (element.LocalName is not ("ul" or "ol"))
        {
            return false;
        }
        var items = element.Children.Where(c => c.LocalName == "li").ToList();
        return items.Count >= 2 && items.All(li =>
        {
            var text = li.TextContent.Trim();
            var linked = li.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
            return text.Length > 0 && linked * 10 >= text.Length * 6;
        });
    }

    private static string CollapseInline(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                space = true;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c == '\u00A0' ? ' ' : c);
        }
        if (space)
        {
            sb.Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>
    /// A field value or the page title: one line, without the control and format characters that character
    /// references can put there (&amp;#1;), which the body's text loses in normalisation but a field would keep.
    /// </summary>
    private static string Collapse(string s) =>
        new string(CollapseInline(s).Where(c => !Core.Text.SearchNormaliser.IsInvisible(c)).ToArray()).Trim();
}

using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Normalising;

/// <summary>
/// The normalise step: drops page chrome (keeping what it says as fields), rejoins broken lines into
/// paragraphs, and gives each paragraph its search view. The original text is kept whole beside them.
/// </summary>
public static partial class DocumentNormaliser
{
    public static NormalisedDocument Normalise(SourceText source)
    {
        var original = source.Text;
        var traditional = ScriptDetector.IsTraditional(original);
        var fields = new Dictionary<string, string>(source.Fields, StringComparer.Ordinal);
        var lines = SplitLines(original);
        // Each line's text, taken once for the passes that read every line.
        var lineTexts = lines.Select(l => original[l.Start..l.End]).ToList();
        // Search view of each line: "" for a blank line, null for chrome (which also ends a paragraph).
        var vertical = VerticalTableRows(lineTexts);
        var cellLines = vertical.Values.SelectMany(r => r).ToHashSet();
        var runningHeads = RunningHeads(lineTexts, cellLines);
        var views = new string?[lines.Count];
        var tableRows = new bool[lines.Count];
        (string Label, bool Colon)? pendingLabel = null;
        (string Label, string Value)? wrappedTitle = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var text = lineTexts[i];
            if (cellLines.Contains(i))
            {
                views[i] = SearchNormaliser.ToSearchText(text, traditional);
                tableRows[i] = true;
                continue;
            }
            if (end == start && pendingLabel is not { Colon: true })
            {
                // A table copied one cell a line has no blank line between a label and its value; a label that ends in
                // its colon (a page's list of 索引号: / value items) still waits for its value across one.
                pendingLabel = null;
            }
            if (end > start && (runningHeads.Contains(text) || TableCellLine(text, ref pendingLabel, fields) || WrappedTitleValue(text, ref wrappedTitle, fields)))
            {
                views[i] = null;
                continue;
            }
            var titleBefore = TitleField(fields);
            views[i] = end == start ? string.Empty
                : PageChrome.IsChrome(text, fields) ? null
                : SearchNormaliser.ToSearchText(text, traditional);
            if (end > start)
            {
                wrappedTitle = views[i] is null && TitleField(fields) is { } title && title != titleBefore ? title : null;
            }
            if (views[i] is { Length: 0 } && end > start)
            {
                views[i] = null; // only invisible characters: neither content nor a paragraph break
            }
            tableRows[i] = views[i] is { Length: > 0 } && IsTableRow(text);
        }
        ForgetListedDate(lineTexts, fields);
        RestoreHeadlines(original, lines, views, traditional);
        var overInfo = HeadlinesOverInfoLines(original, lines, views);
        var layout = LineJoiner.DetectLayout(views);
        var paragraphs = new List<Paragraph>();
        var current = new List<int>();
        var blankBefore = true;
        var blankSince = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var view = views[i];
            if (vertical.TryGetValue(i, out var cells))
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(Build(paragraphs.Count, current, lines, original, traditional, blankBefore, tableRows));
                    current.Clear();
                }
                paragraphs.Add(Build(paragraphs.Count, cells, lines, original, traditional, blankSince || paragraphs.Count == 0, tableRows, cellsApart: true));
                i = cells[^1];
                blankSince = false;
                continue;
            }
            if (view is null || view.Length == 0)
            {
                blankSince = true;
                continue;
            }
            // A row of a copied table is a paragraph of its own: its cells are read by the table's header, never as a
            // sentence run on from the row before.
            if (current.Count > 0 && (tableRows[i] || tableRows[current[^1]] || (overInfo[i] && !LineJoiner.LeavesOpen(string.Concat(current.Select(k => views[k])))) || !LineJoiner.Continues(views[current[^1]]!, view, blankSince, layout)))
            {
                paragraphs.Add(Build(paragraphs.Count, current, lines, original, traditional, blankBefore, tableRows));
                current.Clear();
            }
            if (current.Count == 0)
            {
                blankBefore = blankSince || paragraphs.Count == 0;
            }
            current.Add(i);
            blankSince = false;
        }
        if (current.Count > 0)
        {
            paragraphs.Add(Build(paragraphs.Count, current, lines, original, traditional, blankBefore, tableRows));
        }
        // A date with its weekday heads a newspaper's page (第N版, 某某日报): the issue's date, the page's; so does a date alone
        // on the page's first line (2018年02月09日 / 第06版:国内新闻).
        if (!fields.ContainsKey(PageChrome.PageDateField) && EPaperPage().IsMatch(original)
            && (fields.GetValueOrDefault(PageChrome.WidgetDateField) ?? (paragraphs is [{ } first, _, ..] && LineJoiner.IsDateLine(first.SearchText) ? first.Text.Trim() : null)) is { } issue)
        {
            fields[PageChrome.PageDateField] = issue;
        }
        return new NormalisedDocument(original, traditional, paragraphs, fields);
    }

    /// <summary>
    /// Running headers and footers of PDF text: a short line that stands next to a page number (the first line after
    /// it, or the last before it) at least twice, or once and again at the top of the text. Every line reading so is
    /// page furniture.
    /// </summary>
    private static HashSet<string> RunningHeads(List<string> lineTexts, HashSet<int> cellLines)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        // A table's cells (a serial number, a figure, a name) are none of a page's numbers or heads.
        var text = lineTexts.Select((t, i) => cellLines.Contains(i) ? string.Empty : t).ToList();
        // A bare 0 is a counter a page left empty (views, shares), never a page's number.
        var pageNumbers = Enumerable.Range(0, text.Count).Where(i => text[i].Length > 0 && PageChrome.IsPageNumber(text[i]) && text[i].Trim() != "0").ToList();
        if (pageNumbers.Count == 0)
        {
            return heads;
        }
        var beside = new List<string>();
        foreach (var p in pageNumbers)
        {
            foreach (var step in new[] { -1, 1 })
            {
                var i = p + step;
                while (i >= 0 && i < text.Count && text[i].Length == 0)
                {
                    i += step;
                }
                if (i >= 0 && i < text.Count && text[i].Length <= 40 && !text[i].Contains('。', StringComparison.Ordinal) && !PageChrome.IsPageNumber(text[i]))
                {
                    beside.Add(text[i]);
                }
            }
        }
        var top = text.Where(t => t.Length > 0).Take(2).ToHashSet(StringComparer.Ordinal);
        foreach (var group in beside.GroupBy(t => t, StringComparer.Ordinal))
        {
            if (group.Count() >= 2 || top.Contains(group.Key))
            {
                heads.Add(group.Key);
            }
        }
        return heads;
    }

    private static readonly char[] Bullets = ['·', '•', '▪', '◆', '■', '●'];

    /// <summary>
    /// A headline of parallel phrases (订单稳了 成本降了 口碑响了) has a menu's shape and was dropped as one; the article's
    /// source or date line right under it shows it is the article's headline, not the site's menu.
    /// </summary>
    private static void RestoreHeadlines(string original, List<(int Start, int End)> lines, string?[] views, bool traditional)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            if (views[i] is not null || end == start)
            {
                continue; // text, or a blank line: only a line read as chrome may be a headline after all
            }
            var line = original[start..end];
            // A bulleted headline over its info line (• 峄城局扎实开展… / • 发布时间: 2020-05-22) is one too; not a
            // bulleted table's label (• 有效性: over • 发布日期:), nor an info line over the next (• 时间:2024-02-22 / • 点击:0).
            // Nor one of a run of bullets (• 开封市市场监督管理局 / • 规划,计划 / • 2021-09-27: a table's cells); a bulleted breadcrumb
            // over it is no such run.
            var previous = i - 1;
            while (previous >= 0 && lines[previous].End == lines[previous].Start)
            {
                previous--;
            }
            var bulleted = PageChrome.IsBulletLink(line) && !line.EndsWith(':') && !line.EndsWith('：')
                && !PageChrome.IsArticleInfoLine(line.Trim().TrimStart(Bullets))
                && (previous < 0 || original[lines[previous].Start..lines[previous].End] is var above && (!PageChrome.IsBulletLink(above)
                    || PageChrome.IsBreadcrumb(above.Trim().TrimStart(Bullets).Trim())));
            if (!PageChrome.IsMenuShaped(line) && !bulleted)
            {
                continue;
            }
            var next = i + 1;
            while (next < lines.Count && lines[next].End == lines[next].Start)
            {
                next++;
            }
            var info = next < lines.Count ? original[lines[next].Start..lines[next].End] : string.Empty;
            if (next < lines.Count && views[next] is null && PageChrome.IsArticleInfoLine(bulleted ? info.Trim().TrimStart(Bullets) : info))
            {
                views[i] = SearchNormaliser.ToSearchText(line, traditional);
            }
        }
    }

    /// <summary>
    /// The lines near the head that stand right over an article's info line (…旅游满意指数:烟台居全国榜首 / 2014-10-21 09:42:15
    /// 烟台日报): each is the headline, a paragraph of its own, never the tail of the menu words run into the line above it
    /// (unless that line leaves the title open: …关于印发《X、 / …方案 / （2023—2025年）》的通知).
    /// </summary>
    private static bool[] HeadlinesOverInfoLines(string original, List<(int Start, int End)> lines, string?[] views)
    {
        var over = new bool[lines.Count];
        for (var i = 0; i < Math.Min(lines.Count, 40); i++)
        {
            if (views[i] is not { Length: > 0 })
            {
                continue;
            }
            var next = i + 1;
            while (next < lines.Count && lines[next].End == lines[next].Start)
            {
                next++;
            }
            over[i] = next < lines.Count && views[next] is null && PageChrome.IsArticleInfoLine(original[lines[next].Start..lines[next].End]);
        }
        return over;
    }

    private static (string Label, string Value)? TitleField(Dictionary<string, string> fields) =>
        OpenInformationTable.TitleLabels.Where(fields.ContainsKey).Select(l => ((string, string)?)(l, fields[l])).FirstOrDefault();

    /// <summary>
    /// The tail of a table's title that the page wrapped onto the next line (信息名称：…工作方案的 / 通知): a short line
    /// that ends the title with its document type.
    /// </summary>
    private static bool WrappedTitleValue(string line, ref (string Label, string Value)? wrappedTitle, Dictionary<string, string> fields)
    {
        if (wrappedTitle is not { } title)
        {
            return false;
        }
        wrappedTitle = null;
        var tail = line.Trim();
        if (tail.Length > 12 || DocumentTypes.Ends(SearchNormaliser.ToSearchText(title.Value, traditional: null))
            || !DocumentTypes.Ends(SearchNormaliser.ToSearchText(tail, traditional: null)))
        {
            return false;
        }
        fields[title.Label] = title.Value + tail;
        return true;
    }

    /// <summary>
    /// A portal's table copied one cell a line (<c>发文字号</c>, then <c>准政发〔2019〕42号</c>): a label alone on its line,
    /// and the line after it as its value. Both are chrome; the value is kept as the label's field.
    /// </summary>
    private static bool TableCellLine(string line, ref (string Label, bool Colon)? pendingLabel, Dictionary<string, string> fields)
    {
        if (PageChrome.LoneLabel(line.Trim()) is { } label)
        {
            pendingLabel = (label, line.TrimEnd().EndsWith(':') || line.TrimEnd().EndsWith('：'));
            return true;
        }
        if (pendingLabel is { } pending)
        {
            var value = line.Trim();
            var label0 = pending.Label;
            pendingLabel = null;
            // A number's label takes only a number (or none) from the line after it: 字号: over a headline is a font widget's.
            var numberless = OpenInformationTable.NumberLabels.Contains(label0) && !Core.Model.DocumentNumber.FindAll(value).Any()
                && value is not ("无" or "暂无" or "/" or "-" or "—");
            // …and a date's label only a date: 废止日期: left empty over the issuer's line (云南省人民政府) is empty.
            var dateless = (OpenInformationTable.WrittenDateLabels.Contains(label0) || OpenInformationTable.PublishedDateLabels.Contains(label0)
                || OpenInformationTable.IsOtherDateLabel(label0)) && !value.Any(char.IsAsciiDigit) && !value.Contains('年', StringComparison.Ordinal);
            // …and no label takes another label's line (内容概览: left empty over 时效: 有效).
            var labelled = LabelOpening().Match(value) is { Success: true } opening && OpenInformationTable.Labels.Contains(opening.Groups["l"].Value);
            if (!numberless && !dateless && !labelled && PageChrome.IsLabelValue(value))
            {
                fields.TryAdd(label0, value);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A row of a table copied as text: three or more cells between pipes or tabs, or between wide spaces when a cell
    /// is a figure beside a name or the cells are a target table's header (<see cref="PageChrome.IsTableRow"/>).
    /// </summary>
    private static bool IsTableRow(string line)
    {
        if (line.Count(c => c is '|' or '｜') >= 2 || line.Contains('\t', StringComparison.Ordinal))
        {
            return line.Split(['|', '｜', '\t']).Count(c => c.Trim().Length > 0) >= 3;
        }
        if (line.IndexOfAny(['。', '，', '；', ',', ';']) >= 0)
        {
            return false;
        }
        var cells = WideCellSeparator().Split(line).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        return cells.Count >= 3 && PageChrome.IsTableRow(cells);
    }

    // Cells of a table laid out with spaces: two or more spaces, or an ideographic space (序号　指标名称).
    [System.Text.RegularExpressions.GeneratedRegex(@"[ \u00A0]{2,}|\u3000+[ \u00A0]*")]
    private static partial System.Text.RegularExpressions.Regex WideCellSeparator();

    /// <summary>
    /// A paragraph of the given lines. A table copied one cell a line (<paramref name="cellsApart"/>) has a tab between its
    /// cells, each standing for the line break it replaces.
    /// </summary>
    private static Paragraph Build(int index, List<int> lineIndexes, List<(int Start, int End)> lines, string original, bool traditional, bool afterBlank, bool[] tableRows,
        bool cellsApart = false)
    {
        var builder = new MappedText.Builder(original.Length);
        foreach (var i in lineIndexes)
        {
            var (start, end) = lines[i];
            if (cellsApart && i != lineIndexes[0])
            {
                builder.Append('\t', start - 1, start);
            }
            for (var at = start; at < end; at++)
            {
                // A table row keeps its tabs: they are what separates its cells.
                if (!SearchNormaliser.IsInvisible(original[at]) || (tableRows[i] && original[at] == '\t'))
                {
                    builder.Append(original[at], at, at + 1);
                }
            }
        }
        var display = builder.Build();
        return new Paragraph(index, display, SearchNormaliser.Normalise(display.Text, traditional), afterBlank);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"第\s*[A-Z]?\s*[0-9一二三四五六七八九十]{1,3}\s*[A-Z]?\s*版|数字报|电子版|日报|晚报|报社")]
    private static partial System.Text.RegularExpressions.Regex EPaperPage();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<l>\p{IsCJKUnifiedIdeographs}{2,8})\s*[:：]")]
    private static partial System.Text.RegularExpressions.Regex LabelOpening();
}

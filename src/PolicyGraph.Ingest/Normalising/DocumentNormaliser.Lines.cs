namespace PolicyGraph.Ingest.Normalising;

/// <summary>The text's lines, and the lines a page glued together that are two (a sign-off date and what follows, a headline and its info).</summary>
public static partial class DocumentNormaliser
{
    /// <summary>Each line's content range, trimmed of surrounding whitespace (ASCII, ideographic, no-break).</summary>
    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r' or '\u2028' or '\u2029' or '\u0085'))
            {
                continue;
            }
            var s = start;
            var e = i;
            while (s < e && IsBlank(text[s]))
            {
                s++;
            }
            while (e > s && IsBlank(text[e - 1]))
            {
                e--;
            }
            // And a run of empty table cells a page left after its text (…的通知 | ||||||); a row's own closing bar stays.
            if (EmptyCells().Match(text, s, e - s) is { Success: true } empty)
            {
                e = empty.Index;
                while (e > s && IsBlank(text[e - 1]))
                {
                    e--;
                }
            }
            // A page that flattened its text glues the sign-off date to what follows it (2021年9月28日目录第一章总则…):
            // the date is a line of its own.
            if (GluedSignOffDate().Match(text, s, e - s) is { Success: true } glued)
            {
                lines.Add((s, s + glued.Length));
                s += glued.Length;
            }
            // A text run into one paragraph with its signature and date at the end (…质量支撑。遂昌县人民政府2024年3月18日附件:): the
            // signature and the date are lines of their own, and what follows them another.
            if (GluedSignature().Match(text, s, e - s) is { Success: true } signed)
            {
                var org = signed.Groups["org"];
                var date = signed.Groups["date"];
                lines.Add((s, org.Index));
                lines.Add((org.Index, date.Index));
                lines.Add((date.Index, date.Index + date.Length));
                s = date.Index + date.Length;
                while (s < e && IsBlank(text[s]))
                {
                    s++;
                }
            }
            // A copied headline with the page's address, date and source glued after it (…通过验收http://www.sina.com.cn
            // 2008年11月20日 08:15 中国质量新闻网): the address line is a line of its own.
            if (GluedAddressDate().Match(text, s, e - s) is { Success: true, Index: var address } && address > s)
            {
                lines.Add((s, address));
                s = address;
            }
            // A headline with the page's date and source after it on one line (…答案来了~ 2023-11-24  来源:…): the date and
            // source are an article-info line of their own. (Not a signature's date before an empty info line, after a text.)
            if (GluedDateInfo().Match(text, s, e - s) is { Success: true } info && info.Index - s is >= 6 and <= 80
                && text.AsSpan(s, info.Index - s).TrimEnd() is var head && head[^1] is not (':' or '：') && !head.Contains('。')
                && !PageChrome.IsArticleInfoLine(head.ToString()))
            {
                lines.Add((s, s + head.Length));
                s = info.Index + info.Length;
            }
            // A site's footer glued to the end of the last paragraph (…表现突出。业务咨询:… Copyright 2016 … 豫ICP备…号): the footer is a
            // line of its own, so the paragraph before it stays text.
            if (GluedFooter().Match(text, s, e - s) is { Success: true } footer && footer.Index - s >= 20)
            {
                lines.Add((s, footer.Index));
                s = footer.Index;
            }
            // A headline in square brackets with the lead run on after it at the page's head (【老工业城市的转身:…?】5月8日,…。): the
            // headline is a line of its own. (Not a column's tag before a headline: 【主要负责同志解读】县长…:《…》.)
            if (lines.Count < 4 && BracketedHeadline().Match(text, s, e - s) is { Success: true } bracketed && e - (s + bracketed.Length) >= 20
                && text.AsSpan(s + bracketed.Length, e - s - bracketed.Length).Contains('。'))
            {
                lines.Add((s + 1, s + bracketed.Length - 1)); // inside its brackets
                s += bracketed.Length;
            }
            lines.Add((s, e));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }
            start = i + 1;
        }
        return lines;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:19|20)[0-9]{2}|" + PolicyGraph.Core.Text.ChineseNumerals.DigitByDigitYear + @")年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日(?=目\s*录|第[一1]章|第[一1]条|附件[:：1一]?|一、)")]
    private static partial System.Text.RegularExpressions.Regex GluedSignOffDate();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:https?://|www\.)[\w./-]+\s+(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|-[0-9]{1,2}-[0-9]{1,2})")]
    private static partial System.Text.RegularExpressions.Regex GluedAddressDate();

    [System.Text.RegularExpressions.GeneratedRegex(@"[\s\u3000\u00A0]+(?=(?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[\s\u3000\u00A0]+(?:文章来源|信息来源|来源|作者|责任编辑|编辑|浏览|阅读|点击)[:：\s])")]
    private static partial System.Text.RegularExpressions.Regex GluedDateInfo();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=。)[^。\n]{0,200}?(?:ICP备|icp备|公网安备|版权所有|Copyright|copyright|©)[^。\n]{0,200}$")]
    private static partial System.Text.RegularExpressions.Regex GluedFooter();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:[\s\u3000\u00A0]*[|｜]){3,}[\s\u3000\u00A0]*$")]
    private static partial System.Text.RegularExpressions.Regex EmptyCells();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G【[^【】。\n]{8,60}】(?=\p{IsCJKUnifiedIdeographs}|[0-9])")]
    private static partial System.Text.RegularExpressions.Regex BracketedHeadline();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=。)\s*(?<org>\p{IsCJKUnifiedIdeographs}{2,24}?(?:人民政府|委员会|办公室|办公厅|领导小组|局|厅))\s*(?<date>(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)(?=\s*(?:$|附件[:：]))")]
    private static partial System.Text.RegularExpressions.Regex GluedSignature();

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u3000' or '\u00A0' or '\uFEFF' or '\u200B';

    /// <summary>
    /// The page's date, forgotten when it was read from a site's list of dates beside other pages' links (欄目導航 / 更多>2025-06-03 /
    /// 2024-11-18 / 2021-05-27 …: dates alone, two or more in a row): none of them is the page's.
    /// </summary>
    private static void ForgetListedDate(List<string> lineTexts, Dictionary<string, string> fields)
    {
        if (!fields.TryGetValue(PageChrome.PageDateField, out var pageDate))
        {
            return;
        }
        var dated = lineTexts.Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var alone = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < dated.Count; i++)
        {
            if (PageChrome.ListedDate().Match(dated[i]) is not { Success: true } date)
            {
                continue;
            }
            var inList = (i > 0 && PageChrome.ListedDate().IsMatch(dated[i - 1])) || (i + 1 < dated.Count && PageChrome.ListedDate().IsMatch(dated[i + 1]));
            (inList ? listed : alone).Add(date.Groups["d"].Value);
        }
        if (listed.Contains(pageDate) && !alone.Contains(pageDate))
        {
            fields.Remove(PageChrome.PageDateField);
        }
    }
}

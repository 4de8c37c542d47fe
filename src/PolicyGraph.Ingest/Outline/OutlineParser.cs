using PolicyGraph.Core.Model;
using PolicyGraph.Core.Text;
using PolicyGraph.Ingest.Normalising;

namespace PolicyGraph.Ingest.Outline;

/// <summary>
/// The outline step (domain.md §4): the section tree from numbering markers, whatever their depth or order of
/// appearance (a style first seen below another nests under it; a style seen before closes the deeper ones, so
/// (一)…(十七) running across parts, as in 004, stays under each part); clauses as the smallest numbered items or
/// paragraphs; headings as whole lines or first sentences; roles from headings.
/// </summary>
public static partial class OutlineParser
{
    private const int MaxFirstSentenceHeading = 25;

    public static ParsedOutline Parse(NormalisedDocument document)
    {
        var front = FrontMatterReader.Read(document.Paragraphs);
        var root = BuildTree(front.Body);
        var emitter = new Emitter(document.Traditional);
        if (front.IsNotice && front.Cover.Count > 0)
        {
            var noticeTitle = front.Title?.Text ?? "通知";
            var notice = emitter.AddSection(null, "notice", null, Collapse(noticeTitle), Roles.Preamble, SectionKinds.Notice);
            var n = 0;
            foreach (var p in front.Cover)
            {
                emitter.AddClause(notice, $"notice.p{++n}", null, null, Roles.Preamble, [Whole(p)], null);
            }
        }
        emitter.EmitChildren(root, null, string.Empty, null);
        emitter.ResolveRoles();
        return new ParsedOutline(front, emitter.Sections, emitter.Clauses);
    }

    /// <summary>Pass one: who is whose child, by numbering style.</summary>
    private static Node BuildTree(IReadOnlyList<Paragraph> body)
    {
        var root = new Node(null, null);
        var stack = new List<Node> { root };
        foreach (var paragraph in body)
        {
            // A run-on table of contents (a sharing site's preview: 1、…规划序言1一、发展基础与形势2(一)…2(二)…4) heads nothing:
            // its page numbers run into the next heading's marker, as no heading's text does.
            var marker = GluedContents().Count(paragraph.SearchText) >= 3 ? null : OutlineMarker.Match(paragraph.SearchText);
            // A dash item hangs under the paragraph before it and never takes children of its own.
            while (stack.Count > 1 && stack[^1].Marker?.Kind == MarkerKind.Dash)
            {
                stack.RemoveAt(stack.Count - 1);
            }
            var node = new Node(paragraph, marker);
            if (marker is null || marker.Kind == MarkerKind.Dash)
            {
                stack[^1].Children.Add(node);
                if (marker is not null)
                {
                    stack.Add(node);
                }
                continue;
            }
            var same = stack.FindLastIndex(n => n.Marker?.Kind == marker.Kind);
            if (same >= 1)
            {
                stack.RemoveRange(same, stack.Count - same);
            }
            stack[^1].Children.Add(node);
            stack.Add(node);
        }
        return root;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[0-9](?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")]
    private static partial System.Text.RegularExpressions.Regex GluedContents();

    private sealed class Node(Paragraph? paragraph, OutlineMarker? marker)
    {
        public Paragraph? Paragraph { get; } = paragraph;
        public OutlineMarker? Marker { get; } = marker;
        public List<Node> Children { get; } = [];
        public bool HasNumberedChildren => Children.Any(c => c.Marker is not null);
    }

    /// <summary>A piece of a paragraph's display text: [Start, End) in display offsets.</summary>
    private readonly record struct Piece(Paragraph Paragraph, int Start, int End)
    {
        public string Text => Paragraph.Text[Start..End];
    }

    private static Piece Whole(Paragraph p) => new(p, 0, p.Text.Length);

    /// <summary>Pass two: numbered nodes with children or whole-line headings become sections, the rest clauses.</summary>
    private sealed class Emitter(bool traditional)
    {
        public List<OutlineSection> Sections { get; } = [];
        public List<OutlineClause> Clauses { get; } = [];
        private readonly Dictionary<int, string?> _headingRoles = [];
        private readonly HashSet<string> _paths = [];

        public int AddSection(int? parent, string path, string? number, string heading, string? role, string kind)
        {
            var index = Sections.Count;
            _headingRoles[index] = role;
            Sections.Add(new OutlineSection(index, parent, Unique(path), number, heading, role ?? string.Empty, kind));
            return index;
        }

        public int AddClause(int? section, string path, string? number, string? heading, string? role, IReadOnlyList<Piece> pieces, int? lead)
        {
            var index = Clauses.Count;
            var text = string.Join("\n", pieces.Select(p => p.Text.Trim()));
            var start = pieces.Min(p => p.Paragraph.Display.ToSource(p.Start, Math.Max(p.End, p.Start)).Start);
            var end = pieces.Max(p => p.Paragraph.Display.ToSource(p.Start, p.End).End);
            Clauses.Add(new OutlineClause(index, section, Unique(path), number, heading, role ?? string.Empty, text, start, end, lead));
            return index;
        }

        public void EmitChildren(Node node, int? section, string parentPath, string? inheritedRole)
        {
            var paragraphs = 0;
            var dashes = 0;
            var numbered = false;
            int? lastLead = null;
            foreach (var child in node.Children)
            {
                var prefix = parentPath.Length == 0 ? string.Empty : parentPath + ".";
                if (child.Marker is null)
                {
                    // Text before the first part of the document is its preamble (为贯彻落实…,制定本方案).
                    var role = inheritedRole ?? (section is null && !numbered ? Roles.Preamble : null);
                    lastLead = AddClause(section, $"{prefix}p{++paragraphs}", null, null, role, [Whole(child.Paragraph!)], null);
                    continue;
                }
                numbered = true;
                if (child.Marker.Kind == MarkerKind.Dash)
                {
                    var pieces = new List<Piece> { Whole(child.Paragraph!) };
                    pieces.AddRange(child.Children.Where(c => c.Marker is null).Select(c => Whole(c.Paragraph!)));
                    AddClause(section, $"{prefix}d{++dashes}", "——", FirstSentenceHeading(child, out _), inheritedRole, pieces, lastLead);
                    continue;
                }
                EmitNumbered(child, section, prefix + child.Marker.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), inheritedRole);
                lastLead = null;
            }
        }

        private void EmitNumbered(Node node, int? parentSection, string path, string? inheritedRole)
        {
            var paragraph = node.Paragraph!;
            var marker = node.Marker!;
            var number = marker.Label;
            var restStart = paragraph.Search.ToSource(0, marker.Length).End;
            var rest = paragraph.SearchText[marker.Length..];
            var wholeLine = IsWholeLineHeading(rest);
            if (!wholeLine && !node.HasNumberedChildren)
            {
                // A leaf item: one clause, with the unnumbered paragraphs that continue it (003's second paragraphs).
                var pieces = new List<Piece> { Whole(paragraph) };
                pieces.AddRange(node.Children.Select(c => Whole(c.Paragraph!)));
                var heading = FirstSentenceHeading(node, out _);
                var ownRole = heading is null ? null : RoleClassifier.FromHeading(SearchNormaliser.ToSearchText(heading, traditional));
                AddClause(parentSection, path, number, heading, inheritedRole ?? ownRole, pieces, null);
                return;
            }
            string headingText;
            Piece? body = null;
            if (wholeLine)
            {
                headingText = paragraph.Text[restStart..].Trim();
            }
            else
            {
                headingText = FirstSentenceHeading(node, out var bodyStart) ?? paragraph.Text[restStart..].Trim();
                var from = bodyStart ?? restStart;
                if (bodyStart is not null && from < paragraph.Text.Length && paragraph.Text[from..].Trim().Length > 0)
                {
                    body = new Piece(paragraph, from, paragraph.Text.Length);
                }
                else if (bodyStart is null)
                {
                    body = new Piece(paragraph, restStart, paragraph.Text.Length);
                    headingText = Shorten(headingText);
                }
            }
            var role = RoleClassifier.FromHeading(SearchNormaliser.ToSearchText(headingText, traditional)) ?? inheritedRole;
            var section = AddSection(parentSection, path, number, Collapse(headingText), role, SectionKinds.Part);
            if (body is { } b)
            {
                AddClause(section, path + ".p0", null, null, role, [b], null);
            }
            EmitChildren(node, section, path, role);
        }

        /// <summary>Roles the headings left open: a clause assigning departments is a task; a section takes its clauses' majority.</summary>
        public void ResolveRoles()
        {
            for (var i = 0; i < Clauses.Count; i++)
            {
                if (Clauses[i].Role.Length == 0)
                {
                    var search = SearchNormaliser.ToSearchText(Clauses[i].Text, traditional);
                    Clauses[i] = Clauses[i] with { Role = RoleClassifier.AssignsResponsibility(search) ? Roles.Task : Roles.Other };
                }
            }
            for (var i = Sections.Count - 1; i >= 0; i--)
            {
                if (Sections[i].Role.Length > 0)
                {
                    continue;
                }
                var roles = Clauses.Where(c => c.SectionIndex == i).Select(c => c.Role)
                    .Concat(Sections.Where(s => s.ParentIndex == i && s.Role.Length > 0).Select(s => s.Role)).ToList();
                var majority = roles.GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
                Sections[i] = Sections[i] with { Role = majority ?? Roles.Other };
            }
            // Clauses of a section whose role was only settled now take it.
            for (var i = 0; i < Clauses.Count; i++)
            {
                if (Clauses[i].Role == Roles.Other && Clauses[i].SectionIndex is { } s && Sections[s].Role != Roles.Other && _headingRoles[s] is null)
                {
                    Clauses[i] = Clauses[i] with { Role = Sections[s].Role };
                }
            }
        }

        /// <summary>A short first sentence ending in 。 (<c>1. 产品质量。加快…</c>): its display text, and where the body starts.</summary>
        private static string? FirstSentenceHeading(Node node, out int? bodyStart)
        {
            bodyStart = null;
            var paragraph = node.Paragraph!;
            var marker = node.Marker!;
            var search = paragraph.SearchText;
            var stop = search.IndexOf('。', marker.Length);
            if (stop < 0 || stop - marker.Length > MaxFirstSentenceHeading || stop - marker.Length < 2)
            {
                return null;
            }
            var sentence = search[marker.Length..stop];
            // 坚持质量为先,以质取胜。 is a heading; a longer first sentence with a comma is prose.
            if (sentence.IndexOfAny([';', '；', ':', '：']) >= 0 || (sentence.Length > 16 && sentence.IndexOfAny([',', '，']) >= 0))
            {
                return null;
            }
            var (from, _) = paragraph.Search.ToSource(marker.Length, stop);
            var (_, to) = paragraph.Search.ToSource(stop, stop + 1);
            bodyStart = to;
            return paragraph.Text[from..(to - 1)].Trim();
        }

        // A line ending in a half-width point after a word is a sentence typed with half-width punctuation
        // (6.新增…认证企业100家.), not a heading.
        private static bool IsWholeLineHeading(string rest) =>
            rest.Length is > 0 and <= 40 && rest.IndexOfAny(['。', ';', '；', '!', '！', '?', '？', ',', '，']) < 0
            && !(rest.Length > 1 && rest[^1] == '.' && rest[^2] != '.');

        private string Unique(string path)
        {
            var candidate = path;
            for (var n = 2; !_paths.Add(candidate); n++)
            {
                candidate = $"{path}~{n}";
            }
            return candidate;
        }
    }

    private static string Shorten(string heading) => heading.Length <= 40 ? heading : heading[..40] + "…";

    /// <summary>Headings lose the stray spaces of scraped text (<c>的 通 知</c>) between Han characters.</summary>
    internal static string Collapse(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if ((s[i] is ' ' or '\u3000') && sb.Length > 0 && !IsAsciiWord(sb[^1]) && i + 1 < s.Length && !IsAsciiWord(s[i + 1]))
            {
                continue;
            }
            sb.Append(s[i]);
        }
        return sb.ToString().Trim();
    }

    private static bool IsAsciiWord(char c) => c < 128 && char.IsLetterOrDigit(c);
}

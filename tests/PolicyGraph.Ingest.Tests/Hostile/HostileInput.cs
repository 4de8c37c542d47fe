using System.Text;
using PolicyGraph.Testing;

namespace PolicyGraph.Ingest.Tests.Hostile;

/// <summary>
/// A small seeded generator of hostile input (no property-testing package is available here): random bytes,
/// random Unicode that leans on what breaks Chinese text handling (lone surrogates, RTL and zero-width marks, NUL,
/// full-width digits, 〔〕《》 and the outline markers 一、(一)1.(1)①——), text shaped like a policy document, and
/// mutations of the real inputs (the reference corpus and samples/): byte flips, truncation, splices, duplicated
/// regions, inserted markers, huge lines and deep nesting. The same seed gives the same input.
/// </summary>
internal sealed class HostileInput(int seed)
{
    /// <summary>Pieces that mean something to one of the steps, or that broke text handling somewhere once.</summary>
    public static readonly string[] Pieces =
    [
        "一、", "二、", "十七、", "（一）", "(二)", "（十）", "1.", "2．", "10、", "（1）", "(3)", "①", "⑳", "——", "—", "－", "第一章", "第二条",
        "〔", "〕", "《", "》", "〔2017〕", "[2018]", "（2019）", "号", "国发", "国办发〔2017〕24号", "皖政〔2017〕8号", "某政办发〔〕号",
        "质量", "质量强省", "标准化", "到2020年", "2025年", "%", "％", "以上", "以下", "达到", "不低于", "提高到", "个百分点", "万元", "亿元",
        "１２３", "０．５", "ａｂｃ", "٣٠", "३", "๓", "߃", "𝟘", "²", "½", "Ⅻ", "99999999999999999999", "1e400", "0.000000000000000000001", "《国务院关于印发质量发展纲要（2011—2020年）的通知》", "《中华人民共和国产品质量法》",
        "牵头单位：", "责任单位：", "配合单位：", "（省质监局牵头，省发展改革委、省财政厅配合）", "各市人民政府，省政府各部门：",
        "附件", "附件：1.", "抄送：", "印发", "年", "月", "日", "二〇一七年三月五日", "2017年3月5日", "2017-03-05", "二〇一七年十三月四十日",
        "國務院", "質量強國", "臺灣", "关于", "的通知", "实施方案", "意见", "人民政府办公厅", "（此件公开发布）", "主要目标", "重点任务", "保障措施",
        "\u200F", "\u200E", "\u202E", "\u202D", "\u2066", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u0000", "\u0001", "\u001B", "\u007F",
        "\r\n", "\n", "\r", "\u2028", "\u2029", "\u0085", "\u3000", "\t", "\u00A0", "\u000B", "\u000C",
        "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "\"", "'", "`", "\\", "\\\\", "$", "{", "}", "%s", "{0}",
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "😀", "𠀀", "𪚥", "\uFFFD", "\uFFFF", "\uE000", "\u0301", "\u20DD",
        "'); DROP TABLE documents; --", "\" OR 1=1 --", "}) DETACH DELETE n //", "$param", "`x`", "*:* OR (((", "field:[a TO z]", "质*", "?量", "~2", "^3",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    ];

    private static readonly (int From, int To)[] Ranges =
    [
        (0x20, 0x7E), (0x4E00, 0x9FFF), (0x4E00, 0x4E20), (0x3000, 0x303F), (0xFF00, 0xFFEF), (0x0000, 0x001F),
        (0xD800, 0xDFFF), (0xE000, 0xF8FF), (0x0590, 0x06FF), (0x0300, 0x036F), (0x2000, 0x206F), (0x2460, 0x24FF),
        (0xF900, 0xFAFF), (0x3400, 0x4DBF), (0xAC00, 0xD7A3), (0x0080, 0x00FF),
    ];

    public Random Random { get; } = new(seed);

    public int Seed { get; } = seed;

    public int Next(int max) => Random.Next(max);

    public int Next(int min, int max) => Random.Next(min, max);

    public bool Chance(double p) => Random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A length that is usually small and sometimes large: most bugs need little input, some need a lot.</summary>
    public int Length(int max) => Random.Next(8) switch
    {
        0 => 0,
        < 5 => Random.Next(Math.Min(max, 64) + 1),
        < 7 => Random.Next(Math.Min(max, 2000) + 1),
        _ => Random.Next(max + 1),
    };

    public byte[] Bytes(int maxLength)
    {
        var bytes = new byte[Length(maxLength)];
        Random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Random Unicode: code points from ranges that matter, meaningful pieces, and repeats of either.</summary>
    public string Unicode(int maxLength)
    {
        var target = Length(maxLength);
        var sb = new StringBuilder(target + 16);
        while (sb.Length < target)
        {
            switch (Random.Next(10))
            {
                case < 4:
                    var (from, to) = Pick(Ranges);
                    sb.Append((char)Random.Next(from, to + 1));
                    break;
                case < 8:
                    sb.Append(Pick(Pieces));
                    break;
                case 8:
                    sb.Append(char.ConvertFromUtf32(Random.Next(0x10000, 0x110000)));
                    break;
                default:
                    var piece = Pick(Pieces);
                    sb.Insert(0, string.Concat(Enumerable.Repeat(piece, Random.Next(1, 50))));
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Text shaped like a policy document (title, 文号, addressees, numbered parts at several levels, targets,
    /// departments, dates, a sign-off), with random Unicode mixed in, so that every step gets past the reader.
    /// </summary>
    public string PolicyLike(int paragraphs = 40)
    {
        var sb = new StringBuilder();
        sb.Append(Pick(["", "某省人民政府办公厅", "國務院"])).Append("关于印发").Append(Unicode(20)).Append(Pick(["实施方案", "意见", "工作方案"])).Append("的通知\n");
        if (Chance(0.7))
        {
            sb.Append(Pick(["某政办发", "国发", "质监", "X"])).Append(Pick(["〔", "[", "（", "(", ""])).Append(Random.Next(1980, 2040))
                .Append(Pick(["〕", "]", "）", ")", ""])).Append(Random.Next(-2, 300)).Append("号\n");
        }
        if (Chance(0.5))
        {
            sb.Append("各市、县人民政府，省政府各部门、各直属机构：\n");
        }
        int[] counters = [0, 0, 0, 0];
        var n = Random.Next(1, paragraphs + 1);
        for (var i = 0; i < n; i++)
        {
            var level = Random.Next(6);
            switch (level)
            {
                case 0: sb.Append(ChineseNumber(++counters[0])).Append('、'); counters[1] = counters[2] = 0; break;
                case 1: sb.Append('（').Append(ChineseNumber(++counters[1])).Append('）'); counters[2] = 0; break;
                case 2: sb.Append(++counters[2]).Append(Pick([".", "．", "、"])); break;
                case 3: sb.Append('(').Append(++counters[3]).Append(')'); break;
                case 4: sb.Append(Pick(["——", "①", "②", "第一条", ""])); break;
            }
            sb.Append(Pick(["主要目标", "重点任务", "保障措施", "加强组织领导", "提升产品质量", Unicode(12)]));
            sb.Append(Pick(["。", "", "：", "\n"]));
            var sentences = Random.Next(0, 4);
            for (var s = 0; s < sentences; s++)
            {
                sb.Append(Random.Next(5) switch
                {
                    0 => $"到{Random.Next(2000, 2040)}年，{Pick(["产品质量合格率", "农业标准化生产普及率", "服务业顾客满意度指数", "质量竞争力指数"])}{Pick(["达到", "稳定在", "提高到", "不低于", ""])}{Random.Next(-5, 200)}{Pick(["%", "％", "个百分点", "", "分"])}{Pick(["以上", "以下", ""])}。",
                    1 => $"（{Pick(["省质监局", "市市场监管局", "县发展改革委", Unicode(6)])}牵头，{Pick(["省财政厅", "各市人民政府", Unicode(6)])}{Pick(["配合", "参与", ""])}）",
                    2 => $"认真贯彻{Pick(["《国务院关于印发质量发展纲要（2011—2020年）的通知》（国发〔2012〕9号）", "《质量强国建设纲要》", "《" + Unicode(15) + "》（" + Unicode(8) + "）"])}精神。",
                    3 => Unicode(200),
                    _ => "全面推进质量强省建设，提高发展质量和效益。",
                });
            }
            sb.Append('\n');
            if (Chance(0.2))
            {
                sb.Append('\n');
            }
        }
        if (Chance(0.5))
        {
            sb.Append("\n某省人民政府办公厅\n").Append(Pick(["2017年3月5日", "二〇一七年三月五日", Unicode(10)])).Append('\n');
        }
        return sb.ToString();
    }

    private static string ChineseNumber(int n) => PolicyGraph.Core.Text.ChineseNumerals.ToChinese(n);

    /// <summary>One to four mutations of <paramref name="original"/>, with <paramref name="donor"/> for splices.</summary>
    public byte[] Mutate(byte[] original, byte[] donor, Func<int, byte[]>? nesting = null)
    {
        var bytes = new List<byte>(original);
        var mutations = Random.Next(1, 5);
        for (var m = 0; m < mutations; m++)
        {
            var at = bytes.Count == 0 ? 0 : Random.Next(bytes.Count + 1);
            switch (Random.Next(nesting is null ? 9 : 10))
            {
                case 0: // flip bits
                    for (var k = Random.Next(1, 8); k > 0 && bytes.Count > 0; k--)
                    {
                        var i = Random.Next(bytes.Count);
                        bytes[i] ^= (byte)(1 << Random.Next(8));
                    }
                    break;
                case 1: // random bytes over a region
                    for (var i = at; i < Math.Min(bytes.Count, at + Random.Next(1, 64)); i++)
                    {
                        bytes[i] = (byte)Random.Next(256);
                    }
                    break;
                case 2: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3: // splice in a region of another input
                    if (donor.Length > 0)
                    {
                        var from = Random.Next(donor.Length);
                        bytes.InsertRange(at, donor.AsSpan(from, Math.Min(donor.Length - from, Random.Next(1, 4096))).ToArray());
                    }
                    break;
                case 4: // duplicate a region, sometimes many times
                    if (bytes.Count > 0)
                    {
                        var start = Random.Next(bytes.Count);
                        var region = bytes.GetRange(start, Math.Min(bytes.Count - start, Random.Next(1, 2048)));
                        for (var k = Chance(0.2) ? Random.Next(2, 200) : 1; k > 0; k--)
                        {
                            bytes.InsertRange(Math.Min(at, bytes.Count), region);
                        }
                    }
                    break;
                case 5: // delete a region
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, Random.Next(1, 512)));
                    break;
                case 6: // insert a meaningful piece
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Pick(Pieces)));
                    break;
                case 7: // a huge line
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string(Pick(['质', 'a', ' ', '、', '一', '\u3000', '—', '.']), Random.Next(1000, 100_000))));
                    break;
                case 8: // shuffle whole lines around
                    var cut = Random.Next(bytes.Count + 1);
                    var tail = bytes.GetRange(cut, bytes.Count - cut);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    bytes.InsertRange(0, tail);
                    break;
                default: // deep nesting, in the format's own terms
                    bytes.InsertRange(at, nesting!(Random.Next(10, 2000)));
                    break;
            }
        }
        return [.. bytes];
    }

    /// <summary>Mutations at the level of characters, for the steps after the reader.</summary>
    public string Mutate(string original, string donor)
    {
        var sb = new StringBuilder(original);
        var mutations = Random.Next(1, 5);
        for (var m = 0; m < mutations; m++)
        {
            var at = Random.Next(sb.Length + 1);
            switch (Random.Next(7))
            {
                case 0:
                    sb.Insert(at, Pick(Pieces));
                    break;
                case 1:
                    sb.Insert(at, Unicode(300));
                    break;
                case 2:
                    sb.Remove(at, Math.Min(sb.Length - at, Random.Next(1, 400)));
                    break;
                case 3:
                    if (donor.Length > 0)
                    {
                        var from = Random.Next(donor.Length);
                        sb.Insert(at, donor.AsSpan(from, Math.Min(donor.Length - from, Random.Next(1, 3000))));
                    }
                    break;
                case 4:
                    if (sb.Length > 0)
                    {
                        var start = Random.Next(sb.Length);
                        var region = sb.ToString(start, Math.Min(sb.Length - start, Random.Next(1, 1000)));
                        for (var k = Chance(0.2) ? Random.Next(2, 100) : 1; k > 0; k--)
                        {
                            sb.Insert(Math.Min(at, sb.Length), region);
                        }
                    }
                    break;
                case 5:
                    sb.Insert(at, new string(Pick(['质', '一', '、', '（', '—', '\u3000', '1', '%']), Random.Next(100, 30_000)));
                    break;
                default:
                    if (sb.Length > 0)
                    {
                        sb[Random.Next(sb.Length)] = (char)Random.Next(0x10000);
                    }
                    break;
            }
        }
        return sb.ToString();
    }
}

/// <summary>The real inputs that mutations start from, read once.</summary>
internal static class HostileCorpus
{
    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> Files = new(() =>
        Directory.GetFiles(RepositoryFiles.Corpus).Concat(Directory.GetFiles(RepositoryFiles.Samples).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList());

    public static IReadOnlyList<(string Name, byte[] Bytes)> All => Files.Value;

    public static IReadOnlyList<(string Name, byte[] Bytes)> OfType(string extension) =>
        All.Where(f => f.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The text of every text document (the corpus, the plain-text samples), decoded as the reader decodes it.</summary>
    public static readonly Lazy<IReadOnlyList<string>> Texts = new(() =>
        OfType(".txt").Select(f => new PolicyGraph.Ingest.Reading.TextFileReader().Read(f.Bytes, PolicyGraph.Ingest.Reading.ReaderLimits.Default).Text).ToList());
}

/// <summary>
/// Hostile PDF files: policy-shaped text laid out in odd ways (sizes, spacing, kerning arrays, rotation, fake bold,
/// coordinates far off the page, thousands of operators) in files broken the ways PDFs break or are broken on
/// purpose — compression bombs (in a page, a font's map, an object stream), forged stream lengths and object counts, arrays and dictionaries nested thousands deep, page boxes of
/// 10^30 points or none, cross-reference tables missing or pointing nowhere, trailers without a root, page trees
/// that loop or claim two billion pages, truncation, random bytes after <c>%PDF-</c> — and byte-level mutations of
/// these and of the team's printed PDFs, with PDF nesting as the format's own deep nesting. What would crash or
/// hang any process that parses it (a page tree nested 50,000 deep overflows PdfPig's stack; Form XObjects drawing
/// each other twice over 30 levels never finish) is left to <see cref="ReaderLimitTests"/>, which runs it only in
/// the reading process of its own.
/// </summary>
internal static class HostilePdf
{
    /// <summary>A deflate stream of 200 MB of zeros (about 200 KB), made once: past the bound on a decoded stream.</summary>
    public static readonly Lazy<byte[]> Bomb = new(() =>
    {
        using var buffer = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 200; i++)
            {
                zlib.Write(zeros);
            }
        }
        return buffer.ToArray();
    });

    /// <summary>PDF's own deep nesting: arrays, dictionaries, graphics states.</summary>
    public static byte[] Nesting(HostileInput g, int depth) => Encoding.Latin1.GetBytes(g.Next(3) switch
    {
        0 => new string('[', depth) + new string(']', g.Chance(0.5) ? depth : 0),
        1 => string.Concat(Enumerable.Repeat("<< /A ", depth)) + (g.Chance(0.5) ? string.Concat(Enumerable.Repeat(">> ", depth)) : ""),
        _ => string.Concat(Enumerable.Repeat("q ", depth)),
    });

    public static byte[] Generate(HostileInput g)
    {
        var lines = g.PolicyLike(25).Split('\n')
            .SelectMany(l => l.Length <= 30 ? [l] : Enumerable.Range(0, (l.Length + 29) / 30).Select(i => l.Substring(i * 30, Math.Min(30, l.Length - i * 30))))
            .ToList();
        var pages = lines.Chunk(g.Next(1, 26)).Take(6).Select(c => (IReadOnlyList<string>)c).ToList();
        var objects = Document(g, pages);
        for (var n = g.Chance(0.4) ? 0 : g.Next(1, 4); n > 0; n--)
        {
            Break(g, objects, pages.Count);
        }
        var bytes = g.Next(10) switch
        {
            // The catalog in an object stream behind a cross-reference stream: honest, a bomb, or a forged count.
            0 => PdfFile.BuildWithObjectStream(objects, g.Next(3) switch
            {
                0 => null,
                1 => _ => PdfFile.Stream(Bomb.Value, "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode "),
                _ => catalog => PdfFile.Deflated(catalog, $"/Type /ObjStm /N {g.Pick(["2147483647", "0", "-1", "100000"])} /First {g.Pick(["4", "0", "99999999"])} "),
            }),
            _ => PdfFile.Build(objects, xref: !g.Chance(0.1), trailer: g.Pick(["", "", "", "/Prev 0 ", "/Encrypt 3 0 R ", "/Info 4 0 R ", "/Root 99 0 R "])),
        };
        return g.Next(12) switch
        {
            0 => bytes[..g.Next(bytes.Length)], // truncated
            1 => [.. "%PDF-1."u8, .. g.Bytes(20_000)], // random bytes after the header
            2 => XrefOffsetsShifted(g, bytes),
            _ => bytes,
        };
    }

    /// <summary>Catalog, pages, a Type0 font with its ToUnicode map, and a content stream a page, laid out at random.</summary>
    private static List<PdfFile.Object> Document(HostileInput g, List<IReadOnlyList<string>> pages)
    {
        var characters = pages.SelectMany(p => p).SelectMany(l => l).Distinct().ToList();
        var cid = characters.Select((c, i) => (c, i + 1)).ToDictionary(x => x.c, x => x.Item2);
        var objects = PdfFile.TextDocument([["质"]]).Take(6).ToList();
        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', pages.Select((_, i) => $"{7 + 2 * i} 0 R"))}] /Count {pages.Count} >>";
        objects[4] = g.Chance(0.05) ? PdfFile.Stream(g.Bytes(500)) : PdfFile.Stream(Encoding.ASCII.GetBytes(ToUnicode(cid)));
        for (var p = 0; p < pages.Count; p++)
        {
            var box = g.Chance(0.85) ? "[0 0 595 842]" : g.Pick(["[0 0 1e30 1e30]", "[-1e30 -1e30 0 0]", "[0 0 0 0]", "[0 0 nan 842]", "[1 2]", "/Foo", "[0 0 99999999999999999999 842]", "[842 595 0 0]"]);
            var rotate = g.Chance(0.1) ? $"/Rotate {g.Pick(["90", "180", "270", "45", "-90", "99999999"])} " : "";
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox {box} {rotate}/Resources << /Font << /F1 3 0 R >> >> /Contents {8 + 2 * p} 0 R >>");
            var content = Content(g, pages[p], cid);
            objects.Add(g.Chance(0.7) ? PdfFile.Deflated(content) : PdfFile.Stream(content));
        }
        return objects;
    }

    private static byte[] Content(HostileInput g, IReadOnlyList<string> lines, Dictionary<char, int> cid)
    {
        var size = g.Chance(0.8) ? g.Pick([10.5, 12, 14, 16, 22]) : g.Pick([0, -16, 0.001, 1e6, 3.5]);
        var left = g.Chance(0.9) ? 80 : g.Pick([-1e30, 1e30, -500, 5000]);
        var sb = new StringBuilder();
        if (g.Chance(0.1))
        {
            sb.Append(string.Concat(Enumerable.Repeat("q ", g.Next(1, 2000))));
        }
        var y = 760.0;
        foreach (var line in lines)
        {
            var hex = string.Concat(line.Select(c => cid[c].ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
            var x = left + (g.Chance(0.3) ? 2 * size : 0);
            sb.Append(System.FormattableString.Invariant($"BT /F1 {size} Tf "));
            sb.Append(g.Next(10) switch
            {
                0 => System.FormattableString.Invariant($"{g.Next(-5, 20)} Tc "),
                1 => System.FormattableString.Invariant($"{g.Next(1, 300)} Tz "),
                _ => "",
            });
            sb.Append(g.Chance(0.05)
                ? System.FormattableString.Invariant($"0 1 -1 0 {x} {y} Tm ")
                : System.FormattableString.Invariant($"{x} {y} Td "));
            sb.Append(g.Next(6) switch
            {
                0 => $"[{string.Join(' ', hex.Chunk(4).Select(c => $"<{new string(c)}> {g.Next(-300, 300)}"))}] TJ ",
                1 => $"<{hex}> ' ",
                _ => $"<{hex}> Tj ",
            });
            if (g.Chance(0.1))
            {
                // Fake bold: the same text again, a fraction of a point to the right.
                sb.Append(System.FormattableString.Invariant($"0.3 0 Td <{hex}> Tj "));
            }
            sb.Append("ET\n");
            y -= g.Chance(0.9) ? size * 1.8 : g.Pick([0, -40, 400, 1e30]);
        }
        if (g.Chance(0.08))
        {
            // Many operators: the letter bound per page, or near it.
            var one = cid.Count > 0 ? cid.Values.First().ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : "0001";
            sb.Append("BT /F1 12 Tf 80 100 Td ").Append(string.Concat(Enumerable.Repeat($"<{one}> Tj ", g.Next(1000, 60_000)))).Append("ET");
        }
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>One structural break of the object list (objects 1–6 are catalog, pages and font; then page and content pairs).</summary>
    private static void Break(HostileInput g, List<PdfFile.Object> objects, int pages)
    {
        var page = 6 + 2 * g.Next(pages);
        switch (g.Next(9))
        {
            case 0: // a compression bomb in a page's content or in the font's ToUnicode map
                objects[g.Chance(0.7) ? page + 1 : 4] = PdfFile.Stream(Bomb.Value, "/Filter /FlateDecode ");
                break;
            case 1: // a forged /Length
                objects[page + 1] = PdfFile.Stream(Encoding.ASCII.GetBytes("BT /F1 12 Tf 80 700 Td <0001> Tj ET"), length: g.Pick(["99999999999", "0", "-1", "2147483648", "9 0 R", "3.5", "1 0 R"]));
                break;
            case 2: // arrays or dictionaries nested deep inside a dictionary or a content stream
                var target = g.Pick([0, 1, 2, 3, page, page + 1]);
                var body = objects[target].Body;
                var at = Array.LastIndexOf(body, (byte)'>') is var i && i > 0 ? i - 1 : body.Length;
                objects[target] = new PdfFile.Object([.. body[..at], .. " /Deep "u8, .. Nesting(g, g.Next(10, 3000)), .. body[at..]]);
                break;
            case 3: // the page count claims what is not there
                objects[1] = new PdfFile.Object(Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(objects[1].Body).Replace("/Count", "/Count " + g.Pick(["2147483647", "-1", "0", "99999999999"]) + " /Was", StringComparison.Ordinal)));
                break;
            case 4: // the page tree loops back to itself, or names a font as a page, or an object that does not exist
                objects[1] = $"<< /Type /Pages /Kids [{g.Pick(["2 0 R", "3 0 R", "999 0 R", "1 0 R"])} {page + 1} 0 R] /Count 2 >>";
                break;
            case 5: // the font's descendant or descriptor is missing or of the wrong kind
                objects[g.Pick([2, 3])] = g.Pick<PdfFile.Object>(["<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [99 0 R] >>", "null", "[1 2 3]", "<< >>"]);
                break;
            case 6: // the catalog has no pages
                objects[0] = g.Pick<PdfFile.Object>(["<< /Type /Catalog >>", "<< /Type /Catalog /Pages 3 0 R >>", "null"]);
                break;
            case 7: // a page without resources or contents
                objects[page] = g.Pick<PdfFile.Object>(["<< /Type /Page /Parent 2 0 R >>", "<< /Type /Page /Parent 2 0 R /Contents [1 0 R 1 0 R] /MediaBox [0 0 595 842] >>"]);
                break;
            default: // a content stream of random bytes
                objects[page + 1] = PdfFile.Stream(g.Bytes(3000));
                break;
        }
    }

    private static byte[] XrefOffsetsShifted(HostileInput g, byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        return Encoding.Latin1.GetBytes(System.Text.RegularExpressions.Regex.Replace(text, @"(\d{10}) 00000 n",
            m => g.Chance(0.5) ? $"{g.Next(bytes.Length * 2):D10} 00000 n" : m.Value));
    }

    private static string ToUnicode(Dictionary<char, int> cid)
    {
        var map = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        foreach (var chunk in cid.Chunk(100))
        {
            map.Append(chunk.Length).Append(" beginbfchar\n");
            foreach (var (c, code) in chunk)
            {
                map.Append(System.FormattableString.Invariant($"<{code:X4}> <{(int)c:X4}>\n"));
            }
            map.Append("endbfchar\n");
        }
        return map.Append("endcmap CMapName currentdict /CMap defineresource pop end end").ToString();
    }
}

/// <summary>
/// Hostile .doc files: random bytes (refused before LibreOffice starts), a Word compound-file signature or an RTF
/// header before random bytes, and the team's .doc truncated or with bytes flipped — each of the last kinds is a
/// LibreOffice run of seconds, so the tests take a handful of them, not thousands.
/// </summary>
internal static class HostileDoc
{
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static byte[] Generate(HostileInput g, byte[] doc) => g.Next(5) switch
    {
        0 => [(byte)g.Next(0x20, 0x7F), .. g.Bytes(4000)],
        1 => [.. CompoundFile, .. g.Bytes(8000)],
        2 => [.. "{\\rtf1\\ansi "u8, .. g.Bytes(4000)],
        3 => doc[..g.Next(CompoundFile.Length, doc.Length)],
        _ => Flipped(g, doc),
    };

    private static byte[] Flipped(HostileInput g, byte[] doc)
    {
        var copy = doc.ToArray();
        for (var k = g.Next(1, 40); k > 0; k--)
        {
            var i = g.Next(CompoundFile.Length, copy.Length);
            copy[i] ^= (byte)(1 << g.Next(8));
        }
        return copy;
    }
}

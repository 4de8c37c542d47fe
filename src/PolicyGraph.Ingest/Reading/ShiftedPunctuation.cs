namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Punctuation a PDF font mapped to the wrong characters (domain.md §11 L8): text taken from some typeset PDFs and the
/// flipbook sites built on them carries every full-width mark as the character one code point row away in GB2312 —
/// ，as 袁, 。as 遥, 、as 尧, ：as 院, ；as 曰, （）as 渊冤, “”as 野冶, 《》as 叶曳, ——as 要要, ……as 噎噎. It is a decoding defect
/// like a wrong code page, so it is repaired where the text is decoded, character for character (offsets stay).
/// A text is read so only when these stand where its marks should be: the comma and full stop look-alikes outnumber the
/// real marks four to one. Within such a text a look-alike that is also a common character is taken as a mark only in
/// the shape of one (院 not ending 国务院 or 医院; 野/冶 and 叶/曳 only as an opening and closing pair on one line).
/// </summary>
internal static class ShiftedPunctuation
{
    private static readonly Dictionary<char, char> Always = new()
    {
        ['袁'] = '，', ['遥'] = '。', ['尧'] = '、', ['曰'] = '；', ['渊'] = '（', ['冤'] = '）',
    };

    private static readonly (char Open, char Close, char OpenMark, char CloseMark)[] Pairs =
    [
        ('野', '冶', '“', '”'), ('叶', '曳', '《', '》'),
    ];

    // A 院 of a name: the character before it (国务院 法院 医院 学院 研究院 科学院 设计院 检察院 书院 剧院 影院 养老院 福利院) or after it (院士 院校 院长 院所).
    private const string InstitutionBefore = "务法医学究科计察书剧影老利庭疗术";
    private const string InstitutionAfter = "士校长所内区";

    public static string Repair(string text)
    {
        int shifted = 0, real = 0;
        foreach (var c in text)
        {
            if (c is '袁' or '遥' or '尧')
            {
                shifted++;
            }
            else if (c is '，' or '。' or '、')
            {
                real++;
            }
        }
        if (shifted < 3 || real * 4 > shifted)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (Always.TryGetValue(c, out var mark))
            {
                chars[i] = mark;
            }
            else if (c == '院' && !Neighbour(text, i, -1, InstitutionBefore) && !Neighbour(text, i, 1, InstitutionAfter))
            {
                chars[i] = '：';
            }
            else if ((c == '要' || c == '噎') && i + 1 < chars.Length && text[i + 1] == c)
            {
                chars[i] = chars[i + 1] = c == '要' ? '—' : '…';
                i++;
            }
        }
        foreach (var (open, close, openMark, closeMark) in Pairs)
        {
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] != open)
                {
                    continue;
                }
                var j = i + 1;
                while (j < chars.Length && chars[j] != '\n' && chars[j] != close && j - i <= 60)
                {
                    j++;
                }
                if (j < chars.Length && chars[j] == close)
                {
                    (chars[i], chars[j]) = (openMark, closeMark);
                    i = j;
                }
            }
        }
        return new string(chars);
    }

    /// <summary>Whether the nearest character to one side of <paramref name="at"/>, spaces skipped, is one of <paramref name="set"/>.</summary>
    private static bool Neighbour(string text, int at, int step, string set)
    {
        var i = at + step;
        while (i >= 0 && i < text.Length && text[i] is ' ' or '\u3000')
        {
            i += step;
        }
        return i >= 0 && i < text.Length && set.Contains(text[i], StringComparison.Ordinal);
    }
}

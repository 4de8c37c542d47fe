namespace PolicyGraph.Core.Text;

/// <summary>Chinese numerals as outlines write them: 一 … 十, 十一, 二十, 一百零一.</summary>
public static class ChineseNumerals
{
    /// <summary>
    /// A year in Chinese numerals, one numeral a digit, with 〇 typed as a digit zero or a letter O (二0一0): for the date
    /// patterns of normalising (sign-off lines) and extraction (ChineseDate) alike.
    /// </summary>
    public const string DigitByDigitYear = "(?=[〇○零0OoＯ一二三四五六七八九]{0,3}[一二三四五六七八九])[〇○零0OoＯ一二三四五六七八九]{4}";

    private const string Digits = "零一二三四五六七八九";

    public static string ToChinese(int n)
    {
        if (n is <= 0 or >= 10000)
        {
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var thousands = n / 1000;
        var hundreds = n / 100 % 10;
        var tens = n / 10 % 10;
        var ones = n % 10;
        var s = new System.Text.StringBuilder();
        if (thousands > 0) { s.Append(Digits[thousands]).Append('千'); }
        if (hundreds > 0) { s.Append(Digits[hundreds]).Append('百'); }
        else if (thousands > 0 && (tens > 0 || ones > 0)) { s.Append('零'); }
        if (tens > 0)
        {
            if (!(tens == 1 && n < 20)) { s.Append(Digits[tens]); }
            s.Append('十');
        }
        else if (hundreds > 0 && ones > 0) { s.Append('零'); }
        if (ones > 0) { s.Append(Digits[ones]); }
        return s.ToString();
    }

    /// <summary>The value of a Chinese numeral (一, 十七, 二十三, 〇, 两), or null when it is not one.</summary>
    public static int? Parse(string s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return null;
        }
        int total = 0, current = 0;
        foreach (var c in s)
        {
            var d = c switch
            {
                '零' or '〇' or '○' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4, '五' => 5,
                '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1,
            };
            if (d >= 0)
            {
                current = current * 10 + d;
                continue;
            }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                return null;
            }
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        return total + current;
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyGraph.Api.Hosting;

/// <summary>
/// The name an uploaded file goes in under (its document's <c>source</c>): the last segment of the name the client
/// sent, since browsers send a bare name and older clients and scripts a path with either slash. Nothing is written
/// under this name, but it is shown, exported and typed back, so a name that leaves nothing after its folders, is
/// only dots, hides characters (NUL, controls, the right-to-left override that disguises an extension), is longer
/// than file systems allow, or is a device name on Windows is refused with the reason.
/// </summary>
public static partial class UploadName
{
    /// <summary>The longest name, in UTF-8 bytes, that Linux, macOS and Windows file systems all take.</summary>
    public const int MaxBytes = 255;

    /// <summary>The plain file name, or null with <paramref name="reason"/> saying why the sent name cannot be one.</summary>
    public static string? Of(string? sent, out string reason)
    {
        reason = string.Empty;
        if (string.IsNullOrWhiteSpace(sent))
        {
            reason = "the file has no name";
            return null;
        }
        foreach (var c in sent)
        {
            if (IsInvisible(c))
            {
                reason = $"the name contains an invisible character (U+{(int)c:X4}); rename the file";
                return null;
            }
        }
        var name = sent[(sent.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        if (name.Length == 0 || name.All(c => c == '.'))
        {
            reason = "the name is only folders or dots; send the file's own name";
            return null;
        }
        var bytes = Encoding.UTF8.GetByteCount(name);
        if (bytes > MaxBytes)
        {
            reason = $"the name is too long ({bytes:N0} bytes in UTF-8; at most {MaxBytes})";
            return null;
        }
        if (DeviceName().IsMatch(name))
        {
            reason = "the name is a device name on Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9); rename the file";
            return null;
        }
        return name;
    }

    /// <summary>The name as sent, for a message: invisible characters shown as code points, at most 80 characters.</summary>
    public static string Printable(string? sent)
    {
        var shown = string.Concat((sent ?? string.Empty).Select(c => IsInvisible(c) ? $"\\u{(int)c:X4}" : c.ToString()));
        return shown.Length > 80 ? shown[..80] + "…" : shown;
    }

    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;

    // Windows opens the device whatever the extension (con.txt is CON), and ignores trailing spaces and dots.
    [GeneratedRegex(@"^(?:CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])(?:\..*)?[ .]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeviceName();
}

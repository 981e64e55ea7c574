using System.Globalization;
using System.Text;

namespace OrgModel.Cli;

/// <summary>
/// Makes text from data safe to print in a terminal: control characters (ESC, CR, NUL, line breaks and
/// the rest of Unicode category Cc, and the line and paragraph separators) are shown as escapes such as
/// <c>\u001B</c>, so a crafted name cannot forge lines or recolour the terminal; very long values are
/// clipped with an ellipsis and their length. JSON output is exact and never goes through here.
/// </summary>
internal static class TerminalText
{
    /// <summary>The longest value a table cell or a message shows before clipping.</summary>
    public const int MaxCell = 200;

    /// <summary>The longest message line shown before clipping.</summary>
    public const int MaxLine = 2000;

    public static string Clean(string? text, int max = MaxCell)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        bool safe = text.Length <= max;
        foreach (char c in text)
        {
            if (NeedsEscape(c))
            {
                safe = false;
                break;
            }
        }

        if (safe)
        {
            return text;
        }

        var clean = new StringBuilder(Math.Min(text.Length, max) + 16);
        int shown = 0;
        foreach (char c in text)
        {
            if (clean.Length >= max)
            {
                break;
            }

            if (NeedsEscape(c))
            {
                clean.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                clean.Append(c);
            }

            shown++;
        }

        if (shown < text.Length)
        {
            clean.Append(CultureInfo.InvariantCulture, $"… ({text.Length} characters)");
        }

        return clean.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}

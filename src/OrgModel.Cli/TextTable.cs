using System.Text;

namespace OrgModel.Cli;

/// <summary>
/// Left-aligned columns separated by two spaces, with a header row: readable in a terminal and easy to
/// grep. When the rows are wider than the terminal, the widest column wraps at word boundaries onto
/// continuation lines; output to a pipe or file is never wrapped.
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    private const int Gap = 2;
    private const int NarrowestWrapped = 16;
    private readonly List<string[]> _rows = [];
    private readonly List<string[]> _raw = [];

    /// <summary>When set, tables are collected here instead of drawn (for CSV output).</summary>
    public static AsyncLocal<List<TextTable>?> Captured { get; } = new();

    /// <summary>The width to wrap tables to in the current command, or <see langword="null"/> for none (set by <see cref="Cli.Run"/>).</summary>
    public static AsyncLocal<int?> Width { get; } = new();

    public int Count => _rows.Count;

    // Cells come from data: escaped and clipped here, once, for every table.
    public void Add(params string[] cells)
    {
        _rows.Add([.. cells.Select(c => TerminalText.Clean(c))]);
        _raw.Add(cells);
    }

    /// <summary>The table as CSV (RFC 4180): a header row, then the rows with their exact, unclipped text.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        foreach (string[] row in _raw.Prepend(headers))
        {
            csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

    public void WriteTo(TextWriter output, string indent = "")
    {
        if (Captured.Value is { } tables)
        {
            tables.Add(this);
            return;
        }

        int[] widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        if (Width.Value is { } limit)
        {
            // Narrow the widest column, one character at a time, until the table fits or nothing can narrow.
            int total = indent.Length + widths.Sum() + (Gap * (widths.Length - 1));
            while (total > limit)
            {
                int widest = Array.IndexOf(widths, widths.Max());
                if (widths[widest] <= Math.Max(NarrowestWrapped, headers[widest].Length))
                {
                    break;
                }

                widths[widest]--;
                total--;
            }
        }

        Write(output, indent, headers, widths);
        foreach (string[] row in _rows)
        {
            List<string>[] cells = [.. row.Select((c, i) => c.Length <= widths[i] ? [c] : Wrap(c, widths[i]))];
            int height = cells.Max(c => c.Count);
            for (int l = 0; l < height; l++)
            {
                Write(output, indent, [.. cells.Select(c => l < c.Count ? c[l] : string.Empty)], widths);
            }
        }
    }

    // Words onto lines of at most the width; a word longer than the width is cut.
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string rest = word;
            while (rest.Length > 0)
            {
                int room = line.Length == 0 ? width : width - line.Length - 1;
                if (rest.Length <= room)
                {
                    line.Append(line.Length == 0 ? string.Empty : " ").Append(rest);
                    rest = string.Empty;
                }
                else if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                else
                {
                    lines.Add(rest[..width]);
                    rest = rest[width..];
                }
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static void Write(TextWriter output, string indent, string[] cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (int i = 0; i < cells.Length; i++)
        {
            line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + Gap));
        }

        output.WriteLine(line.ToString().TrimEnd());
    }
}

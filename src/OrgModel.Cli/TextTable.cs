using System.Text;

namespace OrgModel.Cli;

/// <summary>Left-aligned columns separated by two spaces, with a header row: readable in a terminal and easy to grep.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    // Cells come from data: escaped and clipped here, once, for every table.
    public void Add(params string[] cells) => _rows.Add([.. cells.Select(c => TerminalText.Clean(c))]);

    public void WriteTo(TextWriter output, string indent = "")
    {
        int[] widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        Write(output, indent, headers, widths);
        foreach (string[] row in _rows)
        {
            Write(output, indent, row, widths);
        }
    }

    private static void Write(TextWriter output, string indent, string[] cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (int i = 0; i < cells.Length; i++)
        {
            line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        output.WriteLine(line.ToString().TrimEnd());
    }
}

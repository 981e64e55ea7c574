using OrgModel.Interop.Cow;
using OrgModel.Model;

namespace OrgModel.Tests.Interop;

/// <summary>
/// The COW IGO v3.0 data as the Interop package ships it (a gzip-compressed resource), imported once
/// for every test that needs it; nothing outside the repository is read.
/// </summary>
internal static class CowData
{
    private static readonly Lazy<string[]> CsvLines = new(() =>
    {
        using var reader = new StreamReader(CowIgoImporter.OpenBundledCsv());
        var lines = new List<string>(19_400);
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return [.. lines];
    });

    private static readonly Lazy<Catalog> Imported = new(CowIgoImporter.ImportBundled);

    /// <summary>The CSV's lines, header first.</summary>
    public static string[] Lines => CsvLines.Value;

    /// <summary>Writes the CSV to <paramref name="path"/>, for tests of commands that take a file.</summary>
    public static void WriteCsvTo(string path)
    {
        using Stream csv = CowIgoImporter.OpenBundledCsv();
        using FileStream file = File.Create(path);
        csv.CopyTo(file);
    }

    /// <summary>The state columns table from the data's SOURCE.md (shipped beside these tests).</summary>
    public static string StateColumnsPath { get; } = Path.Combine(AppContext.BaseDirectory, "Interop", "Data", "state_columns.csv");

    public static Catalog Catalog => Imported.Value;
}

using OrgModel.Interop.Cow;
using OrgModel.Model;
using OrgModel.Tests.Docs;

namespace OrgModel.Tests.Interop;

/// <summary>The COW IGO v3 data from shared/data/external, imported once for every test that needs it.</summary>
internal static class CowData
{
    public static string CsvPath { get; } = FindCsv();

    private static readonly Lazy<Catalog> Imported = new(() => CowIgoImporter.Import(CsvPath!));

    public static Catalog Catalog => Imported.Value;

    private static string FindCsv()
    {
        // CI lays shared/ beside the clone; a developer's checkout has it one level up too.
        foreach (string root in new[] { Path.Combine(DocSnippets.RepositoryRoot, "..", "shared"), "/work/shared" })
        {
            string path = Path.GetFullPath(Path.Combine(root, "data", "external", "cow-igo-v3", "igo_year_formatv3.csv"));
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("The COW IGO v3 CSV (shared/data/external/cow-igo-v3/igo_year_formatv3.csv) was not found beside the repository.");
    }
}

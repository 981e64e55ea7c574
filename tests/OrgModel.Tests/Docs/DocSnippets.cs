namespace OrgModel.Tests.Docs;

/// <summary>Finds the repository from the test binaries and reads its documents.</summary>
internal static class DocSnippets
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ReadDoc(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot, relativePath)).ReplaceLineEndings("\n");

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrgModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OrgModel.sln not found above the test binaries.");
    }
}

namespace OrgModel.Tests.Docs;

/// <summary>
/// Reads the C# snippets that the README and docs show, so that a test can prove each one is a
/// verbatim copy of code that compiles and passes in this project.
/// </summary>
internal static class DocSnippets
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The lines between <c>// begin-snippet: NAME</c> and <c>// end-snippet</c> in a test source file, unindented.</summary>
    public static string FromSource(string relativePath, string name)
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryRoot, relativePath));
        int begin = Array.FindIndex(lines, l => l.Trim() == $"// begin-snippet: {name}");
        int end = Array.FindIndex(lines, begin + 1, l => l.Trim() == "// end-snippet");
        if (begin < 0 || end < 0)
        {
            throw new InvalidOperationException($"Snippet '{name}' not found in {relativePath}.");
        }

        string[] body = lines[(begin + 1)..end];
        int indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

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

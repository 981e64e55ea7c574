using System.Text.RegularExpressions;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Tests.Cli;
using OrgModel.Tests.Fixtures;
using OrgModel.Time;

namespace OrgModel.Tests.Docs;

/// <summary>The examples of docs/queries.md: every orgmodel command shown is run in-process (its C# runs as a consumer program, see DocsAsProgramsTests).</summary>
public partial class QueryExamples
{
    [Fact]
    public void Every_orgmodel_command_in_the_docs_runs_and_succeeds()
    {
        var commands = new[] { "docs/queries.md", "docs/rotation.md", "README.md" }
            .SelectMany(doc => CommandLine().Matches(DocSnippets.ReadDoc(doc)).Select(m => m.Groups[1].Value.Trim()))
            .Where(c => !c.Contains("FILE", StringComparison.Ordinal))
            .ToList();

        commands.Should().HaveCountGreaterThan(8);
        foreach (string command in commands)
        {
            string[] args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a.StartsWith("docs/", StringComparison.Ordinal) ? Path.Combine(DocSnippets.RepositoryRoot, a) : a)
                .ToArray();
            CliTests.Run(args).Exit.Should().Be(0, $"'{command}' is shown in the docs");
        }
    }

    [Fact]
    public void The_queries_guide_shows_the_real_output_of_show_turkpa()
    {
        string guide = DocSnippets.ReadDoc("docs/queries.md");
        int start = guide.IndexOf("The output of `show turkpa --on 2025-10-17`:\n\n```text\n", StringComparison.Ordinal);
        start.Should().BePositive();
        start = guide.IndexOf("```text\n", start, StringComparison.Ordinal) + "```text\n".Length;
        string shown = guide[start..guide.IndexOf("\n```", start, StringComparison.Ordinal)];

        CliTests.Run("show", "turkpa", "--on", "2025-10-17").Out.ReplaceLineEndings("\n").TrimEnd().Should().Be(shown);
    }

    [GeneratedRegex(@"^(?:orgmodel|dotnet run --project src/OrgModel\.Cli --) (.+)$", RegexOptions.Multiline)]
    private static partial Regex CommandLine();
}

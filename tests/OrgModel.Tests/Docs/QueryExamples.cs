using System.Text.RegularExpressions;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Tests.Cli;
using OrgModel.Tests.Fixtures;
using OrgModel.Time;

namespace OrgModel.Tests.Docs;

/// <summary>The examples of docs/queries.md: the C# ones run here, and every orgmodel command shown is run in-process.</summary>
public partial class QueryExamples
{
    [Fact]
    public void The_csharp_query_examples_run_as_shown()
    {
        string json = OrgModelJson.Serialize(TurkicFixtures.Catalog);

        // begin-snippet: queries-csharp
        Catalog catalog = OrgModelJson.DeserializeCatalog(json); // the query index is built on the first query, once
        var day = new LocalDate(2025, 10, 17);

        OrganizationSnapshot turkpa = catalog.SnapshotOn(new Id<Organization>("turkpa"), day);
        // turkpa.Name: certainly Parliamentary Assembly of Turkic States (TURKPA)
        // turkpa.Chair: certainly kaz-parliament; turkpa.ChairActingPerson: certainly Yerlan Koshanov
        // turkpa.SecretaryGeneral: certainly Ramil Hasan; turkpa.Seat: certainly Baku

        Answer<MembershipStatus> uzbekistan = catalog.StatusOn(new Id<Organization>("ots"), new Id<Party>("uzb"), new LocalDate(2020, 6, 1)); // certainly Full
        var members = catalog.MembersOn(new Id<Organization>("ots"), new LocalDate(2023, 6, 1));             // ECO: Observer, possibly
        var kazakhstan = catalog.MembershipsOn(new Id<Party>("kaz"), day);                           // ots, turksoy; then turkpa through kaz-parliament
        var joint = catalog.JointMembershipsOn(new Id<Party>("kaz"), new Id<Party>("hun"), day);                     // ots: Full and Observer
        var sessions = catalog.SessionsBetween(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)); // plenary-14, summit-12
        Answer<Tenure> secretaryGeneral = catalog.HolderOn(new Id<Organization>("turkpa"), new Id<Post>(Post.SecretaryGeneral), new LocalDate(2025, 9, 1)); // Mehmet Süreyya Er
        var changes = catalog.HistoryBetween(new Id<Organization>("turkpa"), new LocalDate(2025, 1, 1), day);  // session held, chair handed over, elected, took office
        // end-snippet

        turkpa.Chair.Value.Holder.Should().Be(new Id<Party>("kaz-parliament"));
        turkpa.ChairActingPerson.Value.Name.Should().Be("Yerlan Koshanov");
        uzbekistan.Should().Be(new Answer<MembershipStatus>(MembershipStatus.Full, Certainty.Certainly));
        members.Single(m => m.Party.Value == "eco").Certainty.Should().Be(Certainty.Possibly);
        kazakhstan.Select(m => m.Organization.Value).Should().Equal("ots", "turksoy", "turkpa");
        joint.Single().Organization.Should().Be(new Id<Organization>("ots"));
        sessions.Select(s => s.Session.Id.Value).Should().Equal("plenary-14", "summit-12");
        secretaryGeneral.Value.Holder.Name.Should().Be("Mehmet Süreyya Er");
        changes.Select(c => c.Kind).Should().Equal(ChangeKind.SessionHeld, ChangeKind.ChairHandedOver, ChangeKind.Elected, ChangeKind.TookOffice);
    }

    [Fact]
    public void The_queries_guide_quotes_the_csharp_examples_verbatim()
    {
        DocSnippets.ReadDoc("docs/queries.md").Should().Contain(DocSnippets.FromSource("tests/OrgModel.Tests/Docs/QueryExamples.cs", "queries-csharp"));
    }

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

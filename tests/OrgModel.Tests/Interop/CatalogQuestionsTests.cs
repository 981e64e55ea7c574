using NodaTime;
using NodaTime.Text;
using OrgModel.Interop.BuiltIn;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Tests.Docs;
using OrgModel.Time;

namespace OrgModel.Tests.Interop;

/// <summary>
/// Questions people ask about the curated organizations, each answered by a public source named on its
/// line of <c>catalog-questions.tsv</c>, asked of the built-in catalog through the public API.
/// </summary>
public class CatalogQuestionsTests
{
    private static readonly string[] Kinds = ["name", "member", "chair", "head", "holder", "seat", "session", "inforce"];

    private static readonly Lazy<Question[]> All = new(() => File.ReadLines(Path.Combine(DocSnippets.RepositoryRoot, "tests", "OrgModel.Tests", "Interop", "catalog-questions.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(Question.Parse)
        .ToArray());

    public static TheoryData<string, string, string, string, string> Questions()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (Question q in All.Value)
        {
            data.Add(q.Organization, q.Kind, q.Date, q.Subject, q.Expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void The_built_in_catalog_answers_as_the_source_says(string organization, string kind, string date, string subject, string expected)
    {
        Catalog catalog = BuiltInCatalog.Catalog;
        Id<Organization> org = catalog.OrganizationsNamed(organization).Should().ContainSingle().Subject;
        LocalDate day = LocalDatePattern.Iso.Parse(date).Value;

        Ask(catalog, org, kind, day, subject).Should().Be(expected);
    }

    [Fact]
    public void There_are_at_least_150_questions_covering_every_curated_organization_and_every_kind_of_fact_each_with_a_public_source()
    {
        All.Value.Should().HaveCountGreaterThanOrEqualTo(150);
        All.Value.Select(q => q.Organization).Distinct().Should().BeEquivalentTo(BuiltInCatalog.Curated.Organizations.Select(o => o.Id.Value));
        All.Value.Select(q => q.Kind).Distinct().Should().BeEquivalentTo(Kinds);
        All.Value.Should().OnlyContain(q => Uri.IsWellFormedUriString(q.Source, UriKind.Absolute) && q.Source.StartsWith("https://", StringComparison.Ordinal));
        All.Value.Select(q => (q.Organization, q.Kind, q.Date, q.Subject)).Should().OnlyHaveUniqueItems();
    }

    private static string Ask(Catalog catalog, Id<Organization> org, string kind, LocalDate day, string subject)
    {
        Organization o = catalog.GetOrganization(org);
        switch (kind)
        {
            case "name":
                return catalog.SnapshotOn(org, day).Name.Value.Name;
            case "member":
                Id<Party> party = catalog.PartiesNamed(subject).Single();
                var status = catalog.StatusOn(org, party, day);
                return status.HasValue ? $"{status.Value.ToString().ToLowerInvariant()} {status.Certainty.ToInvariantString()}" : $"none {catalog.BelongsOn(org, party, day).ToInvariantString()}";
            case "chair":
                return catalog.ChairOn(org, day).Value.Holder.Value;
            case "head":
                return catalog.SnapshotOn(org, day).SecretaryGeneral.Value.Holder.Name;
            case "holder":
                return catalog.HolderOn(org, new Id<Post>(subject), day).Value.Holder.Name;
            case "seat":
                return catalog.SnapshotOn(org, day).Seat.Value.Place.City;
            case "session":
                Session s = o.Sessions.Single(x => string.Equals(x.Id.Value, subject, StringComparison.OrdinalIgnoreCase));
                return $"{s.Date} {s.Place.City}";
            case "inforce":
                string[] parts = subject.Split(':');
                Agreement a = o.Agreements.Single(x => x.Id.Value == parts[0]);
                return (parts.Length == 2 ? a.EntryIntoForceFor(new Id<Party>(parts[1])) : a.EntryIntoForce)?.ToString() ?? "none";
            default:
                throw new ArgumentException($"'{kind}' is not a kind of question.", nameof(kind));
        }
    }

    private sealed record Question(string Organization, string Kind, string Date, string Subject, string Expected, string Source)
    {
        public static Question Parse(string line)
        {
            string[] f = line.Split('\t');
            f.Should().HaveCount(6, $"each line has six tab-separated fields: {line}");
            return new Question(f[0], f[1], f[2], f[3], f[4], f[5]);
        }
    }
}

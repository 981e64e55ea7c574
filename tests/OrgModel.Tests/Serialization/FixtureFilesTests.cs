using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Tests.Docs;
using OrgModel.Tests.Fixtures;

namespace OrgModel.Tests.Serialization;

/// <summary>
/// The fixtures ship as JSON files in docs/examples; these tests prove the files are exactly the
/// canonical serialization of the C# fixtures and load back to the same model. Set
/// ORGMODEL_UPDATE_FIXTURES=1 to rewrite the files after changing the C# fixtures.
/// </summary>
public class FixtureFilesTests
{
    public static TheoryData<string> OrganizationFiles => new() { "turkpa", "ots", "turksoy" };

    [Fact]
    public void The_catalog_file_loads_to_the_same_model_as_the_csharp_fixtures()
    {
        string path = ExamplePath("turkic-catalog.json");
        string expected = OrgModelJson.Serialize(TurkicFixtures.Catalog) + "\n";
        UpdateIfAsked(path, expected);

        Catalog loaded = OrgModelJson.DeserializeCatalog(File.ReadAllText(path));

        loaded.Should().Be(TurkicFixtures.Catalog);
        File.ReadAllText(path).Should().Be(expected, "the file is the canonical form of the fixtures");
    }

    [Theory]
    [MemberData(nameof(OrganizationFiles))]
    public void Each_organization_file_loads_to_the_same_organization_as_the_csharp_fixture(string id)
    {
        string path = ExamplePath($"{id}.json");
        Organization fixture = TurkicFixtures.Catalog.GetOrganization(new Id<Organization>(id));
        string expected = OrgModelJson.Serialize(fixture) + "\n";
        UpdateIfAsked(path, expected);

        OrgModelJson.DeserializeOrganization(File.ReadAllText(path)).Should().Be(fixture);
        File.ReadAllText(path).Should().Be(expected);
    }

    internal static string ExamplePath(string name) => Path.Combine(DocSnippets.RepositoryRoot, "docs", "examples", name);

    private static void UpdateIfAsked(string path, string content)
    {
        if (Environment.GetEnvironmentVariable("ORGMODEL_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(path, content);
        }
    }
}

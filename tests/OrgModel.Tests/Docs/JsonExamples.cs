using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Tests.Fixtures;

namespace OrgModel.Tests.Docs;

/// <summary>The behaviour docs/json-format.md describes (its C# runs as a consumer program, see DocsAsProgramsTests).</summary>
public class JsonExamples
{
    [Fact]
    public void The_json_examples_run_as_shown()
    {
        Catalog catalog = TurkicFixtures.Catalog;

        string json = OrgModelJson.Serialize(catalog);          // canonical catalog document
        Catalog again = OrgModelJson.DeserializeCatalog(json);  // validated; equal to catalog

        try
        {
            OrgModelJson.DeserializeCatalog("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "State", "names": [] } ] }""");
        }
        catch (OrgModelJsonException e)
        {
            Console.Error.WriteLine(e.Message);
            // $.parties[0].kind: 'State' is not a party kind; expected one of: legislature, organization, otherEntity, state. (line 1, byte 59)
        }

        again.Should().Be(catalog);
        FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "State", "names": [] } ] }"""))
            .Should().Throw<OrgModelJsonException>().WithMessage("$.parties[0].kind: 'State' is not a party kind; expected one of: legislature, organization, otherEntity, state. (line 1, byte 59)");
    }

    [Fact]
    public void The_json_format_guide_shows_a_fragment_of_the_real_turkpa_file()
    {
        string guide = DocSnippets.ReadDoc("docs/json-format.md");
        string file = File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot, "docs", "examples", "turkpa.json"));

        int start = guide.IndexOf("```json\n{\n  \"formatVersion\": 1,\n  \"organization\"", StringComparison.Ordinal);
        start.Should().BePositive();
        string fragment = guide[(start + "```json\n".Length)..guide.IndexOf("\n  ...", start, StringComparison.Ordinal)];
        file.Should().StartWith(fragment);
    }
}

using System.Text.Json.Nodes;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Tests.Rules;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Docs;

/// <summary>The JSON example of docs/rotation.md (its C# runs as a consumer program, see DocsAsProgramsTests).</summary>
public class RotationExamples
{
    [Fact]
    public void The_json_example_of_the_rotation_guide_is_the_asean_rule_without_its_sources()
    {
        string guide = DocSnippets.ReadDoc("docs/rotation.md");
        int start = guide.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        string shown = guide[start..guide.IndexOf("\n```", start, StringComparison.Ordinal)];
        JsonObject document = JsonNode.Parse(File.ReadAllText(FixtureFilesTests.ExamplePath(RotatingChairsData.FileName)))!.AsObject();
        JsonObject asean = document["organizations"]!.AsArray().Single(o => o!["id"]!.GetValue<string>() == "asean")!.AsObject();
        asean["chairRotation"] = JsonNode.Parse(shown)!["chairRotation"]!.DeepClone();

        RotationRule fromGuide = OrgModelJson.DeserializeCatalog(document.ToJsonString()).GetOrganization(RotatingChairsData.Asean).ChairRotation!;
        RotationRule fromFile = RotatingChairsData.Catalog.GetOrganization(RotatingChairsData.Asean).ChairRotation!;

        fromGuide.Should().Be(new RotationRule(fromFile.Order, fromFile.Period, fromFile.Anchor, fromFile.GroupSize, fromFile.AnchorPositionInGroup,
            [.. fromFile.Deviations.Select(d => new RotationDeviation(d.Kind, d.TermStart, d.Parties, d.Decided))]));
    }
}

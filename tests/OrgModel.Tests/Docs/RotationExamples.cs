using System.Text.Json.Nodes;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Tests.Rules;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Docs;

/// <summary>The examples of docs/rotation.md, run as shown.</summary>
public class RotationExamples
{
    [Fact]
    public void The_csharp_rotation_examples_run_as_shown()
    {
        string json = File.ReadAllText(FixtureFilesTests.ExamplePath(RotatingChairsData.FileName));

        // begin-snippet: rotation-csharp
        Catalog catalog = OrgModelJson.DeserializeCatalog(json); // docs/examples/rotating-chairs.json
        var unsc = new Id<Organization>("unsc");

        Answer<RotationTerm> march2027 = catalog.ChairOn(unsc, new LocalDate(2027, 3, 15));
        // possibly usa: projected from rule 18 (English alphabetical order, one calendar month each)

        Answer<RotationTerm> june2024 = catalog.ChairOn(unsc, new LocalDate(2024, 6, 30));
        // certainly kor: recorded, and the rule names the same holder

        var asean = catalog.Rotation(new Id<Organization>("asean"), new LocalDate(2010, 1, 1), new LocalDate(2029, 12, 31));
        // 2011 idn and 2013 brn (swap), 2014 mmr and 2016 lao (swap), 2026 phl (skip); 2027–2029 projected: sgp, tha, tls

        var ruleAlone = catalog.Rotation(new Id<Organization>("council-eu"), new LocalDate(2017, 1, 1), new LocalDate(2026, 12, 31), ruleOnly: true);
        var departures = catalog.RotationDepartures(new Id<Organization>("council-eu"));
        // ruleAlone: the 20 presidencies the record holds, Malta to Ireland; departures: none
        // end-snippet

        march2027.Should().Match<Answer<RotationTerm>>(a => a.Certainty == Certainty.Possibly && a.Value.Holder.Value == "usa" && a.Value.Origin == TermOrigin.Projected);
        june2024.Should().Match<Answer<RotationTerm>>(a => a.Certainty == Certainty.Certainly && a.Value.Holder.Value == "kor" && a.Value.RuleHolder!.Value.Value == "kor");
        asean.Where(t => t.Deviation is not null).Select(t => t.Holder.Value).Should().Equal("idn", "brn", "mmr", "lao", "phl");
        asean.Where(t => t.Origin == TermOrigin.Projected).Select(t => t.Holder.Value).Should().Equal("sgp", "tha", "tls");
        ruleAlone.Select(t => t.Holder).Should().Equal(catalog.GetOrganization(new Id<Organization>("council-eu")).ChairTerms.Select(t => t.Value.Holder));
        ruleAlone.Should().HaveCount(20);
        departures.Should().BeEmpty();
    }

    [Fact]
    public void The_rotation_guide_quotes_the_csharp_examples_verbatim()
    {
        DocSnippets.ReadDoc("docs/rotation.md").Should().Contain(DocSnippets.FromSource("tests/OrgModel.Tests/Docs/RotationExamples.cs", "rotation-csharp"));
    }

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

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NodaTime;
using OrgModel.Queries;
using OrgModel.Serialization.Embedding;

namespace OrgModel.Tests.Rules;

/// <summary>A chair term answer in an application's own JSON: written in the format's shape, and refused on reading with a reason.</summary>
public class RotationEmbeddingTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(ChairJsonContext.Default.Options).ConfigureForOrgModel();

    [Fact]
    public void A_projected_term_is_written_with_its_origin_certainty_and_group_position()
    {
        RotationTerm term = RotatingChairsData.Catalog.ChairOn(RotatingChairsData.CouncilEu, new LocalDate(2029, 3, 1)).Value;

        string json = JsonSerializer.Serialize(term, Options);

        json.Should().StartWith("""{"holder":"lux","from":"2029-01-01","until":"2029-07-01","origin":"projected","certainty":"possibly","ruleHolder":"lux","rulePeriod":{"from":"2029-01-01","until":"2029-07-01"},"positionInGroup":2,"provenance":{""");
        var rule = RotatingChairsData.Catalog.GetOrganization(RotatingChairsData.CouncilEu).ChairRotation!;
        term.Provenance.Should().Be(rule.Provenance, "a projected term cites the rule it comes from");
        JsonNode.Parse(json)!["provenance"]!["sources"]!.AsArray().Should().HaveCount(rule.Provenance.Sources.Count);
    }

    [Fact]
    public void A_term_is_not_read_back_because_it_is_computed_from_a_catalog() =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<RotationTerm>("""{"holder":"lux"}""", Options))
            .Should().Throw<NotSupportedException>().WithMessage("*ChairOn or Rotation*");
}

/// <summary>An application's source-generated context that holds chair terms.</summary>
[JsonSerializable(typeof(RotationTerm))]
internal sealed partial class ChairJsonContext : JsonSerializerContext;

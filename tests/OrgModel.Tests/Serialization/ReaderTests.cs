using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Tests.Fixtures;

namespace OrgModel.Tests.Serialization;

/// <summary>
/// The format has one reader, straight from UTF-8 into the model: it reads every valid document to the
/// model that was written, and fails on anything else with the one documented exception, naming where.
/// </summary>
public class ReaderTests
{
    private static readonly string[] Replacements =
    [
        "null", "0", "1", "-1", "1.5", "1e2", "true", "false", "{}", "[]", "\"\"", "\"x\"", "\"unknown\"", "\"1990\"", "\"1990-13\"",
        "\"2000-02-29\"", "\"2001-02-29\"", "\"full\"", "\"observer\"", "\"state\"", "\"s0\"", "\"S0\"", "\"o0\"", "\"\\u0073\\u0030\"", "\"a b\"",
        "\"https://example.org/x\"", "\"not a url\"", "[{}]", "[\"x\"]", "[null]", "[{}, null]", "{\"name\": \"X\"}",
    ];

    private static readonly string[] Keys =
    [
        "from", "until", "name", "id", "kind", "party", "status", "names", "statuses", "memberships", "provenance", "sources", "title", "url",
        "founded", "dissolved", "holder", "maxHolders", "tenures", "person", "place", "city", "country", "startReason", "unknownKey", "\\u0069d",
    ];

    [Fact]
    public void Every_valid_catalog_reads_back_to_the_catalog_written()
    {
        RandomCatalogs.Gen.Sample(catalog => OrgModelJson.DeserializeCatalog(OrgModelJson.SerializeToUtf8Bytes(catalog)).Equals(catalog), iter: 200);
    }

    [Fact]
    public void Every_valid_organization_document_reads_back_to_the_organization_written()
    {
        RandomCatalogs.Gen.Sample(catalog => catalog.Organizations.All(o => OrgModelJson.DeserializeOrganization(OrgModelJson.Serialize(o)).Equals(o)), iter: 100);
    }

    [Fact]
    public void The_turkic_fixtures_read_back_equal()
    {
        OrgModelJson.DeserializeCatalog(OrgModelJson.SerializeToUtf8Bytes(TurkicFixtures.Catalog)).Should().Be(TurkicFixtures.Catalog);
    }

    [Fact]
    public void Any_edited_document_either_reads_or_fails_with_the_one_documented_exception()
    {
        Gen.Select(RandomCatalogs.Gen, Gen.Int[0, 6], Gen.Int, Gen.Int)
            .Select((catalog, kind, at, pick) => Mutate(OrgModelJson.Serialize(catalog), kind, at, pick))
            .Sample(json =>
            {
                byte[] bytes = Encoding.UTF8.GetBytes(json);
                bool read;
                try
                {
                    OrgModelJson.DeserializeCatalog(bytes);
                    read = true;
                }
                catch (OrgModelJsonException)
                {
                    read = false;
                }

                // Validation never throws, and finds problems exactly when reading fails.
                return OrgModelJson.ValidateCatalog(bytes).IsEmpty == read;
            }, iter: 2000);
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1 } { }""")]
    [InlineData("{ \"formatVersion\": 1, \"parties\": [] // comment\n}")]
    [InlineData("""{ "formatVersion": 1, "parties": [], }""")]
    [InlineData("""{ "formatVersion": 1, "formatVersion": 1 }""")]
    [InlineData("""{ "formatVersion": 1, "extra": 1 }""")]
    [InlineData("""{ "parties": [] }""")]
    [InlineData("""{ "formatVersion": 1.0 }""")]
    [InlineData("""{ "formatVersion": "1" }""")]
    [InlineData("""{ "formatVersion": 1, "parties": {} }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ "kaz" ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state" } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "State", "names": [ { "name": "Kazakhstan" } ] } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "Kazakhstan", "from": "2001-02-29" } ] } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": null } ] } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "K" } ], "provenance": { "sources": [ { "title": "T", "url": "not a url" } ] } } ] }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "k z", "kind": "state", "names": [ { "name": "K" } ] } ] }""")]
    public void Documents_outside_the_format_are_refused_with_a_path(string json)
    {
        OrgModelJsonException e = FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(json)).Should().Throw<OrgModelJsonException>().Which;

        e.Path.Should().StartWith("$");
        OrgModelJson.ValidateCatalog(Encoding.UTF8.GetBytes(json)).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "parties": null }""", "$.parties")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "Kazakhstan", "from": null } ] } ] }""", "$.parties[0].names[0].from")]
    public void An_explicit_null_for_an_optional_property_is_refused_leave_the_property_out_instead(string json, string path)
    {
        OrgModelJsonException e = FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(json)).Should().Throw<OrgModelJsonException>().Which;

        e.Path.Should().Be(path);
        e.Reason.Should().StartWith("null is not allowed here: leave the property out when it has no value.");
    }

    // One small edit of a canonical document (one property per line): drop, repeat or swap a line,
    // give a property another value or another name, drop a character, or replace any value in the tree.
    private static string Mutate(string json, int kind, int at, int pick)
    {
        string[] lines = json.Split('\n');
        int line = (int)((uint)at % (uint)lines.Length);
        int colon = lines[line].IndexOf("\": ", StringComparison.Ordinal);
        switch (kind)
        {
            case 0:
                return string.Join('\n', lines.Where((_, i) => i != line));
            case 1:
                return string.Join('\n', lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1)));
            case 2 when line + 1 < lines.Length:
                (lines[line], lines[line + 1]) = (lines[line + 1], lines[line]);
                return string.Join('\n', lines);
            case 3 when colon > 0:
                lines[line] = lines[line][..(colon + 3)] + Replacements[(int)((uint)pick % (uint)Replacements.Length)] + (lines[line].EndsWith(',') ? "," : string.Empty);
                return string.Join('\n', lines);
            case 4 when colon > 0:
                lines[line] = lines[line][..lines[line].IndexOf('"', StringComparison.Ordinal)] + "\"" + Keys[(int)((uint)pick % (uint)Keys.Length)] + lines[line][colon..];
                return string.Join('\n', lines);
            case 5:
                int position = (int)((uint)pick % (uint)json.Length);
                return json.Remove(position, 1);
            default:
                return ReplaceNode(json, at, pick);
        }
    }

    // Replaces one value anywhere in the tree — an object, an array, an array element — by another.
    private static string ReplaceNode(string json, int at, int pick)
    {
        JsonNode root = JsonNode.Parse(json)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        JsonNode target = nodes[(int)((uint)at % (uint)nodes.Count)];
        JsonNode? replacement = JsonNode.Parse(Replacements[(int)((uint)pick % (uint)Replacements.Length)]);
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = replacement;
                break;
            default:
                return json;
        }

        return root.ToJsonString();
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null)
        {
            return;
        }

        into.Add(node);
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            Collect(child, into);
        }
    }
}

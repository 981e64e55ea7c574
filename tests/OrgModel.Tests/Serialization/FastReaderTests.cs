using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Tests.Fixtures;

namespace OrgModel.Tests.Serialization;

/// <summary>
/// Catalogs are read by a fast reader straight from UTF-8, which hands anything unexpected to the
/// reference reader. These tests hold the two to one format: the fast reader reads every valid
/// document to the same model, and never accepts a document the reference reader rejects.
/// </summary>
public class FastReaderTests
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
    public void The_fast_reader_reads_every_valid_catalog_without_handing_it_on()
    {
        RandomCatalogs.Gen.Sample(catalog =>
        {
            byte[] json = OrgModelJson.SerializeToUtf8Bytes(catalog);
            return Utf8ModelReader.TryReadCatalog(json, out Catalog? read, out Exception? gaveUp)
                ? read.Equals(catalog)
                : throw new InvalidOperationException("The fast reader gave up on a valid catalog.", gaveUp);
        }, iter: 200);
    }

    [Fact]
    public void The_fast_reader_reads_every_valid_organization_document_without_handing_it_on()
    {
        RandomCatalogs.Gen.Sample(catalog => catalog.Organizations.All(o =>
            Utf8ModelReader.TryReadOrganization(Encoding.UTF8.GetBytes(OrgModelJson.Serialize(o)), out Organization? read, out _) && read.Equals(o)), iter: 100);
    }

    [Fact]
    public void The_fast_reader_reads_the_turkic_fixtures_as_the_reference_reader_does()
    {
        byte[] json = OrgModelJson.SerializeToUtf8Bytes(TurkicFixtures.Catalog);

        Utf8ModelReader.TryReadCatalog(json, out Catalog? fast, out Exception? gaveUp).Should().BeTrue(gaveUp?.ToString());
        fast.Should().Be(OrgModelJson.DeserializeCatalogWithReferenceReader(json)).And.Be(TurkicFixtures.Catalog);
    }

    [Fact]
    public void The_fast_reader_never_accepts_a_document_the_reference_reader_rejects()
    {
        var mutated = Gen.Select(RandomCatalogs.Gen, Gen.Int[0, 6], Gen.Int, Gen.Int)
            .Select((catalog, kind, at, pick) => Mutate(OrgModelJson.Serialize(catalog), kind, at, pick));
        mutated.Sample(json =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes(json);
            if (!Utf8ModelReader.TryReadCatalog(bytes, out Catalog? fast, out _))
            {
                return true;
            }

            Catalog reference;
            try
            {
                reference = OrgModelJson.DeserializeCatalogWithReferenceReader(bytes);
            }
            catch (OrgModelJsonException e)
            {
                throw new InvalidOperationException($"The fast reader accepted a document the reference reader rejects ({e.Message}):\n{json}");
            }

            return fast.Equals(reference);
        }, iter: 2000);
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
    public void The_fast_reader_hands_on_what_the_reference_reader_rejects(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);

        Utf8ModelReader.TryReadCatalog(bytes, out _, out _).Should().BeFalse();
        FluentActions.Invoking(() => OrgModelJson.DeserializeCatalogWithReferenceReader(bytes)).Should().Throw<OrgModelJsonException>();
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "parties": null }""")]
    [InlineData("""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "name": "Kazakhstan", "from": null } ] } ] }""")]
    public void A_valid_document_the_fast_reader_does_not_expect_is_still_read(string json)
    {
        Utf8ModelReader.TryReadCatalog(Encoding.UTF8.GetBytes(json), out _, out _).Should().BeFalse();

        OrgModelJson.DeserializeCatalog(json).Should().Be(OrgModelJson.DeserializeCatalogWithReferenceReader(Encoding.UTF8.GetBytes(json)));
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

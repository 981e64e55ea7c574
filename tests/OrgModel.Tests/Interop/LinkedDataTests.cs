using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using OrgModel.Interop.BuiltIn;
using OrgModel.Interop.LinkedData;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Tests.Docs;
using OrgModel.Time;

namespace OrgModel.Tests.Interop;

/// <summary>
/// The JSON-LD export read by the reference JSON-LD processor (jsonld, from npm) into N-Quads: the
/// triples answer as the library's own queries do.
/// </summary>
public partial class LinkedDataTests
{
    private const string Org = "http://www.w3.org/ns/org#";
    private const string Time = "http://www.w3.org/2006/time#";
    private static readonly Lazy<Quad[]> Turkpa = new(() => Quads(JsonLdExporter.Export(BuiltInCatalog.Curated, new Id<Organization>("turkpa"))));

    private sealed record Quad(string Subject, string Predicate, string Object);

    [GeneratedRegex("""^(?<s><[^>]*>|_:\S+) <(?<p>[^>]*)> (?<o><[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@\S+)?) \.$""")]
    private static partial Regex QuadLine();

    private static Quad[] Quads(string jsonLd)
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "export.jsonld");
        File.WriteAllText(file, jsonLd);
        string nquads = NodeTools.Run("to-nquads.mjs", file);
        return [.. nquads.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            Match m = QuadLine().Match(line);
            m.Success.Should().BeTrue($"'{line}' is an N-Quads triple");
            return new Quad(Term(m.Groups["s"].Value), m.Groups["p"].Value, Term(m.Groups["o"].Value));
        })];
    }

    // An IRI without its brackets, a literal without its quotes and datatype, a blank node as is.
    private static string Term(string t) =>
        t.StartsWith('<') ? t[1..^1] : t.StartsWith('"') ? Regex.Unescape(t[1..t.LastIndexOf('"')]) : t;

    private static IEnumerable<string> Objects(Quad[] quads, string subject, string predicate) =>
        quads.Where(q => q.Subject == subject && q.Predicate == predicate).Select(q => q.Object);

    // The days an OWL-Time instant can mean, from its xsd:date, gYearMonth or gYear value.
    private static (LocalDate Earliest, LocalDate Latest)? InstantDays(Quad[] quads, string instant)
    {
        foreach (string p in new[] { "inXSDDate", "inXSDgYearMonth", "inXSDgYear" })
        {
            if (Objects(quads, instant, Time + p).FirstOrDefault() is { } value)
            {
                PartialDate d = PartialDate.Parse(value);
                return (d.Earliest, d.Latest);
            }
        }

        return null;
    }

    // Memberships of the organization whose interval possibly (or, asked, certainly) contains the day, as the triples say.
    private static HashSet<(string Member, string Role)> HoldingOn(Quad[] quads, string organization, LocalDate day, bool certainly = false) =>
        [.. quads.Where(q => q.Predicate == Org + "organization" && q.Object == organization).Select(q => q.Subject)
            .Where(m => Objects(quads, m, Org + "memberDuring").Any(interval =>
            {
                var begin = Objects(quads, interval, Time + "hasBeginning").Select(i => InstantDays(quads, i)).FirstOrDefault();
                var end = Objects(quads, interval, Time + "hasEnd").Select(i => InstantDays(quads, i)).FirstOrDefault();
                bool open = Objects(quads, interval, "urn:orgmodel:vocab:endUnknown").Any() || Objects(quads, interval, "urn:orgmodel:vocab:heldThroughThenUnknown").Any();
                return certainly
                    ? begin is not null && begin.Value.Latest <= day && (end is null ? !open : day <= end.Value.Earliest)
                    : (begin is null || begin.Value.Earliest <= day) && (end is null || day <= end.Value.Latest);
            }))
            .SelectMany(m => Objects(quads, m, Org + "member").SelectMany(member => Objects(quads, m, Org + "role").Select(role => (member, role))))];

    [Theory]
    [InlineData(2025, 10, 17)]
    [InlineData(2014, 6, 15)]
    [InlineData(2008, 12, 1)]
    public void The_triples_give_turkpas_members_on_a_day_as_the_library_does(int y, int m, int d)
    {
        var day = new LocalDate(y, m, d);
        var expected = BuiltInCatalog.Curated.MembersOn(new Id<Organization>("turkpa"), day)
            .Select(x => (JsonLdExporter.Iri(x.Party), JsonLdExporter.Iri(x.Status))).ToHashSet();

        var fromTriples = HoldingOn(Turkpa.Value, JsonLdExporter.Iri(new Id<Organization>("turkpa")), day)
            .Where(h => h.Role.StartsWith("urn:orgmodel:role:", StringComparison.Ordinal) && !h.Role.StartsWith("urn:orgmodel:role:turkpa:", StringComparison.Ordinal)).ToHashSet();

        fromTriples.Should().BeEquivalentTo(expected);
        expected.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(2025, 10, 17, "Ramil Hasan")]
    [InlineData(2025, 9, 1, "Mehmet Süreyya Er")]
    [InlineData(2010, 6, 1, "Ramil Hasan")]
    public void The_triples_give_who_held_the_secretary_general_post_on_a_day_as_the_library_does(int y, int m, int d, string name)
    {
        var day = new LocalDate(y, m, d);
        Quad[] quads = Turkpa.Value;
        string role = JsonLdExporter.RoleIri(new Id<Organization>("turkpa"), "secretary-general");

        Post post = BuiltInCatalog.Curated.GetOrganization(new Id<Organization>("turkpa")).Posts.Single(p => p.Id.Value == "secretary-general");
        string Name(string person) => Objects(quads, person, "http://xmlns.com/foaf/0.1/name").Single();

        HoldingOn(quads, JsonLdExporter.Iri(new Id<Organization>("turkpa")), day, certainly: true).Where(h => h.Role == role).Select(h => Name(h.Member))
            .Should().Equal(name);
        HoldingOn(quads, JsonLdExporter.Iri(new Id<Organization>("turkpa")), day).Where(h => h.Role == role).Select(h => Name(h.Member))
            .Should().BeEquivalentTo(post.Tenures.EntriesAt(day).Select(e => e.Value.Value.Holder.Name).Distinct(), "the possible holders are the same too");
        BuiltInCatalog.Curated.HolderOn(new Id<Organization>("turkpa"), post.Id, day).Value.Holder.Name.Should().Be(name);
    }

    [Fact]
    public void The_export_uses_org_terms_for_organizations_posts_sites_organs_and_renames_and_prov_for_sources()
    {
        Quad[] q = Turkpa.Value;
        string turkpa = JsonLdExporter.Iri(new Id<Organization>("turkpa"));
        const string type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

        Objects(q, turkpa, type).Should().Contain(Org + "FormalOrganization");
        Objects(q, JsonLdExporter.Iri(new Id<Party>("kaz-parliament")), Org + "subOrganizationOf").Should().Equal(JsonLdExporter.Iri(new Id<Party>("kaz")));
        string post = "urn:orgmodel:post:turkpa:secretary-general";
        Objects(q, post, type).Should().Equal(Org + "Post");
        Objects(q, post, Org + "heldBy").Should().Contain("urn:orgmodel:person:ramil-hasan");
        string site = Objects(q, turkpa, Org + "hasSite").Should().ContainSingle().Subject;
        string address = Objects(q, site, Org + "siteAddress").Single();
        Objects(q, address, "http://www.w3.org/2006/vcard/ns#locality").Should().Equal("Baku");
        string change = Objects(q, turkpa, Org + "changedBy").Should().ContainSingle().Subject;
        Objects(q, change, type).Should().Equal(Org + "ChangeEvent");
        Objects(q, change, "http://purl.org/dc/terms/date").Should().Equal("2022-06-24");
        Objects(q, turkpa, "http://www.w3.org/ns/prov#wasDerivedFrom").Should().Contain("https://en.wikipedia.org/wiki/TURKPA");
    }

    [Fact]
    public void An_organ_is_a_sub_organization_of_its_parent_and_the_parent_has_it()
    {
        Catalog c = OrgModelJson.DeserializeCatalog("""
            { "formatVersion": 1, "parties": [],
              "organizations": [ { "id": "un", "classification": "intergovernmentalOrganization", "names": [ { "name": "United Nations" } ] },
                                 { "id": "unsc", "classification": "organ", "names": [ { "name": "Security Council" } ], "relations": [ { "kind": "organOf", "target": "un" } ] } ] }
            """);

        Quad[] q = Quads(JsonLdExporter.Export(c, new Id<Organization>("unsc")));

        Objects(q, "urn:orgmodel:organization:unsc", Org + "subOrganizationOf").Should().Equal("urn:orgmodel:organization:un");
        Objects(q, "urn:orgmodel:organization:un", Org + "hasSubOrganization").Should().Equal("urn:orgmodel:organization:unsc");
    }

    [Fact]
    public void A_membership_no_source_states_is_marked_inferred_and_one_a_source_states_is_not()
    {
        Catalog c = OrgModelJson.DeserializeCatalog("""
            { "formatVersion": 1,
              "parties": [ { "id": "aze", "kind": "state", "names": [ { "name": "Azerbaijan" } ] }, { "id": "kaz", "kind": "state", "names": [ { "name": "Kazakhstan" } ] } ],
              "organizations": [ { "id": "x", "classification": "intergovernmentalOrganization", "names": [ { "name": "X" } ],
                "memberships": [
                  { "party": "aze", "statuses": [ { "from": "2010", "status": "full", "provenance": { "inferred": true, "note": "Hosted the founding meeting." } } ] },
                  { "party": "kaz", "statuses": [ { "from": "2010", "status": "full", "provenance": { "sources": [ { "title": "Founding act" } ] } } ] } ] } ] }
            """);

        Quad[] q = Quads(JsonLdExporter.Export(c, new Id<Organization>("x")));

        string Membership(string party) => q.Single(x => x.Predicate == Org + "member" && x.Object == $"urn:orgmodel:party:{party}").Subject;
        Objects(q, Membership("aze"), "urn:orgmodel:vocab:inferred").Should().Equal("true");
        Objects(q, Membership("kaz"), "urn:orgmodel:vocab:inferred").Should().BeEmpty();
    }

    [Fact]
    public void A_cow_membership_at_the_2014_horizon_has_no_end_and_says_so()
    {
        Quad[] q = Quads(JsonLdExporter.Export(BuiltInCatalog.Catalog, new Id<Organization>("AACB")));

        string membership = q.First(x => x.Predicate == Org + "role" && x.Object == "urn:orgmodel:role:full").Subject;
        string interval = Objects(q, membership, Org + "memberDuring").Single();
        Objects(q, interval, Time + "hasEnd").Should().BeEmpty();
        Objects(q, interval, "urn:orgmodel:vocab:heldThroughThenUnknown").Should().Equal("true");
    }

    [Fact]
    public void The_published_context_is_the_one_every_export_carries()
    {
        string path = Path.Combine(DocSnippets.RepositoryRoot, "docs", "orgmodel.context.jsonld");
        string expected = OrgContext.Published();
        if (Environment.GetEnvironmentVariable("ORGMODEL_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).Should().Be(expected);
        OrgContext.Text(JsonNode.Parse(JsonLdExporter.Export(BuiltInCatalog.Curated, new Id<Organization>("ots")))!["@context"]!)
            .Should().Be(OrgContext.Text(OrgContext.Create()));
    }

    [Fact]
    public void The_tool_exports_json_ld()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "nato.jsonld");

        Cli.CliTests.Run("export", "jsonld", "nato", "-o", file).Exit.Should().Be(0);

        Quad[] q = Quads(File.ReadAllText(file));
        HoldingOn(q, "urn:orgmodel:organization:nato", new LocalDate(2024, 6, 1)).Count(h => h.Role == "urn:orgmodel:role:full").Should().Be(32);
    }
}

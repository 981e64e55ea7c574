using System.IO.Compression;
using System.Text.Json;
using NodaTime;
using OrgModel.Interop.BuiltIn;
using OrgModel.Interop.Popolo;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Tests.Docs;
using OrgModel.Time;

namespace OrgModel.Tests.Interop;

/// <summary>Popolo out and in: real EveryPolitician files, and a round trip of catalog organizations keeping what Popolo can hold.</summary>
public class PopoloTests
{
    private static readonly Lazy<string> Estonia = new(() => Read("estonia-riigikogu-ep-popolo-v1.0.json.gz"));
    private static readonly Lazy<string> Zimbabwe = new(() => Read("zimbabwe-senate-ep-popolo-v1.0.json.gz"));

    private static string Read(string name)
    {
        using var file = File.OpenRead(Path.Combine(DocSnippets.RepositoryRoot, "tests", "OrgModel.Tests", "Interop", "Data", "everypolitician", name));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    [Fact]
    public void The_estonian_riigikogu_becomes_one_organization_with_a_tenure_for_each_membership_and_its_parties()
    {
        using var json = JsonDocument.Parse(Estonia.Value);
        PopoloImport imported = PopoloImporter.Import(Estonia.Value);

        Organization riigikogu = imported.Catalog.Organizations.Should().ContainSingle().Subject;
        riigikogu.Names[^1].Value.Name.Should().Be("Riigikogu");
        riigikogu.Posts.Should().ContainSingle().Which.Tenures.Count.Should().Be(json.RootElement.GetProperty("memberships").GetArrayLength()).And.Be(299);
        imported.Catalog.Parties.Select(p => p.Id.Value).Should().BeEquivalentTo("KESK", "EKRE", "RE", "EVA", "IND", "IRL", "SDE");
        riigikogu.Provenance.Sources.Select(s => s.Url!.OriginalString).Should().Contain("http://riigikogu.ee/");
    }

    [Fact]
    public void Each_estonian_tenure_has_its_membership_dates_or_those_of_its_legislative_period()
    {
        using var json = JsonDocument.Parse(Estonia.Value);
        Post members = PopoloImporter.Import(Estonia.Value).Catalog.Organizations[0].Posts[0];
        var persons = json.RootElement.GetProperty("persons").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("name").GetString()!);

        foreach (JsonElement m in json.RootElement.GetProperty("memberships").EnumerateArray().Take(60))
        {
            string name = persons[m.GetProperty("person_id").GetString()!];
            string? start = m.TryGetProperty("start_date", out JsonElement s) ? s.GetString() : null;
            string period = m.GetProperty("legislative_period_id").GetString()!;
            string? end = m.TryGetProperty("end_date", out JsonElement e) ? e.GetString() : null;
            string periodStart = period == "term/12" ? "2011-03-27" : "2015-03-30";
            string? expectedStart = start ?? (end is not null && string.CompareOrdinal(end, periodStart) < 0 ? null : periodStart);
            string? expectedEnd = end ?? (period == "term/12" ? "2015-03-23" : null);
            members.Tenures.Any(t => t.Value.Holder.Name == name && t.Range.Start?.ToString() == expectedStart && t.Range.End?.ToString() == expectedEnd).Should().BeTrue($"{name} sat from {expectedStart ?? "an unknown day"} to {expectedEnd ?? "the end of the data"}");
        }
    }

    [Fact]
    public void The_zimbabwe_senate_has_67_people_in_68_tenures_from_the_start_of_the_8th_parliament()
    {
        PopoloImport imported = PopoloImporter.Import(Zimbabwe.Value);

        Organization senate = imported.Catalog.Organizations.Should().ContainSingle().Subject;
        senate.Names[^1].Value.Name.Should().Be("Senate");
        var tenures = senate.Posts.Single().Tenures;
        tenures.Count.Should().Be(68);
        tenures.Select(t => t.Value.Holder.Id).Distinct().Should().HaveCount(67);
        tenures.Should().OnlyContain(t => t.Range.IsOngoing && t.Range.Start.ToString() == "2013-09-17", "the memberships carry no dates and term/8 starts on 2013-09-17 with no end");
        imported.Catalog.Parties.Select(p => p.CurrentName).Should().BeEquivalentTo("MDC", "MDC-T", "ZANU PF");
        tenures.Select(t => t.Value.NominatedBy).Should().OnlyContain(by => by != null, "each senator sits for a party (on_behalf_of)");
    }

    [Fact]
    public void The_import_reports_what_it_skips_with_counts()
    {
        PopoloImport imported = PopoloImporter.Import(Estonia.Value);

        imported.Skipped.Should().Contain("12 areas (constituencies and regions): not modelled")
            .And.Contain("14 events (general election): not modelled")
            .And.Contain(s => s.EndsWith("persons' contact details: not modelled (people are office holders here)", StringComparison.Ordinal));
    }

    public static TheoryData<string> CuratedOrganizations() => [.. BuiltInCatalog.Curated.Organizations.Select(o => o.Id.Value)];

    [Theory]
    [MemberData(nameof(CuratedOrganizations))]
    public void Export_then_import_keeps_every_fact_popolo_can_hold(string id)
    {
        Catalog catalog = BuiltInCatalog.Curated;
        Organization original = catalog.GetOrganization(new Id<Organization>(id));

        Catalog back = PopoloImporter.Import(PopoloExporter.Export(catalog, original.Id)).Catalog;
        Organization copy = back.GetOrganization(original.Id);

        View(copy.Names.Select(n => (n.Value.Name, n.Value.Abbreviation, n.Range))).Should().Equal(View(original.Names.Select(n => (n.Value.Name, n.Value.Abbreviation, n.Range))));
        copy.Founded.Should().Be(original.Founded?.WithQualifier(DateQualifier.None));
        copy.Identifiers.Should().BeEquivalentTo(original.Identifiers);
        Memberships(copy).Should().Equal(Memberships(original));
        Tenures(copy).Should().Equal(Tenures(original));
        View(copy.ChairTerms.Select(t => (t.Value.Holder.Value, (string?)null, t.Range))).Should().Equal(View(original.ChairTerms.Select(t => (t.Value.Holder.Value, (string?)null, t.Range))));
        copy.Sessions.Select(s => (s.Id, s.Series, s.Ordinal, s.Date, s.Place.City)).Should().Equal(original.Sessions.Select(s => (s.Id, s.Series, s.Ordinal, s.Date.WithQualifier(DateQualifier.None), s.Place.City)));
        (copy.Secretariat?.Seats.Select(s => (s.Value.Place.City, s.Value.Place.Country, PopoloVocabularyView(s.Range))) ?? []).Should().Equal(
            original.Secretariat?.Seats.Select(s => (s.Value.Place.City, s.Value.Place.Country, PopoloVocabularyView(s.Range))) ?? []);
        copy.Provenance.Sources.Select(s => s.Url).Should().Equal(original.Provenance.Sources.Where(s => s.Url != null).Select(s => s.Url));
        foreach (Membership m in original.Memberships)
        {
            Party party = back.GetParty(m.Party);
            party.CurrentName.Should().Be(catalog.GetParty(m.Party).CurrentName);
            party.Kind.Should().Be(catalog.GetParty(m.Party).Kind);
        }
    }

    [Fact]
    public void Popolo_export_writes_member_parliaments_as_organizations_with_their_state_as_parent()
    {
        using var json = JsonDocument.Parse(PopoloExporter.Export(BuiltInCatalog.Curated, new Id<Organization>("turkpa")));
        var organizations = json.RootElement.GetProperty("organizations").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);

        organizations["party/kaz-parliament"].GetProperty("classification").GetString().Should().Be("legislature");
        organizations["party/kaz-parliament"].GetProperty("parent_id").GetString().Should().Be("party/kaz");
        organizations.Should().ContainKey("party/kaz");
        json.RootElement.GetProperty("memberships").EnumerateArray().Should().Contain(m =>
            m.GetProperty("member").GetProperty("id").GetString() == "party/hun-national-assembly" && m.GetProperty("role").GetString() == "observer");
    }

    [Fact]
    public void An_exclusive_end_becomes_popolos_inclusive_end_date_and_an_unknown_end_is_said_in_the_label()
    {
        using var json = JsonDocument.Parse(PopoloExporter.Export(BuiltInCatalog.Curated, new Id<Organization>("turkpa")));
        var sg = json.RootElement.GetProperty("memberships").EnumerateArray().Where(m => m.TryGetProperty("post_id", out JsonElement p) && p.GetString() == "post/turkpa/secretary-general").ToList();

        sg.Any(m => m.TryGetProperty("start_date", out JsonElement s) && s.GetString() == "2021" && m.GetProperty("end_date").GetString() == "2025-10-14").Should().BeTrue("Mehmet Süreyya Er served until 2025-10-15, not included");
        var deputies = json.RootElement.GetProperty("memberships").EnumerateArray().Where(m => m.TryGetProperty("post_id", out JsonElement p) && p.GetString() == "post/turkpa/deputy-secretary-general").ToList();
        deputies.Where(m => m.TryGetProperty("label", out JsonElement l) && l.GetString() == "ended on a day not recorded").Should().NotBeEmpty("the first deputies' ends are unknown").And.OnlyContain(m => m.EnumerateObject().All(p => p.Name != "end_date"));
    }

    [Fact]
    public void Reading_a_broken_popolo_document_fails_with_the_json_path()
    {
        FluentActions.Invoking(() => PopoloImporter.Import("{ not json")).Should().Throw<FormatException>().WithMessage("$: not JSON*");
        FluentActions.Invoking(() => PopoloImporter.Import("""{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "organization_id": "o", "person_id": "p", "start_date": "soon" } ] }"""))
            .Should().Throw<FormatException>().WithMessage("$.memberships[0].start_date: 'soon' is not a Popolo date*");
        FluentActions.Invoking(() => PopoloImporter.Import("""{ "memberships": [ { "organization_id": "o", "person_id": "nobody" } ] }"""))
            .Should().Throw<FormatException>().WithMessage("$.memberships[0].person_id: no person has the id 'nobody'.");
        FluentActions.Invoking(() => PopoloImporter.Import("""{ "memberships": [ { "organization_id": "o" } ] }"""))
            .Should().Throw<FormatException>().WithMessage("$.memberships[0]: a membership names a person*");
        FluentActions.Invoking(() => PopoloImporter.Import("""{ "persons": [ { "id": "p", "name": "P" } ], "memberships": [ { "organization_id": "o", "person_id": "p", "start_date": "2010", "end_date": "2009" } ] }"""))
            .Should().Throw<FormatException>().WithMessage("$.memberships[0].end_date: the end_date 2009 comes before the start_date 2010.");
    }

    [Fact]
    public void The_tool_exports_and_imports_popolo_and_reports_what_it_skipped()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string popolo = Path.Combine(dir, "ots.popolo.json");
        string catalog = Path.Combine(dir, "ots.json");

        Cli.CliTests.Run("export", "popolo", "OTS", "-o", popolo).Exit.Should().Be(0);
        var (exit, output, error) = Cli.CliTests.Run("import", "popolo", popolo, "-o", catalog);

        exit.Should().Be(0);
        output.Should().Contain("1 organizations");
        error.Should().BeEmpty();
        Cli.CliTests.Run("holder", "ots", "secretary-general", "--on", "2024-01-01", "--data", catalog).Out.Should().Contain("Kubanychbek Omuraliev");
        Cli.CliTests.Run("import", "popolo", Path.Combine(dir, "missing.json")).Exit.Should().NotBe(0);
    }

    private static List<(string, string?, string?, string?)> View(IEnumerable<(string Value, string? Extra, DateRange Range)> items) =>
        [.. items.Select(i => (i.Value, i.Extra, PopoloVocabularyView(i.Range).Start, PopoloVocabularyView(i.Range).End))];

    // In the order of their Popolo dates: a handover the sources date differently can come back as a
    // month that sorts before the previous status's exact first day.
    private static List<(string, string, string?, string?)> Memberships(Organization o) =>
        [.. o.Memberships.SelectMany(m => m.Statuses.Select(s => (m.Party.Value, s.Value.Status.ToString(), PopoloVocabularyView(s.Range).Start, PopoloVocabularyView(s.Range).End)))
            .OrderBy(x => x.Item1, StringComparer.Ordinal).ThenBy(x => x.Item3, StringComparer.Ordinal).ThenBy(x => x.Item2, StringComparer.Ordinal)];

    private static List<(string, string, string, string?, string?, string?)> Tenures(Organization o) =>
        [.. o.Posts.OrderBy(p => p.Id.Value, StringComparer.Ordinal).SelectMany(p => p.Tenures.Select(t => (p.Id.Value, p.Title, t.Value.Holder.Name, t.Value.NominatedBy?.Value, PopoloVocabularyView(t.Range).Start, PopoloVocabularyView(t.Range).End)))];

    // What Popolo can say of a range: its first day and its last day, as Popolo dates.
    internal static (string? Start, string? End) PopoloVocabularyView(DateRange r)
    {
        // A range of days (sources that disagree) becomes the year or month that holds all of it, or its last day across a new year.
        static string? D(PartialDate? d) => d is { Precision: DatePrecision.Decade or DatePrecision.Century } ? null
            : d is { IsOneOf: true } set ? (set.Earliest.Year != set.Latest.Year ? $"{set.Latest:yyyy'-'MM'-'dd}" : set.Earliest.Month == set.Latest.Month ? $"{set.Earliest:yyyy'-'MM}" : $"{set.Earliest:yyyy}")
            : d?.WithQualifier(DateQualifier.None).ToString();
        string? end = r.End is not { } e || r.HasUnknownEnd ? null
            : r.IsEndInclusive ? D(e)
            : e.IsOneOf ? D(PartialDate.OneOf(PartialDate.FromLocalDate(e.Earliest.PlusDays(-1)), PartialDate.FromLocalDate(e.Latest.PlusDays(-1))))
            : e.Precision == DatePrecision.Day ? D(PartialDate.FromLocalDate(e.Earliest.PlusDays(-1)))
            : D(e);
        return (D(r.Start), end);
    }
}

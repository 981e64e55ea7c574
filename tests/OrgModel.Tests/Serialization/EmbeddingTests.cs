using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Serialization.Embedding;
using OrgModel.Tests.Docs;
using OrgModel.Tests.Fixtures;
using OrgModel.Tests.Queries;
using OrgModel.Time;

namespace OrgModel.Tests.Serialization;

/// <summary>A user's own record that holds OrgModel values, serialized through the user's source-generated context.</summary>
public sealed record Report(
    Catalog Catalog,
    Organization Organization,
    PartialDate Date,
    DateRange Span,
    DateRange Inclusive,
    Id<Party> Party,
    Answer<string> Found,
    Answer<string> Empty,
    Answer<MembershipStatus> Status,
    Timeline<string> Names,
    MembershipStatus Kind,
    Certainty Certainty,
    ImmutableArray<MembershipOnDate> Members,
    ImmutableArray<Change> History,
    Session Session,
    Dictionary<Id<Party>, PartialDate> Joined);

/// <summary>A user's snapshot holder: snapshots are written, not read.</summary>
public sealed record SnapshotReport(string Title, OrganizationSnapshot Snapshot);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Report))]
[JsonSerializable(typeof(SnapshotReport))]
internal sealed partial class AppJsonContext : JsonSerializerContext;

/// <summary>
/// Other applications embed OrgModel values in their own JSON with <c>ConfigureForOrgModel()</c>, in
/// the format's documented shapes, through their own source-generated context.
/// </summary>
public class EmbeddingTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(AppJsonContext.Default.Options) { WriteIndented = true }.ConfigureForOrgModel();

    private static readonly LocalDate OnTheNewsDay = new(2025, 10, 17);

    private static Report Sample()
    {
        Catalog catalog = TurkicFixtures.Catalog;
        Organization turkpa = catalog.GetOrganization(new Id<Organization>("turkpa"));
        return new Report(
            catalog,
            turkpa,
            PartialDate.Parse("196X~"),
            DateRange.Between(new PartialDate(2024, 6, 6), new PartialDate(2025, 6, 12)),
            DateRange.BetweenInclusive(new PartialDate(1990), new PartialDate(2011)),
            new Id<Party>("kaz"),
            new Answer<string>("Kazakhstan", Certainty.Possibly),
            Answer<string>.None,
            catalog.StatusOn(new Id<Organization>("turkpa"), new Id<Party>("hun-national-assembly"), OnTheNewsDay),
            Timeline.Exclusive(TimelineEntry.Create(DateRange.Between(new PartialDate(2008), new PartialDate(2022, 6, 24)), "old"), TimelineEntry.Create(DateRange.From(new PartialDate(2022, 6, 24)), "new")),
            MembershipStatus.Observer,
            Certainty.Possibly,
            catalog.MembersOn(new Id<Organization>("turkpa"), OnTheNewsDay),
            catalog.HistoryBetween(new Id<Organization>("turkpa"), new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)),
            turkpa.Sessions[0],
            new Dictionary<Id<Party>, PartialDate> { [new Id<Party>("hun")] = new PartialDate(2014, 6) });
    }

    [Fact]
    public void A_users_record_round_trips_every_orgmodel_value_it_holds()
    {
        Report report = Sample();

        string json = JsonSerializer.Serialize(report, Options);
        Report back = JsonSerializer.Deserialize<Report>(json, Options)!;

        back.Catalog.Should().Be(report.Catalog);
        back.Organization.Should().Be(report.Organization);
        back.Date.Should().Be(report.Date);
        back.Span.Should().Be(report.Span);
        back.Inclusive.Should().Be(report.Inclusive);
        back.Party.Should().Be(report.Party);
        back.Found.Should().Be(report.Found);
        back.Empty.Should().Be(Answer<string>.None);
        back.Status.Should().Be(report.Status);
        back.Names.Equals(report.Names).Should().BeTrue();
        back.Kind.Should().Be(report.Kind);
        back.Certainty.Should().Be(report.Certainty);
        back.Members.Should().Equal(report.Members);
        back.History.Select(c => (c.Date, c.Kind, c.Description, c.Party)).Should().Equal(report.History.Select(c => (c.Date, c.Kind, c.Description, c.Party)));
        back.Session.Should().Be(report.Session);
        back.Joined.Should().Equal(report.Joined);
    }

    [Fact]
    public void A_status_held_since_before_its_span_is_written_as_held_since_and_read_back()
    {
        Catalog catalog = HeldSinceTests.With(
            (DateRange.Until(new PartialDate(2022, 2)), MembershipStatus.Observer),
            (DateRange.From(new PartialDate(2022, 2)), MembershipStatus.Observer));
        var members = catalog.MembersOn(HeldSinceTests.X, new LocalDate(2024, 6, 1));

        string json = OrgModelJson.Serialize(members);
        var back = JsonSerializer.Deserialize<ImmutableArray<MembershipOnDate>>(json, Options);

        JsonNode.Parse(json)![0]!["heldSince"]!.GetValue<string>().Should().Be("unknown");
        back.Should().Equal(members);
        back[0].HeldSince.Should().BeNull();
        JsonNode.Parse(OrgModelJson.Serialize(Sample().Members))!.AsArray().Should().OnlyContain(m => m!["heldSince"] == null, "a run that begins with its span writes no heldSince");
    }

    [Fact]
    public void Values_are_written_in_the_formats_documented_shapes()
    {
        JsonNode node = JsonNode.Parse(JsonSerializer.Serialize(Sample(), Options))!;

        node["date"]!.GetValue<string>().Should().Be("196X~");
        node["span"]!.ToJsonString().Should().Be("""{"from":"2024-06-06","until":"2025-06-12"}""");
        node["inclusive"]!.ToJsonString().Should().Be("""{"from":"1990","through":"2011"}""");
        node["party"]!.GetValue<string>().Should().Be("kaz");
        node["found"]!.ToJsonString().Should().Be("""{"certainty":"possibly","value":"Kazakhstan"}""");
        node["empty"]!.ToJsonString().Should().Be("""{"certainty":"no"}""");
        node["status"]!.ToJsonString().Should().Be("""{"certainty":"certainly","value":"observer"}""");
        node["kind"]!.GetValue<string>().Should().Be("observer");
        node["joined"]!.ToJsonString().Should().Be("""{"hun":"2014-06"}""");
        JsonNode.DeepEquals(node["catalog"], JsonNode.Parse(OrgModelJson.Serialize(TurkicFixtures.Catalog))).Should().BeTrue("a catalog is embedded as the catalog document");
        JsonNode.DeepEquals(node["organization"], JsonNode.Parse(OrgModelJson.Serialize(TurkicFixtures.Catalog.GetOrganization(new Id<Organization>("turkpa"))))).Should().BeTrue();
        JsonNode.DeepEquals(node["members"], JsonNode.Parse(OrgModelJson.Serialize(Sample().Members))).Should().BeTrue("members are written as orgmodel members --json writes them");
        JsonNode.DeepEquals(node["history"], JsonNode.Parse(OrgModelJson.Serialize(Sample().History))).Should().BeTrue();
    }

    [Fact]
    public void A_snapshot_before_the_founding_is_written_with_empty_answers_instead_of_failing()
    {
        OrganizationSnapshot before = TurkicFixtures.Catalog.SnapshotOn(new Id<Organization>("turkpa"), new LocalDate(1990, 1, 1));
        OrganizationSnapshot now = TurkicFixtures.Catalog.SnapshotOn(new Id<Organization>("turkpa"), OnTheNewsDay);

        string early = JsonSerializer.Serialize(new SnapshotReport("before", before), Options);
        string current = JsonSerializer.Serialize(new SnapshotReport("now", now), Options);

        JsonNode.DeepEquals(JsonNode.Parse(early)!["snapshot"], JsonNode.Parse(OrgModelJson.Serialize(before))).Should().BeTrue();
        JsonNode.DeepEquals(JsonNode.Parse(current)!["snapshot"], JsonNode.Parse(OrgModelJson.Serialize(now))).Should().BeTrue();
        current.Length.Should().BeLessThan(16_000, "no calendar internals are written, only the answers with their sources");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<SnapshotReport>(current, Options)).Should().Throw<NotSupportedException>().WithMessage("*SnapshotOn*");
    }

    [Theory]
    [InlineData("""{"date":"2009-02-30"}""", "2009-02 has 28 days")]
    [InlineData("""{"party":"has space"}""", "not a valid identifier")]
    [InlineData("""{"kind":"Observer"}""", "expected one of")]
    [InlineData("""{"found":{"certainty":"possibly"}}""", "needs its 'value'")]
    [InlineData("""{"span":{"from":"2010","until":"2009"}}""", "must come after the start")]
    [InlineData("""{"inclusive":{"until":"2011","through":"2011"}}""", "not both")]
    [InlineData("""{"members":[{"organization":"x","party":"kaz","status":"full","certainty":"certainly","from":"2001","heldSince":"2005"}]}""", "comes after the span's 'from'")]
    [InlineData("""{"names":{"exclusive":true,"entries":[{"from":"2010","value":"a"},{"from":"2011","value":"b"}]}}""", "overlap")]
    [InlineData("""{"organization":{"formatVersion":1,"organization":{"id":"x","classification":"other","names":[]}}}""", "needs at least one name")]
    public void Bad_embedded_values_fail_with_the_serializers_exception_and_a_clear_message(string json, string message)
    {
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Report>(json, Options)).Should().Throw<JsonException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void A_users_source_generated_context_with_orgmodels_converters_writes_a_snapshot()
    {
        Catalog catalog = TurkicFixtures.Catalog;

        // Your own source-generated context (AppJsonContext lists your types), plus OrgModel's converters.
        var options = new JsonSerializerOptions(AppJsonContext.Default.Options).ConfigureForOrgModel();

        OrganizationSnapshot snapshot = catalog.SnapshotOn(new Id<Organization>("turkpa"), new LocalDate(1990, 1, 1));
        string json = JsonSerializer.Serialize(new SnapshotReport("before TURKPA existed", snapshot), options);
        // {"title":"before TURKPA existed","snapshot":{"organization":"turkpa","on":"1990-01-01","active":"no",...}}

        json.Should().StartWith("""{"title":"before TURKPA existed","snapshot":{"organization":"turkpa","on":"1990-01-01","active":"no",""");
    }

    [Fact]
    public void A_lone_surrogate_in_an_embedded_string_is_a_json_error_not_a_crash()
    {
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Report>("""{"party":"\ud800"}""", Options)).Should().Throw<JsonException>();
    }

    [Fact]
    public void Partial_dates_and_identifiers_are_span_parsable_and_formattable_for_binding()
    {
        Parse<PartialDate>("2014-06").Should().Be(new PartialDate(2014, 6));
        Parse<Id<Organization>>("turkpa").Should().Be(new Id<Organization>("turkpa"));
        ParseUtf8<PartialDate>("196X"u8).Should().Be(PartialDate.OfDecade(1960));
        ParseUtf8<Id<Party>>("kaz"u8).Should().Be(new Id<Party>("kaz"));
        TryParse<PartialDate>("2009-02-30").Should().BeFalse();
        TryParse<Id<Party>>("has space").Should().BeFalse();
        FluentActions.Invoking(() => Parse<Id<Party>>("has space")).Should().Throw<FormatException>();
        Format(PartialDate.Parse("1984?")).Should().Be("1984?");
        Format(new Id<Party>("kaz")).Should().Be("kaz");
        FormatUtf8(new PartialDate(2014, 6, 13)).Should().Be("2014-06-13");
        FormatUtf8(new Id<Party>("kaz")).Should().Be("kaz");
        $"{new PartialDate(2014):E}".Should().Be("2014");
        FluentActions.Invoking(() => ((IFormattable)new PartialDate(2014)).ToString("yyyy", CultureInfo.InvariantCulture)).Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData(typeof(PartialDate))]
    [InlineData(typeof(Id<Organization>))]
    public void Dates_and_identifiers_have_the_public_try_parse_that_aspnet_core_binds_route_values_with(Type type)
    {
        // ASP.NET Core's minimal APIs look for a public static bool TryParse(string, out T) by reflection
        // (checked by hand against a real app: GET /organizations/turkpa?on=2014-06 binds; bad text is a 400).
        var tryParse = type.GetMethod("TryParse", [typeof(string), type.MakeByRefType()]);

        tryParse.Should().NotBeNull();
        tryParse!.IsStatic.Should().BeTrue();
        tryParse.ReturnType.Should().Be<bool>();
    }

    [Fact]
    public void Identifiers_convert_from_text_only_explicitly_and_the_default_identifier_reads_as_empty()
    {
        var id = (Id<Party>)"kaz";

        id.Value.Should().Be("kaz");
        default(Id<Party>).Value.Should().BeEmpty();
        typeof(Id<Party>).GetMethods().Where(m => m.Name == "op_Implicit").Should().BeEmpty();
    }

    private static T Parse<T>(string text)
        where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static bool TryParse<T>(string text)
        where T : ISpanParsable<T> => T.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out _);

    private static T ParseUtf8<T>(ReadOnlySpan<byte> text)
        where T : IUtf8SpanParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static string Format<T>(T value)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[128];
        return value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture) ? buffer[..written].ToString() : "(did not fit)";
    }

    private static string FormatUtf8<T>(T value)
        where T : IUtf8SpanFormattable
    {
        Span<byte> buffer = stackalloc byte[128];
        return value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture) ? System.Text.Encoding.UTF8.GetString(buffer[..written]) : "(did not fit)";
    }
}

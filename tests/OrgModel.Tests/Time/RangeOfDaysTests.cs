using CsCheck;
using NodaTime;
using OrgModel.Interop.BuiltIn;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Time;

/// <summary>
/// A date that sources give as different days is one of the days between them, EDTF <c>[first..last]</c>:
/// every day between answers "possibly", so no source's day is contradicted by a certain answer.
/// </summary>
public class RangeOfDaysTests
{
    private static readonly PartialDate Handover = PartialDate.Parse("[2019-04..2019-11-09]");

    [Fact]
    public void A_range_of_days_reads_and_writes_as_edtf_and_means_every_day_from_its_first_date_to_its_last()
    {
        Handover.IsOneOf.Should().BeTrue();
        Handover.Precision.Should().Be(DatePrecision.Range);
        Handover.First.Should().Be(new PartialDate(2019, 4));
        Handover.Last.Should().Be(new PartialDate(2019, 11, 9));
        Handover.Earliest.Should().Be(new LocalDate(2019, 4, 1));
        Handover.Latest.Should().Be(new LocalDate(2019, 11, 9));
        Handover.ToString().Should().Be("[2019-04..2019-11-09]");
        Handover.Should().Be(PartialDate.OneOf(new PartialDate(2019, 4), new PartialDate(2019, 11, 9)));
        Handover.IsExact.Should().BeFalse();
        Handover.IsQualified.Should().BeFalse();
        Handover.Month.Should().BeNull("a range has no one month");
        Handover.Day.Should().BeNull();
        PartialDate.ParseEdtf("[2019-04..2019-11-09]").Should().Be(Handover);
    }

    [Fact]
    public void The_longest_range_formats_into_twenty_four_characters_and_parses_from_utf8()
    {
        PartialDate longest = PartialDate.Parse("[2024-11-28..2025-01-01]");
        Span<char> text = stackalloc char[24];
        ((ISpanFormattable)longest).TryFormat(text, out int written, default, null).Should().BeTrue();
        new string(text[..written]).Should().Be("[2024-11-28..2025-01-01]");
        ((ISpanFormattable)longest).TryFormat(text[..23], out _, default, null).Should().BeFalse("23 characters are one too few");
        Utf8<PartialDate>("[2024-11-28..2025-01-01]"u8).Should().Be(longest);
    }

    private static T Utf8<T>(ReadOnlySpan<byte> utf8)
        where T : IUtf8SpanParsable<T> => T.Parse(utf8, null);

    [Theory]
    [InlineData("[2019-11-09..2019-04]", "must end before the last")]
    [InlineData("[2019..2019-06]", "must end before the last")]
    [InlineData("[2019-06-01..2019-06-01]", "must end before the last")]
    [InlineData("[2019?..2020]", "take no qualifier")]
    [InlineData("[2019..2020~]", "take no qualifier")]
    [InlineData("[2019..2020", "expected [FIRST..LAST]")]
    [InlineData("[2019,2020]", "expected [FIRST..LAST]")]
    [InlineData("[..2020]", "its first date")]
    [InlineData("[2019..]", "its last date")]
    [InlineData("[2019..2020..2021]", "expected [FIRST..LAST]")]
    [InlineData("[2019-02-30..2020]", "2019-02 has 28 days")]
    [InlineData("[2019..2020]?", "expected [FIRST..LAST]")]
    public void A_malformed_range_of_days_is_refused_with_the_reason(string text, string reason)
    {
        PartialDate.TryParse(text.AsSpan(), out _, out string? error).Should().BeFalse();
        error.Should().Contain(reason);
        FluentActions.Invoking(() => PartialDate.Parse(text)).Should().Throw<FormatException>().WithMessage($"*{reason}*");
    }

    [Fact]
    public void An_edtf_interval_does_not_end_on_a_range_of_days_either_way()
    {
        DateRange.TryParseEdtf("[2019-04..2019-11-09]/2021", out _, out string? error).Should().BeFalse();
        error.Should().Contain("not sets of dates");
        new DateRange(Handover, new PartialDate(2021)).TryFormatEdtf(out _).Should().BeFalse();
        FluentActions.Invoking(() => new DateRange(Handover, new PartialDate(2021)).ToEdtfString()).Should().Throw<InvalidOperationException>().WithMessage("*one of a range of days*");
    }

    [Fact]
    public void Making_a_range_of_days_checks_the_same_rules_and_a_range_takes_no_qualifier()
    {
        FluentActions.Invoking(() => PartialDate.OneOf(new PartialDate(2020), new PartialDate(2019))).Should().Throw<ArgumentException>().WithMessage("*must end before the last*");
        FluentActions.Invoking(() => PartialDate.OneOf(new PartialDate(2019).WithQualifier(DateQualifier.Approximate), new PartialDate(2021))).Should().Throw<ArgumentException>().WithMessage("*take no qualifier*");
        FluentActions.Invoking(() => PartialDate.OneOf(Handover, new PartialDate(2021))).Should().Throw<ArgumentException>().WithMessage("*not of ranges*");
        FluentActions.Invoking(() => Handover.WithQualifier(DateQualifier.Uncertain)).Should().Throw<InvalidOperationException>();
        Handover.WithQualifier(DateQualifier.None).Should().Be(Handover);
    }

    [Fact]
    public void A_handover_on_one_of_a_range_of_days_is_possibly_made_on_each_and_certain_only_outside_them()
    {
        var outgoing = new DateRange(new PartialDate(2018, 4, 17), Handover);
        var incoming = new DateRange(Handover, new PartialDate(2021, 3, 4));

        outgoing.Contains(new LocalDate(2019, 3, 31)).Should().Be(Certainty.Certainly, "the day before the earliest handover day");
        outgoing.Contains(new LocalDate(2019, 4, 1)).Should().Be(Certainty.Possibly);
        outgoing.Contains(new LocalDate(2019, 11, 8)).Should().Be(Certainty.Possibly);
        outgoing.Contains(new LocalDate(2019, 11, 9)).Should().Be(Certainty.No, "by the latest handover day the term had ended");

        incoming.Contains(new LocalDate(2019, 3, 31)).Should().Be(Certainty.No);
        incoming.Contains(new LocalDate(2019, 4, 1)).Should().Be(Certainty.Possibly);
        incoming.Contains(new LocalDate(2019, 11, 8)).Should().Be(Certainty.Possibly);
        incoming.Contains(new LocalDate(2019, 11, 9)).Should().Be(Certainty.Certainly);
    }

    [Fact]
    public void On_any_day_a_range_bound_answers_as_its_earliest_and_latest_days_say() =>
        Gen.Select(TemporalGen.PartialDate(1990, 2010), TemporalGen.PartialDate(1990, 2010), TemporalGen.Day(1985, 2015))
            .Select((a, b, day) => (Bound: TemporalGen.RangeOfDays(a, b), Day: day))
            .Where(x => x.Bound is not null)
            .Sample(x =>
            {
                PartialDate bound = x.Bound!.Value;
                Certainty started = new DateRange(bound, null).Contains(x.Day);
                Certainty ended = new DateRange(new PartialDate(1900), bound).Contains(x.Day);
                Certainty expectedStarted = x.Day >= bound.Latest ? Certainty.Certainly : x.Day >= bound.Earliest ? Certainty.Possibly : Certainty.No;
                Certainty expectedEnded = x.Day < bound.Earliest ? Certainty.Certainly : x.Day < bound.Latest ? Certainty.Possibly : Certainty.No;
                return started == expectedStarted && ended == expectedEnded;
            });

    [Fact]
    public void The_json_format_reads_a_range_of_days_and_refuses_a_malformed_one_naming_its_path()
    {
        static string Document(string from) =>
            $$"""{ "formatVersion": 1, "parties": [ { "id": "kaz", "kind": "state", "names": [ { "from": "{{from}}", "name": "Kazakhstan" } ] } ] }""";

        Catalog catalog = OrgModelJson.DeserializeCatalog(Document("[1991-12-16..1991-12-26]"));
        catalog.GetParty(new Id<Party>("kaz")).Names[0].Range.Start.Should().Be(PartialDate.OneOf(new PartialDate(1991, 12, 16), new PartialDate(1991, 12, 26)));
        OrgModelJson.Serialize(catalog).Should().Contain("\"from\": \"[1991-12-16..1991-12-26]\"");
        SchemaAccepts(Document("[1991-12-16..1991-12-26]")).Should().BeTrue();

        FluentActions.Invoking(() => OrgModelJson.DeserializeCatalog(Document("[1991-12-26..1991-12-16]"))).Should().Throw<OrgModelJsonException>()
            .Which.Path.Should().Be("$.parties[0].names[0].from");
        SchemaAccepts(Document("[1991..1992]?")).Should().BeFalse();
        SchemaAccepts(Document("[1991,1992]")).Should().BeFalse();
    }

    private static bool SchemaAccepts(string json) => InclusiveEndJsonTests.SchemaAccepts(json);

    [Fact]
    public void Exports_write_a_range_of_days_as_their_formats_allow()
    {
        Catalog world = BuiltInCatalog.Curated;

        string jsonLd = OrgModel.Interop.LinkedData.JsonLdExporter.Export(world, new Id<Organization>("eco"));
        jsonLd.Should().Contain("\"[2019-04..2019-11-09]\"", "JSON-LD gives the EDTF text of a date no xsd type holds");

        using var popolo = System.Text.Json.JsonDocument.Parse(OrgModel.Interop.Popolo.PopoloExporter.Export(world, new Id<Organization>("csto")));
        var chairs = popolo.RootElement.GetProperty("memberships").EnumerateArray()
            .Where(m => m.TryGetProperty("role", out var role) && role.GetString() == "chair")
            .Select(m => (Holder: m.GetProperty("member").GetProperty("id").GetString(), Start: m.TryGetProperty("start_date", out var s) ? s.GetString() : null, End: m.TryGetProperty("end_date", out var e) ? e.GetString() : null))
            .ToList();
        chairs.Should().Contain(("party/kaz", "2023-11-23", "2024"), "the last day inside is one of 27 November to 31 December 2024, all in 2024");
        chairs.Should().Contain(c => c.Holder == "party/kgz" && c.Start == "2025-01-01", "no one year holds 28 November 2024 to 1 January 2025, so the latest day is written");
    }

    [Fact]
    public void The_ecos_disputed_handover_of_2019_names_both_chairs_as_possible_between_the_sources_days()
    {
        Catalog world = BuiltInCatalog.Curated;
        var eco = new Id<Organization>("eco");

        world.ChairOn(eco, new LocalDate(2019, 3, 31)).Should().Match<Answer<RotationTerm>>(a => a.Value.Holder.Value == "tjk" && a.Certainty == Certainty.Certainly);
        world.ChairCandidatesOn(eco, new LocalDate(2019, 6, 1)).Select(a => (a.Value.Holder.Value, a.Certainty))
            .Should().BeEquivalentTo([("tur", Certainty.Possibly), ("tjk", Certainty.Possibly)], "Orient has Türkiye presiding from April 2019, the ECO's reports from 9 November");
        world.ChairOn(eco, new LocalDate(2019, 11, 9)).Should().Match<Answer<RotationTerm>>(a => a.Value.Holder.Value == "tur" && a.Certainty == Certainty.Certainly);

        var csto = new Id<Organization>("csto");
        world.ChairCandidatesOn(csto, new LocalDate(2024, 12, 15)).Select(a => a.Value.Holder.Value).Should().BeEquivalentTo(["kgz", "kaz"]);
        world.ChairOn(csto, new LocalDate(2025, 1, 1)).Certainty.Should().Be(Certainty.Certainly);
    }
}

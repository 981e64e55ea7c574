using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Rules;

/// <summary>The rules of the three rotating chairs reproduce their recorded history, and project what the record does not hold.</summary>
public class RotationRealDataTests
{
    // The rotating-chairs document, with the other curated records that carry a rule (the EAEU).
    private static Catalog Catalog => OrgModel.Interop.BuiltIn.BuiltInCatalog.Curated;

    public static TheoryData<string, string, string> RecordedPeriods => new()
    {
        { "unsc", "2020-01-01", "2026-08-31" },
        { "unsc", "2026-11-01", "2026-11-30" },
        { "council-eu", "2017-01-01", "2026-12-31" },
        { "asean", "2010-01-01", "2026-12-31" },
        { "eaeu", "2015-01-01", "2026-12-31" },
    };

    [Theory]
    [MemberData(nameof(RecordedPeriods))]
    public void The_rule_alone_reproduces_every_recorded_term(string organization, string from, string to)
    {
        var id = new Id<Organization>(organization);
        var recorded = Catalog.Rotation(id, LocalDatePattern(from), LocalDatePattern(to)).Select(t => (t.Holder, t.Period)).ToList();
        var ruleOnly = Catalog.Rotation(id, LocalDatePattern(from), LocalDatePattern(to), ruleOnly: true).Select(t => (t.Holder, t.Period)).ToList();

        recorded.Should().NotBeEmpty();
        ruleOnly.Should().Equal(recorded);
        Catalog.Rotation(id, LocalDatePattern(from), LocalDatePattern(to)).Should().OnlyContain(t => t.Origin == TermOrigin.Recorded && !t.DepartsFromRule);
    }

    [Theory]
    [InlineData("unsc")]
    [InlineData("council-eu")]
    [InlineData("asean")]
    public void No_recorded_term_departs_from_the_rule_with_its_recorded_deviations(string organization) =>
        Catalog.RotationDepartures(new Id<Organization>(organization)).Should().BeEmpty();

    [Fact]
    public void Without_its_recorded_deviations_the_asean_rule_reports_exactly_the_swapped_and_skipped_years()
    {
        Organization asean = Catalog.GetOrganization(RotatingChairsData.Asean);
        RotationRule rule = asean.ChairRotation!;
        var bare = new RotationRule(rule.Order, rule.Period, rule.Anchor, provenance: rule.Provenance);
        Catalog withoutDeviations = Replace(asean, bare);

        withoutDeviations.RotationDepartures(RotatingChairsData.Asean).Select(t => (t.Period.Start!.Value.Year, t.Holder.Value, t.RuleHolder!.Value.Value))
            .Should().Equal((2011, "idn", "brn"), (2013, "brn", "idn"), (2014, "mmr", "lao"), (2016, "lao", "mmr"), (2026, "phl", "mmr"));
    }

    [Fact]
    public void The_asean_swaps_and_the_skip_are_named_on_the_terms_they_explain()
    {
        var terms = Catalog.Rotation(RotatingChairsData.Asean, new LocalDate(2011, 1, 1), new LocalDate(2026, 12, 31));

        terms.Where(t => t.Deviation is not null).Select(t => (t.Period.Start!.Value.Year, t.Deviation!.Kind))
            .Should().Equal((2011, RotationDeviationKind.Swap), (2013, RotationDeviationKind.Swap), (2014, RotationDeviationKind.Swap), (2016, RotationDeviationKind.Swap), (2026, RotationDeviationKind.Skip));
        Catalog.GetOrganization(RotatingChairsData.Asean).ChairRotation!.Deviations.Single(d => d.Kind == RotationDeviationKind.Skip).Provenance.IsDisputed
            .Should().BeTrue("sources differ on whether the leaders passed Myanmar over or Myanmar opted out");
    }

    [Fact]
    public void After_the_skip_asean_continues_from_the_philippines_and_timor_leste_takes_its_alphabetical_turn()
    {
        var projected = Catalog.Rotation(RotatingChairsData.Asean, new LocalDate(2027, 1, 1), new LocalDate(2031, 12, 31));

        projected.Select(t => t.Holder.Value).Should().Equal("sgp", "tha", "tls", "vnm", "brn");
        projected.Should().OnlyContain(t => t.Origin == TermOrigin.Projected && t.Certainty == Certainty.Possibly);
    }

    [Fact]
    public void The_security_council_presidency_in_march_2027_is_projected_and_never_certain()
    {
        Answer<RotationTerm> chair = Catalog.ChairOn(RotatingChairsData.Unsc, new LocalDate(2027, 3, 15));

        chair.HasValue.Should().BeTrue();
        chair.Value.Origin.Should().Be(TermOrigin.Projected);
        chair.Certainty.Should().Be(Certainty.Possibly, "the members elected for 2027–2028 are not recorded yet");
        chair.Value.Holder.Value.Should().Be("usa", "after Liberia in December 2026 come the Russian Federation, the United Kingdom and the United States among the members recorded for 2027");
        chair.Value.Period.Should().Be(DateRange.Between(new PartialDate(2027, 3, 1), new PartialDate(2027, 4, 1)));
        chair.Value.RecordedTerm.Should().BeNull("a projected turn has no recorded term behind it");
    }

    [Fact]
    public void The_security_council_presidency_of_a_recorded_month_is_recorded_and_certain()
    {
        Answer<RotationTerm> chair = Catalog.ChairOn(RotatingChairsData.Unsc, new LocalDate(2024, 6, 30));

        chair.Certainty.Should().Be(Certainty.Certainly);
        chair.Value.Origin.Should().Be(TermOrigin.Recorded);
        chair.Value.Holder.Value.Should().Be("kor");
        chair.Value.RuleHolder!.Value.Value.Should().Be("kor");
        chair.Value.RecordedTerm.Should().Be(Catalog.GetOrganization(RotatingChairsData.Unsc).ChairTerms.At(new LocalDate(2024, 6, 30)).Value, "a recorded answer carries the term it comes from");
    }

    [Fact]
    public void The_2026_security_council_presidencies_follow_the_new_members_alphabetically_from_somalia()
    {
        var year = Catalog.Rotation(RotatingChairsData.Unsc, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

        year.Select(t => t.Holder.Value).Should().Equal("som", "gbr", "usa", "bhr", "chn", "col", "cod", "dnk", "fra", "grc", "lva", "lbr");
        year.Select(t => t.Origin).Should().Equal(
            Enumerable.Repeat(TermOrigin.Recorded, 8).Concat([TermOrigin.Projected, TermOrigin.Projected, TermOrigin.Recorded, TermOrigin.Projected]),
            "September, October and December 2026 have no public source in the record yet, so the rule fills them");
        year.Should().OnlyContain(t => !t.DepartsFromRule);
    }

    [Fact]
    public void A_month_without_a_recorded_president_between_two_recorded_ones_is_projected_from_the_rule()
    {
        Answer<RotationTerm> chair = Catalog.ChairOn(RotatingChairsData.Unsc, new LocalDate(2026, 10, 31));

        chair.Value.Origin.Should().Be(TermOrigin.Projected);
        chair.Value.Holder.Value.Should().Be("grc");
        chair.Value.Period.Should().Be(DateRange.Between(new PartialDate(2026, 10, 1), new PartialDate(2026, 11, 1)));
        Catalog.ChairOn(RotatingChairsData.Unsc, new LocalDate(2026, 11, 1)).Value.Origin.Should().Be(TermOrigin.Recorded);
    }

    [Fact]
    public void The_eu_presidency_moved_forward_six_months_when_the_united_kingdom_gave_up_its_2017_turn()
    {
        var terms = Catalog.Rotation(RotatingChairsData.CouncilEu, new LocalDate(2017, 1, 1), new LocalDate(2018, 12, 31), ruleOnly: true);

        terms.Select(t => t.Holder.Value).Should().Equal("mlt", "est", "bgr", "aut");
        terms[1].Deviation!.Kind.Should().Be(RotationDeviationKind.NewOrder);
    }

    [Fact]
    public void The_eu_presidencies_form_trios_and_end_where_the_decision_ends()
    {
        var terms = Catalog.Rotation(RotatingChairsData.CouncilEu, new LocalDate(2027, 1, 1), new LocalDate(2031, 12, 31));

        terms.Select(t => (t.Holder.Value, t.PositionInGroup)).Should().Equal(("ltu", 1), ("grc", 2), ("ita", 0), ("lva", 1), ("lux", 2), ("nld", 0), ("svk", 1));
        Catalog.ChairOn(RotatingChairsData.CouncilEu, new LocalDate(2030, 7, 1)).HasValue.Should().BeFalse("Decision 2016/1316 sets the order only until June 2030");
    }

    public static TheoryData<string> CuratedFiles() => [.. OrgModel.Interop.BuiltIn.BuiltInCatalog.Documents];

    [Theory]
    [MemberData(nameof(CuratedFiles))]
    public void Each_curated_file_is_the_canonical_form_of_what_it_holds(string file)
    {
        string path = FixtureFilesTests.ExamplePath(file);
        string expected = OrgModelJson.Serialize(OrgModelJson.DeserializeCatalog(File.ReadAllText(path))) + "\n";
        if (Environment.GetEnvironmentVariable("ORGMODEL_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).Should().Be(expected);
    }

    internal static Catalog Replace(Organization o, RotationRule rule) =>
        new(Catalog.Parties, Catalog.Organizations.Select(x => x.Id == o.Id ? WithRule(o, rule) : x));

    internal static Organization WithRule(Organization o, RotationRule? rule) =>
        new(o.Id, o.Classification, o.Names, o.Founded, o.Dissolved, o.Identifiers, o.Relations, o.Succession, o.Memberships, o.Agreements, o.Sessions, o.Secretariat, o.Posts, o.ChairTerms, o.Provenance, o.DataGaps, o.ActiveThrough, rule);

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}

using System.Text.Json;
using CsCheck;
using NodaTime;
using OrgModel.Interop.BuiltIn;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Tests.Cli;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Queries;

/// <summary>A party's status on a day with its reason: the span that answers, or the gap that keeps a "possibly" from being a "no".</summary>
public class StatusReportTests
{
    [Fact]
    public void A_possibly_that_comes_from_sources_that_disagree_carries_the_disputed_gap_that_explains_it()
    {
        StatusReport report = BuiltInCatalog.Catalog.StatusReportOn(new Id<Organization>("coe"), new Id<Party>("fin"), new LocalDate(1970, 1, 1));

        report.Belongs.Should().Be(Certainty.Possibly);
        report.Status.HasValue.Should().BeFalse();
        report.Span.Should().BeNull();
        report.Gap.Should().NotBeNull();
        report.Gap!.Kind.Should().Be(DataGapKind.Disputed);
        report.Gap.Provenance.IsDisputed.Should().BeTrue();
    }

    [Fact]
    public void A_recorded_status_carries_the_span_that_answers_and_a_certain_no_carries_nothing()
    {
        StatusReport member = BuiltInCatalog.Curated.StatusReportOn(new Id<Organization>("ots"), new Id<Party>("uzb"), new LocalDate(2020, 6, 1));
        member.Belongs.Should().Be(Certainty.Certainly);
        member.Status.Should().Be(new Answer<MembershipStatus>(MembershipStatus.Full, Certainty.Certainly));
        member.Span!.Value.Range.Start.Should().Be(PartialDate.Parse("2019-10-14"));
        member.Gap.Should().BeNull();

        StatusReport outsider = BuiltInCatalog.Curated.StatusReportOn(new Id<Organization>("turkpa"), new Id<Party>("usa"), new LocalDate(2025, 10, 17));
        outsider.Belongs.Should().Be(Certainty.No);
        outsider.Span.Should().BeNull();
        outsider.Gap.Should().BeNull();
    }

    [Fact]
    public void The_report_answers_as_belongs_on_and_status_on_do_for_every_catalog_party_and_day()
    {
        Gen.Select(RandomCatalogs.Gen, Gen.Int[1900, 2120], Gen.Int[0, 364]).Sample((catalog, year, offset) =>
        {
            LocalDate day = new LocalDate(year, 1, 1).PlusDays(offset);
            foreach (Organization o in catalog.Organizations)
            {
                foreach (Party p in catalog.Parties)
                {
                    StatusReport report = catalog.StatusReportOn(o.Id, p.Id, day);
                    report.Belongs.Should().Be(catalog.BelongsOn(o.Id, p.Id, day));
                    report.Status.Should().Be(catalog.StatusOn(o.Id, p.Id, day));
                    (report.Span is not null).Should().Be(report.Status.HasValue);
                    (report.Gap is not null).Should().Be(!report.Status.HasValue && report.Belongs != Certainty.No, "a possibly without a recorded status comes from a gap, and a no never has one");
                }
            }
        }, iter: 100);
    }

    [Fact]
    public void The_tool_writes_the_report_as_json()
    {
        using var doc = JsonDocument.Parse(CliTests.Run("status", "coe", "fin", "--on", "1970-01-01", "--json").Out);

        doc.RootElement.GetProperty("belongs").GetString().Should().Be("possibly");
        doc.RootElement.GetProperty("gap").GetProperty("kind").GetString().Should().Be("disputed");
        doc.RootElement.TryGetProperty("status", out _).Should().BeFalse("no status is recorded for Finland in 1970");
    }
}

using NodaTime;
using OrgModel.Model;
using OrgModel.Tests.Fixtures;
using OrgModel.Time;

namespace OrgModel.Tests.Docs;

/// <summary>The domain-model behaviour docs/concepts.md describes (its C# runs as a consumer program, see DocsAsProgramsTests).</summary>
public class ModelExamples
{
    [Fact]
    public void The_model_examples_run_as_shown()
    {
        var kaz = new Party(new Id<Party>("kaz"), PartyKind.State, Timeline.Exclusive(TimelineEntry.Create(default, "Kazakhstan")), "KAZ");
        var parliament = new Party(new Id<Party>("kaz-parliament"), PartyKind.Legislature,
            Timeline.Exclusive(TimelineEntry.Create(default, "Parliament of Kazakhstan")), stateOf: new Id<Party>("kaz"));

        var assembly = new Organization(
            new Id<Organization>("assembly"),
            OrganizationClassification.ParliamentaryAssembly,
            Timeline.Exclusive(TimelineEntry.Create(DateRange.From(PartialDate.Parse("2008-11-21")), new OrganizationName("Example Assembly", "EXA"))),
            founded: PartialDate.Parse("2008-11-21"),
            memberships:
            [
                new Membership(new Id<Party>("kaz-parliament"), Timeline.Exclusive(TimelineEntry.Create(
                    DateRange.From(PartialDate.Parse("2008-11-21")),
                    new StatusSpan(MembershipStatus.Full, MembershipChangeReason.Founding)))),
            ],
            sessions: [new Session(new Id<Session>("plenary-14"), "plenary", 14, SessionKind.Regular, PartialDate.Parse("2025-06-11"), new Place("Astana", country: new Id<Party>("kaz")), PartialDate.Parse("2025-06-12"))],
            chairTerms: Timeline.Exclusive(TimelineEntry.Create(
                DateRange.From(PartialDate.Parse("2025-06-12")),
                new ChairTerm(new Id<Party>("kaz-parliament"), startsAtSession: new Id<Session>("plenary-14")))));

        var catalog = new Catalog([kaz, parliament], [assembly]); // checks every reference

        Answer<ChairTerm> chair = assembly.ChairOn(new LocalDate(2025, 10, 17)); // certainly kaz-parliament
        Answer<MembershipStatus> status = assembly.StatusOn(new Id<Party>("KAZ-PARLIAMENT"), new LocalDate(2025, 10, 17)); // ids ignore case

        catalog.Organizations.Should().HaveCount(1);
        chair.Value.Holder.Should().Be(new Id<Party>("kaz-parliament"));
        status.Should().Be(new Answer<MembershipStatus>(MembershipStatus.Full, Certainty.Certainly));

        Organization ots = TurkicFixtures.OtsOrganization;
        Organization turkpa = TurkicFixtures.TurkpaOrganization;

        var chairOf2020 = ots.ChairOn(new LocalDate(2020, 6, 1));                         // certainly aze
        var uzbekistan = ots.StatusOn(new Id<Party>("uzb"), new LocalDate(2020, 6, 1));                   // certainly Full
        var name2019 = turkpa.NameOn(new LocalDate(2019, 6, 1));                           // …Turkic-Speaking Countries
        var seventh = turkpa.Sessions.Single(s => s.Series == "plenary" && s.Ordinal == 7); // Bishkek, 2017-12-08
        var secretaryGeneral = turkpa.HolderOn(new Id<Post>(Post.SecretaryGeneral), new LocalDate(2025, 9, 1)); // Mehmet Süreyya Er

        chairOf2020.Value.Holder.ToString().Should().Be("aze");
        uzbekistan.Value.Should().Be(MembershipStatus.Full);
        name2019.Value.Name.Should().Be("Parliamentary Assembly of Turkic-Speaking Countries");
        seventh.Place.City.Should().Be("Bishkek");
        secretaryGeneral.Value.Holder.Name.Should().Be("Mehmet Süreyya Er");
    }

}

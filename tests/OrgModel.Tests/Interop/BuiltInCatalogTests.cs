using OrgModel.Interop.BuiltIn;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Interop;

/// <summary>The built-in catalog is one call away, read once, and is exactly the documents the repository ships.</summary>
public class BuiltInCatalogTests
{
    // COW as imported, read once for the tests that compare the built-in catalog with it.
    private static readonly Lazy<Catalog> Cow = new(OrgModel.Interop.Cow.CowIgoImporter.ImportBundled);

    [Fact]
    public void The_curated_records_are_the_organizations_the_catalog_issue_names()
    {
        BuiltInCatalog.Curated.Organizations.Select(o => o.Id.Value).Should().BeEquivalentTo(
            "turkpa", "ots", "turksoy", "unsc", "council-eu", "asean", "nato", "un", "eu", "coe", "osce", "sco", "csto", "eaeu", "cis", "gcc", "eco", "au", "mercosur", "cica");
    }

    [Fact]
    public void The_whole_catalog_is_cow_with_the_curated_records_in_place_of_the_cow_organizations_they_match()
    {
        Catalog cow = Cow.Value;
        string[] replaced = ["ASEAN", "NATO", "Turksoy", "UN", "EU", "COE", "OSCE", "SCO", "CSTO", "CIS", "GCC", "ECO", "AU", "Mercosur", "CICA"];

        BuiltInCatalog.Catalog.Organizations.Select(o => o.Id.Value).Should().BeEquivalentTo(
            BuiltInCatalog.Curated.Organizations.Select(o => o.Id.Value).Concat(cow.Organizations.Select(o => o.Id.Value).Except(replaced)));
        BuiltInCatalog.Catalog.Organizations.Should().HaveCount(534 - 15 + 20);
        BuiltInCatalog.Catalog.GetOrganization(new Id<Organization>("WTOURO")).Should().Be(cow.GetOrganization(new Id<Organization>("WTOURO")), "an organization no curated record matches is COW's, unchanged");
    }

    [Fact]
    public void A_curated_record_that_replaces_a_cow_organization_keeps_its_own_facts_and_cows_identifiers_and_source()
    {
        Catalog cow = Cow.Value;
        Organization curated = BuiltInCatalog.Curated.GetOrganization(new Id<Organization>("nato"));
        Organization merged = BuiltInCatalog.Catalog.GetOrganization(new Id<Organization>("nato"));

        merged.Memberships.Should().Equal(curated.Memberships, "the curated members, with their exact dates, take the place of COW's yearly codes");
        merged.Names.Should().Equal(curated.Names);
        merged.Identifiers.Should().Contain(new ExternalIdentifier("cow-ioname", "NATO")).And.Contain(new ExternalIdentifier(IdentifierSchemes.CowIgo, "3700")).And.Contain(cow.GetOrganization(new Id<Organization>("NATO")).Identifiers);
        merged.Provenance.Sources.Should().Contain(curated.Provenance.Sources).And.Contain(cow.GetOrganization(new Id<Organization>("NATO")).Provenance.Sources);
    }

    [Fact]
    public void A_party_in_both_is_the_curated_party_with_cows_identifiers_added()
    {
        Party curated = BuiltInCatalog.Curated.GetParty(new Id<Party>("kaz"));
        Party merged = BuiltInCatalog.Catalog.GetParty(new Id<Party>("kaz"));

        merged.Names.Should().Equal(curated.Names);
        merged.Existence.Should().Equal(curated.Existence, "COW's years of observation end in 2014; the curated party's existence is kept");
        merged.Identifiers.Should().Contain(curated.Identifiers).And.Contain(new ExternalIdentifier(IdentifierSchemes.CowState, "705"));
    }

    [Fact]
    public void The_united_nations_answers_from_its_curated_members_to_the_present_and_keeps_cows_identifiers()
    {
        Organization un = BuiltInCatalog.Catalog.GetOrganization(new Id<Organization>("un"));

        un.Memberships.Should().Equal(BuiltInCatalog.Curated.GetOrganization(un.Id).Memberships, "the curated record holds members of its own, so they replace COW's");
        un.Identifiers.Select(i => i.Scheme).Should().Contain(IdentifierSchemes.CowIgo);
        OrganizationSnapshot snapshot = BuiltInCatalog.Catalog.SnapshotOn(un.Id, new LocalDate(2025, 6, 1));
        snapshot.SecretaryGeneral.Value.Holder.Name.Should().Be("António Guterres");
        snapshot.Seat.Value.Place.City.Should().Be("New York");
        snapshot.MembersWith(MembershipStatus.Full).Should().HaveCount(193).And.OnlyContain(m => m.Certainty == Certainty.Certainly);
        snapshot.MembersWith(MembershipStatus.Observer).Select(m => m.Party.Value).Should().BeEquivalentTo("vat", "pse");
    }

    [Theory]
    [InlineData("UN", "un")]
    [InlineData("un", "un")]
    [InlineData("Q1065", "un")]
    [InlineData("Nato", "nato")]
    [InlineData("3700", "nato")]
    [InlineData("Q7184", "nato")]
    public void Organizations_resolve_by_identifier_cow_abbreviation_or_external_identifier_ignoring_case(string text, string id) =>
        BuiltInCatalog.Catalog.OrganizationsNamed(text).Should().Contain(new Id<Organization>(id));

    [Fact]
    public void It_is_read_once_and_shared()
    {
        BuiltInCatalog.Catalog.Should().BeSameAs(BuiltInCatalog.Catalog);
        BuiltInCatalog.Curated.Should().BeSameAs(BuiltInCatalog.Curated);
    }

    [Fact]
    public void It_is_the_combination_of_the_documents_in_docs_examples()
    {
        Catalog fromFiles = Catalog.Combine(
            BuiltInCatalog.Documents.Select(f => OrgModelJson.DeserializeCatalog(File.ReadAllText(FixtureFilesTests.ExamplePath(f)))));

        BuiltInCatalog.Documents.Should().Contain(["turkic-catalog.json", "rotating-chairs.json", "nato.json", "un.json", "european-organizations.json", "eurasian-organizations.json", "other-organizations.json"]);

        BuiltInCatalog.Curated.Should().Be(fromFiles);
    }

    // Where a curated record answers "no" for a year COW codes a party as a member, associate or observer,
    // and why: the record's sources disagree with COW's. (Where a record counts a COW party under another
    // identifier, it declares a data gap for COW's, so that the answer is "possibly".)
    private static readonly Dictionary<(string Organization, string Party), string> NoWhereCowSaysMember = new()
    {
        [("sco", "chn")] = "COW counts the Shanghai Five (1996–2001), which preceded the SCO",
        [("sco", "kaz")] = "COW counts the Shanghai Five (1996–2001), which preceded the SCO",
        [("sco", "kgz")] = "COW counts the Shanghai Five (1996–2001), which preceded the SCO",
        [("sco", "rus")] = "COW counts the Shanghai Five (1996–2001), which preceded the SCO",
        [("sco", "tjk")] = "COW counts the Shanghai Five (1996–2001), which preceded the SCO",
    };

    [Fact]
    public void A_curated_record_never_answers_no_where_cow_codes_a_member_but_for_the_reasons_written_down()
    {
        Catalog cow = Cow.Value;
        Catalog world = BuiltInCatalog.Catalog;
        var noes = new List<string>();
        foreach (Organization record in BuiltInCatalog.Curated.Organizations.Where(o => !o.Memberships.IsEmpty))
        {
            foreach (string ionum in record.Identifiers.Where(i => i.Scheme == IdentifierSchemes.CowIgo).Select(i => i.Value))
            {
                Organization fromCow = cow.Organizations.Single(o => o.Identifiers.Contains(new ExternalIdentifier(IdentifierSchemes.CowIgo, ionum)));
                foreach (Membership m in fromCow.Memberships)
                {
                    foreach (TimelineEntry<StatusSpan> span in m.Statuses)
                    {
                        // COW codes whole years: the first year of a span may begin after 1 July, so it is left out.
                        int first = span.Range.Start!.Value.Year + 1;
                        int last = span.Range.End is { } end ? end.Year - 1 : 2014;
                        for (int year = first; year <= last; year++)
                        {
                            if (world.BelongsOn(record.Id, m.Party, new LocalDate(year, 7, 1)) == Certainty.No)
                            {
                                noes.Add($"{record.Id} {m.Party} {year}");
                            }
                        }
                    }
                }
            }
        }

        string.Join(", ", noes.Where(n => !NoWhereCowSaysMember.ContainsKey((n.Split(' ')[0], n.Split(' ')[1])))).Should().BeEmpty();
        NoWhereCowSaysMember.Keys.Should().OnlyContain(k => noes.Any(n => n.StartsWith($"{k.Organization} {k.Party} ", StringComparison.Ordinal)), "a reason that no longer applies is removed");
    }

    [Theory]
    [InlineData("coe", "fin", 1970, 1989)]
    [InlineData("coe", "grc", 1972, 1975)]
    [InlineData("csto", "uzb", 2004, 2007)]
    [InlineData("un", "ddr", 1968, 1974)]
    public void Where_a_record_and_cow_disagree_on_belonging_the_answer_is_possibly_with_both_sources_until_the_record_starts(string organization, string party, int disputedYear, int recordedYear)
    {
        Catalog world = BuiltInCatalog.Catalog;
        var id = new Id<Organization>(organization);
        var who = new Id<Party>(party);
        var day = new LocalDate(disputedYear, 7, 1);

        world.BelongsOn(id, who, day).Should().Be(Certainty.Possibly, "COW codes a member where the record's sources say it was not one");
        DataGap gap = world.GetOrganization(id).DataGapDuring(who, DateRange.BetweenInclusive(PartialDate.FromLocalDate(day), PartialDate.FromLocalDate(day))).Value;
        gap.Kind.Should().Be(DataGapKind.Disputed);
        gap.Provenance.IsDisputed.Should().BeTrue();
        gap.Provenance.Sources.Should().Contain(s => s.Title.StartsWith("Correlates of War", StringComparison.Ordinal)).And.HaveCountGreaterThan(1, "the record's own sources are cited beside COW's");
        world.BelongsOn(id, who, new LocalDate(recordedYear, 7, 1)).Should().Be(Certainty.Certainly);
    }

    [Theory]
    [InlineData("un", "cow-gfr", "deu", 1980)]
    [InlineData("un", "cow-yar", "yem", 1980)]
    [InlineData("un", "srb", "yug", 1980)]
    [InlineData("un", "twn", "chn", 1960)]
    [InlineData("nato", "cow-gfr", "deu", 1980)]
    [InlineData("coe", "cow-gfr", "deu", 1980)]
    [InlineData("osce", "cow-gfr", "deu", 1980)]
    public void A_cow_party_a_record_counts_under_another_identifier_possibly_belongs_and_is_not_counted_twice(string organization, string cowParty, string countedAs, int year)
    {
        Catalog world = BuiltInCatalog.Catalog;
        var id = new Id<Organization>(organization);
        var day = new LocalDate(year, 7, 1);

        world.BelongsOn(id, new Id<Party>(cowParty), day).Should().Be(Certainty.Possibly);
        world.StatusOn(id, new Id<Party>(countedAs), day).Certainty.Should().Be(Certainty.Certainly);
        world.MembersOn(id, day).Where(m => m.Certainty == Certainty.Certainly).Select(m => m.Party.Value).Should().NotContain(cowParty);
    }

    public static TheoryData<string> CuratedOrganizations() => [.. BuiltInCatalog.Curated.Organizations.Select(o => o.Id.Value)];

    [Theory]
    [MemberData(nameof(CuratedOrganizations))]
    public void Asked_about_one_organization_it_reads_only_the_documents_that_can_name_it_and_answers_as_the_whole_curated_catalog(string organization)
    {
        var (about, documents) = BuiltInCatalog.ReadAbout(organization)!.Value;
        Catalog all = BuiltInCatalog.Curated;
        var id = new Id<Organization>(organization);

        documents.Should().NotBeEmpty().And.HaveCountLessThan(BuiltInCatalog.Documents.Count);
        about.GetOrganization(id).Should().Be(all.GetOrganization(id));
        foreach (LocalDate day in new LocalDate[] { new(1950, 1, 1), new(2000, 6, 1), new(2015, 6, 1), new(2025, 10, 17), new(2026, 12, 31) })
        {
            OrgModelJson.Serialize(about.SnapshotOn(id, day)).Should().Be(OrgModelJson.Serialize(all.SnapshotOn(id, day)), $"{organization} on {day:uuuu-MM-dd}");
        }

        OrgModelJson.Serialize(about.HistoryBetween(id, new LocalDate(1900, 1, 1), new LocalDate(2030, 1, 1)))
            .Should().Be(OrgModelJson.Serialize(all.HistoryBetween(id, new LocalDate(1900, 1, 1), new LocalDate(2030, 1, 1))));
        OrgModelJson.Serialize(about.Rotation(id, new LocalDate(2000, 1, 1), new LocalDate(2030, 1, 1)))
            .Should().Be(OrgModelJson.Serialize(all.Rotation(id, new LocalDate(2000, 1, 1), new LocalDate(2030, 1, 1))));
    }

    [Theory]
    [MemberData(nameof(CuratedOrganizations))]
    public void Asked_about_an_organization_and_a_party_it_reads_only_the_documents_that_can_name_them_and_answers_as_the_whole_curated_catalog(string organization)
    {
        Catalog all = BuiltInCatalog.Curated;
        var id = new Id<Organization>(organization);
        string[] parties = ["usa", "Uzbekistan", "TURKEY", "Türkiye", "kaz-parliament", "cow-gfr", "Hungary", "tls", "Holy See", "narnia"];
        foreach (string text in parties)
        {
            var read = BuiltInCatalog.ReadAbout(organization, text);
            if (all.PartiesNamed(text).IsEmpty)
            {
                read.Should().BeNull($"'{text}' names no party, so the caller needs the whole catalog to suggest identifiers");
                continue;
            }

            Catalog about = read!.Value.Catalog;
            about.PartiesNamed(text).Should().Equal(all.PartiesNamed(text), $"'{text}' names the same parties");
            foreach (Id<Party> party in all.PartiesNamed(text))
            {
                foreach (LocalDate day in new LocalDate[] { new(1950, 1, 1), new(1980, 7, 1), new(2000, 6, 1), new(2015, 6, 1), new(2025, 10, 17), new(2026, 12, 31) })
                {
                    about.BelongsOn(id, party, day).Should().Be(all.BelongsOn(id, party, day), $"{organization}, {party} on {day:uuuu-MM-dd}");
                    about.StatusOn(id, party, day).Should().Be(all.StatusOn(id, party, day));
                }
            }
        }
    }

    [Fact]
    public void A_party_the_organizations_documents_do_not_record_costs_one_more_document_not_every_one_that_names_it()
    {
        var (_, documents) = BuiltInCatalog.ReadAbout("turkpa", "usa")!.Value;

        documents.Should().HaveCount(2).And.Contain("turkic-catalog.json", "the United States is in most documents, and one of them is enough");
        BuiltInCatalog.ReadAbout("turkpa", "kaz")!.Value.Documents.Should().Equal("turkic-catalog.json");
    }

    [Theory]
    [InlineData("turkpa", "turkpa", "turkic-catalog.json")]
    [InlineData(" q7768 ", "asean", "rotating-chairs.json")]
    [InlineData("nato", "nato", "nato.json")]
    public void Asked_by_an_alias_in_any_case_it_reads_the_document_that_records_the_organization(string text, string id, string document)
    {
        var (about, documents) = BuiltInCatalog.ReadAbout(text)!.Value;

        documents.Should().Contain(document);
        about.OrganizationsNamed(text).Should().Equal(new Id<Organization>(id));
    }

    [Theory]
    [InlineData("aze")]
    [InlineData("turpka")]
    public void Asked_about_a_text_that_names_no_curated_organization_it_gives_the_whole_curated_catalog(string text)
    {
        BuiltInCatalog.ReadAbout(text).Should().BeNull();
        BuiltInCatalog.CuratedAbout(text).Should().BeSameAs(BuiltInCatalog.Curated);
    }

    [Fact]
    public void Its_data_date_is_the_last_day_a_source_was_read_and_its_version_the_packages()
    {
        string latestRead = new[] { "turkic-catalog.json", "rotating-chairs.json", "nato.json", "un.json" }
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(FixtureFilesTests.ExamplePath(f)), "\"accessed\": \"([0-9-]+)\"").Select(m => m.Groups[1].Value))
            .Max(StringComparer.Ordinal)!;

        BuiltInCatalog.DataDate.ToString().Should().Be(latestRead);
        BuiltInCatalog.Version.Should().Be("0.1.0");
    }
}

using NodaTime;
using OrgModel.Interop.Cow;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Interop;

/// <summary>
/// The imported COW catalog reproduces the IGO-year CSV cell for cell, and the oracles of its SOURCE.md
/// hold. Source: Correlates of War IGO data v3.0 (Pevehouse et al. 2020, JPR 57(3):492–503).
/// </summary>
public class CowFidelityTests
{
    [Fact]
    public void Every_cell_of_the_csv_is_re_derived_from_the_catalog_with_zero_mismatches()
    {
        var cells = new CowCells(CowData.Catalog);
        string[] lines = CowData.Lines;
        string[] header = SplitCsv(lines[0]);
        var stateColumns = Enumerable.Range(3, 217).ToArray();
        var partyOfColumn = stateColumns.ToDictionary(i => i, i => PartyFor(header[i]));
        long compared = 0;
        var mismatches = new List<string>();
        var counts = new Dictionary<CowCode, long>();
        for (int l = 1; l < lines.Length; l++)
        {
            string[] f = SplitCsv(lines[l]);
            int year = int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
            foreach (int i in stateColumns)
            {
                CowCode expected = f[i] switch { "" => CowCode.NotInSystem, "-9" => CowCode.Missing, var v => (CowCode)int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) };
                CowCode actual = cells.CodeIn(new Id<Organization>(f[0]), partyOfColumn[i], year);
                counts[expected] = counts.GetValueOrDefault(expected) + 1;
                compared++;
                if (actual != expected && mismatches.Count < 20)
                {
                    mismatches.Add($"{f[0]} {header[i]} {year}: CSV {expected}, catalog {actual}");
                }
            }
        }

        compared.Should().Be(4_195_695);
        mismatches.Should().BeEmpty();
        counts[CowCode.None].Should().Be(2_170_685);
        counts[CowCode.Full].Should().Be(536_320);
        counts[CowCode.Associate].Should().Be(1_095);
        counts[CowCode.Observer].Should().Be(2_387);
        counts[CowCode.Missing].Should().Be(190_750);
        counts[CowCode.NotInSystem].Should().Be(1_294_458);
    }

    [Theory]
    [InlineData("UN", 1945, 44)]
    [InlineData("UN", 1950, 57)]
    [InlineData("UN", 1992, 179)]
    [InlineData("UN", 2014, 193)]
    [InlineData("NATO", 1949, 12)]
    [InlineData("NATO", 1982, 16)]
    [InlineData("NATO", 2004, 26)]
    [InlineData("NATO", 2014, 28)]
    [InlineData("EU", 1993, 12)]
    [InlineData("EU", 2014, 28)]
    [InlineData("ASEAN", 1967, 5)]
    [InlineData("ASEAN", 2014, 10)]
    [InlineData("WTO", 1995, 109)]
    [InlineData("WTO", 2014, 157)]
    [InlineData("OPEC", 1960, 4)]
    [InlineData("OPEC", 2014, 11)]
    [InlineData("AU", 2002, 52)]
    [InlineData("COE", 2014, 47)]
    public void Full_member_counts_match_the_source_oracles(string igo, int year, int full)
    {
        var cells = new CowCells(CowData.Catalog);

        CowData.Catalog.Parties.Count(p => cells.CodeIn(new Id<Organization>(igo), p.Id, year) == CowCode.Full).Should().Be(full);
    }

    [Fact]
    public void Nato_1949_and_asean_observers_are_the_listed_states()
    {
        var cells = new CowCells(CowData.Catalog);
        string[] Members(string igo, int year, CowCode code) => CowData.Catalog.Parties.Where(p => cells.CodeIn(new Id<Organization>(igo), p.Id, year) == code).Select(p => p.Id.Value).Order().ToArray();

        Members("NATO", 1949, CowCode.Full).Should().Equal("bel", "can", "dnk", "fra", "gbr", "isl", "ita", "lux", "nld", "nor", "prt", "usa");
        Members("ASEAN", 2014, CowCode.Observer).Should().Equal("png", "tls");
        Members("COE", 2014, CowCode.Observer).Should().Equal("can", "isr", "jpn", "mex", "usa");
    }

    [Fact]
    public void A_year_sources_dispute_is_written_as_missing_never_as_outside_the_system()
    {
        var coe = new Organization(
            new Id<Organization>("COE"),
            OrganizationClassification.IntergovernmentalOrganization,
            Timeline.Exclusive(TimelineEntry.Create(DateRange.From(new PartialDate(1949)), new OrganizationName("Council of Europe"))),
            dataGaps: [new DataGap(DataGapKind.Disputed, DateRange.Between(new PartialDate(1969, 12, 12), new PartialDate(1974, 11, 28)), new Id<Party>("grc"), new Provenance([new Source("COW IGO v3")], isDisputed: true, note: "COW codes Greece a member throughout."))]);
        var catalog = new Catalog([new Party(new Id<Party>("grc"), PartyKind.State, Timeline.Exclusive(TimelineEntry.Create(default, "Greece")))], [coe]);

        new CowCells(catalog).CodeIn(coe.Id, new Id<Party>("grc"), 1972).Should().Be(CowCode.Missing);
    }

    [Fact]
    public void Spell_counts_match_the_source()
    {
        var memberships = CowData.Catalog.Organizations.SelectMany(o => o.Memberships).ToList();

        memberships.Sum(m => m.Statuses.Count(s => s.Value.Status == MembershipStatus.Full)).Should().Be(18_552);
        memberships.Sum(m => m.Statuses.Count).Should().Be(18_936);
        memberships.Count(m => m.Statuses.Any(s => s.Value.Status == MembershipStatus.Full)).Should().Be(17_271);
        memberships.Should().HaveCount(17_609);
        CowData.Catalog.GetOrganization(new Id<Organization>("UN")).Memberships.Sum(m => m.Statuses.Count(s => s.Value.Status == MembershipStatus.Full)).Should().Be(203);
    }

    [Fact]
    public void Example_spells_are_year_ranges()
    {
        string Spells(string igo, string party) => string.Join(" ", CowData.Catalog.GetOrganization(new Id<Organization>(igo)).MembershipOf(new Id<Party>(party))!.Statuses.Select(s => s.Range.ToString()));

        Spells("UN", "chn").Should().Be("[1945, 1948] [1971, 2014…unknown)");
        Spells("UN", "twn").Should().Be("[1949, 1970]");
        Spells("OPEC", "ecu").Should().Be("[1973, 1992] [2008, 2014…unknown)");
        Spells("NATO", "cow-gfr").Should().Be("[1955, 1989]");
    }

    [Fact]
    public void The_import_has_534_igos_and_217_states_with_their_identifiers()
    {
        Catalog c = CowData.Catalog;

        c.Organizations.Should().HaveCount(534);
        c.Parties.Should().HaveCount(217);
        c.GetOrganization(new Id<Organization>("UN")).Identifiers.Should().Contain(new ExternalIdentifier(IdentifierSchemes.CowIgo, "4400"));
        c.GetParty(new Id<Party>("kaz")).Identifiers.Should().Contain(new ExternalIdentifier(IdentifierSchemes.CowState, "705"));
        c.GetParty(new Id<Party>("kaz")).IsoAlpha3.Should().Be("KAZ");
        c.GetParty(new Id<Party>("cow-bav")).IsoAlpha3.Should().BeNull();
        c.GetOrganization(new Id<Organization>("UN")).Provenance.Sources.Single().Title.Should().Contain("doi:10.1177/0022343319881175");
    }

    [Fact]
    public void Mis_decoded_characters_survive_as_they_are()
    {
        CowData.Catalog.GetOrganization(new Id<Organization>("NVC")).CurrentName.Name.Should().Contain("Nordens V\u008Alf\u008Ard");
        CowData.Catalog.GetOrganization(new Id<Organization>("PED")).Provenance.Note.Should().Contain("P\u0099le europ\u008Een de d\u008Eveloppement (PED)");
    }

    [Fact]
    public void Year_facts_are_certain_inside_a_run_and_possible_in_its_first_year()
    {
        Catalog c = CowData.Catalog;

        c.StatusOn(new Id<Organization>("UN"), new Id<Party>("che"), new LocalDate(2003, 6, 1)).Should().Be(new Answer<MembershipStatus>(MembershipStatus.Full, Certainty.Certainly));
        c.StatusOn(new Id<Organization>("UN"), new Id<Party>("che"), new LocalDate(2002, 6, 1)).Certainty.Should().Be(Certainty.Possibly);
        c.StatusOn(new Id<Organization>("UN"), new Id<Party>("che"), new LocalDate(2001, 6, 1)).HasValue.Should().BeFalse();
    }

    [Fact]
    public void The_imported_catalog_round_trips_through_json()
    {
        byte[] json = OrgModelJson.SerializeToUtf8Bytes(CowData.Catalog);

        Catalog again = OrgModelJson.DeserializeCatalog(json);

        again.Parties.Where((p, i) => !p.Equals(CowData.Catalog.Parties[i])).Select(p => p.Id.Value).Should().BeEmpty();
        again.Organizations.Where((o, i) => !o.Equals(CowData.Catalog.Organizations[i])).Select(o => o.Id.Value).Should().BeEmpty();
        again.Should().Be(CowData.Catalog);
    }

    [Fact]
    public void A_csv_that_is_not_the_cow_file_is_rejected_with_the_line()
    {
        FluentActions.Invoking(() => CowIgoImporter.Import(new StringReader("a,b\n1,2\n"))).Should().Throw<FormatException>().WithMessage("Line 1: the column 'ioname' is missing*");
    }

    [Fact]
    public void At_both_edges_of_every_run_a_member_year_is_never_answered_no_and_a_non_member_year_never_certainly()
    {
        // Every run of consecutive years with one code, per IGO and state; the days checked are 1 January
        // and 31 December of its first and last year, and 1 January after it. Each day is judged by the
        // code of its own year (no row for that year: not a member).
        string[] header = SplitCsv(CowData.Lines[0]);
        var rows = CowData.Lines.Skip(1).Select(SplitCsv).GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.ToDictionary(f => int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)));
        Catalog catalog = CowData.Catalog;
        var membersOn = new Dictionary<(string, LocalDate), Dictionary<Id<Party>, Certainty>>();
        var membershipsOn = new Dictionary<(Id<Party>, LocalDate), Dictionary<string, Certainty>>();
        var failures = new List<string>();
        long checkedDays = 0;
        for (int column = 3; column < 3 + 217; column++)
        {
            Id<Party> party = PartyFor(header[column]);
            foreach ((string igo, Dictionary<int, string[]> years) in rows)
            {
                Organization organization = catalog.GetOrganization(new Id<Organization>(igo));
                int[] ordered = [.. years.Keys.Order()];
                int first = 0;
                for (int k = 0; k < ordered.Length; k++)
                {
                    bool runEnds = k + 1 == ordered.Length || ordered[k + 1] != ordered[k] + 1 || years[ordered[k + 1]][column] != years[ordered[k]][column];
                    if (!runEnds)
                    {
                        continue;
                    }

                    int firstYear = ordered[first];
                    int lastYear = ordered[k];
                    first = k + 1;
                    foreach (LocalDate day in new[] { new LocalDate(firstYear, 1, 1), new LocalDate(firstYear, 12, 31), new LocalDate(lastYear, 1, 1), new LocalDate(lastYear, 12, 31), new LocalDate(lastYear + 1, 1, 1) })
                    {
                        // The data ends in 2014: that is the end of observation, not of the status, so a
                        // member in 2014 is possibly (never certainly, never not) a member on 1 January 2015.
                        if (day.Year > CowYears.LastYear)
                        {
                            if (years[lastYear][column] is "1" or "2" or "3")
                            {
                                checkedDays++;
                                Certainty after = catalog.StatusOn(new Id<Organization>(igo), party, day).Certainty;
                                if (after != Certainty.Possibly && failures.Count < 20)
                                {
                                    failures.Add($"{igo} {header[column]} {day} (COW {years[lastYear][column]} in {lastYear}, the last year of the data): {after}, not possibly");
                                }
                            }

                            continue;
                        }

                        string code = years.TryGetValue(day.Year, out string[]? row) ? row[column] : "0";
                        if (code == "-9")
                        {
                            continue;
                        }

                        bool member = code is "1" or "2" or "3";
                        checkedDays++;
                        Certainty point = organization.MembershipOf(party) is { } m
                            ? m.Statuses.EntriesAt(day).Where(e => e.Value.Value.Status == StatusOf(code)).Select(e => e.Certainty).DefaultIfEmpty(Certainty.No).Max()
                            : Certainty.No;
                        Certainty any = catalog.StatusOn(new Id<Organization>(igo), party, day).Certainty;
                        if (!membersOn.TryGetValue((igo, day), out var members))
                        {
                            members = catalog.MembersOn(new Id<Organization>(igo), day).ToDictionary(x => x.Party, x => x.Certainty);
                            membersOn[(igo, day)] = members;
                        }

                        if (!membershipsOn.TryGetValue((party, day), out var memberships))
                        {
                            memberships = catalog.MembershipsOn(party, day, includeOrgans: false).ToDictionary(x => x.Organization.Value, x => x.Certainty);
                            membershipsOn[(party, day)] = memberships;
                        }

                        Certainty inMembers = members.GetValueOrDefault(party, Certainty.No);
                        Certainty inMemberships = memberships.GetValueOrDefault(igo, Certainty.No);
                        bool wrong = member
                            ? point == Certainty.No || any == Certainty.No || inMembers == Certainty.No || inMemberships == Certainty.No
                            : any == Certainty.Certainly || inMembers == Certainty.Certainly || inMemberships == Certainty.Certainly;
                        if (wrong && failures.Count < 20)
                        {
                            failures.Add($"{igo} {header[column]} {day} (COW {code} in {day.Year}): status {point}/{any}, members {inMembers}, memberships {inMemberships}");
                        }
                    }
                }
            }
        }

        failures.Should().BeEmpty();
        checkedDays.Should().BeGreaterThan(500_000);
    }

    [Theory]
    [InlineData("CATC", "pak", 1964)]
    [InlineData("CWGC", "pak", 1964)]
    [InlineData("ICfO", "pak", 1964)]
    [InlineData("PIARC", "pak", 1964)]
    [InlineData("RepCom", "grc", 1933)]
    public void The_defects_reported_on_31_december_of_a_last_member_year_are_gone(string igo, string party, int year)
    {
        CowData.Catalog.StatusOn(new Id<Organization>(igo), new Id<Party>(party), new LocalDate(year, 12, 31)).Certainty.Should().Be(Certainty.Possibly);
        CowData.Catalog.MembersOn(new Id<Organization>(igo), new LocalDate(year, 12, 31)).Select(m => m.Party.Value).Should().Contain(party);
        CowData.Catalog.StatusOn(new Id<Organization>(igo), new Id<Party>(party), new LocalDate(year + 1, 1, 1)).Certainty.Should().Be(Certainty.No);
    }

    [Fact]
    public void Aitic_has_its_member_states_on_the_last_day_of_2011_its_last_year()
    {
        // The data codes 62 full members in 2011 (the report said 63; the CSV has 62 cells of 1).
        CowData.Catalog.MembersOn(new Id<Organization>("AITIC"), new LocalDate(2011, 12, 31)).Should().HaveCount(62).And.OnlyContain(m => m.Certainty == Certainty.Possibly);
        CowData.Catalog.GetOrganization(new Id<Organization>("AITIC")).IsActiveOn(new LocalDate(2011, 12, 31)).Should().Be(Certainty.Possibly);
        CowData.Catalog.GetOrganization(new Id<Organization>("AITIC")).IsActiveOn(new LocalDate(2012, 1, 1)).Should().Be(Certainty.No);
    }

    private static MembershipStatus StatusOf(string code) => code switch
    {
        "1" => MembershipStatus.Full,
        "2" => MembershipStatus.Associate,
        _ => MembershipStatus.Observer,
    };

    private static Id<Party> PartyFor(string column)
    {
        var state = CowData.Catalog.Parties.Single(p => p.Identifiers.Any(i => i.Scheme == IdentifierSchemes.CowState && i.Value == CcodeOf(column)));
        return state.Id;
    }

    private static readonly Dictionary<string, string> Ccodes = File.ReadAllLines(CowData.StateColumnsPath)
        .Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1]);

    private static string CcodeOf(string column) => Ccodes[column];

    // The CSV quotes text fields and never puts a newline inside one.
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}

public class CowCommandLineTests
{
    [Fact]
    public void Import_cow_writes_a_catalog_every_query_command_can_use()
    {
        string csv = Path.Combine(Path.GetTempPath(), $"orgmodel-cow-{Guid.NewGuid():N}.csv");
        string output = Path.ChangeExtension(csv, ".json");
        CowData.WriteCsvTo(csv);
        try
        {
            var (exit, text, error) = Cli.CliTests.Run("import", "cow", csv, "-o", output);

            exit.Should().Be(0, error);
            text.Should().Contain("217 parties, 534 organizations").And.Contain("COW IGO v3.0");
            Cli.CliTests.Run("members", "UN", "--on", "2013-06-01", "--data", output, "--json").Out.Should().Contain("\"party\": \"usa\"");
            Cli.CliTests.Run("memberships", "kaz", "--on", "2010-06-01", "--data", output).Out.Should().Contain("CIS");
            Cli.CliTests.Run("show", "NATO", "--on", "1950-06-01", "--data", output).Out.Should().Contain("Members (12)");
            Cli.CliTests.Run("history", "NATO", "--from", "1982-01-01", "--to", "1982-12-31", "--data", output).Out.Should().Contain("Spain");
            Cli.CliTests.Run("validate", output).Exit.Should().Be(0);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(output);
        }
    }

    [Fact]
    public void Import_cow_rejects_a_file_that_is_not_the_cow_csv_in_one_line()
    {
        string path = Path.Combine(Path.GetTempPath(), $"orgmodel-notcow-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "a,b\n1,2\n");
        try
        {
            var (exit, _, error) = Cli.CliTests.Run("import", "cow", path);

            exit.Should().Be(1);
            error.Should().StartWith("orgmodel: '").And.Contain("is not the COW IGO-year CSV: Line 1: the column 'ioname' is missing");
            error.TrimEnd().Should().NotContain("\n");
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;
using static OrgModel.Tests.Fixtures.Sources;

namespace OrgModel.Tests.Fixtures;

/// <summary>
/// TURKPA, the OTS and TURKSOY as they really are, with every fact's source: the fixtures that tests,
/// the JSON files and the command-line tool share. Where a fact is inferred or the sources disagree,
/// the provenance says so.
/// </summary>
public static class TurkicFixtures
{
    // Declared first: static fields initialize in order, and the catalog below uses it.
    private static readonly PartialDate[] Summits =
        new[] { "2011-10-21", "2012-08-23", "2013-08-16", "2014-06-05", "2015-09-11", "2018-09-02", "2019-10-15", "2021-11-12", "2022-11-11", "2023-11-03", "2024-11-06", "2025-10-07" }
            .Select(PartialDate.Parse).ToArray();

    // Secretary-General of TURKPA (2009–2013, again from 2025) and of the Turkic Council (2014–2018);
    // declared before Catalog, which is built from it.
    private static readonly Person RamilHasan = new(new Id<Person>("ramil-hasan"), "Ramil Hasan", ["Ramil Hasanov"]);

    public static Catalog Catalog { get; } = new(Parties(), [Turkpa(), Ots(), Turksoy()]);

    public static Organization TurkpaOrganization => Catalog.GetOrganization(new Id<Organization>("turkpa"));

    public static Organization OtsOrganization => Catalog.GetOrganization(new Id<Organization>("ots"));

    public static Organization TurksoyOrganization => Catalog.GetOrganization(new Id<Organization>("turksoy"));

    public static PartialDate D(string iso) => PartialDate.Parse(iso);

    private static Provenance P(params Source[] sources) => Provenance.From(sources);

    private const string CoordinatorNote = "TURKSOY's Permanent Council of Ministers of Culture is chaired by its Coordinator, in the years recorded here the minister of the state that holds the Cultural Capital of the Turkic World, from one meeting to the next (CESRAN describes an earlier rule of six-month terms in alphabetical order).";

    private static Provenance Noted(string note, params Source[] sources) => new(sources.ToEquatableArray(), note: note);

    // A fact no source states, derived from what they do state and a practice they document; the note says how.
    private static Provenance Inferred(string note, params Source[] sources) => new(sources.ToEquatableArray(), note: note, isInferred: true);

    private static Timeline<T> One<T>(T value, DateRange range = default) => Timeline.Exclusive(TimelineEntry.Create(range, value));

    private static TimelineEntry<T> E<T>(DateRange range, T value) => TimelineEntry.Create(range, value);

    private static Party State(string id, string name, string iso) => new(new Id<Party>(id), PartyKind.State, One(name), iso, identifiers: [new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha3, iso)]);

    private static Party TurksoyObserver(string id, string name, string note) => new(new Id<Party>(id), PartyKind.OtherEntity, One(name), provenance: Noted(note, EurasiaMagazineTurksoy, EtblTurksoy));

    private static Party Legislature(string id, string name, string state) => new(new Id<Party>(id), PartyKind.Legislature, One(name), stateOf: new Id<Party>(state));

    private static IEnumerable<Party> Parties()
    {
        yield return State("aze", "Azerbaijan", "AZE");
        yield return State("kaz", "Kazakhstan", "KAZ");
        yield return State("kgz", "Kyrgyzstan", "KGZ");
        yield return new Party(
            new Id<Party>("tur"),
            PartyKind.State,
            Timeline.Exclusive(E(DateRange.Until(D("2022-06-01")), "Turkey"), E(DateRange.From(D("2022-06-01")), "Türkiye")),
            "TUR",
            identifiers: [new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha3, "TUR")],
            provenance: P(TurkiyeName));
        yield return State("uzb", "Uzbekistan", "UZB");
        yield return State("tkm", "Turkmenistan", "TKM");
        yield return State("hun", "Hungary", "HUN");
        yield return new Party(
            new Id<Party>("trnc"),
            PartyKind.OtherEntity,
            One("Northern Cyprus"),
            provenance: new Provenance([OtsAbout], isDisputed: true, note: "The Turkish Republic of Northern Cyprus is recognised only by Türkiye; Cyprus disputes its observer status in the OTS and TURKPA."));
        yield return new Party(
            new Id<Party>("tatarstan"),
            PartyKind.OtherEntity,
            One("Tatarstan"),
            provenance: Noted("The Republic of Tatarstan, a constituent republic of the Russian Federation and an observer in TÜRKSOY, whose minister of culture took part in its Permanent Council.", EVidTurksoy22nd, TdbbKazan));
        yield return TurksoyObserver("altai", "Altai Republic", "The Altai Republic, a constituent republic of the Russian Federation and an observer in TÜRKSOY since 2003.");
        yield return TurksoyObserver("bashkortostan", "Bashkortostan", "The Republic of Bashkortostan, a constituent republic of the Russian Federation and an observer in TÜRKSOY.");
        yield return TurksoyObserver("khakassia", "Khakassia", "The Republic of Khakassia, a constituent republic of the Russian Federation and an observer in TÜRKSOY.");
        yield return TurksoyObserver("sakha", "Sakha (Yakutia)", "The Republic of Sakha (Yakutia), a constituent republic of the Russian Federation and an observer in TÜRKSOY since 2003.");
        yield return TurksoyObserver("tuva", "Tuva", "The Republic of Tuva (Tyva), a constituent republic of the Russian Federation and an observer in TÜRKSOY.");
        yield return TurksoyObserver("gagauzia", "Gagauzia", "The Autonomous Territorial Unit of Gagauzia, in the Republic of Moldova, and an observer in TÜRKSOY.");
        yield return new Party(new Id<Party>("eco"), PartyKind.Organization, One("Economic Cooperation Organization"), provenance: P(OtsAbout));
        yield return Legislature("aze-milli-majlis", "Milli Majlis of Azerbaijan", "aze");
        yield return Legislature("kaz-parliament", "Parliament of Kazakhstan", "kaz");
        yield return Legislature("kgz-jogorku-kenesh", "Jogorku Kenesh of Kyrgyzstan", "kgz");
        yield return new Party(
            new Id<Party>("tur-gnat"),
            PartyKind.Legislature,
            Timeline.Exclusive(E(DateRange.Until(D("2022-06-01")), "Grand National Assembly of Turkey"), E(DateRange.From(D("2022-06-01")), "Grand National Assembly of Türkiye")),
            stateOf: new Id<Party>("tur"),
            provenance: P(TurkiyeName));
        yield return Legislature("hun-national-assembly", "National Assembly of Hungary", "hun");
        yield return Legislature("trnc-assembly", "Assembly of the Republic of Northern Cyprus", "trnc");
    }

    private static Organization Turkpa()
    {
        var sessions = new Session[]
        {
            new(new Id<Session>("plenary-1"), "plenary", 1, SessionKind.Regular, D("2009-09-29"), new Place("Baku", country: new Id<Party>("aze")), host: new Id<Party>("aze-milli-majlis"),
                documents:
                [
                    new AdoptedDocument("Rules of Procedure of TURKPA", DocumentKind.Regulation),
                    new AdoptedDocument("Regulations of the Secretariat", DocumentKind.Regulation),
                    new AdoptedDocument("Baku Declaration", DocumentKind.Declaration),
                    new AdoptedDocument("Statement on the permanent seat of the Secretariat in Baku", DocumentKind.Decision),
                ],
                provenance: P(Seed, MfaAzTurkpa, TurkpaWikipedia)),
            new(new Id<Session>("plenary-2"), "plenary", 2, SessionKind.Regular, D("2011-04-27"), new Place("Astana", country: new Id<Party>("kaz")), D("2011-04-28"), new Id<Party>("kaz-parliament"), provenance: P(MfaAzTurkpa)),
            new(new Id<Session>("plenary-3"), "plenary", 3, SessionKind.Regular, D("2012-06-14"), new Place("Bishkek", country: new Id<Party>("kgz")), D("2012-06-15"), new Id<Party>("kgz-jogorku-kenesh"), provenance: P(MfaAzTurkpa)),
            new(new Id<Session>("plenary-4"), "plenary", 4, SessionKind.Regular, D("2013-06-11"), new Place("Ankara", country: new Id<Party>("tur")), host: new Id<Party>("tur-gnat"), provenance: P(MfaAzTurkpa)),
            new(new Id<Session>("plenary-5"), "plenary", 5, SessionKind.Regular, D("2014-06-12"), new Place("Baku", country: new Id<Party>("aze")), D("2014-06-13"), new Id<Party>("aze-milli-majlis"), provenance: P(TurkpaFifthPlenary, InformSixthChair)),
            new(new Id<Session>("plenary-6"), "plenary", 6, SessionKind.Regular, D("2015-12-03"), new Place("Astana", country: new Id<Party>("kaz")), D("2015-12-04"), new Id<Party>("kaz-parliament"), provenance: P(InformSixthPreview, InformSixthChair, RferlSixthPlenary)),
            new(new Id<Session>("plenary-7"), "plenary", 7, SessionKind.Regular, D("2017-12-08"), new Place("Bishkek", country: new Id<Party>("kgz")), host: new Id<Party>("kgz-jogorku-kenesh"), provenance: P(Inform8thPlenary, InformMamaiusupov)),
            new(new Id<Session>("plenary-8"), "plenary", 8, SessionKind.Regular, D("2018-11-20"), new Place("Izmir", country: new Id<Party>("tur")), D("2018-11-21"), new Id<Party>("tur-gnat"),
                [new AdoptedDocument("Izmir Declaration", DocumentKind.Declaration)],
                provenance: Noted("Kazinform gives 20–21 November 2018 (the plenary on Tuesday the 20th); the OTS secretariat's report dates the plenary 21 November 2018.", InformIzmirPreview, Inform8thPlenary)),
            new(new Id<Session>("council-9"), "council", 9, SessionKind.Regular, D("2019-12-18"), new Place("Baku", country: new Id<Party>("aze")), host: new Id<Party>("aze-milli-majlis"), provenance: P(Trend9thCouncil)),
            new(new Id<Session>("plenary-10"), "plenary", 10, SessionKind.Regular, D("2021-09-28"), new Place("Turkistan", country: new Id<Party>("kaz")), host: new Id<Party>("kaz-parliament"),
                documents: [new AdoptedDocument("Turkistan Declaration", DocumentKind.Declaration)], provenance: P(Kg24Turkistan, DailySabahEr)),
            new(new Id<Session>("plenary-11"), "plenary", 11, SessionKind.Regular, D("2022-06-23"), new Place("Cholpon-Ata", country: new Id<Party>("kgz")), D("2022-06-24"), new Id<Party>("kgz-jogorku-kenesh"),
                [new AdoptedDocument("Cholpon-Ata Declaration", DocumentKind.Declaration), new AdoptedDocument("Decision to rename the Assembly the Parliamentary Assembly of Turkic States", DocumentKind.Decision)],
                P(NewsAzCholponAta)),
            new(new Id<Session>("plenary-12"), "plenary", 12, SessionKind.Regular, D("2023-04-28"), new Place("Ankara", country: new Id<Party>("tur")), host: new Id<Party>("tur-gnat"),
                documents: [new AdoptedDocument("Ankara Declaration", DocumentKind.Declaration), new AdoptedDocument("Decision granting observer status to the Assembly of the Republic of Northern Cyprus", DocumentKind.Decision)],
                provenance: P(Tdbb12th)),
            new(new Id<Session>("plenary-13"), "plenary", 13, SessionKind.Regular, D("2024-06-06"), new Place("Baku", country: new Id<Party>("aze")), host: new Id<Party>("aze-milli-majlis"),
                documents: [new AdoptedDocument("Baku Declaration", DocumentKind.Declaration)], provenance: P(Trend13th, TurkicAcademy13th)),
            new(new Id<Session>("plenary-14"), "plenary", 14, SessionKind.Regular, D("2025-06-11"), new Place("Astana", country: new Id<Party>("kaz")), D("2025-06-12"), new Id<Party>("kaz-parliament"),
                [new AdoptedDocument("Astana Declaration", DocumentKind.Declaration)], P(Caliber14th, NewsAzHasan, TrendAzeToKaz)),
        };

        var founding = new StatusSpan(MembershipStatus.Full, MembershipChangeReason.Founding, provenance: P(Seed, TurkpaWikipedia));
        Membership Founder(string party) => new(new Id<Party>(party), One(founding, DateRange.From(D("2008-11-21"))));

        return new Organization(
            new Id<Organization>("turkpa"),
            OrganizationClassification.ParliamentaryAssembly,
            Timeline.Exclusive(
                E(DateRange.Between(D("2008-11-21"), D("2022-06-24")), new OrganizationName("Parliamentary Assembly of Turkic-Speaking Countries", "TURKPA", P(Seed, MfaAzTurkpa))),
                E(DateRange.From(D("2022-06-24")), new OrganizationName("Parliamentary Assembly of Turkic States", "TURKPA", P(Seed, NewsAzCholponAta, TurkpaWikipedia)))),
            founded: D("2008-11-21"),
            relations: [new OrganizationRelation(RelationKind.Affiliation, new Id<Organization>("ots"), provenance: P(OtsWikipedia))],
            succession: [new SuccessionEvent(SuccessionKind.Renamed, D("2022-06-24"), provenance: P(NewsAzCholponAta))],
            memberships:
            [
                Founder("aze-milli-majlis"),
                Founder("kaz-parliament"),
                Founder("kgz-jogorku-kenesh"),
                Founder("tur-gnat"),
                new Membership(new Id<Party>("hun-national-assembly"), One(new StatusSpan(MembershipStatus.Observer, MembershipChangeReason.Admission, provenance: P(TurkpaWikipedia2022)), DateRange.From(D("2014-06")))),
                new Membership(new Id<Party>("trnc-assembly"), One(
                    new StatusSpan(MembershipStatus.Observer, MembershipChangeReason.Admission, provenance: new Provenance([Tdbb12th], isDisputed: true, note: "Cyprus does not recognise the Turkish Republic of Northern Cyprus and disputes its standing.")),
                    DateRange.From(D("2023-04-28")))),
            ],
            agreements:
            [
                new Agreement(
                    new Id<Agreement>("istanbul-agreement"),
                    AgreementKind.Founding,
                    "Agreement on the Parliamentary Assembly of Turkic-Speaking Countries (Istanbul Agreement)",
                    D("2008-11-21"),
                    new Place("Istanbul", "Dolmabahçe Palace", new Id<Party>("tur")),
                    [
                        new Signatory(new Id<Party>("aze-milli-majlis"), "Head of Parliament"),
                        new Signatory(new Id<Party>("kaz-parliament"), "Head of Parliament"),
                        new Signatory(new Id<Party>("kgz-jogorku-kenesh"), "Head of Parliament"),
                        new Signatory(new Id<Party>("tur-gnat"), "Head of Parliament"),
                    ],
                    provenance: P(Seed, TurkpaWikipedia)),
                new Agreement(new Id<Agreement>("turkpa-hq-agreement"), AgreementKind.Headquarters, "Headquarters Agreement between the Republic of Azerbaijan and TURKPA", D("2010-03-30"), provenance: P(MfaAzTurkpa)),
            ],
            sessions: sessions.ToEquatableArray(),
            secretariat: new Secretariat(
                One(new Seat(new Place("Baku", country: new Id<Party>("aze")), isPermanent: true, D("2009-09-29"), P(Seed, MfaAzTurkpa)), DateRange.From(D("2009-09-29"))),
                new Id<Agreement>("turkpa-hq-agreement"),
                new Id<Post>(Post.SecretaryGeneral)),
            posts:
            [
                new Post(new Id<Post>(Post.SecretaryGeneral), "Secretary-General", Timeline.Exclusive(
                    E(DateRange.Between(D("[2009-09-29..2010-01-12]"), D("2013-10-01")), new Tenure(RamilHasan, electedOn: D("2009-09-29"), nominatedBy: new Id<Party>("aze-milli-majlis"),
                        provenance: Noted("The 2009 and 2013 sources name him Ramil Hasanov; the 2025 sources name the Azerbaijani diplomat Ramil Hasan. Treated as one person. Elected at the first plenary session on 29 September 2009 and speaking as Secretary General by 12 January 2010, when the Assembly was reported officially launched (its Secretariat started work on 15 January 2010); the day he took office is not recorded, so it is one of the days between.", MfaAzTurkpa, ApaTurkpaLaunched, TurkpaHasanovSpeech2012, MgorodAsanov, Seed))),
                    E(DateRange.Between(D("2013-10-01"), D("[2017-12-08..2017-12-29]")), new Tenure(new Person(new Id<Person>("jandos-asanov"), "Jandos Asanov"), nominatedBy: new Id<Party>("kaz-parliament"),
                        provenance: Noted("He served until his successor took office, on a day from 8 December 2017 (the election) to 29 December 2017 (when the successor was received as Secretary General); the day is not recorded.", MgorodAsanov, InformMamaiusupov, NewsAzMamayusupov))),
                    E(DateRange.Between(D("[2017-12-08..2017-12-29]"), D("[2021-09-29..2021-11-20]")), new Tenure(new Person(new Id<Person>("altynbek-mamaiusupov"), "Altynbek Mamaiusupov", ["Altynbek Mamayussupov", "Altinbek Mamayusupov"]), electedOn: D("2017-12-08"), nominatedBy: new Id<Party>("kgz-jogorku-kenesh"),
                        provenance: Noted("Elected at the Council's session in Bishkek on 8 December 2017 and received as Secretary General in Baku by 29 December 2017; the day he took office is not recorded, so it is one of the days between. He took part as Secretary General in the Council's meeting of 28 September 2021, which appointed his successor.", Inform8thPlenary, InformMamaiusupov, NewsAzMamayusupov, DailySabahEr))),
                    E(DateRange.Between(D("[2021-09-29..2021-11-20]"), D("2025-10-15")), new Tenure(new Person(new Id<Person>("mehmet-sureyya-er"), "Mehmet Süreyya Er"), electedOn: D("2021-09-28"), nominatedBy: new Id<Party>("tur-gnat"),
                        provenance: Noted("Appointed on 28 September 2021 for four years, at a meeting his predecessor attended as Secretary General, and wished success in his new office by the Speaker of Azerbaijan's parliament on 20 November 2021; the day he took office is not recorded, so it is one of the days between.", DailySabahEr, NewsAzErGafarova))),
                    E(DateRange.From(D("2025-10-15")), new Tenure(RamilHasan, electedOn: D("2025-06-12"), nominatedBy: new Id<Party>("aze-milli-majlis"), provenance: P(NewsAzHasan, CentralAsiaHasan, Seed))))),
                new Post(new Id<Post>("deputy-secretary-general"), "Deputy Secretary-General", Timeline.AllowingOverlaps(
                    E(DateRange.WithUnknownEnd(D("2009-09-29")), new Tenure(new Person(new Id<Person>("mels-semgaliyev"), "Mels Semgaliyev"), electedOn: D("2009-09-29"), nominatedBy: new Id<Party>("kaz-parliament"), provenance: P(MfaAzTurkpa))),
                    E(DateRange.WithUnknownEnd(D("2009-09-29")), new Tenure(new Person(new Id<Person>("avazbek-atakhanov"), "Avazbek Atakhanov"), electedOn: D("2009-09-29"), nominatedBy: new Id<Party>("kgz-jogorku-kenesh"), provenance: P(MfaAzTurkpa))),
                    E(DateRange.WithUnknownEnd(D("2009-09-29")), new Tenure(new Person(new Id<Person>("kursad-melih-sariarslan"), "Kurshad Melih Sariarslan"), electedOn: D("2009-09-29"), nominatedBy: new Id<Party>("tur-gnat"), provenance: P(MfaAzTurkpa)))),
                    maxHolders: 3),
            ],
            chairTerms: Timeline.Exclusive(
                E(DateRange.Between(D("2009-09-29"), D("2011-04-27")), new ChairTerm(new Id<Party>("aze-milli-majlis"), new Id<Session>("plenary-1"), new Id<Session>("plenary-2"),
                    provenance: Noted("Azerbaijan's Speaker opened the 2nd plenary, in Astana in April 2011, as the Council's chairman-in-office, and Kazakhstan's took the chairmanship there. That Azerbaijan held it from the 1st plenary, in Baku on 29 September 2009, is inferred from the practice the later plenaries show: the parliament that hosts a plenary takes the chairmanship there.", TodayAzTurkpa2nd, MfaAzTurkpa, TurkpaFifthPlenary))),
                E(DateRange.Between(D("2011-04-27"), D("2012-06-14")), new ChairTerm(new Id<Party>("kaz-parliament"), new Id<Session>("plenary-2"), new Id<Session>("plenary-3"),
                    provenance: Noted("Kazakhstan's Speaker took over the chairmanship at the 2nd plenary, in Astana in April 2011; Kyrgyzstan's chairmanship ran from June 2012, the 3rd plenary in Bishkek.", TodayAzTurkpa2nd, KnewsKgzHandover, MfaAzTurkpa))),
                E(DateRange.Between(D("2012-06-14"), D("2013-06-11")), new ChairTerm(new Id<Party>("kgz-jogorku-kenesh"), new Id<Session>("plenary-3"), new Id<Session>("plenary-4"),
                    provenance: Noted("Kyrgyzstan's Speaker reported on its chairmanship of June 2012 to June 2013 and handed it to Türkiye at the meetings in Ankara in June 2013.", KnewsKgzHandover, MfaAzTurkpa))),
                E(DateRange.Between(D("2013-06-11"), D("2014-06-12")), new ChairTerm(new Id<Party>("tur-gnat"), new Id<Session>("plenary-4"), new Id<Session>("plenary-5"), provenance: P(MfaAzTurkpa, TurkpaFifthPlenary))),
                E(DateRange.Between(D("2014-06-12"), D("2015-12-03")), new ChairTerm(new Id<Party>("aze-milli-majlis"), new Id<Session>("plenary-5"), new Id<Session>("plenary-6"), provenance: P(TurkpaFifthPlenary, InformSixthChair))),
                E(DateRange.Between(D("2015-12-03"), D("2017-12-08")), new ChairTerm(new Id<Party>("kaz-parliament"), new Id<Session>("plenary-6"), new Id<Session>("plenary-7"), provenance: P(InformSixthChair, InformMamaiusupov))),
                E(DateRange.Between(D("2017-12-08"), D("2018-11-20")), new ChairTerm(new Id<Party>("kgz-jogorku-kenesh"), new Id<Session>("plenary-7"), new Id<Session>("plenary-8"), provenance: P(InformMamaiusupov, InformIzmirPreview))),
                E(DateRange.Between(D("2018-11-20"), D("2019-12-18")), new ChairTerm(new Id<Party>("tur-gnat"), new Id<Session>("plenary-8"), new Id<Session>("council-9"), provenance: P(InformIzmirPreview, Trend9thCouncil))),
                E(DateRange.Between(D("2019-12-18"), D("2021-09-28")), new ChairTerm(new Id<Party>("aze-milli-majlis"), new Id<Session>("council-9"), new Id<Session>("plenary-10"), provenance: P(Trend9thCouncil, DailySabahEr))),
                E(DateRange.Between(D("2021-09-28"), D("2022-06-24")), new ChairTerm(new Id<Party>("kaz-parliament"), new Id<Session>("plenary-10"), new Id<Session>("plenary-11"), provenance: P(DailySabahEr, NewsAzCholponAta))),
                E(DateRange.Between(D("2022-06-24"), D("2023-04-28")), new ChairTerm(new Id<Party>("kgz-jogorku-kenesh"), new Id<Session>("plenary-11"), new Id<Session>("plenary-12"), provenance: P(NewsAzCholponAta, Tdbb12th))),
                E(DateRange.Between(D("2023-04-28"), D("2024-06-06")), new ChairTerm(new Id<Party>("tur-gnat"), new Id<Session>("plenary-12"), new Id<Session>("plenary-13"), provenance: P(Tdbb12th, Trend13th))),
                E(DateRange.Between(D("2024-06-06"), D("2025-06-12")), new ChairTerm(new Id<Party>("aze-milli-majlis"), new Id<Session>("plenary-13"), new Id<Session>("plenary-14"), provenance: P(Trend13th, TrendAzeToKaz))),
                E(DateRange.Between(D("2025-06-12"), D("2026")), new ChairTerm(
                    new Id<Party>("kaz-parliament"),
                    new Id<Session>("plenary-14"),
                    actingPersons: One(new Person(new Id<Person>("yerlan-koshanov"), "Yerlan Koshanov"), DateRange.Between(D("2025-06-12"), D("2026"))),
                    provenance: Noted(
                        "The chair passes at the 15th plenary, which the 14th scheduled for 2026 in Kyrgyzstan and which was still being prepared in Bishkek in March 2026; that plenary is not recorded, so the term ends on a day in 2026 that is not known.",
                        TrendAzeToKaz, ReportKoshanov, Seed, KgNextPlenary, ReportBishkekPlenary)))),
            provenance: P(Seed, TurkpaWikipedia, MfaAzTurkpa),
            chairRotation: new RotationRule(
                RotationOrder.HostOfNextSession("plenary"),
                RotationPeriod.SessionToSession,
                new RotationAnchor(new Id<Party>("kgz-jogorku-kenesh"), new NodaTime.LocalDate(2017, 12, 8)),
                provenance: Noted("The chairmanship passes at each plenary session to the parliament that hosts it, as these reports of the handovers describe; in 2019 it passed at a Council meeting in Baku instead.", InformMamaiusupov, Trend9thCouncil, TrendAzeToKaz)));
    }

    private static Organization Ots()
    {
        var founding = new StatusSpan(MembershipStatus.Full, MembershipChangeReason.Founding, provenance: P(OtsAbout, NakhchivanText));
        Membership Founder(string party) => new(new Id<Party>(party), One(founding, DateRange.From(D("2010-11-17"))));
        Membership Observer(string party, string from, Provenance provenance) =>
            new(new Id<Party>(party), One(new StatusSpan(MembershipStatus.Observer, MembershipChangeReason.Admission, provenance: provenance), DateRange.From(D(from))));
        Session Summit(int n, string date, string city, string host, params Source[] sources) =>
            new(new Id<Session>($"summit-{n}"), "summit", n, SessionKind.Regular, D(date), new Place(city, country: new Id<Party>(host)), host: new Id<Party>(host), provenance: P(sources));
        TimelineEntry<ChairTerm> Chair(string holder, int from, int to, params Source[] sources) =>
            E(DateRange.Between(Summits[from - 1], Summits[to - 1]), new ChairTerm(new Id<Party>(holder), new Id<Session>($"summit-{from}"), new Id<Session>($"summit-{to}"),
                provenance: from < 7
                    ? Inferred("The chair passes to the host of each summit (OTS practice); the terms before 2019 are inferred from that practice and the summit hosts.", sources)
                    : Noted("The chair passes to the host of each summit (OTS practice).", sources)));

        return new Organization(
            new Id<Organization>("ots"),
            OrganizationClassification.IntergovernmentalOrganization,
            Timeline.Exclusive(
                E(DateRange.Between(D("2009-10-03"), D("2021-11-12")), new OrganizationName("Cooperation Council of Turkic Speaking States", "Turkic Council", P(OtsAbout))),
                E(DateRange.From(D("2021-11-12")), new OrganizationName("Organization of Turkic States", "OTS",
                    Noted("Renamed at the 8th summit, Istanbul, 12 November 2021; Kazinform gives 14 November 2021.", TrtRename, SummitList, InformSamarkand)))),
            founded: D("2009-10-03"),
            relations: [new OrganizationRelation(RelationKind.Affiliation, new Id<Organization>("turkpa"), provenance: P(OtsWikipedia))],
            succession: [new SuccessionEvent(SuccessionKind.Renamed, D("2021-11-12"), provenance: P(TrtRename, SummitList))],
            memberships:
            [
                Founder("aze"),
                Founder("kaz"),
                Founder("kgz"),
                Founder("tur"),
                new Membership(new Id<Party>("uzb"), One(
                    new StatusSpan(MembershipStatus.Full, MembershipChangeReason.Accession,
                        provenance: Noted("The Nakhchivan Agreement entered into force for Uzbekistan on 14 October 2019, 30 days after its ratification of 14 September 2019; the OTS says it joined at the Baku summit of 15 October 2019.", NewsAzUzbekRatification, AnadoluUzbekEntryIntoForce, OtsAbout, SummitList)),
                    DateRange.From(D("2019-10-14")))),
                Observer("hun", "2018-09-02", P(OtsAbout, SummitList)),
                Observer("tkm", "2021-11-12", P(OtsAbout, TrtRename)),
                Observer("trnc", "2022-11", new Provenance([OtsAbout], isDisputed: true, note: "Cyprus and the European Union reject the observer status of the Turkish Republic of Northern Cyprus.")),
                Observer("eco", "2023", Noted("The OTS gives only the year.", OtsAbout)),
            ],
            agreements:
            [
                new Agreement(
                    new Id<Agreement>("nakhchivan-agreement"),
                    AgreementKind.Founding,
                    "Nakhchivan Agreement on the Establishment of the Cooperation Council of Turkic Speaking States",
                    D("2009-10-03"),
                    new Place("Nakhchivan", country: new Id<Party>("aze")),
                    [new Signatory(new Id<Party>("aze"), "Head of State"), new Signatory(new Id<Party>("kaz"), "Head of State"), new Signatory(new Id<Party>("kgz"), "Head of State"), new Signatory(new Id<Party>("tur"), "Head of State")],
                    [new Consent(new Id<Party>("uzb"), ConsentKind.Accession, D("2019-09-14"), provenance: P(NewsAzUzbekRatification))],
                    rule: new EntryIntoForceRule(3, 30, 30, "This Agreement shall enter into force on the thirtieth day after the receipt of the third written notification by the depositary."),
                    recordedEntryIntoForce: D("2010-11-17"),
                    provenance: P(NakhchivanText, OtsSummits)),
            ],
            sessions:
            [
                new Session(new Id<Session>("summit-2009-nakhchivan"), "summit", null, SessionKind.Regular, D("2009-10-03"), new Place("Nakhchivan", country: new Id<Party>("aze")), host: new Id<Party>("aze"),
                    provenance: Noted("The 9th Summit of the Heads of Turkic-Speaking States, at which the Nakhchivan Agreement was signed; the Council numbers its own summits from Almaty (2011).", MfaAzTurkicCouncil, PresidentAz10thSummit)),
                new Session(new Id<Session>("summit-2010-istanbul"), "summit", null, SessionKind.Regular, D("2010-09-16"), new Place("Istanbul", country: new Id<Party>("tur")), host: new Id<Party>("tur"),
                    provenance: Noted("The 10th Summit of the Heads of Turkic-Speaking States, which set up the Council's organs and appointed its first Secretary-General.", PresidentAz10thSummit, TrendIstanbulOpens)),
                Summit(1, "2011-10-21", "Almaty", "kaz", SummitList),
                Summit(2, "2012-08-23", "Bishkek", "kgz", SummitList),
                Summit(3, "2013-08-16", "Gabala", "aze", SummitList),
                Summit(4, "2014-06-05", "Bodrum", "tur", SummitList),
                Summit(5, "2015-09-11", "Astana", "kaz", SummitList),
                new Session(new Id<Session>("summit-6"), "summit", 6, SessionKind.Regular, D("2018-09-02"), new Place("Cholpon-Ata", country: new Id<Party>("kgz")), host: new Id<Party>("kgz"),
                    provenance: new Provenance([SummitList, OtsAbout, MfaKzTurkicCouncil], isDisputed: true, note: "Wikipedia's list of summits dates the 6th summit 2 September 2018; the Kazakh foreign ministry dates it 3 September 2018.")),
                Summit(7, "2019-10-15", "Baku", "aze", SummitList),
                Summit(8, "2021-11-12", "Istanbul", "tur", TrtRename, SummitList),
                Summit(9, "2022-11-11", "Samarkand", "uzb", YeniSafakOmuraliev, InformSamarkand),
                Summit(10, "2023-11-03", "Astana", "kaz", OtsSummits),
                Summit(11, "2024-11-06", "Bishkek", "kgz", AsiaPlusBishkek),
                new Session(new Id<Session>("summit-12"), "summit", 12, SessionKind.Regular, D("2025-10-07"), new Place("Gabala", country: new Id<Party>("aze")), host: new Id<Party>("aze"),
                    documents: [new AdoptedDocument("Gabala Declaration", DocumentKind.Declaration)],
                    provenance: new Provenance([Seed, ReportGabala, NewsCentralAsiaGabala, ReportGabalaDays], isDisputed: true, note: "The Council of Heads of State met on 7 October 2025, as the reports of the summit say; the OTS announced the summit for 6–7 October and Report.az dates it so.")),
                new Session(new Id<Session>("extraordinary-2020"), "summit", null, SessionKind.Extraordinary, D("2020-04-10"), new Place("Baku", country: new Id<Party>("aze")), host: new Id<Party>("aze"), format: SessionFormat.Videoconference,
                    provenance: Noted("Held by videoconference on 10 April 2020 on the fight against the COVID-19 pandemic, convened on the initiative of Azerbaijan's President as chairman of the Council.", AzertagOtsExtraordinary2020, TrendOtsExtraordinary2020)),
                new Session(new Id<Session>("informal-2021-turkistan"), "summit", null, SessionKind.Informal, D("2021-03-31"), new Place("Turkistan", country: new Id<Party>("kaz")), host: new Id<Party>("kaz"), format: SessionFormat.Videoconference,
                    provenance: Noted("Scheduled for Turkistan and held on the same day by videoconference, on Kazakhstan's initiative, opened and moderated by its President; the record keeps Turkistan, the announced venue, as its place.", NewsAzOtsInformal2021, MinaOtsInformal2021)),
                new Session(new Id<Session>("extraordinary-2023-ankara"), "summit", null, SessionKind.Extraordinary, D("2023-03-16"), new Place("Ankara", country: new Id<Party>("tur")), host: new Id<Party>("tur"),
                    provenance: Noted("An extraordinary summit on disaster-emergency management and humanitarian assistance after the earthquakes of February 2023, hosted by Türkiye's President; first due in Shusha, it was moved to Ankara at Azerbaijan's proposal.", TrendOtsAnkara2023, ANewsOtsAnkara2023)),
                new Session(new Id<Session>("informal-2024-shusha"), "summit", null, SessionKind.Informal, D("2024-07"), new Place("Shusha", country: new Id<Party>("aze")), host: new Id<Party>("aze"), provenance: P(OtsSummits)),
                new Session(new Id<Session>("informal-2026-turkistan"), "summit", null, SessionKind.Informal, D("2026-05"), new Place("Turkistan", country: new Id<Party>("kaz")), host: new Id<Party>("kaz"),
                    provenance: Noted("Announced for May 2026 (earlier for April); recorded from the announcements, as no report of the summit itself was read.", VestiTurkistanInformal, ReportOtsNextSummit)),
            ],
            secretariat: new Secretariat(One(new Seat(new Place("Istanbul", country: new Id<Party>("tur")), provenance: P(OtsSummits)), DateRange.From(D("2010"))), headPost: new Id<Post>(Post.SecretaryGeneral)),
            posts:
            [
                new Post(new Id<Post>(Post.SecretaryGeneral), "Secretary-General", Timeline.Exclusive(
                    E(DateRange.Between(D("2010-09-15"), D("2014")), new Tenure(new Person(new Id<Person>("halil-akinci"), "Halil Akıncı"), electedOn: D("2010-09-15"), nominatedBy: new Id<Party>("tur"),
                        provenance: Noted("His successor had taken office by December 2014; the day he left is not recorded, only the year.", OtsSummits, SpeakingStatesSummits, OtsHasanovReceived))),
                    E(DateRange.Between(D("2014"), D("2018-09")), new Tenure(RamilHasan, nominatedBy: new Id<Party>("aze"),
                        provenance: Noted("Received by the chair, President Erdoğan, on 29 December 2014 as the Secretary General who had recently taken office; still in office in April 2018. The OTS names him Ramil Hasanov; treated as the same person as TURKPA's Ramil Hasan.", OtsHasanovReceived, OtsHasanovPress2016))),
                    E(DateRange.Between(D("2018-09"), D("2022-11-14")), new Tenure(new Person(new Id<Person>("baghdad-amreyev"), "Baghdad Amreyev"), electedOn: D("2018-09"), nominatedBy: new Id<Party>("kaz"),
                        provenance: Noted("Appointed at the 6th summit in Cholpon-Ata; the Kazakh foreign ministry gives 3 September 2018 for the summit and his start, Wikipedia dates the summit 2 September, so only the month is kept.", AmreyevAppointed, MfaKzTurkicCouncil, YeniSafakOmuraliev))),
                    E(DateRange.From(D("2022-11-14")), new Tenure(new Person(new Id<Person>("kubanychbek-omuraliev"), "Kubanychbek Omuraliev", ["Kubanychbek Omuraliyev"]), electedOn: D("2022-11-11"), nominatedBy: new Id<Party>("kgz"),
                        provenance: Noted("Appointed at the Samarkand summit on Friday 11 November 2022, for the three-year term of the post; took over at a handover ceremony the following Monday. Still Secretary General at the Gabala summit of October 2025 and in March 2026, past that term; how his mandate was extended is not recorded.", YeniSafakOmuraliev, TodayAzOmuraliev, QazinformGabalaOmuraliev, ReportOtsIstanbulMeeting))))),
                new Post(new Id<Post>("honorary-chairman"), "Honorary Chairman", One(new Tenure(new Person(new Id<Person>("nursultan-nazarbayev"), "Nursultan Nazarbayev"), TenureRole.Honorary, provenance: P(OtsWikipedia)))),
            ],
            chairTerms: Timeline.Exclusive(
                E(DateRange.Between(D("2009-10-03"), D("2010-09-16")), new ChairTerm(new Id<Party>("aze"), new Id<Session>("summit-2009-nakhchivan"), new Id<Session>("summit-2010-istanbul"),
                    nonMemberReason: "The Nakhchivan Agreement entered into force on 17 November 2010; until then the chair was that of the summits of the Turkic-speaking states that founded the Council.",
                    provenance: Inferred("Inferred from the practice that the host of a summit chairs until the next one: Azerbaijan hosted the Nakhchivan summit that signed the Agreement.", MfaAzTurkicCouncil, PresidentAz10thSummit))),
                E(DateRange.Between(D("2010-09-16"), D("2011-10-21")), new ChairTerm(new Id<Party>("tur"), new Id<Session>("summit-2010-istanbul"), new Id<Session>("summit-1"),
                    nonMemberReason: "The Nakhchivan Agreement entered into force on 17 November 2010, two months into this term; until then the chair was that of the summits of the Turkic-speaking states that founded the Council.",
                    provenance: Noted("The Istanbul summit opened under Turkey's chairmanship; Kazakhstan took over as host of the first summit of the Council in Almaty.", TrendIstanbulOpens, PresidentAz10thSummit, SummitList))),
                Chair("kaz", 1, 2, SummitList),
                Chair("kgz", 2, 3, SummitList),
                Chair("aze", 3, 4, SummitList),
                Chair("tur", 4, 5, SummitList),
                Chair("kaz", 5, 6, SummitList),
                Chair("kgz", 6, 7, SummitList),
                Chair("aze", 7, 8, SummitList),
                Chair("tur", 8, 9, TrtRename),
                Chair("uzb", 9, 10, InformSamarkand),
                Chair("kaz", 10, 11, AsiaPlusBishkek),
                Chair("kgz", 11, 12, AsiaPlusBishkek),
                E(DateRange.Between(Summits[11], D("2026")), new ChairTerm(new Id<Party>("aze"), new Id<Session>("summit-12"),
                    provenance: Noted("Azerbaijan took the chair at the 12th summit, which it hosted, for the year to the next summit, expected in Türkiye at the end of 2026; that summit is not recorded, so the term ends on a day in 2026 that is not known.", Seed, ReportGabala, AzertagGabalaOutcomes, ReportOtsNextSummit)))),
            provenance: P(OtsAbout, OtsWikipedia),
            chairRotation: new RotationRule(
                RotationOrder.HostOfNextSession("summit"),
                RotationPeriod.SessionToSession,
                new RotationAnchor(new Id<Party>("kaz"), new NodaTime.LocalDate(2011, 10, 21)),
                provenance: Noted("The state that hosts each summit takes the chairmanship there and holds it until the next summit, as the list of summits shows.", SummitList, OtsAbout)));
    }

    /// <summary>
    /// TURKSOY: its names (renamed in 2009), its members as the COW IGO data records them (known only to
    /// the year) and as TURKSOY lists them today, its founding Agreement, the meetings of its Permanent Council since
    /// 2014 (and the 24th to 26th, of 2008–2009), its Coordinators (chairs) of 2008–2009 and since November 2014, its
    /// seat and its Secretaries General since its founding (1993).
    /// </summary>
    private static Organization Turksoy()
    {
        var cow = Noted("COW v3 codes these six states as full members every year from 1993 to 2013 (2014 is coded missing, -9); TURKSOY lists them as its member states today.", CowIgoV3, TurksoyAbout);
        Membership Member(string party) => new(new Id<Party>(party), One(new StatusSpan(MembershipStatus.Full, MembershipChangeReason.Founding, provenance: cow), DateRange.From(D("1993"))));
        const string RussianRegions = " In November 2015 Russia's Ministry of Culture told the six Russian regions with observer status to end all contacts with TÜRKSOY, and Bashkortostan suspended its cooperation; no source read says that the status itself ended, and TÜRKSOY lists them as observers, so it is recorded as continuing.";
        const string JoinedLater = "TÜRKSOY lists it among the observers that joined after the founding; when it was admitted is not recorded. Its minister of culture sat in the 22nd meeting of the Permanent Council (Kazan, opened 14 December 2004) beside the member states' ministers, so the status is taken to begin on one of the days from the founding Agreement (12 July 1993) to that meeting: 'possibly' before it, certainly from it.";
        var admittedAtThe19th = Noted("Admitted with observer status at the 19th meeting of the Permanent Council, in Baku on 5–6 February 2003, on the proposal of Azerbaijan and Kazakhstan; the communiqué does not say on which of the two days." + RussianRegions, BilgicikTurksoy19th, EurasiaMagazineTurksoy, EtblTurksoy, ScrilMedinskyTurksoy);
        var russianObserverByThe22nd = Inferred(JoinedLater + RussianRegions, EurasiaMagazineTurksoy, EtblTurksoy, EVidTurksoy22nd, ScrilMedinskyTurksoy, Ufa1BashkiriaTurksoy);
        var observerByThe22nd = Inferred(JoinedLater, EurasiaMagazineTurksoy, EtblTurksoy, EVidTurksoy22nd);
        Membership Observer(string party, string from, Provenance provenance) =>
            new(new Id<Party>(party), One(new StatusSpan(MembershipStatus.Observer, MembershipChangeReason.Admission, provenance: provenance), DateRange.From(D(from))));
        return new Organization(
            new Id<Organization>("turksoy"),
            OrganizationClassification.IntergovernmentalOrganization,
            Timeline.Exclusive(
                E(DateRange.Between(D("1993"), D("2009-10")), new OrganizationName("Joint Administration of the Turkic Culture and Arts", "TURKSOY", P(CowIgoV3, InternetHaberTurksoyName))),
                E(DateRange.From(D("2009-10")), new OrganizationName("International Organization of Turkic Culture", "TURKSOY",
                    Noted("Renamed at the 26th session of the Permanent Council in Baku on 16–17 October 2009; the abbreviation, from the former Turkish name, was kept.", InternetHaberTurksoyName, TurksoyAbout)))),
            founded: D("1993"),
            identifiers: [new ExternalIdentifier(IdentifierSchemes.CowIgo, "3330")],
            memberships:
            [
                Member("aze"), Member("kaz"), Member("kgz"), Member("tur"), Member("tkm"), Member("uzb"),
                Observer("altai", "[2003-02-05..2003-02-06]", admittedAtThe19th),
                Observer("sakha", "[2003-02-05..2003-02-06]", admittedAtThe19th),
                Observer("tatarstan", "[1993-07-12..2004-12-14]", russianObserverByThe22nd),
                Observer("bashkortostan", "[1993-07-12..2004-12-14]", russianObserverByThe22nd),
                Observer("khakassia", "[1993-07-12..2004-12-14]", russianObserverByThe22nd),
                Observer("tuva", "[1993-07-12..2004-12-14]", russianObserverByThe22nd),
                Observer("gagauzia", "[1993-07-12..2004-12-14]", observerByThe22nd),
                Observer("trnc", "[1993-07-12..2004-12-14]", observerByThe22nd),
            ],
            agreements:
            [
                new Agreement(
                    new Id<Agreement>("turksoy-agreement"),
                    AgreementKind.Founding,
                    "Agreement Concerning the Joint Administration of Turkic Culture and Arts (TÜRKSOY)",
                    D("1993-07-12"),
                    new Place("Almaty", country: new Id<Party>("kaz")),
                    [.. new[] { "aze", "kaz", "kgz", "tur", "tkm", "uzb" }.Select(state => new Signatory(new Id<Party>(state), "Minister of Culture"))],
                    provenance: Noted("Signed by the ministers of culture of the six founding states; its entry into force is not recorded.", TurksoyWikipediaDe, AzertagTurksoyAnniversary, CesranTurksoy)),
            ],
            sessions:
            [
                new Session(new Id<Session>("permanent-council-8"), "permanent-council", 8, SessionKind.Regular, D("1996-11-06"), new Place("Baku", "State Theatre of Song named after Rashid Behbudov", new Id<Party>("aze")), host: new Id<Party>("aze"),
                    provenance: Noted("Opened in Baku on 6 November 1996, in the afternoon, with a speech by President Heydar Aliyev, during the celebration of Fuzuli's 500th anniversary; delegations of Georgia and the Russian Federation attended. Its last day is not recorded, nor who coordinated the Council then.", AliyevHeritageTurksoy8th)),
                new Session(new Id<Session>("permanent-council-19"), "permanent-council", 19, SessionKind.Regular, D("2003-02-05"), new Place("Baku", country: new Id<Party>("aze")), lastDay: D("2003-02-06"), host: new Id<Party>("aze"),
                    provenance: Noted("Held in Baku on 5–6 February 2003 under President Heydar Aliyev's patronage, with a TÜRKSOY exhibition of paintings; it approved the report on 2002 and admitted the Altai Republic and Sakha (Yakutia) as observers. Who coordinated the Council then is not recorded.", BilgicikTurksoy19th)),
                new Session(new Id<Session>("permanent-council-22"), "permanent-council", 22, SessionKind.Regular, D("2004-12-14"), new Place("Kazan"), host: new Id<Party>("tatarstan"),
                    provenance: Noted("Opened in Kazan on 14 December 2004, within the celebration of Kazan's millennium, with ministers of the member states and of TÜRKSOY's observers; its last day is not recorded.", EVidTurksoy22nd)),
                new Session(new Id<Session>("permanent-council-24"), "permanent-council", 24, SessionKind.Regular, D("2008"), new Place("Ankara", country: new Id<Party>("tur")), host: new Id<Party>("tur"),
                    provenance: Noted("Held in Ankara in 2008 (the report of the 25th meeting places the 24th in Ankara 'this year'); it elected Düsen Kaseinov to head TÜRKSOY. The days are not recorded.", DunyaTurksoy24th, BelcikaAydinTurksoy25th)),
                new Session(new Id<Session>("permanent-council-25"), "permanent-council", 25, SessionKind.Regular, D("2008"), new Place("Bishkek", country: new Id<Party>("kgz")), host: new Id<Party>("kgz"),
                    provenance: Noted("Held over two days in Bishkek in 2008, beginning at the State Residence and closing with a gala concert at the National Concert Hall, after Chingiz Aitmatov's death; the days are not recorded.", BelcikaAydinTurksoy25th, TodayAzGarayevCoordinator)),
                new Session(new Id<Session>("permanent-council-26"), "permanent-council", 26, SessionKind.Regular, D("2009-10-16"), new Place("Baku", country: new Id<Party>("aze")), lastDay: D("2009-10-17"), host: new Id<Party>("aze"), provenance: P(InternetHaberTurksoyName)),
                new Session(new Id<Session>("permanent-council-29"), "permanent-council", 29, SessionKind.Regular, D("2011-09-20"), new Place("Astana", country: new Id<Party>("kaz")), host: new Id<Party>("kaz"),
                    provenance: Noted("Held in Astana on Tuesday 20 September 2011, where Kazakhstan's Minister of Culture presented the programme of Astana's year as Cultural Capital of the Turkic World 2012.", CaravanTurksoy29th)),
                new Session(new Id<Session>("permanent-council-31"), "permanent-council", 31, SessionKind.Regular, D("2013"), new Place("Ankara", country: new Id<Party>("tur")), host: new Id<Party>("tur"),
                    provenance: Noted("Held in Ankara for TÜRKSOY's 20th year (it was founded in 1993), hosted by Türkiye's Minister of Culture and Tourism, Ömer Çelik; the days are not recorded.", KtbTurksoy31st)),
                new Session(new Id<Session>("permanent-council-32"), "permanent-council", 32, SessionKind.Regular, D("2014-11-21"), new Place("Kazan"), host: new Id<Party>("tatarstan"),
                    provenance: Noted("Held in Kazan, in Tatarstan (a TÜRKSOY observer within Russia), the Cultural Capital of the Turkic World 2014, with the closing of its year; it made Merv the Cultural Capital of 2015.", TdbbKazan)),
                new Session(new Id<Session>("permanent-council-33"), "permanent-council", 33, SessionKind.Regular, D("2015-11-26"), new Place("Mary", country: new Id<Party>("tkm")), host: new Id<Party>("tkm"),
                    provenance: Noted("Held in Mary (ancient Merv), the Cultural Capital of the Turkic World 2015, with the closing of its year; TÜRKSOY names the city Merv.", TurksoySheki2016, KazinformTurksoy33rd)),
                new Session(new Id<Session>("permanent-council-34"), "permanent-council", 34, SessionKind.Regular, D("2016-12-01"), new Place("Sheki", "Marxal Complex", new Id<Party>("aze")), host: new Id<Party>("aze"),
                    provenance: Noted("Reported as opened in Sheki, the Cultural Capital of the Turkic World 2016, on 1 December 2016; Trend had announced the meeting for 1–2 December, with the closing concert of Sheki's year.", ReportTurksoy34th, KazinformTurksoy34th, YerzeminTurksoy34th)),
                new Session(new Id<Session>("permanent-council-35"), "permanent-council", 35, SessionKind.Regular, D("2017-12-04"), new Place("Turkestan", country: new Id<Party>("kaz")), D("2017-12-05"), new Id<Party>("kaz"),
                    provenance: Noted("Held on 4 and 5 December 2017 with the closing of Turkestan's year as Cultural Capital of the Turkic World; Kaseinov's re-election is reported on the 5th.", TurkicCouncil35th, InformKaseinovReelected)),
                new Session(new Id<Session>("permanent-council-36"), "permanent-council", 36, SessionKind.Regular, D("2018-12-18"), new Place("Kastamonu", country: new Id<Party>("tur")), host: new Id<Party>("tur"), provenance: P(TdbbOsh, TurksoyKastamonu)),
                new Session(new Id<Session>("permanent-council-37"), "permanent-council", 37, SessionKind.Regular, D("2019-11-30"), new Place("Osh", country: new Id<Party>("kgz")), host: new Id<Party>("kgz"),
                    provenance: Noted("Held in Osh, the Cultural Capital of the Turkic World 2019, on Saturday 30 November 2019; it named Khiva the Cultural Capital of 2020.", EdinGagauzTurksoy37th, PressaTjTurksoy37th, TashkentTimesKhiva)),
                new Session(new Id<Session>("permanent-council-38"), "permanent-council", 38, SessionKind.Regular, D("2021-09-16"), new Place("Khiva", country: new Id<Party>("uzb")), host: new Id<Party>("uzb"),
                    provenance: Noted("Held in Khiva, the Cultural Capital of the Turkic World for 2020–2021, on Thursday 16 September 2021, conducted by Uzbekistan's Minister of Culture; it named Bursa the Cultural Capital of 2022.", ANewsBursaCapital, KabarTurksoy38th)),
                new Session(new Id<Session>("permanent-council-2022-03-31"), "permanent-council", null, SessionKind.Extraordinary, D("2022-03-31"), new Place("Bursa", country: new Id<Party>("tur")), host: new Id<Party>("tur"), provenance: P(NewsAzTurksoyRaev, MfaTurksoyRaev)),
                new Session(new Id<Session>("permanent-council-39"), "permanent-council", 39, SessionKind.Regular, D("2022-11-05"), new Place("Bursa", country: new Id<Party>("tur")), host: new Id<Party>("tur"), provenance: P(TrendTurksoy39th)),
                new Session(new Id<Session>("permanent-council-40"), "permanent-council", 40, SessionKind.Regular, D("2023-10-13"), new Place("Shusha", country: new Id<Party>("aze")), D("2023-10-14"), new Id<Party>("aze"),
                    provenance: Noted("Announced for 13 and 14 October 2023; reported as held.", ButaShusha, ReportShushaHeld)),
                new Session(new Id<Session>("permanent-council-41"), "permanent-council", 41, SessionKind.Regular, D("2024-11-16"), new Place("Ashgabat", country: new Id<Party>("tkm")), host: new Id<Party>("tkm"), provenance: P(NcaTurksoy41st)),
                new Session(new Id<Session>("permanent-council-42"), "permanent-council", 42, SessionKind.Regular, D("2025-11-28"), new Place("Aktau", country: new Id<Party>("kaz")), host: new Id<Party>("kaz"), provenance: P(TurkmenMfaTurksoy42nd, QazinformTurksoy42nd)),
            ],
            chairTerms: Timeline.Exclusive(
                E(DateRange.Between(D("2003~"), D("2004-12-14?")), new ChairTerm(new Id<Party>("tatarstan"), endsAtSession: new Id<Session>("permanent-council-22"),
                    nonMemberReason: "Tatarstan is an observer in TÜRKSOY, not one of its member states; the provisional Coordinator is elected from among the ministers of culture who sit on the Permanent Council.",
                    provenance: Noted("TÜRKSOY works under a provisional Coordinator elected from among the ministers; over the year before the 22nd meeting (Kazan, opened 14 December 2004) the Coordinator was Tatarstan's Minister of Culture, Ildus Tarkhanov. The day he took the role is not recorded (the start is approximate: about a year before) and neither is the day he handed it on, taken to be at the 22nd meeting, so the term answers only 'possibly'.", EVidTurksoy22nd))),
                E(DateRange.Between(D("2008"), D("2008")), new ChairTerm(new Id<Party>("tur"), new Id<Session>("permanent-council-24"), new Id<Session>("permanent-council-25"),
                    provenance: Noted(CoordinatorNote + " Türkiye's Minister of Culture and Tourism, Ertuğrul Günay, chaired the 25th meeting, in Bishkek in 2008, as the term Coordinator, and the coordination passed to Azerbaijan there; that he held the role from the 24th meeting, which Ankara hosted earlier that year, is inferred.", BelcikaAydinTurksoy25th, TodayAzGarayevCoordinator, DunyaTurksoy24th))),
                E(DateRange.Between(D("2008"), D("2009-10-17")), new ChairTerm(new Id<Party>("aze"), new Id<Session>("permanent-council-25"), new Id<Session>("permanent-council-26"),
                    provenance: Noted(CoordinatorNote + " Azerbaijan's Minister of Culture and Tourism, Abulfaz Garayev, was elected Coordinator at the 25th meeting, in Bishkek in 2008, and received the organization's symbol and banner there; Baku hosted the 26th meeting (16–17 October 2009). That the role passed on at the close of the 26th is inferred from the practice.", TodayAzGarayevCoordinator, BelcikaAydinTurksoy25th, InternetHaberTurksoyName))),
                E(DateRange.Between(D("2011-09-20?"), D("2013")), new ChairTerm(new Id<Party>("tur"), endsAtSession: new Id<Session>("permanent-council-31"),
                    provenance: Noted(CoordinatorNote + " Türkiye's Minister of Culture and Tourism, Ömer Çelik, hosted the 31st meeting, in Ankara in 2013, as the term Coordinator. When the role passed to him is not recorded: after the 29th meeting (Astana, 20 September 2011) at the earliest, and perhaps at the 30th, in Ufa, whose day is not recorded, so the start is marked uncertain and the term answers 'possibly' until the 31st; that it passed on at the close of the 31st is inferred from that practice.", KtbTurksoy31st, CaravanTurksoy29th, VestnikKavkazaTurksoy30th, CesranTurksoy))),
                E(DateRange.Between(D("2014-11-21"), D("2015-11-26")), new ChairTerm(new Id<Party>("tkm"), new Id<Session>("permanent-council-32"), new Id<Session>("permanent-council-33"),
                    provenance: Noted(CoordinatorNote + " Turkmenistan's Minister of Culture hosted the 33rd meeting, in Merv (Mary), the Cultural Capital of 2015, as the Council's term Coordinator; that the role passed to him at the close of the 32nd meeting, in Kazan on 21 November 2014, which made Merv the Cultural Capital of 2015, is inferred from that practice.", CesranTurksoy, TurksoySheki2016, TdbbKazan))),
                E(DateRange.Between(D("2015-11-26"), D("2016-12-01")), new ChairTerm(new Id<Party>("aze"), new Id<Session>("permanent-council-33"), new Id<Session>("permanent-council-34"),
                    provenance: Inferred(CoordinatorNote + " Inferred from that practice: the 33rd meeting, in Merv on 26 November 2015, made Sheki, in Azerbaijan, the Cultural Capital of 2016, and Sheki hosted the 34th meeting, with Azerbaijan's Minister of Culture and Tourism, Abulfas Garayev, addressing it (Report.az describes the meeting as chaired by the Secretary General).", CesranTurksoy, TurksoySheki2016, ReportTurksoy34th, KazinformTurksoy34th))),
                E(DateRange.Between(D("2016-12-01"), D("2017-12-05")), new ChairTerm(new Id<Party>("kaz"), new Id<Session>("permanent-council-34"), new Id<Session>("permanent-council-35"),
                    provenance: Noted(CoordinatorNote + " Kazakhstan's Minister of Culture and Sport, Arystanbek Mukhamediuly, opened and conducted the 35th meeting, in Turkistan, the Cultural Capital of 2017; that the role passed to him at the 34th, which chose Turkistan, and on at the close of the 35th, is inferred from that practice.", CesranTurksoy, DidarbekTurksoy35th, TurkicCouncil35th, KazinformTurksoy34th))),
                E(DateRange.Between(D("2017-12-05"), D("2018-12-18")), new ChairTerm(new Id<Party>("tur"), new Id<Session>("permanent-council-35"), new Id<Session>("permanent-council-36"),
                    provenance: Noted(CoordinatorNote + " Türkiye's Minister of Culture and Tourism coordinated the 36th meeting, in Kastamonu, the Cultural Capital of 2018, and handed the coordination to Kyrgyzstan at its close; that the role passed to him at the close of the 35th is inferred from that practice.", CesranTurksoy, TurksoyKastamonu, TdbbOsh, TurkicCouncil35th))),
                E(DateRange.Between(D("2018-12-18"), D("2019-11-30")), new ChairTerm(new Id<Party>("kgz"), new Id<Session>("permanent-council-36"), new Id<Session>("permanent-council-37"),
                    provenance: Noted(CoordinatorNote + " Türkiye's minister handed the coordination to Kyrgyzstan at the close of the 36th meeting; Kyrgyzstan's Minister of Culture, Information and Tourism hosted the 37th, in Osh, the Cultural Capital of 2019. That the role passed on at the close of the 37th is inferred from that practice.", CesranTurksoy, TdbbOsh, EdinGagauzTurksoy37th, PressaTjTurksoy37th))),
                E(DateRange.Between(D("2019-11-30"), D("2021-09-16")), new ChairTerm(new Id<Party>("uzb"), new Id<Session>("permanent-council-37"), new Id<Session>("permanent-council-38"),
                    provenance: Noted(CoordinatorNote + " The 37th meeting made Khiva, in Uzbekistan, the Cultural Capital of 2020 (a title it kept through 2021); Uzbekistan's Minister of Culture, Ozodbek Nazarbekov, conducted the 38th meeting, in Khiva. That the role passed to Uzbekistan at the close of the 37th and on at the close of the 38th is inferred from that practice.", KabarTurksoy38th, CesranTurksoy, PressaTjTurksoy37th, TashkentTimesKhiva, ANewsBursaCapital))),
                E(DateRange.Between(D("2021-09-16"), D("2022-11-05")), new ChairTerm(new Id<Party>("tur"), new Id<Session>("permanent-council-38"), new Id<Session>("permanent-council-39"),
                    provenance: Noted(CoordinatorNote + " The 38th meeting made Bursa the Cultural Capital of 2022; Türkiye's Minister of Culture and Tourism conducted the extraordinary meeting in Bursa on 31 March 2022, and Bursa hosted the 39th. That the role passed to him at the close of the 38th and on at the close of the 39th is inferred from that practice.", CesranTurksoy, ANewsBursaCapital, HaberturkBursaExtraordinary, TrendTurksoy39th))),
                E(DateRange.Between(D("2022-11-05"), D("2023-10-14")), new ChairTerm(new Id<Party>("aze"), new Id<Session>("permanent-council-39"), new Id<Session>("permanent-council-40"),
                    provenance: Inferred(CoordinatorNote + " Inferred from that practice: Shusha, in Azerbaijan, was the Cultural Capital of 2023 and hosted the 40th meeting; the role is taken to pass on its closing day, 14 October 2023, as the sources do not say which of its two days.", CesranTurksoy, TrendTurksoy39th, ButaShusha, ReportShushaHeld))),
                E(DateRange.Between(D("2023-10-14"), D("2024-11-16")), new ChairTerm(new Id<Party>("tkm"), new Id<Session>("permanent-council-40"), new Id<Session>("permanent-council-41"),
                    provenance: Noted(CoordinatorNote + " Turkmenistan's Minister of Culture chaired the 41st meeting as TURKSOY Coordinator; that the role passed to him at the 40th, which decided that the 41st meet in Turkmenistan, is inferred.", CesranTurksoy, ReportShushaHeld, NcaTurksoy41st))),
                E(DateRange.Between(D("2024-11-16"), D("2025-11-28")), new ChairTerm(new Id<Party>("kaz"), new Id<Session>("permanent-council-41"), new Id<Session>("permanent-council-42"),
                    provenance: P(TuranewsKazCoordinator, QazinformTurksoy42nd))),
                E(DateRange.Between(D("2025-11-28"), D("2026")), new ChairTerm(new Id<Party>("uzb"), new Id<Session>("permanent-council-42"),
                    provenance: Noted(CoordinatorNote + " Uzbekistan's Minister of Culture took the role at the 42nd meeting, for the year of Andijan as Cultural Capital of the Turkic World; the 43rd meeting, which hands it on, is not recorded, so the term ends on a day in 2026 that is not known.", CesranTurksoy, QazinformTurksoy42nd, TurkmenMfaTurksoy42nd)))),
            secretariat: new Secretariat(One(new Seat(new Place("Ankara", country: new Id<Party>("tur")), provenance: P(TurksoyAbout, MfaTurksoyRaev)), DateRange.From(D("1993"))), headPost: new Id<Post>(Post.SecretaryGeneral)),
            posts:
            [
                new Post(new Id<Post>(Post.SecretaryGeneral), "Secretary General", Timeline.Exclusive(
                    E(DateRange.Between(D("1993"), D("2006-12")), new Tenure(new Person(new Id<Person>("polad-bulbuloglu"), "Polad Bülbüloğlu", ["Polad Bulbuloglu", "Polad Bülbüloglu"]), nominatedBy: new Id<Party>("aze"),
                        provenance: Noted("TÜRKSOY calls him its first Secretary General (the post was then styled Director General); Azerbaijan's culture minister said in December 2006 that Azerbaijan had led TÜRKSOY for 14 years and that no successor had been elected at that meeting. The days he took office and left are not recorded.", TurksoyBulbuloglu80, ApaTurksoyKoc))),
                    E(DateRange.Between(D("2006-12"), D("2007")), new Tenure(new Person(new Id<Person>("atilla-koc"), "Atilla Koç"), TenureRole.Acting, nominatedBy: new Id<Party>("tur"),
                        provenance: Noted("Türkiye's Minister of Culture and Tourism, entrusted with the post for six months in December 2006 until the next meeting elected a Secretary General; the day his charge ended is not recorded.", ApaTurksoyKoc))),
                    E(DateRange.Between(D("2008-05"), D("2022-04-12")), new Tenure(new Person(new Id<Person>("dusen-kaseinov"), "Düsen Kaseinov", ["Dusen Kasseinov"]), nominatedBy: new Id<Party>("kaz"),
                        provenance: new Provenance([AzertagKaseinov, TurkpaKaseinov70, DunyaTurksoy24th, TrendKaseinovSinceMay2008, VestnikKavkazaKaseinovSinceMay2008, BelcikaAydinTurksoy25th, InformKaseinovReelected, MfaKgKaseinov, MfaTurksoyRaev, ANewsTurksoyRaev, TrtTurkmenKaseinov14Years, BuldanKaseinovInterview], isDisputed: true,
                            note: "Elected at the 24th meeting of the Permanent Council, in Ankara in 2008, he has headed TÜRKSOY since May 2008 (Trend, Vestnik Kavkaza; the day is not recorded), and attended the 25th meeting, later in 2008, as its Director General; TURKPA's tribute and his own farewell of April 2022 ('14 years ago') agree. In an interview of October 2020 he dated his tenure from 2009 while counting twelve years, so the start is marked disputed. He was re-elected at the 35th session of the Permanent Council in Turkestan on 5 December 2017 and handed over to Sultan Raev on 12 April 2022."))),
                    E(DateRange.From(D("2022-04-12")), new Tenure(new Person(new Id<Person>("sultan-raev"), "Sultan Raev", ["Sultanbai Raev", "Sultanbay Raev"]), electedOn: D("2022-03-31"), nominatedBy: new Id<Party>("kgz"),
                        provenance: Noted("Elected for 2022–2025 at an extraordinary session of the Permanent Council in Bursa on Thursday 31 March 2022; took over from Düsen Kaseinov at a ceremony in Bursa on 12 April 2022. Still Secretary General at the 42nd meeting in November 2025.", NewsAzTurksoyRaev, MfaTurksoyRaev, ANewsTurksoyRaev, QazinformTurksoy42nd))))),
            ],
            provenance: Noted("Members: COW codes the six founding states as members every year 1993–2013; TURKSOY lists the same six as its member states today.", CowIgoV3, TurksoyAbout));
    }
}

using OrgModel.Model;

namespace OrgModel.Tests.Fixtures;

/// <summary>The public sources the fixtures' facts come from, each read on the day given.</summary>
internal static class Sources
{
    private static readonly OrgModel.Time.PartialDate Read = OrgModel.Time.PartialDate.Parse("2026-11-27");

    public static readonly Source Seed = new("Trend, 'Ashimbayev meets TURKPA Secretary-General Ramil Hasanov', Astana, 17 October 2025 (repository seed news item)");
    public static readonly Source TurkpaWikipedia = new("TURKPA — Wikipedia", new Uri("https://en.wikipedia.org/wiki/TURKPA"), Read);
    public static readonly Source TurkpaWikipedia2022 = new("TURKPA — Wikipedia (May 2022 snapshot): 'Since June 2014, Hungary is an observer'", new Uri("https://en.wikipedia.org/wiki/TURKPA"), Read);
    public static readonly Source MfaAzTurkpa = new("Ministry of Foreign Affairs of Azerbaijan, 'Azerbaijan and TURKPA'", new Uri("http://www.mfa.gov.az/en/content/859"), Read);
    public static readonly Source Caliber14th = new("Caliber.Az, 'Kazakhstan to host 14th plenary session of TurkPA in Astana'", new Uri("https://caliber.az/en/post/kazakhstan-to-host-14th-plenary-session-of-turkpa-in-astana"), Read);
    public static readonly Source NewsAzHasan = new("News.Az, 'Azerbaijani diplomat elected TURKPA's new Secretary General', 13 June 2025", new Uri("https://news.az/news/azerbaijani-diplomat-elected-turkpas-new-secretary-general"), Read);
    public static readonly Source TrendAzeToKaz = new("Trend, 'Azerbaijan passes baton of TURKPA chairmanship to Kazakhstan', 12 June 2025", new Uri("https://en.trend.az/azerbaijan/politics/4055548.html"), Read);
    public static readonly Source CentralAsiaHasan = new("CentralAsia.media, 'Ramil Hasan took office as TURKPA Secretary General', 20 October 2025", new Uri("https://centralasia.media/news:2349939"), Read);
    public static readonly Source ReportKoshanov = new("Report.az, 'TURKPA Chairman-in-Office receives Secretary General Ramil Hasan', 18 October 2025", new Uri("https://report.az/en/foreign-politics/turkpa-chairman-in-office-receives-secretary-general-ramil-hasan"), Read);
    public static readonly Source MgorodAsanov = new("Mgorod.kz, 'Jandos Asanov becomes TURKPA Secretary General', 1 October 2013", new Uri("https://mgorod.kz/news/generalnym-sekretarem-tyurkpa-stal-predstavitel-kazaxstana"), Read);
    public static readonly Source Inform8thPlenary = new("Kazinform, 'TURKPA plenary session held in Turkey's Izmir' (Mamaiusupov elected at the 7th plenary, Bishkek, 8 December 2017)", new Uri("https://en.inform.kz/news/turkpa-plenary-session-held-in-turkey-s-izmir_a3462201/"), Read);
    public static readonly Source InformIzmirPreview = new("Kazinform, 'Izmir to host 8th plenary session of TURKPA' (20–21 November 2018; chair handed from Kyrgyzstan to Turkey)", new Uri("https://en.inform.kz/news/izmir-to-host-8th-plenary-session-of-turkpa_a3456874/"), Read);
    public static readonly Source InformMamaiusupov = new("Kazinform, 'New TurkPA Secretary General elected' (Kazakhstan passed the chairmanship to Kyrgyzstan)", new Uri("http://www.inform.kz/en/new-turkpa-secretary-general-elected_a3094801"), Read);
    public static readonly Source Trend9thCouncil = new("Trend, 'Azerbaijan takes over TURKPA chairmanship', 18 December 2019", new Uri("https://en.trend.az/azerbaijan/politics/3165740.html"), Read);
    public static readonly Source DailySabahEr = new("Daily Sabah, 'Turkey's former Tashkent envoy appointed TURKPA secretary general', 29 September 2021", new Uri("https://www.dailysabah.com/politics/diplomacy/turkeys-former-tashkent-envoy-appointed-turkpa-secretary-general"), Read);
    public static readonly Source Kg24Turkistan = new("24.kg, 'Kyrgyzstan to host plenary session of TURKPA in 2022', 30 September 2021", new Uri("https://24.kg/english/208784_Kyrgyzstan_to_host_plenary_session_of_TURKPA_in_2022/"), Read);
    public static readonly Source NewsAzCholponAta = new("News.Az, 'Kyrgyzstan assumes TURKPA chairmanship from Kazakhstan', 24 June 2022", new Uri("https://news.az/news/kyrgyzstan-assumes-turkpa-chairmanship-from-kazakhstan"), Read);
    public static readonly Source Tdbb12th = new("TDBB, '12th General Assembly Meeting of TÜRKPA', Ankara, 28 April 2023", new Uri("http://www.tdbb.org.tr/?p=20270&lang=en"), Read);
    public static readonly Source Trend13th = new("Trend, 'The current chairmanship at TURKPA has been passed to Azerbaijan', 6 June 2024", new Uri("https://en.trend.az/azerbaijan/politics/3909094.html"), Read);
    public static readonly Source TurkicAcademy13th = new("Turkic Academy, 'President of the Turkic Academy participated in XIII Plenary Meeting of TURKPA', 6 June 2024", new Uri("https://turkicacademy.org/en/100-lic-tyurkskogo-mira/president-turkic-academy-participated-xiii-plenary-meeting-turkpa"), Read);
    public static readonly Source OtsAbout = new("Organization of Turkic States, 'About'", new Uri("https://www.turkicstates.org/en/turk-konseyi-hakkinda"), Read);
    public static readonly Source OtsSummits = new("Organization of Turkic States, 'Presidential Summits'", new Uri("https://www.turkicstates.org/en/zirveler"), Read);
    public static readonly Source SummitList = new("List of Turkic Council summits — Wikipedia", new Uri("https://en.wikipedia.org/wiki/List_of_Turkic_Council_summits"), Read);
    public static readonly Source SpeakingStatesSummits = new("List of Turkic Speaking States summits — Wikipedia", new Uri("https://en.wikipedia.org/wiki/List_of_Turkic_Speaking_States_summits"), Read);
    public static readonly Source OtsWikipedia = new("Organization of Turkic States — Wikipedia", new Uri("https://en.wikipedia.org/wiki/Organization_of_Turkic_States"), Read);
    public static readonly Source TrtRename = new("TRT World, 'Turkic Council reforms into Organization of Turkic States'", new Uri("https://trtworld.com/turkiye/turkic-council-reforms-into-organization-of-turkic-states-12773905"), Read);
    public static readonly Source InformSamarkand = new("Kazinform, 'Organization of Turkic States to hold summit in Samarkand', 4 October 2022 (gives the rename as 14 November 2021)", new Uri("https://en.inform.kz/news/organization-of-turkic-states-to-hold-summit-in-samarkand_a3986608/"), Read);
    public static readonly Source YeniSafakOmuraliev = new("Yeni Şafak, 'Organization of Turkic States names new secretary general', 11 November 2022", new Uri("https://www.yenisafak.com/en/world/organization-of-turkic-states-names-new-secretary-general-3655266"), Read);
    public static readonly Source AmreyevAppointed = new("Ministry of Foreign Affairs of Kazakhstan, 'Kazakh diplomat appointed secretary general of the Cooperation Council of Turkic-speaking countries', 3 September 2018", new Uri("https://yapresident.com/en/kazahstanskij-diplomat-naznachen-gen/?lang=en"), Read);
    public static readonly Source AsiaPlusBishkek = new("Asia-Plus, 'The 11th Summit of the OTS held in Bishkek on November 6', 7 November 2024", new Uri("https://asiaplustj.info/en/news/world/20241107/the-11th-summit-of-the-organization-of-turkic-states-held-in-bishkek-on-november-6"), Read);
    public static readonly Source ReportGabala = new("Report.az, 'OTS stepping up efforts to obtain observer status in UN, OIC' (Gabala Declaration of the 12th summit), 8 October 2025", new Uri("https://report.az/en/foreign-politics/ots-stepping-up-efforts-to-obtain-observer-status-in-un-oic"), Read);
    public static readonly Source DomainAnchors = new("OrgModel domain anchors (shared/reference/domain-anchors.md), §4: Nakhchivan Agreement entry into force and clause; Uzbekistan's ratification on 14 Sep 2019; OTS chair practice (apa.az, trtworld.com)");
    public static readonly Source TurkiyeName = new("Name of Türkiye — Wikipedia (UN accepted the name Türkiye on 1 June 2022)", new Uri("https://en.wikipedia.org/wiki/Name_of_T%C3%BCrkiye"), Read);
    public static readonly Source CowIgoV3 = new("Correlates of War IGO data v3.0 (Pevehouse, Nordstrom, McManus, Jamison 2020, JPR 57(3):492–503, doi:10.1177/0022343319881175): igo_year_formatv3.csv, ioname 'Turksoy'");
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using OrgModel.Collections;
using OrgModel.Interop.Csv;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Interop.Cow;

/// <summary>
/// Imports the Correlates of War IGO data, version 3.0, IGO-year format (<c>igo_year_formatv3.csv</c>)
/// into an OrgModel <see cref="Catalog"/>: one organization per IGO, one party per COW state, status
/// spans of year precision, and missing data kept as missing.
/// </summary>
/// <remarks>
/// <para>
/// Cite the data wherever it is shown: Pevehouse, Nordstrom, McManus and Jamison (2020), "Tracking
/// organizations in the world: The Correlates of War IGO Version 3.0 datasets", <i>Journal of Peace
/// Research</i> 57(3): 492–503, doi:10.1177/0022343319881175 — COW IGO v3.0. Every imported
/// organization carries that source.
/// </para>
/// <para>
/// The mapping: organization id = <c>ioname</c> (<c>UN</c>, <c>NATO</c>), with the <c>ionum</c> and
/// <c>igocode</c> as identifiers, founded in <c>sdate</c> and active through <c>deaddate</c> (both to the
/// year); party id = the ISO 3166-1 alpha-3 code in lower case where a clear mapping exists, otherwise
/// <c>cow-</c> and the COW abbreviation, with the <c>ccode</c> as identifier; a state's existence =
/// the runs of years in which it has any coded cell (0–3). Codes 1, 2 and 3 become full, associate and
/// observer spans (<see cref="CowYears.Run"/>); −9 becomes a <see cref="DataGapKind.Missing"/> gap (for
/// every party when a whole row is −9); an empty cell in a year the state otherwise exists becomes a
/// <see cref="DataGapKind.NotInSystem"/> gap; an IGO still alive in 2014 gets a
/// <see cref="DataGapKind.BeyondCoverage"/> gap for every party from 2015. <c>integrated</c> and <c>replaced</c> become succession
/// events when their year is the dissolution year. See <c>docs/interop-cow.md</c>.
/// </para>
/// </remarks>
public static class CowIgoImporter
{
    // An empty cell in a year the state is coded elsewhere: kept as a NotInSystem gap, not read from existence.
    private const int OutOfSystemInExistingYear = 100;

    // COW spans carry no reasons or sources of their own, so the three possible values are shared.
    private static readonly StatusSpan[] Statuses = [new(MembershipStatus.Full), new(MembershipStatus.Associate), new(MembershipStatus.Observer)];

    private const string BundledCsvResource = "OrgModel.Interop.igo_year_formatv3.csv.gz";

    private static readonly Source CowSource = new("Correlates of War IGO data v3.0 (Pevehouse, Nordstrom, McManus & Jamison 2020, Journal of Peace Research 57(3):492–503, doi:10.1177/0022343319881175)");

    /// <summary>
    /// Imports the COW IGO v3.0 IGO-year data shipped inside this package (the CSV, gzip-compressed, as
    /// an embedded resource), so no file has to be found first. Cite it as the type remarks say.
    /// </summary>
    /// <returns>The catalog: 534 organizations and 217 states, 1816–2014.</returns>
    public static Catalog ImportBundled()
    {
        using Stream csv = OpenBundledCsv();
        return Import(csv);
    }

    /// <summary>Opens the COW IGO v3.0 IGO-year CSV shipped inside this package, decompressed on the fly.</summary>
    /// <returns>A read-only stream of the CSV's UTF-8 bytes, exactly as distributed (10,466,357 bytes); the caller disposes it.</returns>
    public static Stream OpenBundledCsv()
    {
        Stream compressed = typeof(CowIgoImporter).Assembly.GetManifestResourceStream(BundledCsvResource)
            ?? throw new InvalidOperationException($"The resource {BundledCsvResource} is missing from {typeof(CowIgoImporter).Assembly.GetName().Name}.");
        return new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: false);
    }

    /// <summary>Imports the IGO-year CSV file at a path.</summary>
    /// <param name="path">The path of <c>igo_year_formatv3.csv</c>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="FormatException">The file is not the COW IGO-year CSV; the message gives the line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Catalog Import(string path)
    {
        using var stream = File.OpenRead(path);
        return Import(stream);
    }

    /// <summary>Imports the IGO-year CSV from a stream of UTF-8, reading it once from start to end.</summary>
    /// <param name="igoYearCsv">The stream; it is left open.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="FormatException">The input is not the COW IGO-year CSV; the message gives the line.</exception>
    public static Catalog Import(Stream igoYearCsv)
    {
        ArgumentNullException.ThrowIfNull(igoYearCsv);
        using var text = new StreamReader(igoYearCsv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        return Import(text);
    }

    /// <summary>Imports the IGO-year CSV from text.</summary>
    /// <param name="igoYearCsv">The CSV text.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="FormatException">The input is not the COW IGO-year CSV; the message gives the line.</exception>
    public static Catalog Import(TextReader igoYearCsv)
    {
        ArgumentNullException.ThrowIfNull(igoYearCsv);
        var reader = new CsvReader(igoYearCsv);
        var fields = new List<string>();
        if (!reader.TryRead(fields))
        {
            throw new FormatException("The COW IGO-year CSV is empty.");
        }

        var header = new Header(fields);
        var igos = new List<IgoRows>();
        var existence = new SortedSet<int>[header.States.Count];
        for (int s = 0; s < existence.Length; s++)
        {
            existence[s] = [];
        }

        while (reader.TryRead(fields))
        {
            long line = reader.Line - 1;
            if (fields.Count != header.Count)
            {
                throw new FormatException($"Line {line}: {fields.Count} fields, but the header has {header.Count}.");
            }

            string ioname = fields[header.IoName];
            if (igos.Count == 0 || igos[^1].IoName != ioname)
            {
                igos.Add(new IgoRows(ioname, fields, header, line));
            }

            var row = new Row(Int(fields[header.Year], line, "year"), new sbyte[header.States.Count], Flag(fields, header.Integrated), Flag(fields, header.Replaced));
            for (int s = 0; s < header.States.Count; s++)
            {
                string cell = fields[header.States[s].Index];
                sbyte code = cell switch
                {
                    "" => (sbyte)CowCode.NotInSystem,
                    "0" => 0,
                    "1" => 1,
                    "2" => 2,
                    "3" => 3,
                    "-9" => (sbyte)CowCode.Missing,
                    _ => throw new FormatException($"Line {line}: '{cell}' is not a COW status code (0, 1, 2, 3, -9 or empty) in column '{header.States[s].State.Column}'."),
                };
                row.Codes[s] = code;
                if (code is >= 0 and <= 3)
                {
                    existence[s].Add(row.Year);
                }
            }

            igos[^1].Rows.Add(row);
        }

        var parties = header.States.Select((c, s) => Party(c.State, existence[s])).ToList();
        var organizations = igos.Select(igo => Organization(igo, header, parties, existence)).ToList();
        return new Catalog(parties, organizations);
    }

    private static Party Party(CowState state, SortedSet<int> years)
    {
        var identifiers = new List<ExternalIdentifier>
        {
            new(IdentifierSchemes.CowState, state.Ccode.ToString(CultureInfo.InvariantCulture)),
            new(IdentifierSchemes.CowStateAbbreviation, state.Abbreviation),
        };
        if (state.Iso3 is not null)
        {
            identifiers.Add(new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha3, state.Iso3));
        }

        return new Party(
            new Id<Party>(state.PartyId),
            PartyKind.State,
            Timeline.Exclusive(TimelineEntry.Create(default(DateRange), state.Name)),
            state.Iso3,
            identifiers: identifiers.ToEquatableArray(),
            provenance: Provenance.From(CowSource),
            existence: Runs(years.ToList()).Select(r => CowYears.Run(r.First, r.Last)).ToEquatableArray());
    }

    private static Organization Organization(IgoRows igo, Header header, List<Party> parties, SortedSet<int>[] existence)
    {
        int lastRow = igo.Rows[^1].Year;
        bool rowsAfterDeath = igo.DeadDate is { } dd && lastRow > dd;
        // COW's deaddate is the last year the IGO existed (its rows run through it): an inclusive end.
        PartialDate? activeThrough = igo.DeadDate is { } d && !rowsAfterDeath ? new PartialDate(d) : null;
        var notes = new List<string>();
        if (igo.LongName.Length > 0 && igo.LongName != igo.Name)
        {
            notes.Add($"COW longorgname: {igo.LongName}");
        }

        if (igo.Accuracy.Length > 0)
        {
            notes.Add($"Accuracy of pre-1965 membership dates: {igo.Accuracy}");
        }

        if (igo.Notes.Length > 0)
        {
            notes.Add($"COW sources and notes: {igo.Notes}");
        }

        if (rowsAfterDeath)
        {
            notes.Add($"COW gives deaddate {igo.DeadDate} but codes memberships until {lastRow}; the dissolution is not recorded here.");
        }

        var memberships = new List<Membership>();
        var gaps = new List<DataGap>();

        // Rows in which every state is -9 become one gap for every party; the other rows are read per state.
        bool WholeRowMissing(Row r) => r.Codes.All(c => c == (sbyte)CowCode.Missing);
        foreach (var run in Runs(igo.Rows, r => WholeRowMissing(r) ? 1 : 0).Where(r => r.Value == 1))
        {
            gaps.Add(new DataGap(DataGapKind.Missing, CowYears.Run(run.First, run.Last)));
        }

        var rows = igo.Rows.Where(r => !WholeRowMissing(r)).ToList();
        for (int s = 0; s < parties.Count; s++)
        {
            int state = s;
            var spans = new List<TimelineEntry<StatusSpan>>();
            foreach (var run in Runs(rows, r => r.Codes[state] == (sbyte)CowCode.NotInSystem && existence[state].Contains(r.Year) ? OutOfSystemInExistingYear : r.Codes[state]))
            {
                DateRange range = CowYears.Run(run.First, run.Last);
                switch (run.Value)
                {
                    case 1 or 2 or 3:
                        spans.Add(TimelineEntry.Create(range, Statuses[run.Value - 1]));
                        break;
                    case (int)CowCode.Missing:
                        gaps.Add(new DataGap(DataGapKind.Missing, range, parties[state].Id));
                        break;
                    case OutOfSystemInExistingYear:
                        gaps.Add(new DataGap(DataGapKind.NotInSystem, range, parties[state].Id));
                        break;
                }
            }

            if (spans.Count > 0)
            {
                memberships.Add(new Membership(parties[state].Id, Timeline.Exclusive(spans)));
            }
        }

        var succession = new List<SuccessionEvent>();
        Row? ending = igo.Rows.FirstOrDefault(r => r.Integrated || r.Replaced);
        if (ending is not null)
        {
            if (activeThrough is { } when && when.Year == ending.Year)
            {
                succession.Add(new SuccessionEvent(ending.Integrated ? SuccessionKind.Absorbed : SuccessionKind.Replaced, when));
            }
            else
            {
                notes.Add($"COW flags the IGO as {(ending.Integrated ? "integrated" : "replaced")} in {ending.Year}, which is not its recorded dissolution year; the event is not recorded.");
            }
        }

        // An IGO still alive in the data's last year: COW says nothing of anyone after it.
        if (lastRow >= CowYears.LastYear && activeThrough is null)
        {
            gaps.Add(new DataGap(DataGapKind.BeyondCoverage, DateRange.From(new PartialDate(CowYears.LastYear + 1))));
        }

        var identifiers = new List<ExternalIdentifier> { new(IdentifierSchemes.CowIgo, igo.Ionum.ToString(CultureInfo.InvariantCulture)) };
        if (igo.IgoCode is { } code)
        {
            identifiers.Add(new ExternalIdentifier("cow-igocode", code.ToString(CultureInfo.InvariantCulture)));
        }

        return new Organization(
            new Id<Organization>(igo.IoName),
            OrganizationClassification.IntergovernmentalOrganization,
            Timeline.Exclusive(TimelineEntry.Create(DateRange.From(new PartialDate(igo.StartYear)), new OrganizationName(igo.Name, igo.IoName))),
            new PartialDate(igo.StartYear),
            null,
            identifiers.ToEquatableArray(),
            succession: succession.ToEquatableArray(),
            memberships: memberships.ToEquatableArray(),
            provenance: new Provenance([CowSource], note: notes.Count == 0 ? null : string.Join(" ", notes)),
            dataGaps: gaps.ToEquatableArray(),
            activeThrough: activeThrough);
    }

    // Maximal runs of consecutive years with the same value; a missing year breaks a run.
    private static IEnumerable<(int First, int Last, int Value)> Runs(List<Row> rows, Func<Row, int> value)
    {
        int i = 0;
        while (i < rows.Count)
        {
            int v = value(rows[i]);
            int j = i;
            while (j + 1 < rows.Count && rows[j + 1].Year == rows[j].Year + 1 && value(rows[j + 1]) == v)
            {
                j++;
            }

            yield return (rows[i].Year, rows[j].Year, v);
            i = j + 1;
        }
    }

    private static IEnumerable<(int First, int Last)> Runs(List<int> years)
    {
        int i = 0;
        while (i < years.Count)
        {
            int j = i;
            while (j + 1 < years.Count && years[j + 1] == years[j] + 1)
            {
                j++;
            }

            yield return (years[i], years[j]);
            i = j + 1;
        }
    }

    private static bool Flag(List<string> fields, int index) => fields[index] == "1";

    private static int Int(string text, long line, string column) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) ? value : throw new FormatException($"Line {line}: '{text}' in column '{column}' is not a whole number.");

    private sealed record Row(int Year, sbyte[] Codes, bool Integrated, bool Replaced);

    private sealed class IgoRows(string ioName, List<string> fields, Header header, long line)
    {
        public string IoName { get; } = ioName;

        public string Name { get; } = fields[header.OrgName];

        public string LongName { get; } = fields[header.LongOrgName];

        public string Accuracy { get; } = fields[header.Accuracy];

        public string Notes { get; } = fields[header.SourcesAndNotes];

        public int StartYear { get; } = Int(fields[header.StartDate], line, "sdate");

        public int? DeadDate { get; } = fields[header.DeadDate].Length == 0 ? null : Int(fields[header.DeadDate], line, "deaddate");

        public int Ionum { get; } = Int(fields[header.Ionum], line, "ionum");

        public int? IgoCode { get; } = fields[header.IgoCode].Length == 0 ? null : Int(fields[header.IgoCode], line, "igocode");

        public List<Row> Rows { get; } = [];
    }

    private sealed class Header
    {
        public Header(List<string> names)
        {
            Count = names.Count;
            int Find(string name) => names.IndexOf(name) is var i and >= 0 ? i : throw new FormatException($"Line 1: the column '{name}' is missing; this is not the COW IGO-year CSV.");
            IoName = Find("ioname");
            OrgName = Find("orgname");
            Year = Find("year");
            StartDate = Find("sdate");
            DeadDate = Find("deaddate");
            Integrated = Find("integrated");
            Replaced = Find("replaced");
            LongOrgName = Find("longorgname");
            Ionum = Find("ionum");
            IgoCode = Find("igocode");
            Accuracy = Find("accuracyofpre1965membershipdates");
            SourcesAndNotes = Find("sourcesandnotes");
            States = CowState.All.Select(s => (s, Find(s.Column))).ToList();
        }

        public int Count { get; }

        public int IoName { get; }

        public int OrgName { get; }

        public int Year { get; }

        public int StartDate { get; }

        public int DeadDate { get; }

        public int Integrated { get; }

        public int Replaced { get; }

        public int LongOrgName { get; }

        public int Ionum { get; }

        public int IgoCode { get; }

        public int Accuracy { get; }

        public int SourcesAndNotes { get; }

        public List<(CowState State, int Index)> States { get; }
    }
}

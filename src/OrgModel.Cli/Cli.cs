using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;
using OrgModel.Time;

namespace OrgModel.Cli;

/// <summary>
/// The orgmodel command line: parses arguments, runs one query against a catalog, prints a readable
/// table or JSON, and turns every failure into one line on standard error and a non-zero exit code.
/// </summary>
internal static class Cli
{
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where the one-line errors go.</param>
    /// <param name="today">Today, for options that default to it.</param>
    /// <param name="width">The terminal's width, to wrap wide tables to; <see langword="null"/> when the output is not a terminal.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<LocalDate> today, int? width = null)
    {
        TextTable.Width.Value = width;
        Command root = Build(output, today);

        // With nothing to do, say what can be done: the help, and success.
        ParseResult parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            // Several errors can stem from one mistake ("bogus" is unrecognized, so no command was given): lead with the cause.
            var messages = parse.Errors.Select(e => OneLine(e.Message).TrimEnd('.')).Distinct().ToList();
            if (messages.Count > 1)
            {
                messages.RemoveAll(m => m.StartsWith("Required command", StringComparison.Ordinal));
            }

            error.WriteLine($"orgmodel: {string.Join("; ", messages)} (see 'orgmodel --help')");
            return CliError.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliError e)
        {
            error.WriteLine($"orgmodel: {OneLine(e.Message)}");
            return e.ExitCode;
        }
        catch (OrgModelJsonException e)
        {
            error.WriteLine($"orgmodel: invalid catalog: {OneLine(e.Message)}");
            return CliError.Failure;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"orgmodel: unexpected error: {e.GetType().Name}: {OneLine(e.Message)}");
            return 70;
        }
    }

    private static Command Build(TextWriter output, Func<LocalDate> today)
    {
        var data = new Option<string?>("--data") { HelpName = "FILE", Description = "A catalog JSON file to query instead of the built-in catalog (the built-in catalog is COW IGO v3 with twenty curated organizations; see docs/catalog.md)" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON in OrgModel's format instead of a table (the same as --format json)" };
        var format = ChoiceOption("--format", "How to print the result", ["table", "json", "csv"], "table");
        var tableFormat = ChoiceOption("--format", "How to print the result (csv: one header row, then one row per line of each table, for spreadsheets and R or pandas)", ["table", "csv"], "table");
        var on = DateOption("--on", "The day to ask about, YYYY-MM-DD (default: today)");
        var from = DateOption("--from", "The first day, YYYY-MM-DD (default: the organization's founding, or its first record)");
        var to = DateOption("--to", "The last day, YYYY-MM-DD (default: today)");
        var status = ChoiceOption("--status", "Which members", ["full", "associate", "observer", "suspended", "any"], "any");
        var includePossible = new Option<bool>("--include-possible") { Description = "Also list members who possibly belong on that day (facts known only to the month or year)" };
        var organization = new Argument<string>("organization") { Description = "The organization's identifier, such as turkpa or ots (case is ignored)" };
        var party = new Argument<string>("party") { Description = "The party's identifier, such as kaz (case is ignored)" };
        var file = new Argument<string>("file") { Description = "The catalog JSON file to check" };

        var show = new Command("show", "Show an organization as it stood on a day: name, members, chair, Secretary-General, seat, sessions") { organization, on, data, json, format };
        show.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data), r.GetValue(organization));
            OrganizationSnapshot snapshot = catalog.SnapshotOn(OrganizationId(catalog, r.GetValue(organization)!), r.GetValue(on) ?? today());
            Print(output, r, json, format, () => OrgModelJson.Serialize(snapshot), () => Reports.Show(catalog, snapshot));
            return 0;
        });

        var members = new Command("members", "List the members of an organization on a day") { organization, on, status, includePossible, data, json, format };
        members.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data), r.GetValue(organization));
            LocalDate day = r.GetValue(on) ?? today();
            string wanted = r.GetValue(status)!;
            Organization o = catalog.GetOrganization(OrganizationId(catalog, r.GetValue(organization)!));
            var matching = catalog.MembersOn(o.Id, day)
                .Where(m => wanted == "any" || string.Equals(m.Status.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
                .ToList();

            // In any status, a party between two statuses whose day of change is not known certainly belongs.
            HashSet<Id<Party>> eitherWay = wanted != "any" ? [] : [.. matching
                .Where(m => m.Certainty == Time.Certainty.Possibly && o.BelongsOn(m.Party, day) == Time.Certainty.Certainly)
                .Select(m => m.Party)];
            var list = matching.Where(m => r.GetValue(includePossible) || m.Certainty == Time.Certainty.Certainly || eitherWay.Contains(m.Party)).ToList();
            Answer<DataGap> gap = o.DataGapForEveryPartyOn(day);
            DataGap? openGap = gap.HasValue ? gap.Value : null;
            int leftOut = matching.Count - list.Count;
            Print(output, r, json, format, () => OrgModelJson.Serialize(list), () => Reports.Members(catalog, list, day, leftOut, openGap, eitherWay), () => Reports.MembersLeftOut(day, leftOut, openGap));
            return 0;
        });

        var memberships = new Command("memberships", "List the organizations a party belongs to on a day, including through its organs (a state through its parliament)") { party, on, data, json, format };
        memberships.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data));
            LocalDate day = r.GetValue(on) ?? today();
            Id<Party> who = PartyId(catalog, r.GetValue(party)!);
            var list = catalog.MembershipsOn(who, day);
            int unlisted = Reports.UnlistedPossible(catalog, list.Select(m => m.Organization), day, who);
            Print(output, r, json, format, () => OrgModelJson.Serialize(list), () => Reports.Memberships(catalog, list, day, unlisted), () => Reports.MembershipsLeftOut(unlisted, day, "the party"));
            return 0;
        });

        var history = new Command("history", "List what changed in an organization between two days, with sources") { organization, from, to, data, json, format };
        history.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data), r.GetValue(organization));
            Id<Organization> id = OrganizationId(catalog, r.GetValue(organization)!);
            Organization o = catalog.GetOrganization(id);
            LocalDate last = r.GetValue(to) ?? today();
            LocalDate first = r.GetValue(from) ?? FirstRecordedDay(o) ?? last;
            RequireOrder(first, last, r.GetValue(from) is null ? $"{o.Id}'s first record" : null);

            var changes = catalog.HistoryBetween(id, first, last);
            Print(output, r, json, format, () => OrgModelJson.Serialize(changes), () => Reports.History(o, changes, first, last));
            return 0;
        });

        var sessions = new Command("sessions", "List an organization's sessions and summits, with the chair at the time (all of them, or those with a day from --from through --to)") { organization, from, to, data, json, format };
        sessions.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data), r.GetValue(organization));
            Organization o = catalog.GetOrganization(OrganizationId(catalog, r.GetValue(organization)!));
            LocalDate? first = r.GetValue(from);
            LocalDate? last = r.GetValue(to);
            if (first is { } f && last is { } l)
            {
                RequireOrder(f, l, null);
            }

            var period = new DateRange(first is { } a ? new PartialDate(a.Year, a.Month, a.Day) : null, last is { } b ? new PartialDate(b.Year, b.Month, b.Day) : null, endIsInclusive: true);
            var ordered = o.Sessions.Where(s => s.Range.Overlaps(period) != Certainty.No).OrderBy(s => s.Date).ToList();
            var notRecorded = o.UnrecordedSessionsDuring(period);
            Print(output, r, json, format, () => OrgModelJson.Serialize(ordered), () => Reports.Sessions(catalog, o, ordered, notRecorded), () => Reports.SessionsNotRecorded(notRecorded));
            return 0;
        });

        var ruleOnly = new Option<bool>("--rule-only") { Description = "Ignore the recorded terms: list the rule's turns alone, from its anchor with its recorded deviations, to check the rule against history" };
        var chair = new Command("chair", "Who holds an organization's chair on a day: the recorded term, or the turn its rotation rule gives (projected)") { organization, on, data, json, format };
        chair.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data), r.GetValue(organization));
            Organization o = catalog.GetOrganization(OrganizationId(catalog, r.GetValue(organization)!));
            LocalDate day = r.GetValue(on) ?? today();
            ImmutableArray<Answer<RotationTerm>> answers = catalog.ChairCandidatesOn(o.Id, day);
            Print(output, r, json, format, () => OrgModelJson.Serialize(answers.Select(a => a.Value)), () => Reports.Chair(catalog, o, answers, day));
            return 0;
        });

        var rotation = new Command("rotation", "List an organization's chair terms over a period, recorded or projected, with any departure from its rotation rule (default: this calendar year)") { organization, from, to, ruleOnly, data, json, format };
        rotation.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data), r.GetValue(organization));
            Organization o = catalog.GetOrganization(OrganizationId(catalog, r.GetValue(organization)!));
            LocalDate first = r.GetValue(from) ?? new LocalDate(today().Year, 1, 1);
            LocalDate last = r.GetValue(to) ?? new LocalDate(first.Year, 12, 31);
            RequireOrder(first, last, r.GetValue(from) is null ? "the first day of this year" : null);

            var terms = catalog.Rotation(o.Id, first, last, r.GetValue(ruleOnly));
            Print(output, r, json, format, () => OrgModelJson.Serialize(terms), () => Reports.Rotation(catalog, o, terms, first, last, r.GetValue(ruleOnly)));
            return 0;
        });

        var member = new Option<string?>("--member") { HelpName = "PARTY", Description = "Only organizations this party belongs to on the day (an identifier or alias, such as kaz or Kazakhstan)" };
        var kind = ChoiceOption("--kind", "Only organizations of this classification", [.. Enum.GetValues<OrganizationClassification>().Select(Reports.Word)], null);
        var list = new Command("list", "List the organizations of the catalog with their name and number of members on a day") { on, member, kind, data, tableFormat };
        list.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data));
            LocalDate day = r.GetValue(on) ?? today();
            HashSet<Id<Organization>>? of = r.GetValue(member) is { } p ? [.. catalog.MembershipsOn(PartyId(catalog, p), day).Select(m => m.Organization)] : null;
            OrganizationClassification? classification = r.GetValue(kind) is { } k ? Enum.Parse<OrganizationClassification>(k, ignoreCase: true) : null;
            var organizations = catalog.Organizations
                .Where(o => of is null || of.Contains(o.Id))
                .Where(o => classification is null || o.Classification == classification)
                .OrderBy(o => o.Id.Value, StringComparer.OrdinalIgnoreCase)
                .ToList();
            Print(output, r, json, tableFormat, null, () => Reports.List(catalog, organizations, day));
            return 0;
        });

        var parties = new Command("parties", "List the parties of the catalog with their name and number of memberships on a day") { on, data, tableFormat };
        parties.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data));
            Print(output, r, json, tableFormat, null, () => Reports.Parties(catalog, r.GetValue(on) ?? today()));
            return 0;
        });

        var other = new Argument<string>("other") { Description = "The second party's identifier or alias" };
        var joint = new Command("joint", "List the organizations two parties both belong to on a day, with both statuses") { party, other, on, data, tableFormat };
        joint.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data));
            LocalDate day = r.GetValue(on) ?? today();
            Id<Party> a = PartyId(catalog, r.GetValue(party)!);
            Id<Party> b = PartyId(catalog, r.GetValue(other)!);
            var shared = catalog.JointMembershipsOn(a, b, day);
            int unlisted = Reports.UnlistedPossible(catalog, shared.Select(j => j.Organization), day, a, b);
            Print(output, r, json, tableFormat, null, () => Reports.Joint(catalog, a, b, shared, day, unlisted), () => Reports.MembershipsLeftOut(unlisted, day, "both parties"));
            return 0;
        });

        var statusCommand = new Command("status", "Whether a party belongs to an organization on a day, and in which status: certainly, possibly or no, never no where the source has no data") { organization, party, on, data, json, format };
        statusCommand.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data), r.GetValue(organization), r.GetValue(party));
            Organization o = catalog.GetOrganization(OrganizationId(catalog, r.GetValue(organization)!));
            Id<Party> p = PartyId(catalog, r.GetValue(party)!);
            LocalDate day = r.GetValue(on) ?? today();
            StatusReport report = catalog.StatusReportOn(o.Id, p, day);
            Print(output, r, json, format, () => OrgModelJson.Serialize(report), () => Reports.Status(catalog, report));
            return 0;
        });

        var post = new Argument<string>("post") { Description = "The post's identifier, such as secretary-general (case is ignored)" };
        var holder = new Command("holder", "Who held a post of an organization on a day") { organization, post, on, data, json, format };
        holder.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data), r.GetValue(organization));
            Organization o = catalog.GetOrganization(OrganizationId(catalog, r.GetValue(organization)!));
            string wanted = r.GetValue(post)!;
            Post p = o.Posts.FirstOrDefault(x => string.Equals(x.Id.Value, wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliError($"{o.Id} has no post '{wanted}'{(o.Posts.IsEmpty ? " (it records no posts)" : $"; its posts: {string.Join(", ", o.Posts.Select(x => x.Id.Value))}")}", CliError.Failure);
            LocalDate day = r.GetValue(on) ?? today();
            ImmutableArray<Answer<TimelineEntry<Tenure>>> tenures = catalog.HolderCandidatesOn(o.Id, p.Id, day);
            Print(output, r, json, format, () => OrgModelJson.Serialize(tenures), () => Reports.Holder(catalog, o, p, tenures, day));
            return 0;
        });

        var agreements = new Command("agreements", "List an organization's agreements: signatories, instruments of consent, entry into force overall and for each party") { organization, data, tableFormat };
        agreements.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data), r.GetValue(organization));
            Organization o = catalog.GetOrganization(OrganizationId(catalog, r.GetValue(organization)!));
            Print(output, r, json, tableFormat, null, () => Reports.Agreements(catalog, o));
            return 0;
        });

        var svgFile = new Option<string>("--output", "-o") { Description = "The SVG file to write", Required = true };
        var timeline = new Command("timeline", "Draw an organization's history as an SVG picture: members and their status, chair terms, heads of the secretariat, sessions") { organization, from, to, data, svgFile };
        timeline.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data), r.GetValue(organization));
            Id<Organization> id = OrganizationId(catalog, r.GetValue(organization)!);
            LocalDate last = r.GetValue(to) ?? today();
            LocalDate first = r.GetValue(from) ?? FirstRecordedDay(catalog.GetOrganization(id)) ?? last.PlusYears(-20);
            if (last <= first)
            {
                throw new CliError($"--to ({LocalDatePattern.Iso.Format(last)}) must come after --from ({LocalDatePattern.Iso.Format(first)})", CliError.Usage);
            }

            WriteOut(output, r.GetValue(svgFile), Interop.Drawing.TimelineSvg.Render(catalog, id, first, last).TrimEnd('\n'), $"{id} from {LocalDatePattern.Iso.Format(first)} to {LocalDatePattern.Iso.Format(last)}");
            return 0;
        });

        var check = new Command("check", "Test an organization against the Correlates of War definition of an IGO (three member states, a plenary at least every ten years, a permanent secretariat), criterion by criterion, with the facts used") { organization, on, data, tableFormat };
        check.SetAction(r =>
        {
            Catalog catalog = CatalogLoader.Load(r.GetValue(data), r.GetValue(organization));
            Id<Organization> id = OrganizationId(catalog, r.GetValue(organization)!);
            LocalDate day = r.GetValue(on) ?? today();
            Print(output, r, json, tableFormat, null, () => Reports.IgoCheck(catalog, Interop.Cow.CowIgoDefinition.Check(catalog, id, day)));
            return 0;
        });

        var validate = new Command("validate", "Check a catalog file: exit 0 when it is valid; otherwise print each problem with its JSON path and exit 1") { file };
        validate.SetAction(r =>
        {
            string path = r.GetValue(file)!;
            byte[] document = CatalogLoader.ReadFile(path);
            bool single = IsOrganizationDocument(document);
            var problems = single ? OrgModelJson.ValidateOrganization(document) : OrgModelJson.ValidateCatalog(document);
            if (problems.IsEmpty)
            {
                if (single)
                {
                    output.WriteLine($"{path}: valid (an organization document: {OrgModelJson.DeserializeOrganization(document).Id})");
                    return 0;
                }

                Catalog catalog = OrgModelJson.DeserializeCatalog(document);
                output.WriteLine($"{path}: valid ({catalog.Parties.Count} parties, {catalog.Organizations.Count} organizations)");
                return 0;
            }

            foreach (OrgModelJsonException problem in problems)
            {
                output.WriteLine($"{TerminalText.Clean(path)}: {TerminalText.Clean(problem.Message, TerminalText.MaxLine)}");
            }

            output.WriteLine($"{path}: {problems.Length} problem{(problems.Length == 1 ? string.Empty : "s")}");
            return CliError.Failure;
        });

        var csv = new Argument<string>("igo_year_csv") { Description = "The COW IGO v3 IGO-year file, igo_year_formatv3.csv" };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Where to write the catalog JSON (default: standard output)" };
        var cow = new Command("cow", "Import the Correlates of War IGO data v3.0 (cite: Pevehouse et al. 2020, JPR 57(3):492–503)") { csv, outputFile };
        cow.SetAction(r =>
        {
            string path = r.GetValue(csv)!;
            Catalog catalog;
            try
            {
                using Stream input = File.OpenRead(path);
                catalog = Interop.Cow.CowIgoImporter.Import(input);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliError($"cannot read '{path}': {e.Message}", CliError.Failure);
            }
            catch (FormatException e)
            {
                throw new CliError($"'{path}' is not the COW IGO-year CSV: {e.Message}", CliError.Failure);
            }

            WriteOut(output, r.GetValue(outputFile), OrgModelJson.Serialize(catalog), $"{catalog.Parties.Count} parties, {catalog.Organizations.Count} organizations (source: COW IGO v3.0, Pevehouse et al. 2020)");
            return 0;
        });
        var popoloFile = new Argument<string>("popolo_json") { Description = "A Popolo JSON document, such as an EveryPolitician ep-popolo-v1.0.json" };
        var popoloIn = new Command("popolo", "Import a Popolo JSON document (organizations, posts, people's tenures, sources); says on standard error what it skipped") { popoloFile, outputFile };
        popoloIn.SetAction(r =>
        {
            string path = r.GetValue(popoloFile)!;
            Interop.Popolo.PopoloImport imported;
            try
            {
                imported = Interop.Popolo.PopoloImporter.Import(System.Text.Encoding.UTF8.GetString(CatalogLoader.ReadFile(path)));
            }
            catch (FormatException e)
            {
                throw new CliError($"'{path}' is not a Popolo document OrgModel can read: {e.Message}", CliError.Failure);
            }

            foreach (string line in imported.Skipped)
            {
                r.InvocationConfiguration.Error.WriteLine($"skipped: {line}");
            }

            WriteOut(output, r.GetValue(outputFile), OrgModelJson.Serialize(imported.Catalog), $"{imported.Catalog.Parties.Count} parties, {imported.Catalog.Organizations.Count} organizations, {imported.Catalog.Organizations.Sum(o => o.Posts.Sum(p => p.Tenures.Count))} tenures");
            return 0;
        });
        var import = new Command("import", "Import a catalog from another data set") { cow, popoloIn };

        var exportTarget = new Argument<string?>("organization") { Description = "The organization to export (default: the whole catalog)", Arity = ArgumentArity.ZeroOrOne };
        var exportFile = new Option<string?>("--output", "-o") { Description = "Where to write the document (default: standard output)" };
        // An export command: one organization (or the whole catalog) written by the given exporter.
        Command Exporter(string name, string description, Func<Catalog, string> all, Func<Catalog, Id<Organization>, string> one)
        {
            var command = new Command(name, description) { exportTarget, data, exportFile };
            command.SetAction(r =>
            {
                string? wanted = r.GetValue(exportTarget);
                Catalog catalog = CatalogLoader.Load(r.GetValue(data), wanted);
                string document = wanted is null ? all(catalog) : one(catalog, OrganizationId(catalog, wanted));
                WriteOut(output, r.GetValue(exportFile), document, wanted is null ? $"{catalog.Organizations.Count} organizations" : wanted);
                return 0;
            });
            return command;
        }

        var popoloOut = Exporter("popolo", "Export an organization (or the catalog) as Popolo JSON; docs/popolo.md says what Popolo cannot hold", Interop.Popolo.PopoloExporter.Export, Interop.Popolo.PopoloExporter.Export);
        var jsonLdOut = Exporter("jsonld", "Export an organization (or the catalog) as JSON-LD in the terms of the W3C Organization Ontology; docs/linked-data.md describes the mapping", Interop.LinkedData.JsonLdExporter.Export, Interop.LinkedData.JsonLdExporter.Export);
        var export = new Command("export", "Export to another format") { popoloOut, jsonLdOut };

        // The root is named for the command users type (the installed tool is "orgmodel"), not for
        // the assembly, which a RootCommand would print in help; so it carries help and version itself.
        return new Command("orgmodel", "orgmodel — ask about intergovernmental organizations on any date")
        {
            new HelpOption(), new VersionOption(), data, json, show, members, statusCommand, memberships, history, sessions, chair, rotation, list, parties, joint, holder, agreements, check, timeline, validate, import, export,
        };
    }

    // Writes a document to the file asked for (saying so on one line), or to standard output.
    private static void WriteOut(TextWriter output, string? target, string document, string summary)
    {
        if (target is null)
        {
            output.WriteLine(document);
            return;
        }

        try
        {
            File.WriteAllText(target, document + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"cannot write '{target}': {e.Message}", CliError.Failure);
        }

        output.WriteLine($"{target}: {summary}");
    }

    // A period's last day may not come before its first; when the first is a default the user did not
    // give, the message says which default, so that "--to is before --from" never blames an absent option.
    private static void RequireOrder(LocalDate first, LocalDate last, string? defaultFrom)
    {
        if (last < first)
        {
            string to = LocalDatePattern.Iso.Format(last), from = LocalDatePattern.Iso.Format(first);
            throw new CliError(defaultFrom is null ? $"--to ({to}) is before --from ({from})" : $"--to ({to}) is before the default --from ({from}, {defaultFrom}); give --from too", CliError.Usage);
        }
    }

    // Prints a result as the user asked: JSON (--json or --format json), CSV (the report's tables,
    // captured instead of drawn) or the readable report.
    // leftOpen: what a JSON or CSV result cannot say inside itself (a list that may be incomplete); it
    // goes to standard error as a note, so that the output stays the format and the reader still learns it.
    private static void Print(TextWriter output, ParseResult r, Option<bool> json, Option<string?> format, Func<string>? asJson, Func<string> report, Func<string>? leftOpen = null)
    {
        string chosen = r.GetValue(json) ? "json" : r.GetValue(format) ?? "table";
        if (chosen != "table" && leftOpen?.Invoke() is { Length: > 0 } note)
        {
            foreach (string line in note.Split(Environment.NewLine))
            {
                r.InvocationConfiguration.Error.WriteLine($"orgmodel: note: {line}");
            }
        }

        if (chosen == "json")
        {
            // --json given before the command name reaches a command that has no JSON form: say so rather than print a table.
            output.WriteLine(asJson?.Invoke() ?? throw new CliError($"'{r.CommandResult.Command.Name}' has no JSON output; --format csv gives its tables", CliError.Usage));
            return;
        }

        if (chosen == "csv")
        {
            var tables = new List<TextTable>();
            TextTable.Captured.Value = tables;
            try
            {
                report();
            }
            finally
            {
                TextTable.Captured.Value = null;
            }

            output.Write(string.Join(Environment.NewLine, tables.Select(t => t.ToCsv())));
            return;
        }

        output.WriteLine(report());
    }

    // An option that takes one of a few words, ignoring case (like identifiers); the help lists them all.
    private static Option<string?> ChoiceOption(string name, string description, string[] values, string? defaultValue)
    {
        var option = new Option<string?>(name)
        {
            Description = $"{description}: {string.Join(", ", values)}{(defaultValue is null ? string.Empty : $" (default: {defaultValue})")}; case is ignored",
            HelpName = string.Join("|", values),
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                string? match = values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    result.AddError($"{name}: '{text}' is not one of {string.Join(", ", values)}");
                }

                return match;
            },
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        return option;
    }

    // Messages quote data: line breaks become spaces, other control characters escapes, long ones are clipped.
    private static string OneLine(string message) =>
        TerminalText.Clean(string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim())), TerminalText.MaxLine);

    private static Option<LocalDate?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError($"{name}: '{text}' is not a date; expected YYYY-MM-DD");
            return null;
        },
    };

    // A document whose top-level object has an "organization" property is a single-organization
    // document; anything else is read as a catalog (which reports what is wrong with it).
    private static bool IsOrganizationDocument(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new System.Text.Json.Utf8JsonReader(utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json);
        try
        {
            if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("organization"u8))
                {
                    return true;
                }

                reader.Skip();
            }
        }
        catch (System.Text.Json.JsonException)
        {
        }

        return false;
    }

    // An identifier or alias (UN, NATO, Q1065; Türkiye, TUR), else one line saying what was meant.
    private static Id<Organization> OrganizationId(Catalog catalog, string text) =>
        Resolve(text, catalog.OrganizationsNamed(text), "organization", catalog.Organizations.Select(o => o.Id.Value));

    private static Id<Party> PartyId(Catalog catalog, string text) =>
        Resolve(text, catalog.PartiesNamed(text), "party", catalog.Parties.Select(p => p.Id.Value));

    private static Id<T> Resolve<T>(string text, System.Collections.Immutable.ImmutableArray<Id<T>> found, string what, IEnumerable<string> known)
        where T : class
    {
        if (found.Length == 1)
        {
            return found[0];
        }

        if (found.Length > 1)
        {
            throw new CliError($"'{text}' names several {(what == "party" ? "parties" : "organizations")}: {string.Join(", ", found.Select(f => f.Value).Order(StringComparer.OrdinalIgnoreCase))}; use one of these identifiers", CliError.Failure);
        }

        string[] closest = [.. DidYouMean.Closest(text, known, 3)];
        throw new CliError($"no {what} '{text}' in the catalog{(closest.Length == 0 ? string.Empty : $"; did you mean {string.Join(", ", closest)}?")}", CliError.Failure);
    }

    private static LocalDate? FirstRecordedDay(Organization o) =>
        o.Founded?.Earliest ?? o.Names.Entries.Select(e => e.Range.Start).FirstOrDefault(s => s is not null)?.Earliest;
}

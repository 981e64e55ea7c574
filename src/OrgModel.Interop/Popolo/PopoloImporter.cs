using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;
using static OrgModel.Interop.Popolo.PopoloVocabulary;

namespace OrgModel.Interop.Popolo;

/// <summary>
/// Reads a Popolo JSON document (popoloproject.com) — the output of <see cref="PopoloExporter"/> or a
/// legislature from EveryPolitician — into a catalog, and reports what the model does not keep.
/// </summary>
/// <remarks>
/// <para>
/// A Popolo organization that memberships, posts or events point to becomes an organization; one that
/// is only a member, a parent or a nominating party becomes a party (a state, a legislature, an
/// organization or another entity, by its <c>classification</c>). A membership of a person is a tenure
/// of its post (or of a post named by its role, "member" for a parliament), nominated by its
/// <c>on_behalf_of</c> party; one without dates takes those of its legislative period. A membership of
/// an organization is a status span (its <c>role</c>: full member, associate member, observer,
/// suspended member), or a chair term when it holds the chair post. Popolo's <c>end_date</c> is the
/// last day inside, so it becomes an inclusive end.
/// </para>
/// <para>
/// Not kept, and reported in <see cref="PopoloImport.Skipped"/>: areas, elections, people's contact
/// details, birth dates, gender, images, links and identifiers, memberships' areas, and any name an
/// organization has besides its names over time.
/// </para>
/// </remarks>
public static partial class PopoloImporter
{
    /// <summary>Reads a Popolo document.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The catalog and the report of what was skipped.</returns>
    /// <exception cref="FormatException">The text is not JSON, or a value breaks Popolo or the model; the message starts with the JSON path.</exception>
    public static PopoloImport Import(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"$: not JSON: {e.Message}", e);
        }

        using (document)
        {
            try
            {
                return new Reader(document.RootElement).Read();
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"$: the document breaks a rule of the model: {e.Message}", e);
            }
        }
    }

    [GeneratedRegex(@"^(?<series>[a-z0-9-]+) (?<ordinal>\d+) \(")]
    private static partial Regex SessionName();

    private sealed class Reader(JsonElement root)
    {
        private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);
        private readonly Dictionary<string, JsonElement> _organizations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Person> _persons = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (JsonElement Post, string Path)> _posts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DateRange> _periods = new(StringComparer.Ordinal);

        public PopoloImport Read()
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("$: a Popolo document is a JSON object.");
            }

            foreach ((JsonElement o, string path) in Items("organizations"))
            {
                _organizations[RequiredText(o, "id", path)] = o;
            }

            foreach ((JsonElement p, string path) in Items("persons"))
            {
                ReadPerson(p, path);
            }

            foreach ((JsonElement p, string path) in Items("posts"))
            {
                _posts[RequiredText(p, "id", path)] = (p, path);
            }

            var sessions = new Dictionary<string, List<Session>>(StringComparer.Ordinal);
            foreach ((JsonElement e, string path) in Items("events"))
            {
                ReadEvent(e, path, sessions);
            }

            foreach ((JsonElement _, string _) in Items("areas"))
            {
                Skip("areas (constituencies and regions): not modelled");
            }

            // Which Popolo organizations are organizations here: those something happens in.
            var hosts = new HashSet<string>(StringComparer.Ordinal);
            foreach ((JsonElement m, string path) in Items("memberships"))
            {
                hosts.Add(RequiredText(m, "organization_id", path));
            }

            hosts.UnionWith(_posts.Values.Select(p => Text(p.Post, "organization_id")).OfType<string>());
            hosts.UnionWith(sessions.Keys);
            hosts.UnionWith(_organizations.Keys.Where(k => k.StartsWith(OrganizationPrefix, StringComparison.Ordinal)));

            var statuses = new Dictionary<(string Org, string Party), List<TimelineEntry<StatusSpan>>>();
            var tenures = new Dictionary<(string Org, string Post), List<TimelineEntry<Tenure>>>();
            var chairs = new Dictionary<string, List<TimelineEntry<ChairTerm>>>(StringComparer.Ordinal);
            var partyIds = new SortedSet<string>(StringComparer.Ordinal);
            foreach ((JsonElement m, string path) in Items("memberships"))
            {
                ReadMembership(m, path, hosts, statuses, tenures, chairs, partyIds);
            }

            foreach (string id in _organizations.Keys.Where(k => !hosts.Contains(k)))
            {
                partyIds.Add(id);
            }

            var parties = partyIds.Select(ReadParty).ToList();
            foreach (Party p in parties.ToList())
            {
                if (p.StateOf is { } state && !parties.Any(x => x.Id == state))
                {
                    parties.Add(new Party(state, PartyKind.State, Timeline.Exclusive(TimelineEntry.Create(default(DateRange), state.Value))));
                }
            }

            var organizations = hosts.Order(StringComparer.Ordinal).Select(h => ReadOrganization(h, statuses, tenures, chairs, sessions)).ToList();
            EquatableArray<string> skipped = [.. _skipped.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Value} {s.Key}")];
            return new PopoloImport(new Catalog(parties, organizations), skipped);
        }

        private void ReadPerson(JsonElement p, string path)
        {
            string id = RequiredText(p, "id", path);
            string name = Text(p, "name") ?? string.Join(" ", new[] { Text(p, "given_name"), Text(p, "family_name") }.OfType<string>());
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new FormatException($"{path}.name: a person needs a name.");
            }

            var other = OtherNames(p).Where(n => n != name).Distinct(StringComparer.Ordinal).ToArray();
            _persons[id] = new Person(new Id<Person>(Local(id, PersonPrefix)), name, other.ToEquatableArray());
            foreach (string field in new[] { "birth_date", "death_date", "contact_details", "email", "gender", "image", "images", "links", "identifiers", "phone", "summary", "biography" })
            {
                if (p.TryGetProperty(field, out _))
                {
                    Skip($"persons' {field.Replace('_', ' ')}: not modelled (people are office holders here)");
                }
            }
        }

        private void ReadEvent(JsonElement e, string path, Dictionary<string, List<Session>> sessions)
        {
            string id = RequiredText(e, "id", path);
            string? classification = Text(e, "classification");
            if (classification == "legislative period")
            {
                _periods[id] = new DateRange(Date(e, "start_date", path), null) is var r && Date(e, "end_date", path) is { } end
                    ? DateRange.BetweenInclusive(r.Start ?? end, end)
                    : r;
                Skip("legislative periods: used as the dates of the memberships that name them, not kept");
                return;
            }

            if (Text(e, "organization_id") is not { } organization || classification is null || !SeriesPattern().IsMatch(classification) || Date(e, "start_date", path) is not { } start)
            {
                Skip($"events ({classification ?? "unclassified"}): not modelled");
                return;
            }

            Match name = SessionName().Match(Text(e, "name") ?? string.Empty);
            int? ordinal = name.Success ? int.Parse(name.Groups["ordinal"].Value, CultureInfo.InvariantCulture) : null;
            PartialDate? last = Date(e, "end_date", path);
            var session = new Session(
                new Id<Session>(Local(id[(id.LastIndexOf('/') + 1)..], string.Empty)),
                classification,
                ordinal,
                SessionKind.Regular,
                start,
                PlaceOf(Text(e, "location") ?? "unknown", null),
                lastDay: last == start ? null : last,
                provenance: Provenance(e));
            (sessions.TryGetValue(organization, out var list) ? list : sessions[organization] = []).Add(session);
        }

        private void ReadMembership(JsonElement m, string path, HashSet<string> hosts, Dictionary<(string, string), List<TimelineEntry<StatusSpan>>> statuses, Dictionary<(string, string), List<TimelineEntry<Tenure>>> tenures, Dictionary<string, List<TimelineEntry<ChairTerm>>> chairs, SortedSet<string> partyIds)
        {
            string organization = RequiredText(m, "organization_id", path);
            DateRange range = Range(m, path);
            if (m.TryGetProperty("area_id", out _))
            {
                Skip("memberships' areas (constituencies): not modelled");
            }

            string? postId = Text(m, "post_id");
            if (Text(m, "person_id") is { } personId)
            {
                Person person = _persons.TryGetValue(personId, out Person? p) ? p : throw new FormatException($"{path}.person_id: no person has the id '{personId}'.");
                string post = postId is not null ? Local(postId, PostPrefix + Local(organization, OrganizationPrefix) + "/") : Local(Text(m, "role") ?? "member", string.Empty);
                string? onBehalfOf = Text(m, "on_behalf_of_id");
                if (onBehalfOf is not null)
                {
                    partyIds.Add(onBehalfOf);
                }

                string? label = Text(m, "label");
                TenureRole role = Enum.GetValues<TenureRole>().FirstOrDefault(r => label?.StartsWith(r.ToString(), StringComparison.OrdinalIgnoreCase) == true);
                var tenure = new Tenure(person, role, nominatedBy: onBehalfOf is null ? null : new Id<Party>(Local(onBehalfOf, PartyPrefix)), provenance: Provenance(m));
                (tenures.TryGetValue((organization, post), out var list) ? list : tenures[(organization, post)] = []).Add(TimelineEntry.Create(range, tenure));
                return;
            }

            string member = MemberId(m, path);
            partyIds.Add(member);
            var party = new Id<Party>(Local(member, PartyPrefix));
            if (postId is not null && _posts.TryGetValue(postId, out var chairPost) && Text(chairPost.Post, "role") == ChairPost)
            {
                string? label = Text(m, "label");
                int note = label?.IndexOf(NonMemberNote, StringComparison.Ordinal) ?? -1;
                string? reason = note < 0 ? null : label![(note + NonMemberNote.Length)..];
                (chairs.TryGetValue(organization, out var list) ? list : chairs[organization] = []).Add(TimelineEntry.Create(range, new ChairTerm(party, nonMemberReason: reason, provenance: Provenance(m))));
                return;
            }

            if (Status(Text(m, "role")) is not { } status)
            {
                Skip($"memberships of organizations with a role that is not a status ({Text(m, "role")}): not modelled");
                return;
            }

            (statuses.TryGetValue((organization, member), out var spans) ? spans : statuses[(organization, member)] = []).Add(TimelineEntry.Create(range, new StatusSpan(status, provenance: Provenance(m))));
        }

        private Party ReadParty(string popoloId)
        {
            var id = new Id<Party>(Local(popoloId, PartyPrefix));
            if (!_organizations.TryGetValue(popoloId, out JsonElement o))
            {
                return new Party(id, PartyKind.OtherEntity, Timeline.Exclusive(TimelineEntry.Create(default(DateRange), id.Value)));
            }

            string name = Text(o, "name") is { Length: > 0 } n ? n : id.Value;
            string? parent = Text(o, "parent_id");
            var identifiers = Identifiers(o, out string? iso);
            PartyKind kind = Text(o, "classification") switch
            {
                "state" => PartyKind.State,
                "legislature" when parent is not null => PartyKind.Legislature,
                "organization" or "party" or "political party" => PartyKind.Organization,
                _ => PartyKind.OtherEntity,
            };
            return new Party(id, kind, Timeline.Exclusive(TimelineEntry.Create(default(DateRange), name)), kind == PartyKind.State ? iso : null,
                stateOf: kind == PartyKind.Legislature ? new Id<Party>(Local(parent!, PartyPrefix)) : null, identifiers: identifiers, provenance: Provenance(o));
        }

        private Organization ReadOrganization(string popoloId, Dictionary<(string Org, string Party), List<TimelineEntry<StatusSpan>>> statuses, Dictionary<(string Org, string Post), List<TimelineEntry<Tenure>>> tenures, Dictionary<string, List<TimelineEntry<ChairTerm>>> chairs, Dictionary<string, List<Session>> sessions)
        {
            JsonElement o = _organizations.TryGetValue(popoloId, out JsonElement found) ? found : default;
            string path = $"$.organizations[id={popoloId}]";
            var id = new Id<Organization>(Local(popoloId, OrganizationPrefix));
            var memberships = statuses.Where(s => s.Key.Org == popoloId).OrderBy(s => s.Key.Party, StringComparer.Ordinal)
                .Select(s => new Membership(new Id<Party>(Local(s.Key.Party, PartyPrefix)), Timeline.Exclusive(s.Value)));
            var posts = tenures.Where(t => t.Key.Org == popoloId).OrderBy(t => t.Key.Post, StringComparer.Ordinal).Select(t =>
            {
                string title = _posts.TryGetValue(PostId(id, t.Key.Post), out var p) ? Text(p.Post, "label") ?? t.Key.Post
                    : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(t.Key.Post.Replace('-', ' '));
                bool overlapping = !TryExclusive(t.Value, out Timeline<Tenure>? exclusive);
                return overlapping
                    ? new Post(new Id<Post>(t.Key.Post), title, Timeline.AllowingOverlaps(t.Value), Math.Clamp(t.Value.Count, 2, 1000))
                    : new Post(new Id<Post>(t.Key.Post), title, exclusive!);
            });
            Timeline<ChairTerm>? chairTerms = chairs.TryGetValue(popoloId, out var terms) ? Timeline.Exclusive(terms) : null;
            string name = o.ValueKind == JsonValueKind.Object && Text(o, "name") is { Length: > 0 } n ? n : id.Value;
            Provenance provenance = o.ValueKind == JsonValueKind.Object ? Provenance(o) : Model.Provenance.None;
            if (o.ValueKind == JsonValueKind.Object && provenance.Sources.IsEmpty && root.TryGetProperty("meta", out JsonElement meta))
            {
                provenance = Model.Provenance.From([.. SourceUrls(meta)]);
            }

            return new Organization(
                id,
                Text(o, "classification") switch
                {
                    "intergovernmental organization" => OrganizationClassification.IntergovernmentalOrganization,
                    "parliamentary assembly" => OrganizationClassification.ParliamentaryAssembly,
                    "organ" => OrganizationClassification.Organ,
                    _ => OrganizationClassification.Other,
                },
                Names(o, name, path),
                founded: o.ValueKind == JsonValueKind.Object ? Date(o, "founding_date", path) : null,
                dissolved: o.ValueKind == JsonValueKind.Object ? Date(o, "dissolution_date", path) : null,
                identifiers: o.ValueKind == JsonValueKind.Object ? Identifiers(o, out _) : default,
                memberships: [.. memberships],
                sessions: sessions.TryGetValue(popoloId, out var s) ? [.. s] : default,
                secretariat: Seats(o, path),
                posts: [.. posts],
                chairTerms: chairTerms,
                provenance: provenance);
        }

        private static bool TryExclusive(List<TimelineEntry<Tenure>> entries, out Timeline<Tenure>? timeline)
        {
            try
            {
                timeline = Timeline.Exclusive(entries);
                return true;
            }
            catch (ArgumentException)
            {
                timeline = null;
                return false;
            }
        }

        private Timeline<OrganizationName> Names(JsonElement o, string name, string path)
        {
            if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("other_names", out JsonElement others) || others.ValueKind != JsonValueKind.Array)
            {
                return Timeline.Exclusive(TimelineEntry.Create(default(DateRange), new OrganizationName(name)));
            }

            var names = new List<TimelineEntry<OrganizationName>>();
            var abbreviations = new Dictionary<string, string>(StringComparer.Ordinal);
            int i = 0;
            foreach (JsonElement n in others.EnumerateArray())
            {
                string at = $"{path}.other_names[{i++}]";
                string text = RequiredText(n, "name", at);
                switch (Text(n, "note"))
                {
                    case NameNote:
                        names.Add(TimelineEntry.Create(Range(n, at), new OrganizationName(text)));
                        break;
                    case AbbreviationNote:
                        abbreviations[Text(n, "start_date") ?? string.Empty] = text;
                        break;
                    default:
                        Skip("organizations' other names (aliases without dates): not modelled");
                        break;
                }
            }

            if (names.Count == 0)
            {
                return Timeline.Exclusive(TimelineEntry.Create(default(DateRange), new OrganizationName(name, abbreviations.GetValueOrDefault(string.Empty))));
            }

            return Timeline.Exclusive(names.Select(e => TimelineEntry.Create(e.Range, new OrganizationName(e.Value.Name, abbreviations.GetValueOrDefault(PopoloVocabulary.Date(e.Range.Start) ?? string.Empty)))));
        }

        private Secretariat? Seats(JsonElement o, string path)
        {
            if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("contact_details", out JsonElement details) || details.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var seats = new List<TimelineEntry<Seat>>();
            int i = 0;
            foreach (JsonElement d in details.EnumerateArray())
            {
                string at = $"{path}.contact_details[{i++}]";
                if (Text(d, "type") == "address" && Text(d, "label") == SeatLabel)
                {
                    var range = new DateRange(Date(d, "valid_from", at), Date(d, "valid_until", at), endIsInclusive: true);
                    seats.Add(TimelineEntry.Create(range, new Seat(PlaceOf(RequiredText(d, "value", at), Text(d, "note")))));
                }
                else
                {
                    Skip("organizations' contact details other than the secretariat's seat: not modelled");
                }
            }

            return seats.Count == 0 ? null : new Secretariat(Timeline.Exclusive(seats));
        }

        private EquatableArray<ExternalIdentifier> Identifiers(JsonElement o, out string? iso)
        {
            iso = null;
            var list = new List<ExternalIdentifier>();
            if (!o.TryGetProperty("identifiers", out JsonElement ids) || ids.ValueKind != JsonValueKind.Array)
            {
                return default;
            }

            foreach (JsonElement i in ids.EnumerateArray())
            {
                string? scheme = Text(i, "scheme");
                string? value = Text(i, "identifier");
                if (scheme is null || value is null)
                {
                    continue;
                }

                if (scheme == IdentifierSchemes.Iso3166Alpha3)
                {
                    iso = value;
                }

                try
                {
                    list.Add(new ExternalIdentifier(scheme, value));
                }
                catch (ArgumentException)
                {
                    Skip($"identifiers in a scheme or form the model does not accept ({scheme}): not kept");
                }
            }

            return [.. list];
        }

        private static Provenance Provenance(JsonElement e)
        {
            if (!e.TryGetProperty("sources", out JsonElement sources) || sources.ValueKind != JsonValueKind.Array)
            {
                return Model.Provenance.None;
            }

            var list = new List<Source>();
            foreach (JsonElement s in sources.EnumerateArray())
            {
                if (Text(s, "url") is { } url && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    list.Add(new Source(Text(s, "note") is { Length: > 0 } note ? note : url, uri));
                }
            }

            return list.Count == 0 ? Model.Provenance.None : Model.Provenance.From([.. list]);
        }

        private static IEnumerable<Source> SourceUrls(JsonElement meta)
        {
            if (!meta.TryGetProperty("sources", out JsonElement sources) || sources.ValueKind != JsonValueKind.Array)
            {
                yield break;
            }

            foreach (JsonElement s in sources.EnumerateArray())
            {
                if (s.ValueKind == JsonValueKind.String && Uri.TryCreate(s.GetString(), UriKind.Absolute, out Uri? uri))
                {
                    yield return new Source(uri.OriginalString, uri);
                }
            }
        }

        private DateRange Range(JsonElement e, string path)
        {
            PartialDate? start = Date(e, "start_date", path);
            PartialDate? end = Date(e, "end_date", path);
            // A membership that leaves out a date takes its legislative period's.
            if (Text(e, "legislative_period_id") is { } period && _periods.TryGetValue(period, out DateRange byPeriod))
            {
                if (start is null && end is { } last && byPeriod.Start is { } first && last.Latest < first.Earliest)
                {
                    Skip("memberships that end before their legislative period starts: start left unknown");
                }
                else
                {
                    start ??= byPeriod.Start;
                }

                end ??= byPeriod.End;
            }

            string? problem = start is { } s && end is { } t && t.Latest < s.Earliest ? $"the end_date {t} comes before the start_date {s}." : null;
            return problem is null ? new DateRange(start, end, endIsInclusive: true) : throw new FormatException($"{path}.end_date: {problem}");
        }

        private static PartialDate? Date(JsonElement e, string property, string path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(property, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            string? text = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return text is { Length: > 0 } && PartialDate.TryParse(text.AsSpan(), out PartialDate date, out _) ? date
                : text is { Length: 0 } ? null
                : throw new FormatException($"{path}.{property}: '{v}' is not a Popolo date (YYYY, YYYY-MM or YYYY-MM-DD).");
        }

        private static string MemberId(JsonElement m, string path)
        {
            if (m.TryGetProperty("member", out JsonElement member) && member.ValueKind == JsonValueKind.Object && Text(member, "id") is { } id)
            {
                return id;
            }

            return Text(m, "member_id") ?? throw new FormatException($"{path}: a membership names a person (person_id) or a member organization (member), and this one names neither.");
        }

        private IEnumerable<(JsonElement Item, string Path)> Items(string property)
        {
            if (!root.TryGetProperty(property, out JsonElement array) || array.ValueKind == JsonValueKind.Null)
            {
                yield break;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"$.{property}: expected an array.");
            }

            int i = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string path = $"$.{property}[{i++}]";
                yield return item.ValueKind == JsonValueKind.Object ? (item, path) : throw new FormatException($"{path}: expected an object.");
            }
        }

        private static IEnumerable<string> OtherNames(JsonElement p)
        {
            if (!p.TryGetProperty("other_names", out JsonElement names) || names.ValueKind != JsonValueKind.Array)
            {
                yield break;
            }

            foreach (JsonElement n in names.EnumerateArray())
            {
                if (Text(n, "name") is { Length: > 0 } name)
                {
                    yield return name;
                }
            }
        }

        private static string RequiredText(JsonElement e, string property, string path) =>
            Text(e, property) is { Length: > 0 } text ? text : throw new FormatException($"{path}.{property}: required, as a non-empty string.");

        private static string? Text(JsonElement e, string property) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private void Skip(string what) => _skipped[what] = _skipped.GetValueOrDefault(what) + 1;
    }

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex SeriesPattern();
}

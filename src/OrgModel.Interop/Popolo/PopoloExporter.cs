using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OrgModel.Model;
using OrgModel.Time;
using static OrgModel.Interop.Popolo.PopoloVocabulary;

namespace OrgModel.Interop.Popolo;

/// <summary>
/// Writes organizations as Popolo JSON (popoloproject.com): the organization and its member parties as
/// Popolo organizations, status spans and office holders as memberships, posts and their holders,
/// the secretariat's seat as an address, sessions as events and sources as Popolo sources.
/// </summary>
/// <remarks>
/// Popolo cannot say everything OrgModel holds; <c>docs/popolo.md</c> lists each loss. In short: a
/// status span becomes a membership whose <c>role</c> is the status; certainty, qualifiers (<c>~</c>,
/// <c>?</c>), decades and centuries, reasons for a change, disputed flags, election days, data gaps,
/// agreements, rotation rules and projected chair terms are not written; an exclusive end becomes
/// Popolo's inclusive <c>end_date</c> (the day before, or the same year or month when the end is known
/// only that far); an end that is unknown is left out and said in the membership's <c>label</c>.
/// Identifiers carry a prefix (<c>organization/</c>, <c>party/</c>, <c>person/</c>, <c>post/</c>,
/// <c>event/</c>) so that an organization and a party with the same identifier stay apart.
/// </remarks>
public static class PopoloExporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one organization of a catalog, with the parties and people it names.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <returns>A Popolo JSON document.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static string Export(Catalog catalog, Id<Organization> organization)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Write(catalog, [catalog.GetOrganization(organization)]);
    }

    /// <summary>Writes every organization of a catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>A Popolo JSON document.</returns>
    public static string Export(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Write(catalog, catalog.Organizations);
    }

    private static string Write(Catalog catalog, IReadOnlyList<Organization> organizations)
    {
        var parties = new SortedSet<string>(StringComparer.Ordinal);
        var persons = new SortedDictionary<string, Person>(StringComparer.Ordinal);
        foreach (Organization o in organizations)
        {
            parties.UnionWith(o.Memberships.Select(m => m.Party.Value));
            parties.UnionWith(o.ChairTerms.Select(t => t.Value.Holder.Value));
            foreach (Post p in o.Posts)
            {
                foreach (TimelineEntry<Tenure> t in p.Tenures)
                {
                    persons[t.Value.Holder.Id.Value] = t.Value.Holder;
                    if (t.Value.NominatedBy is { } by)
                    {
                        parties.Add(by.Value);
                    }
                }
            }
        }

        foreach (Organization o in organizations)
        {
            parties.UnionWith(o.Secretariat?.Seats.Select(seat => seat.Value.Place.Country?.Value).OfType<string>() ?? []);
        }

        // A legislature's state is written too, so that its parent_id resolves.
        parties.UnionWith(parties.Select(id => catalog.GetParty(new Id<Party>(id)).StateOf?.Value).OfType<string>().ToList());

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("organizations");
            foreach (Organization o in organizations)
            {
                WriteOrganization(w, o);
            }

            foreach (string id in parties)
            {
                WriteParty(w, catalog.GetParty(new Id<Party>(id)));
            }

            w.WriteEndArray();
            w.WriteStartArray("persons");
            foreach (Person p in persons.Values)
            {
                w.WriteStartObject();
                w.WriteString("id", PersonId(p.Id));
                w.WriteString("name", p.Name);
                if (!p.OtherNames.IsEmpty)
                {
                    w.WriteStartArray("other_names");
                    foreach (string n in p.OtherNames)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", n);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("posts");
            foreach (Organization o in organizations)
            {
                foreach (Post p in o.Posts)
                {
                    w.WriteStartObject();
                    w.WriteString("id", PostId(o.Id, p.Id.Value));
                    w.WriteString("label", p.Title);
                    w.WriteString("organization_id", OrganizationId(o.Id));
                    w.WriteEndObject();
                }

                if (o.ChairTerms.Count > 0)
                {
                    w.WriteStartObject();
                    w.WriteString("id", PostId(o.Id, ChairPost));
                    w.WriteString("label", "Chair");
                    w.WriteString("role", ChairPost);
                    w.WriteString("organization_id", OrganizationId(o.Id));
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("memberships");
            foreach (Organization o in organizations)
            {
                WriteMemberships(w, o);
            }

            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (Organization o in organizations)
            {
                foreach (Session s in o.Sessions)
                {
                    w.WriteStartObject();
                    w.WriteString("id", $"{EventPrefix}{o.Id.Value}/{s.Id.Value}");
                    w.WriteString("name", s.ToString());
                    w.WriteString("classification", s.Series);
                    Text(w, "start_date", Date(s.Date));
                    Text(w, "end_date", Date(s.LastDay ?? s.Date));
                    w.WriteString("location", PlaceText(s.Place));
                    w.WriteString("organization_id", OrganizationId(o.Id));
                    Sources(w, s.Provenance);
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteOrganization(Utf8JsonWriter w, Organization o)
    {
        w.WriteStartObject();
        w.WriteString("id", OrganizationId(o.Id));
        w.WriteString("name", o.Names[^1].Value.Name);
        w.WriteString("classification", JsonNamingPolicy.KebabCaseLower.ConvertName(o.Classification.ToString()).Replace('-', ' '));
        w.WriteStartArray("other_names");
        foreach (TimelineEntry<OrganizationName> n in o.Names)
        {
            w.WriteStartObject();
            w.WriteString("name", n.Value.Name);
            Text(w, "start_date", Date(n.Range.Start));
            Text(w, "end_date", EndDate(n.Range));
            w.WriteString("note", NameNote);
            w.WriteEndObject();
            if (n.Value.Abbreviation is { } abbreviation)
            {
                w.WriteStartObject();
                w.WriteString("name", abbreviation);
                Text(w, "start_date", Date(n.Range.Start));
                Text(w, "end_date", EndDate(n.Range));
                w.WriteString("note", AbbreviationNote);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        Identifiers(w, o.Identifiers);
        Text(w, "founding_date", Date(o.Founded));
        Text(w, "dissolution_date", o.Dissolved is not null ? Date(o.Dissolved) : Date(o.ActiveThrough));
        if (o.Secretariat is { } secretariat && secretariat.Seats.Count > 0)
        {
            w.WriteStartArray("contact_details");
            foreach (TimelineEntry<Seat> seat in secretariat.Seats)
            {
                w.WriteStartObject();
                w.WriteString("type", "address");
                w.WriteString("label", SeatLabel);
                w.WriteString("value", PlaceText(seat.Value.Place));
                Text(w, "note", seat.Value.Place.Country?.Value);
                Text(w, "valid_from", Date(seat.Range.Start));
                Text(w, "valid_until", EndDate(seat.Range));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Sources(w, o.Provenance);
        w.WriteEndObject();
    }

    private static void WriteParty(Utf8JsonWriter w, Party p)
    {
        w.WriteStartObject();
        w.WriteString("id", PartyId(p.Id));
        w.WriteString("name", p.CurrentName);
        w.WriteString("classification", p.Kind switch
        {
            PartyKind.State => "state",
            PartyKind.Legislature => "legislature",
            PartyKind.Organization => "organization",
            _ => "other entity",
        });
        Text(w, "parent_id", p.StateOf is { } state ? PartyId(state) : null);
        var identifiers = p.Identifiers.ToList();
        if (p.IsoAlpha3 is { } iso && !identifiers.Any(i => i.Scheme == IdentifierSchemes.Iso3166Alpha3))
        {
            identifiers.Add(new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha3, iso));
        }

        Identifiers(w, identifiers);
        Sources(w, p.Provenance);
        w.WriteEndObject();
    }

    private static void WriteMemberships(Utf8JsonWriter w, Organization o)
    {
        foreach (Membership m in o.Memberships)
        {
            int i = 0;
            foreach (TimelineEntry<StatusSpan> span in m.Statuses)
            {
                w.WriteStartObject();
                w.WriteString("id", $"membership/{o.Id.Value}/{m.Party.Value}/{++i}");
                Label(w, span.Range, null);
                w.WriteString("role", Role(span.Value.Status));
                w.WriteStartObject("member");
                w.WriteString("@type", "Organization");
                w.WriteString("id", PartyId(m.Party));
                w.WriteEndObject();
                w.WriteString("organization_id", OrganizationId(o.Id));
                Span(w, span.Range);
                Sources(w, span.Value.Provenance.Sources.IsEmpty ? m.Provenance : span.Value.Provenance);
                w.WriteEndObject();
            }
        }

        foreach (Post p in o.Posts)
        {
            int i = 0;
            foreach (TimelineEntry<Tenure> t in p.Tenures)
            {
                w.WriteStartObject();
                w.WriteString("id", $"membership/{o.Id.Value}/{p.Id.Value}/{++i}");
                Label(w, t.Range, t.Value.Role == TenureRole.Regular ? null : t.Value.Role.ToString().ToLowerInvariant());
                w.WriteString("role", p.Title);
                w.WriteString("person_id", PersonId(t.Value.Holder.Id));
                w.WriteString("organization_id", OrganizationId(o.Id));
                w.WriteString("post_id", PostId(o.Id, p.Id.Value));
                Text(w, "on_behalf_of_id", t.Value.NominatedBy is { } by ? PartyId(by) : null);
                Span(w, t.Range);
                Sources(w, t.Value.Provenance);
                w.WriteEndObject();
            }
        }

        int c = 0;
        foreach (TimelineEntry<ChairTerm> t in o.ChairTerms)
        {
            w.WriteStartObject();
            w.WriteString("id", $"membership/{o.Id.Value}/{ChairPost}/{++c}");
            Label(w, t.Range, null, t.Value.NonMemberReason is { } reason ? NonMemberNote + reason : null);
            w.WriteString("role", ChairPost);
            w.WriteStartObject("member");
            w.WriteString("@type", "Organization");
            w.WriteString("id", PartyId(t.Value.Holder));
            w.WriteEndObject();
            w.WriteString("organization_id", OrganizationId(o.Id));
            w.WriteString("post_id", PostId(o.Id, ChairPost));
            Span(w, t.Range);
            Sources(w, t.Value.Provenance);
            w.WriteEndObject();
        }
    }

    // Popolo has no way to say "ended, day unknown": the end is left out and the label says so.
    // The label's last part, when there is one, is free text: why a chair is held by a non-member.
    private static void Label(Utf8JsonWriter w, DateRange range, string? role, string? freeText = null)
    {
        var parts = new List<string>();
        if (role is not null)
        {
            parts.Add(role);
        }

        if (range.HasUnknownEnd)
        {
            parts.Add(range.End is { } last ? $"held through {last}, not recorded after" : "ended on a day not recorded");
        }

        if (freeText is not null)
        {
            parts.Add(freeText);
        }

        if (parts.Count > 0)
        {
            w.WriteString("label", string.Join("; ", parts));
        }
    }

    private static void Span(Utf8JsonWriter w, DateRange range)
    {
        Text(w, "start_date", Date(range.Start));
        Text(w, "end_date", EndDate(range));
    }

    private static void Identifiers(Utf8JsonWriter w, IEnumerable<ExternalIdentifier> identifiers)
    {
        var list = identifiers.ToList();
        if (list.Count == 0)
        {
            return;
        }

        w.WriteStartArray("identifiers");
        foreach (ExternalIdentifier i in list)
        {
            w.WriteStartObject();
            w.WriteString("scheme", i.Scheme);
            w.WriteString("identifier", i.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // Popolo sources need a URL; a source without one is not written.
    private static void Sources(Utf8JsonWriter w, Provenance provenance)
    {
        var sources = provenance.Sources.Where(s => s.Url is not null).ToList();
        if (sources.Count == 0)
        {
            return;
        }

        w.WriteStartArray("sources");
        foreach (Source s in sources)
        {
            w.WriteStartObject();
            w.WriteString("url", s.Url!.OriginalString);
            w.WriteString("note", s.Citation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using OrgModel.Interop.Exports;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Interop.LinkedData;

/// <summary>
/// Writes organizations as JSON-LD in the terms of the W3C Organization Ontology (ORG), with OWL-Time
/// intervals for when things held and PROV-O for sources, under the context <see cref="OrgContext"/>.
/// </summary>
/// <remarks>
/// <para>
/// An organization is an <c>org:FormalOrganization</c>; each party it names an <c>org:Organization</c>
/// (a legislature <c>org:subOrganizationOf</c> its state, an organ of another organization likewise).
/// Each status span is an <c>org:Membership</c> whose <c>org:role</c> is the status and whose
/// <c>org:memberDuring</c> is a <c>time:Interval</c>; each tenure of a post is an <c>org:Membership</c>
/// of the person with the post's role, and the <c>org:Post</c> is <c>org:heldBy</c> each holder; each
/// recorded chair term a membership of the chairing party with the role "chair". The secretariat's seats
/// are <c>org:Site</c>s with a vCard address; renames and successions are <c>org:ChangeEvent</c>s.
/// Sources are <c>prov:wasDerivedFrom</c> links with their title, publisher and date.
/// </para>
/// <para>
/// An interval's end is the last day inside (an exclusive end known to the day becomes the day before).
/// Dates keep their precision as <c>xsd:date</c>, <c>xsd:gYearMonth</c> or <c>xsd:gYear</c>; a qualified,
/// decade or century date is also written in EDTF as <c>dct:date</c>. An end no source records is left
/// out and flagged <c>orgm:endUnknown</c>; a range held through a dataset's horizon has
/// <c>orgm:heldThroughThenUnknown</c> and no end.
/// </para>
/// </remarks>
public static class JsonLdExporter
{
    /// <summary>Writes one organization of a catalog, with the parties and people it names.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <returns>A JSON-LD document with its context inline.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static string Export(Catalog catalog, Id<Organization> organization)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Write(catalog, [catalog.GetOrganization(organization)]);
    }

    /// <summary>Writes every organization of a catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>A JSON-LD document with its context inline.</returns>
    public static string Export(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Write(catalog, catalog.Organizations);
    }

    /// <summary>The IRI of an organization in the export, such as <c>urn:orgmodel:organization:turkpa</c>.</summary>
    /// <param name="id">The organization.</param>
    /// <returns>The IRI.</returns>
    public static string Iri(Id<Organization> id) => $"{OrgContext.Resources}organization:{id.Value}";

    /// <summary>The IRI of a party in the export, such as <c>urn:orgmodel:party:kaz</c>.</summary>
    /// <param name="id">The party.</param>
    /// <returns>The IRI.</returns>
    public static string Iri(Id<Party> id) => $"{OrgContext.Resources}party:{id.Value}";

    /// <summary>The IRI of the role a membership status plays, such as <c>urn:orgmodel:role:full</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The IRI.</returns>
    public static string Iri(MembershipStatus status) => $"{OrgContext.Resources}role:{status.ToString().ToLowerInvariant()}";

    /// <summary>The IRI of the role of a post's holders, such as <c>urn:orgmodel:role:turkpa:secretary-general</c>; the chair is <c>chair</c>.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="post">The post's identifier, or <c>chair</c>.</param>
    /// <returns>The IRI.</returns>
    public static string RoleIri(Id<Organization> organization, string post) => $"{OrgContext.Resources}role:{organization.Value}:{post}";

    private static string Write(Catalog catalog, IReadOnlyList<Organization> organizations)
    {
        var graph = new JsonArray();
        var parties = new SortedSet<string>(StringComparer.Ordinal);
        var persons = new Dictionary<string, (Person Person, SortedSet<string> Posts)>(StringComparer.Ordinal);
        var exported = organizations.Select(o => o.Id).ToHashSet();
        foreach (Organization o in organizations)
        {
            graph.Add((JsonNode)OrganizationNode(o, exported));
            foreach (OrganizationRelation r in o.Relations.Where(r => r.Kind == RelationKind.OrganOf && !exported.Contains(r.Target)))
            {
                graph.Add((JsonNode)new JsonObject { ["@id"] = Iri(r.Target), ["@type"] = "FormalOrganization", ["hasSubOrganization"] = Iri(o.Id) });
            }

            foreach (Membership m in o.Memberships)
            {
                parties.Add(m.Party.Value);
                int n = 0;
                foreach (TimelineEntry<StatusSpan> span in m.Statuses)
                {
                    graph.Add((JsonNode)MembershipNode($"{OrgContext.Resources}membership:{o.Id.Value}:{m.Party.Value}:{++n}", Iri(m.Party), o.Id, Iri(span.Value.Status), span.Range, span.Value.Provenance));
                }
            }

            foreach (Post p in o.Posts)
            {
                string role = RoleIri(o.Id, p.Id.Value);
                graph.Add((JsonNode)RoleNode(role, p.Title));
                var holders = new JsonArray();
                int n = 0;
                foreach (TimelineEntry<Tenure> t in p.Tenures)
                {
                    string person = $"{OrgContext.Resources}person:{t.Value.Holder.Id.Value}";
                    string post = $"{OrgContext.Resources}post:{o.Id.Value}:{p.Id.Value}";
                    if (!persons.TryGetValue(person, out var known))
                    {
                        persons[person] = known = (t.Value.Holder, new SortedSet<string>(StringComparer.Ordinal));
                    }

                    known.Posts.Add(post);
                    if (!holders.Any(h => h!.GetValue<string>() == person))
                    {
                        holders.Add((JsonNode)JsonValue.Create(person));
                    }

                    graph.Add((JsonNode)MembershipNode($"{OrgContext.Resources}tenure:{o.Id.Value}:{p.Id.Value}:{++n}", person, o.Id, role, t.Range, t.Value.Provenance));
                }

                graph.Add((JsonNode)new JsonObject
                {
                    ["@id"] = $"{OrgContext.Resources}post:{o.Id.Value}:{p.Id.Value}",
                    ["@type"] = "Post",
                    ["name"] = p.Title,
                    ["postIn"] = Iri(o.Id),
                    ["role"] = role,
                    ["heldBy"] = holders,
                });
            }

            if (o.ChairTerms.Count > 0)
            {
                string chair = RoleIri(o.Id, "chair");
                graph.Add((JsonNode)RoleNode(chair, "chair"));
                int n = 0;
                foreach (TimelineEntry<ChairTerm> t in o.ChairTerms)
                {
                    parties.Add(t.Value.Holder.Value);
                    graph.Add((JsonNode)MembershipNode($"{OrgContext.Resources}chair:{o.Id.Value}:{++n}", Iri(t.Value.Holder), o.Id, chair, t.Range, t.Value.Provenance));
                }
            }
        }

        foreach (MembershipStatus status in Enum.GetValues<MembershipStatus>())
        {
            graph.Add((JsonNode)RoleNode(Iri(status), $"{status.ToString().ToLowerInvariant()} member"));
        }

        parties.UnionWith(parties.Select(id => catalog.GetParty(new Id<Party>(id)).StateOf?.Value).OfType<string>().ToList());
        foreach (string id in parties)
        {
            graph.Add((JsonNode)PartyNode(catalog.GetParty(new Id<Party>(id))));
        }

        foreach ((string iri, (Person person, SortedSet<string> posts)) in persons.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var node = new JsonObject { ["@id"] = iri, ["@type"] = "Person", ["personName"] = person.Name, ["holds"] = new JsonArray([.. posts.Select(p => (JsonNode)p)]) };
            if (!person.OtherNames.IsEmpty)
            {
                node["altName"] = new JsonArray([.. person.OtherNames.Select(n => (JsonNode)n)]);
            }

            graph.Add((JsonNode)node);
        }

        var document = new JsonObject { ["@context"] = OrgContext.Create(), ["@graph"] = graph };
        return OrgContext.Text(document);
    }

    private static JsonObject OrganizationNode(Organization o, HashSet<Id<Organization>> exported)
    {
        var node = new JsonObject
        {
            ["@id"] = Iri(o.Id),
            ["@type"] = "FormalOrganization",
            ["name"] = o.Names[^1].Value.Name,
            ["classification"] = $"{OrgContext.Resources}classification:{JsonNamingPolicy.KebabCaseLower.ConvertName(o.Classification.ToString())}",
        };
        var alt = o.Names.Take(o.Names.Count - 1).Select(n => n.Value.Name).Concat(o.Names.Select(n => n.Value.Abbreviation).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        if (alt.Count > 0)
        {
            node["altName"] = new JsonArray([.. alt.Select(a => (JsonNode)a)]);
        }

        if (!o.Identifiers.IsEmpty)
        {
            node["identifier"] = new JsonArray([.. o.Identifiers.Select(i => (JsonNode)i.ToString())]);
        }

        if (o.Founded is { } founded)
        {
            node["date"] = founded.ToString();
        }

        var changes = new JsonArray();
        for (int i = 1; i < o.Names.Count; i++)
        {
            var change = new JsonObject
            {
                ["@id"] = $"{OrgContext.Resources}change:{o.Id.Value}:name-{i}",
                ["@type"] = "ChangeEvent",
                ["originalOrganization"] = Iri(o.Id),
                ["resultingOrganization"] = Iri(o.Id),
                ["description"] = $"renamed from {o.Names[i - 1].Value} to {o.Names[i].Value}",
            };
            if (o.Names[i].Range.Start is { } on)
            {
                change["date"] = on.ToString();
            }

            AddSources(change, o.Names[i].Value.Provenance);
            changes.Add((JsonNode)change);
        }

        int s = 0;
        foreach (SuccessionEvent e in o.Succession.Where(e => e.Kind != SuccessionKind.Renamed || o.Names.Count < 2))
        {
            var change = new JsonObject
            {
                ["@id"] = $"{OrgContext.Resources}change:{o.Id.Value}:{++s}",
                ["@type"] = "ChangeEvent",
                ["originalOrganization"] = Iri(o.Id),
                ["description"] = JsonNamingPolicy.KebabCaseLower.ConvertName(e.Kind.ToString()),
                ["date"] = e.Date.ToString(),
            };
            if (e.Successor is { } successor)
            {
                change["resultingOrganization"] = Iri(successor);
            }

            AddSources(change, e.Provenance);
            changes.Add((JsonNode)change);
        }

        if (changes.Count > 0)
        {
            node["changedBy"] = changes;
        }

        var parents = o.Relations.Where(r => r.Kind == RelationKind.OrganOf).Select(r => (JsonNode)Iri(r.Target)).ToArray();
        if (parents.Length > 0)
        {
            node["subOrganizationOf"] = new JsonArray(parents);
        }

        var linked = o.Relations.Where(r => r.Kind != RelationKind.OrganOf).Select(r => (JsonNode)Iri(r.Target)).ToArray();
        if (linked.Length > 0)
        {
            node["linkedTo"] = new JsonArray(linked);
        }

        if (o.Secretariat is { } secretariat && secretariat.Seats.Count > 0)
        {
            var sites = new JsonArray();
            int n = 0;
            foreach (TimelineEntry<Seat> seat in secretariat.Seats)
            {
                var site = new JsonObject
                {
                    ["@id"] = $"{OrgContext.Resources}site:{o.Id.Value}:{++n}",
                    ["@type"] = "Site",
                    ["name"] = seat.Value.Place.ToString(),
                    ["siteAddress"] = new JsonObject { ["@type"] = "Address", ["locality"] = seat.Value.Place.City },
                    ["orgm:during"] = Interval(seat.Range),
                };
                if (seat.Value.Place.Country is { } country)
                {
                    site["orgm:country"] = new JsonObject { ["@id"] = Iri(country) };
                }

                AddSources(site, seat.Value.Provenance);
                sites.Add((JsonNode)site);
            }

            node["hasSite"] = sites;
            if (secretariat.Seats[^1].Range.IsOngoing)
            {
                node["hasPrimarySite"] = $"{OrgContext.Resources}site:{o.Id.Value}:{n}";
            }
        }

        AddSources(node, o.Provenance);
        return node;
    }

    private static JsonObject PartyNode(Party p)
    {
        var node = new JsonObject
        {
            ["@id"] = Iri(p.Id),
            ["@type"] = "Organization",
            ["name"] = p.CurrentName,
            ["classification"] = $"{OrgContext.Resources}party-kind:{JsonNamingPolicy.KebabCaseLower.ConvertName(p.Kind.ToString())}",
        };
        if (p.StateOf is { } state)
        {
            node["subOrganizationOf"] = Iri(state);
        }

        var identifiers = p.Identifiers.Select(i => i.ToString()).ToList();
        if (p.IsoAlpha3 is { } iso && !identifiers.Contains($"{IdentifierSchemes.Iso3166Alpha3}:{iso}"))
        {
            identifiers.Add($"{IdentifierSchemes.Iso3166Alpha3}:{iso}");
        }

        if (identifiers.Count > 0)
        {
            node["identifier"] = new JsonArray([.. identifiers.Select(i => (JsonNode)i)]);
        }

        AddSources(node, p.Provenance);
        return node;
    }

    private static JsonObject RoleNode(string iri, string name) => new() { ["@id"] = iri, ["@type"] = "Role", ["name"] = name };

    private static JsonObject MembershipNode(string iri, string member, Id<Organization> organization, string role, DateRange range, Provenance provenance)
    {
        var node = new JsonObject
        {
            ["@id"] = iri,
            ["@type"] = "Membership",
            ["member"] = member,
            ["organization"] = Iri(organization),
            ["role"] = role,
            ["memberDuring"] = Interval(range),
        };
        if (provenance.IsDisputed)
        {
            node["disputed"] = true;
        }

        if (provenance.IsInferred)
        {
            node["inferred"] = true;
        }

        AddSources(node, provenance);
        return node;
    }

    private static JsonObject Interval(DateRange range)
    {
        var interval = new JsonObject { ["@type"] = "Interval" };
        if (range.Start is { } start)
        {
            interval["hasBeginning"] = Instant(start);
        }

        if (LastDayInside.Of(range) is { } last)
        {
            interval["hasEnd"] = Instant(last);
        }
        else if (range.HasUnknownEnd && range.End is not null)
        {
            interval["heldThroughThenUnknown"] = true;
            interval["orgm:observedThrough"] = Instant(range.End.Value);
        }
        else if (range.HasUnknownEnd)
        {
            interval["endUnknown"] = true;
        }

        return interval;
    }

    private static JsonObject Instant(PartialDate date)
    {
        var instant = new JsonObject { ["@type"] = "Instant" };

        // The xsd value a reasoner compares, as Popolo gets it; the EDTF text where it says more.
        if (Exports.SingleDate.Of(date) is { } single)
        {
            instant[single.Precision switch { DatePrecision.Day => "day", DatePrecision.Month => "month", _ => "year" }] = single.ToString();
        }

        if (date.IsQualified || date.Precision is DatePrecision.Decade or DatePrecision.Century or DatePrecision.Range)
        {
            instant["date"] = date.ToString();
        }

        return instant;
    }

    private static void AddSources(JsonObject node, Provenance provenance)
    {
        if (provenance.Sources.IsEmpty)
        {
            return;
        }

        var sources = new JsonArray();
        foreach (Source s in provenance.Sources)
        {
            var source = new JsonObject { ["@type"] = "Source", ["title"] = s.Title };
            if (s.Url is not null)
            {
                source["@id"] = s.Url.OriginalString;
            }

            if (s.Publisher is not null)
            {
                source["publisher"] = s.Publisher;
            }

            if (s.Published is { } published)
            {
                source["issued"] = published.ToString();
            }

            sources.Add((JsonNode)source);
        }

        node["source"] = sources;
    }
}

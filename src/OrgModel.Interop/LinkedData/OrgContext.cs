using System.Text.Json.Nodes;

namespace OrgModel.Interop.LinkedData;

/// <summary>
/// The JSON-LD <c>@context</c> of OrgModel's linked-data export: short terms for the W3C Organization
/// Ontology (ORG), OWL-Time, PROV-O, SKOS, Dublin Core terms, FOAF and vCard. It is published as
/// <c>docs/orgmodel.context.jsonld</c> and written inline in every export, so that a processor needs no
/// network to read it.
/// </summary>
public static class OrgContext
{
    /// <summary>The namespace of the few terms ORG has no word for (an unknown end, a membership status).</summary>
    public const string Vocabulary = "urn:orgmodel:vocab:";

    /// <summary>The prefix of the identifiers of everything the export describes: <c>urn:orgmodel:organization:turkpa</c>.</summary>
    public const string Resources = "urn:orgmodel:";

    /// <summary>The context, as a new JSON object each time.</summary>
    /// <returns>The <c>@context</c> object.</returns>
    public static JsonObject Create() => new()
    {
        ["org"] = "http://www.w3.org/ns/org#",
        ["time"] = "http://www.w3.org/2006/time#",
        ["prov"] = "http://www.w3.org/ns/prov#",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["orgm"] = Vocabulary,
        ["Organization"] = "org:Organization",
        ["FormalOrganization"] = "org:FormalOrganization",
        ["Membership"] = "org:Membership",
        ["Post"] = "org:Post",
        ["Role"] = "org:Role",
        ["Site"] = "org:Site",
        ["ChangeEvent"] = "org:ChangeEvent",
        ["Person"] = "foaf:Person",
        ["Address"] = "vcard:Address",
        ["Interval"] = "time:Interval",
        ["Instant"] = "time:Instant",
        ["Source"] = "prov:Entity",
        ["name"] = "skos:prefLabel",
        ["altName"] = "skos:altLabel",
        ["personName"] = "foaf:name",
        ["identifier"] = "dct:identifier",
        ["classification"] = Id("org:classification"),
        ["member"] = Id("org:member"),
        ["organization"] = Id("org:organization"),
        ["role"] = Id("org:role"),
        ["memberDuring"] = Id("org:memberDuring"),
        ["heldBy"] = Id("org:heldBy"),
        ["holds"] = Id("org:holds"),
        ["postIn"] = Id("org:postIn"),
        ["hasPost"] = Id("org:hasPost"),
        ["hasSite"] = Id("org:hasSite"),
        ["hasPrimarySite"] = Id("org:hasPrimarySite"),
        ["siteAddress"] = Id("org:siteAddress"),
        ["hasSubOrganization"] = Id("org:hasSubOrganization"),
        ["subOrganizationOf"] = Id("org:subOrganizationOf"),
        ["linkedTo"] = Id("org:linkedTo"),
        ["changedBy"] = Id("org:changedBy"),
        ["resultedFrom"] = Id("org:resultedFrom"),
        ["resultingOrganization"] = Id("org:resultingOrganization"),
        ["originalOrganization"] = Id("org:originalOrganization"),
        ["hasBeginning"] = Id("time:hasBeginning"),
        ["hasEnd"] = Id("time:hasEnd"),
        ["day"] = Typed("time:inXSDDate", "xsd:date"),
        ["month"] = Typed("time:inXSDgYearMonth", "xsd:gYearMonth"),
        ["year"] = Typed("time:inXSDgYear", "xsd:gYear"),
        ["date"] = "dct:date",
        ["description"] = "dct:description",
        ["locality"] = "vcard:locality",
        ["country"] = "vcard:country-name",
        ["source"] = Id("prov:wasDerivedFrom"),
        ["title"] = "dct:title",
        ["publisher"] = "dct:publisher",
        ["issued"] = "dct:issued",
        ["endUnknown"] = Typed("orgm:endUnknown", "xsd:boolean"),
        ["heldThroughThenUnknown"] = Typed("orgm:heldThroughThenUnknown", "xsd:boolean"),
        ["disputed"] = Typed("orgm:disputed", "xsd:boolean"),
        ["inferred"] = Typed("orgm:inferred", "xsd:boolean"),
    };

    /// <summary>The published file, <c>docs/orgmodel.context.jsonld</c>: the context in a document of its own.</summary>
    internal static string Published() => Text(new JsonObject { ["@context"] = Create() }) + "\n";

    /// <summary>A JSON node as indented text, without reflection (the package is trimmable).</summary>
    internal static string Text(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            node.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static JsonObject Id(string iri) => new() { ["@id"] = iri, ["@type"] = "@id" };

    private static JsonObject Typed(string iri, string type) => new() { ["@id"] = iri, ["@type"] = type };
}

using System.Text.Json;
using OrgModel.Collections;
using OrgModel.Model;

namespace OrgModel.Serialization;

// The two document shapes: a catalog, and a single organization. Each object's properties, its reader and its writer, side by side.

internal ref partial struct DocumentReader
{
    internal static partial class Shapes
    {
        public static readonly Shape CatalogDocument = new("catalog document", (1, "formatVersion", true), (2, "parties", false), (4, "organizations", false));

        public static readonly Shape OrganizationDocument = new("organization document", (1, "formatVersion", true), (2, "organization", true));
    }

    private Catalog ReadCatalogDocument()
    {
        BeginObject();
        EquatableArray<Party> parties = default;
        EquatableArray<Organization> organizations = default;
        int[] partyPositions = [];
        int[] organizationPositions = [];
        bool partiesValid = true;
        bool organizationsValid = true;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.CatalogDocument, ref seen, 1))
            {
                FormatVersion();
            }
            else if (Is(Shapes.CatalogDocument, ref seen, 2))
            {
                int before = ProblemCount;
                (parties, partyPositions) = ReadItemsOfCatalog(static (ref DocumentReader r) => r.ReadParty());
                partiesValid = ProblemCount == before;
            }
            else if (Is(Shapes.CatalogDocument, ref seen, 4))
            {
                int before = ProblemCount;
                (organizations, organizationPositions) = ReadItemsOfCatalog(static (ref DocumentReader r) => r.ReadOrganization());
                organizationsValid = ProblemCount == before;
            }
            else
            {
                throw UnknownProperty(Shapes.CatalogDocument);
            }
        }

        Require(Shapes.CatalogDocument, seen);
        EndOfDocument();
        if (_problems is not null)
        {
            // Validating: the catalog's own rules (identifiers used twice, references) are checked over the
            // items that are valid, reported at their places in the document. When a party is invalid they
            // are not: a reference to it could not be told from a reference to nothing.
            if (partiesValid && _uncountedProblems == 0)
            {
                foreach (ArgumentException problem in Catalog.FindProblems(parties, organizations, organizationsValid))
                {
                    Note(RuleBroken(AtDocumentPosition(problem, partyPositions, organizationPositions)));
                }
            }

            return Catalog.Empty;
        }

        try
        {
            return new Catalog(parties, organizations);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private readonly int ProblemCount => (_problems?.Count ?? 0) + _uncountedProblems;

    // A problem found among the valid items names its item by its position among them; the document's
    // path needs its position in the document, where invalid items were skipped.
    private static ArgumentException AtDocumentPosition(ArgumentException problem, int[] partyPositions, int[] organizationPositions)
    {
        if (problem is not ModelRuleException rule)
        {
            return problem;
        }

        foreach ((string list, int[] positions) in (ReadOnlySpan<(string, int[])>)[("parties[", partyPositions), ("organizations[", organizationPositions)])
        {
            int close = rule.Location.IndexOf(']', StringComparison.Ordinal);
            if (rule.Location.StartsWith(list, StringComparison.Ordinal) && close > list.Length
                && int.TryParse(rule.Location.AsSpan(list.Length, close - list.Length), out int index) && index < positions.Length)
            {
                string location = $"{list}{positions[index]}{rule.Location[close..]}";
                return new ModelRuleException(rule.Message.Replace($" (Parameter '{rule.ParamName}')", string.Empty, StringComparison.Ordinal), rule.ParamName ?? list.TrimEnd('['), location);
            }
        }

        return problem;
    }

    private Organization ReadOrganizationDocument()
    {
        BeginObject();
        Organization? organization = null;
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.OrganizationDocument, ref seen, 1))
            {
                FormatVersion();
            }
            else if (Is(Shapes.OrganizationDocument, ref seen, 2))
            {
                BeginObject();
                organization = ReadOrganization();
            }
            else
            {
                throw UnknownProperty(Shapes.OrganizationDocument);
            }
        }

        Require(Shapes.OrganizationDocument, seen);
        EndOfDocument();
        return organization!;
    }
}

internal static partial class DocumentWriter
{
    public static void CatalogDocument(Utf8JsonWriter w, Catalog catalog)
    {
        w.WriteStartObject();
        w.WriteNumber("formatVersion"u8, OrgModelJson.FormatVersion);
        Array(w, "parties"u8, catalog.Parties, Party);
        Array(w, "organizations"u8, catalog.Organizations, Organization);
        w.WriteEndObject();
    }

    public static void OrganizationDocument(Utf8JsonWriter w, Organization organization)
    {
        w.WriteStartObject();
        w.WriteNumber("formatVersion"u8, OrgModelJson.FormatVersion);
        w.WritePropertyName("organization"u8);
        Organization(w, organization);
        w.WriteEndObject();
    }
}

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
        int seen = 0;
        while (NextProperty())
        {
            if (Is(Shapes.CatalogDocument, ref seen, 1))
            {
                FormatVersion();
            }
            else if (Is(Shapes.CatalogDocument, ref seen, 2))
            {
                parties = ReadItemsOfCatalog(static (ref DocumentReader r) => r.ReadParty());
            }
            else if (Is(Shapes.CatalogDocument, ref seen, 4))
            {
                organizations = ReadItemsOfCatalog(static (ref DocumentReader r) => r.ReadOrganization());
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
            // Validating: the catalog's own rules are checked (all of them) only when every item is valid.
            if (_problems.Count == 0 && _uncountedProblems == 0)
            {
                foreach (ArgumentException problem in Catalog.FindProblems(parties, organizations))
                {
                    Note(RuleBroken(problem));
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

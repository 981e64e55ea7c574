using System.Collections.Immutable;
using OrgModel.Model;

namespace OrgModel.Queries;

// Finding an organization or a party from what a user types: its identifier, or an alias.
public static partial class CatalogQueries
{
    /// <summary>
    /// The organizations a user's text names, ignoring case: the one whose identifier it is; otherwise
    /// every organization that has it as an abbreviation (in any period: <c>UN</c>, <c>NATO</c>) or as the
    /// value of an external identifier (a Wikidata QID such as <c>Q1065</c>, a COW ionum).
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="text">The identifier or alias.</param>
    /// <returns>The organizations it names: none, one, or several when an alias is shared.</returns>
    public static ImmutableArray<Id<Organization>> OrganizationsNamed(this Catalog catalog, string text)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(text);
        return CatalogIndex.Of(catalog).OrganizationsNamed(text.Trim());
    }

    /// <summary>
    /// The parties a user's text names, ignoring case: the one whose identifier it is; otherwise every
    /// party with it as its ISO 3166-1 alpha-3 code, the value of an external identifier, or one of its
    /// names (in any period: <c>Türkiye</c> and <c>Turkey</c>).
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="text">The identifier or alias.</param>
    /// <returns>The parties it names: none, one, or several when an alias is shared.</returns>
    public static ImmutableArray<Id<Party>> PartiesNamed(this Catalog catalog, string text)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(text);
        return CatalogIndex.Of(catalog).PartiesNamed(text.Trim());
    }
}

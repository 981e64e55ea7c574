using OrgModel.Collections;
using OrgModel.Model;

namespace OrgModel.Interop.Popolo;

/// <summary>What a Popolo document became: the catalog, and a line for each kind of thing it held that the model does not keep.</summary>
public sealed record PopoloImport
{
    internal PopoloImport(Catalog catalog, EquatableArray<string> skipped)
    {
        Catalog = catalog;
        Skipped = skipped;
    }

    /// <summary>The organizations, parties, posts, tenures and sessions read.</summary>
    public Catalog Catalog { get; }

    /// <summary>What was not kept, one line per kind with its count, such as "12 areas (constituencies): not modelled".</summary>
    public EquatableArray<string> Skipped { get; }
}

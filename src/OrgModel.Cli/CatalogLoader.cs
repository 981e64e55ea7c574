using OrgModel.Model;
using OrgModel.Serialization;

namespace OrgModel.Cli;

/// <summary>Where the catalog comes from: a file given with --data, or the catalog built into the tool (TURKPA, the OTS and TURKSOY).</summary>
internal static class CatalogLoader
{
    private static readonly Lazy<Catalog> BuiltIn = new(() =>
    {
        using Stream stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream("OrgModel.Cli.turkic-catalog.json")
            ?? throw new InvalidOperationException("The built-in catalog is missing from the tool.");
        return OrgModelJson.DeserializeCatalog(stream);
    });

    public static Catalog Load(string? path)
    {
        if (path is null)
        {
            return BuiltIn.Value;
        }

        return OrgModelJson.DeserializeCatalog(ReadFile(path));
    }

    public static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliError($"cannot read '{path}': {e.Message}", CliError.Failure);
        }
    }
}

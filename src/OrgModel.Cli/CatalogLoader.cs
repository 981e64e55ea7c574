using OrgModel.Interop.BuiltIn;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Serialization;

namespace OrgModel.Cli;

/// <summary>Where the catalog comes from: a file given with --data, or the built-in catalog (OrgModel.Interop's <c>BuiltInCatalog</c>).</summary>
internal static class CatalogLoader
{
    /// <summary>The catalog of --data, or the built-in one.</summary>
    /// <param name="path">The --data file, if given.</param>
    /// <param name="organization">The organization the command asks about, if it asks about one: when the
    /// curated records name it and COW adds nothing to it (no COW <c>ionum</c>), they answer alone and COW
    /// is not read (the answer is the same).</param>
    public static Catalog Load(string? path, string? organization = null)
    {
        if (path is null)
        {
            return organization is not null && BuiltInCatalog.Curated.OrganizationsNamed(organization) is [var id]
                && !BuiltInCatalog.Curated.GetOrganization(id).Identifiers.Any(i => i.Scheme == IdentifierSchemes.CowIgo)
                ? BuiltInCatalog.Curated
                : BuiltInCatalog.Catalog;
        }

        return OrgModelJson.DeserializeCatalog(ReadFile(path));
    }

    // Read in chunks up to the format's size limit, so an endless or huge input (/dev/zero) is refused
    // with one line instead of exhausting memory.
    public static byte[] ReadFile(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            if (stream.CanSeek && stream.Length > OrgModelJson.MaxDocumentBytes)
            {
                throw TooLarge(path);
            }

            // A regular file is read into one array of its size; a device or pipe in chunks, up to the limit.
            if (stream.CanSeek && stream.Length > 0)
            {
                byte[] whole = new byte[stream.Length];
                stream.ReadExactly(whole);
                return whole;
            }

            using var buffer = new MemoryStream();
            byte[] chunk = new byte[1 << 16];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > OrgModelJson.MaxDocumentBytes)
                {
                    throw TooLarge(path);
                }

                buffer.Write(chunk, 0, n);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliError($"cannot read '{path}': {e.Message}", CliError.Failure);
        }
    }

    private static CliError TooLarge(string path) =>
        new($"'{path}' is larger than a catalog may be ({OrgModelJson.MaxDocumentBytes / (1024 * 1024)} MiB); it was not read.", CliError.Failure);
}

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
    /// is not read, and only the curated documents that can name it (and the party) are read
    /// (<see cref="BuiltInCatalog.CuratedAbout(string, string)"/>). The answer is the same.</param>
    /// <param name="party">The party the command also names, if any, which may be one the
    /// organization's own documents never mention.</param>
    public static Catalog Load(string? path, string? organization = null, string? party = null) =>
        path is null ? BuiltIn(organization, party, About) : OrgModelJson.DeserializeCatalog(ReadFile(path));

    private static Catalog About(string organization, string? party) =>
        party is null ? BuiltInCatalog.CuratedAbout(organization) : BuiltInCatalog.CuratedAbout(organization, party);

    /// <summary>The part of the built-in catalog a command reads (see <see cref="Load"/>).</summary>
    /// <param name="organization">The organization the command asks about, if any.</param>
    /// <param name="party">The party the command also names, if any.</param>
    /// <param name="curatedAbout">Where the curated documents about an organization (and a party) come from.</param>
    internal static Catalog BuiltIn(string? organization, string? party, Func<string, string?, Catalog> curatedAbout)
    {
        if (organization is null)
        {
            return BuiltInCatalog.Catalog;
        }

        Catalog curated = curatedAbout(organization, party);
        return curated.OrganizationsNamed(organization) is [var id]
            && !curated.GetOrganization(id).Identifiers.Any(i => i.Scheme == IdentifierSchemes.CowIgo)
            ? curated
            : BuiltInCatalog.Catalog;
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

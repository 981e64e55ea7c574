using OrgModel.Model;
using OrgModel.Serialization;

namespace OrgModel.Cli;

/// <summary>
/// Where the catalog comes from: a file given with --data, or the catalog built into the tool — the
/// Turkic organizations (TURKPA, the OTS, TURKSOY) and the rotating chairs (the UN Security Council,
/// the Council of the EU, ASEAN) and NATO, three documents combined.
/// </summary>
internal static class CatalogLoader
{
    private static readonly Lazy<Catalog> BuiltIn = new(() => Catalog.Combine(Resource("turkic-catalog.json"), Resource("rotating-chairs.json"), Resource("nato.json")));

    private static Catalog Resource(string name)
    {
        using Stream stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream($"OrgModel.Cli.{name}")
            ?? throw new InvalidOperationException($"The built-in catalog document {name} is missing from the tool.");
        return OrgModelJson.DeserializeCatalog(stream);
    }

    public static Catalog Load(string? path)
    {
        if (path is null)
        {
            return BuiltIn.Value;
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

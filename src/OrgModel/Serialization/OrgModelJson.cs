using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OrgModel.Model;

namespace OrgModel.Serialization;

/// <summary>
/// Reads and writes the OrgModel JSON format, version 1: a catalog document (parties and
/// organizations) or a single-organization document. See <c>docs/json-format.md</c> and the JSON
/// Schema <c>docs/orgmodel.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// Writing produces the canonical form: UTF-8, two-space indentation, <c>\n</c> line ends, properties
/// in a fixed order, absent values left out, timeline entries sorted. Reading a canonical document and
/// writing it again gives the same bytes, and reading what was written gives an equal model.
/// </para>
/// <para>
/// Reading is strict and validates every rule of the model: malformed JSON, wrong types, unknown or
/// duplicate properties, missing required properties, nulls where a value is required, impossible
/// dates, overlapping spans, dangling references, a <c>formatVersion</c> newer than
/// <see cref="FormatVersion"/>, or a document over <see cref="MaxDocumentBytes"/> or nested deeper
/// than <see cref="MaxDepth"/> all fail with an <see cref="OrgModelJsonException"/> that names the JSON
/// path and the rule. No partial model is ever returned.
/// </para>
/// <para>The serializer is source-generated: it needs no reflection and is safe for trimming and native AOT.</para>
/// </remarks>
/// <threadsafety>All members are safe to call from any number of threads at once.</threadsafety>
public static partial class OrgModelJson
{
    /// <summary>The format version this library writes, and the newest it reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The deepest nesting of JSON objects and arrays accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest document accepted, in bytes of UTF-8 (256 MiB).</summary>
    public const long MaxDocumentBytes = 256L * 1024 * 1024;

    // The generated options plus an encoder that writes non-ASCII text (Türkiye, Dolmabahçe) as
    // itself, so documents stay readable; the source-generation attribute cannot set an encoder.

    /// <summary>Writes a catalog as a canonical catalog document.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="OrgModelJsonException">The document would be larger than <see cref="MaxDocumentBytes"/>, which no reader accepts.</exception>
    public static string Serialize(Catalog catalog) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(catalog));

    /// <summary>Writes a catalog as a canonical catalog document in UTF-8.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="OrgModelJsonException">The document would be larger than <see cref="MaxDocumentBytes"/>, which no reader accepts.</exception>
    public static byte[] SerializeToUtf8Bytes(Catalog catalog) => SerializeToUtf8Bytes(catalog, MaxDocumentBytes);

    /// <summary>Writes a catalog document, refusing one a reader with this size limit would refuse: whatever the writer writes, the reader reads.</summary>
    internal static byte[] SerializeToUtf8Bytes(Catalog catalog, long limit)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        byte[] document = DocumentWriter.ToUtf8(catalog, DocumentWriter.CatalogDocument);
        return document.Length <= limit
            ? document
            : throw new OrgModelJsonException("$", $"The catalog document would be {document.Length} bytes, over the limit of {limit} bytes that a reader accepts, so it is not written; split the catalog (for example one document per organization).");
    }

    /// <summary>Writes a catalog as a canonical catalog document to a stream, in UTF-8.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="catalog">The catalog.</param>
    /// <exception cref="OrgModelJsonException">The document would be larger than <see cref="MaxDocumentBytes"/>; nothing is written.</exception>
    public static void Serialize(Stream utf8Json, Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(catalog);
        utf8Json.Write(SerializeToUtf8Bytes(catalog));
    }

    /// <summary>Writes a catalog as a canonical catalog document to a stream, in UTF-8, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="OrgModelJsonException">The document would be larger than <see cref="MaxDocumentBytes"/>; nothing is written.</exception>
    public static Task SerializeAsync(Stream utf8Json, Catalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return utf8Json.WriteAsync(SerializeToUtf8Bytes(catalog), cancellationToken).AsTask();
    }

    /// <summary>Writes one organization as a canonical single-organization document.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="OrgModelJsonException">The document would be larger than <see cref="MaxDocumentBytes"/>, which no reader accepts.</exception>
    public static string Serialize(Organization organization) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(organization));

    /// <summary>Writes one organization as a canonical single-organization document in UTF-8.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="OrgModelJsonException">The document would be larger than <see cref="MaxDocumentBytes"/>, which no reader accepts.</exception>
    public static byte[] SerializeToUtf8Bytes(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        byte[] document = DocumentWriter.ToUtf8(organization, DocumentWriter.OrganizationDocument);
        return document.Length <= MaxDocumentBytes
            ? document
            : throw new OrgModelJsonException("$", $"The organization document would be {document.Length} bytes, over the limit of {MaxDocumentBytes} bytes that a reader accepts, so it is not written.");
    }

    /// <summary>Writes one organization as a canonical single-organization document to a stream, in UTF-8.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="organization">The organization.</param>
    /// <exception cref="OrgModelJsonException">The document would be larger than <see cref="MaxDocumentBytes"/>; nothing is written.</exception>
    public static void Serialize(Stream utf8Json, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        utf8Json.Write(SerializeToUtf8Bytes(organization));
    }

    /// <summary>Writes one organization as a canonical single-organization document to a stream, in UTF-8, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="OrgModelJsonException">The document would be larger than <see cref="MaxDocumentBytes"/>; nothing is written.</exception>
    public static Task SerializeAsync(Stream utf8Json, Organization organization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return utf8Json.WriteAsync(SerializeToUtf8Bytes(organization), cancellationToken).AsTask();
    }

    /// <summary>Writes a snapshot (<see cref="Queries.CatalogQueries.SnapshotOn"/>) as JSON in the format's conventions.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Queries.OrganizationSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Encoding.UTF8.GetString(DocumentWriter.ToUtf8(snapshot, DocumentWriter.Snapshot));
    }

    /// <summary>Writes memberships on a date as a JSON array, one element per membership.</summary>
    /// <param name="memberships">The memberships.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IEnumerable<Queries.MembershipOnDate> memberships)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        return Encoding.UTF8.GetString(DocumentWriter.ToUtf8(memberships, static (w, list) => DocumentWriter.List(w, list, DocumentWriter.MembershipOnDate)));
    }

    /// <summary>Writes chair terms (as <c>CatalogQueries.Rotation</c> answers them) as a JSON array, one element per term.</summary>
    /// <param name="terms">The terms.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IEnumerable<Queries.RotationTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return Encoding.UTF8.GetString(DocumentWriter.ToUtf8(terms, static (w, list) => DocumentWriter.List(w, list, DocumentWriter.RotationTerm)));
    }

    /// <summary>
    /// Writes the tenures of a post that possibly hold on a day (as <c>CatalogQueries.HolderCandidatesOn</c>
    /// answers them) as a JSON array, one element per tenure.
    /// </summary>
    /// <param name="tenures">The tenures with their days and certainty.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IEnumerable<Time.Answer<Time.TimelineEntry<Tenure>>> tenures)
    {
        ArgumentNullException.ThrowIfNull(tenures);
        return Encoding.UTF8.GetString(DocumentWriter.ToUtf8(tenures, static (w, list) => DocumentWriter.List(w, list, DocumentWriter.TenureOnDate)));
    }

    /// <summary>Writes a status report (<see cref="Queries.CatalogQueries.StatusReportOn"/>) as a JSON object.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Queries.StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Encoding.UTF8.GetString(DocumentWriter.ToUtf8(report, DocumentWriter.StatusReport));
    }

    /// <summary>Writes a change history as a JSON array, one element per change.</summary>
    /// <param name="changes">The changes.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IEnumerable<Queries.Change> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return Encoding.UTF8.GetString(DocumentWriter.ToUtf8(changes, static (w, list) => DocumentWriter.List(w, list, DocumentWriter.Change)));
    }

    /// <summary>Writes sessions as a JSON array of session objects exactly as catalog documents hold them.</summary>
    /// <param name="sessions">The sessions.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IEnumerable<Session> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return Encoding.UTF8.GetString(DocumentWriter.ToUtf8(sessions, static (w, list) => DocumentWriter.List(w, list, DocumentWriter.Session)));
    }

    /// <summary>Reads a catalog document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The validated catalog.</returns>
    /// <exception cref="OrgModelJsonException">The document is not a valid catalog; the exception names the JSON path and the rule.</exception>
    public static Catalog DeserializeCatalog(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DeserializeCatalog(Utf8Of(json));
    }

    /// <summary>Reads a catalog document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The validated catalog.</returns>
    /// <exception cref="OrgModelJsonException">The document is not a valid catalog; the exception names the JSON path and the rule.</exception>
    public static Catalog DeserializeCatalog(ReadOnlySpan<byte> utf8Json)
    {
        return DocumentReader.ReadCatalog(Prepare(utf8Json));
    }

    /// <summary>Reads a catalog document from a stream of UTF-8.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <returns>The validated catalog.</returns>
    /// <exception cref="OrgModelJsonException">The document is not a valid catalog, or is larger than <see cref="MaxDocumentBytes"/>.</exception>
    public static Catalog DeserializeCatalog(Stream utf8Json) => DeserializeCatalog(ReadAll(utf8Json).AsSpan());

    /// <summary>Reads a catalog document from a stream of UTF-8, asynchronously.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The validated catalog.</returns>
    /// <exception cref="OrgModelJsonException">The document is not a valid catalog, or is larger than <see cref="MaxDocumentBytes"/>.</exception>
    public static async ValueTask<Catalog> DeserializeCatalogAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        DeserializeCatalog((await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false)).AsSpan());

    /// <summary>
    /// Checks a catalog document and reports every problem found, rather than only the first: each
    /// party and organization is checked on its own, then (when they are all valid) every identifier
    /// used twice and every reference that does not resolve. A document that is not well-formed JSON
    /// of the right shape reports one problem.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The problems, each with its JSON path; empty when the document is a valid catalog.</returns>
    public static System.Collections.Immutable.ImmutableArray<OrgModelJsonException> ValidateCatalog(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            utf8Json = Prepare(utf8Json);
        }
        catch (OrgModelJsonException e)
        {
            return [e];
        }

        return [.. DocumentReader.Validate(utf8Json)];
    }

    /// <summary>
    /// Checks a single-organization document: the problem that stops it from being read (an
    /// organization is one object, checked as a whole), or none.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The problem with its JSON path, or empty when the document is a valid organization document.</returns>
    public static System.Collections.Immutable.ImmutableArray<OrgModelJsonException> ValidateOrganization(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            DeserializeOrganization(utf8Json);
            return [];
        }
        catch (OrgModelJsonException e)
        {
            return [e];
        }
    }

    /// <summary>Reads a single-organization document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The validated organization (references to parties are not checked: there is no catalog).</returns>
    /// <exception cref="OrgModelJsonException">The document is not a valid organization document; the exception names the JSON path and the rule.</exception>
    public static Organization DeserializeOrganization(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DeserializeOrganization(Utf8Of(json));
    }

    /// <summary>Reads a single-organization document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The validated organization.</returns>
    /// <exception cref="OrgModelJsonException">The document is not a valid organization document.</exception>
    public static Organization DeserializeOrganization(ReadOnlySpan<byte> utf8Json)
    {
        return DocumentReader.ReadOrganization(Prepare(utf8Json));
    }

    /// <summary>Reads a single-organization document from a stream of UTF-8.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <returns>The validated organization.</returns>
    /// <exception cref="OrgModelJsonException">The document is not a valid organization document, or is larger than <see cref="MaxDocumentBytes"/>.</exception>
    public static Organization DeserializeOrganization(Stream utf8Json) => DeserializeOrganization(ReadAll(utf8Json).AsSpan());

    /// <summary>Reads a single-organization document from a stream of UTF-8, asynchronously.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The validated organization.</returns>
    /// <exception cref="OrgModelJsonException">The document is not a valid organization document, or is larger than <see cref="MaxDocumentBytes"/>.</exception>
    public static async ValueTask<Organization> DeserializeOrganizationAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        DeserializeOrganization((await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false)).AsSpan());

    // Strict: a lone surrogate in the text is refused, not silently replaced by U+FFFD.
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static byte[] Utf8Of(string json)
    {
        try
        {
            return StrictUtf8.GetBytes(json);
        }
        catch (System.Text.EncoderFallbackException e)
        {
            throw new OrgModelJsonException("$", $"The text holds a lone surrogate (U+{(int)e.CharUnknown:X4}) at character {e.Index + 1}: it is not valid Unicode, so it is not read.", e);
        }
    }

    // Before either reader runs: a document too large or too new is not read at all, and a UTF-8 byte
    // order mark (which editors on Windows write, and RFC 8259 lets a reader ignore) is skipped.
    private static ReadOnlySpan<byte> Prepare(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > MaxDocumentBytes)
        {
            throw new OrgModelJsonException("$", $"The document is {utf8Json.Length} bytes; the limit is {MaxDocumentBytes} bytes.");
        }

        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        CheckFormatVersion(utf8Json);
        return utf8Json;
    }

    // A newer document may hold properties this version does not know; say "too new" before anything else.
    private static void CheckFormatVersion(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new OrgModelJsonException("$", "The document must be a JSON object.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isVersion = reader.ValueTextEquals("formatVersion"u8);
                reader.Read();
                if (isVersion && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int version))
                {
                    if (version > FormatVersion)
                    {
                        throw new OrgModelJsonException("$.formatVersion", $"formatVersion {version} is newer than this version of OrgModel reads ({FormatVersion}); upgrade OrgModel to read it.");
                    }

                    if (version < 1)
                    {
                        throw new OrgModelJsonException("$.formatVersion", $"formatVersion {version} does not exist; the first version is 1.");
                    }

                    return;
                }

                reader.Skip();
            }
        }
        catch (JsonException e)
        {
            throw FromJsonException(e);
        }
        catch (InvalidOperationException e)
        {
            // Comparing a property name that holds a lone surrogate escape.
            throw new OrgModelJsonException("$", "The text is not valid Unicode: it holds a lone surrogate (an escape such as \\ud800 with no pair).", e);
        }
    }

    private static OrgModelJsonException FromJsonException(JsonException e) => new("$", JsonTokens.MalformedReason(e), e);

    // The bytes read, in the buffer they were read into (not copied again).
    private static ArraySegment<byte> ReadAll(Stream stream)
    {
        if (KnownSize(stream) is { } size)
        {
            // Its size is known: one array of that size, no doubling, no copy.
            byte[] whole = new byte[size];
            stream.ReadExactly(whole);
            return whole;
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            Append(buffer, chunk, n);
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static async ValueTask<ArraySegment<byte>> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (KnownSize(stream) is { } size)
        {
            byte[] whole = new byte[size];
            await stream.ReadExactlyAsync(whole, cancellationToken).ConfigureAwait(false);
            return whole;
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, n);
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    // The bytes left in a seekable stream, when within the limit; otherwise the stream is read in chunks.
    private static int? KnownSize(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.CanSeek && stream.Length - stream.Position is > 0 and <= MaxDocumentBytes ? (int)(stream.Length - stream.Position) : null;
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int count)
    {
        if (buffer.Length + count > MaxDocumentBytes)
        {
            throw new OrgModelJsonException("$", $"The document is larger than the limit of {MaxDocumentBytes} bytes.");
        }

        buffer.Write(chunk, 0, count);
    }
}

using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Serialization;

/// <summary>
/// The format's writer, beside its reader: from the model straight to a <see cref="Utf8JsonWriter"/>, in
/// canonical form — properties in the documented order, timeline entries in sorted order, absent values
/// (null, false, empty lists, the default role, one holder) left out. The same methods write into
/// another application's writer for the embedding converters.
/// </summary>
internal static partial class DocumentWriter
{
    /// <summary>The canonical layout: two-space indentation, "\n" line ends, non-ASCII text as itself.</summary>
    public static readonly JsonWriterOptions Canonical = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public delegate void Write<in T>(Utf8JsonWriter writer, T value);

    /// <summary>Writes one value as a canonical UTF-8 document.</summary>
    public static byte[] ToUtf8<T>(T value, Write<T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Canonical))
        {
            write(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A range's "from", and "until" or "through", on the object being written.</summary>
    public static void Range(Utf8JsonWriter w, DateRange r)
    {
        Date(w, "from"u8, r.Start);
        if (r.End is { } end)
        {
            Date(w, r.IsEndInclusive ? "through"u8 : "until"u8, end);
        }

        if (r.HasUnknownEnd)
        {
            w.WriteString("until"u8, "unknown"u8);
        }
    }

    /// <summary>A list of values as a JSON array.</summary>
    public static void List<T>(Utf8JsonWriter w, IEnumerable<T> items, Write<T> write)
    {
        w.WriteStartArray();
        foreach (T item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    // A timeline property, always written: each entry an object of its range and its value's properties.
    private static void Entries<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, Timeline<T> timeline, Write<TimelineEntry<T>> write)
    {
        w.WriteStartArray(name);
        foreach (TimelineEntry<T> entry in timeline)
        {
            w.WriteStartObject();
            write(w, entry);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Date(Utf8JsonWriter w, ReadOnlySpan<byte> name, PartialDate? date)
    {
        if (date is { } d)
        {
            Span<char> text = stackalloc char[PartialDate.MaxLength];
            w.WriteString(name, text[..d.Format(text)]);
        }
    }
}

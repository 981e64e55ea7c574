using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using OrgModel.Collections;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Serialization;

/// <summary>
/// The one reader of the format: from UTF-8 straight into the model, through the model's own
/// constructors, so the rules are the ones code meets. It keeps a frame per nesting level (the
/// property's offset in the document, or the array index) and turns them into a JSON path only when
/// something fails; every problem is raised where it is found, as an <see cref="OrgModelJsonException"/>
/// with the path and, for a token, its line and byte.
/// </summary>
/// <remarks>
/// <para>
/// Each object's properties are declared once, in <see cref="Shapes"/>: the reader matches names against
/// them, refuses unknown and repeated ones, names the missing required ones, and a test holds the table
/// to the published schema. Explicit <c>null</c> is refused everywhere, for optional properties too:
/// leave a property out when it has no value.
/// </para>
/// <para>
/// Identifiers repeat across a catalog (every membership names a party), so each distinct identifier
/// text is checked, hashed and allocated once per document, and shared.
/// </para>
/// </remarks>
internal ref partial struct DocumentReader
{
    /// <summary>How many problems validation lists before it only counts the rest.</summary>
    public const int MaxProblems = 1000;

    // Long enough for any identifier (at most 100 characters), date, enum name or "unknown".
    private const int ShortText = 128;

    private const int ThroughBit = 1 << 30;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = OrgModelJson.MaxDepth };

    // Most status spans are a bare status; being immutable, one instance of each can be shared.
    private static readonly StatusSpan[] PlainStatuses = [.. System.Enum.GetValues<MembershipStatus>().Order().Select(s => new StatusSpan(s))];

    private readonly ReadOnlySpan<byte> _utf8;
    private readonly IdCache<Party> _partyIds = new();
    private readonly IdCache<Organization> _organizationIds = new();

    // Per depth: a property name's offset in the document as -(offset + 1), or an array index.
    private readonly int[] _frames = new int[OrgModelJson.MaxDepth + 2];
    private Utf8JsonReader _json;
    private bool _valueRequired;
    private List<OrgModelJsonException>? _problems;
    private int _uncountedProblems;
    private int _linesCountedTo;
    private int _newlinesBefore;
    private int _lastLineStart;

    private DocumentReader(ReadOnlySpan<byte> utf8Json)
    {
        _utf8 = utf8Json;
        _json = new Utf8JsonReader(utf8Json, Options);
    }

    private delegate T Item<T>(ref DocumentReader reader);

    /// <summary>Reads a catalog document.</summary>
    public static Catalog ReadCatalog(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json);
        return reader.Guarded(static (ref DocumentReader r) => r.ReadCatalogDocument());
    }

    /// <summary>Reads a single-organization document.</summary>
    public static Organization ReadOrganization(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json);
        return reader.Guarded(static (ref DocumentReader r) => r.ReadOrganizationDocument());
    }

    /// <summary>
    /// Every problem of a catalog document, up to <see cref="MaxProblems"/> (then one more saying how many
    /// were left out): each party and organization is read on its own, skipping to the end of one that
    /// fails; when all are valid, the catalog's own rules (identifiers used twice, references) are checked.
    /// </summary>
    public static List<OrgModelJsonException> Validate(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json) { _problems = [] };
        try
        {
            reader.Guarded(static (ref DocumentReader r) => r.ReadCatalogDocument());
        }
        catch (OrgModelJsonException e)
        {
            reader.Note(e);
        }

        List<OrgModelJsonException> problems = reader._problems!;
        if (reader._uncountedProblems > 0)
        {
            problems.Add(new OrgModelJsonException("$", $"{reader._uncountedProblems} more problems are not listed; the first {MaxProblems} are."));
        }

        return problems;
    }

    /// <summary>Reads one session object on its own, for the converters that embed it in other JSON.</summary>
    public static Session ReadSessionValue(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json);
        return reader.Guarded(static (ref DocumentReader r) => r.Alone(static (ref DocumentReader r2) => r2.ReadSession()));
    }

    /// <summary>Reads one element of <c>orgmodel members --json</c>.</summary>
    public static Queries.MembershipOnDate ReadMembershipOnDateValue(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json);
        return reader.Guarded(static (ref DocumentReader r) => r.Alone(static (ref DocumentReader r2) => r2.ReadMembershipOnDate()));
    }

    /// <summary>Reads one element of <c>orgmodel history --json</c>.</summary>
    public static Queries.Change ReadChangeValue(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new DocumentReader(utf8Json);
        return reader.Guarded(static (ref DocumentReader r) => r.Alone(static (ref DocumentReader r2) => r2.ReadChange()));
    }

    /// <summary>A range from the format's three texts, for the range and timeline converters.</summary>
    public static DateRange RangeOf(string? from, string? until, string? through)
    {
        static PartialDate? Date(string? text, string property) =>
            text is null ? null : PartialDate.TryParse(text.AsSpan(), out PartialDate date, out string? error) ? date : throw new OrgModelJsonException("$." + property, error!);

        var range = new RangeParts
        {
            Start = Date(from, "from"),
            HasUntil = until is not null,
            EndUnknown = until == "unknown",
            EndInclusive = through is not null,
            End = through is not null ? Date(through, "through") : until == "unknown" ? null : Date(until, "until"),
        };
        return range.TryBuild(out string? problem, out string property) ?? throw new OrgModelJsonException("$." + property, problem!);
    }
    // A value that is the whole text: its first token starts it, and nothing follows it.
    private T Alone<T>(Item<T> read)
    {
        Read();
        Expect(JsonTokenType.StartObject, required: true);
        T value = read(ref this);
        EndOfDocument();
        return value;
    }

    private T Guarded<T>(Item<T> read)
    {
        try
        {
            return read(ref this);
        }
        catch (JsonException e)
        {
            // Only Utf8JsonReader throws these: the text is not JSON (or too deep).
            throw Malformed(e);
        }
    }

    // from, until and through, which every timeline entry and range object has (see Shapes.Range).
    private bool RangePart(ref RangeParts range, ref int seen)
    {
        if (Is(Shapes.Range, ref seen, 1))
        {
            range.Start = ReadDate();
            return true;
        }

        if (Is(Shapes.Range, ref seen, 2))
        {
            range.HasUntil = true;
            NextToken(JsonTokenType.String);
            if (_json.ValueTextEquals("unknown"u8))
            {
                range.EndUnknown = true;
            }
            else
            {
                range.End = CurrentDate();
            }

            return true;
        }

        if (Is(Shapes.Range, ref seen, ThroughBit))
        {
            range.End = ReadDate();
            range.EndInclusive = true;
            return true;
        }

        return false;
    }

    // The range of an object just read (the reader is at its end): a problem names the end property.
    private DateRange Range(in RangeParts range) =>
        range.TryBuild(out string? problem, out string property) ?? throw Fail(problem!, Path() + "." + property);
    private EquatableArray<T> ReadArray<T>(Item<T> item, JsonTokenType itemToken = JsonTokenType.StartObject)
    {
        NextToken(JsonTokenType.StartArray);
        T[] items = ReadItems(item, itemToken, collect: false);
        return items.Length == 0 ? EquatableArray<T>.Empty : ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    // A top-level list of a catalog: when validating, a failing item is noted and skipped.
    // The items read, and (when validating) each one's position in the document's array: invalid ones are skipped.
    private (EquatableArray<T> Items, int[] Positions) ReadItemsOfCatalog<T>(Item<T> item)
    {
        NextToken(JsonTokenType.StartArray);
        List<int>? positions = _problems is null ? null : [];
        T[] items = ReadItems(item, JsonTokenType.StartObject, collect: _problems is not null, positions);
        return (items.Length == 0 ? EquatableArray<T>.Empty : ImmutableCollectionsMarshal.AsImmutableArray(items), positions is null ? [] : [.. positions]);
    }

    private Timeline<T> ReadTimeline<T>(bool exclusive, Item<TimelineEntry<T>> item)
    {
        TimelineEntry<T>[] entries = ReadEntries(item);
        try
        {
            return Timeline<T>.FromOwnedArray(entries, exclusive);
        }
        catch (ArgumentException e)
        {
            throw RuleBroken(e);
        }
    }

    private TimelineEntry<T>[] ReadEntries<T>(Item<TimelineEntry<T>> item)
    {
        NextToken(JsonTokenType.StartArray);
        return ReadItems(item, JsonTokenType.StartObject, collect: false);
    }

    // The items of an array, each starting with the given token (an object, or a string), which the item
    // reader starts from. Read into a pooled buffer, so the array kept is allocated once, at its size.
    private T[] ReadItems<T>(Item<T> item, JsonTokenType itemToken, bool collect, List<int>? positions = null)
    {
        T[] buffer = ArrayPool<T>.Shared.Rent(16);
        int count = 0;
        int index = 0;
        try
        {
            while (Read() && _json.TokenType != JsonTokenType.EndArray)
            {
                int depth = _json.CurrentDepth;
                _frames[depth] = index++;
                if (collect && _json.TokenType != itemToken)
                {
                    // Validating: a wrong token is noted without throwing (a document of a million nulls stays quick).
                    NoteWithoutThrowing(itemToken);
                    SkipRestOfItem(depth);
                    continue;
                }

                try
                {
                    Expect(itemToken, required: true);
                    T value = item(ref this);
                    if (count == buffer.Length)
                    {
                        T[] larger = ArrayPool<T>.Shared.Rent(count * 2);
                        buffer.AsSpan(0, count).CopyTo(larger);
                        ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
                        buffer = larger;
                    }

                    buffer[count++] = value;
                    positions?.Add(index - 1);
                }
                catch (OrgModelJsonException e) when (collect)
                {
                    Note(e);
                    SkipRestOfItem(depth);
                }
            }

            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    // After a problem inside an item, move to the item's last token, so the next item can be read.
    private void SkipRestOfItem(int itemDepth)
    {
        if (_json.CurrentDepth == itemDepth && _json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            _json.Skip();
            return;
        }

        while (_json.CurrentDepth > itemDepth || _json.TokenType == JsonTokenType.PropertyName)
        {
            Read();
        }
    }

    private void NoteWithoutThrowing(JsonTokenType expected)
    {
        if (_problems!.Count < MaxProblems)
        {
            try
            {
                Expect(expected, required: true);
            }
            catch (OrgModelJsonException e)
            {
                _problems.Add(e);
            }
        }
        else
        {
            _uncountedProblems++;
        }
    }

    private void Note(OrgModelJsonException problem)
    {
        if (_problems!.Count < MaxProblems)
        {
            _problems.Add(problem);
        }
        else
        {
            _uncountedProblems++;
        }
    }

    private bool NextProperty()
    {
        Read();
        switch (_json.TokenType)
        {
            case JsonTokenType.PropertyName:
                _frames[_json.CurrentDepth] = -(int)_json.TokenStartIndex - 1;
                if (_json.ValueIsEscaped)
                {
                    // An escaped name is compared unescaped; one that is not valid Unicode is refused first.
                    _ = CurrentString();
                }

                return true;
            case JsonTokenType.EndObject:
                return false;
            default:
                throw Fail($"expected a property name or the end of the object, found {JsonTokens.Describe(_json.TokenType)}.", withPosition: true);
        }
    }

    private bool Is(Shape shape, ref int seen, int bit)
    {
        if (!_json.ValueTextEquals(shape.Utf8Name(bit)))
        {
            return false;
        }

        if ((seen & bit) != 0)
        {
            throw Fail($"'{shape.Name(bit)}' appears twice in this {shape.What}.", withPosition: true);
        }

        seen |= bit;
        _valueRequired = shape.IsRequired(bit);
        return true;
    }

    private OrgModelJsonException UnknownProperty(Shape shape) =>
        Fail($"'{PropertyText(_json.TokenStartIndex)}' is not a property of a {shape.What}; expected one of: {shape.Expected}.", withPosition: true);

    // Missing required properties are named on the object (the reader is at its end).
    private void Require(Shape shape, int seen)
    {
        if ((seen & shape.RequiredMask) != shape.RequiredMask)
        {
            throw Fail($"This {shape.What} is missing required properties: {shape.Missing(seen)}.", withPosition: true);
        }
    }

    private void BeginObject() => NextToken(JsonTokenType.StartObject);

    private void NextToken(JsonTokenType expected)
    {
        Read();
        Expect(expected, _valueRequired);
    }

    private void Expect(JsonTokenType expected, bool required)
    {
        if (_json.TokenType == expected)
        {
            return;
        }

        throw _json.TokenType == JsonTokenType.Null
            ? Fail(required ? "null is not allowed here: a value is required." : "null is not allowed here: leave the property out when it has no value.", withPosition: true)
            : Fail($"expected {JsonTokens.Describe(expected)}, found {JsonTokens.Describe(_json.TokenType)}.", withPosition: true);
    }

    private bool Read() => _json.Read() ? true : throw Fail("The document ends too early.", withPosition: false);

    private void FormatVersion()
    {
        NextToken(JsonTokenType.Number);
        if (!_json.TryGetInt32(out int version) || version != OrgModelJson.FormatVersion)
        {
            throw Fail($"formatVersion {OrgModelJson.FormatVersion} is the version this reader reads.", withPosition: true);
        }
    }

    private void EndOfDocument()
    {
        if (_json.Read())
        {
            throw Fail("Nothing may follow the document.", withPosition: true);
        }
    }

    private string ReadString()
    {
        NextToken(JsonTokenType.String);
        return CurrentString();
    }

    private string CurrentString()
    {
        try
        {
            return _json.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw NotUnicode();
        }
    }

    private int ReadInt(int min = int.MinValue, int max = int.MaxValue)
    {
        NextToken(JsonTokenType.Number);
        return _json.TryGetInt32(out int value) && value >= min && value <= max
            ? value
            : throw Fail(min == int.MinValue ? "expected a whole number." : $"expected a whole number from {min} to {max}.", withPosition: true);
    }

    // "permanent", "disputed" and "inferred" are written only as true; false is said by leaving them out.
    private bool ReadTrue()
    {
        Read();
        return _json.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => throw Fail("false is written by leaving the property out; it is present only as true.", withPosition: true),
            _ => throw Fail($"expected true, found {JsonTokens.Describe(_json.TokenType)}.", withPosition: true),
        };
    }

    private Uri ReadUrl()
    {
        string text = ReadString();
        return (text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal))
            && Uri.TryCreate(text, UriKind.Absolute, out Uri? url) && url.OriginalString.Trim() == text
            ? url
            : throw Fail($"'{text}' is not an absolute URL starting with http:// or https://.", withPosition: true);
    }

    private PartialDate ReadDate()
    {
        NextToken(JsonTokenType.String);
        return CurrentDate();
    }

    private PartialDate CurrentDate()
    {
        Span<char> text = stackalloc char[ShortText];
        if (!TryCopyShort(text, out int length))
        {
            throw Fail($"'{Clip(CurrentString())}' is not a partial date; {Time.Edtf.CanonicalForms}.", withPosition: true);
        }

        return PartialDate.TryParse(text[..length], out PartialDate date, out string? error) ? date : throw Fail(error!, withPosition: true);
    }

    private T ReadEnum<T>()
        where T : struct, System.Enum
    {
        NextToken(JsonTokenType.String);
        Span<char> text = stackalloc char[ShortText];
        return TryCopyShort(text, out int length) && EnumText<T>.TryRead(text[..length], out T value)
            ? value
            : throw Fail($"'{Clip(CurrentString())}' is not {EnumText<T>.Article} {EnumText<T>.What}; expected one of: {EnumText<T>.Allowed}.", withPosition: true);
    }

    private TenureRole ReadRole()
    {
        TenureRole role = ReadEnum<TenureRole>();
        return role != TenureRole.Regular ? role : throw Fail("'regular' is written by leaving 'role' out.", withPosition: true);
    }

    private Id<Party> ReadPartyId() => ReadSharedId(_partyIds);

    private Id<Organization> ReadOrganizationId() => ReadSharedId(_organizationIds);

    private Id<T> ReadSharedId<T>(IdCache<T> ids)
        where T : class
    {
        NextToken(JsonTokenType.String);
        return CurrentSharedId(ids);
    }

    private Id<Party> CurrentPartyId() => CurrentSharedId(_partyIds);

    private Id<T> CurrentSharedId<T>(IdCache<T> ids)
        where T : class
    {
        Span<char> text = stackalloc char[ShortText];
        return TryCopyShort(text, out int length) && Id<T>.IsValid(text[..length])
            ? ids.Get(text[..length])
            : throw InvalidIdentifier<T>();
    }

    private Id<T> ReadId<T>()
        where T : class
    {
        string text = ReadString();
        return Id<T>.IsValid(text) ? new Id<T>(text) : throw InvalidIdentifier<T>();
    }

    private OrgModelJsonException InvalidIdentifier<T>()
        where T : class =>
        Fail($"'{Clip(CurrentString())}' is not a valid identifier: use 1 to {Id<T>.MaxLength} ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.", withPosition: true);

    // Unescaped into a caller's buffer; false when the text is too long for any short value.
    private bool TryCopyShort(scoped Span<char> buffer, out int length)
    {
        length = 0;
        if (_json.ValueSpan.Length > buffer.Length)
        {
            return false;
        }

        try
        {
            length = _json.CopyString(buffer);
            return true;
        }
        catch (InvalidOperationException)
        {
            throw NotUnicode();
        }
    }

    private OrgModelJsonException NotUnicode() =>
        Fail("The text is not valid Unicode: it holds a lone surrogate (an escape such as \\ud800 with no pair).", withPosition: true);

    // The path of the current token: one frame per depth, a property name or an array index.
    private string Path()
    {
        var path = new StringBuilder("$");
        int depth = _json.CurrentDepth;
        for (int d = 1; d <= depth; d++)
        {
            int frame = _frames[d];
            if (frame >= 0)
            {
                path.Append('[').Append(frame).Append(']');
            }
            else
            {
                string name = PropertyText(-frame - 1);
                bool plain = name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
                path.Append(plain ? "." + name : $"['{name.Replace("'", "\\'", StringComparison.Ordinal)}']");
            }
        }

        return path.ToString();
    }

    // A property name as written, read again from its offset; a name that is not valid Unicode is shown escaped.
    private string PropertyText(long offset)
    {
        var name = new Utf8JsonReader(_utf8[(int)offset..]);
        try
        {
            return name.Read() ? Clip(name.GetString() ?? string.Empty) : string.Empty;
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException)
        {
            int end = _utf8[((int)offset + 1)..].IndexOf((byte)'"');
            return Clip(Encoding.UTF8.GetString(_utf8.Slice((int)offset + 1, Math.Max(0, end))));
        }
    }

    private OrgModelJsonException Fail(string reason, bool withPosition) =>
        Fail(withPosition ? reason + Position(_json.TokenStartIndex) : reason, Path());

    private static OrgModelJsonException Fail(string reason, string path) => new(path, reason);

    // "(line L, byte B)", both counted from 1, where the token starts. Lines are counted on from the last
    // position asked for, so listing many problems in order scans the document once.
    private string Position(long offset)
    {
        int end = (int)Math.Min(offset, _utf8.Length);
        if (end < _linesCountedTo)
        {
            (_linesCountedTo, _newlinesBefore, _lastLineStart) = (0, 0, 0);
        }

        ReadOnlySpan<byte> more = _utf8[_linesCountedTo..end];
        _newlinesBefore += more.Count((byte)'\n');
        int last = more.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            _lastLineStart = _linesCountedTo + last + 1;
        }

        _linesCountedTo = end;
        return $" (line {_newlinesBefore + 1}, byte {end - _lastLineStart + 1})";
    }

    private OrgModelJsonException Malformed(JsonException e) => new(Path(), JsonTokens.MalformedReason(e), e);

    // A model rule broken by the object just read: the path is the object's, and a rule that names where
    // inside it (a ModelRuleException's location) extends the path.
    private OrgModelJsonException RuleBroken(ArgumentException e)
    {
        string path = Path();
        string reason = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
        return e is ModelRuleException rule
            ? new OrgModelJsonException(path == "$" ? $"$.{rule.Location}" : $"{path}.{rule.Location}", reason, e)
            : new OrgModelJsonException(path, reason, e);
    }

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private struct RangeParts
    {
        public PartialDate? Start;
        public PartialDate? End;
        public bool EndUnknown;
        public bool EndInclusive;
        public bool HasUntil;

        // The range these properties state, or why not and which property says so: one rule for the
        // document reader and for ranges read from text elsewhere.
        public readonly DateRange? TryBuild(out string? problem, out string property)
        {
            property = EndInclusive ? "through" : "until";
            if (EndUnknown && EndInclusive)
            {
                problem = DateRange.Problem(Start, End, endIsInclusive: true);
                return problem is null ? DateRange.HeldThroughThenUnknown(Start, End!.Value) : null;
            }

            if (EndInclusive && HasUntil)
            {
                problem = "A range ends either 'until' its first day no longer inside or 'through' its last day inside, not both.";
                return null;
            }

            if (EndUnknown)
            {
                problem = null;
                return DateRange.WithUnknownEnd(Start);
            }

            problem = DateRange.Problem(Start, End, EndInclusive);
            return problem is null ? new DateRange(Start, End, EndInclusive) : null;
        }
    }

    /// <summary>Each distinct identifier text of a document, checked, hashed and allocated once.</summary>
    private sealed class IdCache<T>
        where T : class
    {
        private readonly Dictionary<string, Id<T>> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Id<T>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public IdCache() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

        public Id<T> Get(ReadOnlySpan<char> text)
        {
            if (!_lookup.TryGetValue(text, out Id<T> id))
            {
                string value = text.ToString();
                id = new Id<T>(value);
                _ids.Add(value, id);
            }

            return id;
        }
    }

    // The properties of each object of the format: names, and which are required. One table per object,
    // read by the reader and checked against the published schema by a test.
    internal static partial class Shapes
    {
        public static readonly Shape Range = new("range", (1, "from", false), (2, "until", false), (ThroughBit, "through", false));

        // Query results (orgmodel members --json, history --json), read back by the embedding converters.
    }
}

/// <summary>The properties of one object of the format: their names, and which are required.</summary>
internal sealed class Shape
{
    private readonly string?[] _names = new string?[32];
    private readonly byte[]?[] _utf8 = new byte[]?[32];

    public Shape(string what, params (int Bit, string Name, bool Required)[] properties)
    {
        What = what;
        Properties = [.. properties.Select(p => (p.Name, p.Required))];
        foreach ((int bit, string name, bool required) in properties)
        {
            int index = BitOperations.Log2((uint)bit);
            _names[index] = name;
            _utf8[index] = Encoding.UTF8.GetBytes(name);
            RequiredMask |= required ? bit : 0;
        }

        Expected = string.Join(", ", properties.Select(p => p.Name));
    }

    /// <summary>What the object is, in words: "party", "status span".</summary>
    public string What { get; }

    /// <summary>The property names in the order the format writes them, with whether each is required.</summary>
    public IReadOnlyList<(string Name, bool Required)> Properties { get; }

    public int RequiredMask { get; }

    public string Expected { get; }

    public ReadOnlySpan<byte> Utf8Name(int bit) => _utf8[BitOperations.Log2((uint)bit)];

    public string Name(int bit) => _names[BitOperations.Log2((uint)bit)]!;

    public bool IsRequired(int bit) => (RequiredMask & bit) != 0;

    public string Missing(int seen) => string.Join(", ", Enumerable.Range(0, 31).Where(i => (RequiredMask & ~seen & (1 << i)) != 0).Select(i => _names[i]));
}

using System.Diagnostics.CodeAnalysis;

namespace OrgModel.Time;

/// <summary>
/// The Extended Date/Time Format (EDTF, Library of Congress, adopted as ISO 8601-2) text of partial dates
/// and date ranges, levels 0 and 1: the one place that reads and writes it.
/// </summary>
/// <remarks>
/// Canonical text (what <see cref="PartialDate.ToString()"/> writes and the JSON format stores) is the
/// subset with one spelling per value: <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, <c>YYYX</c>,
/// <c>YYXX</c>, each with an optional qualifier, and one level 2 form: one of the days between two such
/// unqualified dates, <c>[FIRST..LAST]</c>, where sources disagree on a day. The full reader also takes
/// the other level 0 and 1 spellings of the same values and refuses, naming them, the features the model
/// cannot hold.
/// </remarks>
internal static class Edtf
{
    public const string CanonicalForms = "expected YYYY, YYYY-MM or YYYY-MM-DD (or a decade 196X or century 19XX), optionally followed by ?, ~ or %, or one of the days between two dates, [YYYY-MM..YYYY-MM-DD]";

    private const string EdtfForms = "expected an EDTF level 0 or 1 date such as 1985, 1985-04, 1985-04-12, 196X, 19XX, 1985-04-XX or 1985-04-12T23:20:30Z, optionally followed by ?, ~ or %, or one of the days between two dates, [1985-04..1985-06-12]";

    public static bool TryParseDate(ReadOnlySpan<char> text, bool canonicalOnly, out PartialDate result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        error = DateProblem(text, canonicalOnly, ref result);
        return error is null;
    }

    public static bool TryParseRange(ReadOnlySpan<char> text, out DateRange result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        int slash = text.IndexOf('/');
        if (slash < 0)
        {
            // A single date is the interval of the days it can mean.
            if (!TryParseDate(text, canonicalOnly: false, out PartialDate only, out error))
            {
                return false;
            }

            result = new DateRange(only, only, endIsInclusive: true);
            return true;
        }

        ReadOnlySpan<char> first = text[..slash];
        ReadOnlySpan<char> second = text[(slash + 1)..];
        if (first.StartsWith("[") || second.StartsWith("["))
        {
            error = $"'{text}' is not an EDTF interval OrgModel reads: an interval's ends are single dates, not sets of dates; write a range of days as a date of its own, [FIRST..LAST].";
            return false;
        }

        if (second.Contains('/'))
        {
            error = $"'{text}' is not an EDTF interval: it has more than one '/'.";
            return false;
        }

        PartialDate? start = null;
        if (!first.IsEmpty && !first.SequenceEqual(".."))
        {
            if (!TryParseDate(first, canonicalOnly: false, out PartialDate s, out string? startError))
            {
                error = $"'{text}' is not an EDTF interval: its start {startError}";
                return false;
            }

            start = s;
        }

        if (second.IsEmpty)
        {
            result = DateRange.WithUnknownEnd(start);
            error = null;
            return true;
        }

        PartialDate? end = null;
        if (!second.SequenceEqual(".."))
        {
            if (!TryParseDate(second, canonicalOnly: false, out PartialDate e, out string? endError))
            {
                error = $"'{text}' is not an EDTF interval: its end {endError}";
                return false;
            }

            end = e;
        }

        error = DateRange.Problem(start, end, endIsInclusive: true);
        if (error is not null)
        {
            error = $"'{text}' is not an EDTF interval: {error}";
            return false;
        }

        result = new DateRange(start, end, endIsInclusive: true);
        return true;
    }

    public static bool TryFormatRange(DateRange range, [NotNullWhen(true)] out string? text)
    {
        if (range.Start is { IsOneOf: true } || range.End is { IsOneOf: true })
        {
            // An EDTF interval's ends are dates, not sets of dates.
            text = null;
            return false;
        }

        if (range.HasUnknownEnd && range.End is not null)
        {
            // "Held through 2014, unknown after" has no EDTF form: an empty end would say it ended.
            text = null;
            return false;
        }

        string start = range.Start?.ToString() ?? string.Empty;
        string end;
        if (range.End is not { } e)
        {
            end = range.HasUnknownEnd ? string.Empty : "..";
        }
        else if (range.IsEndInclusive)
        {
            end = e.ToString();
        }
        else if (e.IsExact && e.Earliest > new NodaTime.LocalDate(1, 1, 1))
        {
            // EDTF intervals end on the last day inside: an exact exclusive end is the day before it.
            NodaTime.LocalDate last = new NodaTime.LocalDate(e.Year, e.Month!.Value, e.Day!.Value).PlusDays(-1);
            end = PartialDate.FromLocalDate(last).WithQualifier(e.Qualifier).ToString();
        }
        else
        {
            text = null;
            return false;
        }

        text = $"{start}/{end}";
        return true;
    }

    private static string? DateProblem(ReadOnlySpan<char> text, bool canonicalOnly, ref PartialDate result)
    {
        if (text.IsEmpty)
        {
            return $"A partial date cannot be empty; {Forms(canonicalOnly)}.";
        }

        if (!canonicalOnly && text.Contains('/'))
        {
            return $"'{text}' is an interval, not a single date; read it with DateRange.ParseEdtf.";
        }

        if (text[0] == '[')
        {
            return RangeOfDaysProblem(text, canonicalOnly, ref result);
        }

        if (text[0] == 'Y')
        {
            return $"'{text}' is not a partial date OrgModel can hold: a year written with the EDTF 'Y' prefix has more than four digits, and the model holds years from 0001 to 9999.";
        }

        if (text[0] == '-')
        {
            return $"'{text}' is not a partial date OrgModel can hold: negative years (before year 0000) are outside the years from 0001 to 9999 the model holds.";
        }

        DateQualifier qualifier = text[^1] switch
        {
            '?' => DateQualifier.Uncertain,
            '~' => DateQualifier.Approximate,
            '%' => DateQualifier.UncertainAndApproximate,
            _ => DateQualifier.None,
        };
        ReadOnlySpan<char> core = qualifier == DateQualifier.None ? text : text[..^1];

        if (!canonicalOnly && core.Length > 10 && core[10] == 'T')
        {
            if (qualifier != DateQualifier.None)
            {
                return $"'{text}' is not an EDTF level 0 or 1 date: a date with a time of day cannot be qualified.";
            }

            if (!IsTimeOfDay(core[11..]))
            {
                return $"'{text}' is not an EDTF date and time; expected YYYY-MM-DDThh:mm:ss, optionally followed by Z, ±hh or ±hh:mm.";
            }

            core = core[..10];
        }

        if (core.Length is not (4 or 7 or 10)
            || (core.Length >= 7 && core[4] != '-')
            || (core.Length == 10 && core[7] != '-'))
        {
            return $"'{text}' is not a partial date; {Forms(canonicalOnly)}.";
        }

        // The year: four digits, or three then X (a decade), or two then XX (a century).
        ReadOnlySpan<char> yearText = core[..4];
        DatePrecision span = yearText[2..].SequenceEqual("XX") ? DatePrecision.Century
            : yearText[3] == 'X' ? DatePrecision.Decade
            : DatePrecision.Year;
        int digits = span switch { DatePrecision.Century => 2, DatePrecision.Decade => 3, _ => 4 };
        if (!TryDigits(yearText[..digits], out int year))
        {
            return NotDigits(text, canonicalOnly);
        }

        if (span != DatePrecision.Year)
        {
            if (core.Length != 4)
            {
                return $"'{text}' is not an EDTF level 0 or 1 date: only a bare year can have unspecified digits (X) in it; a month or day after them is EDTF level 2.";
            }

            int firstYear = year * (span == DatePrecision.Century ? 100 : 10);
            if (firstYear < PartialDate.MinYear)
            {
                return $"'{text}' is not a partial date OrgModel can hold: it includes year 0000, and the model holds years from 0001 to 9999.";
            }

            result = PartialDate.FromChecked(firstYear, 0, 0, span, qualifier);
            return null;
        }

        if (year < PartialDate.MinYear)
        {
            return $"'{text}' is not a partial date: the year must be from 0001 to 9999.";
        }

        if (core.Length == 4)
        {
            result = PartialDate.FromChecked(year, 0, 0, DatePrecision.Year, qualifier);
            return null;
        }

        ReadOnlySpan<char> monthText = core.Slice(5, 2);
        bool monthUnspecified = monthText.SequenceEqual("XX");
        int month = 0;
        if (monthUnspecified)
        {
            if (canonicalOnly)
            {
                return $"'{text}' is not a partial date; {Forms(canonicalOnly)}.";
            }
        }
        else if (!TryDigits(monthText, out month))
        {
            return NotDigits(text, canonicalOnly);
        }
        else if (month is >= 21 and <= 41 && core.Length == 7)
        {
            return $"'{text}' is not a partial date OrgModel can hold: {month} is an EDTF season (level {(month <= 24 ? 1 : 2)}), and the model holds no seasons, since the days of a season depend on the hemisphere and the convention; write the months instead.";
        }
        else if (month is < 1 or > 12)
        {
            return $"'{text}' is not a partial date: the month must be from 01 to 12.";
        }

        if (core.Length == 7)
        {
            result = PartialDate.FromChecked(year, month, 0, monthUnspecified ? DatePrecision.Year : DatePrecision.Month, qualifier);
            return null;
        }

        ReadOnlySpan<char> dayText = core.Slice(8, 2);
        if (dayText.SequenceEqual("XX") && !canonicalOnly)
        {
            result = PartialDate.FromChecked(year, month, 0, monthUnspecified ? DatePrecision.Year : DatePrecision.Month, qualifier);
            return null;
        }

        if (monthUnspecified)
        {
            return $"'{text}' is not an EDTF level 0 or 1 date: a known day in an unspecified month (YYYY-XX-DD) is EDTF level 2.";
        }

        if (!TryDigits(dayText, out int day))
        {
            return NotDigits(text, canonicalOnly);
        }

        int daysInMonth = DayNumber.DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            return $"'{text}' is not a partial date: {year:D4}-{month:D2} has {daysInMonth} days.";
        }

        result = PartialDate.FromChecked(year, month, day, DatePrecision.Day, qualifier);
        return null;
    }

    private static string Forms(bool canonicalOnly) => canonicalOnly ? CanonicalForms : EdtfForms;

    // [FIRST..LAST]: the EDTF level 2 set of the days between two dates, the one set form the model holds.
    private static string? RangeOfDaysProblem(ReadOnlySpan<char> text, bool canonicalOnly, ref PartialDate result)
    {
        int dots = text.IndexOf("..");
        if (text[^1] != ']' || dots < 0 || text[(dots + 2)..].Contains("..", StringComparison.Ordinal) || text.Contains(','))
        {
            return $"'{text}' is not a range of days OrgModel can hold: expected [FIRST..LAST], one of the days between two dates such as [2019-04..2019-11-09] (other EDTF sets, with commas or open ends, are not held).";
        }

        PartialDate first = default;
        PartialDate last = default;
        if (DateProblem(text[1..dots], canonicalOnly, ref first) is { } firstProblem)
        {
            return $"'{text}' is not a range of days: its first date {Lower(firstProblem)}";
        }

        if (DateProblem(text[(dots + 2)..^1], canonicalOnly, ref last) is { } lastProblem)
        {
            return $"'{text}' is not a range of days: its last date {Lower(lastProblem)}";
        }

        if (PartialDate.OneOfProblem(first, last) is { } problem)
        {
            return $"'{text}' is not a range of days: {Lower(problem)}";
        }

        result = PartialDate.OneOf(first, last);
        return null;
    }

    private static string Lower(string sentence) => sentence.Length == 0 || sentence[0] == '\'' ? sentence : char.ToLowerInvariant(sentence[0]) + sentence[1..];

    private static string NotDigits(ReadOnlySpan<char> text, bool canonicalOnly) =>
        $"'{text}' is not a partial date: its numbers must be ASCII digits; {Forms(canonicalOnly)}.";

    // hh:mm:ss, then nothing, Z, ±hh or ±hh:mm (EDTF level 0 date and time).
    private static bool IsTimeOfDay(ReadOnlySpan<char> text)
    {
        if (text.Length < 8 || text[2] != ':' || text[5] != ':'
            || !TryDigits(text[..2], out int hour) || !TryDigits(text.Slice(3, 2), out int minute) || !TryDigits(text.Slice(6, 2), out int second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        ReadOnlySpan<char> shift = text[8..];
        return shift.Length switch
        {
            0 => true,
            1 => shift[0] == 'Z',
            3 => shift[0] is '+' or '-' && TryDigits(shift[1..], out int h) && h <= 23,
            6 => shift[0] is '+' or '-' && shift[3] == ':' && TryDigits(shift.Slice(1, 2), out int hh) && hh <= 23 && TryDigits(shift[4..], out int mm) && mm <= 59,
            _ => false,
        };
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}

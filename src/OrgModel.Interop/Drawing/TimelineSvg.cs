using System.Globalization;
using System.Security;
using System.Text;
using NodaTime;
using NodaTime.Text;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Interop.Drawing;

/// <summary>
/// Draws an organization's history as an SVG picture: one row per member with its status over time,
/// a row of chair terms, a row of the heads of the secretariat, and the sessions as marks with their
/// places, over a dated axis, with a legend.
/// </summary>
/// <remarks>
/// <para>
/// A span is solid where it certainly holds and hatched where it only possibly holds (a start or end
/// known only to the year, an end no source records, COW's years after 2014). Recorded chair terms are
/// solid; terms projected from the rotation rule are pale and dashed. Every bar carries a
/// <c>&lt;title&gt;</c> that says what it is in words, the picture a <c>&lt;title&gt;</c> and a
/// <c>&lt;desc&gt;</c>, and all text is text, so a screen reader can read it.
/// </para>
/// <para>
/// The output depends only on its inputs: the same catalog, organization and window give the same bytes.
/// Each row starts with a small square of the colour <see cref="RowMarkColor"/>, so that a test can
/// count the rows of a rendered image.
/// </para>
/// </remarks>
public static class TimelineSvg
{
    /// <summary>The colour of the square that starts each row.</summary>
    public const string RowMarkColor = "#123456";

    private const int Width = 1200;
    private const int PlotLeft = 290;
    private const int PlotRight = 1170;
    private const int RowHeight = 26;
    private const int BarHeight = 16;
    private const int Top = 70;

    private static readonly (MembershipStatus Status, string Color, string Word)[] Statuses =
    [
        (MembershipStatus.Full, "#2b6cb0", "full member"),
        (MembershipStatus.Associate, "#2f855a", "associate member"),
        (MembershipStatus.Observer, "#b7791f", "observer"),
        (MembershipStatus.Suspended, "#c53030", "suspended"),
    ];

    private const string ChairColor = "#553c9a";
    private const string HeadColor = "#4a5568";
    private const string SessionColor = "#1a202c";

    /// <summary>Draws an organization between two days.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="from">The first day shown.</param>
    /// <param name="to">The last day shown.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public static string Render(Catalog catalog, Id<Organization> organization, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (to <= from)
        {
            throw new ArgumentException($"The last day shown ({Iso(to)}) must come after the first ({Iso(from)}).", nameof(to));
        }

        Organization o = catalog.GetOrganization(organization);
        var rows = new List<Row>();
        foreach (Membership m in o.Memberships.OrderBy(m => First(m.Statuses.Select(s => s.Range))).ThenBy(m => m.Party.Value, StringComparer.Ordinal))
        {
            var bars = m.Statuses.Select(s => new Bar(s.Range, Color(s.Value.Status), $"{Word(s.Value.Status)}", false)).ToList();
            if (bars.Any(b => Visible(b.Range, from, to)))
            {
                rows.Add(new Row(Name(catalog, m.Party), m.Party.Value, bars));
            }
        }

        var chairs = Chairs(catalog, o, from, to);
        if (chairs.Count > 0)
        {
            rows.Add(new Row("Chair", "chair terms", chairs));
        }

        if (HeadPost(o) is { } head && head.Tenures.Any(t => Visible(t.Range, from, to)))
        {
            rows.Add(new Row(head.Title, "heads of the secretariat", [.. head.Tenures.Select(t => new Bar(t.Range, HeadColor, t.Value.ToString(), false, t.Value.Holder.Name))]));
        }

        var sessions = o.Sessions.Where(s => s.Date.Latest >= from && s.Date.Earliest <= to).OrderBy(s => s.Date.Earliest).ToList();
        string title = $"{o.Names[^1].Value} — {Iso(from)} to {Iso(to)}";
        int sessionRowTop = Top + (rows.Count * RowHeight);
        int legendTop = sessionRowTop + (sessions.Count > 0 ? 64 : 8) + 24;
        int height = legendTop + 70;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{height}" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="title desc" font-family="DejaVu Sans, Verdana, sans-serif" font-size="12">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"title\">{X(title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"desc\">{X(Description(o, rows, sessions))}</desc>\n");
        svg.Append("<defs>\n");
        foreach (string color in Statuses.Select(s => s.Color).Append(ChairColor).Append(HeadColor))
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<pattern id="hatch-{color[1..]}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="white"/><rect width="3" height="6" fill="{color}"/></pattern>""").Append('\n');
        }

        svg.Append("</defs>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"28\" font-size=\"16\" font-weight=\"bold\">{X(title)}</text>\n");
        Axis(svg, from, to, Top - 12, sessionRowTop + (sessions.Count > 0 ? 56 : 0));
        for (int i = 0; i < rows.Count; i++)
        {
            DrawRow(svg, rows[i], Top + (i * RowHeight), i, from, to);
        }

        if (sessions.Count > 0)
        {
            DrawSessions(svg, sessions, sessionRowTop, rows.Count, from, to);
        }

        Legend(svg, legendTop, chairs.Any(c => c.Projected));
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private sealed record Bar(DateRange Range, string Color, string What, bool Projected, string? Label = null);

    private sealed record Row(string Label, string Id, List<Bar> Bars);

    private static List<Bar> Chairs(Catalog catalog, Organization o, LocalDate from, LocalDate to)
    {
        if (o.ChairRotation is not null)
        {
            return [.. catalog.Rotation(o.Id, from, to).Select(t => new Bar(t.Period, ChairColor, $"chair: {Name(catalog, t.Holder)} ({t.Origin.ToString().ToLowerInvariant()})", t.Origin == TermOrigin.Projected, Short(catalog, t.Holder)))];
        }

        return [.. o.ChairTerms.Where(t => Visible(t.Range, from, to)).Select(t => new Bar(t.Range, ChairColor, $"chair: {Name(catalog, t.Value.Holder)} (recorded)", false, Short(catalog, t.Value.Holder)))];
    }

    private static Post? HeadPost(Organization o) =>
        o.Secretariat?.HeadPost is { } id ? o.Posts.FirstOrDefault(p => p.Id == id) : o.Posts.FirstOrDefault(p => p.MaxHolders == 1);

    private static void DrawRow(StringBuilder svg, Row row, int top, int index, LocalDate from, LocalDate to)
    {
        if (index % 2 == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{top}\" width=\"{Width}\" height=\"{RowHeight}\" fill=\"#f7fafc\"/>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"row\" id=\"row-{X(row.Id)}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"4\" y=\"{top + 9}\" width=\"8\" height=\"8\" fill=\"{RowMarkColor}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"18\" y=\"{top + 17}\">{X(Clip(row.Label, 38))}</text>\n");
        // Three passes, so that what is certain is never hidden under what is only possible: the
        // hatched (possible) parts, then the solid (certain) parts, then the labels inside solid parts.
        var drawn = row.Bars.Select(bar => (Bar: bar, Bounds: Bounds(bar.Range, from, to))).Where(x => x.Bounds is not null).ToList();
        int y = top + ((RowHeight - BarHeight) / 2);
        foreach ((Bar bar, var bounds) in drawn)
        {
            (int sE, int sL, int eE, int eL) = bounds!.Value;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{X($"{row.Label}: {bar.What}, {Describe(bar.Range)}")}</title>");
            if (sL > sE)
            {
                Rect(svg, sE, sL, y, $"url(#hatch-{bar.Color[1..]})", bar.Color, from, to, dashed: bar.Projected);
            }

            if (eL > Math.Max(eE, sL))
            {
                Rect(svg, Math.Max(eE, sL), eL, y, $"url(#hatch-{bar.Color[1..]})", bar.Color, from, to, dashed: bar.Projected);
            }

            svg.Append("</g>\n");
        }

        foreach ((Bar bar, var bounds) in drawn)
        {
            (int _, int sL, int eE, int _) = bounds!.Value;
            if (eE > sL)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<g><title>{X($"{row.Label}: {bar.What}, {Describe(bar.Range)}")}</title>");
                Rect(svg, sL, eE, y, bar.Projected ? "#e9d8fd" : bar.Color, bar.Projected ? bar.Color : "white", from, to, dashed: bar.Projected);
                svg.Append("</g>\n");
            }
        }

        foreach ((Bar bar, var bounds) in drawn)
        {
            (int _, int sL, int eE, int _) = bounds!.Value;
            if (bar.Label is { } label && eE > sL && X(eE, from, to) - X(sL, from, to) > (label.Length * 6.5) + 6)
            {
                string fill = bar.Projected ? bar.Color : "white";
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(sL, from, to) + 4)}\" y=\"{y + 12}\" font-size=\"11\" fill=\"{fill}\" aria-hidden=\"true\">{X(label)}</text>\n");
            }
        }

        svg.Append("</g>\n");
    }

    private static void DrawSessions(StringBuilder svg, List<Session> sessions, int top, int index, LocalDate from, LocalDate to)
    {
        if (index % 2 == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{top}\" width=\"{Width}\" height=\"56\" fill=\"#f7fafc\"/>\n");
        }

        svg.Append("<g class=\"row\" id=\"row-sessions\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"4\" y=\"{top + 9}\" width=\"8\" height=\"8\" fill=\"{RowMarkColor}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"18\" y=\"{top + 17}\">Sessions</text>\n");
        for (int i = 0; i < sessions.Count; i++)
        {
            Session s = sessions[i];
            double x = X(Day(s.Date.Earliest < from ? from : s.Date.Earliest), from, to);
            int y = top + 13;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{X($"{s.Series} {(s.Ordinal is { } n ? n.ToString(CultureInfo.InvariantCulture) + " " : string.Empty)}({s.Kind.ToString().ToLowerInvariant()}), {s.Date}{(s.LastDay is { } last ? $" to {last}" : string.Empty)}, {(s.Place.Venue is { } venue ? venue + ", " : string.Empty)}{s.Where}")}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M {F(x)} {y - 6} L {F(x + 6)} {y} L {F(x)} {y + 6} L {F(x - 6)} {y} Z\" fill=\"{SessionColor}\"/>");
            // Places alternate between two lines below the marks, so that neighbours do not overlap.
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{y + 22 + (i % 2 * 14)}\" font-size=\"10\" text-anchor=\"middle\">{X(Clip(s.Place.City, 14))}</text></g>\n");
        }

        svg.Append("</g>\n");
    }

    private static void Axis(StringBuilder svg, LocalDate from, LocalDate to, int top, int bottom)
    {
        int years = to.Year - from.Year + 1;
        int step = years <= 20 ? 1 : years <= 50 ? 5 : years <= 120 ? 10 : 25;
        svg.Append("<g class=\"axis\" font-size=\"10\" fill=\"#4a5568\">\n");
        for (int year = from.Year; year <= to.Year; year++)
        {
            var jan1 = new LocalDate(year, 1, 1);
            if (jan1 < from || year % step != 0)
            {
                continue;
            }

            double x = X(Day(jan1), from, to);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" y1=\"{top}\" x2=\"{F(x)}\" y2=\"{bottom}\" stroke=\"#cbd5e0\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{top - 4}\" text-anchor=\"middle\">{year}</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static void Legend(StringBuilder svg, int top, bool projected)
    {
        svg.Append("<g class=\"legend\" font-size=\"11\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{top + 12}\" font-weight=\"bold\">Legend</text>\n");
        int x = 90;
        foreach ((MembershipStatus _, string color, string word) in Statuses)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{top + 2}\" width=\"18\" height=\"12\" fill=\"{color}\"/><text x=\"{x + 24}\" y=\"{top + 12}\">{word}</text>\n");
            x += 30 + (word.Length * 7);
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{top + 2}\" width=\"18\" height=\"12\" fill=\"url(#hatch-2b6cb0)\" stroke=\"#2b6cb0\"/><text x=\"{x + 24}\" y=\"{top + 12}\">possibly (date known only to the year or month, or end not recorded)</text>\n");
        int y = top + 30;
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"90\" y=\"{y - 10}\" width=\"18\" height=\"12\" fill=\"{ChairColor}\"/><text x=\"114\" y=\"{y}\">chair, recorded</text>\n");
        if (projected)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"230\" y=\"{y - 10}\" width=\"18\" height=\"12\" fill=\"#e9d8fd\" stroke=\"{ChairColor}\" stroke-dasharray=\"3 2\"/><text x=\"254\" y=\"{y}\">chair, projected from the rule</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"460\" y=\"{y - 10}\" width=\"18\" height=\"12\" fill=\"{HeadColor}\"/><text x=\"484\" y=\"{y}\">head of the secretariat</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M 680 {y - 10} L 686 {y - 4} L 680 {y + 2} L 674 {y - 4} Z\" fill=\"{SessionColor}\"/><text x=\"694\" y=\"{y}\">session, with its place</text>\n");
        svg.Append("</g>\n");
    }

    private static void Rect(StringBuilder svg, int fromDay, int toDay, int y, string fill, string stroke, LocalDate from, LocalDate to, bool dashed)
    {
        double x1 = X(fromDay, from, to), x2 = X(toDay, from, to);
        double width = Math.Max(1.5, x2 - x1);
        string line = stroke == "none" ? string.Empty : $" stroke=\"{stroke}\" stroke-width=\"1\"{(dashed ? " stroke-dasharray=\"3 2\"" : string.Empty)}";
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x1)}\" y=\"{y}\" width=\"{F(width)}\" height=\"{BarHeight}\" fill=\"{fill}\"{line}/>\n");
    }

    // The days a range possibly and certainly covers (as DateRange defines them), clipped to the window:
    // (earliest start, latest start, earliest end, latest end) as day numbers, ends exclusive, the certain
    // part being [latest start, earliest end); null when the range misses the window.
    private static (int, int, int, int)? Bounds(DateRange r, LocalDate from, LocalDate to)
    {
        int lo = Day(from), hi = Day(to) + 1;
        (LocalDate? first, LocalDate? last) = r.PossibleDays;
        int sE = Math.Clamp(first is { } f ? Day(f) : lo, lo, hi);
        int eL = Math.Clamp(last is { } l ? Day(l) + 1 : hi, lo, hi);
        if (eL <= sE)
        {
            return null;
        }

        if (r.CertainDays is not { } certain)
        {
            return (sE, eL, eL, eL);
        }

        int sL = Math.Clamp(Day(certain.First), sE, eL);
        int eE = Math.Clamp(certain.Last is { } c ? Day(c) + 1 : hi, sL, eL);
        return (sE, sL, eE, eL);
    }

    private static bool Visible(DateRange r, LocalDate from, LocalDate to) => Bounds(r, from, to) is not null;

    private static int First(IEnumerable<DateRange> ranges) => ranges.Select(r => r.Start is { } s ? Day(s.Earliest) : int.MinValue).DefaultIfEmpty(int.MaxValue).Min();

    private static string Describe(DateRange r)
    {
        string start = r.Start?.ToString() ?? "an unknown day";
        string end = r switch
        {
            { HasUnknownEnd: true, End: { } last } => $"held through {last}, not recorded after",
            { HasUnknownEnd: true } => "an unrecorded day",
            { End: null } => "ongoing",
            { IsEndInclusive: true, End: { } last } => $"{last} (included)",
            { End: { } until } => $"{until} (not included)",
        };
        return $"from {start} to {end}";
    }

    private static string Description(Organization o, List<Row> rows, List<Session> sessions) =>
        $"{rows.Count(r => r.Id is not "chair terms" and not "heads of the secretariat")} members of {o.Names[^1].Value.Name} with their status over time"
        + (rows.Any(r => r.Id == "chair terms") ? ", the chair terms" : string.Empty)
        + (rows.Any(r => r.Id == "heads of the secretariat") ? ", the heads of the secretariat" : string.Empty)
        + (sessions.Count > 0 ? $" and {sessions.Count} sessions with their places" : string.Empty) + ".";

    // A chair's label inside its bar: a legislature by its state's identifier (kaz), anything else by its own.
    private static string Short(Catalog catalog, Id<Party> party) =>
        catalog.TryGetParty(party, out Party? p) && p.StateOf is { } state ? state.Value : party.Value;

    private static string Name(Catalog catalog, Id<Party> party) => catalog.TryGetParty(party, out Party? p) ? p.CurrentName : party.Value;

    private static string Color(MembershipStatus status) => Statuses.First(s => s.Status == status).Color;

    private static string Word(MembershipStatus status) => Statuses.First(s => s.Status == status).Word;

    private static double X(int day, LocalDate from, LocalDate to) => PlotLeft + ((double)(day - Day(from)) / (Day(to) + 1 - Day(from)) * (PlotRight - PlotLeft));

    private static int Day(LocalDate date) => Period.DaysBetween(new LocalDate(1, 1, 1), date);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string X(string text) => SecurityElement.Escape(text);
}

using System.Globalization;
using NodaTime;

namespace OrgModel.Time;

/// <summary>A day as ISO 8601 text (<c>2026-12-02</c>), the same on every machine: for messages and the format.</summary>
internal static class IsoDay
{
    /// <summary>The day as <c>YYYY-MM-DD</c>.</summary>
    public static string Text(LocalDate day) => day.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}

using NodaTime;

namespace OrgModel.Time;

/// <summary>Days as plain integers, so that hot comparisons in timelines and indexes are integer comparisons.</summary>
internal static class DayNumber
{
    /// <summary>Stands for "no bound" below every day.</summary>
    public const int MinusInfinity = int.MinValue;

    /// <summary>Stands for "no bound" above every day.</summary>
    public const int PlusInfinity = int.MaxValue;

    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;
}

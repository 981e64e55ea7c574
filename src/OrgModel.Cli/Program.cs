using NodaTime;
using OrgModel.Cli;

LocalDate Today() => SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date;

// Tables wrap to the terminal; piped or redirected output keeps whole lines for grep.
int? Width()
{
    try
    {
        return Console.IsOutputRedirected || Console.WindowWidth <= 0 ? null : Console.WindowWidth;
    }
    catch (IOException)
    {
        return null;
    }
}

return Cli.Run(args, Console.Out, Console.Error, Today, Width());

using NodaTime;
using OrgModel.Cli;

LocalDate Today() => SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date;

return Cli.Run(args, Console.Out, Console.Error, Today);

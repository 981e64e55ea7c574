using System.Globalization;
using OrgModel.Interop.Csv;

namespace OrgModel.Interop.Cow;

/// <summary>
/// The 217 COW states: column name, COW code, COW abbreviation, name, and the ISO 3166-1 alpha-3 code
/// where a clear mapping exists (see docs/interop-cow.md for the table and the choices).
/// </summary>
internal sealed record CowState(string Column, int Ccode, string Abbreviation, string Name, string? Iso3)
{
    /// <summary>The party identifier: the ISO code in lower case, or <c>cow-</c> and the COW abbreviation.</summary>
    public string PartyId => Iso3 is null ? $"cow-{Abbreviation.ToLowerInvariant()}" : Iso3.ToLowerInvariant();

    public static IReadOnlyList<CowState> All { get; } = Load();

    private static List<CowState> Load()
    {
        using Stream stream = typeof(CowState).Assembly.GetManifestResourceStream("OrgModel.Interop.cow-states.csv")
            ?? throw new InvalidOperationException("The COW state table is missing from the assembly.");
        using var text = new StreamReader(stream);
        var reader = new CsvReader(text);
        var fields = new List<string>();
        reader.TryRead(fields);
        var states = new List<CowState>();
        while (reader.TryRead(fields))
        {
            states.Add(new CowState(fields[0], int.Parse(fields[1], CultureInfo.InvariantCulture), fields[2], fields[3], fields[4].Length == 0 ? null : fields[4]));
        }

        return states;
    }
}

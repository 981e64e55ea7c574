using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>One change in an organization's history, with its date, a readable description and its sources.</summary>
public sealed record Change
{
    internal Change(PartialDate date, ChangeKind kind, string description, Id<Party>? party, Provenance provenance)
    {
        Date = date;
        Kind = kind;
        Description = description;
        Party = party;
        Provenance = provenance;
    }

    /// <summary>When, as precisely as known.</summary>
    public PartialDate Date { get; }

    /// <summary>What kind of change.</summary>
    public ChangeKind Kind { get; }

    /// <summary>A readable sentence, e.g. <c>Kazakhstan (Parliament of Kazakhstan) took the chair from Azerbaijan (Milli Majlis of Azerbaijan) at plenary 14</c>.</summary>
    public string Description { get; }

    /// <summary>The party concerned, when there is one.</summary>
    public Id<Party>? Party { get; }

    /// <summary>The sources of the fact the change comes from.</summary>
    public Provenance Provenance { get; }

    /// <summary>The date and description.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Date}  {Description}";
}

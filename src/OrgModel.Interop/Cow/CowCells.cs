using System.Collections.Frozen;
using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Interop.Cow;

/// <summary>
/// Reads a catalog back as COW cells: the code of any (IGO, state, year), derived from the catalog's
/// data gaps, the state's existence and the membership spans, with the year mapping of
/// <see cref="CowYears"/>. The fidelity test uses it to compare every cell with the CSV.
/// </summary>
public sealed class CowCells
{
    private readonly FrozenDictionary<(Id<Organization>, Id<Party>), Membership> _memberships;
    private readonly FrozenDictionary<(Id<Organization>, Id<Party>), DataGap[]> _partyGaps;
    private readonly FrozenDictionary<Id<Organization>, DataGap[]> _wholeGaps;
    private readonly Catalog _catalog;

    /// <summary>Indexes a catalog for cell look-ups.</summary>
    /// <param name="catalog">The catalog, as imported by <see cref="CowIgoImporter"/> or read back from JSON.</param>
    public CowCells(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _memberships = catalog.Organizations.SelectMany(o => o.Memberships.Select(m => (Key: (o.Id, m.Party), m))).ToFrozenDictionary(x => x.Key, x => x.m);
        _partyGaps = catalog.Organizations
            .SelectMany(o => o.DataGaps.Where(g => g.Party is not null).Select(g => (Key: (o.Id, g.Party!.Value), g)))
            .GroupBy(x => x.Key)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.g).ToArray());
        _wholeGaps = catalog.Organizations.ToFrozenDictionary(o => o.Id, o => o.DataGaps.Where(g => g.Party is null).ToArray());
    }

    /// <summary>The code of a cell.</summary>
    /// <param name="organization">The IGO.</param>
    /// <param name="party">The state.</param>
    /// <param name="year">The year.</param>
    /// <returns>The code the catalog implies for that IGO, state and year.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization or party.</exception>
    public CowCode CodeIn(Id<Organization> organization, Id<Party> party, int year)
    {
        DateRange range = CowYears.Year(year);
        foreach (DataGap gap in _wholeGaps[organization])
        {
            if (gap.During.Overlaps(range) != Certainty.No)
            {
                return Code(gap.Kind);
            }
        }

        if (_partyGaps.TryGetValue((organization, party), out DataGap[]? gaps))
        {
            foreach (DataGap gap in gaps)
            {
                if (gap.During.Overlaps(range) != Certainty.No)
                {
                    return Code(gap.Kind);
                }
            }
        }

        if (_catalog.GetParty(party).ExistsDuring(range) == Certainty.No)
        {
            return CowCode.NotInSystem;
        }

        if (_memberships.TryGetValue((organization, party), out Membership? membership))
        {
            foreach (TimelineEntry<StatusSpan> span in membership.Statuses)
            {
                if (span.Range.Overlaps(range) != Certainty.No)
                {
                    return span.Value.Status switch
                    {
                        MembershipStatus.Full => CowCode.Full,
                        MembershipStatus.Associate => CowCode.Associate,
                        MembershipStatus.Observer => CowCode.Observer,
                        _ => throw new InvalidOperationException("COW has no suspended status."),
                    };
                }
            }
        }

        return CowCode.None;
    }

    // A disputed year is written as COW writes a year it cannot code: missing, never "not a member".
    private static CowCode Code(DataGapKind kind) => kind is DataGapKind.Missing or DataGapKind.Disputed ? CowCode.Missing : CowCode.NotInSystem;
}

using CsCheck;
using OrgModel.Interop.Popolo;
using OrgModel.Model;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Interop;

/// <summary>
/// For every catalog whose dates Popolo can state (no qualifier, decade, century or unrecorded end: those
/// it degrades, as docs/popolo.md says), Popolo export then import keeps each member's statuses with
/// their days and the posts' holders.
/// </summary>
public class PopoloPropertyTests
{
    [Fact]
    public void Export_then_import_keeps_members_statuses_and_holders_for_any_catalog()
    {
        int tested = 0;
        RandomCatalogs.Gen.Sample(catalog => catalog.Organizations.Where(Plain).All(o =>
        {
            Interlocked.Increment(ref tested);
            Organization copy = PopoloImporter.Import(PopoloExporter.Export(catalog, o.Id)).Catalog.GetOrganization(o.Id);
            return Memberships(copy).SequenceEqual(Memberships(o)) && Holders(copy).SequenceEqual(Holders(o));
        }), iter: 4000);

        tested.Should().BeGreaterThan(40, "enough organizations have dates Popolo can state");
    }

    private static bool Plain(Organization o) =>
        o.Memberships.SelectMany(m => m.Statuses.Select(s => s.Range))
            .Concat(o.Posts.SelectMany(p => p.Tenures.Select(t => t.Range)))
            .Concat(o.Names.Select(n => n.Range))
            .Concat(o.ChairTerms.Select(t => t.Range))
            .Concat(o.Secretariat?.Seats.Select(s => s.Range) ?? [])
            .All(r =>
            !r.HasUnknownEnd && new[] { r.Start, r.End }.All(d => d is null || (!d.Value.IsQualified && d.Value.Precision >= DatePrecision.Year)));

    private static IEnumerable<string> Memberships(Organization o) =>
        o.Memberships.OrderBy(m => m.Party.Value, StringComparer.Ordinal)
            .SelectMany(m => m.Statuses.Select(s => $"{m.Party} {s.Value.Status} {View(s.Range)}"));

    private static IEnumerable<string> Holders(Organization o) =>
        o.Posts.OrderBy(p => p.Id.Value, StringComparer.Ordinal).SelectMany(p => p.Tenures.Select(t => $"{p.Id} {t.Value.Holder.Name} {View(t.Range)}"));

    private static string View(DateRange r)
    {
        (string? first, string? last) = PopoloTests.PopoloVocabularyView(r);
        return $"{first ?? "-"}..{last ?? "-"}";
    }
}

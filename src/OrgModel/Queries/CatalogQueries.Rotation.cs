using System.Collections.Immutable;
using NodaTime;
using OrgModel.Model;
using OrgModel.Rules;
using OrgModel.Time;

namespace OrgModel.Queries;

// Rotating chairs: the recorded terms set beside the organization's rotation rule.
public static partial class CatalogQueries
{
    /// <summary>
    /// Who holds an organization's chair on a day: the recorded term where the record has one,
    /// otherwise the turn its <see cref="Organization.ChairRotation"/> rule gives, marked
    /// <see cref="TermOrigin.Projected"/> and never <c>certainly</c>.
    /// </summary>
    /// <param name="catalog">The catalog (alphabetical rules sort its parties' names).</param>
    /// <param name="organization">The organization.</param>
    /// <param name="date">The day.</param>
    /// <returns>The term with its certainty, or no answer when neither the record nor the rule says.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static Answer<RotationTerm> ChairOn(this Catalog catalog, Id<Organization> organization, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Organization o = catalog.GetOrganization(organization);
        if (o.ChairRotation is null)
        {
            Answer<TimelineEntry<ChairTerm>> recorded = o.ChairTerms.EntryAt(date);
            Certainty certainty = recorded.Certainty.And(o.IsActiveOn(date));
            return certainty == Certainty.No ? default : new Answer<RotationTerm>(RotationTerm.Recorded(recorded.Value, recorded.Certainty), certainty);
        }

        return new RotationEngine(catalog, o).On(date);
    }

    /// <summary>
    /// Every chair term that possibly holds on a day, the one <see cref="ChairOn"/> answers first, then
    /// the other recorded terms that possibly hold, in order of start. When a term's imprecise bounds
    /// leave the day of a handover unknown (a chair passed at a meeting of 2008 whose day no source
    /// gives), the outgoing and the incoming holder are both possible, and both are answered; a term
    /// that certainly holds is answered alone, as is a projected turn.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="date">The day.</param>
    /// <returns>The terms with their certainty on the day; empty when neither the record nor the rule says.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static ImmutableArray<Answer<RotationTerm>> ChairCandidatesOn(this Catalog catalog, Id<Organization> organization, LocalDate date)
    {
        Answer<RotationTerm> first = catalog.ChairOn(organization, date);
        if (!first.HasValue)
        {
            return [];
        }

        if (first.Certainty == Certainty.Certainly || first.Value.Origin == TermOrigin.Projected)
        {
            return [first];
        }

        Organization o = catalog.GetOrganization(organization);
        Certainty active = o.IsActiveOn(date);
        RotationEngine? engine = o.ChairRotation is null ? null : new RotationEngine(catalog, o);
        var candidates = ImmutableArray.CreateBuilder<Answer<RotationTerm>>();
        candidates.Add(first);
        foreach (Answer<TimelineEntry<ChairTerm>> entry in o.ChairTerms.EntriesAt(date))
        {
            if (entry.Value.Range == first.Value.Period && entry.Value.Value.Holder == first.Value.Holder)
            {
                continue;
            }

            RotationTerm term = engine is null ? RotationTerm.Recorded(entry.Value, entry.Certainty) : engine.RecordedOn(entry.Value, date, entry.Certainty);
            candidates.Add(new Answer<RotationTerm>(term, entry.Certainty.And(active)));
        }

        return candidates.ToImmutable();
    }

    /// <summary>
    /// The chair's terms over a period (every term with at least one day from <paramref name="from"/>
    /// through <paramref name="to"/>), in order: recorded terms, and the rule's turns where the record
    /// holds none (projected). With <paramref name="ruleOnly"/>, the rule's turns alone, from its anchor
    /// with its recorded deviations, ignoring the record — to check the rule against history.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="ruleOnly">Whether to ignore the recorded terms.</param>
    /// <returns>The terms; without a rule, the recorded terms only.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static ImmutableArray<RotationTerm> Rotation(this Catalog catalog, Id<Organization> organization, LocalDate from, LocalDate to, bool ruleOnly = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Check.Require(to, nameof(to), to >= from, $"The period ends ({IsoDay.Text(to)}) before it starts ({IsoDay.Text(from)}).");
        Organization o = catalog.GetOrganization(organization);
        if (o.ChairRotation is null)
        {
            DateRange period = DateRange.BetweenInclusive(new PartialDate(from.Year, from.Month, from.Day), new PartialDate(to.Year, to.Month, to.Day));
            return ruleOnly ? [] : [.. o.ChairTerms.Where(t => t.Range.Overlaps(period) != Certainty.No).Select(t => RotationTerm.Recorded(t, Certainty.Certainly))];
        }

        return [.. new RotationEngine(catalog, o).Rotation(from, to, ruleOnly)];
    }

    /// <summary>
    /// Every recorded chair term that departs from the organization's rotation rule and is not explained
    /// by one of the rule's recorded deviations: another holder than the rule names, or a start on
    /// another day than the rule's turn.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="organization">The organization.</param>
    /// <returns>The departing terms, with what the rule says for each; empty when there is no rule.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such organization.</exception>
    public static ImmutableArray<RotationTerm> RotationDepartures(this Catalog catalog, Id<Organization> organization)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Organization o = catalog.GetOrganization(organization);
        return o.ChairRotation is null ? [] : [.. new RotationEngine(catalog, o).Departures()];
    }
}

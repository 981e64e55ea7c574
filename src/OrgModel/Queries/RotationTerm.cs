using OrgModel.Model;
using OrgModel.Time;

namespace OrgModel.Queries;

/// <summary>
/// One turn of a rotating chair as a query answers it: who held (or, projected, holds) the chair, over
/// which days, whether the record or the rule says so, and what the rule says for that turn.
/// </summary>
public sealed record RotationTerm
{
    private RotationTerm(Id<Party> holder, DateRange period, TermOrigin origin, Certainty certainty, Id<Party>? ruleHolder, DateRange? rulePeriod, RotationDeviation? deviation, int? positionInGroup, bool departsFromRule, Provenance provenance, ChairTerm? recordedTerm)
    {
        Holder = holder;
        Period = period;
        Origin = origin;
        Certainty = certainty;
        RuleHolder = ruleHolder;
        RulePeriod = rulePeriod;
        Deviation = deviation;
        PositionInGroup = positionInGroup;
        DepartsFromRule = departsFromRule;
        Provenance = provenance;
        RecordedTerm = recordedTerm;
    }

    // A recorded term, with the rule's turn it corresponds to when there is a rule; asked about a day, its
    // certainty is that the term holds on that day, with or without a rule.
    internal static RotationTerm Recorded(TimelineEntry<ChairTerm> term, Certainty certainty, Id<Party>? ruleHolder = null, DateRange? rulePeriod = null, RotationDeviation? deviation = null, int? positionInGroup = null, bool departsFromRule = false) =>
        new(term.Value.Holder, term.Range, TermOrigin.Recorded, certainty, ruleHolder, rulePeriod, deviation, positionInGroup, departsFromRule, term.Value.Provenance, term.Value);

    // A turn the rule projects where nothing is recorded: never more than possible.
    internal static RotationTerm Projected(Id<Party> holder, DateRange period, Certainty certainty, RotationDeviation? deviation, int? positionInGroup, Provenance provenance) =>
        new(holder, period, TermOrigin.Projected, certainty.And(Certainty.Possibly), holder, period, deviation, positionInGroup, departsFromRule: false, provenance, recordedTerm: null);

    /// <summary>
    /// The sources of the answer: a recorded term's own, or for a projected one the rotation rule's
    /// (with the deviation's, when one decides the turn). <see cref="Provenance.IsDisputed"/> says the
    /// sources disagree about the term.
    /// </summary>
    public Provenance Provenance { get; }

    /// <summary>
    /// The recorded term behind a <see cref="TermOrigin.Recorded"/> answer — its sessions, the persons
    /// acting for the chair and, when the holder is not a member, why it may hold the chair
    /// (<see cref="ChairTerm.NonMemberReason"/>) — or <see langword="null"/> for a projected turn.
    /// </summary>
    public ChairTerm? RecordedTerm { get; }

    /// <summary>The party that holds the chair.</summary>
    public Id<Party> Holder { get; }

    /// <summary>The term's days: the recorded range, or the rule's turn.</summary>
    public DateRange Period { get; }

    /// <summary>Whether the record or the rule gives the term.</summary>
    public TermOrigin Origin { get; }

    /// <summary>
    /// How certain the term is: a projected term is at most <c>possibly</c>; a term that answers a
    /// day (<see cref="CatalogQueries.ChairOn"/>) is as certain as it is to hold on that day, with or
    /// without a rotation rule.
    /// </summary>
    public Certainty Certainty { get; }

    /// <summary>The party the rule (with its recorded deviations) names for this turn, or <see langword="null"/> when the rule says nothing (before its anchor, or no rule).</summary>
    public Id<Party>? RuleHolder { get; }

    /// <summary>The rule's turn this term corresponds to, or <see langword="null"/>.</summary>
    public DateRange? RulePeriod { get; }

    /// <summary>The recorded deviation the rule applied to this turn, or <see langword="null"/>.</summary>
    public RotationDeviation? Deviation { get; }

    /// <summary>The turn's position in its group (0 for the first of a trio), when the rule has groups.</summary>
    public int? PositionInGroup { get; }

    /// <summary>
    /// Whether a recorded term departs from the rule: another holder than the rule names, or a start on
    /// another day than the rule's turn (for session turns, outside the session's days).
    /// </summary>
    public bool DepartsFromRule { get; }

    /// <summary>A one-line description, e.g. <c>[2026-02-01, 2026-03-01) gbr (projected, possibly)</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Period} {Holder} ({Origin.ToString().ToLowerInvariant()}, {Certainty.ToInvariantString()}){(DepartsFromRule ? $", departs from the rule ({RuleHolder})" : string.Empty)}";
}

using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// One term of an organization's rotating chair: the member party that holds it, the sessions at
/// which it was handed over, and the persons who acted for the chair during the term.
/// </summary>
/// <remarks>
/// <para>
/// The dates of the term are the timeline entry's range. A term that starts or ends at a session
/// (handover at the plenary or summit) names that session; its range must then start or end on one of the
/// session's days, which the organization checks.
/// </para>
/// <para>
/// The chair is held by a member: if the holder is not a member during the term, the term must say
/// why (<see cref="NonMemberReason"/>).
/// </para>
/// </remarks>
public sealed record ChairTerm
{
    /// <summary>Creates a chair term.</summary>
    /// <param name="holder">The party that holds the chair.</param>
    /// <param name="startsAtSession">The session at which the party took the chair, when it was handed over at one.</param>
    /// <param name="endsAtSession">The session at which the party handed the chair on, when it did at one.</param>
    /// <param name="actingPersons">The persons acting for the chair (a speaker or president), over time: an exclusive timeline.</param>
    /// <param name="nonMemberReason">Why the holder chairs although it is not a member during the term, when that is the case.</param>
    /// <param name="provenance">Sources.</param>
    /// <exception cref="ArgumentException">The holder is default, the acting persons may overlap, or the reason is blank.</exception>
    public ChairTerm(Id<Party> holder, Id<Session>? startsAtSession = null, Id<Session>? endsAtSession = null, Timeline<Person>? actingPersons = null, string? nonMemberReason = null, Provenance? provenance = null)
    {
        Holder = Guard.Against.Default(holder);
        ActingPersons = actingPersons ?? Timeline<Person>.Empty;
        Check.Require(ActingPersons, nameof(actingPersons), ActingPersons.IsExclusive, $"The chair term of '{holder}': one person acts for the chair at a time, so acting persons must form an exclusive timeline.");
        StartsAtSession = startsAtSession;
        EndsAtSession = endsAtSession;
        NonMemberReason = nonMemberReason is null ? null : Guard.Against.NullOrWhiteSpace(nonMemberReason);
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The party that holds the chair.</summary>
    public Id<Party> Holder { get; }

    /// <summary>The session at which the party took the chair, or <see langword="null"/>.</summary>
    public Id<Session>? StartsAtSession { get; }

    /// <summary>The session at which the party handed the chair on, or <see langword="null"/>.</summary>
    public Id<Session>? EndsAtSession { get; }

    /// <summary>The persons acting for the chair over time.</summary>
    public Timeline<Person> ActingPersons { get; }

    /// <summary>Why a non-member holds the chair, or <see langword="null"/>.</summary>
    public string? NonMemberReason { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }

    /// <summary>The holder.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Holder.ToString();
}

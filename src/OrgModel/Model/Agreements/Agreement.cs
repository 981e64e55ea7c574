using Ardalis.GuardClauses;
using OrgModel.Collections;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// A constitutive instrument of an organization — its founding agreement, an amending protocol, an
/// accession or headquarters agreement — with its signature, signatories, consents, depositary,
/// entry into force and withdrawals.
/// </summary>
/// <remarks>
/// Entry into force is either recorded (<see cref="RecordedEntryIntoForce"/>) or computed from the
/// agreement's <see cref="Rule"/>; a recorded date wins, so a source's date is never overridden by
/// arithmetic. The same holds for each party (<see cref="EntryIntoForceFor(Id{Party})"/>).
/// </remarks>
public sealed record Agreement
{
    /// <summary>Creates an agreement.</summary>
    /// <param name="id">The identifier, unique within the organization, such as <c>istanbul-agreement</c>.</param>
    /// <param name="kind">What the agreement does.</param>
    /// <param name="title">Its title.</param>
    /// <param name="signedOn">The date of signature, when known.</param>
    /// <param name="place">Where it was signed, when known.</param>
    /// <param name="signatories">Who signed, and in what capacity.</param>
    /// <param name="consents">Each party's acts of consent.</param>
    /// <param name="depositary">The depositary, when known (a state, an officer or an organ).</param>
    /// <param name="rule">The entry-into-force clause, when modelled.</param>
    /// <param name="recordedEntryIntoForce">The entry into force as a source records it.</param>
    /// <param name="withdrawals">Withdrawals and denunciations.</param>
    /// <param name="provenance">Sources.</param>
    /// <exception cref="ArgumentException">A rule is broken: blank title, a party signing twice, an act of consent or entry into force before signature; the message says which.</exception>
    public Agreement(
        Id<Agreement> id,
        AgreementKind kind,
        string title,
        PartialDate? signedOn = null,
        Place? place = null,
        EquatableArray<Signatory> signatories = default,
        EquatableArray<Consent> consents = default,
        string? depositary = null,
        EntryIntoForceRule? rule = null,
        PartialDate? recordedEntryIntoForce = null,
        EquatableArray<Withdrawal> withdrawals = default,
        Provenance? provenance = null)
    {
        Id = Guard.Against.Default(id);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Title = Guard.Against.NullOrWhiteSpace(title);
        Depositary = depositary is null ? null : Guard.Against.NullOrWhiteSpace(depositary);
        Rules.RequireUnique(signatories, s => s.Party, nameof(signatories), p => $"Agreement '{id}': '{p}' is listed as a signatory twice.");
        if (signedOn is { } signed)
        {
            if (recordedEntryIntoForce is { } eif)
            {
                Check.Require(eif, nameof(recordedEntryIntoForce), eif.Latest >= signed.Earliest, $"Agreement '{id}': entry into force ({eif}) cannot come before signature ({signed}).");
            }

            foreach (Consent consent in consents)
            {
                Check.Require(consent, nameof(consents), consent.Date.Latest >= signed.Earliest, $"Agreement '{id}': the {consent.Kind} of '{consent.Party}' ({consent.Date}) cannot come before signature ({signed}).");
            }
        }

        SignedOn = signedOn;
        Place = place;
        Signatories = signatories;
        Consents = consents;
        Rule = rule;
        RecordedEntryIntoForce = recordedEntryIntoForce;
        Withdrawals = withdrawals;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The identifier, unique within the organization.</summary>
    public Id<Agreement> Id { get; }

    /// <summary>What the agreement does.</summary>
    public AgreementKind Kind { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The date of signature, or <see langword="null"/>.</summary>
    public PartialDate? SignedOn { get; }

    /// <summary>Where it was signed, or <see langword="null"/>.</summary>
    public Place? Place { get; }

    /// <summary>Who signed.</summary>
    public EquatableArray<Signatory> Signatories { get; }

    /// <summary>The acts of consent.</summary>
    public EquatableArray<Consent> Consents { get; }

    /// <summary>The depositary, or <see langword="null"/>.</summary>
    public string? Depositary { get; }

    /// <summary>The entry-into-force clause, or <see langword="null"/>.</summary>
    public EntryIntoForceRule? Rule { get; }

    /// <summary>The entry into force as recorded by a source, or <see langword="null"/>.</summary>
    public PartialDate? RecordedEntryIntoForce { get; }

    /// <summary>Withdrawals and denunciations.</summary>
    public EquatableArray<Withdrawal> Withdrawals { get; }

    /// <summary>Sources.</summary>
    public Provenance Provenance { get; }

    /// <summary>The entry into force: the recorded date, or else the date computed from the rule, or <see langword="null"/>.</summary>
    public PartialDate? EntryIntoForce => RecordedEntryIntoForce ?? Rule?.ComputeEntryIntoForce(Consents);

    /// <summary>
    /// The entry into force for one party: recorded on its consent, or else computed from the rule and
    /// the agreement's entry into force; <see langword="null"/> when the party has not consented to be
    /// bound or the date cannot be told.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public PartialDate? EntryIntoForceFor(Id<Party> party)
    {
        Consent? consent = Consents.FirstOrDefault(c => c.Party == party && c.ExpressesConsentToBeBound);
        if (consent is null)
        {
            return null;
        }

        if (consent.EntryIntoForce is { } recorded)
        {
            return recorded;
        }

        return Rule is not null && EntryIntoForce is { } overall ? Rule.ComputeEntryIntoForceFor(consent, overall) : null;
    }
}

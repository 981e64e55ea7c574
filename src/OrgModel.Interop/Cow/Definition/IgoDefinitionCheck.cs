using NodaTime;
using OrgModel.Collections;
using OrgModel.Model;

namespace OrgModel.Interop.Cow;

/// <summary>An organization tested against the COW definition of an IGO on a day: each criterion and the overall answer.</summary>
public sealed record IgoDefinitionCheck
{
    internal IgoDefinitionCheck(Id<Organization> organization, LocalDate on, EquatableArray<CriterionResult> criteria)
    {
        Organization = organization;
        On = on;
        Criteria = criteria;
    }

    /// <summary>The organization.</summary>
    public Id<Organization> Organization { get; }

    /// <summary>The day asked about.</summary>
    public LocalDate On { get; }

    /// <summary>The three criteria, in the order of <see cref="IgoCriterion"/>.</summary>
    public EquatableArray<CriterionResult> Criteria { get; }

    /// <summary>
    /// The overall answer: <see cref="CriterionAnswer.No"/> when any criterion is not met,
    /// <see cref="CriterionAnswer.Yes"/> when all are, otherwise <see cref="CriterionAnswer.Undecided"/>
    /// when the data cannot decide one of them, and <see cref="CriterionAnswer.Possibly"/> when each is
    /// at least possibly met.
    /// </summary>
    public CriterionAnswer IsIgo =>
        Criteria.Any(c => c.Answer == CriterionAnswer.No) ? CriterionAnswer.No
        : Criteria.All(c => c.Answer == CriterionAnswer.Yes) ? CriterionAnswer.Yes
        : Criteria.Any(c => c.Answer == CriterionAnswer.Undecided) ? CriterionAnswer.Undecided
        : CriterionAnswer.Possibly;
}

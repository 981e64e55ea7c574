using Ardalis.GuardClauses;
using OrgModel.Collections;

namespace OrgModel.Interop.Cow;

/// <summary>One criterion of the COW definition, its answer, why, and the facts it used.</summary>
public sealed record CriterionResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="explanation">One sentence saying why.</param>
    /// <param name="facts">The recorded facts the answer rests on, each as a short line.</param>
    /// <exception cref="ArgumentException">The criterion or answer is undefined, or the explanation is blank.</exception>
    public CriterionResult(IgoCriterion criterion, CriterionAnswer answer, string explanation, EquatableArray<string> facts = default)
    {
        Criterion = Guard.Against.EnumOutOfRange(criterion);
        Answer = Guard.Against.EnumOutOfRange(answer);
        Explanation = Guard.Against.NullOrWhiteSpace(explanation);
        Facts = facts;
    }

    /// <summary>The criterion.</summary>
    public IgoCriterion Criterion { get; }

    /// <summary>The answer.</summary>
    public CriterionAnswer Answer { get; }

    /// <summary>Why, in one sentence.</summary>
    public string Explanation { get; }

    /// <summary>The facts used.</summary>
    public EquatableArray<string> Facts { get; }
}

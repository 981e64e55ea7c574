using Ardalis.GuardClauses;
using NodaTime;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// A post in an organization (Secretary-General, Deputy Secretary-General, Honorary Chairman) and
/// its tenures over time. A day on which no tenure holds is a vacancy.
/// </summary>
public sealed record Post
{
    /// <summary>The identifier conventionally used for the Secretary-General's post.</summary>
    public const string SecretaryGeneral = "secretary-general";

    /// <summary>Creates a post.</summary>
    /// <param name="id">The identifier, unique within the organization, such as <c>secretary-general</c>.</param>
    /// <param name="title">The title, such as <c>Secretary-General</c>.</param>
    /// <param name="tenures">The tenures; exclusive when at most one person holds the post at a time.</param>
    /// <param name="maxHolders">How many people may hold the post at once (1 or more).</param>
    /// <exception cref="ArgumentException">
    /// A rule is broken: a post with one holder whose tenures may overlap, or a tenure whose election
    /// comes after the holder took office; the message says which.
    /// </exception>
    public Post(Id<Post> id, string title, Timeline<Tenure> tenures, int maxHolders = 1)
    {
        Id = Guard.Against.Default(id);
        Title = Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.Null(tenures);
        MaxHolders = Guard.Against.OutOfRange(maxHolders, nameof(maxHolders), 1, 1000);
        Check.Require(tenures, nameof(tenures), maxHolders > 1 || tenures.IsExclusive, $"Post '{id}' has one holder at a time: its tenures must form an exclusive timeline.");
        foreach (TimelineEntry<Tenure> entry in tenures)
        {
            if (entry.Value.ElectedOn is { } elected && entry.Range.Start is { } took)
            {
                Check.Require(entry, nameof(tenures), elected.Earliest <= took.Latest, $"Post '{id}': {entry.Value.Holder.Name} cannot be elected ({elected}) after taking office ({took}).");
            }
        }

        Tenures = tenures;
    }

    /// <summary>The identifier, unique within the organization.</summary>
    public Id<Post> Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The tenures.</summary>
    public Timeline<Tenure> Tenures { get; }

    /// <summary>How many people may hold the post at once.</summary>
    public int MaxHolders { get; }

    /// <summary>
    /// The tenure in force on a day, from this post alone (no answer: vacant, or not recorded). Prefer
    /// <see cref="Organization.HolderOn(Id{Post}, LocalDate)"/>, which also ends tenures when the
    /// organization is dissolved.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>The tenure with its certainty.</returns>
    public Answer<Tenure> HolderOn(LocalDate date) => Tenures.At(date);
}

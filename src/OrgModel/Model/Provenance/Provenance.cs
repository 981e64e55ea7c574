using Ardalis.GuardClauses;
using OrgModel.Collections;

namespace OrgModel.Model;

/// <summary>
/// Where a fact comes from, and whether it is disputed: carried by every fact in the model.
/// </summary>
/// <remarks>
/// A disputed fact is still a fact of the model (Cyprus disputes the observer status of the Turkish
/// Republic of Northern Cyprus in the OTS, which is nonetheless recorded); the flag and its note let
/// an application show the dispute instead of hiding it. A disputed fact must say what the dispute is.
/// </remarks>
public sealed record Provenance
{
    /// <summary>Creates provenance.</summary>
    /// <param name="sources">The sources; may be empty.</param>
    /// <param name="isDisputed">Whether the fact is disputed.</param>
    /// <param name="note">A note: required when the fact is disputed, to say by whom and why; otherwise optional.</param>
    /// <exception cref="ArgumentException">The fact is disputed without a note, or the note is blank.</exception>
    public Provenance(EquatableArray<Source> sources = default, bool isDisputed = false, string? note = null)
    {
        if (note is not null)
        {
            Guard.Against.NullOrWhiteSpace(note);
        }

        if (isDisputed)
        {
            Guard.Against.Null(note, nameof(note), "A disputed fact must carry a note that says what the dispute is.");
        }

        Sources = sources;
        IsDisputed = isDisputed;
        Note = note;
    }

    /// <summary>No sources, not disputed.</summary>
    public static Provenance None { get; } = new();

    /// <summary>The sources.</summary>
    public EquatableArray<Source> Sources { get; }

    /// <summary>Whether the fact is disputed.</summary>
    public bool IsDisputed { get; }

    /// <summary>A note on the fact or its dispute, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Provenance with the given sources.</summary>
    /// <param name="sources">The sources.</param>
    /// <returns>The provenance.</returns>
    public static Provenance From(params Source[] sources) => new(sources.ToEquatableArray());
}

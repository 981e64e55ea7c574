using Ardalis.GuardClauses;
using OrgModel.Collections;

namespace OrgModel.Model;

/// <summary>
/// Where a fact comes from, whether it is disputed and whether it is inferred: carried by every fact
/// in the model.
/// </summary>
/// <remarks>
/// <para>
/// A disputed fact is still a fact of the model (Cyprus disputes the observer status of the Turkish
/// Republic of Northern Cyprus in the OTS, which is nonetheless recorded); the flag and its note let
/// an application show the dispute instead of hiding it. A disputed fact must say what the dispute is.
/// </para>
/// <para>
/// An inferred fact is one no source states outright: the record derives it from what the sources do
/// state and a practice they document (a chair that passes to the host of the next meeting, so that
/// the host of a meeting is taken to have chaired the year before it). It is recorded because it is
/// the best answer the sources allow, and flagged so that an application can say it is a deduction,
/// not a report. The flag says nothing about dates: the <see cref="Time.Certainty"/> of an answer
/// still says only whether the dates allow it. An inferred fact must say what it is inferred from.
/// </para>
/// </remarks>
public sealed record Provenance
{
    /// <summary>Creates provenance.</summary>
    /// <param name="sources">The sources; may be empty.</param>
    /// <param name="isDisputed">Whether the fact is disputed.</param>
    /// <param name="note">
    /// A note: required when the fact is disputed, to say by whom and why, or inferred, to say from what;
    /// otherwise optional.
    /// </param>
    /// <param name="isInferred">Whether the fact is inferred rather than stated by a source.</param>
    /// <exception cref="ArgumentException">
    /// The fact is disputed or inferred without a note, or the note is blank.
    /// </exception>
    public Provenance(EquatableArray<Source> sources = default, bool isDisputed = false, string? note = null, bool isInferred = false)
    {
        if (note is not null)
        {
            Guard.Against.NullOrWhiteSpace(note);
        }

        if (isDisputed)
        {
            Guard.Against.Null(note, nameof(note), "A disputed fact must carry a note that says what the dispute is.");
        }

        if (isInferred)
        {
            Guard.Against.Null(note, nameof(note), "An inferred fact must carry a note that says what it is inferred from.");
        }

        Sources = sources;
        IsDisputed = isDisputed;
        IsInferred = isInferred;
        Note = note;
    }

    /// <summary>No sources, neither disputed nor inferred.</summary>
    public static Provenance None { get; } = new();

    /// <summary>The sources.</summary>
    public EquatableArray<Source> Sources { get; }

    /// <summary>Whether the fact is disputed.</summary>
    public bool IsDisputed { get; }

    /// <summary>
    /// Whether the fact is inferred: derived from what the sources state and a practice they
    /// document, not stated by any of them. <see cref="Note"/> says from what.
    /// </summary>
    public bool IsInferred { get; }

    /// <summary>A note on the fact or its dispute, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Provenance with the given sources.</summary>
    /// <param name="sources">The sources.</param>
    /// <returns>The provenance.</returns>
    public static Provenance From(params Source[] sources) => new(sources.ToEquatableArray());
}

using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>
/// A public source a fact was taken from: what it is, who published it and when, where it can be read, and the day it was read.
/// </summary>
/// <remarks>
/// Publisher and publication date are kept apart from the title so that a reader can judge a source (an official
/// text, a news agency, an encyclopaedia) and its age without parsing prose, and so that exports that have such
/// fields (Popolo, PROV) can fill them.
/// </remarks>
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="title">What the source is, such as "Turkic Parliamentary Assembly" or "Declaration of the Tenth Summit".</param>
    /// <param name="url">Its address, when it has one; must be an absolute http or https URL.</param>
    /// <param name="accessed">When it was read, when known.</param>
    /// <param name="publisher">Who published it, such as "North Atlantic Treaty Organization" or "Wikipedia", when known; not blank.</param>
    /// <param name="published">When it was published or last revised, to the precision known.</param>
    /// <exception cref="ArgumentException">The title or the publisher is blank, or the URL is not absolute http(s).</exception>
    public Source(string title, Uri? url = null, PartialDate? accessed = null, string? publisher = null, PartialDate? published = null)
    {
        Title = Guard.Against.NullOrWhiteSpace(title);
        if (url is not null)
        {
            Check.Require(url, nameof(url), url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps), $"'{url}' is not an absolute http or https URL.");
        }

        if (publisher is not null)
        {
            Guard.Against.NullOrWhiteSpace(publisher);
        }

        Url = url;
        Accessed = accessed;
        Publisher = publisher;
        Published = published;
    }

    /// <summary>What the source is.</summary>
    public string Title { get; }

    /// <summary>Its address, or <see langword="null"/>.</summary>
    public Uri? Url { get; }

    /// <summary>When it was read, or <see langword="null"/>.</summary>
    public PartialDate? Accessed { get; }

    /// <summary>Who published it, or <see langword="null"/> when not recorded.</summary>
    public string? Publisher { get; }

    /// <summary>When it was published or last revised, or <see langword="null"/> when not recorded.</summary>
    public PartialDate? Published { get; }

    /// <summary>The title, then the publisher and publication date when known: how the source is cited without its address.</summary>
    /// <value>Such as <c>NATO member countries — North Atlantic Treaty Organization, 2024-03</c>.</value>
    public string Citation =>
        Publisher is null && Published is null ? Title : Title + " — " + string.Join(", ", new[] { Publisher, Published?.ToString() }.Where(p => p is not null));

    /// <summary>The <see cref="Citation"/>, then the address when there is one.</summary>
    /// <returns>The text form, such as <c>NATO member countries — North Atlantic Treaty Organization, 2024-03 &lt;https://…&gt;</c>.</returns>
    public override string ToString() => Url is null ? Citation : $"{Citation} <{Url}>";
}

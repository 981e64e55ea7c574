using Ardalis.GuardClauses;
using OrgModel.Time;

namespace OrgModel.Model;

/// <summary>A public source a fact was taken from: a title, and where known its address and the day it was read.</summary>
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="title">What the source is, such as "TURKPA — Wikipedia" or "News.Az, 13 June 2025".</param>
    /// <param name="url">Its address, when it has one; must be an absolute http or https URL.</param>
    /// <param name="accessed">When it was read, when known.</param>
    /// <exception cref="ArgumentException">The title is blank, or the URL is not absolute http(s).</exception>
    public Source(string title, Uri? url = null, PartialDate? accessed = null)
    {
        Title = Guard.Against.NullOrWhiteSpace(title);
        if (url is not null)
        {
            Check.Require(url, nameof(url), url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps), $"'{url}' is not an absolute http or https URL.");
        }

        Url = url;
        Accessed = accessed;
    }

    /// <summary>What the source is.</summary>
    public string Title { get; }

    /// <summary>Its address, or <see langword="null"/>.</summary>
    public Uri? Url { get; }

    /// <summary>When it was read, or <see langword="null"/>.</summary>
    public PartialDate? Accessed { get; }

    /// <summary>The title, with the address when there is one.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Url is null ? Title : $"{Title} <{Url}>";
}

using OrgModel.Model;

namespace OrgModel.Queries;

/// <summary>A session found by a catalog-wide search, with the organization that held it.</summary>
/// <param name="Organization">The organization.</param>
/// <param name="Session">The session.</param>
public sealed record SessionInCatalog(Id<Organization> Organization, Session Session);

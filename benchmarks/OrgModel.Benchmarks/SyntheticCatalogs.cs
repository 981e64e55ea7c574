using System.Text;
using OrgModel.Model;
using OrgModel.Serialization;

namespace OrgModel.Benchmarks;

/// <summary>
/// Seeded synthetic catalogs shaped like COW IGO v3.0: the COW states, and <c>scale</c> × 534
/// organizations, each a copy of a COW organization drawn at random (with replacement) under a new
/// identifier, so members per organization, spans per membership and the precision of dates follow
/// COW's own distributions. Every organization is read from its own JSON document, so no object is
/// shared between copies and memory grows as a real catalog of that size would.
/// </summary>
public static class SyntheticCatalogs
{
    public static Catalog ShapedLikeCow(int scale, int seed = 20261202)
    {
        Catalog cow = CowBenchmarkData.ImportCatalog();
        string[] documents = [.. cow.Organizations.Select(OrgModelJson.Serialize)];
        string[] ids = [.. cow.Organizations.Select(o => o.Id.Value)];
        var random = new Random(seed);
        var organizations = new List<Organization>(scale * cow.Organizations.Count);
        for (int k = 0; k < scale * cow.Organizations.Count; k++)
        {
            int pick = random.Next(documents.Length);
            string copy = documents[pick].Replace($"\"id\": \"{ids[pick]}\"", $"\"id\": \"{ids[pick]}-{k}\"", StringComparison.Ordinal);
            organizations.Add(OrgModelJson.DeserializeOrganization(Encoding.UTF8.GetBytes(copy)));
        }

        return new Catalog(cow.Parties, organizations);
    }
}

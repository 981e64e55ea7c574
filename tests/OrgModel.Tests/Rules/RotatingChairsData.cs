using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Tests.Serialization;

namespace OrgModel.Tests.Rules;

/// <summary>The catalog of organizations whose chair rotates by a rule: the UN Security Council, the Council of the EU and ASEAN.</summary>
internal static class RotatingChairsData
{
    public const string FileName = "rotating-chairs.json";

    private static readonly Lazy<Catalog> Loaded = new(() => OrgModelJson.DeserializeCatalog(File.ReadAllText(FixtureFilesTests.ExamplePath(FileName))));

    public static Catalog Catalog => Loaded.Value;

    public static readonly Id<Organization> Unsc = new("unsc");
    public static readonly Id<Organization> CouncilEu = new("council-eu");
    public static readonly Id<Organization> Asean = new("asean");
}

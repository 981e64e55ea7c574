using OrgModel.Interop.BuiltIn;
using OrgModel.Model;
using OrgModel.Serialization;
using OrgModel.Tests.Serialization;
using OrgModel.Time;

namespace OrgModel.Tests.Interop;

/// <summary>The built-in catalog is one call away, read once, and is exactly the documents the repository ships.</summary>
public class BuiltInCatalogTests
{
    [Fact]
    public void The_built_in_catalog_holds_the_curated_organizations()
    {
        BuiltInCatalog.Catalog.Organizations.Select(o => o.Id.Value).Should().Equal("turkpa", "ots", "turksoy", "unsc", "council-eu", "asean", "nato");
    }

    [Fact]
    public void It_is_read_once_and_shared() =>
        BuiltInCatalog.Catalog.Should().BeSameAs(BuiltInCatalog.Catalog);

    [Fact]
    public void It_is_the_combination_of_the_documents_in_docs_examples()
    {
        Catalog fromFiles = Catalog.Combine(
            new[] { "turkic-catalog.json", "rotating-chairs.json", "nato.json" }.Select(f => OrgModelJson.DeserializeCatalog(File.ReadAllText(FixtureFilesTests.ExamplePath(f)))));

        BuiltInCatalog.Catalog.Should().Be(fromFiles);
    }

    [Fact]
    public void Its_data_date_is_the_last_day_a_source_was_read_and_its_version_the_packages()
    {
        string latestRead = new[] { "turkic-catalog.json", "rotating-chairs.json", "nato.json" }
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(FixtureFilesTests.ExamplePath(f)), "\"accessed\": \"([0-9-]+)\"").Select(m => m.Groups[1].Value))
            .Max(StringComparer.Ordinal)!;

        BuiltInCatalog.DataDate.ToString().Should().Be(latestRead);
        BuiltInCatalog.Version.Should().Be("0.1.0");
    }
}

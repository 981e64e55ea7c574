using System.IO.Compression;
using System.Xml.Linq;

namespace OrgModel.Tests.Docs;

/// <summary>What each package carries: its own README, tags, symbols for the libraries, and no satellite assemblies in the tool.</summary>
public class PackageContentsTests
{
    public static TheoryData<string, string> Libraries => new()
    {
        { "OrgModel", "orgmodel.md" },
        { "OrgModel.Interop", "orgmodel-interop.md" },
    };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void A_library_package_has_its_own_readme_tags_and_a_symbols_package(string package, string page)
    {
        string folder = ConsumerPrograms.PackageFolder;
        string nupkg = Directory.GetFiles(folder, $"{package}.0*.nupkg").Single();
        using ZipArchive zip = ZipFile.OpenRead(nupkg);
        XElement metadata = Nuspec(zip);

        Readme(zip).Should().Be(DocSnippets.ReadDoc($"docs/packages/{page}"));
        metadata.Elements().Single(e => e.Name.LocalName == "readme").Value.Should().Be("README.md");
        metadata.Elements().Single(e => e.Name.LocalName == "tags").Value.Should().NotBeNullOrWhiteSpace();
        File.Exists(Path.ChangeExtension(nupkg, ".snupkg")).Should().BeTrue("symbols ship beside the library");
    }

    private static XElement Nuspec(ZipArchive zip)
    {
        using Stream stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Readme(ZipArchive zip)
    {
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}

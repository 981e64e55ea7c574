using System.Text.Json;
using System.Xml.Linq;
using CsCheck;
using NodaTime;
using OrgModel.Interop.Drawing;
using OrgModel.Interop.LinkedData;
using OrgModel.Model;
using OrgModel.Tests.Serialization;

namespace OrgModel.Tests.Interop;

/// <summary>Laws the picture and the JSON-LD export keep for any valid catalog.</summary>
public class ExportPropertyTests
{
    [Fact]
    public void Any_organization_draws_as_well_formed_svg_the_same_each_time_with_a_title_on_every_bar()
    {
        RandomCatalogs.Gen.Sample(catalog => catalog.Organizations.All(o =>
        {
            string svg = TimelineSvg.Render(catalog, o.Id, new LocalDate(1800, 1, 1), new LocalDate(2030, 12, 31));
            XDocument doc = XDocument.Parse(svg);
            XNamespace ns = "http://www.w3.org/2000/svg";
            bool titled = doc.Descendants(ns + "rect").Where(r => r.Parent?.Name == ns + "g" && r.Parent.Attribute("class") is null).All(r => r.Parent!.Element(ns + "title") is not null);
            return svg == TimelineSvg.Render(catalog, o.Id, new LocalDate(1800, 1, 1), new LocalDate(2030, 12, 31)) && titled && doc.Root!.Element(ns + "title") is not null;
        }), iter: 100);
    }

    [Fact]
    public void Any_organization_exports_as_json_ld_whose_nodes_have_an_identifier_or_a_type()
    {
        RandomCatalogs.Gen.Sample(catalog => catalog.Organizations.All(o =>
        {
            using var doc = JsonDocument.Parse(JsonLdExporter.Export(catalog, o.Id));
            JsonElement graph = doc.RootElement.GetProperty("@graph");
            return doc.RootElement.TryGetProperty("@context", out _)
                && graph.EnumerateArray().All(n => n.TryGetProperty("@id", out _) && n.TryGetProperty("@type", out _))
                && graph.EnumerateArray().Count(n => n.GetProperty("@type").GetString() == "Membership")
                    >= o.Memberships.Sum(m => m.Statuses.Count) + o.Posts.Sum(p => p.Tenures.Count) + o.ChairTerms.Count;
        }), iter: 100);
    }
}

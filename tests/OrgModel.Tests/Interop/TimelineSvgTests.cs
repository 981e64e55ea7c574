using System.Text.Json;
using System.Xml.Linq;
using NodaTime;
using OrgModel.Interop.BuiltIn;
using OrgModel.Interop.Drawing;
using OrgModel.Model;
using OrgModel.Tests.Docs;

namespace OrgModel.Tests.Interop;

/// <summary>The timeline picture: deterministic SVG, readable text, and a rendered PNG with the rows a person expects.</summary>
public class TimelineSvgTests
{
    public static TheoryData<string, string, string, int> Pictures() => new()
    {
        // organization, from, to, rows: TURKPA's 6 member parliaments, the chair, the Secretary-General and the sessions
        { "turkpa", "2008-01-01", "2026-12-31", 9 },
        // the UN Security Council's 25 members of 2024–2026 and the chair (recorded and projected)
        { "unsc", "2024-01-01", "2026-12-31", 26 },
    };

    private static string Render(string organization, string from, string to) =>
        TimelineSvg.Render(BuiltInCatalog.Curated, new Id<Organization>(organization), LocalDate.FromDateTime(DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture)), LocalDate.FromDateTime(DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [MemberData(nameof(Pictures))]
    public void The_picture_renders_to_a_png_that_is_not_blank_and_has_a_row_for_each_member_chair_head_and_the_sessions(string organization, string from, string to, int rows)
    {
        string svg = Render(organization, from, to);
        string dir = Directory.CreateTempSubdirectory().FullName;
        string svgFile = Path.Combine(dir, $"{organization}.svg");
        string pngFile = Path.Combine(dir, $"{organization}.png");
        File.WriteAllText(svgFile, svg);

        using var stats = JsonDocument.Parse(NodeTools.Run("svg-to-png.mjs", svgFile, pngFile, TimelineSvg.RowMarkColor));

        stats.RootElement.GetProperty("inked").GetDouble().Should().BeGreaterThan(0.05, "the picture is not blank");
        stats.RootElement.GetProperty("rows").GetInt32().Should().Be(rows);
        XDocument.Parse(svg).Descendants().Count(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "row").Should().Be(rows);
        if (Environment.GetEnvironmentVariable("ORGMODEL_UPDATE_FIXTURES") == "1")
        {
            File.Copy(pngFile, Docs(organization, "png"), overwrite: true);
        }
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public void The_same_input_gives_the_same_bytes_and_the_pictures_in_docs_are_current(string organization, string from, string to, int rows)
    {
        string svg = Render(organization, from, to);
        if (Environment.GetEnvironmentVariable("ORGMODEL_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(Docs(organization, "svg"), svg);
        }

        Render(organization, from, to).Should().Be(svg);
        File.ReadAllText(Docs(organization, "svg")).Should().Be(svg);
        byte[] png = File.ReadAllBytes(Docs(organization, "png"));
        png.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        XElement root = XDocument.Parse(svg).Root!;
        int BigEndian(int at) => (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
        (BigEndian(16), BigEndian(20)).Should().Be(((int)root.Attribute("width")!, (int)root.Attribute("height")!), "the PNG in docs is this picture's size");
        rows.Should().BePositive();
    }

    [Fact]
    public void Every_bar_and_mark_says_what_it_is_in_a_title_and_the_picture_has_a_title_and_description()
    {
        XDocument svg = XDocument.Parse(Render("turkpa", "2008-01-01", "2026-12-31"));
        XNamespace ns = "http://www.w3.org/2000/svg";

        svg.Root!.Element(ns + "title")!.Value.Should().Be("Parliamentary Assembly of Turkic States (TURKPA) — 2008-01-01 to 2026-12-31");
        svg.Root.Element(ns + "desc")!.Value.Should().Be("6 members of Parliamentary Assembly of Turkic States with their status over time, the chair terms, the heads of the secretariat and 14 sessions with their places.");
        var titles = svg.Descendants(ns + "g").Where(g => g.Element(ns + "title") is not null).Select(g => g.Element(ns + "title")!.Value).ToList();
        titles.Should().Contain("National Assembly of Hungary: observer, from 2014-06 to ongoing");
        titles.Should().Contain("Secretary-General: Ramil Hasan, from 2025-10-15 to ongoing");
        titles.Should().Contain(t => t.StartsWith("plenary 7 (regular), 2017-12-08, Bishkek", StringComparison.Ordinal));
        svg.Descendants(ns + "rect").Where(r => ((string?)r.Attribute("fill"))?.StartsWith("url(#hatch", StringComparison.Ordinal) == true).Should().NotBeEmpty("uncertain spans are hatched");
    }

    [Fact]
    public void Projected_chair_terms_are_drawn_apart_from_recorded_ones()
    {
        XDocument svg = XDocument.Parse(Render("unsc", "2026-01-01", "2026-12-31"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var chairs = svg.Descendants(ns + "g").Where(g => g.Element(ns + "title")?.Value.StartsWith("Chair: chair:", StringComparison.Ordinal) == true).ToList();

        chairs.Where(g => g.Element(ns + "title")!.Value.Contains("(projected)", StringComparison.Ordinal)).SelectMany(g => g.Elements(ns + "rect"))
            .Should().NotBeEmpty().And.OnlyContain(r => (string?)r.Attribute("stroke-dasharray") == "3 2");
        chairs.Where(g => g.Element(ns + "title")!.Value.Contains("(recorded)", StringComparison.Ordinal)).SelectMany(g => g.Elements(ns + "rect"))
            .Should().NotBeEmpty().And.OnlyContain(r => r.Attribute("stroke-dasharray") == null);
    }

    [Fact]
    public void A_window_that_does_not_move_forward_is_refused()
    {
        FluentActions.Invoking(() => Render("turkpa", "2020-01-01", "2020-01-01")).Should().Throw<ArgumentException>().WithMessage("The last day shown (2020-01-01) must come after the first (2020-01-01).*");
    }

    [Fact]
    public void The_tool_writes_the_picture_and_refuses_a_backward_window()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "ots.svg");

        Cli.CliTests.Run("timeline", "OTS", "--from", "2009-01-01", "--to", "2025-12-31", "-o", file).Exit.Should().Be(0);
        XDocument.Load(file).Root!.Name.LocalName.Should().Be("svg");
        var (exit, _, error) = Cli.CliTests.Run("timeline", "OTS", "--from", "2025-01-01", "--to", "2024-01-01", "-o", file);
        exit.Should().NotBe(0);
        error.Should().Contain("must come after");
    }

    private static string Docs(string organization, string extension) => Path.Combine(DocSnippets.RepositoryRoot, "docs", $"timeline-{organization}.{extension}");
}

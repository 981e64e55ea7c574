using System.Text.Json.Nodes;

namespace OrgModel.Tests.Cli;

/// <summary>The command-line tool refuses oversized input in one line and never prints control characters from data raw.</summary>
public class HostileInputCliTests
{
    [Fact]
    public void Validating_an_endless_file_is_refused_in_one_line_without_reading_it_whole()
    {
        var (exit, output, error) = CliTests.Run("validate", "/dev/zero");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Trim().Should().Be("orgmodel: '/dev/zero' is larger than a catalog may be (256 MiB); it was not read.");
    }

    [Fact]
    public void Control_characters_in_data_are_escaped_and_very_long_values_clipped_in_table_output()
    {
        string escape = "\u001b[31mRED\u001b[0m\r\nforged line\0";
        string huge = new('x', 1_000_000);
        string path = Path.Combine(Path.GetTempPath(), $"orgmodel-hostile-{Guid.NewGuid():N}.json");
        var catalog = new JsonObject
        {
            ["formatVersion"] = 1,
            ["parties"] = new JsonArray(
                new JsonObject { ["id"] = "a", ["kind"] = "state", ["names"] = new JsonArray(new JsonObject { ["name"] = escape }) },
                new JsonObject { ["id"] = "b", ["kind"] = "state", ["names"] = new JsonArray(new JsonObject { ["name"] = huge }) }),
            ["organizations"] = new JsonArray(new JsonObject
            {
                ["id"] = "x",
                ["classification"] = "other",
                ["names"] = new JsonArray(new JsonObject { ["name"] = "X" + escape }),
                ["memberships"] = new JsonArray(
                    new JsonObject { ["party"] = "a", ["statuses"] = new JsonArray(new JsonObject { ["from"] = "2001", ["status"] = "full" }) },
                    new JsonObject { ["party"] = "b", ["statuses"] = new JsonArray(new JsonObject { ["from"] = "2001", ["status"] = "full" }) }),
            }),
        };
        File.WriteAllText(path, catalog.ToJsonString());
        try
        {
            foreach (string[] command in new[] { new[] { "members", "x", "--on", "2020-01-01" }, new[] { "show", "x", "--on", "2020-01-01" } })
            {
                var (exit, output, _) = CliTests.Run([.. command, "--data", path]);

                exit.Should().Be(0);
                output.Should().NotContain("\u001b").And.NotContain("\r").And.NotContain("\0").And.NotContain("\nforged line");
                output.Should().Contain("\\u001B[31mRED").And.Contain("(1000000 characters)");
                output.Length.Should().BeLessThan(10_000, "a 1 MB name is clipped, not printed");
            }

            var (_, json, _) = CliTests.Run("show", "x", "--on", "2020-01-01", "--data", path, "--json");
            JsonNode.Parse(json)!["name"]!["name"]!.GetValue<string>().Should().Be("X" + escape, "JSON output stays exact");
        }
        finally
        {
            File.Delete(path);
        }
    }
}

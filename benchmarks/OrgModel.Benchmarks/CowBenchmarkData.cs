using Microsoft.Data.Sqlite;
using OrgModel.Interop.Cow;
using OrgModel.Model;
using OrgModel.Serialization;

namespace OrgModel.Benchmarks;

/// <summary>
/// The COW IGO v3.0 data (Pevehouse et al. 2020, JPR 57(3):492–503) in the three forms the benchmarks
/// compare: an OrgModel catalog, a flat list of membership spells as a user would write by hand, and
/// an in-memory SQLite table with indexes.
/// </summary>
public static class CowBenchmarkData
{
    /// <summary>One spell of one status, first and last year inclusive, as read straight from the CSV.</summary>
    public sealed record Spell(string Organization, string Party, int Status, int FirstYear, int LastYear);

    /// <summary>The COW data shipped inside the Interop package, so the benchmarks need no file outside the repository.</summary>
    public static Catalog ImportCatalog() => CowIgoImporter.ImportBundled();

    public static List<Spell> Spells(Catalog catalog) =>
        catalog.Organizations
            .SelectMany(o => o.Memberships.SelectMany(m => m.Statuses.Select(s => new Spell(
                o.Id.Value,
                m.Party.Value,
                (int)s.Value.Status + 1,
                s.Range.Start!.Value.Year,
                s.Range.End is { } end ? end.Year : CowYears.LastYear))))
            .ToList();

    public static SqliteConnection Sqlite(List<Spell> spells)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE spell (organization TEXT NOT NULL, party TEXT NOT NULL, status INTEGER NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL);
                """;
            create.ExecuteNonQuery();
        }

        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO spell VALUES ($o, $p, $s, $f, $l)";
            var o = insert.Parameters.Add("$o", SqliteType.Text);
            var p = insert.Parameters.Add("$p", SqliteType.Text);
            var s = insert.Parameters.Add("$s", SqliteType.Integer);
            var f = insert.Parameters.Add("$f", SqliteType.Integer);
            var l = insert.Parameters.Add("$l", SqliteType.Integer);
            foreach (Spell spell in spells)
            {
                o.Value = spell.Organization;
                p.Value = spell.Party;
                s.Value = spell.Status;
                f.Value = spell.FirstYear;
                l.Value = spell.LastYear;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        using (var index = connection.CreateCommand())
        {
            index.CommandText = """
                CREATE INDEX spell_org_party ON spell (organization, party, first);
                CREATE INDEX spell_party ON spell (party, first, last);
                CREATE INDEX spell_org ON spell (organization, first, last);
                ANALYZE;
                """;
            index.ExecuteNonQuery();
        }

        return connection;
    }

    public static byte[] CatalogJson(Catalog catalog) => OrgModelJson.SerializeToUtf8Bytes(catalog);
}

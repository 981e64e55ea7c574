using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;
using OrgModel.Time;

namespace OrgModel.Benchmarks;

/// <summary>
/// Queries (a)–(e) on the imported COW catalog, each beside a naive LINQ baseline over a flat list of
/// spells and an indexed in-memory SQLite baseline. The day is 1 June 2000; the parties France and
/// Germany; the organization the UN. The same question is repeated, and the answer memo is on, so the
/// list rows time remembered answers (see CowRandomMixBenchmarks for first answers).
/// </summary>
[MemoryDiagnoser]
public class CowQueryBenchmarks
{
    private const int Year = 2000;
    private static readonly LocalDate Day = new(Year, 6, 1);
    private readonly Id<Organization> _un = new("UN");
    private readonly Id<Party> _france = new("fra");
    private readonly Id<Party> _germany = new("deu");
    private Catalog _catalog = Catalog.Empty;
    private List<CowBenchmarkData.Spell> _spells = [];
    private SqliteConnection? _sqlite;
    private SqliteCommand? _isMember;
    private SqliteCommand? _organizationsOf;
    private SqliteCommand? _membersOf;
    private SqliteCommand? _joint;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = CowBenchmarkData.ImportCatalog();
        _catalog.Derived(static c => new CatalogIndex(c, rememberAnswers: true));
        _spells = CowBenchmarkData.Spells(_catalog);
        _sqlite = CowBenchmarkData.Sqlite(_spells);
        _isMember = Prepare("SELECT EXISTS (SELECT 1 FROM spell WHERE organization = 'UN' AND party = 'fra' AND first <= $y AND last >= $y)");
        _organizationsOf = Prepare("SELECT organization, status FROM spell WHERE party = 'fra' AND first <= $y AND last >= $y ORDER BY organization");
        _membersOf = Prepare("SELECT party, status FROM spell WHERE organization = 'UN' AND first <= $y AND last >= $y ORDER BY status, party");
        _joint = Prepare("""
            SELECT a.organization, a.status, b.status FROM spell a JOIN spell b ON a.organization = b.organization
            WHERE a.party = 'fra' AND b.party = 'deu' AND a.first <= $y AND a.last >= $y AND b.first <= $y AND b.last >= $y
            """);
    }

    [GlobalCleanup]
    public void Cleanup() => _sqlite?.Dispose();

    [Benchmark(Description = "(a) is member: OrgModel")]
    public bool IsMemberOrgModel() => _catalog.StatusOn(_un, _france, Day).HasValue;

    [Benchmark(Description = "(a) is member: naive LINQ")]
    public bool IsMemberLinq() => _spells.Any(s => s.Organization == "UN" && s.Party == "fra" && s.FirstYear <= Year && Year <= s.LastYear);

    [Benchmark(Description = "(a) is member: SQLite")]
    public bool IsMemberSqlite() => Convert.ToInt64(_isMember!.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;

    [Benchmark(Description = "(b) organizations of a state: OrgModel")]
    public int OrganizationsOfOrgModel() => _catalog.MembershipsOn(_france, Day).Length;

    [Benchmark(Description = "(b) organizations of a state: naive LINQ")]
    public int OrganizationsOfLinq() => _spells.Where(s => s.Party == "fra" && s.FirstYear <= Year && Year <= s.LastYear).OrderBy(s => s.Organization).ToList().Count;

    [Benchmark(Description = "(b) organizations of a state: SQLite")]
    public int OrganizationsOfSqlite() => Count(_organizationsOf!);

    [Benchmark(Description = "(c) members of the UN: OrgModel")]
    public int MembersOfOrgModel() => _catalog.MembersOn(_un, Day).Length;

    [Benchmark(Description = "(c) members of the UN: naive LINQ")]
    public int MembersOfLinq() => _spells.Where(s => s.Organization == "UN" && s.FirstYear <= Year && Year <= s.LastYear).OrderBy(s => s.Status).ThenBy(s => s.Party).ToList().Count;

    [Benchmark(Description = "(c) members of the UN: SQLite")]
    public int MembersOfSqlite() => Count(_membersOf!);

    [Benchmark(Description = "(d) joint memberships: OrgModel")]
    public int JointOrgModel() => _catalog.JointMembershipsOn(_france, _germany, Day).Length;

    [Benchmark(Description = "(d) joint memberships: naive LINQ")]
    public int JointLinq()
    {
        var a = _spells.Where(s => s.Party == "fra" && s.FirstYear <= Year && Year <= s.LastYear);
        var b = _spells.Where(s => s.Party == "deu" && s.FirstYear <= Year && Year <= s.LastYear);
        return a.Join(b, x => x.Organization, y => y.Organization, (x, y) => (x.Organization, x.Status, y.Status)).ToList().Count;
    }

    [Benchmark(Description = "(d) joint memberships: SQLite")]
    public int JointSqlite() => Count(_joint!);

    [Benchmark(Description = "(e) snapshot of the UN: OrgModel")]
    public OrganizationSnapshot SnapshotOrgModel() => _catalog.SnapshotOn(_un, Day);

    private SqliteCommand Prepare(string sql)
    {
        SqliteCommand command = _sqlite!.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$y", Year);
        command.Prepare();
        return command;
    }

    private static int Count(SqliteCommand command)
    {
        int n = 0;
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            n++;
        }

        return n;
    }
}

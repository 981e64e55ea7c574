using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NodaTime;
using OrgModel.Model;
using OrgModel.Queries;

namespace OrgModel.Benchmarks;

/// <summary>
/// The list queries over a seeded random mix of 1,024 questions — a state, an organization and a day
/// drawn from the COW data, 1816–2014 — as a user asks them: every question different, so nothing is
/// answered from memory. OrgModel runs with its answer memo off (first answers only), beside naive
/// LINQ over the spells and indexed SQLite; the time is per question.
/// </summary>
[MemoryDiagnoser]
public class CowRandomMixBenchmarks
{
    private const int Questions = 1024;
    private Catalog _firstAnswers = Catalog.Empty;
    private Catalog _remembered = Catalog.Empty;
    private (Id<Organization> Organization, Id<Party> State, Id<Party> Other, LocalDate Day)[] _mix = [];
    private List<CowBenchmarkData.Spell> _spells = [];
    private SqliteConnection? _sqlite;
    private SqliteCommand? _organizationsOf;
    private SqliteCommand? _membersOf;
    private SqliteCommand? _joint;

    [GlobalSetup]
    public void Setup()
    {
        Catalog imported = CowBenchmarkData.ImportCatalog();
        _firstAnswers = new Catalog(imported.Parties, imported.Organizations);
        _firstAnswers.Derived(static c => new CatalogIndex(c, rememberAnswers: false));
        _remembered = imported;
        _remembered.Derived(static c => new CatalogIndex(c, rememberAnswers: true));
        var random = new Random(20261202);
        var origin = new LocalDate(1816, 1, 1);
        int days = Period.Between(origin, new LocalDate(2014, 12, 31), PeriodUnits.Days).Days;
        _mix = [.. Enumerable.Range(0, Questions).Select(_ => (
            imported.Organizations[random.Next(imported.Organizations.Count)].Id,
            imported.Parties[random.Next(imported.Parties.Count)].Id,
            imported.Parties[random.Next(imported.Parties.Count)].Id,
            origin.PlusDays(random.Next(days + 1))))];
        _spells = CowBenchmarkData.Spells(imported);
        _sqlite = CowBenchmarkData.Sqlite(_spells);
        _organizationsOf = Prepare("SELECT organization, status FROM spell WHERE party = $p AND first <= $y AND last >= $y ORDER BY organization");
        _membersOf = Prepare("SELECT party, status FROM spell WHERE organization = $o AND first <= $y AND last >= $y ORDER BY status, party");
        _joint = Prepare("""
            SELECT a.organization, a.status, b.status FROM spell a JOIN spell b ON a.organization = b.organization
            WHERE a.party = $p AND b.party = $q AND a.first <= $y AND a.last >= $y AND b.first <= $y AND b.last >= $y
            """);
    }

    [GlobalCleanup]
    public void Cleanup() => _sqlite?.Dispose();

    [Benchmark(Description = "random mix, members of O on D: OrgModel, first answers", OperationsPerInvoke = Questions)]
    public int MembersFirst() => Sum(q => _firstAnswers.MembersOn(q.Organization, q.Day).Length);

    [Benchmark(Description = "random mix, members of O on D: OrgModel, repeated questions (remembered)", OperationsPerInvoke = Questions)]
    public int MembersRemembered() => Sum(q => _remembered.MembersOn(q.Organization, q.Day).Length);

    [Benchmark(Description = "random mix, members of O on D: naive LINQ", OperationsPerInvoke = Questions)]
    public int MembersLinq() => Sum(q => _spells.Where(s => s.Organization == q.Organization.Value && s.FirstYear <= q.Day.Year && q.Day.Year <= s.LastYear).OrderBy(s => s.Status).ThenBy(s => s.Party).ToList().Count);

    [Benchmark(Description = "random mix, members of O on D: SQLite", OperationsPerInvoke = Questions)]
    public int MembersSqlite() => Sum(q => Count(_membersOf!, q));

    [Benchmark(Description = "random mix, organizations of S on D: OrgModel, first answers", OperationsPerInvoke = Questions)]
    public int OrganizationsFirst() => Sum(q => _firstAnswers.MembershipsOn(q.State, q.Day).Length);

    [Benchmark(Description = "random mix, organizations of S on D: OrgModel, repeated questions (remembered)", OperationsPerInvoke = Questions)]
    public int OrganizationsRemembered() => Sum(q => _remembered.MembershipsOn(q.State, q.Day).Length);

    [Benchmark(Description = "random mix, organizations of S on D: naive LINQ", OperationsPerInvoke = Questions)]
    public int OrganizationsLinq() => Sum(q => _spells.Where(s => s.Party == q.State.Value && s.FirstYear <= q.Day.Year && q.Day.Year <= s.LastYear).OrderBy(s => s.Organization).ToList().Count);

    [Benchmark(Description = "random mix, organizations of S on D: SQLite", OperationsPerInvoke = Questions)]
    public int OrganizationsSqlite() => Sum(q => Count(_organizationsOf!, q));

    [Benchmark(Description = "random mix, joint memberships of S and T on D: OrgModel, first answers", OperationsPerInvoke = Questions)]
    public int JointFirst() => Sum(q => _firstAnswers.JointMembershipsOn(q.State, q.Other, q.Day).Length);

    [Benchmark(Description = "random mix, joint memberships of S and T on D: naive LINQ", OperationsPerInvoke = Questions)]
    public int JointLinq() => Sum(q =>
    {
        int y = q.Day.Year;
        var a = _spells.Where(s => s.Party == q.State.Value && s.FirstYear <= y && y <= s.LastYear);
        var b = _spells.Where(s => s.Party == q.Other.Value && s.FirstYear <= y && y <= s.LastYear);
        return a.Join(b, x => x.Organization, z => z.Organization, (x, z) => (x.Organization, x.Status, z.Status)).ToList().Count;
    });

    [Benchmark(Description = "random mix, joint memberships of S and T on D: SQLite", OperationsPerInvoke = Questions)]
    public int JointSqlite() => Sum(q => Count(_joint!, q));

    [Benchmark(Description = "random mix, does S belong to O on D (certainly, possibly or no): OrgModel", OperationsPerInvoke = Questions)]
    public int Belongs() => Sum(q => (int)_firstAnswers.BelongsOn(q.Organization, q.State, q.Day));

    [Benchmark(Description = "random mix, is S a member of O on D: OrgModel", OperationsPerInvoke = Questions)]
    public int IsMember() => Sum(q => _firstAnswers.StatusOn(q.Organization, q.State, q.Day).HasValue ? 1 : 0);

    private int Sum(Func<(Id<Organization> Organization, Id<Party> State, Id<Party> Other, LocalDate Day), int> ask)
    {
        int total = 0;
        foreach (var q in _mix)
        {
            total += ask(q);
        }

        return total;
    }

    private SqliteCommand Prepare(string sql)
    {
        SqliteCommand command = _sqlite!.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$o", SqliteType.Text);
        command.Parameters.Add("$p", SqliteType.Text);
        command.Parameters.Add("$q", SqliteType.Text);
        command.Parameters.Add("$y", SqliteType.Integer);
        command.Prepare();
        return command;
    }

    private static int Count(SqliteCommand command, (Id<Organization> Organization, Id<Party> State, Id<Party> Other, LocalDate Day) q)
    {
        command.Parameters["$o"].Value = q.Organization.Value;
        command.Parameters["$p"].Value = q.State.Value;
        command.Parameters["$q"].Value = q.Other.Value;
        command.Parameters["$y"].Value = q.Day.Year;
        int n = 0;
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            n++;
        }

        return n;
    }
}

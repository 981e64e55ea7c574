using System.Diagnostics;
using OrgModel.Tests.Docs;

namespace OrgModel.Tests.Interop;

/// <summary>
/// Runs the reference tools of <c>tests/node</c> (the JSON-LD processor jsonld, the SVG renderer resvg),
/// installing them from the lock file with <c>npm ci</c> the first time a machine needs them.
/// </summary>
internal static class NodeTools
{
    private static readonly string Folder = Path.Combine(DocSnippets.RepositoryRoot, "tests", "node");
    private static readonly Lazy<bool> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Runs a script of tests/node with node and returns what it printed; fails the test with its error output otherwise.</summary>
    public static string Run(string script, params string[] args)
    {
        _ = Installed.Value;
        var (exit, output, error) = Execute("node", [Path.Combine(Folder, script), .. args]);
        if (exit != 0)
        {
            throw new InvalidOperationException($"node {script} failed ({exit}): {error}");
        }

        return output;
    }

    private static bool Install()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "jsonld")) && Directory.Exists(Path.Combine(Folder, "node_modules", "@resvg", "resvg-js")))
        {
            return true;
        }

        var (exit, _, error) = Execute("npm", ["ci", "--no-audit", "--no-fund", "--prefix", Folder]);
        return exit == 0 ? true : throw new InvalidOperationException($"npm ci in tests/node failed ({exit}): {error}");
    }

    private static (int Exit, string Output, string Error) Execute(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}

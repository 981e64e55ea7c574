using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OrgModel.Tests.Docs;

/// <summary>
/// Compiles a C# block of the docs as a user's console program (<c>dotnet new console</c>: top-level
/// statements, implicit usings, nullable) against the <c>OrgModel</c> library taken from its packed
/// NuGet package — the public surface a user gets, not the test project's view of internals — runs it
/// from the repository root, and returns what it printed.
/// </summary>
internal static partial class ConsumerPrograms
{
    private static readonly Lazy<string[]> PackedLibraries = new(PackLibraries);

    /// <summary>The folder the freshly packed OrgModel and OrgModel.Interop packages are in.</summary>
    public static string PackageFolder => Path.GetDirectoryName(PackedLibraries.Value[0])!;
    private static readonly Lock Console_ = new();

    // System.Text.Json's source generator, from the reference pack of the running runtime's version.
    private static readonly Lazy<ISourceGenerator[]> JsonSourceGenerator = new(() =>
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        string generator = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref", Path.GetFileName(runtime), "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        return [.. new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(generator, new GeneratorLoader()).GetGenerators(LanguageNames.CSharp)];
    });

    // What `dotnet new console` puts in scope.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The C# blocks of a Markdown file, in order.</summary>
    public static IEnumerable<string> Blocks(string markdown) =>
        CSharpBlock().Matches(markdown).Select(m => m.Groups[1].Value);

    /// <summary>The outputs a block states, one per <c>// → value</c> comment, in order.</summary>
    public static IEnumerable<string> StatedOutputs(string block) =>
        block.Split('\n').Select(l => l.IndexOf("// → ", StringComparison.Ordinal) is int i and >= 0 ? l[(i + "// → ".Length)..].TrimEnd() : null).OfType<string>();

    /// <summary>Compiles and runs a block; returns its output lines, or throws with the compiler's errors.</summary>
    public static IReadOnlyList<string> Run(string block)
    {
        string[] libraries = PackedLibraries.Value;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "DocExample",
            [CSharpSyntaxTree.ParseText(block, parse), CSharpSyntaxTree.ParseText(ImplicitUsings, parse)],
            References(libraries),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        // The SDK runs System.Text.Json's source generator for every console app; so does this.
        CSharpGeneratorDriver.Create(JsonSourceGenerator.Value).RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _);
        using var image = new MemoryStream();
        var emitted = generated.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The block does not compile as a program:\n" +
                string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        image.Position = 0;
        var context = new ConsumerContext(libraries);
        try
        {
            Assembly program = context.LoadFromStream(image);
            var output = new StringWriter();
            lock (Console_)
            {
                TextWriter before = Console.Out;
                string directory = Environment.CurrentDirectory;
                Console.SetOut(output);
                Environment.CurrentDirectory = DocSnippets.RepositoryRoot;
                try
                {
                    MethodInfo main = program.EntryPoint!;
                    object? result = main.Invoke(null, main.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                    (result as Task)?.GetAwaiter().GetResult();
                }
                finally
                {
                    Console.SetOut(before);
                    Environment.CurrentDirectory = directory;
                }
            }

            return output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        }
        finally
        {
            context.Unload();
        }
    }

    // The framework, the libraries' dependencies as the test loads them, and OrgModel and OrgModel.Interop from their packages.
    private static IEnumerable<MetadataReference> References(string[] libraries)
    {
        string tests = AppContext.BaseDirectory;
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !p.StartsWith(tests, StringComparison.Ordinal));
        var dependencies = new[] { "NodaTime.dll", "NodaTime.Serialization.SystemTextJson.dll", "Ardalis.GuardClauses.dll" }.Select(f => Path.Combine(tests, f));
        return framework.Concat(dependencies).Concat(libraries).Select(p => MetadataReference.CreateFromFile(p));
    }

    // Packs src/OrgModel and src/OrgModel.Interop (already built in Release by the test run) and takes
    // each library out of its package.
    private static string[] PackLibraries()
    {
        string output = Directory.CreateTempSubdirectory("orgmodel-docs-").FullName;
        return [Pack("OrgModel", output), Pack("OrgModel.Interop", output)];
    }

    private static string Pack(string project, string output)
    {
        var pack = Process.Start(new ProcessStartInfo("dotnet", ["pack", Path.Combine(DocSnippets.RepositoryRoot, "src", project, $"{project}.csproj"), "-c", "Release", "--no-build", "-o", output, "-v", "quiet", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        string log = pack.StandardOutput.ReadToEnd() + pack.StandardError.ReadToEnd();
        pack.WaitForExit();
        string package = Directory.GetFiles(output, $"{project}.*.nupkg").SingleOrDefault(f => Regex.IsMatch(Path.GetFileName(f), $@"^{Regex.Escape(project)}\.[0-9]"))
            ?? throw new InvalidOperationException($"dotnet pack made no {project} package (exit {pack.ExitCode}): {log}");
        using ZipArchive zip = ZipFile.OpenRead(package);
        string library = Path.Combine(output, $"{project}.dll");
        zip.GetEntry($"lib/net10.0/{project}.dll")!.ExtractToFile(library);
        return library;
    }

    [GeneratedRegex(@"```csharp\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    private sealed class GeneratorLoader : Microsoft.CodeAnalysis.IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    // OrgModel and OrgModel.Interop from their packages; everything else from the test's own context.
    private sealed class ConsumerContext(string[] libraries) : AssemblyLoadContext("docs example", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name) =>
            libraries.FirstOrDefault(l => Path.GetFileNameWithoutExtension(l) == name.Name) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}

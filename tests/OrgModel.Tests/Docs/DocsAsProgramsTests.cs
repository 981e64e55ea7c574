namespace OrgModel.Tests.Docs;

/// <summary>
/// The C# of the README and the docs, compiled and run as a user's console program against the packed
/// <c>OrgModel</c> and <c>OrgModel.Interop</c> packages, printing what each <c>// → value</c> comment says it prints.
/// </summary>
public class DocsAsProgramsTests
{
    // Every document with C# blocks: each block is a complete program.
    private static readonly string[] Programs = ["README.md", "docs/getting-started.md", "docs/concepts.md", "docs/json-format.md", "docs/queries.md", "docs/rotation.md", "docs/catalog.md", "docs/igo-definition.md", "docs/popolo.md", "docs/linked-data.md", "docs/timeline.md", "docs/packages/orgmodel.md", "docs/packages/orgmodel-interop.md"];

    public static TheoryData<string> ProgramDocuments => new(Programs);

    [Theory]
    [MemberData(nameof(ProgramDocuments))]
    public void Every_csharp_block_runs_as_a_consumer_program_and_prints_what_its_comments_say(string document)
    {
        var blocks = ConsumerPrograms.Blocks(DocSnippets.ReadDoc(document)).ToList();
        blocks.Should().NotBeEmpty();

        foreach (string block in blocks)
        {
            var stated = ConsumerPrograms.StatedOutputs(block).ToList();
            stated.Should().NotBeEmpty($"a block of {document} says what it prints");
            ConsumerPrograms.Run(block).Should().Equal(stated, $"the block of {document} prints what its comments say");
        }
    }

    [Fact]
    public void Every_document_with_csharp_blocks_is_checked()
    {
        var quoting = Directory.GetFiles(Path.Combine(DocSnippets.RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(DocSnippets.RepositoryRoot, f).Replace('\\', '/'))
            .Where(f => ConsumerPrograms.Blocks(DocSnippets.ReadDoc(f)).Any())
            .Except(Programs)
            .Order(StringComparer.Ordinal);

        quoting.Should().BeEmpty("every C# block of the docs is a complete program");
    }
}

namespace OrgModel.Cli;

/// <summary>A failure the user can act on: printed as one line, with the process exit code it maps to.</summary>
internal sealed class CliError(string message, int exitCode) : Exception(message)
{
    /// <summary>Bad arguments or options.</summary>
    public const int Usage = 2;

    /// <summary>Unknown identifiers, unreadable or invalid files.</summary>
    public const int Failure = 1;

    public int ExitCode { get; } = exitCode;
}

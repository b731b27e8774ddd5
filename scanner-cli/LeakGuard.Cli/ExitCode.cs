namespace LeakGuard.Cli;

/// <summary>The process exit codes, as CI scripts test them.</summary>
internal static class ExitCode
{
    public const int Clean = 0;
    public const int LeaksFound = 1;
    public const int Error = 2;
}

namespace LeakGuard.Cli.Hooks;

/// <summary>The git hooks LeakGuard installs: the file name git runs, the check it runs, and whether git feeds it standard input.</summary>
internal sealed record HookKind(string FileName, string Check, string Bypass, bool ReadsStandardInput)
{
    public static HookKind PreCommit { get; } = new("pre-commit", "staged", "git commit --no-verify", false);

    public static HookKind PrePush { get; } = new("pre-push", "pre-push", "git push --no-verify", true);

    /// <summary>Where an existing foreign hook is kept while LeakGuard's hook runs it first.</summary>
    public string ChainedFileName => FileName + ".leakguard-chained";
}

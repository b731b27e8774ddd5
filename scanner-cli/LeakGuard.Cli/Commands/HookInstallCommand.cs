using System.CommandLine;
using LeakGuard.Cli.Hooks;

namespace LeakGuard.Cli.Commands;

/// <summary><c>leakguard hook install</c>: writes the hook where git runs hooks, chaining to a foreign hook.</summary>
internal sealed class HookInstallCommand : Command
{
    private readonly Argument<string> path = HookCommand.PathArgument();
    private readonly Option<bool> prePush = HookCommand.PrePushOption();

    public HookInstallCommand(CliConsole console)
        : base("install", "Write the hook. An existing hook that is not LeakGuard's is kept and run first, never overwritten.")
    {
        Arguments.Add(path);
        Options.Add(prePush);
        Options.Add(HookCommandLine);
        Options.Add(NoChain);
        SetAction(parsed =>
        {
            var folder = parsed.GetValue(path) ?? ".";
            var installer = new HookInstaller(HooksFolder.Find(folder), HookCommand.Kind(parsed.GetValue(prePush)));
            var (command, why) = parsed.GetValue(HookCommandLine) is { } given ? (given, null) : DefaultCommand(folder);
            console.Out.WriteLine(installer.Install(command, !parsed.GetValue(NoChain)) + why);
            return ExitCode.Clean;
        });
    }

    public Option<string?> HookCommandLine { get; } = new("--command")
    {
        Description = "How the hook starts LeakGuard (shell syntax). Default: 'dotnet leakguard' when the repository's local tool manifest lists LeakGuard.Cli, otherwise 'leakguard' (a global tool on PATH).",
    };

    public Option<bool> NoChain { get; } = new("--no-chain")
    {
        Description = "Refuse to install when a hook that is not LeakGuard's exists, instead of running it first.",
    };

    /// <summary>The tool as the repository's local tool manifest has it, else the global tool, and why, for the user.</summary>
    private static (string Command, string? Why) DefaultCommand(string folder) =>
        HooksFolder.WorkingTree(folder) is { } top && LocalToolManifest.Listing(top) is { } manifest
            ? ("dotnet leakguard", $"; it runs 'dotnet leakguard', the local tool {manifest} lists (teammates: dotnet tool restore)")
            : ("leakguard", null);
}

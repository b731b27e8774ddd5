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
            var installer = new HookInstaller(HooksFolder.Find(parsed.GetValue(path) ?? "."), HookCommand.Kind(parsed.GetValue(prePush)));
            console.Out.WriteLine(installer.Install(parsed.GetValue(HookCommandLine)!, !parsed.GetValue(NoChain)));
            return ExitCode.Clean;
        });
    }

    public Option<string> HookCommandLine { get; } = new("--command")
    {
        Description = "How the hook starts LeakGuard (shell syntax): 'leakguard' for a global tool, 'dotnet leakguard' for a local tool manifest, or a full path.",
        DefaultValueFactory = _ => "leakguard",
    };

    public Option<bool> NoChain { get; } = new("--no-chain")
    {
        Description = "Refuse to install when a hook that is not LeakGuard's exists, instead of running it first.",
    };
}

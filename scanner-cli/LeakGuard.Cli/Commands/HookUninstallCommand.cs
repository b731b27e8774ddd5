using System.CommandLine;
using LeakGuard.Cli.Hooks;

namespace LeakGuard.Cli.Commands;

/// <summary><c>leakguard hook uninstall</c>: removes LeakGuard's hook only, restoring the hook it chained to.</summary>
internal sealed class HookUninstallCommand : Command
{
    private readonly Argument<string> path = HookCommand.PathArgument();
    private readonly Option<bool> prePush = HookCommand.PrePushOption();

    public HookUninstallCommand(CliConsole console)
        : base("uninstall", "Remove LeakGuard's hook and restore the hook it was chained to; a foreign hook is left untouched.")
    {
        Arguments.Add(path);
        Options.Add(prePush);
        SetAction(parsed =>
        {
            var installer = new HookInstaller(HooksFolder.Find(parsed.GetValue(path) ?? "."), HookCommand.Kind(parsed.GetValue(prePush)));
            console.Out.WriteLine(installer.Uninstall());
            return ExitCode.Clean;
        });
    }
}
